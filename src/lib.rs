//! Toguna: guide and record reflection workshops on the local ownership of
//! international interventions.

pub mod app;
pub mod cli;
pub mod context;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod run;
pub mod store;
pub mod tui;
pub mod ui;
pub mod wire;
