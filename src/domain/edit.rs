//! Changes to a session, each saying whether it changed anything: the app saves when,
//! and only when, one of these says so.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::session::{
    Action, ActionStatus, Contribution, DimensionRecord, Rating, Session, Status, Voice,
};

/// Sets `slot` to `value`, saying whether it was different.
fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// What the action form gives: the rest of an action is kept or started afresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFields {
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
}

/// Something deleted, with what it takes to put it back as it was: where it stood,
/// and for a voice the words attributed to them and their ratings.
#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    Voice {
        at: usize,
        voice: Voice,
        /// (dimension, index) of the contributions that were theirs.
        said: Vec<(String, usize)>,
        ratings: Vec<(String, Rating)>,
    },
    Contribution {
        dim: String,
        at: usize,
        contribution: Contribution,
    },
    Action {
        dim: String,
        at: usize,
        action: Action,
    },
    Rating {
        dim: String,
        at: usize,
        rating: Rating,
    },
}

impl Removed {
    /// Where it stood in its list, where it goes back.
    pub fn at(&self) -> usize {
        match self {
            Removed::Voice { at, .. }
            | Removed::Contribution { at, .. }
            | Removed::Action { at, .. }
            | Removed::Rating { at, .. } => *at,
        }
    }
}

impl Session {
    /// Removes a voice as `remove_voice` does, keeping what puts it back.
    pub fn take_voice(&mut self, id: u32) -> Option<Removed> {
        let at = self.voices.iter().position(|v| v.id == id)?;
        let voice = self.voices[at].clone();
        let mut said = Vec::new();
        let mut ratings = Vec::new();
        for d in &self.dimensions {
            for (i, c) in d.contributions.iter().enumerate() {
                if c.voice == Some(id) {
                    said.push((d.dimension.clone(), i));
                }
            }
            for r in d.ratings.iter().filter(|r| r.voice == id) {
                ratings.push((d.dimension.clone(), r.clone()));
            }
        }
        self.remove_voice(id);
        Some(Removed::Voice {
            at,
            voice,
            said,
            ratings,
        })
    }

    pub fn take_contribution(&mut self, dim: &str, at: usize) -> Option<Removed> {
        let contribution = self.remove_contribution(dim, at)?;
        Some(Removed::Contribution {
            dim: dim.to_string(),
            at,
            contribution,
        })
    }

    pub fn take_action(&mut self, dim: &str, id: u32) -> Option<Removed> {
        let record = self.dimension_mut(dim);
        let at = record.actions.iter().position(|a| a.id == id)?;
        let action = record.actions.remove(at);
        Some(Removed::Action {
            dim: dim.to_string(),
            at,
            action,
        })
    }

    pub fn take_rating(&mut self, dim: &str, voice: u32) -> Option<Removed> {
        let record = self.dimension_mut(dim);
        let at = record.ratings.iter().position(|r| r.voice == voice)?;
        let rating = record.ratings.remove(at);
        Some(Removed::Rating {
            dim: dim.to_string(),
            at,
            rating,
        })
    }

    /// Puts back what was deleted, where it was (or at the end, if the list is shorter
    /// now). False if its place is taken since (a voice or action of the same id).
    pub fn put_back(&mut self, removed: Removed) -> bool {
        match removed {
            Removed::Voice {
                at,
                voice,
                said,
                ratings,
            } => {
                if self.voice(voice.id).is_some() {
                    return false;
                }
                let id = voice.id;
                self.voices.insert(at.min(self.voices.len()), voice);
                for (dim, i) in said {
                    if let Some(c) = self.dimension_mut(&dim).contributions.get_mut(i)
                        && c.voice.is_none()
                    {
                        c.voice = Some(id);
                    }
                }
                for (dim, r) in ratings {
                    let list = &mut self.dimension_mut(&dim).ratings;
                    if !list.iter().any(|x| x.voice == id) {
                        list.push(r);
                    }
                }
            }
            Removed::Contribution {
                dim,
                at,
                contribution,
            } => {
                let list = &mut self.dimension_mut(&dim).contributions;
                list.insert(at.min(list.len()), contribution);
            }
            Removed::Action { dim, at, action } => {
                let list = &mut self.dimension_mut(&dim).actions;
                if list.iter().any(|a| a.id == action.id) {
                    return false;
                }
                list.insert(at.min(list.len()), action);
            }
            Removed::Rating { dim, at, rating } => {
                let list = &mut self.dimension_mut(&dim).ratings;
                if list.iter().any(|r| r.voice == rating.voice) {
                    return false;
                }
                list.insert(at.min(list.len()), rating);
            }
        }
        true
    }

    /// Adds a voice, or replaces the one with the same id.
    pub fn put_voice(&mut self, voice: Voice) -> bool {
        if let Some(slot) = self.voices.iter_mut().find(|v| v.id == voice.id) {
            set(slot, voice)
        } else {
            self.voices.push(voice);
            true
        }
    }

    /// Removes a voice. Their words stay, attributed to the room; their ratings go.
    pub fn remove_voice(&mut self, id: u32) -> bool {
        let before = self.voices.len();
        self.voices.retain(|v| v.id != id);
        if self.voices.len() == before {
            return false;
        }
        for d in &mut self.dimensions {
            for c in &mut d.contributions {
                if c.voice == Some(id) {
                    c.voice = None;
                }
            }
            d.ratings.retain(|r| r.voice != id);
        }
        true
    }

    /// Adds a contribution, or replaces the `index`th of the dimension (keeping when it
    /// was first said).
    pub fn put_contribution(&mut self, dim: &str, index: Option<usize>, c: Contribution) -> bool {
        let record = self.dimension_mut(dim);
        if let Some(slot) = index.and_then(|i| record.contributions.get_mut(i)) {
            let at = slot.at;
            set(slot, Contribution { at, ..c })
        } else {
            record.contributions.push(c);
            true
        }
    }

    pub fn remove_contribution(&mut self, dim: &str, index: usize) -> Option<Contribution> {
        let record = self.dimension_mut(dim);
        (index < record.contributions.len()).then(|| record.contributions.remove(index))
    }

    /// Gives a voice a level, keeping the reason it may already have.
    pub fn rate(&mut self, dim: &str, voice: u32, level: u8) -> bool {
        let record = self.dimension_mut(dim);
        if let Some(r) = record.ratings.iter_mut().find(|r| r.voice == voice) {
            set(&mut r.level, level)
        } else {
            record.ratings.push(Rating {
                voice,
                level,
                reason: String::new(),
            });
            true
        }
    }

    pub fn set_reason(&mut self, dim: &str, voice: u32, reason: &str) -> bool {
        self.dimension_mut(dim)
            .ratings
            .iter_mut()
            .find(|r| r.voice == voice)
            .is_some_and(|r| set(&mut r.reason, reason.to_string()))
    }

    pub fn clear_rating(&mut self, dim: &str, voice: u32) -> bool {
        let record = self.dimension_mut(dim);
        let before = record.ratings.len();
        record.ratings.retain(|r| r.voice != voice);
        record.ratings.len() != before
    }

    /// Shows or hides the ratings of a dimension to the room.
    pub fn toggle_reveal(&mut self, dim: &str) -> bool {
        let record = self.dimension_mut(dim);
        record.ratings_revealed = !record.ratings_revealed;
        true
    }

    pub fn agree(&mut self, dim: &str, level: u8) -> bool {
        set(&mut self.dimension_mut(dim).agreed_level, Some(level))
    }

    pub fn set_rationale(&mut self, dim: &str, text: &str) -> bool {
        set(&mut self.dimension_mut(dim).rationale, text.to_string())
    }

    /// Adds an action (open, with the next id), or edits the one with `id`.
    pub fn put_action(&mut self, dim: &str, id: Option<u32>, f: ActionFields) -> bool {
        let next = self.next_action_id();
        let record: &mut DimensionRecord = self.dimension_mut(dim);
        if let Some(a) = id.and_then(|id| record.actions.iter_mut().find(|a| a.id == id)) {
            let text = set(&mut a.text, f.text);
            let owner = set(&mut a.owner, f.owner);
            let due = set(&mut a.due, f.due);
            text | owner | due
        } else {
            record.actions.push(Action {
                id: next,
                text: f.text,
                owner: f.owner,
                due: f.due,
                status: ActionStatus::Open,
            });
            true
        }
    }

    pub fn remove_action(&mut self, dim: &str, id: u32) -> bool {
        let record = self.dimension_mut(dim);
        let before = record.actions.len();
        record.actions.retain(|a| a.id != id);
        record.actions.len() != before
    }

    /// What became of the `index`th action under review.
    pub fn review_action(&mut self, index: usize, status: ActionStatus) -> bool {
        self.action_review
            .get_mut(index)
            .is_some_and(|r| set(&mut r.status, status))
    }

    pub fn set_review_note(&mut self, index: usize, note: &str) -> bool {
        self.action_review
            .get_mut(index)
            .is_some_and(|r| set(&mut r.note, note.to_string()))
    }

    pub fn finish(&mut self, now: DateTime<FixedOffset>) -> bool {
        let status = set(&mut self.status, Status::Finished);
        let ended = set(&mut self.ended, Some(now));
        status | ended
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::Framework;
    use crate::domain::session::{ContributionKind, Gender, VoiceKind};

    fn session() -> Session {
        let fw = Framework::builtin("en");
        let at = DateTime::parse_from_rfc3339("2026-03-14T09:30:00+00:00").unwrap();
        Session::new("x".into(), "T".into(), at, "en", &fw)
    }

    fn voice(id: u32, name: &str) -> Voice {
        Voice {
            id,
            person: id,
            kind: VoiceKind::Person,
            name: name.into(),
            group: "women".into(),
            gender: Gender::Woman,
            age_band: "25-34".into(),
            organisation: String::new(),
            consent_to_name: false,
        }
    }

    #[test]
    fn putting_the_same_voice_again_changes_nothing() {
        let mut s = session();
        assert!(s.put_voice(voice(1, "Awa")));
        assert!(!s.put_voice(voice(1, "Awa")));
        assert!(s.put_voice(voice(1, "Awa T.")));
        assert_eq!(s.voices.len(), 1);
    }

    #[test]
    fn removing_a_voice_leaves_their_words_to_the_room() {
        let mut s = session();
        s.put_voice(voice(1, "Awa"));
        let at = s.started;
        s.put_contribution(
            "wide",
            None,
            Contribution {
                voice: Some(1),
                text: "x".into(),
                phase: None,
                kind: ContributionKind::Observation,
                at,
            },
        );
        s.rate("wide", 1, 3);
        assert!(s.remove_voice(1));
        assert!(!s.remove_voice(1));
        let wide = s.dimension("wide").unwrap();
        assert_eq!(wide.contributions[0].voice, None);
        assert!(wide.ratings.is_empty());
    }

    #[test]
    fn a_rating_keeps_its_reason_when_its_level_changes() {
        let mut s = session();
        assert!(s.rate("deep", 4, 2));
        assert!(s.set_reason("deep", 4, "budgets are secret"));
        assert!(!s.rate("deep", 4, 2));
        assert!(s.rate("deep", 4, 1));
        assert_eq!(
            s.dimension("deep").unwrap().ratings[0].reason,
            "budgets are secret"
        );
        assert!(!s.set_reason("deep", 9, "nobody"));
    }

    #[test]
    fn editing_an_action_keeps_its_id_and_status() {
        let mut s = session();
        let f = |t: &str| ActionFields {
            text: t.into(),
            owner: "Mairie".into(),
            due: None,
        };
        assert!(s.put_action("wide", None, f("Invite youth")));
        let id = s.dimension("wide").unwrap().actions[0].id;
        assert!(!s.put_action("wide", Some(id), f("Invite youth")));
        assert!(s.put_action("wide", Some(id), f("Invite the youth groups")));
        let a = &s.dimension("wide").unwrap().actions[0];
        assert_eq!((a.id, a.status), (id, ActionStatus::Open));
    }
}
