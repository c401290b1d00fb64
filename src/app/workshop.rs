//! A session being run: where the facilitator is, and the state of each step's screen.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use ratatui_textarea::TextArea;

use super::form::{Field, Form, editor};
use crate::domain::framework::Framework;
use crate::domain::session::{ActionReview, ContributionKind, Session};

/// The parts of a dimension, in the order a room goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sub {
    Card,
    Contributions,
    Ratings,
    Agreement,
    Actions,
}

impl Sub {
    pub const ALL: [Sub; 5] = [
        Sub::Card,
        Sub::Contributions,
        Sub::Ratings,
        Sub::Agreement,
        Sub::Actions,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Sub::Card => "card",
            Sub::Contributions => "contributions",
            Sub::Ratings => "ratings",
            Sub::Agreement => "agreement",
            Sub::Actions => "actions",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Sub::Card => "step-card",
            Sub::Contributions => "step-contributions",
            Sub::Ratings => "step-ratings",
            Sub::Agreement => "step-agreement",
            Sub::Actions => "step-actions",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Setup,
    Room,
    Review,
    Dim(usize, Sub),
    Summary,
}

impl Step {
    pub fn all(dimensions: usize) -> Vec<Step> {
        let mut v = vec![Step::Setup, Step::Room, Step::Review];
        for d in 0..dimensions {
            v.extend(Sub::ALL.iter().map(|s| Step::Dim(d, *s)));
        }
        v.push(Step::Summary);
        v
    }

    /// How the step is recorded in the session file to resume there.
    pub fn id(self, fw: &Framework) -> String {
        match self {
            Step::Setup => "setup".into(),
            Step::Room => "room".into(),
            Step::Review => "review".into(),
            Step::Dim(d, sub) => format!("{}/{}", fw.dimensions[d].id, sub.id()),
            Step::Summary => "summary".into(),
        }
    }

    /// A bare dimension id (as a hand-edited file may say) means its card.
    pub fn parse(id: &str, fw: &Framework) -> Option<Step> {
        Step::all(fw.dimensions.len())
            .into_iter()
            .find(|s| s.id(fw) == id)
            .or_else(|| {
                fw.dimensions
                    .iter()
                    .position(|d| d.id == id)
                    .map(|d| Step::Dim(d, Sub::Card))
            })
    }

    /// The framework step whose time-box this step counts against.
    pub fn timebox(self, fw: &Framework) -> &str {
        match self {
            Step::Setup => "setup",
            Step::Room => "room",
            Step::Review => "review",
            Step::Dim(d, _) => &fw.dimensions[d].id,
            Step::Summary => "summary",
        }
    }
}

#[derive(Debug, Default)]
pub struct RoomState {
    pub selected: usize,
    /// The voice being added (None) or edited (Some(id)), and its form.
    pub form: Option<(Option<u32>, Form)>,
}

#[derive(Debug, Default)]
pub struct ReviewState {
    pub selected: usize,
    pub note: Option<TextArea<'static>>,
}

#[derive(Debug)]
pub struct ContribState {
    pub editor: TextArea<'static>,
    pub typing: bool,
    pub voice: Option<u32>,
    pub phase: Option<String>,
    pub kind: ContributionKind,
    pub selected: usize,
    /// Index of the contribution being edited, if the editor holds an existing one.
    pub editing: Option<usize>,
}

impl Default for ContribState {
    fn default() -> Self {
        ContribState {
            editor: editor(""),
            typing: true,
            voice: None,
            phase: None,
            kind: ContributionKind::Observation,
            selected: 0,
            editing: None,
        }
    }
}

#[derive(Debug, Default)]
pub struct RatingState {
    pub selected: usize,
    pub reason: Option<TextArea<'static>>,
}

#[derive(Debug, Default)]
pub struct ActionsState {
    pub selected: usize,
    pub form: Option<(Option<u32>, Form)>,
}

/// One dimension's screen state; kept while moving between steps so nothing typed is lost.
#[derive(Debug, Default)]
pub struct DimState {
    pub contrib: ContribState,
    pub ratings: RatingState,
    pub rationale: Option<TextArea<'static>>,
    pub actions: ActionsState,
    pub card_scroll: u16,
}

#[derive(Debug)]
pub struct Workshop {
    pub session: Session,
    /// Where the session is saved; None until the first save.
    pub path: Option<PathBuf>,
    /// The previous meeting of the series, for comparison.
    pub previous: Option<Session>,
    pub step: Step,
    pub setup: Form,
    pub room: RoomState,
    pub review: ReviewState,
    pub dims: Vec<DimState>,
    /// When the current step was entered (for its timer).
    pub step_since: DateTime<FixedOffset>,
    /// The advisory lock on the session file, released when the workshop is dropped.
    pub lock: Option<crate::store::lock::Lock>,
    /// The file as this instance last read or wrote it (length, modification time), to
    /// notice when someone else changes it.
    pub disk_stamp: Option<(u64, std::time::SystemTime)>,
    /// Whether a draft left by an interrupted run was looked for.
    pub draft_checked: bool,
    /// The draft as last written, and when.
    pub draft_written: Option<(crate::store::draft::Draft, DateTime<FixedOffset>)>,
    /// Lines scrolled in the summary's lists, which a small screen cannot hold.
    pub summary_scroll: u16,
}

impl Workshop {
    pub fn new(
        session: Session,
        path: Option<PathBuf>,
        previous: Option<Session>,
        fw: &Framework,
        now: DateTime<FixedOffset>,
    ) -> Workshop {
        let step = Step::parse(&session.current_step, fw).unwrap_or(Step::Setup);
        let setup = setup_form(&session);
        Workshop {
            dims: fw.dimensions.iter().map(|_| DimState::default()).collect(),
            session,
            path,
            previous,
            step,
            setup,
            room: RoomState::default(),
            review: ReviewState::default(),
            step_since: now,
            lock: None,
            disk_stamp: None,
            draft_checked: false,
            draft_written: None,
            summary_scroll: 0,
        }
    }

    pub fn dim_state(&mut self) -> Option<&mut DimState> {
        match self.step {
            Step::Dim(d, _) => self.dims.get_mut(d),
            _ => None,
        }
    }

    /// Seconds spent on the current step's time-box, this run included.
    pub fn step_seconds(&self, fw: &Framework, now: DateTime<FixedOffset>) -> i64 {
        let recorded = self
            .session
            .time_spent
            .get(self.step.timebox(fw))
            .copied()
            .unwrap_or(0);
        i64::from(recorded) + (now - self.step_since).num_seconds().max(0)
    }

    /// Seconds spent on the whole session, this run included: what is banked, and the
    /// current step since it was entered. (Counting this run from its start as well
    /// counted every step left during the run twice.)
    pub fn session_seconds(&self, now: DateTime<FixedOffset>) -> i64 {
        let banked: i64 = self
            .session
            .time_spent
            .values()
            .map(|&s| i64::from(s))
            .sum();
        banked + (now - self.step_since).num_seconds().max(0)
    }

    /// Adds the time since the step was entered to its time-box's total.
    pub fn bank_time(&mut self, fw: &Framework, now: DateTime<FixedOffset>) {
        let secs = (now - self.step_since)
            .num_seconds()
            .clamp(0, i64::from(u32::MAX)) as u32;
        let key = self.step.timebox(fw).to_string();
        let slot = self.session.time_spent.entry(key).or_insert(0);
        *slot = slot.saturating_add(secs);
        self.step_since = now;
    }
}

pub fn setup_form(s: &Session) -> Form {
    Form::new(vec![
        Field::text("title", "field-title", &s.title),
        Field::text("series", "field-series", &s.series),
        Field::text("intervention", "field-intervention", &s.intervention),
        Field::text("place", "field-place", &s.place),
        Field::text(
            "date",
            "field-date-time",
            &s.started.format("%Y-%m-%d %H:%M").to_string(),
        ),
        Field::text(
            "facilitators",
            "field-facilitators",
            &s.facilitators.join(", "),
        ),
        Field::choice(
            "language",
            "field-language",
            vec![
                ("fr".into(), "Français".into()),
                ("en".into(), "English".into()),
            ],
            &s.language,
        ),
    ])
}

/// The actions a new meeting of a series should review: the open actions of the
/// previous meeting, and those it carried forward still unfinished.
pub fn actions_to_review(previous: &Session) -> Vec<ActionReview> {
    let mut out: Vec<ActionReview> = previous
        .action_review
        .iter()
        .filter(|r| r.status.is_open())
        .map(|r| ActionReview {
            status: crate::domain::session::ActionStatus::Open,
            note: String::new(),
            ..r.clone()
        })
        .collect();
    for (dim, a) in previous.all_actions() {
        if a.status.is_open() {
            out.push(ActionReview {
                session: previous.id.clone(),
                dimension: dim.to_string(),
                action: a.id,
                text: a.text.clone(),
                owner: a.owner.clone(),
                status: crate::domain::session::ActionStatus::Open,
                note: String::new(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_through_their_ids() {
        let fw = Framework::builtin("en");
        let all = Step::all(fw.dimensions.len());
        assert_eq!(all.len(), 3 + 3 * 5 + 1);
        for s in all {
            assert_eq!(Step::parse(&s.id(&fw), &fw), Some(s));
        }
        assert_eq!(Step::Dim(1, Sub::Ratings).id(&fw), "systematic/ratings");
        assert_eq!(Step::Dim(1, Sub::Ratings).timebox(&fw), "systematic");
        assert_eq!(Step::parse("deep", &fw), Some(Step::Dim(2, Sub::Card)));
        assert_eq!(Step::parse("nowhere", &fw), None);
    }

    #[test]
    fn the_session_clock_counts_each_second_once() {
        let fw = Framework::builtin("en");
        let t0 = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+00:00").unwrap();
        let mut s = Session::new("x".into(), "T".into(), t0, "en", &fw);
        s.time_spent.insert("setup".into(), 100);
        let mut ws = Workshop::new(s, None, None, &fw, t0);
        let later = |secs| t0 + chrono::Duration::seconds(secs);
        assert_eq!(ws.session_seconds(later(60)), 160);
        // A step left after a minute, then half a minute on the next one.
        ws.bank_time(&fw, later(60));
        ws.step = Step::Room;
        assert_eq!(ws.session_seconds(later(90)), 190);
        ws.bank_time(&fw, later(90));
        assert_eq!(ws.session.time_spent.values().sum::<u32>(), 190);
    }
}
