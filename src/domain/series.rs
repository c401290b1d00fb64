//! A series: the meetings of one intervention or community, and the people who come
//! back from one to the next. A person keeps a number across the series (the voice's
//! `person`), which is also the number of their pseudonym.

use std::collections::HashMap;

use super::digest::{Digest, Seen};
use super::session::{ActionReview, ActionStatus, ReviewStep, Session};

/// The identity of a voice within its series: the person number it carries, or for a
/// file of format 1, the one its link gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub session: String,
    pub voice: u32,
    pub person: u32,
}

/// What linking needs of a voice, from a session or from its digest.
pub trait Met {
    fn session_id(&self) -> &str;
    /// (voice id, person number or 0, name, stakeholder group), in the meeting's order.
    fn met(&self) -> Vec<(u32, u32, &str, &str)>;
}

impl Met for Session {
    fn session_id(&self) -> &str {
        &self.id
    }

    fn met(&self) -> Vec<(u32, u32, &str, &str)> {
        self.voices
            .iter()
            .map(|v| (v.id, v.person, v.name.as_str(), v.group.as_str()))
            .collect()
    }
}

impl Met for super::digest::Digest {
    fn session_id(&self) -> &str {
        &self.id
    }

    fn met(&self) -> Vec<(u32, u32, &str, &str)> {
        self.seen
            .iter()
            .map(|v| (v.voice, v.person, v.name.as_str(), v.group.as_str()))
            .collect()
    }
}

/// The person numbers of every voice of `meetings` (one series, oldest first). A voice
/// that has a number keeps it. One without (a file of format 1) takes the number of the
/// voice of an earlier meeting with the same name and stakeholder group, where that
/// match is certain (one such voice), and otherwise a number of its own.
pub fn link<M: Met>(meetings: &[&M]) -> Vec<Link> {
    let met: Vec<_> = meetings.iter().map(|m| m.met()).collect();
    let mut next = met
        .iter()
        .flatten()
        .map(|(_, p, _, _)| *p)
        .max()
        .unwrap_or(0)
        + 1;
    // The persons seen so far under each (name, group), oldest first. Keyed by what is
    // borrowed: a long series has thousands of voices, linked at each listing.
    let mut known: HashMap<(&str, &str), Vec<u32>> = HashMap::new();
    let mut out = Vec::with_capacity(met.iter().map(Vec::len).sum());
    for (m, voices) in meetings.iter().zip(&met) {
        // How many share a (name, group) here matters only to a voice with no number.
        let mut here: HashMap<(&str, &str), usize> = HashMap::new();
        if voices.iter().any(|(_, person, _, _)| *person == 0) {
            for (_, _, name, group) in voices {
                *here.entry((name.trim(), *group)).or_insert(0) += 1;
            }
        }
        for &(voice, person, name, group) in voices {
            let key = (name.trim(), group);
            let person = if person > 0 {
                person
            } else {
                match known.get(&key).map(Vec::as_slice) {
                    Some([one]) if here[&key] == 1 && !key.0.is_empty() => *one,
                    _ => {
                        next += 1;
                        next - 1
                    }
                }
            };
            let seen = known.entry(key).or_default();
            if !seen.contains(&person) {
                seen.push(person);
            }
            out.push(Link {
                session: m.session_id().to_string(),
                voice,
                person,
            });
        }
    }
    out
}

/// The actions a new meeting of a series reviews: those still open or in progress after
/// the previous meeting's review (reviewed again, their story carried on), then the
/// previous meeting's own open actions.
pub fn actions_to_review(previous: &Session) -> Vec<ActionReview> {
    let date = previous.started.date_naive();
    let mut out: Vec<ActionReview> = previous
        .action_review
        .iter()
        .filter(|r| r.status.is_open())
        .map(|r| {
            let mut history = r.history.clone();
            history.push(ReviewStep {
                session: previous.id.clone(),
                date,
                status: r.status,
                note: r.note.clone(),
            });
            ActionReview {
                status: ActionStatus::Open,
                note: String::new(),
                history,
                ..r.clone()
            }
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
                due: a.due,
                status: ActionStatus::Open,
                note: String::new(),
                agreed: Some(date),
                history: Vec::new(),
            });
        }
    }
    out
}

/// Gives the voices of `s` their person numbers from `links`, where they have none.
/// Says whether anything changed.
pub fn apply(s: &mut Session, links: &[Link]) -> bool {
    let mut changed = false;
    for v in s.voices.iter_mut().filter(|v| v.person == 0) {
        if let Some(l) = links.iter().find(|l| l.session == s.id && l.voice == v.id) {
            v.person = l.person;
            changed = true;
        }
    }
    changed
}

/// The people of a series who are not (yet) at `this` meeting: the latest record of
/// each person of its other meetings, the most recent meeting's people first, so that
/// the roster of a new meeting reads as the room last looked.
pub fn roster(meetings: &[&Digest], this: &Session) -> Vec<Seen> {
    absent(&everyone(meetings, &this.id), this)
}

/// Every person of a series' meetings other than `this_id`, as last seen, the most
/// recent meeting's people first.
pub fn everyone(meetings: &[&Digest], this_id: &str) -> Vec<Seen> {
    let mut others: Vec<&Digest> = meetings
        .iter()
        .copied()
        .filter(|m| m.id != this_id)
        .collect();
    others.sort_by_key(|m| std::cmp::Reverse(m.started));
    let oldest_first: Vec<&Digest> = others.iter().rev().copied().collect();
    let links = link(&oldest_first);
    let mut out: Vec<Seen> = Vec::new();
    for m in others {
        for v in &m.seen {
            let person = links
                .iter()
                .find(|l| l.session == m.id && l.voice == v.voice)
                .map_or(v.person, |l| l.person);
            if !out.iter().any(|o| o.person == person) {
                out.push(Seen {
                    person,
                    ..v.clone()
                });
            }
        }
    }
    out
}

/// Those of `everyone` who are not among `s`'s voices.
pub fn absent(everyone: &[Seen], s: &Session) -> Vec<Seen> {
    everyone
        .iter()
        .filter(|p| !s.voices.iter().any(|v| v.person == p.person))
        .cloned()
        .collect()
}

/// The title a next meeting is offered: the previous one with its last number one
/// more ("meeting 2" → "meeting 3"), or, with no number, the previous title.
pub fn next_title(previous: &str) -> String {
    let digits: Vec<(usize, char)> = previous.char_indices().collect();
    let Some(end) = digits.iter().rposition(|(_, c)| c.is_ascii_digit()) else {
        return previous.to_string();
    };
    let mut start = end;
    while start > 0 && digits[start - 1].1.is_ascii_digit() {
        start -= 1;
    }
    let (from, to) = (digits[start].0, digits[end].0 + 1);
    match previous[from..to].parse::<u64>() {
        // A year is not a meeting's number.
        Ok(n) if to - from < 4 => format!("{}{}{}", &previous[..from], n + 1, &previous[to..]),
        _ => previous.to_string(),
    }
}

/// The next meeting of `previous`'s series, held `at`: its series, intervention, place,
/// facilitators and language carried, the actions still open to review; who comes is
/// marked from the series' roster.
pub fn next_meeting(
    previous: &Session,
    id: String,
    at: chrono::DateTime<chrono::FixedOffset>,
    fw: &super::framework::Framework,
) -> Session {
    let mut s = Session::new(id, next_title(&previous.title), at, &previous.language, fw);
    s.series.clone_from(&previous.series);
    s.intervention.clone_from(&previous.intervention);
    s.place.clone_from(&previous.place);
    s.facilitators.clone_from(&previous.facilitators);
    s.action_review = actions_to_review(previous);
    s
}

/// The next person number free in a series whose voices carry `taken`.
pub fn next_person(taken: impl IntoIterator<Item = u32>) -> u32 {
    taken.into_iter().max().unwrap_or(0) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::Framework;
    use crate::domain::session::{Gender, Voice, VoiceKind};

    fn meeting(id: &str, voices: &[(u32, u32, &str, &str)]) -> Session {
        let fw = Framework::builtin("en");
        let at = chrono::DateTime::parse_from_rfc3339("2026-01-01T10:00:00+00:00").unwrap();
        let mut s = Session::new(id.into(), id.into(), at, "en", &fw);
        for (vid, person, name, group) in voices {
            s.voices.push(Voice {
                id: *vid,
                person: *person,
                kind: VoiceKind::Person,
                name: (*name).into(),
                group: (*group).into(),
                gender: Gender::Unspecified,
                age_band: String::new(),
                organisation: String::new(),
                consent_to_name: false,
            });
        }
        s
    }

    fn person(links: &[Link], session: &str, voice: u32) -> u32 {
        links
            .iter()
            .find(|l| l.session == session && l.voice == voice)
            .unwrap()
            .person
    }

    #[test]
    fn a_format_1_series_is_linked_only_where_the_match_is_certain() {
        let a = meeting(
            "a",
            &[
                (1, 0, "Awa", "women"),
                (2, 0, "Moussa", "youth"),
                (3, 0, "Jeunes", "youth"),
            ],
        );
        let b = meeting(
            "b",
            &[
                (1, 0, "Moussa", "youth"),
                (2, 0, "Awa", "cso"),
                (5, 0, "Jeunes", "youth"),
                (6, 0, "Jeunes", "youth"),
            ],
        );
        let links = link(&[&a, &b]);
        assert_eq!(
            person(&links, "b", 1),
            person(&links, "a", 2),
            "same name, same group"
        );
        assert_ne!(
            person(&links, "b", 2),
            person(&links, "a", 1),
            "another group: not certain"
        );
        // Two voices of the same name and group in one meeting: neither is linked.
        assert_ne!(person(&links, "b", 5), person(&links, "a", 3));
        assert_ne!(person(&links, "b", 6), person(&links, "a", 3));
        assert_ne!(person(&links, "b", 5), person(&links, "b", 6));
    }

    #[test]
    fn a_next_meeting_is_offered_the_next_number() {
        assert_eq!(
            next_title("Mopti — meeting 2 (example)"),
            "Mopti — meeting 3 (example)"
        );
        assert_eq!(next_title("Réunion 9"), "Réunion 10");
        assert_eq!(next_title("Gao 2025, réunion 12"), "Gao 2025, réunion 13");
        assert_eq!(
            next_title("Bilan 2025"),
            "Bilan 2025",
            "a year is not a number to raise"
        );
        assert_eq!(next_title("Dialogue"), "Dialogue");
        assert_eq!(next_title("Réunion ٣ — ⵜⴰⵎⴰ 1"), "Réunion ٣ — ⵜⴰⵎⴰ 2");
    }

    #[test]
    fn the_roster_is_everyone_of_the_series_not_here_most_recent_first() {
        let mut a = meeting("a", &[(1, 1, "Awa", "women"), (2, 2, "Moussa", "youth")]);
        let mut b = meeting(
            "b",
            &[(1, 2, "Moussa K.", "youth"), (2, 3, "Sidi", "leaders")],
        );
        a.started = chrono::DateTime::parse_from_rfc3339("2026-01-01T10:00:00+00:00").unwrap();
        b.started = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00+00:00").unwrap();
        let (da, db) = (Digest::of(&a), Digest::of(&b));
        let mut now = meeting("c", &[(1, 3, "Sidi", "leaders")]);
        now.started = chrono::DateTime::parse_from_rfc3339("2026-06-01T10:00:00+00:00").unwrap();
        let r = roster(&[&da, &db, &Digest::of(&now)], &now);
        let names: Vec<&str> = r.iter().map(|v| v.name.as_str()).collect();
        // Moussa as last seen, then Awa; Sidi is here already.
        assert_eq!(names, ["Moussa K.", "Awa"]);
        assert_eq!(
            r[0].voice(7).person,
            2,
            "a returning voice keeps its person"
        );
    }

    #[test]
    fn a_next_meeting_carries_the_set_up_and_the_open_actions() {
        let fw = Framework::builtin("fr");
        let mut prev = meeting("a", &[(1, 1, "Awa", "women")]);
        prev.title = "Ségou — réunion 2".into();
        prev.series = "Ségou".into();
        prev.intervention = "Cohésion".into();
        prev.place = "Mairie".into();
        prev.facilitators = vec!["Fatoumata".into()];
        prev.language = "fr".into();
        prev.dimension_mut("wide")
            .actions
            .push(crate::domain::session::Action {
                id: 1,
                text: "Inviter les éleveurs".into(),
                owner: "Awa".into(),
                due: None,
                status: ActionStatus::Open,
            });
        let at = chrono::DateTime::parse_from_rfc3339("2026-09-01T09:00:00+00:00").unwrap();
        let s = next_meeting(&prev, "new".into(), at, &fw);
        assert_eq!(s.title, "Ségou — réunion 3");
        assert_eq!(
            (s.series.as_str(), s.intervention.as_str(), s.place.as_str()),
            ("Ségou", "Cohésion", "Mairie")
        );
        assert_eq!(s.facilitators, ["Fatoumata"]);
        assert_eq!(s.started, at);
        assert!(s.voices.is_empty(), "who came is marked, not assumed");
        assert_eq!(s.action_review.len(), 1);
        assert_eq!(s.action_review[0].agreed, Some(prev.started.date_naive()));
    }

    #[test]
    fn numbers_already_given_are_kept_and_new_ones_come_after() {
        let a = meeting("a", &[(1, 4, "Awa", "women")]);
        let b = meeting("b", &[(1, 4, "Awa T.", "women"), (2, 0, "Sidi", "youth")]);
        let links = link(&[&a, &b]);
        assert_eq!(person(&links, "b", 1), 4);
        assert_eq!(person(&links, "b", 2), 5);
    }
}
