//! Sessions on disk: one RON file each in a sessions folder.

pub mod atomic;
pub mod control;
pub mod crypt;
pub mod draft;
pub mod error;
pub mod folder;
pub mod format;
pub mod index;
pub mod location;
pub mod lock;
pub mod read;
pub mod syntax;
mod writer;

pub use error::{LoadError, LoadErrorKind, ResolveError, Special};
pub use folder::{Loaded, Store};
pub use index::{FolderList, Listed, between, previous_meeting, series_names};
