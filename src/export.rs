//! Reports and data for others: Markdown, CSV and JSON, with names protected.

pub mod csv;
pub mod markdown;
pub mod privacy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Csv,
    Json,
}
