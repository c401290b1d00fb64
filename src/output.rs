//! Back-ends: how a document or a table is printed. They know blocks and cells, never
//! sessions, so every output shows what the report built and nothing else.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod svg;
pub mod text;
pub mod xlsx;
