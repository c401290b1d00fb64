//! The channel from the app to the room screen (`toguna present`): a small file beside
//! the session, `….ron.room`, that the facilitator's app writes whenever the step
//! changes or the room screen is blanked, and removes when the session is closed. It
//! says only which step is on, since when (for the room's timer) and whether the room
//! sees anything: what the room is shown comes from the session file, through the
//! privacy gate, never from here. Written atomically, private (0600), and encrypted in
//! an encrypted folder like drafts.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomControl {
    /// The room sees only the session's title.
    pub blank: bool,
    /// The step the facilitator is on, as in the session's `current_step` (a finished
    /// session does not record its steps, so the room learns them here).
    pub step: String,
    /// When the facilitator entered that step: the room's timer runs from it.
    pub since: DateTime<FixedOffset>,
}

pub fn control_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".room");
    session.with_file_name(name)
}

pub fn remove(session: &Path) {
    let _ = fs::remove_file(control_path(session));
}

impl Store {
    pub fn save_control(&self, session: &Path, c: &RoomControl) -> std::io::Result<()> {
        let text = ron::ser::to_string(c).map_err(std::io::Error::other)?;
        super::atomic::write_atomic(&control_path(session), &self.seal(text.as_bytes())?)
    }

    /// The control file of `session`, if there is one that reads.
    pub fn load_control(&self, session: &Path) -> Option<RoomControl> {
        let bytes = fs::read(control_path(session)).ok()?;
        let bytes = match self.cipher() {
            Some(c) => c.decrypt(&bytes).ok()?,
            None => bytes,
        };
        ron::from_str(std::str::from_utf8(&bytes).ok()?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_round_trips_privately_and_goes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let session = dir.path().join("a.ron");
        let c = RoomControl {
            blank: true,
            step: "wide/ratings".into(),
            since: DateTime::parse_from_rfc3339("2026-11-27T14:05:00+01:00").unwrap(),
        };
        store.save_control(&session, &c).unwrap();
        assert_eq!(store.load_control(&session), Some(c));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(control_path(&session)).unwrap().permissions();
            assert_eq!(mode.mode() & 0o777, 0o600);
        }
        remove(&session);
        assert_eq!(store.load_control(&session), None);
        assert!(
            store.files().unwrap().is_empty(),
            "never taken for a session"
        );
    }
}
