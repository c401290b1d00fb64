//! Tidy rows for spreadsheets and M&E systems: one row per contribution, per rating and
//! per action, a `record` column saying which. Column names and coded values (ids of
//! groups, phases, statuses) are stable across languages so scripts keep working.

use super::Table;
use crate::domain::privacy::Public;
use crate::domain::session::{DimensionRecord, Gender, Session, VoiceKind};

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

/// One row of the table, column by column (empty where the record has nothing).
#[derive(Default)]
struct Row {
    dimension: String,
    record: &'static str,
    voice: Option<u32>,
    phase: String,
    kind: String,
    level: String,
    status: String,
    owner: String,
    due: String,
    text: String,
}

impl Row {
    fn new(dimension: &str, record: &'static str) -> Row {
        Row {
            dimension: dimension.to_string(),
            record,
            ..Row::default()
        }
    }

    fn cells(self, s: &Session) -> Vec<String> {
        let mut row = vec![
            s.id.clone(),
            s.started.to_rfc3339(),
            s.series.clone(),
            s.title.clone(),
            self.dimension,
            self.record.to_string(),
        ];
        row.extend(voice_cells(s, self.voice));
        row.extend([
            self.phase,
            self.kind,
            self.level,
            self.status,
            self.owner,
            self.due,
            self.text,
        ]);
        row
    }
}

fn voice_cells(s: &Session, id: Option<u32>) -> Vec<String> {
    let Some(v) = id.and_then(|id| s.voice(id)) else {
        return vec![String::new(); 6];
    };
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

/// The rows of one dimension of a session.
fn dimension_rows(p: &Public, d: &DimensionRecord) -> Vec<Row> {
    let dim = d.dimension.as_str();
    let mut out: Vec<Row> = d
        .contributions
        .iter()
        .map(|c| Row {
            voice: c.voice,
            phase: c.phase.clone().unwrap_or_default(),
            kind: format!("{:?}", c.kind).to_lowercase(),
            text: c.text.clone(),
            ..Row::new(dim, "contribution")
        })
        .collect();
    if let Some(rated) = p.hidden_ratings(dim) {
        out.push(Row {
            text: rated.to_string(),
            ..Row::new(dim, "ratings_hidden")
        });
    }
    out.extend(d.ratings.iter().map(|r| Row {
        voice: Some(r.voice),
        level: r.level.to_string(),
        text: r.reason.clone(),
        ..Row::new(dim, "rating")
    }));
    if let Some(level) = d.agreed_level {
        out.push(Row {
            level: level.to_string(),
            text: d.rationale.clone(),
            ..Row::new(dim, "agreed_level")
        });
    }
    out.extend(d.actions.iter().map(|a| Row {
        status: status(a.status).into(),
        owner: a.owner.clone(),
        due: a.due.map(|d| d.to_string()).unwrap_or_default(),
        text: a.text.clone(),
        ..Row::new(dim, "action")
    }));
    out
}

/// Rows for the sessions, as the privacy gate lets them out. Ratings not yet revealed
/// are one row per dimension, `ratings_hidden`, with how many voices rated in `text`.
pub fn tidy(sessions: &[Public]) -> Table {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for p in sessions {
        let s = p.session();
        for d in &s.dimensions {
            rows.extend(dimension_rows(p, d).into_iter().map(|r| r.cells(s)));
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
