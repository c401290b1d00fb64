//! Tidy rows for spreadsheets and M&E systems: one row per contribution, per rating and
//! per action, a `record` column saying which. Column names and coded values (ids of
//! groups, phases, statuses) are stable across languages so scripts keep working.

use super::Table;
use crate::domain::session::{Gender, Session, VoiceKind};

pub const HEADER: [&str; 19] = [
    "session_id",
    "session_date",
    "series",
    "session_title",
    "dimension",
    "record",
    "voice",
    "voice_kind",
    "headcount",
    "stakeholder_group",
    "gender",
    "age_band",
    "phase",
    "kind",
    "level",
    "status",
    "owner",
    "due",
    "text",
];

fn gender(g: Gender) -> &'static str {
    match g {
        Gender::Woman => "woman",
        Gender::Man => "man",
        Gender::Mixed => "mixed",
        Gender::Other => "other",
        Gender::Unspecified => "unspecified",
    }
}

/// Rows for the sessions (already protected by the privacy gate).
pub fn tidy(sessions: &[Session]) -> Table {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for s in sessions {
        let base = |dim: &str, record: &str| -> Vec<String> {
            vec![
                s.id.clone(),
                s.started.to_rfc3339(),
                s.series.clone(),
                s.title.clone(),
                dim.to_string(),
                record.to_string(),
            ]
        };
        let voice_cols = |id: Option<u32>| -> Vec<String> {
            match id.and_then(|id| s.voice(id)) {
                None => vec![String::new(); 6],
                Some(v) => {
                    let (kind, count) = match v.kind {
                        VoiceKind::Person => ("person", 1),
                        VoiceKind::Group { headcount } => ("group", headcount),
                    };
                    vec![
                        v.name.clone(),
                        kind.into(),
                        count.to_string(),
                        v.group.clone(),
                        gender(v.gender).into(),
                        v.age_band.clone(),
                    ]
                }
            }
        };
        for d in &s.dimensions {
            for c in &d.contributions {
                let mut row = base(&d.dimension, "contribution");
                row.extend(voice_cols(c.voice));
                row.extend([
                    c.phase.clone().unwrap_or_default(),
                    format!("{:?}", c.kind).to_lowercase(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    c.text.clone(),
                ]);
                rows.push(row);
            }
            for r in &d.ratings {
                let mut row = base(&d.dimension, "rating");
                row.extend(voice_cols(Some(r.voice)));
                row.extend([
                    String::new(),
                    String::new(),
                    r.level.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    r.reason.clone(),
                ]);
                rows.push(row);
            }
            if let Some(level) = d.agreed_level {
                let mut row = base(&d.dimension, "agreed_level");
                row.extend(voice_cols(None));
                row.extend([
                    String::new(),
                    String::new(),
                    level.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    d.rationale.clone(),
                ]);
                rows.push(row);
            }
            for a in &d.actions {
                let mut row = base(&d.dimension, "action");
                row.extend(voice_cols(None));
                row.extend([
                    String::new(),
                    String::new(),
                    String::new(),
                    status(a.status).into(),
                    a.owner.clone(),
                    a.due.map(|d| d.to_string()).unwrap_or_default(),
                    a.text.clone(),
                ]);
                rows.push(row);
            }
        }
    }
    Table {
        header: Some(HEADER.iter().map(|h| (*h).to_string()).collect()),
        rows,
        numeric: Vec::new(),
    }
}

fn status(s: crate::domain::session::ActionStatus) -> &'static str {
    use crate::domain::session::ActionStatus::{Done, Dropped, InProgress, Open};
    match s {
        Open => "open",
        InProgress => "in_progress",
        Done => "done",
        Dropped => "dropped",
    }
}
