//! Encryption at rest: nothing readable on disk, the passphrase asked for, a wrong one
//! refused clearly.

use assert_cmd::Command;
use predicates::prelude::*;
use toguna::store::Store;
use toguna::store::crypt::Cipher;

const PASS: &str = "sous le toguna";

fn toguna(dir: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("toguna").unwrap();
    for var in [
        "TOGUNA_LANG",
        "TOGUNA_SESSIONS_DIR",
        "LANG",
        "LC_ALL",
        "TOGUNA_PASSPHRASE",
    ] {
        cmd.env_remove(var);
    }
    cmd.arg("--lang").arg("en").arg("--sessions-dir").arg(dir);
    cmd
}

fn copy_examples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    for e in std::fs::read_dir(examples).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn an_encrypted_folder_holds_nothing_readable_and_needs_the_passphrase() {
    let dir = copy_examples();
    toguna(dir.path())
        .env("TOGUNA_PASSPHRASE", PASS)
        .arg("encrypt")
        .assert()
        .success()
        .stdout(predicate::str::contains("8 sessions are now encrypted"));
    for e in std::fs::read_dir(dir.path()).unwrap() {
        let p = e.unwrap().path();
        let bytes = std::fs::read(&p).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for word in ["Mopti", "Ségou", "Participant", "format_version"] {
            assert!(!text.contains(word), "{word} readable in {}", p.display());
        }
        assert!(p.to_string_lossy().ends_with(".age"), "{}", p.display());
    }
    // With the passphrase, everything works as before.
    toguna(dir.path())
        .env("TOGUNA_PASSPHRASE", PASS)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("Mopti dialogue — meeting 3"));
    // A wrong one is refused with a clear message, and nothing is touched.
    toguna(dir.path())
        .env("TOGUNA_PASSPHRASE", "not it")
        .arg("list")
        .assert()
        .failure()
        .stderr(predicate::str::contains("wrong passphrase"));
    // Without a terminal nor the variable, it says what is needed.
    toguna(dir.path())
        .arg("check")
        .assert()
        .failure()
        .stderr(predicate::str::contains("a passphrase is needed"));
    // And back.
    toguna(dir.path())
        .env("TOGUNA_PASSPHRASE", PASS)
        .arg("decrypt")
        .assert()
        .success();
    let store = Store::open(dir.path()).unwrap();
    let all = store.load_all().unwrap();
    assert_eq!(all.sessions.len(), 8);
    assert!(all.errors.is_empty());
}

#[test]
fn the_store_never_writes_plain_text_in_an_encrypted_folder() {
    let dir = tempfile::tempdir().unwrap();
    let cipher = Cipher::create(dir.path(), PASS).unwrap();
    let store = Store::open(dir.path()).unwrap().with_cipher(cipher);
    let fw = toguna::domain::framework::Framework::builtin("fr");
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-27T14:05:00+00:00").unwrap();
    let mut s = toguna::domain::session::Session::new(
        "ab".repeat(16),
        "Réunion secrète".into(),
        at,
        "fr",
        &fw,
    );
    s.notes = "Aïssata Dicko était là".into();
    let path = store.save_new(&s).unwrap();
    store
        .save_draft(
            &path,
            &toguna::store::draft::Draft {
                step: "wide/contributions".into(),
                field: "contribution".into(),
                text: "Aïssata dit…".into(),
                ..Default::default()
            },
        )
        .unwrap();
    for e in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Aïssata") && !text.contains("secrète"));
    }
    let back = store.load_all().unwrap();
    assert_eq!(back.sessions[0].session, s);
    assert_eq!(store.load_draft(&path).unwrap().text, "Aïssata dit…");
    // Without the key, the file is reported, not misread.
    let plain = Store::open(dir.path()).unwrap().load_all().unwrap();
    assert!(matches!(
        plain.errors[0].kind,
        toguna::store::LoadErrorKind::Encrypted
    ));
}
