//! Plain computations over a session: who was there, by group, gender and age.

use std::collections::BTreeMap;

use super::session::{Gender, Session, Voice};

/// (stakeholder group id, voices, people) in the order groups first appear.
pub fn by_group(s: &Session) -> Vec<(&str, usize, u32)> {
    let mut out: Vec<(&str, usize, u32)> = Vec::new();
    for v in &s.voices {
        match out.iter_mut().find(|(g, _, _)| *g == v.group) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 += v.headcount();
            }
            None => out.push((&v.group, 1, v.headcount())),
        }
    }
    out
}

/// People by gender.
pub fn by_gender(s: &Session) -> BTreeMap<Gender, u32> {
    let mut out = BTreeMap::new();
    for v in &s.voices {
        *out.entry(v.gender).or_insert(0) += v.headcount();
    }
    out
}

/// People by age band id.
pub fn by_age(s: &Session) -> BTreeMap<&str, u32> {
    let mut out = BTreeMap::new();
    for v in &s.voices {
        *out.entry(v.age_band.as_str()).or_insert(0) += v.headcount();
    }
    out
}

/// The framework's stakeholder groups nobody in the room belongs to: the evidence
/// for the "wide" dimension.
pub fn absent_groups<'a>(s: &Session, groups: &'a [super::framework::Choice]) -> Vec<&'a str> {
    groups
        .iter()
        .filter(|g| !s.voices.iter().any(|v| v.group == g.id))
        .map(|g| g.id.as_str())
        .collect()
}

/// How a voice is shown outside the session file: its name only with consent,
/// otherwise a stable pseudonym from its id.
pub fn public_name(v: &Voice) -> String {
    if v.consent_to_name && !v.name.trim().is_empty() {
        v.name.clone()
    } else {
        format!("P{}", v.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::Framework;
    use crate::domain::session::VoiceKind;

    fn voice(id: u32, group: &str, gender: Gender, kind: VoiceKind, consent: bool) -> Voice {
        Voice {
            id,
            person: id,
            kind,
            name: format!("Name {id}"),
            group: group.into(),
            gender,
            age_band: "25-34".into(),
            organisation: String::new(),
            consent_to_name: consent,
        }
    }

    fn session() -> Session {
        let fw = Framework::builtin("en");
        let mut s = Session::new(
            "id".into(),
            "t".into(),
            chrono::DateTime::parse_from_rfc3339("2026-01-01T10:00:00+00:00").unwrap(),
            "en",
            &fw,
        );
        s.voices = vec![
            voice(
                1,
                "women",
                Gender::Woman,
                VoiceKind::Group { headcount: 9 },
                true,
            ),
            voice(2, "cso", Gender::Man, VoiceKind::Person, false),
            voice(3, "women", Gender::Woman, VoiceKind::Person, false),
        ];
        s
    }

    #[test]
    fn groups_count_voices_and_people() {
        assert_eq!(by_group(&session()), vec![("women", 2, 10), ("cso", 1, 1)]);
    }

    #[test]
    fn gender_and_age_count_people() {
        let s = session();
        assert_eq!(by_gender(&s)[&Gender::Woman], 10);
        assert_eq!(by_gender(&s)[&Gender::Man], 1);
        assert_eq!(by_age(&s)["25-34"], 11);
    }

    #[test]
    fn absent_groups_are_those_with_no_voice() {
        let fw = Framework::builtin("en");
        let absent = absent_groups(&session(), &fw.stakeholder_groups);
        assert_eq!(absent.len(), 10);
        assert!(!absent.contains(&"women"));
        assert!(absent.contains(&"un-mission"));
    }

    #[test]
    fn names_need_consent() {
        let s = session();
        assert_eq!(public_name(&s.voices[0]), "Name 1");
        assert_eq!(public_name(&s.voices[1]), "P2");
    }
}
