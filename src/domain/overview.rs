//! Every series of a folder at a glance, from the digests alone: how many meetings, the
//! last one, where each dimension stands and which way it moved, who came last time and
//! what is still to do.

use chrono::NaiveDate;
use serde::Serialize;

use super::digest::Digest;
use super::framework::Framework;

/// One series as the series screen and `toguna series` show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    pub series: String,
    pub meetings: usize,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The latest meeting's title.
    pub latest: String,
    /// Per dimension, in the framework's order.
    pub levels: Vec<Standing>,
    /// People at the latest meeting (a group of 12 is 12).
    pub people: u32,
    /// Actions still open or in progress after the latest meeting.
    pub open_actions: usize,
    /// Of those, the ones whose due date has passed.
    pub overdue_actions: usize,
}

/// Where a dimension stands: its latest agreed level and the one agreed before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standing {
    pub dimension: String,
    pub level: Option<u8>,
    pub previous: Option<u8>,
}

impl Standing {
    /// Which way the level moved since it was last agreed, if it was agreed twice.
    pub fn change(&self) -> Option<std::cmp::Ordering> {
        Some(self.level?.cmp(&self.previous?))
    }
}

/// The series of `digests` (sessions with no series are not one), the most recently
/// met first; an action is overdue if its due date is before `today`.
pub fn overview<'a>(
    digests: impl IntoIterator<Item = &'a Digest>,
    fw: &Framework,
    today: NaiveDate,
) -> Vec<Overview> {
    let mut by_series: Vec<(&str, Vec<&Digest>)> = Vec::new();
    for d in digests {
        if d.series.trim().is_empty() {
            continue;
        }
        match by_series.iter_mut().find(|(s, _)| *s == d.series) {
            Some((_, v)) => v.push(d),
            None => by_series.push((&d.series, vec![d])),
        }
    }
    let mut out: Vec<Overview> = by_series
        .into_iter()
        .map(|(series, mut meetings)| {
            meetings.sort_by_key(|m| m.started);
            one(series, &meetings, fw, today)
        })
        .collect();
    out.sort_by(|a, b| b.last.cmp(&a.last).then_with(|| a.series.cmp(&b.series)));
    out
}

/// One series, its meetings oldest first (at least one).
fn one(series: &str, meetings: &[&Digest], fw: &Framework, today: NaiveDate) -> Overview {
    let latest = meetings[meetings.len() - 1];
    let levels = fw
        .dimensions
        .iter()
        .map(|dim| {
            let mut agreed = meetings
                .iter()
                .rev()
                .filter_map(|m| m.agreed_level(&dim.id));
            Standing {
                dimension: dim.id.clone(),
                level: agreed.next(),
                previous: agreed.next(),
            }
        })
        .collect();
    Overview {
        series: series.to_string(),
        meetings: meetings.len(),
        first: meetings[0].started.date_naive(),
        last: latest.started.date_naive(),
        latest: latest.title.clone(),
        levels,
        people: latest.people,
        open_actions: latest.open_due.len(),
        overdue_actions: latest
            .open_due
            .iter()
            .filter(|d| d.is_some_and(|d| d < today))
            .count(),
    }
}

/// What a series named on the command line is among the folder's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    One(String),
    /// Nothing starts so: the folder's series, to choose from.
    None(Vec<String>),
    /// More than one starts so.
    Many(Vec<String>),
}

/// The series `query` names: the one spelled so, else the only one that starts so
/// (case and accents aside, as people type on the command line).
pub fn find_series<'a>(names: impl IntoIterator<Item = &'a str>, query: &str) -> Found {
    let mut all: Vec<&str> = names.into_iter().filter(|s| !s.trim().is_empty()).collect();
    all.sort_unstable();
    all.dedup();
    if let Some(exact) = all.iter().find(|s| **s == query) {
        return Found::One((*exact).to_string());
    }
    let q = super::names::fold(query.trim());
    let starts: Vec<String> = all
        .iter()
        .filter(|s| !q.is_empty() && super::names::fold(s).starts_with(&q))
        .map(|s| (*s).to_string())
        .collect();
    match starts.len() {
        1 => Found::One(starts.into_iter().next().expect("one")),
        0 => Found::None(all.iter().map(|s| (*s).to_string()).collect()),
        _ => Found::Many(starts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::digest::DimensionDigest;

    fn meeting(series: &str, date: &str, levels: [Option<u8>; 3], due: &[&str]) -> Digest {
        let started =
            chrono::DateTime::parse_from_rfc3339(&format!("{date}T09:00:00+00:00")).unwrap();
        let mut d = Digest::of(&crate::domain::session::Session::new(
            format!("{series}-{date}"),
            format!("{series} {date}"),
            started,
            "en",
            &Framework::builtin("en"),
        ));
        d.series = series.into();
        d.dimensions = ["wide", "systematic", "deep"]
            .iter()
            .zip(levels)
            .map(|(id, level)| DimensionDigest {
                dimension: (*id).into(),
                agreed_level: level,
                spread: None,
                revealed: true,
                by_group: Vec::new(),
            })
            .collect();
        d.open_due = due
            .iter()
            .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
            .collect();
        d.people = 10;
        d
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_series_is_found_by_any_unique_start() {
        let names = [
            "Mopti community security dialogue",
            "Gao water committee",
            "Gao youth",
        ];
        let one = |s: &str| Found::One(s.to_string());
        assert_eq!(find_series(names, "mopti"), one(names[0]));
        assert_eq!(find_series(names, "MOPTI COMM"), one(names[0]));
        assert_eq!(find_series(names, "gao w"), one(names[1]));
        assert_eq!(find_series(names, "Gao youth"), one(names[2]));
        assert!(matches!(find_series(names, "gao"), Found::Many(m) if m.len() == 2));
        assert!(matches!(find_series(names, "kidal"), Found::None(all) if all.len() == 3));
        assert!(matches!(find_series(names, ""), Found::None(_)));
        assert_eq!(
            find_series(["Dialogue de Ségou"], "dialogue de segou"),
            one("Dialogue de Ségou")
        );
    }

    #[test]
    fn each_series_once_the_latest_first_with_where_it_stands() {
        let fw = Framework::builtin("en");
        let all = [
            meeting("Gao", "2025-01-10", [Some(1), Some(1), None], &[]),
            meeting("Mopti", "2025-02-01", [Some(1), Some(2), Some(0)], &[]),
            meeting("", "2025-03-01", [Some(4), Some(4), Some(4)], &[]),
            // In progress: deep not agreed yet, so deep stands where it was agreed last.
            meeting(
                "Mopti",
                "2025-06-01",
                [Some(3), Some(2), None],
                &["2025-05-01", "2025-12-01", ""],
            ),
            meeting(
                "Gao",
                "2025-04-10",
                [Some(2), Some(1), Some(1)],
                &["2025-04-01"],
            ),
        ];
        let o = overview(&all, &fw, day("2025-07-01"));
        let names: Vec<&str> = o.iter().map(|s| s.series.as_str()).collect();
        assert_eq!(names, ["Mopti", "Gao"], "no series is not a series");
        let mopti = &o[0];
        assert_eq!(mopti.meetings, 2);
        assert_eq!(
            (mopti.first, mopti.last),
            (day("2025-02-01"), day("2025-06-01"))
        );
        let changes: Vec<_> = mopti.levels.iter().map(Standing::change).collect();
        let (up, same) = (std::cmp::Ordering::Greater, std::cmp::Ordering::Equal);
        assert_eq!(changes, [Some(up), Some(same), None]);
        assert_eq!(mopti.levels[2].level, Some(0), "the last agreed level");
        assert_eq!(mopti.open_actions, 3);
        assert_eq!(mopti.overdue_actions, 1, "only a date that has passed");
        assert_eq!(o[1].overdue_actions, 1);
        assert_eq!(o[1].levels[2].change(), None, "agreed once: no direction");
    }
}
