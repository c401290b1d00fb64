//! Files of format 1 keep working: the example sessions as Toguna first wrote them
//! (frozen in tests/fixtures/format-v1-examples, never to be edited) load, their voices
//! are linked across each series only where the match is certain, they save in the
//! current format, and looking at a folder of them changes no file.

#[path = "common/common.rs"]
mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use toguna::domain::series::{apply, link};
use toguna::domain::session::{FORMAT_VERSION, Session};
use toguna::store::format;

fn v1_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-v1-examples")
}

fn v1_examples() -> Vec<Session> {
    let mut out: Vec<Session> = fs::read_dir(v1_dir())
        .unwrap()
        .map(|e| format::from_bytes(&fs::read(e.unwrap().path()).unwrap()).unwrap())
        .collect();
    out.sort_by_key(|s| s.started);
    out
}

/// The examples by series, oldest first, with their voices linked as Toguna links them
/// when a session of format 1 opens.
fn linked() -> BTreeMap<String, Vec<Session>> {
    let mut series: BTreeMap<String, Vec<Session>> = BTreeMap::new();
    for s in v1_examples() {
        series.entry(s.series.clone()).or_default().push(s);
    }
    for meetings in series.values_mut() {
        let links = link(&meetings.iter().collect::<Vec<_>>());
        for s in meetings.iter_mut() {
            apply(s, &links);
        }
    }
    series
}

/// Every session file of `dir` and its bytes (the index beside them is a cache).
fn session_files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| {
            let bytes = fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn every_v1_example_loads_as_format_1_without_person_numbers() {
    let all = v1_examples();
    assert_eq!(all.len(), 8, "three series: Ségou, Mopti, Gao");
    for s in &all {
        assert_eq!(s.format_version, 1, "{}", s.title);
        assert!(!s.voices.is_empty(), "{}", s.title);
        assert!(s.voices.iter().all(|v| v.person == 0), "{}", s.title);
    }
}

#[test]
fn v1_voices_are_linked_only_where_name_and_group_match_for_certain() {
    for (series, meetings) in linked() {
        // Within a series, one (name, group) is one person, and one person one
        // (name, group): a same name in another group stays someone else.
        let mut person_of: HashMap<(String, String), HashSet<u32>> = HashMap::new();
        let mut key_of: HashMap<u32, HashSet<(String, String)>> = HashMap::new();
        for s in &meetings {
            let persons: Vec<u32> = s.voices.iter().map(|v| v.person).collect();
            assert!(
                persons.iter().all(|&p| p > 0),
                "{series}: every voice numbered"
            );
            let distinct: HashSet<_> = persons.iter().collect();
            assert_eq!(
                distinct.len(),
                persons.len(),
                "{series}: one number per voice"
            );
            for v in &s.voices {
                let key = (v.name.trim().to_string(), v.group.clone());
                person_of.entry(key.clone()).or_default().insert(v.person);
                key_of.entry(v.person).or_default().insert(key);
            }
        }
        for (key, persons) in &person_of {
            assert_eq!(persons.len(), 1, "{series}: {key:?} is one person");
        }
        for (person, keys) in &key_of {
            assert_eq!(keys.len(), 1, "{series}: person {person} is one voice");
        }
    }
}

#[test]
fn people_who_came_back_in_a_v1_series_are_followed_and_others_are_not() {
    let series = linked();
    let mopti = &series["Mopti community security dialogue"];
    let person = |s: &Session, name: &str, group: &str| {
        s.voices
            .iter()
            .find(|v| v.name == name && v.group == group)
            .map(|v| v.person)
    };
    let first = person(&mopti[0], "Hamadoun Dicko", "leaders").unwrap();
    assert_eq!(person(&mopti[1], "Hamadoun Dicko", "leaders"), Some(first));
    // "Participant B" is a local pseudonym reused by different groups: never joined.
    let b_cso = mopti.iter().find_map(|s| person(s, "Participant B", "cso"));
    let b_sec = mopti
        .iter()
        .find_map(|s| person(s, "Participant B", "security-forces"));
    if let (Some(a), Some(b)) = (b_cso, b_sec) {
        assert_ne!(a, b);
    }
}

#[test]
fn a_migrated_v1_example_saves_in_the_current_format_and_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let store = toguna::store::Store::open(dir.path()).unwrap();
    for meetings in linked().into_values() {
        for s in meetings {
            let path = dir.path().join(format!("{}.ron", s.id));
            store.save(&s, &path).unwrap();
            let text = fs::read_to_string(&path).unwrap();
            assert!(text.contains(&format!("format_version: {FORMAT_VERSION},")));
            let back = store.load(&path).unwrap();
            assert_eq!(back.format_version, FORMAT_VERSION);
            let mut expected = s.clone();
            expected.format_version = FORMAT_VERSION;
            assert_eq!(back, expected, "{}", s.title);
        }
    }
}

/// The whole command line on a folder of format-1 files: it reads them, compares and
/// follows their series, and leaves every file exactly as it was.
#[test]
fn a_folder_of_v1_files_is_read_compared_and_trended_without_a_write() {
    let dir = tempfile::tempdir().unwrap();
    for e in fs::read_dir(v1_dir()).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    let before = session_files(dir.path());
    let run = |args: &[&str]| common::run_in(dir.path(), args);
    let list = run(&["list"]);
    assert_eq!(list.matches("Mopti dialogue").count(), 3, "{list}");
    assert!(run(&["check"]).contains('8'));
    let compare = run(&["compare", "4d0f3a6e", "7a2c9e04"]);
    assert!(compare.contains("Came back"), "{compare}");
    let trend = run(&["trend", "mopti"]);
    assert!(trend.contains("2025-11-19"), "{trend}");
    run(&["series"]);
    assert_eq!(session_files(dir.path()), before, "looking never writes");
}
