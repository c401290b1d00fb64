//! The data of sessions as they leave for scripts and M&E systems: the documented,
//! versioned shape of the JSON export (its JSON Schema is generated from these types,
//! `schema/export.schema.json`), and the source of the CSV rows and the workbook's
//! sheets, so that every format says the same thing with the same codes.
//!
//! Coded values are lower-case ids, the same in every language and every format:
//! `evidence`, `in_progress`, `woman`, `group`; the framework's ids for stakeholder
//! groups, age bands, phases and dimensions. Times are RFC 3339 with their offset
//! (`Z` for UTC), dates `YYYY-MM-DD`.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::domain::privacy::Public;
use crate::domain::session as s;

/// What the `format` field of every export says.
pub const FORMAT: &str = "toguna-export";
/// The version of this shape: raised when a field changes meaning or goes away.
pub const VERSION: u32 = 1;

/// A JSON export: one session, or the meetings of a series oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Toguna export")]
pub struct Export {
    /// Always "toguna-export".
    #[schemars(extend("const" = "toguna-export"))]
    pub format: String,
    /// The version of this shape: 1. Fields may be added within a version; one that
    /// changes meaning or goes away raises it.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    pub sessions: Vec<SessionData>,
}

/// One meeting, as the privacy gate lets it out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SessionData {
    /// 32 hexadecimal digits; the first eight name the file.
    pub id: String,
    pub title: String,
    /// The thread of meetings that get compared; empty for none.
    pub series: String,
    pub intervention: String,
    pub place: String,
    /// When it started, RFC 3339 with its offset ("2025-03-12T09:00:00Z").
    #[schemars(extend("format" = "date-time"))]
    pub started: String,
    #[schemars(extend("format" = "date-time"))]
    pub ended: Option<String>,
    pub facilitators: Vec<String>,
    /// The language it was run in ("fr", "en").
    pub language: String,
    pub framework: FrameworkData,
    pub status: SessionStatus,
    /// People in the room: a person counts one, a group its headcount.
    pub people: u32,
    pub voices: Vec<VoiceData>,
    /// What this meeting said of the actions of the earlier meetings of its series.
    pub action_review: Vec<ReviewData>,
    pub dimensions: Vec<DimensionData>,
    /// Dimensions whose ratings the room has not seen: only how many voices rated.
    pub ratings_hidden: Vec<HiddenData>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FrameworkData {
    pub id: String,
    pub version: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    InProgress,
    Finished,
}

/// Someone who was in the room, whether they spoke, rated, or neither.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct VoiceData {
    /// The voice's number in this session: contributions and ratings point to it.
    pub id: u32,
    /// Who this is across the meetings of the series: the same number at every
    /// meeting, and the number of the pseudonym (P5). 0 when not known.
    pub person: u32,
    pub kind: VoiceKind,
    /// 1 for a person, the number of people for a group.
    pub headcount: u32,
    /// The name with the person's consent, else their pseudonym (P5).
    pub name: String,
    /// A stakeholder group id of the framework.
    pub stakeholder_group: String,
    pub gender: Gender,
    /// An age band id of the framework.
    pub age_band: String,
    pub organisation: String,
    /// Whether the name is theirs (they agreed to be named) rather than a pseudonym.
    pub named: bool,
    /// Whether they made at least one contribution.
    pub spoke: bool,
    /// Whether they gave at least one rating the room has seen.
    pub rated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VoiceKind {
    Person,
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Woman,
    Man,
    Mixed,
    Other,
    Unspecified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
    Dropped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContributionKind {
    Observation,
    Evidence,
    Concern,
    Proposal,
    Question,
}

/// An action of an earlier meeting, as this one reviewed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReviewData {
    /// The session it was agreed in.
    pub session: String,
    pub dimension: String,
    /// Its id in that session.
    pub action: u32,
    pub text: String,
    pub owner: String,
    /// `YYYY-MM-DD`.
    #[schemars(extend("format" = "date"))]
    pub due: Option<String>,
    pub status: ActionStatus,
    pub note: String,
    /// When it was agreed, `YYYY-MM-DD`.
    #[schemars(extend("format" = "date"))]
    pub agreed: Option<String>,
    /// What the meetings between said of it, oldest first.
    pub history: Vec<ReviewStepData>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReviewStepData {
    pub session: String,
    /// `YYYY-MM-DD`.
    #[schemars(extend("format" = "date"))]
    pub date: String,
    pub status: ActionStatus,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DimensionData {
    /// A dimension id of the framework.
    pub dimension: String,
    /// Whether the room has seen the ratings; until then `ratings` is empty and
    /// `ratings_hidden` says how many voices rated.
    pub ratings_revealed: bool,
    pub agreed_level: Option<u8>,
    pub rationale: String,
    pub contributions: Vec<ContributionData>,
    pub ratings: Vec<RatingData>,
    pub actions: Vec<ActionData>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContributionData {
    /// The voice's id in the session; none for the room as a whole.
    pub voice: Option<u32>,
    pub text: String,
    /// A phase id of the framework (analysis, implementation, evaluation).
    pub phase: Option<String>,
    pub kind: ContributionKind,
    /// RFC 3339.
    #[schemars(extend("format" = "date-time"))]
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RatingData {
    pub voice: u32,
    pub level: u8,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ActionData {
    /// Stable within the session: the next meeting's review refers to it.
    pub id: u32,
    pub text: String,
    pub owner: String,
    /// `YYYY-MM-DD`.
    #[schemars(extend("format" = "date"))]
    pub due: Option<String>,
    pub status: ActionStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct HiddenData {
    pub dimension: String,
    pub voices_rated: usize,
}

/// A time as every export writes it: RFC 3339, seconds, `Z` for UTC.
pub fn time(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A date as every export writes it.
pub fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl Export {
    pub fn of(sessions: &[Public]) -> Export {
        Export {
            format: FORMAT.to_string(),
            version: VERSION,
            sessions: sessions.iter().map(SessionData::of).collect(),
        }
    }
}

impl SessionData {
    pub fn of(p: &Public) -> SessionData {
        let s = p.session();
        SessionData {
            id: s.id.clone(),
            title: s.title.clone(),
            series: s.series.clone(),
            intervention: s.intervention.clone(),
            place: s.place.clone(),
            started: time(&s.started),
            ended: s.ended.as_ref().map(time),
            facilitators: s.facilitators.clone(),
            language: s.language.clone(),
            framework: FrameworkData {
                id: s.framework.id.clone(),
                version: s.framework.version,
            },
            status: match s.status {
                s::Status::InProgress => SessionStatus::InProgress,
                s::Status::Finished => SessionStatus::Finished,
            },
            people: s.headcount(),
            voices: s.voices.iter().map(|v| VoiceData::of(s, v)).collect(),
            action_review: s.action_review.iter().map(ReviewData::of).collect(),
            dimensions: s.dimensions.iter().map(DimensionData::of).collect(),
            ratings_hidden: p
                .hidden()
                .iter()
                .map(|h| HiddenData {
                    dimension: h.dimension.clone(),
                    voices_rated: h.voices_rated,
                })
                .collect(),
            notes: s.notes.clone(),
        }
    }

    /// The voice of this session with the given id.
    pub fn voice(&self, id: u32) -> Option<&VoiceData> {
        self.voices.iter().find(|v| v.id == id)
    }

    /// The date part of `started`, as the room lived it.
    pub fn date(&self) -> &str {
        self.started.get(..10).unwrap_or(&self.started)
    }
}

impl VoiceData {
    fn of(s: &s::Session, v: &s::Voice) -> VoiceData {
        let spoke = s
            .dimensions
            .iter()
            .any(|d| d.contributions.iter().any(|c| c.voice == Some(v.id)));
        let rated = s
            .dimensions
            .iter()
            .any(|d| d.ratings.iter().any(|r| r.voice == v.id));
        VoiceData {
            id: v.id,
            person: v.person,
            kind: match v.kind {
                s::VoiceKind::Person => VoiceKind::Person,
                s::VoiceKind::Group { .. } => VoiceKind::Group,
            },
            headcount: v.headcount(),
            name: v.name.clone(),
            stakeholder_group: v.group.clone(),
            gender: Gender::of(v.gender),
            age_band: v.age_band.clone(),
            organisation: v.organisation.clone(),
            named: v.consent_to_name,
            spoke,
            rated,
        }
    }
}

impl ReviewData {
    fn of(r: &s::ActionReview) -> ReviewData {
        ReviewData {
            session: r.session.clone(),
            dimension: r.dimension.clone(),
            action: r.action,
            text: r.text.clone(),
            owner: r.owner.clone(),
            due: r.due.map(date),
            status: ActionStatus::of(r.status),
            note: r.note.clone(),
            agreed: r.agreed.map(date),
            history: r
                .history
                .iter()
                .map(|h| ReviewStepData {
                    session: h.session.clone(),
                    date: date(h.date),
                    status: ActionStatus::of(h.status),
                    note: h.note.clone(),
                })
                .collect(),
        }
    }
}

impl DimensionData {
    fn of(d: &s::DimensionRecord) -> DimensionData {
        DimensionData {
            dimension: d.dimension.clone(),
            ratings_revealed: d.ratings_revealed,
            agreed_level: d.agreed_level,
            rationale: d.rationale.clone(),
            contributions: d
                .contributions
                .iter()
                .map(|c| ContributionData {
                    voice: c.voice,
                    text: c.text.clone(),
                    phase: c.phase.clone(),
                    kind: ContributionKind::of(c.kind),
                    at: time(&c.at),
                })
                .collect(),
            ratings: d
                .ratings
                .iter()
                .map(|r| RatingData {
                    voice: r.voice,
                    level: r.level,
                    reason: r.reason.clone(),
                })
                .collect(),
            actions: d
                .actions
                .iter()
                .map(|a| ActionData {
                    id: a.id,
                    text: a.text.clone(),
                    owner: a.owner.clone(),
                    due: a.due.map(date),
                    status: ActionStatus::of(a.status),
                })
                .collect(),
        }
    }
}

impl Gender {
    pub const ALL: [Gender; 5] = [
        Gender::Woman,
        Gender::Man,
        Gender::Mixed,
        Gender::Other,
        Gender::Unspecified,
    ];

    pub fn of(g: s::Gender) -> Gender {
        match g {
            s::Gender::Woman => Gender::Woman,
            s::Gender::Man => Gender::Man,
            s::Gender::Mixed => Gender::Mixed,
            s::Gender::Other => Gender::Other,
            s::Gender::Unspecified => Gender::Unspecified,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Gender::Woman => "woman",
            Gender::Man => "man",
            Gender::Mixed => "mixed",
            Gender::Other => "other",
            Gender::Unspecified => "unspecified",
        }
    }

    /// The catalogue's label.
    pub fn message_id(self) -> &'static str {
        match self {
            Gender::Woman => "gender-woman",
            Gender::Man => "gender-man",
            Gender::Mixed => "gender-mixed",
            Gender::Other => "gender-other",
            Gender::Unspecified => "gender-unspecified",
        }
    }
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn of(a: s::ActionStatus) -> ActionStatus {
        match a {
            s::ActionStatus::Open => ActionStatus::Open,
            s::ActionStatus::InProgress => ActionStatus::InProgress,
            s::ActionStatus::Done => ActionStatus::Done,
            s::ActionStatus::Dropped => ActionStatus::Dropped,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ActionStatus::Open => "action-open",
            ActionStatus::InProgress => "action-in-progress",
            ActionStatus::Done => "action-done",
            ActionStatus::Dropped => "action-dropped",
        }
    }
}

impl ContributionKind {
    pub const ALL: [ContributionKind; 5] = [
        ContributionKind::Observation,
        ContributionKind::Evidence,
        ContributionKind::Concern,
        ContributionKind::Proposal,
        ContributionKind::Question,
    ];

    pub fn of(k: s::ContributionKind) -> ContributionKind {
        match k {
            s::ContributionKind::Observation => ContributionKind::Observation,
            s::ContributionKind::Evidence => ContributionKind::Evidence,
            s::ContributionKind::Concern => ContributionKind::Concern,
            s::ContributionKind::Proposal => ContributionKind::Proposal,
            s::ContributionKind::Question => ContributionKind::Question,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ContributionKind::Observation => "observation",
            ContributionKind::Evidence => "evidence",
            ContributionKind::Concern => "concern",
            ContributionKind::Proposal => "proposal",
            ContributionKind::Question => "question",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ContributionKind::Observation => "kind-observation",
            ContributionKind::Evidence => "kind-evidence",
            ContributionKind::Concern => "kind-concern",
            ContributionKind::Proposal => "kind-proposal",
            ContributionKind::Question => "kind-question",
        }
    }
}

impl VoiceKind {
    pub const ALL: [VoiceKind; 2] = [VoiceKind::Person, VoiceKind::Group];

    pub fn code(self) -> &'static str {
        match self {
            VoiceKind::Person => "person",
            VoiceKind::Group => "group",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            VoiceKind::Person => "voice-kind-person",
            VoiceKind::Group => "voice-kind-group",
        }
    }
}

impl SessionStatus {
    pub const ALL: [SessionStatus; 2] = [SessionStatus::InProgress, SessionStatus::Finished];

    pub fn code(self) -> &'static str {
        match self {
            SessionStatus::InProgress => "in_progress",
            SessionStatus::Finished => "finished",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            SessionStatus::InProgress => "status-in-progress",
            SessionStatus::Finished => "status-finished",
        }
    }
}

/// The JSON Schema of `Export`, as `schema/export.schema.json` holds it.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Export);
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    /// The CSV and the workbook write `code()`, the JSON serde's name: one vocabulary.
    #[test]
    fn every_code_is_the_json_value() {
        for g in Gender::ALL {
            assert_eq!(json(g), g.code());
        }
        for a in ActionStatus::ALL {
            assert_eq!(json(a), a.code());
        }
        for k in ContributionKind::ALL {
            assert_eq!(json(k), k.code());
        }
        for k in VoiceKind::ALL {
            assert_eq!(json(k), k.code());
        }
        for st in SessionStatus::ALL {
            assert_eq!(json(st), st.code());
        }
    }

    #[test]
    fn times_end_in_z_in_utc_and_keep_other_offsets() {
        let utc = DateTime::parse_from_rfc3339("2025-03-12T09:00:00+00:00").unwrap();
        assert_eq!(time(&utc), "2025-03-12T09:00:00Z");
        let bamako_is_utc_but_paris_is_not =
            DateTime::parse_from_rfc3339("2025-03-12T10:00:00+01:00").unwrap();
        assert_eq!(
            time(&bamako_is_utc_but_paris_is_not),
            "2025-03-12T10:00:00+01:00"
        );
    }
}
