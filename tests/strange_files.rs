//! The command line on folders as they are found in the wild: FIFOs and devices named
//! like sessions, drafts, locks and the index; files written by other editors; fields
//! Toguna does not know; exports aimed at the wrong place. Every command is given ten
//! seconds: one that blocks is killed and fails the test instead of hanging it.

#![cfg(unix)]

#[path = "common/common.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use predicates::prelude::*;
use toguna::domain::framework::Framework;
use toguna::domain::session::Session;
use toguna::store::Store;

const LIMIT: Duration = Duration::from_secs(10);

/// The binary on `dir`, in English, killed after `LIMIT`.
fn toguna(home: &Path, dir: &Path, args: &[&str]) -> assert_cmd::Command {
    toguna_in("en", home, dir, args)
}

fn toguna_in(lang: &str, home: &Path, dir: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = common::toguna(home);
    cmd.args(["--lang", lang, "--sessions-dir"])
        .arg(dir)
        .args(args)
        .timeout(LIMIT);
    cmd
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// A folder `s` with one good session; its file.
fn folder() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("s");
    let store = Store::open(&dir).unwrap();
    let s = Session::new(
        "c5f0a93b".repeat(4),
        "Gao water committee".into(),
        chrono::DateTime::parse_from_rfc3339("2026-02-10T09:00:00+00:00").unwrap(),
        "en",
        &Framework::builtin("en"),
    );
    let file = store.save_new(&s).unwrap();
    (home, dir, file)
}

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

fn beside(file: &Path, suffix: &str) -> PathBuf {
    file.with_file_name(format!(
        "{}{suffix}",
        file.file_name().unwrap().to_string_lossy()
    ))
}

#[test]
fn fifos_and_devices_in_the_folder_never_hang_check_list_or_show() {
    let (home, dir, file) = folder();
    mkfifo(&dir.join("x.ron"));
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.ron")).unwrap();
    mkfifo(&dir.join(".toguna-index.json"));
    mkfifo(&beside(&file, ".lock"));
    mkfifo(&beside(&file, ".draft"));

    let check = toguna(home.path(), &dir, &["check"]).assert().code(1);
    let out = stdout(&check);
    assert!(
        out.contains("x.ron:1:1: is not a regular file but a FIFO (a named pipe)"),
        "{out}"
    );
    assert!(
        out.contains("zero.ron:1:1: is not a regular file but a device"),
        "{out}"
    );
    assert!(
        out.contains("one session file is valid, 2 have a problem."),
        "{out}"
    );

    let list = toguna(home.path(), &dir, &["list"]).assert().success();
    assert!(
        stdout(&list).contains("Gao water committee"),
        "{}",
        stdout(&list)
    );
    assert!(stderr(&list).contains("x.ron"), "{}", stderr(&list));

    let show = toguna(home.path(), &dir, &["show", "c5f0a93b"])
        .assert()
        .success();
    assert!(stdout(&show).contains("Gao water committee"));

    // The strange files are left as they were: nothing of the user's is removed.
    for name in ["x.ron", "zero.ron"] {
        assert!(std::fs::symlink_metadata(dir.join(name)).is_ok(), "{name}");
    }
}

#[test]
fn check_says_what_a_device_is_in_french_too() {
    let (home, dir, _) = folder();
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.ron")).unwrap();
    let check = toguna_in("fr", home.path(), &dir, &["check"])
        .assert()
        .code(1);
    assert!(
        stdout(&check).contains("n'est pas un fichier ordinaire mais un périphérique\u{a0}:"),
        "{}",
        stdout(&check)
    );
}

#[test]
fn check_names_unknown_fields_and_each_wrong_version_and_accepts_notepad_files() {
    let (home, dir, file) = folder();
    let text = std::fs::read_to_string(&file).unwrap();
    let put = |name: &str, body: String| std::fs::write(dir.join(name), body).unwrap();
    let version = |v: &str| text.replace("format_version: 2,", &format!("format_version: {v},"));
    put(
        "colour.ron",
        text.replace(
            "    notes: \"\",",
            "    notes: \"\",\n    colour: \"blue\",",
        )
        .replace("c5f0a93b", "0000aaaa"),
    );
    put("zero.ron", version("0"));
    put("string.ron", version("\"2\""));
    put("huge.ron", version("99999999999999999999"));
    put("mac.ron", text.replace('\n', "\r"));
    put(
        "notepad.ron",
        format!("\u{feff}{}", text.replace('\n', "\r\n")).replace("c5f0a93b", "1111bbbb"),
    );
    let check = toguna(home.path(), &dir, &["check"]).assert().code(1);
    let out = stdout(&check);
    let line = text.lines().position(|l| l.contains("notes:")).unwrap() + 2;
    for expected in [
        format!("colour.ron:{line}:5: holds a field Toguna does not know (colour)"),
        "zero.ron:1:1: 'format_version: 0' is no version of the format".into(),
        "string.ron:1:1: 'format_version' must be a whole number, such as 2, not \"2\"".into(),
        "huge.ron:1:1: 'format_version: 99999999999999999999' is no version".into(),
        "mac.ron:1:1: lines end with CR alone".into(),
        "2 session files are valid, 5 have a problem.".into(),
    ] {
        assert!(out.contains(&expected), "{expected:?} in:\n{out}");
    }
    assert!(!out.contains("notepad.ron"), "{out}");
    assert!(!out.contains("no 'format_version' field"), "{out}");
}

#[test]
fn export_never_writes_over_a_file_of_the_sessions_folder() {
    let (home, dir, file) = folder();
    let before = std::fs::read(&file).unwrap();
    let session = file.to_str().unwrap();
    for force in [false, true] {
        let mut args = vec!["export", "c5f0a93b", "--format", "md", "-o", session];
        if force {
            args.push("--force");
        }
        let refused = toguna(home.path(), &dir, &args).assert().failure();
        assert!(
            stderr(&refused).contains("it is in the sessions folder"),
            "{}",
            stderr(&refused)
        );
    }
    // Nor through a link to it, nor as a new file among the sessions.
    let link = home.path().join("report.md");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let inside = dir.join("report.md");
    for target in [&link, &inside] {
        toguna(
            home.path(),
            &dir,
            &["export", "c5f0a93b", "--format", "md", "--force", "-o"],
        )
        .arg(target)
        .assert()
        .failure()
        .stderr(predicate::str::contains("sessions folder"));
    }
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the session is intact"
    );
    assert!(!inside.exists());
    toguna(home.path(), &dir, &["check"]).assert().success();
}

#[test]
fn export_replaces_an_existing_file_only_with_force() {
    let (home, dir, _) = folder();
    let out = home.path().join("for-the-donor.csv");
    std::fs::write(&out, "last year's report").unwrap();
    let args = ["export", "c5f0a93b", "--format", "csv", "-o"];
    let refused = toguna(home.path(), &dir, &args)
        .arg(&out)
        .assert()
        .failure();
    assert!(
        stderr(&refused).contains("already exists: give --force to replace it"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "last year's report");
    toguna(home.path(), &dir, &args)
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("session_id,")
    );
    // A new file needs no --force.
    let new = home.path().join("new.md");
    toguna(
        home.path(),
        &dir,
        &["export", "c5f0a93b", "--format", "md", "-o"],
    )
    .arg(&new)
    .assert()
    .success();
    assert!(new.is_file());
}

#[test]
fn the_force_flag_is_explained_in_both_languages() {
    let home = tempfile::tempdir().unwrap();
    for (lang, help) in [
        ("en", "Replace the output file if it exists"),
        ("fr", "Remplacer le fichier de sortie s'il existe"),
    ] {
        common::toguna(home.path())
            .args(["export", "--help", "--lang", lang])
            .timeout(LIMIT)
            .assert()
            .success()
            .stdout(predicate::str::contains("--force").and(predicate::str::contains(help)));
    }
}

/// A session file broken by hand, checked in French: what the parser and the date
/// reader say comes out in French, with no English of theirs (chrono's "input contains
/// invalid characters", ron's "Found invalid std identifier").
#[test]
fn broken_values_are_explained_in_french() {
    let (home, dir, file) = folder();
    let text = std::fs::read_to_string(&file).unwrap();
    let put = |name: &str, from: &str, to: &str| {
        assert!(text.contains(from), "{from}");
        std::fs::write(dir.join(name), text.replacen(from, to, 1)).unwrap();
    };
    put(
        "date.ron",
        "started: \"2026-02-10T09:00:00Z\"",
        "started: \"hier\"",
    );
    put("status.ron", "status: InProgress", "status: 5");
    put("title.ron", "title: \"Gao water committee\"", "title: 5");
    let check = toguna_in("fr", home.path(), &dir, &["check"])
        .assert()
        .code(1);
    let out = stdout(&check).replace('\u{a0}', " ");
    for expected in [
        "date.ron:",
        "cette date ou cette heure n'a pas la forme attendue : écrivez-la comme 2025-02-20T09:30:00Z",
        "status.ron:",
        "« 5 » ne peut pas être un nom ici",
        "title.ron:",
        "il fallait ici un texte entre guillemets droits",
    ] {
        assert!(out.contains(expected), "{expected:?} in:\n{out}");
    }
    for english in [
        "input",
        "Found",
        "identifier",
        "Expected",
        "expected",
        "string",
    ] {
        assert!(!out.contains(english), "{english:?} in:\n{out}");
    }
}
