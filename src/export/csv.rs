//! Tidy CSV for spreadsheets and M&E systems: one row per contribution, per rating and
//! per action, a `record` column saying which. Column names and coded values (ids of
//! groups, phases, statuses) are stable across languages so scripts keep working.

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

/// Rows for the sessions (already protected by `privacy::protect`), header first.
pub fn write(sessions: &[Session]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
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
                w.write_record(&row)?;
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
                w.write_record(&row)?;
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
                w.write_record(&row)?;
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
                w.write_record(&row)?;
            }
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

fn status(s: crate::domain::session::ActionStatus) -> &'static str {
    use crate::domain::session::ActionStatus::*;
    match s {
        Open => "open",
        InProgress => "in_progress",
        Done => "done",
        Dropped => "dropped",
    }
}
