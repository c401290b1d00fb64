//! The sessions of the folder as the app knows them: digests for the lists, a session
//! in full only when one is opened, reviewed or compared.

use super::{App, Reader};
use chrono::{DateTime, FixedOffset};

use crate::domain::session::Session;
use crate::store::{Listed, LoadErrorKind, Loaded};

/// Distinct series names of the folder, most recent first.
pub fn series_names(sessions: &[Listed]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in sessions {
        let s = l.digest.series.trim();
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    out
}

/// The latest meeting of `series` that started before `started`, other than `id`.
pub fn previous_meeting<'a>(
    sessions: &'a [Listed],
    series: &str,
    id: &str,
    started: DateTime<FixedOffset>,
) -> Option<&'a Listed> {
    if series.trim().is_empty() {
        return None;
    }
    sessions
        .iter()
        .filter(|o| o.digest.series == series && o.digest.id != id && o.digest.started < started)
        .max_by_key(|o| o.digest.started)
}

/// A listed session in full: from the cache, or else read from its file.
pub(super) fn read_full(
    cache: &[Loaded],
    reader: &Reader,
    l: &Listed,
) -> Result<Session, LoadErrorKind> {
    match cache.iter().find(|c| c.path == l.path) {
        Some(c) => Ok(c.session.clone()),
        None => reader(&l.path),
    }
}

/// The previous meeting of `s`'s series in full, if there is one and it reads.
pub(super) fn previous_full(
    sessions: &[Listed],
    cache: &[Loaded],
    reader: &Reader,
    s: &Session,
) -> Option<Session> {
    let p = previous_meeting(sessions, &s.series, &s.id, s.started)?;
    read_full(cache, reader, p).ok()
}

impl App {
    /// A listed session in full; when its file no longer reads, says why.
    pub(super) fn read(&mut self, l: &Listed) -> Option<Session> {
        match read_full(&self.cache, &self.reader, l) {
            Ok(s) => Some(s),
            Err(e) => {
                let error = crate::store::LoadError {
                    path: l.path.clone(),
                    kind: e,
                }
                .localised(&self.i18n);
                self.warn(error);
                None
            }
        }
    }

    /// The `n`th session of the home list, in full.
    pub fn session_at(&self, n: usize) -> Option<Session> {
        read_full(&self.cache, &self.reader, self.sessions.get(n)?).ok()
    }

    pub(super) fn previous_of(&self, s: &Session) -> Option<Session> {
        previous_full(&self.sessions, &self.cache, &self.reader, s)
    }
}
