//! A session being run: where the facilitator is, and the state of each step's screen.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use super::steps::actions::ActionsState;
use super::steps::agreement::AgreementState;
use super::steps::card::CardState;
use super::steps::contributions::ContribState;
use super::steps::ratings::RatingState;
use super::steps::review::ReviewState;
use super::steps::room::RoomState;
use super::steps::setup::SetupState;
use super::steps::summary::SummaryState;
pub use super::steps::{Step, StepState, Sub};
use crate::domain::framework::Framework;
use crate::domain::session::Session;

/// One dimension's screens; kept while moving between steps so nothing typed is lost.
#[derive(Debug)]
pub struct DimState {
    pub card: CardState,
    pub contrib: ContribState,
    pub ratings: RatingState,
    pub agreement: AgreementState,
    pub actions: ActionsState,
}

impl DimState {
    pub fn new(dim: usize) -> DimState {
        DimState {
            card: CardState::default(),
            contrib: ContribState::new(dim),
            ratings: RatingState::new(dim),
            agreement: AgreementState::new(dim),
            actions: ActionsState::new(dim),
        }
    }
}

#[derive(Debug)]
pub struct Workshop {
    pub session: Session,
    /// Where the session is saved; None until the first save.
    pub path: Option<PathBuf>,
    /// The previous meeting of the series, for comparison.
    pub previous: Option<Session>,
    pub step: Step,
    pub setup: SetupState,
    pub room: RoomState,
    pub review: ReviewState,
    pub dims: Vec<DimState>,
    pub summary: SummaryState,
    /// When the current step was entered (for its timer).
    pub step_since: DateTime<FixedOffset>,
    /// A change is not on disk yet (the save failed, or is on its way).
    pub unsaved: bool,
    /// The room screen shows only the title (the facilitator blanked it).
    pub room_blank: bool,
    /// What the other meetings of its series say, worked out when the session opens,
    /// the folder is read or a change is made, never at each frame.
    pub series: SeriesPeople,
}

/// The people of the other meetings of a session's series.
#[derive(Debug, Clone, Default)]
pub struct SeriesPeople {
    /// Everyone, as last seen, the most recent meeting's people first.
    pub everyone: Vec<crate::domain::digest::Seen>,
    /// The highest person number they carry: a new voice takes the next.
    pub last_person: u32,
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
        Workshop {
            dims: (0..fw.dimensions.len()).map(DimState::new).collect(),
            setup: SetupState::new(&session),
            session,
            path,
            previous,
            step,
            room: RoomState::default(),
            review: ReviewState::default(),
            summary: SummaryState::default(),
            step_since: now,
            unsaved: false,
            room_blank: false,
            series: SeriesPeople::default(),
        }
    }

    /// The state of a step, to act on it, with the session it acts on.
    pub fn split(&mut self, step: Step) -> (&mut dyn StepState, &mut Session, Option<&Session>) {
        let Workshop {
            session,
            previous,
            setup,
            room,
            review,
            dims,
            summary,
            ..
        } = self;
        let state: &mut dyn StepState = match step {
            Step::Setup => setup,
            Step::Room => room,
            Step::Review => review,
            Step::Dim(d, sub) => {
                let ds = &mut dims[d];
                match sub {
                    Sub::Card => &mut ds.card,
                    Sub::Contributions => &mut ds.contrib,
                    Sub::Ratings => &mut ds.ratings,
                    Sub::Agreement => &mut ds.agreement,
                    Sub::Actions => &mut ds.actions,
                }
            }
            Step::Summary => summary,
        };
        (state, session, previous.as_ref())
    }

    /// The state of a step, to read it.
    pub fn state(&self, step: Step) -> &dyn StepState {
        match step {
            Step::Setup => &self.setup,
            Step::Room => &self.room,
            Step::Review => &self.review,
            Step::Dim(d, sub) => {
                let ds = &self.dims[d];
                match sub {
                    Sub::Card => &ds.card,
                    Sub::Contributions => &ds.contrib,
                    Sub::Ratings => &ds.ratings,
                    Sub::Agreement => &ds.agreement,
                    Sub::Actions => &ds.actions,
                }
            }
            Step::Summary => &self.summary,
        }
    }

    /// What the room screen is told: the step, since when, whether it is blank.
    pub fn room_control(&self, fw: &Framework) -> crate::store::control::RoomControl {
        crate::store::control::RoomControl {
            blank: self.room_blank,
            step: self.step.id(fw),
            since: self.step_since,
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

    /// Adds the time since the step was entered to its time-box's total. Says whether
    /// the session changed (a second or more passed).
    pub fn bank_time(&mut self, fw: &Framework, now: DateTime<FixedOffset>) -> bool {
        let secs = u32::try_from((now - self.step_since).num_seconds().max(0)).unwrap_or(u32::MAX);
        self.step_since = now;
        if secs == 0 {
            return false;
        }
        let key = self.step.timebox(fw).to_string();
        let slot = self.session.time_spent.entry(key).or_insert(0);
        *slot = slot.saturating_add(secs);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_through_their_ids() {
        let fw = Framework::builtin("en");
        let all = Step::all(&fw);
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
        assert!(ws.bank_time(&fw, later(60)));
        ws.step = Step::Room;
        assert_eq!(ws.session_seconds(later(90)), 190);
        ws.bank_time(&fw, later(90));
        assert_eq!(ws.session.time_spent.values().sum::<u32>(), 190);
        assert!(!ws.bank_time(&fw, later(90)), "no time, no change");
    }
}
