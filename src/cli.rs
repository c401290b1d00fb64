//! The command line: everything a script or an M&E officer needs without the TUI.

pub mod commands;
pub mod context;
pub mod crypt;
pub mod error;
pub mod localise;
pub mod output_file;
pub mod present;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "toguna", version)]
pub struct Cli {
    /// Folder of session files.
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "TOGUNA_SESSIONS_DIR",
        hide_env = true
    )]
    pub sessions_dir: Option<PathBuf>,

    /// A framework file to use instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub framework: Option<PathBuf>,

    /// Language of the interface (en, fr).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// Lines, bars and arrows in plain ASCII, for a console whose font lacks them.
    /// `TOGUNA_ASCII=1` as well as `true`: anything but empty, `0`, `false`, `no`, `off`.
    #[arg(
        long,
        global = true,
        env = "TOGUNA_ASCII",
        hide_env = true,
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub ascii: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List sessions, newest first.
    List {
        #[arg(long, value_name = "SERIES")]
        series: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show a readable summary of one session.
    Show {
        #[arg(value_name = "SESSION")]
        session: String,
    },
    /// Check every file of the sessions folder.
    Check,
    /// Print the framework in use.
    Framework,
    /// Encrypt the sessions folder with a passphrase.
    Encrypt,
    /// Decrypt the sessions folder for good.
    Decrypt,
    /// Compare two sessions (by default a session and the previous one of its series).
    Compare {
        #[arg(value_name = "A")]
        a: String,
        #[arg(value_name = "B")]
        b: Option<String>,
    },
    /// Every series of the folder: meetings, levels, people, open and overdue actions.
    Series {
        #[arg(long)]
        json: bool,
    },
    /// A series over time.
    Trend {
        #[arg(value_name = "SERIES")]
        series: String,
    },
    /// Export a session or a series as a report (HTML, Markdown), a workbook (XLSX) or data (CSV, JSON).
    Export {
        #[arg(value_name = "SESSION", required_unless_present = "series")]
        session: Option<String>,
        #[arg(long, value_name = "SERIES", conflicts_with = "session")]
        series: Option<String>,
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Format,
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists (never a file of the sessions folder).
        #[arg(long, requires = "output")]
        force: bool,
        #[arg(long)]
        anonymize: bool,
        /// Ratings the room has not seen yet are exported too: for the facilitator's own use.
        #[arg(long)]
        include_hidden_ratings: bool,
    },
    /// Show the room the step the facilitator is on, following the session live.
    Present(Present),
}

/// The room screen, read-only, for a projector or a second terminal.
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct Present {
    #[arg(value_name = "SESSION")]
    pub session: Option<String>,
}

/// The formats `toguna export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Csv,
    Json,
    Html,
    Xlsx,
}
