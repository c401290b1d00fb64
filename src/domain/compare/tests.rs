use super::*;
use crate::domain::session::*;

fn at(day: u32) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(&format!("2026-01-{day:02}T10:00:00+00:00")).unwrap()
}

fn voice(id: u32, person: u32, group: &str, gender: Gender, kind: VoiceKind) -> Voice {
    Voice {
        id,
        person,
        kind,
        name: format!("Name {person}"),
        group: group.into(),
        gender,
        age_band: "25-34".into(),
        organisation: String::new(),
        consent_to_name: false,
    }
}

fn meeting(id: &str, day: u32) -> Session {
    let fw = Framework::builtin("en");
    let mut s = Session::new(id.into(), id.into(), at(day), "en", &fw);
    s.series = "Mopti".into();
    s
}

fn pair() -> (Session, Session, Framework) {
    let fw = Framework::builtin("en");
    let mut a = meeting("a", 1);
    let mut b = meeting("b", 20);
    a.voices = vec![
        voice(1, 1, "women", Gender::Woman, VoiceKind::Person),
        voice(2, 2, "local-authority", Gender::Man, VoiceKind::Person),
    ];
    b.voices = vec![
        voice(
            1,
            1,
            "women",
            Gender::Woman,
            VoiceKind::Group { headcount: 6 },
        ),
        voice(2, 3, "youth", Gender::Man, VoiceKind::Person),
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
        due: None,
        status: ActionStatus::Done,
        note: "two youth groups came".into(),
        agreed: None,
        history: Vec::new(),
    });
    (a, b, fw)
}

#[test]
fn levels_and_their_change() {
    let (a, b, fw) = pair();
    let c = compare(&a, &b, &[], &fw);
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
    assert!(c.same_series);
}

#[test]
fn people_are_counted_in_people_and_followed_by_person() {
    let (a, b, fw) = pair();
    let c = compare(&a, &b, &[], &fw);
    let p = &c.people;
    assert_eq!(
        (p.before.people, p.after.people),
        (2, 7),
        "a group of 6 counts 6"
    );
    assert_eq!(p.before.by_gender[&Gender::Woman], 1);
    assert_eq!(p.after.by_gender[&Gender::Woman], 6);
    assert_eq!(
        p.returning.people, 6,
        "the women came back, as a group of six"
    );
    assert_eq!(p.new.by_group.get("youth"), Some(&1));
    assert_eq!(p.missing.by_group.get("local-authority"), Some(&1));
    assert_eq!(p.groups_new, ["youth"]);
    assert_eq!(p.groups_gone, ["local-authority"]);
}

#[test]
fn every_earlier_action_has_a_fate() {
    let (a, b, fw) = pair();
    let c = compare(&a, &b, &[], &fw);
    assert_eq!(c.actions.len(), 2);
    assert_eq!(c.actions[0].status, Some(ActionStatus::Done));
    assert_eq!(c.actions[0].note, "two youth groups came");
    assert_eq!(c.actions[1].status, None, "not reviewed");
}

#[test]
fn an_action_closed_at_a_meeting_between_keeps_its_fate() {
    let (a, mut b, fw) = pair();
    // b reviewed action 2 as in progress, c (later) as done; compare a with c.
    b.action_review.push(ActionReview {
        session: "a".into(),
        dimension: "wide".into(),
        action: 2,
        text: "monthly meeting".into(),
        owner: "committee".into(),
        due: None,
        status: ActionStatus::InProgress,
        note: "met twice".into(),
        agreed: None,
        history: Vec::new(),
    });
    let mut c3 = meeting("c", 30);
    c3.action_review.push(ActionReview {
        status: ActionStatus::Done,
        note: "monthly now".into(),
        ..b.action_review[1].clone()
    });
    let c = compare(&a, &c3, &[&b], &fw);
    let invite = &c.actions[0];
    assert_eq!(
        invite.status,
        Some(ActionStatus::Done),
        "closed at b, not reviewed at c"
    );
    let monthly = &c.actions[1];
    let statuses: Vec<_> = monthly.steps.iter().map(|s| s.1).collect();
    assert_eq!(statuses, [ActionStatus::InProgress, ActionStatus::Done]);
}

#[test]
fn the_group_that_disagrees_most_comes_first() {
    let (a, mut b, fw) = pair();
    b.voices
        .push(voice(3, 4, "un-mission", Gender::Man, VoiceKind::Person));
    let wide = b.dimension_mut("wide");
    wide.ratings_revealed = true;
    for (voice, level) in [(1, 3), (2, 2), (3, 5)] {
        wide.ratings.push(Rating {
            voice,
            level,
            reason: String::new(),
        });
    }
    let c = compare(&a, &b, &[], &fw);
    let gap = c.gaps.iter().find(|g| g.dimension == "wide").unwrap();
    let order: Vec<&str> = gap.groups.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(order, ["un-mission", "youth", "women"]);
    assert_eq!(gap.agreed, Some(3));
}

#[test]
fn what_was_said_is_counted_by_kind_with_the_new_in_full() {
    let (a, mut b, fw) = pair();
    for (text, kind) in [
        ("o", ContributionKind::Observation),
        ("e", ContributionKind::Evidence),
    ] {
        b.dimension_mut("wide").contributions.push(Contribution {
            voice: None,
            text: text.into(),
            phase: None,
            kind,
            at: at(20),
        });
    }
    let c = compare(&a, &b, &[], &fw);
    let wide = c.said.iter().find(|s| s.dimension == "wide").unwrap();
    assert!(wide.kinds.contains(&(ContributionKind::Observation, 1, 1)));
    assert!(wide.kinds.contains(&(ContributionKind::Evidence, 0, 1)));
    assert_eq!(wide.new[0].text, "e", "evidence first");
}

#[test]
fn meetings_of_different_series_say_so() {
    let (a, mut b, fw) = pair();
    b.series = "Gao".into();
    assert!(!compare(&a, &b, &[], &fw).same_series);
}

#[test]
fn dimensions_missing_from_one_side_or_the_framework_still_compare() {
    let (mut a, mut b, fw) = pair();
    a.dimensions.retain(|d| d.dimension != "deep");
    b.dimension_mut("resilience").agreed_level = Some(4);
    let c = compare(&a, &b, &[], &fw);
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
