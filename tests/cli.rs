//! The command line through the real binary.

#[path = "common/common.rs"]
mod common;

use predicates::prelude::*;
use toguna::domain::framework::Framework;
use toguna::domain::session::Session;
use toguna::store::Store;

use common::toguna;

fn folder_with_two_sessions() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s")).unwrap();
    let fw = Framework::builtin("en");
    for (id, title, series, date, level) in [
        (
            "aaaa0000aaaa0000aaaa0000aaaa0000",
            "First meeting",
            "Mopti",
            "2026-01-10T09:00:00+00:00",
            1,
        ),
        (
            "bbbb0000bbbb0000bbbb0000bbbb0000",
            "Réunion à Ségou",
            "Ségou",
            "2026-02-10T09:00:00+00:00",
            3,
        ),
    ] {
        let mut s = Session::new(
            id.into(),
            title.into(),
            chrono::DateTime::parse_from_rfc3339(date).unwrap(),
            "en",
            &fw,
        );
        s.series = series.into();
        s.place = "Mopti".into();
        s.dimension_mut("wide").agreed_level = Some(level);
        store.save_new(&s).unwrap();
    }
    dir
}

#[test]
fn list_shows_sessions_newest_first_with_levels() {
    let dir = folder_with_two_sessions();
    let out = toguna(dir.path())
        .args(["list", "--lang", "en", "--sessions-dir"])
        .arg(dir.path().join("s"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("Date"), "{text}");
    assert!(lines[0].ends_with("W S D"), "{text}");
    assert!(
        lines[1].contains("Réunion à Ségou") && lines[1].contains("2026-02-10"),
        "{text}"
    );
    assert!(lines[2].contains("First meeting"), "{text}");
    assert!(lines[1].ends_with("3 – –"), "agreed levels shown: {text}");
}

#[test]
fn list_filters_by_series_and_speaks_json() {
    let dir = folder_with_two_sessions();
    let out = toguna(dir.path())
        .env("TOGUNA_SESSIONS_DIR", dir.path().join("s"))
        .args(["list", "--series", "Mopti", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["title"], "First meeting");
    assert_eq!(rows[0]["status"], "in-progress");
    assert_eq!(rows[0]["agreed_levels"]["wide"], 1);
    assert!(rows[0]["agreed_levels"]["deep"].is_null());
}

#[test]
fn show_finds_a_session_by_id_prefix() {
    let dir = folder_with_two_sessions();
    toguna(dir.path())
        .args(["--lang", "en", "--sessions-dir"])
        .arg(dir.path().join("s"))
        .args(["show", "bbbb"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Réunion à Ségou"))
        .stdout(predicate::str::contains("10 February 2026"))
        .stdout(predicate::str::contains("agreed level 3"));
}

#[test]
fn show_an_unknown_session_fails_on_stderr() {
    let dir = folder_with_two_sessions();
    toguna(dir.path())
        .args(["--lang", "fr", "--sessions-dir"])
        .arg(dir.path().join("s"))
        .args(["show", "zzzz"])
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains(
            "aucune séance ne correspond à «\u{a0}zzzz\u{a0}»",
        ));
}

#[test]
fn check_reports_each_bad_file_with_its_position() {
    let dir = folder_with_two_sessions();
    let s = dir.path().join("s");
    std::fs::write(
        s.join("broken.ron"),
        "(\n    format_version: 1,\n    id: [}\n",
    )
    .unwrap();
    let out = toguna(dir.path())
        .args(["check", "--lang", "en", "--sessions-dir"])
        .arg(&s)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let first = text.lines().next().unwrap();
    assert!(first.contains("broken.ron:3:"), "{text}");
    assert!(
        text.contains("2 session files are valid, one has a problem."),
        "{text}"
    );
    // A good folder passes.
    std::fs::remove_file(s.join("broken.ron")).unwrap();
    toguna(dir.path())
        .args(["check", "--sessions-dir"])
        .arg(&s)
        .assert()
        .success();
}

#[test]
fn framework_prints_a_file_that_can_be_used_again() {
    let dir = tempfile::tempdir().unwrap();
    let out = toguna(dir.path())
        .args(["framework", "--lang", "fr"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let fw = Framework::parse(std::str::from_utf8(&out).unwrap()).unwrap();
    assert_eq!(fw.language, "fr");
    let custom = dir.path().join("mine.ron");
    std::fs::write(
        &custom,
        String::from_utf8(out)
            .unwrap()
            .replace("\"Large\"", "\"Inclusif\""),
    )
    .unwrap();
    toguna(dir.path())
        .args(["framework", "--framework"])
        .arg(&custom)
        .assert()
        .success()
        .stdout(predicate::str::contains("Inclusif"));
}

#[test]
fn a_broken_framework_file_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let custom = dir.path().join("bad.ron");
    std::fs::write(&custom, "(\n id: 3,\n)").unwrap();
    toguna(dir.path())
        .args(["--lang", "en", "list", "--framework"])
        .arg(&custom)
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.ron is not valid: 2:"));
}

#[test]
fn help_and_version_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    toguna(dir.path())
        .args(["--help", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: toguna"))
        .stdout(predicate::str::contains("check").and(predicate::str::contains("\x1b").not()));
    for sub in ["list", "show", "check", "framework"] {
        toguna(dir.path())
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("--help"));
    }
    toguna(dir.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("toguna {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_and_errors_in_french() {
    let dir = tempfile::tempdir().unwrap();
    toguna(dir.path())
        .env("TOGUNA_LANG", "fr")
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Utilisation\u{a0}: toguna"))
        .stdout(predicate::str::contains("Commandes"))
        .stdout(predicate::str::contains("Vérifier chaque fichier"));
    toguna(dir.path())
        .args(["--lang", "fr", "lsit"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "erreur\u{a0}: commande inconnue «\u{a0}lsit\u{a0}»",
        ));
}

/// Reading commands never create the folder: a mistyped `--sessions-dir` would
/// otherwise list nothing, silently. The app creates it on first use (and says where).
#[test]
fn list_on_a_folder_that_does_not_exist_says_so_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    toguna(dir.path())
        .args(["list", "--lang", "en"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "xdg/toguna/sessions does not exist",
        ));
    assert!(!dir.path().join("xdg/toguna/sessions").exists());
    toguna(dir.path())
        .args(["list", "--lang", "fr"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "n'existe pas\u{a0}: vérifiez --sessions-dir",
        ));
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    toguna(dir.path())
        .args(["list", "--lang", "en", "--sessions-dir"])
        .arg(&empty)
        .assert()
        .success()
        .stdout(predicate::str::contains("No sessions yet"));
}

#[test]
fn check_reports_a_session_that_ends_before_it_starts_in_both_languages() {
    let dir = folder_with_two_sessions();
    let s = dir.path().join("s");
    let store = Store::open(&s).unwrap();
    let all = store.load_all().unwrap();
    let first = &all.sessions[0];
    let mut session = first.session.clone();
    session.ended = Some(session.started - chrono::Duration::hours(2));
    store.save(&session, &first.path).unwrap();
    let name = first
        .path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for (lang, says) in [
        ("en", ": the session ends before it starts"),
        ("fr", "\u{a0}: la séance se termine avant d'avoir commencé"),
    ] {
        let out = toguna(dir.path())
            .args(["check", "--lang", lang, "--sessions-dir"])
            .arg(&s)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        let line = text.lines().find(|l| l.contains(says)).expect(&text);
        assert!(line.contains(&name), "{text}");
    }
}

/// English words clap or the system would leave in a French line.
const ENGLISH: [&str; 14] = [
    "Usage",
    "Options:",
    "Arguments:",
    "Commands:",
    "possible values",
    "<DIR>",
    "<FILE>",
    "<SESSION>",
    "<SERIES>",
    "<LANG>",
    "Print help",
    "error:",
    "os error",
    "Expected",
];

fn french_has_no_english(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "«{word}» in:\n{text}");
    }
}

/// Every subcommand's help and its typical errors, in French through the real binary.
#[test]
fn the_french_command_line_speaks_french_everywhere() {
    let home = tempfile::tempdir().unwrap();
    let dir = common::examples_dir();
    let subs = [
        "",
        "list",
        "show",
        "check",
        "framework",
        "encrypt",
        "decrypt",
        "compare",
        "series",
        "trend",
        "export",
        "present",
    ];
    for sub in subs {
        let mut cmd = toguna(home.path());
        if !sub.is_empty() {
            cmd.arg(sub);
        }
        let out = cmd.args(["--help", "--lang", "fr"]).assert().success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        french_has_no_english(&text);
        assert!(text.contains("Options\u{a0}:"), "{sub}:\n{text}");
    }
    let export = toguna(home.path())
        .args(["export", "--help", "--lang", "fr"])
        .output()
        .unwrap();
    let export = String::from_utf8(export.stdout).unwrap();
    assert!(
        export.contains("toguna export [OPTIONS] <SÉANCE>")
            && export.contains("toguna export [OPTIONS] --series <SÉRIE>"),
        "{export}"
    );
    let compare = toguna(home.path())
        .args(["compare", "--help", "--lang", "fr"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(compare.stdout)
            .unwrap()
            .contains("<A> [B]")
    );
    let errors: [&[&str]; 6] = [
        &["export", "e1", "--format", "pdf"],
        &["compare"],
        &["lsit"],
        &["show", "zzzz"],
        &["show", "/nowhere/at/all.ron"],
        &["list", "--series", "zz"],
    ];
    for args in errors {
        let out = toguna(home.path())
            .args(args)
            .args(["--lang", "fr", "--sessions-dir"])
            .arg(&dir)
            .assert()
            .failure();
        let text = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        french_has_no_english(&text);
        assert!(text.starts_with("erreur\u{a0}: "), "{args:?}: {text}");
    }
    toguna(home.path())
        .args(["export", "e1", "--format", "pdf", "--lang", "fr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "valeurs possibles\u{a0}: md, csv, json, html, xlsx",
        ));
    toguna(home.path())
        .args(["list", "--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the languages are en, fr"));
}

/// A file the parser cannot read says what it expected, in French, where.
#[test]
fn a_broken_session_file_is_explained_in_french() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("broken.ron");
    std::fs::write(&file, "(\n    format_version: 2\n    id: \"x\",\n)\n").unwrap();
    let out = toguna(home.path())
        .args(["show", "--lang", "fr", "--sessions-dir"])
        .arg(home.path())
        .arg(&file)
        .assert()
        .failure();
    let text = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    french_has_no_english(&text);
    assert!(text.contains("broken.ron:3:5\u{a0}: "), "{text}");
    assert!(text.contains("il fallait ici une virgule"), "{text}");
}

#[test]
fn the_ascii_option_is_taken_as_a_flag_or_from_the_environment() {
    let dir = folder_with_two_sessions();
    for value in ["1", "0", "true", "yes"] {
        toguna(dir.path())
            .env("TOGUNA_ASCII", value)
            .args(["--lang", "en", "--sessions-dir"])
            .arg(dir.path().join("s"))
            .arg("list")
            .assert()
            .success();
    }
    toguna(dir.path())
        .args(["--ascii", "--lang", "en", "--sessions-dir"])
        .arg(dir.path().join("s"))
        .arg("list")
        .assert()
        .success();
}
