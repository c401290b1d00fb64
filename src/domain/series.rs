//! A series: the meetings of one intervention or community, and the people who come
//! back from one to the next. A person keeps a number across the series (the voice's
//! `person`), which is also the number of their pseudonym.

use std::collections::HashMap;

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
    let mut next = meetings
        .iter()
        .flat_map(|m| m.met())
        .map(|(_, p, _, _)| p)
        .max()
        .unwrap_or(0)
        + 1;
    // The persons seen so far under each (name, group), oldest first.
    let mut known: HashMap<(String, String), Vec<u32>> = HashMap::new();
    let mut out = Vec::new();
    for m in meetings {
        let voices = m.met();
        let mut here: HashMap<(String, &str), usize> = HashMap::new();
        for (_, _, name, group) in &voices {
            *here.entry((name.trim().to_string(), *group)).or_insert(0) += 1;
        }
        for (voice, person, name, group) in &voices {
            let key = (name.trim().to_string(), (*group).to_string());
            let same_here = here[&(key.0.clone(), *group)];
            let person = if *person > 0 {
                *person
            } else {
                match known.get(&key).map(Vec::as_slice) {
                    Some([one]) if same_here == 1 && !key.0.is_empty() => *one,
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
                voice: *voice,
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
    fn numbers_already_given_are_kept_and_new_ones_come_after() {
        let a = meeting("a", &[(1, 4, "Awa", "women")]);
        let b = meeting("b", &[(1, 4, "Awa T.", "women"), (2, 0, "Sidi", "youth")]);
        let links = link(&[&a, &b]);
        assert_eq!(person(&links, "b", 1), 4);
        assert_eq!(person(&links, "b", 2), 5);
    }
}
