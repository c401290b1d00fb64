//! A series over time: the agreed level of each dimension, the spread of individual
//! ratings, and participation, meeting after meeting.

use chrono::{DateTime, FixedOffset};

use super::digest::{Digest, GroupRating, ReviewTally, Spread};
use super::framework::Framework;
use super::indicators::Participation;

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub id: String,
    pub title: String,
    pub started: DateTime<FixedOffset>,
    /// Per dimension id, in the order of `Trend::dimensions`.
    pub levels: Vec<Option<u8>>,
    pub spreads: Vec<Option<Spread>>,
    /// Per dimension, each stakeholder group's revealed ratings.
    pub by_group: Vec<Vec<GroupRating>>,
    pub voices: usize,
    pub people: u32,
    pub groups: usize,
    pub participation: Participation,
    pub review: ReviewTally,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub series: String,
    pub dimensions: Vec<String>,
    /// Oldest first.
    pub points: Vec<Point>,
}

/// The meetings of `series` among `meetings`, oldest first.
pub fn trend<'a>(
    series: &str,
    meetings: impl IntoIterator<Item = &'a Digest>,
    fw: &Framework,
) -> Trend {
    let mut meetings: Vec<&Digest> = meetings
        .into_iter()
        .filter(|s| s.series == series)
        .collect();
    meetings.sort_by_key(|s| s.started);
    let mut dimensions: Vec<String> = fw.dimensions.iter().map(|d| d.id.clone()).collect();
    for s in &meetings {
        for d in &s.dimensions {
            if !dimensions.contains(&d.dimension) {
                dimensions.push(d.dimension.clone());
            }
        }
    }
    let points = meetings
        .iter()
        .map(|s| Point {
            id: s.id.clone(),
            title: s.title.clone(),
            started: s.started,
            levels: dimensions.iter().map(|d| s.agreed_level(d)).collect(),
            spreads: dimensions
                .iter()
                .map(|d| s.dimension(d).and_then(|r| r.spread.clone()))
                .collect(),
            by_group: dimensions
                .iter()
                .map(|d| {
                    s.dimension(d)
                        .map(|r| r.by_group.clone())
                        .unwrap_or_default()
                })
                .collect(),
            voices: s.voices,
            people: s.people,
            groups: s.groups,
            participation: Participation::of(&s.seen, fw),
            review: s.review,
        })
        .collect();
    Trend {
        series: series.to_string(),
        dimensions,
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::{Rating, Session};

    fn meeting(id: &str, day: u32, series: &str, wide: Option<u8>, ratings: &[u8]) -> Digest {
        let fw = Framework::builtin("en");
        let at = chrono::DateTime::parse_from_rfc3339(&format!("2026-0{day}-01T10:00:00+00:00"))
            .unwrap();
        let mut s = Session::new(id.into(), id.into(), at, "en", &fw);
        s.series = series.into();
        s.dimension_mut("wide").agreed_level = wide;
        for (i, &level) in ratings.iter().enumerate() {
            s.dimension_mut("wide").ratings.push(Rating {
                voice: i as u32,
                level,
                reason: String::new(),
            });
        }
        Digest::of(&s)
    }

    #[test]
    fn points_are_oldest_first_and_only_of_the_series() {
        let fw = Framework::builtin("en");
        let all = [
            meeting("c", 5, "S", Some(3), &[2, 3, 4]),
            meeting("a", 1, "S", Some(1), &[]),
            meeting("x", 3, "other", Some(5), &[]),
            meeting("b", 3, "S", None, &[1, 2]),
        ];
        let t = trend("S", &all, &fw);
        let ids: Vec<&str> = t.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(t.points[0].levels[0], Some(1));
        assert_eq!(t.points[1].levels[0], None);
        assert_eq!(
            t.points[2].spreads[0],
            Some(Spread {
                min: 2,
                max: 4,
                mean_tenths: 30,
                count: 3
            })
        );
        assert_eq!(t.points[1].spreads[0].as_ref().unwrap().mean_tenths, 15);
        assert_eq!(t.points[0].spreads[0], None);
    }

    #[test]
    fn a_series_of_one_is_one_point() {
        let fw = Framework::builtin("en");
        let all = [meeting("a", 1, "S", Some(2), &[2])];
        let t = trend("S", &all, &fw);
        assert_eq!(t.points.len(), 1);
        assert_eq!(t.dimensions, ["wide", "systematic", "deep"]);
        assert!(trend("nothing", &all, &fw).points.is_empty());
    }
}
