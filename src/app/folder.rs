//! The sessions of the folder as the app knows them: digests for the lists. A session
//! is read in full (by the executor) only when it is opened, reviewed or compared.

use chrono::{DateTime, FixedOffset};

use crate::store::Listed;

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
