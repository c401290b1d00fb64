//! Toguna: guide and record reflection workshops on the local ownership of
//! international interventions.

pub mod app;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod output;
pub mod present;
pub mod report;
pub mod run;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
pub mod wire;
