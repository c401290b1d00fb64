//! The illustrative example sessions of `sessions/`: files as Toguna writes them (a
//! byte-for-byte round trip), and consistent with each other and with the framework.
//! The people, groups, figures and events are fictional.

// The checks of the examples read as one list.
#![allow(clippy::too_many_lines)]

use std::collections::BTreeMap;

use toguna::domain::framework::Framework;
use toguna::domain::session::{Session, Status};
use toguna::store::format;

fn examples() -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn every_example_is_exactly_what_toguna_writes() {
    let files = examples();
    assert_eq!(files.len(), 8, "the eight example sessions");
    for (path, bytes) in files {
        let s = format::from_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(
            format::to_text(&s),
            String::from_utf8_lossy(&bytes),
            "{} does not round-trip byte for byte",
            path.display()
        );
        let name = toguna::store::Store::file_name_for(&s);
        assert_eq!(
            path.file_name().unwrap().to_string_lossy(),
            name,
            "named as Toguna names it"
        );
    }
}

#[test]
fn the_examples_hang_together() {
    let sessions: Vec<Session> = examples()
        .iter()
        .map(|(_, b)| format::from_bytes(b).unwrap())
        .collect();
    let mut series: BTreeMap<&str, Vec<&Session>> = BTreeMap::new();
    for s in &sessions {
        series.entry(s.series.as_str()).or_default().push(s);
    }
    assert_eq!(series.len(), 3, "series: {:?}", series.keys());
    assert!(
        series.values().filter(|m| m.len() >= 3).count() >= 2,
        "two series should have three meetings or more"
    );

    for s in &sessions {
        let ctx = &s.title;
        assert!(
            s.id.len() == 32
                && s.id
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
            "{ctx}: id {} is not 32 lowercase hex digits",
            s.id
        );
        let fw = Framework::builtin(&s.language);
        let has = |choices: &[toguna::domain::framework::Choice], id: &str| {
            choices.iter().any(|c| c.id == id)
        };
        let mut ids: Vec<u32> = s.voices.iter().map(|v| v.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), s.voices.len(), "{ctx}: voice ids repeat");
        for v in &s.voices {
            assert!(
                has(&fw.stakeholder_groups, &v.group),
                "{ctx}: group {}",
                v.group
            );
            assert!(
                has(&fw.age_bands, &v.age_band),
                "{ctx}: age band {}",
                v.age_band
            );
        }
        for d in &s.dimensions {
            assert!(
                fw.dimension(&d.dimension).is_some(),
                "{ctx}: {}",
                d.dimension
            );
            for c in &d.contributions {
                if let Some(v) = c.voice {
                    assert!(
                        s.voice(v).is_some(),
                        "{ctx}: contribution by unknown voice {v}"
                    );
                }
                if let Some(p) = &c.phase {
                    assert!(has(&fw.phases, p), "{ctx}: phase {p}");
                }
                assert!(c.at >= s.started, "{ctx}: contribution before the start");
            }
            for r in &d.ratings {
                assert!(
                    s.voice(r.voice).is_some(),
                    "{ctx}: rating by unknown voice {}",
                    r.voice
                );
                assert!(r.level <= fw.max_level(), "{ctx}: level {}", r.level);
            }
            if let Some(level) = d.agreed_level {
                assert!(level <= fw.max_level(), "{ctx}: agreed level {level}");
            }
        }
        for r in &s.action_review {
            let earlier = sessions
                .iter()
                .find(|e| e.id == r.session)
                .unwrap_or_else(|| {
                    panic!("{ctx}: reviews an action of unknown session {}", r.session)
                });
            assert_eq!(earlier.series, s.series, "{ctx}: reviews another series");
            assert!(
                earlier.started < s.started,
                "{ctx}: reviews a later meeting"
            );
            let action = earlier
                .dimension(&r.dimension)
                .and_then(|d| d.actions.iter().find(|a| a.id == r.action))
                .unwrap_or_else(|| {
                    panic!(
                        "{ctx}: action {} of {} not found in {}",
                        r.action, r.dimension, earlier.title
                    )
                });
            assert_eq!(action.text, r.text, "{ctx}: review text differs");
            assert_eq!(action.owner, r.owner, "{ctx}: review owner differs");
        }
        if s.status == Status::Finished {
            assert!(
                s.ended.is_some_and(|e| e > s.started),
                "{ctx}: finished without an end"
            );
        }
    }
}
