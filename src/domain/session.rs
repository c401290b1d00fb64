//! A session: one meeting of a series, as it is written to its RON file.
//! Field order here *is* the file's field order, so keep it stable.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// The version of the file format this build writes. Bump it with a migration in
/// `store::format` and a fixture under `tests/fixtures/`.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub format_version: u32,
    pub id: String,
    pub title: String,
    /// The thread of meetings that get compared (the same intervention or community).
    pub series: String,
    pub intervention: String,
    pub place: String,
    pub started: DateTime<FixedOffset>,
    pub ended: Option<DateTime<FixedOffset>>,
    pub facilitators: Vec<String>,
    /// Language the session was run in ("fr", "en").
    pub language: String,
    pub framework: FrameworkRef,
    pub status: Status,
    /// Where the facilitator was when the session was last saved, to resume there.
    pub current_step: String,
    pub voices: Vec<Voice>,
    pub action_review: Vec<ActionReview>,
    pub dimensions: Vec<DimensionRecord>,
    pub notes: String,
    /// Seconds spent per framework step (setup, room, review, each dimension, summary).
    #[serde(default)]
    pub time_spent: std::collections::BTreeMap<String, u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkRef {
    pub id: String,
    pub version: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    InProgress,
    Finished,
}

/// Someone who speaks in the room: one person, or a group speaking together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Voice {
    /// Stable within the session; contributions and ratings point to it.
    pub id: u32,
    /// Who this is across the meetings of the series: the same number at every
    /// meeting, and the number of their pseudonym (P5). Files of format 1 have none
    /// (0): the series links them where the match is certain (`domain::series`).
    #[serde(default)]
    pub person: u32,
    pub kind: VoiceKind,
    /// A name or a pseudonym, as the voice chose.
    pub name: String,
    /// Stakeholder group id from the framework.
    pub group: String,
    pub gender: Gender,
    /// Age band id from the framework.
    pub age_band: String,
    pub organisation: String,
    /// Without it, the name never leaves the session file.
    pub consent_to_name: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoiceKind {
    Person,
    Group { headcount: u32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Gender {
    Woman,
    Man,
    Mixed,
    Other,
    Unspecified,
}

impl Gender {
    pub const ALL: [Gender; 5] = [
        Gender::Woman,
        Gender::Man,
        Gender::Mixed,
        Gender::Other,
        Gender::Unspecified,
    ];

    /// Message id of a label short enough for a narrow column ("–" when not stated).
    pub fn short_message_id(self) -> &'static str {
        match self {
            Gender::Woman => "gender-short-woman",
            Gender::Man => "gender-short-man",
            Gender::Mixed => "gender-short-mixed",
            Gender::Other => "gender-short-other",
            Gender::Unspecified => "gender-short-unspecified",
        }
    }

    /// Message id of the label in the catalogues.
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

/// What became of one action of an earlier meeting of the series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionReview {
    /// The session the action was agreed in.
    pub session: String,
    pub dimension: String,
    pub action: u32,
    /// Copied so the file reads on its own, even if the earlier file is gone.
    pub text: String,
    pub owner: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    pub note: String,
    /// When the action was agreed, and what the meetings since said of it, oldest
    /// first: an action's story across the series (open at 1, in progress at 2...).
    #[serde(default)]
    pub agreed: Option<NaiveDate>,
    #[serde(default)]
    pub history: Vec<ReviewStep>,
}

/// What one meeting said of an action it reviewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewStep {
    pub session: String,
    pub date: NaiveDate,
    pub status: ActionStatus,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionRecord {
    /// Dimension id from the framework.
    pub dimension: String,
    pub contributions: Vec<Contribution>,
    pub ratings: Vec<Rating>,
    pub ratings_revealed: bool,
    pub agreed_level: Option<u8>,
    pub rationale: String,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// `None` when it is attributed to the room as a whole.
    pub voice: Option<u32>,
    pub text: String,
    /// Phase id from the framework (analysis, implementation, evaluation), if tagged.
    pub phase: Option<String>,
    pub kind: ContributionKind,
    pub at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContributionKind {
    Observation,
    Evidence,
    Concern,
    Proposal,
    Question,
}

impl ContributionKind {
    pub const ALL: [ContributionKind; 5] = [
        ContributionKind::Observation,
        ContributionKind::Evidence,
        ContributionKind::Concern,
        ContributionKind::Proposal,
        ContributionKind::Question,
    ];

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    pub voice: u32,
    pub level: u8,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// Stable within the session, so the next meeting can refer to it.
    pub id: u32,
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            ActionStatus::Open => "action-open",
            ActionStatus::InProgress => "action-in-progress",
            ActionStatus::Done => "action-done",
            ActionStatus::Dropped => "action-dropped",
        }
    }

    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }
}

impl Status {
    pub fn message_id(self) -> &'static str {
        match self {
            Status::InProgress => "status-in-progress",
            Status::Finished => "status-finished",
        }
    }
}

impl Session {
    /// A new, empty session with one record per dimension of the framework.
    pub fn new(
        id: String,
        title: String,
        started: DateTime<FixedOffset>,
        language: &str,
        framework: &super::framework::Framework,
    ) -> Self {
        Session {
            format_version: FORMAT_VERSION,
            id,
            title,
            series: String::new(),
            intervention: String::new(),
            place: String::new(),
            started,
            ended: None,
            facilitators: Vec::new(),
            language: language.to_string(),
            framework: FrameworkRef {
                id: framework.id.clone(),
                version: framework.version,
            },
            status: Status::InProgress,
            current_step: "setup".to_string(),
            voices: Vec::new(),
            action_review: Vec::new(),
            dimensions: framework
                .dimensions
                .iter()
                .map(|d| DimensionRecord::empty(&d.id))
                .collect(),
            notes: String::new(),
            time_spent: std::collections::BTreeMap::default(),
        }
    }

    pub fn voice(&self, id: u32) -> Option<&Voice> {
        self.voices.iter().find(|v| v.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionRecord> {
        self.dimensions.iter().find(|d| d.dimension == id)
    }

    pub fn dimension_mut(&mut self, id: &str) -> &mut DimensionRecord {
        if let Some(i) = self.dimensions.iter().position(|d| d.dimension == id) {
            &mut self.dimensions[i]
        } else {
            self.dimensions.push(DimensionRecord::empty(id));
            self.dimensions.last_mut().expect("just pushed")
        }
    }

    pub fn agreed_level(&self, dimension: &str) -> Option<u8> {
        self.dimension(dimension).and_then(|d| d.agreed_level)
    }

    pub fn next_voice_id(&self) -> u32 {
        self.voices.iter().map(|v| v.id + 1).max().unwrap_or(1)
    }

    pub fn next_action_id(&self) -> u32 {
        self.dimensions
            .iter()
            .flat_map(|d| &d.actions)
            .map(|a| a.id + 1)
            .max()
            .unwrap_or(1)
    }

    /// People in the room: a person counts one, a group its headcount.
    pub fn headcount(&self) -> u32 {
        self.voices.iter().map(Voice::headcount).sum()
    }

    pub fn all_actions(&self) -> impl Iterator<Item = (&str, &Action)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.actions.iter().map(move |a| (d.dimension.as_str(), a)))
    }
}

impl Voice {
    pub fn headcount(&self) -> u32 {
        match self.kind {
            VoiceKind::Person => 1,
            VoiceKind::Group { headcount } => headcount,
        }
    }
}

impl DimensionRecord {
    pub fn empty(dimension: &str) -> Self {
        DimensionRecord {
            dimension: dimension.to_string(),
            contributions: Vec::new(),
            ratings: Vec::new(),
            ratings_revealed: false,
            agreed_level: None,
            rationale: String::new(),
            actions: Vec::new(),
        }
    }

    /// How many ratings gave each level, for a scale of `levels` steps.
    pub fn distribution(&self, levels: usize) -> Vec<u32> {
        let mut counts = vec![0; levels];
        for r in &self.ratings {
            if let Some(c) = counts.get_mut(usize::from(r.level)) {
                *c += 1;
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::Framework;

    fn t() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-03-14T09:30:00+00:00").unwrap()
    }

    #[test]
    fn a_new_session_has_a_record_per_dimension() {
        let fw = Framework::builtin("en");
        let s = Session::new("abc".into(), "T".into(), t(), "en", &fw);
        assert_eq!(s.dimensions.len(), 3);
        assert_eq!(s.framework.id, fw.id);
        assert_eq!(s.status, Status::InProgress);
        assert_eq!(s.next_voice_id(), 1);
    }

    #[test]
    fn headcount_counts_group_members() {
        let fw = Framework::builtin("en");
        let mut s = Session::new("abc".into(), "T".into(), t(), "en", &fw);
        let v = |id, kind| Voice {
            id,
            person: id,
            kind,
            name: String::new(),
            group: "cso".into(),
            gender: Gender::Mixed,
            age_band: "mixed".into(),
            organisation: String::new(),
            consent_to_name: false,
        };
        s.voices.push(v(1, VoiceKind::Person));
        s.voices.push(v(4, VoiceKind::Group { headcount: 12 }));
        assert_eq!(s.headcount(), 13);
        assert_eq!(s.next_voice_id(), 5);
    }

    #[test]
    fn distribution_ignores_levels_off_the_scale() {
        let mut d = DimensionRecord::empty("wide");
        for level in [0, 2, 2, 9] {
            d.ratings.push(Rating {
                voice: 1,
                level,
                reason: String::new(),
            });
        }
        assert_eq!(d.distribution(6), vec![1, 0, 2, 0, 0, 0]);
    }

    #[test]
    fn dimension_mut_adds_a_missing_record() {
        let fw = Framework::builtin("en");
        let mut s = Session::new("abc".into(), "T".into(), t(), "en", &fw);
        s.dimensions.clear();
        s.dimension_mut("deep").agreed_level = Some(2);
        assert_eq!(s.agreed_level("deep"), Some(2));
    }
}
