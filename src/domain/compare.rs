//! What changed between two meetings of a series: levels, ratings, who was in the room,
//! which phases were covered, and what became of the earlier meeting's actions.

use std::collections::{BTreeMap, BTreeSet};

use super::framework::Framework;
use super::session::{ActionStatus, Gender, Session};
use super::summary;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Up,
    Down,
    Same,
    /// One of the two meetings agreed no level (or did not have the dimension).
    Unknown,
}

impl Change {
    pub fn of(before: Option<u8>, after: Option<u8>) -> Change {
        match (before, after) {
            (Some(b), Some(a)) if a > b => Change::Up,
            (Some(b), Some(a)) if a < b => Change::Down,
            (Some(_), Some(_)) => Change::Same,
            _ => Change::Unknown,
        }
    }

    pub fn arrow(self) -> &'static str {
        match self {
            Change::Up => "▲",
            Change::Down => "▼",
            Change::Same => "=",
            Change::Unknown => "?",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Change::Up => "change-up",
            Change::Down => "change-down",
            Change::Same => "change-same",
            Change::Unknown => "change-unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionComparison {
    pub dimension: String,
    pub before: Option<u8>,
    pub after: Option<u8>,
    pub change: Change,
    pub ratings_before: Vec<u32>,
    pub ratings_after: Vec<u32>,
    /// Phase ids with at least one contribution.
    pub phases_before: BTreeSet<String>,
    pub phases_after: BTreeSet<String>,
    pub contributions_before: usize,
    pub contributions_after: usize,
}

/// What became of one action of the earlier meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFate {
    pub dimension: String,
    pub text: String,
    pub owner: String,
    /// None when the later meeting did not review it.
    pub status: Option<ActionStatus>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub dimensions: Vec<DimensionComparison>,
    pub groups_new: Vec<String>,
    pub groups_gone: Vec<String>,
    pub people_before: u32,
    pub people_after: u32,
    pub gender_before: BTreeMap<Gender, u32>,
    pub gender_after: BTreeMap<Gender, u32>,
    pub age_before: BTreeMap<String, u32>,
    pub age_after: BTreeMap<String, u32>,
    pub actions: Vec<ActionFate>,
}

/// Compares an earlier meeting with a later one. Dimensions come from the framework,
/// then any other either session recorded (a session run with another framework
/// version may have more or fewer).
pub fn compare(earlier: &Session, later: &Session, fw: &Framework) -> Comparison {
    let levels = fw.levels.len();
    let mut ids: Vec<String> = fw.dimensions.iter().map(|d| d.id.clone()).collect();
    for d in earlier.dimensions.iter().chain(&later.dimensions) {
        if !ids.contains(&d.dimension) {
            ids.push(d.dimension.clone());
        }
    }
    let phases = |s: &Session, id: &str| -> BTreeSet<String> {
        s.dimension(id)
            .map(|d| {
                d.contributions
                    .iter()
                    .filter_map(|c| c.phase.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let dist = |s: &Session, id: &str| {
        s.dimension(id)
            .map_or_else(|| vec![0; levels], |d| d.distribution(levels))
    };
    let count = |s: &Session, id: &str| s.dimension(id).map_or(0, |d| d.contributions.len());
    let dimensions = ids
        .iter()
        .map(|id| {
            let before = earlier.agreed_level(id);
            let after = later.agreed_level(id);
            DimensionComparison {
                dimension: id.clone(),
                before,
                after,
                change: Change::of(before, after),
                ratings_before: dist(earlier, id),
                ratings_after: dist(later, id),
                phases_before: phases(earlier, id),
                phases_after: phases(later, id),
                contributions_before: count(earlier, id),
                contributions_after: count(later, id),
            }
        })
        .collect();

    let groups =
        |s: &Session| -> BTreeSet<String> { s.voices.iter().map(|v| v.group.clone()).collect() };
    let (gb, ga) = (groups(earlier), groups(later));
    let age = |s: &Session| -> BTreeMap<String, u32> {
        summary::by_age(s)
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    };

    let actions = earlier
        .all_actions()
        .map(|(dim, a)| {
            let review = later
                .action_review
                .iter()
                .find(|r| r.session == earlier.id && r.action == a.id);
            ActionFate {
                dimension: dim.to_string(),
                text: a.text.clone(),
                owner: a.owner.clone(),
                status: review
                    .map(|r| r.status)
                    .filter(|s| *s != ActionStatus::Open),
                note: review.map(|r| r.note.clone()).unwrap_or_default(),
            }
        })
        .collect();

    Comparison {
        dimensions,
        groups_new: ga.difference(&gb).cloned().collect(),
        groups_gone: gb.difference(&ga).cloned().collect(),
        people_before: earlier.headcount(),
        people_after: later.headcount(),
        gender_before: summary::by_gender(earlier),
        gender_after: summary::by_gender(later),
        age_before: age(earlier),
        age_after: age(later),
        actions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::*;

    fn at(day: u32) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339(&format!("2026-01-{day:02}T10:00:00+00:00")).unwrap()
    }

    fn voice(id: u32, name: &str, group: &str, gender: Gender) -> Voice {
        Voice {
            id,
            person: id,
            kind: VoiceKind::Person,
            name: name.into(),
            group: group.into(),
            gender,
            age_band: "25-34".into(),
            organisation: String::new(),
            consent_to_name: false,
        }
    }

    fn pair() -> (Session, Session, Framework) {
        let fw = Framework::builtin("en");
        let mut a = Session::new("a".into(), "one".into(), at(1), "en", &fw);
        let mut b = Session::new("b".into(), "two".into(), at(20), "en", &fw);
        a.voices = vec![
            voice(1, "Awa", "women", Gender::Woman),
            voice(2, "Oumar", "local-authority", Gender::Man),
        ];
        b.voices = vec![
            voice(1, "Awa T.", "women", Gender::Woman),
            voice(2, "Sidi", "youth", Gender::Man),
        ];
        a.dimension_mut("wide").agreed_level = Some(1);
        b.dimension_mut("wide").agreed_level = Some(3);
        a.dimension_mut("deep").agreed_level = Some(2);
        b.dimension_mut("deep").agreed_level = Some(2);
        a.dimension_mut("wide").contributions.push(Contribution {
            voice: Some(1),
            text: "x".into(),
            phase: Some("analysis".into()),
            kind: ContributionKind::Observation,
            at: at(1),
        });
        for (id, text) in [(1, "invite youth"), (2, "monthly meeting")] {
            a.dimension_mut("wide").actions.push(Action {
                id,
                text: text.into(),
                owner: "committee".into(),
                due: None,
                status: ActionStatus::Open,
            });
        }
        b.action_review.push(ActionReview {
            session: "a".into(),
            dimension: "wide".into(),
            action: 1,
            text: "invite youth".into(),
            owner: "committee".into(),
            status: ActionStatus::Done,
            note: "two youth groups came".into(),
        });
        (a, b, fw)
    }

    #[test]
    fn levels_and_their_change() {
        let (a, b, fw) = pair();
        let c = compare(&a, &b, &fw);
        let by = |id: &str| {
            c.dimensions
                .iter()
                .find(|d| d.dimension == id)
                .unwrap()
                .clone()
        };
        assert_eq!(by("wide").change, Change::Up);
        assert_eq!(by("deep").change, Change::Same);
        assert_eq!(by("systematic").change, Change::Unknown);
        assert_eq!(
            by("wide").phases_before,
            BTreeSet::from(["analysis".to_string()])
        );
        assert!(by("wide").phases_after.is_empty());
    }

    #[test]
    fn groups_that_came_and_went_ignore_renamed_voices() {
        let (a, b, fw) = pair();
        let c = compare(&a, &b, &fw);
        assert_eq!(c.groups_new, ["youth"]);
        assert_eq!(c.groups_gone, ["local-authority"]);
        assert_eq!(c.people_before, 2);
        assert_eq!(c.gender_after[&Gender::Man], 1);
    }

    #[test]
    fn every_earlier_action_has_a_fate() {
        let (a, b, fw) = pair();
        let c = compare(&a, &b, &fw);
        assert_eq!(c.actions.len(), 2);
        assert_eq!(c.actions[0].status, Some(ActionStatus::Done));
        assert_eq!(c.actions[0].note, "two youth groups came");
        assert_eq!(c.actions[1].status, None, "not reviewed");
    }

    #[test]
    fn dimensions_missing_from_one_side_or_the_framework_still_compare() {
        let (mut a, mut b, fw) = pair();
        a.dimensions.retain(|d| d.dimension != "deep");
        b.dimension_mut("resilience").agreed_level = Some(4);
        let c = compare(&a, &b, &fw);
        let deep = c.dimensions.iter().find(|d| d.dimension == "deep").unwrap();
        assert_eq!(
            (deep.before, deep.after, deep.change),
            (None, Some(2), Change::Unknown)
        );
        assert_eq!(deep.ratings_before, vec![0; 6]);
        assert!(
            c.dimensions
                .iter()
                .any(|d| d.dimension == "resilience" && d.after == Some(4))
        );
    }

    #[test]
    fn a_session_compared_with_itself_changes_nothing() {
        let (a, _, fw) = pair();
        let c = compare(&a, &a, &fw);
        assert!(c.groups_new.is_empty() && c.groups_gone.is_empty());
        assert!(
            c.dimensions
                .iter()
                .all(|d| matches!(d.change, Change::Same | Change::Unknown))
        );
    }
}
