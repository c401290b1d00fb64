//! `compare` and `trend` on a series built for the purpose, through the real binary: a
//! group that joins, a person who leaves (and never gave their name), a group that
//! disagrees with the agreed level. What a reader must see is asserted word for word.

#[path = "common/common.rs"]
mod common;

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use toguna::domain::framework::Framework;
use toguna::domain::session::*;

fn at(month: u32) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-{month:02}-10T09:00:00+00:00")).unwrap()
}

fn voice(id: u32, name: &str, group: &str, gender: Gender, kind: VoiceKind) -> Voice {
    Voice {
        id,
        person: id,
        kind,
        name: name.into(),
        group: group.into(),
        gender,
        age_band: if group == "youth" { "18-24" } else { "35-59" }.into(),
        organisation: String::new(),
        consent_to_name: name != "Oumar Traoré",
    }
}

fn awa() -> Voice {
    voice(
        1,
        "Awa Coulibaly",
        "women",
        Gender::Woman,
        VoiceKind::Person,
    )
}
fn oumar() -> Voice {
    voice(
        2,
        "Oumar Traoré",
        "local-authority",
        Gender::Man,
        VoiceKind::Person,
    )
}
fn youth() -> Voice {
    let kind = VoiceKind::Group { headcount: 5 };
    voice(3, "Jeunes de Sévaré", "youth", Gender::Mixed, kind)
}

/// A meeting of the series "Sévaré": its voices, the agreed level of "wide" and the
/// revealed ratings (voice, level) behind it.
fn meeting(n: u32, voices: Vec<Voice>, agreed: u8, ratings: &[(u32, u8)]) -> Session {
    let fw = Framework::builtin("en");
    let id = format!("{n:08x}aaaabbbbccccddddeeeeffff");
    let mut s = Session::new(id, format!("Sévaré {n}"), at(n * 3), "en", &fw);
    s.series = "Sévaré dialogue".into();
    s.voices = voices;
    s.status = Status::Finished;
    s.ended = Some(at(n * 3) + chrono::Duration::hours(3));
    let wide = s.dimension_mut("wide");
    wide.agreed_level = Some(agreed);
    wide.ratings_revealed = true;
    for &(voice, level) in ratings {
        wide.ratings.push(Rating {
            voice,
            level,
            reason: String::new(),
        });
    }
    s
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = toguna::store::Store::open(dir.path()).unwrap();
    let meetings = [
        meeting(1, vec![awa(), oumar()], 2, &[(1, 2), (2, 3)]),
        // The youth come; the women rate far below the agreed level.
        meeting(
            2,
            vec![awa(), oumar(), youth()],
            3,
            &[(1, 1), (2, 4), (3, 3)],
        ),
        // Oumar has left.
        meeting(3, vec![awa(), youth()], 3, &[(1, 2), (3, 3)]),
    ];
    for s in &meetings {
        store
            .save(s, &dir.path().join(format!("{}.ron", s.title)))
            .unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> String {
    common::run_in(dir, args)
}

fn line_with<'a>(text: &'a str, start: &str) -> &'a str {
    text.lines()
        .map(|l| l.trim_start().trim_start_matches("- "))
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line starting {start:?} in\n{text}"))
}

#[test]
fn compare_shows_the_group_that_joined_and_who_came_back() {
    let dir = folder();
    let c = run(dir.path(), &["compare", "00000001", "00000002"]);
    assert!(
        line_with(&c, "Groups newly present").contains("Youth group"),
        "{c}"
    );
    assert!(line_with(&c, "People in the room").contains("2 → 7"), "{c}");
    let back = line_with(&c, "Came back");
    assert!(back.contains("Women's group 1"), "{back}");
    assert!(back.contains("Local authority 1"), "{back}");
    assert!(
        line_with(&c, "New since last time").contains("Youth group 5"),
        "{c}"
    );
    assert!(!c.contains("Oumar"), "no consent, no name:\n{c}");
}

#[test]
fn compare_says_who_left_without_naming_them() {
    let dir = folder();
    let c = run(dir.path(), &["compare", "00000002", "00000003"]);
    let missing = line_with(&c, "Missing since last time");
    assert!(
        missing.contains("1 person (Local authority 1)"),
        "{missing}"
    );
    assert!(!c.contains("Oumar"), "no consent, no name:\n{c}");
    assert!(
        line_with(&c, "Groups now absent").contains("Local authority"),
        "{c}"
    );
}

#[test]
fn compare_puts_the_group_furthest_from_the_agreed_level_first() {
    let dir = folder();
    let c = run(dir.path(), &["compare", "00000001", "00000002"]);
    let gap = c
        .split("Levels by stakeholder group")
        .nth(1)
        .unwrap_or_else(|| panic!("no gap section in\n{c}"));
    let women = gap.find("Women's group").expect("women in the gap");
    let authority = gap.find("Local authority").expect("authority in the gap");
    assert!(
        women < authority,
        "women (1 vs 3) before authority (4 vs 3):\n{gap}"
    );
}

#[test]
fn trend_follows_people_groups_and_levels_meeting_by_meeting() {
    let dir = folder();
    let t = run(dir.path(), &["trend", "sév"]);
    assert!(
        t.contains("Sévaré dialogue"),
        "a unique start, accents aside:\n{t}"
    );
    for date in ["2026-03-10", "2026-06-10", "2026-09-10"] {
        assert!(t.contains(date), "{date} in\n{t}");
    }
    // People per meeting: 2, then 7 (a group of five came), then 6.
    let people: Vec<&str> = ["2026-03-10", "2026-06-10", "2026-09-10"]
        .iter()
        .map(|d| line_with(&t, d))
        .collect();
    for (line, n) in people.iter().zip(["2", "7", "6"]) {
        assert!(
            line.split_whitespace().any(|w| w == n),
            "{n} people in {line:?}"
        );
    }
    assert!(!t.contains("Oumar"), "no consent, no name:\n{t}");
}
