//! Tidy rows for scripts and M&E systems: one row per voice (whether they spoke, rated,
//! or neither), contribution, rating, agreed level, action and reviewed action, a
//! `record` column saying which. Column names and coded values are those of the JSON
//! export (`report::data`), the same in every language, so scripts keep working.

use super::Table;
use super::data::{Export, SessionData, VoiceData};

pub const HEADER: [&str; 30] = [
    "session_id",
    "session_date",
    "series",
    "session_title",
    "place",
    "intervention",
    "session_status",
    "dimension",
    "record",
    "voice_id",
    "person_id",
    "voice",
    "voice_kind",
    "headcount",
    "stakeholder_group",
    "gender",
    "age_band",
    "spoke",
    "rated",
    "phase",
    "kind",
    "level",
    "ratings_revealed",
    "action_id",
    "action_session",
    "status",
    "owner",
    "due",
    "note",
    "text",
];

/// The values of a row that depend on its record (empty where it has nothing).
#[derive(Default)]
struct Row {
    dimension: String,
    record: &'static str,
    voice: Option<u32>,
    phase: String,
    kind: String,
    level: String,
    revealed: String,
    action_id: String,
    action_session: String,
    status: String,
    owner: String,
    due: String,
    note: String,
    text: String,
}

fn yes(b: bool) -> String {
    if b { "true" } else { "false" }.to_string()
}

impl Row {
    fn new(dimension: &str, record: &'static str) -> Row {
        Row {
            dimension: dimension.to_string(),
            record,
            ..Row::default()
        }
    }

    fn cells(self, s: &SessionData) -> Vec<String> {
        let mut row = vec![
            s.id.clone(),
            s.started.clone(),
            s.series.clone(),
            s.title.clone(),
            s.place.clone(),
            s.intervention.clone(),
            s.status.code().to_string(),
            self.dimension,
            self.record.to_string(),
        ];
        row.extend(voice_cells(self.voice.and_then(|id| s.voice(id))));
        row.extend([
            self.phase,
            self.kind,
            self.level,
            self.revealed,
            self.action_id,
            self.action_session,
            self.status,
            self.owner,
            self.due,
            self.note,
            self.text,
        ]);
        row
    }
}

fn voice_cells(v: Option<&VoiceData>) -> Vec<String> {
    let Some(v) = v else {
        return vec![String::new(); 10];
    };
    vec![
        v.id.to_string(),
        v.person.to_string(),
        v.name.clone(),
        v.kind.code().to_string(),
        v.headcount.to_string(),
        v.stakeholder_group.clone(),
        v.gender.code().to_string(),
        v.age_band.clone(),
        yes(v.spoke),
        yes(v.rated),
    ]
}

/// The rows of one session: its voices, what it reviewed, then dimension by dimension.
fn session_rows(s: &SessionData) -> Vec<Row> {
    let mut out: Vec<Row> = s
        .voices
        .iter()
        .map(|v| Row {
            voice: Some(v.id),
            ..Row::new("", "voice")
        })
        .collect();
    out.extend(s.action_review.iter().map(|r| Row {
        action_id: r.action.to_string(),
        action_session: r.session.clone(),
        status: r.status.code().into(),
        owner: r.owner.clone(),
        due: r.due.clone().unwrap_or_default(),
        note: r.note.clone(),
        text: r.text.clone(),
        ..Row::new(&r.dimension, "review")
    }));
    for d in &s.dimensions {
        let dim = d.dimension.as_str();
        let revealed = yes(d.ratings_revealed);
        out.extend(d.contributions.iter().map(|c| Row {
            voice: c.voice,
            phase: c.phase.clone().unwrap_or_default(),
            kind: c.kind.code().into(),
            text: c.text.clone(),
            ..Row::new(dim, "contribution")
        }));
        if let Some(h) = s.ratings_hidden.iter().find(|h| h.dimension == dim) {
            out.push(Row {
                revealed: revealed.clone(),
                text: h.voices_rated.to_string(),
                ..Row::new(dim, "ratings_hidden")
            });
        }
        out.extend(d.ratings.iter().map(|r| Row {
            voice: Some(r.voice),
            level: r.level.to_string(),
            revealed: revealed.clone(),
            text: r.reason.clone(),
            ..Row::new(dim, "rating")
        }));
        if let Some(level) = d.agreed_level {
            out.push(Row {
                level: level.to_string(),
                revealed: revealed.clone(),
                text: d.rationale.clone(),
                ..Row::new(dim, "agreed_level")
            });
        }
        out.extend(d.actions.iter().map(|a| Row {
            action_id: a.id.to_string(),
            action_session: s.id.clone(),
            status: a.status.code().into(),
            owner: a.owner.clone(),
            due: a.due.clone().unwrap_or_default(),
            text: a.text.clone(),
            ..Row::new(dim, "action")
        }));
    }
    out
}

/// Rows for the sessions of an export. Ratings not yet revealed are one row per
/// dimension, `ratings_hidden`, with how many voices rated in `text`.
pub fn tidy(export: &Export) -> Table {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for s in &export.sessions {
        rows.extend(session_rows(s).into_iter().map(|r| r.cells(s)));
    }
    Table {
        header: Some(HEADER.iter().map(|h| (*h).to_string()).collect()),
        rows,
        numeric: Vec::new(),
    }
}
