//! What the lists need to know of a session, without the session: the home screen,
//! `toguna list`, the trend of a series and the names to withhold are all drawn from
//! digests, so years of meetings can be listed without parsing each of them again.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::session::{ActionStatus, Gender, Session, Status};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    pub id: String,
    pub title: String,
    pub series: String,
    pub place: String,
    pub started: DateTime<FixedOffset>,
    pub status: Status,
    /// In the order the session recorded them.
    pub dimensions: Vec<DimensionDigest>,
    pub voices: usize,
    pub people: u32,
    /// Distinct stakeholder groups among the voices.
    pub groups: usize,
    pub contributions: usize,
    pub actions: usize,
    /// Names of voices that did not consent to be named: they are withheld wherever
    /// they are quoted, in this meeting or another.
    pub withheld: Vec<String>,
    /// Who was there, as the privacy gate needs it across a series (consent follows
    /// the person, and the latest meeting's says) and as participation counts it.
    pub seen: Vec<Seen>,
    /// What this meeting's review said of the actions it reviewed.
    pub review: ReviewTally,
    /// The due dates of the actions still open after this meeting (its own, and those
    /// it reviewed as still open or in progress).
    pub open_due: Vec<Option<NaiveDate>>,
}

/// How many actions a meeting reviewed, and what it found of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewTally {
    pub reviewed: u32,
    pub done: u32,
    pub in_progress: u32,
    pub dropped: u32,
}

impl ReviewTally {
    pub fn of(s: &Session) -> ReviewTally {
        let mut t = ReviewTally::default();
        for r in &s.action_review {
            t.reviewed += 1;
            match r.status {
                ActionStatus::Done => t.done += 1,
                ActionStatus::InProgress => t.in_progress += 1,
                ActionStatus::Dropped => t.dropped += 1,
                ActionStatus::Open => {}
            }
        }
        t
    }

    /// The share of reviewed actions found done, in percent; none when none was
    /// reviewed.
    pub fn completion(&self) -> Option<u32> {
        super::indicators::percent(self.done, self.reviewed)
    }
}

/// A voice as the series knows it: who (the person number, 0 in a file of format 1),
/// as whom, of which group, and whether they agreed to be named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub voice: u32,
    pub person: u32,
    pub name: String,
    pub group: String,
    pub consent: bool,
    pub headcount: u32,
    pub gender: Gender,
    pub age_band: String,
    pub organisation: String,
    /// A group speaking as one (its headcount is how many it is), not a person.
    pub is_group: bool,
}

impl Seen {
    /// The voice this person or group is at a new meeting, as `id`.
    pub fn voice(&self, id: u32) -> super::session::Voice {
        super::session::Voice {
            id,
            person: self.person,
            kind: if self.is_group {
                super::session::VoiceKind::Group {
                    headcount: self.headcount,
                }
            } else {
                super::session::VoiceKind::Person
            },
            name: self.name.clone(),
            group: self.group.clone(),
            gender: self.gender,
            age_band: self.age_band.clone(),
            organisation: self.organisation.clone(),
            consent_to_name: self.consent,
        }
    }
}

/// How one stakeholder group rated a dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRating {
    pub group: String,
    pub spread: Spread,
}

/// How the individual ratings of a dimension spread: lowest, highest, mean, how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    pub min: u8,
    pub max: u8,
    /// Mean rating in tenths (23 = 2.3), so the type stays exact and comparable.
    pub mean_tenths: u32,
    pub count: usize,
}

impl Spread {
    pub fn of(levels: impl Iterator<Item = u8>) -> Option<Spread> {
        let v: Vec<u8> = levels.collect();
        let min = *v.iter().min()?;
        let max = *v.iter().max()?;
        let sum: u32 = v.iter().map(|&l| u32::from(l)).sum();
        let n = v.len() as u32;
        Some(Spread {
            min,
            max,
            mean_tenths: (sum * 10 + n / 2) / n,
            count: v.len(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionDigest {
    pub dimension: String,
    pub agreed_level: Option<u8>,
    /// Of the individual ratings; none when nobody rated.
    pub spread: Option<Spread>,
    /// Whether the room has seen the ratings: until then the spread stays inside.
    #[serde(default)]
    pub revealed: bool,
    /// The spread of each stakeholder group's ratings, by group id.
    pub by_group: Vec<GroupRating>,
}

impl Digest {
    pub fn of(s: &Session) -> Digest {
        Digest {
            id: s.id.clone(),
            title: s.title.clone(),
            series: s.series.clone(),
            place: s.place.clone(),
            started: s.started,
            status: s.status,
            dimensions: s
                .dimensions
                .iter()
                .map(|d| DimensionDigest {
                    dimension: d.dimension.clone(),
                    agreed_level: d.agreed_level,
                    spread: Spread::of(d.ratings.iter().map(|r| r.level)),
                    revealed: d.ratings_revealed,
                    by_group: by_group(s, &d.dimension),
                })
                .collect(),
            voices: s.voices.len(),
            people: s.headcount(),
            groups: s
                .voices
                .iter()
                .map(|v| &v.group)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            contributions: s.dimensions.iter().map(|d| d.contributions.len()).sum(),
            actions: s.dimensions.iter().map(|d| d.actions.len()).sum(),
            withheld: withheld_of(s),
            seen: seen_of(s),
            review: ReviewTally::of(s),
            open_due: s
                .all_actions()
                .map(|(_, a)| (a.status, a.due))
                .chain(s.action_review.iter().map(|r| (r.status, r.due)))
                .filter(|(status, _)| status.is_open())
                .map(|(_, due)| due)
                .collect(),
        }
    }

    /// How many of the actions open after this meeting were due before `on`.
    pub fn overdue(&self, on: NaiveDate) -> usize {
        self.open_due
            .iter()
            .filter(|d| d.is_some_and(|d| d < on))
            .count()
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionDigest> {
        self.dimensions.iter().find(|d| d.dimension == id)
    }

    pub fn agreed_level(&self, dimension: &str) -> Option<u8> {
        self.dimension(dimension).and_then(|d| d.agreed_level)
    }
}

/// The voices of `s` as a series knows them.
pub fn seen_of(s: &Session) -> Vec<Seen> {
    s.voices
        .iter()
        .map(|v| Seen {
            voice: v.id,
            person: v.person,
            name: v.name.clone(),
            group: v.group.clone(),
            consent: v.consent_to_name,
            headcount: v.headcount(),
            gender: v.gender,
            age_band: v.age_band.clone(),
            organisation: v.organisation.clone(),
            is_group: matches!(v.kind, super::session::VoiceKind::Group { .. }),
        })
        .collect()
}

/// Each stakeholder group's ratings of `dimension` at `s`, by group id.
pub fn by_group(s: &Session, dimension: &str) -> Vec<GroupRating> {
    let mut levels: std::collections::BTreeMap<&str, Vec<u8>> = std::collections::BTreeMap::new();
    if let Some(d) = s.dimension(dimension) {
        for r in &d.ratings {
            if let Some(v) = s.voice(r.voice) {
                levels.entry(&v.group).or_default().push(r.level);
            }
        }
    }
    levels
        .into_iter()
        .filter_map(|(g, l)| {
            Spread::of(l.into_iter()).map(|spread| GroupRating {
                group: g.to_string(),
                spread,
            })
        })
        .collect()
}

/// The names of `s`'s voices that did not consent to be named. Names shorter than two
/// letters are not withheld in free text: replacing every "A" would make the text
/// unreadable and hide nothing.
pub fn withheld_of(s: &Session) -> Vec<String> {
    let mut names: Vec<String> = s
        .voices
        .iter()
        .filter(|v| !v.consent_to_name && v.name.trim().chars().count() >= 2)
        .map(|v| v.name.trim().to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The names withheld in any of `digests`, sorted and without repeats.
pub fn withheld_names<'a>(digests: impl IntoIterator<Item = &'a Digest>) -> Vec<String> {
    let mut names: Vec<String> = digests
        .into_iter()
        .flat_map(|d| d.withheld.iter().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::Framework;
    use crate::domain::session::{
        Contribution, ContributionKind, Gender, Rating, Voice, VoiceKind,
    };

    #[test]
    fn a_digest_counts_and_withholds_what_the_session_holds() {
        let fw = Framework::builtin("en");
        let at = DateTime::parse_from_rfc3339("2026-03-01T10:00:00+00:00").unwrap();
        let mut s = Session::new("abc".into(), "T".into(), at, "en", &fw);
        for (id, name, consent, kind) in [
            (1, "Awa", false, VoiceKind::Person),
            (2, "Moussa", true, VoiceKind::Person),
            (
                3,
                "Women's group",
                false,
                VoiceKind::Group { headcount: 12 },
            ),
            (4, "A", false, VoiceKind::Person),
        ] {
            s.voices.push(Voice {
                id,
                person: id,
                kind,
                name: name.into(),
                group: if id == 3 {
                    "women".into()
                } else {
                    "community".into()
                },
                gender: Gender::Unspecified,
                age_band: String::new(),
                organisation: String::new(),
                consent_to_name: consent,
            });
        }
        let wide = s.dimension_mut("wide");
        wide.agreed_level = Some(2);
        wide.ratings = [1, 4]
            .iter()
            .map(|&level| Rating {
                voice: 1,
                level,
                reason: String::new(),
            })
            .collect();
        wide.contributions.push(Contribution {
            voice: Some(1),
            text: "x".into(),
            phase: None,
            kind: ContributionKind::Observation,
            at,
        });
        let d = Digest::of(&s);
        assert_eq!(d.people, 15);
        assert_eq!(d.voices, 4);
        assert_eq!(d.groups, 2);
        assert_eq!(d.contributions, 1);
        assert_eq!(d.agreed_level("wide"), Some(2));
        assert_eq!(d.agreed_level("deep"), None);
        assert_eq!(d.dimension("wide").unwrap().spread.as_ref().unwrap().max, 4);
        assert_eq!(d.withheld, ["Awa", "Women's group"]);
    }
}
