//! What changed between two meetings, by content and not only by score: who is new,
//! who came back, who is missing; what was said, by kind, and what is new; how each
//! stakeholder group rates against the agreed level (the perception gap); and what
//! became of every action across the meetings between.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::framework::Framework;
use super::session::{ActionStatus, Contribution, ContributionKind, Gender, Session, Voice};
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

/// People, counted in people (a group of 12 is 12), by stakeholder group, gender, age.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub people: u32,
    pub by_group: BTreeMap<String, u32>,
    pub by_gender: BTreeMap<Gender, u32>,
    pub by_age: BTreeMap<String, u32>,
}

impl Tally {
    fn add(&mut self, v: &Voice) {
        let n = v.headcount();
        self.people += n;
        *self.by_group.entry(v.group.clone()).or_default() += n;
        *self.by_gender.entry(v.gender).or_default() += n;
        *self.by_age.entry(v.age_band.clone()).or_default() += n;
    }
}

/// Who was in the room at each meeting, and who changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct People {
    pub before: Tally,
    pub after: Tally,
    /// At the later meeting and not the earlier one.
    pub new: Tally,
    /// At both.
    pub returning: Tally,
    /// At the earlier meeting and not the later one.
    pub missing: Tally,
    /// The framework's stakeholder groups absent at the earlier meeting, present now.
    pub groups_new: Vec<String>,
    /// Present at the earlier meeting, absent now.
    pub groups_gone: Vec<String>,
}

/// What was said about a dimension: how much of each kind, and what is new.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub dimension: String,
    /// (kind, contributions before, after), for the kinds either meeting has.
    pub kinds: Vec<(ContributionKind, usize, usize)>,
    /// A few of the later meeting's contributions in full, evidence first.
    pub new: Vec<Contribution>,
}

pub use super::digest::GroupRating;

/// The perception gap of a dimension: each group's revealed ratings beside the agreed
/// level, the groups that disagree most first.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub dimension: String,
    pub agreed: Option<u8>,
    pub groups: Vec<GroupRating>,
}

/// What became of one action agreed at or before the earlier meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFate {
    pub dimension: String,
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub agreed: Option<NaiveDate>,
    /// What each meeting since said of it, oldest first.
    pub steps: Vec<(NaiveDate, ActionStatus, String)>,
    /// What the latest of them said; None when none reviewed it.
    pub status: Option<ActionStatus>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Whether the two meetings belong to one series (else the comparison says so).
    pub same_series: bool,
    pub dimensions: Vec<DimensionComparison>,
    pub people: People,
    pub said: Vec<Said>,
    pub gaps: Vec<Gap>,
    pub actions: Vec<ActionFate>,
}

/// How many of the later meeting's contributions per dimension are shown in full.
const NEW_SHOWN: usize = 3;

/// Compares an earlier meeting with a later one; `between` are the meetings of the
/// series after the earlier one up to the later one (the later included, or not), so
/// that an action closed in between still has its fate. Dimensions come from the
/// framework, then any other either session recorded.
pub fn compare(
    earlier: &Session,
    later: &Session,
    between: &[&Session],
    fw: &Framework,
) -> Comparison {
    let mut ids: Vec<String> = fw.dimensions.iter().map(|d| d.id.clone()).collect();
    for d in earlier.dimensions.iter().chain(&later.dimensions) {
        if !ids.contains(&d.dimension) {
            ids.push(d.dimension.clone());
        }
    }
    Comparison {
        same_series: !earlier.series.trim().is_empty() && earlier.series == later.series,
        dimensions: ids
            .iter()
            .map(|id| dimension(earlier, later, id, fw))
            .collect(),
        people: people(earlier, later, fw),
        said: ids.iter().map(|id| said(earlier, later, id)).collect(),
        gaps: ids.iter().map(|id| gap(later, id)).collect(),
        actions: fates(earlier, later, between),
    }
}

fn dimension(earlier: &Session, later: &Session, id: &str, fw: &Framework) -> DimensionComparison {
    let levels = fw.levels.len();
    let phases = |s: &Session| -> BTreeSet<String> {
        s.dimension(id)
            .map(|d| {
                d.contributions
                    .iter()
                    .filter_map(|c| c.phase.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let dist = |s: &Session| {
        s.dimension(id)
            .map_or_else(|| vec![0; levels], |d| d.distribution(levels))
    };
    let count = |s: &Session| s.dimension(id).map_or(0, |d| d.contributions.len());
    let (before, after) = (earlier.agreed_level(id), later.agreed_level(id));
    DimensionComparison {
        dimension: id.to_string(),
        before,
        after,
        change: Change::of(before, after),
        ratings_before: dist(earlier),
        ratings_after: dist(later),
        phases_before: phases(earlier),
        phases_after: phases(later),
        contributions_before: count(earlier),
        contributions_after: count(later),
    }
}

/// A voice's person: its number when it has one, else its name (a file of format 1
/// whose series was not linked).
fn who(v: &Voice) -> String {
    if v.person > 0 {
        format!("#{}", v.person)
    } else {
        super::names::fold(v.name.trim())
    }
}

fn people(earlier: &Session, later: &Session, fw: &Framework) -> People {
    let mut out = People::default();
    let before: BTreeSet<String> = earlier.voices.iter().map(who).collect();
    let after: BTreeSet<String> = later.voices.iter().map(who).collect();
    for v in &earlier.voices {
        out.before.add(v);
        if !after.contains(&who(v)) {
            out.missing.add(v);
        }
    }
    for v in &later.voices {
        out.after.add(v);
        if before.contains(&who(v)) {
            out.returning.add(v);
        } else {
            out.new.add(v);
        }
    }
    let absent = |s: &Session| -> BTreeSet<String> {
        summary::absent_groups(s, &fw.stakeholder_groups)
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    let (then, now) = (absent(earlier), absent(later));
    out.groups_new = then.difference(&now).cloned().collect();
    out.groups_gone = now.difference(&then).cloned().collect();
    out
}

fn said(earlier: &Session, later: &Session, id: &str) -> Said {
    let of = |s: &Session, k: ContributionKind| {
        s.dimension(id).map_or(0, |d| {
            d.contributions.iter().filter(|c| c.kind == k).count()
        })
    };
    let kinds = ContributionKind::ALL
        .iter()
        .map(|k| (*k, of(earlier, *k), of(later, *k)))
        .filter(|(_, b, a)| b + a > 0)
        .collect();
    let mut new: Vec<Contribution> = later
        .dimension(id)
        .map(|d| d.contributions.clone())
        .unwrap_or_default();
    // Evidence first: it is what a reader wants to see is new.
    new.sort_by_key(|c| c.kind != ContributionKind::Evidence);
    new.truncate(NEW_SHOWN);
    Said {
        dimension: id.to_string(),
        kinds,
        new,
    }
}

fn gap(later: &Session, id: &str) -> Gap {
    let agreed = later.agreed_level(id);
    let mut groups = super::digest::by_group(later, id);
    // Furthest from the agreed level first (or, with none agreed, from the others).
    let centre = agreed.map_or_else(
        || {
            let n = groups.len().max(1) as u32;
            groups.iter().map(|g| g.spread.mean_tenths).sum::<u32>() / n
        },
        |l| u32::from(l) * 10,
    );
    groups.sort_by_key(|g| std::cmp::Reverse(g.spread.mean_tenths.abs_diff(centre)));
    Gap {
        dimension: id.to_string(),
        agreed,
        groups,
    }
}

/// The actions open at the earlier meeting (its own, and those it reviewed still
/// open), followed through every meeting after it up to the later one.
fn fates(earlier: &Session, later: &Session, between: &[&Session]) -> Vec<ActionFate> {
    let mut meetings: Vec<&Session> = between
        .iter()
        .copied()
        .filter(|m| m.started > earlier.started && m.started <= later.started && m.id != later.id)
        .collect();
    meetings.push(later);
    meetings.sort_by_key(|m| m.started);
    let date = earlier.started.date_naive();
    let mut open: Vec<(String, u32, ActionFate)> = earlier
        .all_actions()
        .map(|(dim, a)| {
            let fate = ActionFate {
                dimension: dim.to_string(),
                text: a.text.clone(),
                owner: a.owner.clone(),
                due: a.due,
                agreed: Some(date),
                steps: Vec::new(),
                status: None,
                note: String::new(),
            };
            (earlier.id.clone(), a.id, fate)
        })
        .collect();
    open.extend(
        earlier
            .action_review
            .iter()
            .filter(|r| r.status.is_open())
            .map(|r| {
                let mut steps: Vec<_> = r
                    .history
                    .iter()
                    .map(|h| (h.date, h.status, h.note.clone()))
                    .collect();
                steps.push((date, r.status, r.note.clone()));
                let fate = ActionFate {
                    dimension: r.dimension.clone(),
                    text: r.text.clone(),
                    owner: r.owner.clone(),
                    due: r.due,
                    agreed: r.agreed,
                    steps,
                    status: Some(r.status),
                    note: r.note.clone(),
                };
                (r.session.clone(), r.action, fate)
            }),
    );
    for m in meetings {
        for (session, action, fate) in &mut open {
            let reviewed = m
                .action_review
                .iter()
                .find(|r| &r.session == session && r.action == *action);
            if let Some(r) = reviewed.filter(|r| r.status != ActionStatus::Open) {
                fate.steps
                    .push((m.started.date_naive(), r.status, r.note.clone()));
                fate.status = Some(r.status);
                fate.note.clone_from(&r.note);
            }
        }
    }
    open.into_iter().map(|(_, _, f)| f).collect()
}

#[cfg(test)]
mod tests;
