//! Text being typed, kept beside the session file so that a crash or a power cut loses
//! at most a second of typing. The draft is offered back when the session is resumed.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The step it was typed in (as in `current_step`).
    pub step: String,
    /// Which editor of the step: "contribution", "rationale", "note", "reason", or a
    /// form: "setup", "voice", "action".
    pub field: String,
    pub text: String,
    /// For a contribution: who is speaking, the phase and kind chosen, and which
    /// existing contribution was being edited (none for a new one), so that the text
    /// comes back as what it was. Absent from other drafts and from older ones.
    #[serde(default)]
    pub voice: Option<u32>,
    #[serde(default)]
    pub phase: Option<String>,
    #[serde(default)]
    pub kind: Option<crate::domain::session::ContributionKind>,
    #[serde(default)]
    pub editing: Option<usize>,
    /// For a form, every field as typed, by its id (the set-up, a voice, an action);
    /// `voice` is then the voice edited or rated, `editing` the action edited.
    #[serde(default)]
    pub fields: Vec<(String, String)>,
}

/// Why a draft found beside a session is not put back: it is then set aside (renamed,
/// never removed) and the facilitator told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftProblem {
    /// Not a draft Toguna could read: not a regular file, too large, not text, not RON.
    Unreadable(super::LoadErrorKind),
    /// It names a step this framework does not have (`step`).
    UnknownStep(String),
    /// It names a phase this framework does not have.
    UnknownPhase(String),
    /// It names a voice the session does not have.
    UnknownVoice(u32),
    /// Its step keeps no draft of that field.
    UnknownField { step: String, field: String },
}

pub fn draft_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".draft");
    session.with_file_name(name)
}

/// Where the draft of a session not saved yet goes (a set-up without a title): as if
/// beside a session of this name, which no session file ever has (`.new-session.draft`).
pub fn new_session_key(dir: &Path) -> PathBuf {
    dir.join(".new-session")
}

pub fn remove(session: &Path) {
    let _ = fs::remove_file(draft_path(session));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_and_goes() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::Store::open(dir.path()).unwrap();
        let session = dir.path().join("a.ron");
        let d = Draft {
            voice: Some(3),
            kind: Some(crate::domain::session::ContributionKind::Concern),
            step: "wide/contributions".into(),
            field: "contribution".into(),
            text: "à moitié\ntapé \"ici\"".into(),
            ..Draft::default()
        };
        store.save_draft(&session, &d).unwrap();
        assert_eq!(store.load_draft(&session), Some(d));
        remove(&session);
        assert_eq!(store.load_draft(&session), None);
    }

    #[test]
    fn a_draft_written_before_the_contribution_context_still_reads() {
        let old = "(step: \"wide/contributions\", field: \"contribution\", text: \"x\")";
        let d: Draft = ron::from_str(old).unwrap();
        assert_eq!((d.text.as_str(), d.voice, d.editing), ("x", None, None));
    }
}
