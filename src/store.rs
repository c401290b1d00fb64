//! Sessions on disk: one RON file each in a sessions folder.

pub mod atomic;
pub mod folder;
pub mod format;
pub mod location;

pub use folder::{LoadError, LoadErrorKind, Loaded, Store};
