//! Where sessions live when nobody says otherwise.

use std::path::PathBuf;

/// The platform's data folder for Toguna (e.g. `~/.local/share/toguna/sessions` on
/// Linux), or `./toguna-sessions` on a system that has none.
pub fn default_sessions_dir() -> PathBuf {
    directories::ProjectDirs::from("org", "Toguna", "toguna").map_or_else(
        || PathBuf::from("toguna-sessions"),
        |d| d.data_dir().join("sessions"),
    )
}
