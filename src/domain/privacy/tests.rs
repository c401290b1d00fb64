use super::*;
use crate::domain::digest::Digest;
use crate::domain::framework::Framework;
use crate::domain::session::*;

fn at(day: u32) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(&format!("2026-01-{day:02}T10:00:00+00:00")).unwrap()
}

fn voice(id: u32, person: u32, name: &str, consent: bool) -> Voice {
    Voice {
        id,
        person,
        kind: VoiceKind::Person,
        name: name.into(),
        group: "women".into(),
        gender: Gender::Woman,
        age_band: "mixed".into(),
        organisation: "Benkadi".into(),
        consent_to_name: consent,
    }
}

fn session() -> Session {
    let fw = Framework::builtin("en");
    let mut s = Session::new("x".into(), "t".into(), at(1), "en", &fw);
    s.facilitators = vec!["Moussa Keïta".into()];
    s.voices = vec![
        voice(1, 1, "Awa Traoré", false),
        voice(2, 2, "Bintou", true),
        voice(3, 3, "Awa", false),
    ];
    s.dimension_mut("wide").contributions.push(Contribution {
        voice: Some(2),
        text: "As AWA traore said, and Awa too".into(),
        phase: None,
        kind: ContributionKind::Observation,
        at: at(1),
    });
    s.dimension_mut("wide").actions.push(Action {
        id: 1,
        text: "Call Bintou".into(),
        owner: "Awa Traoré".into(),
        due: None,
        status: ActionStatus::Open,
    });
    s
}

fn gate_of(sessions: &[&Session]) -> Gate {
    let digests: Vec<Digest> = sessions.iter().map(|s| Digest::of(s)).collect();
    Gate::new(&digests)
}

#[test]
fn names_without_consent_never_leave() {
    let s = session();
    let p = gate_of(&[&s]).session(&s);
    let text = format!("{:?}", p.session());
    assert!(!text.contains("Awa"), "{text}");
    let p = p.session();
    assert_eq!(p.voices[0].name, "P1");
    assert_eq!(p.voices[1].name, "Bintou");
    assert_eq!(p.voices[0].organisation, "Benkadi");
    let c = &p.dimension("wide").unwrap().contributions[0];
    assert_eq!(c.text, "As P1 said, and P3 too");
    assert_eq!(p.dimension("wide").unwrap().actions[0].owner, "P1");
    assert_eq!(p.facilitators, ["Moussa Keïta"]);
}

#[test]
fn names_from_other_meetings_are_withheld_too() {
    let mut s = session();
    s.notes = "Fanta Diarra came last time".into();
    let fw = Framework::builtin("en");
    let mut other = Session::new("y".into(), "other".into(), at(2), "en", &fw);
    other.series = "elsewhere".into();
    other.voices = vec![voice(1, 1, "Fanta Diarra", false)];
    let p = gate_of(&[&s, &other]).session(&s);
    assert_eq!(p.session().notes, "[…] came last time");
}

#[test]
fn anonymize_hides_every_name_and_organisation() {
    let s = session();
    let p = gate_of(&[&s]).anonymized(true).session(&s);
    let text = format!("{:?}", p.session());
    for name in ["Awa", "Bintou", "Moussa", "Benkadi"] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    assert_eq!(p.session().facilitators, ["F1"]);
    assert_eq!(
        p.session().dimension("wide").unwrap().actions[0].text,
        "Call P2"
    );
}

#[test]
fn consent_withdrawn_later_hides_the_name_in_earlier_meetings() {
    let fw = Framework::builtin("en");
    let mut first = Session::new("a".into(), "one".into(), at(1), "en", &fw);
    first.series = "Gao".into();
    first.voices = vec![voice(1, 7, "Mariétou Kéïta", true)];
    first.notes = "Mariétou Kéïta opened the meeting".into();
    let mut later = Session::new("b".into(), "two".into(), at(20), "en", &fw);
    later.series = "Gao".into();
    later.voices = vec![voice(4, 7, "Mariétou Kéïta", false)];
    let gate = gate_of(&[&first, &later]);
    let p = gate.session(&first);
    assert_eq!(
        p.session().voices[0].name,
        "P7",
        "the later refusal governs"
    );
    assert_eq!(p.session().notes, "P7 opened the meeting");
    // The pseudonym is the person's, the same in both meetings.
    assert_eq!(gate.session(&later).session().voices[0].name, "P7");
}

#[test]
fn consent_given_later_lets_the_name_show_in_earlier_meetings() {
    let fw = Framework::builtin("en");
    let mut first = Session::new("a".into(), "one".into(), at(1), "en", &fw);
    first.series = "Gao".into();
    first.voices = vec![voice(1, 7, "Aminata", false)];
    let mut later = Session::new("b".into(), "two".into(), at(20), "en", &fw);
    later.series = "Gao".into();
    later.voices = vec![voice(4, 7, "Aminata", true)];
    let p = gate_of(&[&first, &later]).session(&first);
    assert_eq!(p.session().voices[0].name, "Aminata");
}

#[test]
fn hidden_ratings_stay_inside_and_only_their_count_leaves() {
    let mut s = session();
    for (voice, level) in [(1, 4), (2, 1)] {
        s.dimension_mut("deep").ratings.push(Rating {
            voice,
            level,
            reason: "secret reason".into(),
        });
    }
    s.dimension_mut("wide").ratings.push(Rating {
        voice: 2,
        level: 3,
        reason: "open".into(),
    });
    s.dimension_mut("wide").ratings_revealed = true;
    let gate = gate_of(&[&s]);
    let p = gate.session(&s);
    assert!(p.session().dimension("deep").unwrap().ratings.is_empty());
    assert_eq!(p.hidden_ratings("deep"), Some(2));
    assert_eq!(p.hidden_ratings("wide"), None);
    assert_eq!(p.session().dimension("wide").unwrap().ratings.len(), 1);
    let d = gate.digest(&Digest::of(&s));
    assert_eq!(d.dimension("deep").unwrap().spread, None);
    assert!(d.dimension("wide").unwrap().spread.is_some());
    // Asked for by name, they come through.
    let all = gate.showing_hidden_ratings(true).session(&s);
    assert_eq!(all.session().dimension("deep").unwrap().ratings.len(), 2);
}

#[test]
fn a_title_and_a_place_are_gone_over_too() {
    let mut s = session();
    s.title = "Meeting at Awa Traoré's house".into();
    s.place = "Courtyard of awa traore".into();
    let gate = gate_of(&[&s]);
    let p = gate.session(&s);
    assert_eq!(p.session().title, "Meeting at P1's house");
    assert_eq!(p.session().place, "Courtyard of P1");
    assert_eq!(gate.digest(&Digest::of(&s)).place, "Courtyard of […]");
}

#[test]
fn a_part_of_a_name_is_caught_where_it_is_typed() {
    let s = session();
    let found = names_in(&s, "Traoré said the committee should meet");
    assert_eq!(found, [("Traoré".to_string(), "P1".to_string())]);
    assert_eq!(
        pseudonymise(&s, "TRAORE and awa said so"),
        "P1 and P3 said so"
    );
    assert!(names_in(&s, "Bintou agreed").is_empty(), "Bintou consented");
}

#[test]
fn a_groups_words_and_the_particles_of_names_are_not_flagged() {
    let mut s = session();
    s.voices.push(Voice {
        kind: VoiceKind::Group { headcount: 9 },
        ..voice(4, 4, "Jeunes de Pélengana", false)
    });
    s.voices.push(voice(5, 5, "Fatima ag Alhassane", false));
    assert!(names_in(&s, "Inviter les jeunes de la commune").is_empty());
    assert_eq!(
        names_in(&s, "ag Alhassane came"),
        [("Alhassane".to_string(), "P5".to_string())]
    );
    assert_eq!(
        pseudonymise(&s, "Jeunes de Pélengana"),
        "P4",
        "the whole group name"
    );
}
