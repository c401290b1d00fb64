//! `toguna series`, and a series named by any unique start of its name, through the
//! real binary on the example sessions.

#[path = "common/common.rs"]
mod common;

fn toguna(lang: &str) -> assert_cmd::Command {
    let mut cmd = common::toguna(&std::env::temp_dir());
    cmd.arg("--sessions-dir")
        .arg(common::examples_dir())
        .args(["--lang", lang]);
    cmd
}

fn run(lang: &str, args: &[&str]) -> String {
    let out = toguna(lang)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn fails(lang: &str, args: &[&str]) -> String {
    let out = toguna(lang)
        .args(args)
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn series_lists_each_series_with_where_it_stands() {
    let out = run("en", &["series"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "a header and three series:\n{out}");
    assert!(
        lines[0].contains("Meetings") && lines[0].contains("Overdue"),
        "{out}"
    );
    // The latest met first; Mopti's levels rose, deep stayed where it was.
    assert!(
        lines[1].starts_with("Mopti community security dialogue"),
        "{out}"
    );
    assert!(
        lines[1].contains("3 ↑") && lines[1].contains("1 ="),
        "{out}"
    );
    assert!(
        lines[1].contains(" 31 "),
        "31 people at its last meeting:\n{out}"
    );
    assert!(lines[3].starts_with("Gao water committee"), "{out}");
    let fr = run("fr", &["series"]);
    assert!(fr.contains("Séances") && fr.contains("En retard"), "{fr}");
}

#[test]
fn series_json_gives_the_figures_for_scripts() {
    let out = run("en", &["series", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let all = v.as_array().unwrap();
    assert_eq!(all.len(), 3);
    let mopti = &all[0];
    assert_eq!(mopti["series"], "Mopti community security dialogue");
    assert_eq!(mopti["meetings"], 3);
    assert_eq!(mopti["people"], 31);
    assert_eq!(mopti["levels"][0]["dimension"], "wide");
    assert_eq!(mopti["levels"][0]["level"], 3);
    assert_eq!(mopti["levels"][0]["previous"], 2);
    assert!(mopti["open_actions"].as_u64().unwrap() >= mopti["overdue_actions"].as_u64().unwrap());
    // Nothing of a person is in it.
    assert!(!out.contains("Participant"), "{out}");
}

#[test]
fn a_series_is_named_by_any_unique_start() {
    assert!(run("en", &["trend", "mopti"]).contains("3 meetings"));
    assert!(run("en", &["trend", "GAO"]).contains("2 meetings"));
    assert!(run("en", &["trend", "dialogue de segou"]).contains("3 meetings"));
    let listed = run("en", &["list", "--series", "gao"]);
    assert_eq!(
        listed.lines().count(),
        3,
        "a header and Gao's two:\n{listed}"
    );
    let md = run("en", &["export", "--series", "mop", "--format", "md"]);
    assert!(md.contains("Mopti dialogue — meeting 3"), "{md}");
    // The series' trend comes first, and meetings 2 and 3 are compared with the one
    // before them: only meeting 1 is the first of its series.
    assert!(md.contains("1 → 2 → 3"), "{md}");
    assert_eq!(md.matches("First meeting of its series").count(), 1, "{md}");
}

#[test]
fn a_series_that_does_not_exist_is_said_with_those_that_do() {
    let err = fails("en", &["trend", "kidal"]);
    assert!(
        err.contains("no series of this folder starts with 'kidal'"),
        "{err}"
    );
    assert!(err.contains("Gao water committee follow-up"), "{err}");
    assert!(err.contains("Mopti community security dialogue"), "{err}");
    let fr = fails("fr", &["list", "--series", "kidal"]);
    assert!(
        fr.contains("aucune série de ce dossier ne commence par «\u{a0}kidal\u{a0}»"),
        "{fr}"
    );
    // A folder with no series at all says so.
    let empty = tempfile::tempdir().unwrap();
    let out = common::toguna(&std::env::temp_dir())
        .arg("--sessions-dir")
        .arg(empty.path())
        .args(["--lang", "en", "trend", "x"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("this folder has no series yet"), "{out}");
}
