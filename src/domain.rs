//! The pure core: the framework, the session and what can be computed from them.
//! Nothing here touches a terminal or the file system.

pub mod compare;
pub mod digest;
pub mod edit;
pub mod framework;
pub mod ids;
pub mod indicators;
pub mod names;
pub mod overview;
pub mod privacy;
pub mod series;
pub mod session;
pub mod summary;
pub mod trend;
