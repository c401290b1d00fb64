//! Encryption at rest: nothing readable on disk, the passphrase asked for, a wrong one
//! refused clearly.

#[path = "common/common.rs"]
mod common;

use predicates::prelude::*;
use toguna::store::Store;
use toguna::store::crypt::Cipher;

const PASS: &str = "sous le toguna";

/// The binary on the folder `dir`, in English, with nothing of this machine.
fn toguna(dir: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = common::toguna(&std::env::temp_dir());
    cmd.arg("--lang").arg("en").arg("--sessions-dir").arg(dir);
    cmd
}

use common::copy_examples;

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
        // Named by date and id alone: the names do not tell what the meetings were.
        let name = p.file_name().unwrap().to_string_lossy().to_lowercase();
        for word in ["mopti", "segou", "gao", "dialogue", "meeting"] {
            assert!(!name.contains(word), "{word} in the file name {name}");
        }
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

/// A plain-text file that encrypting must remove but cannot (here a folder stands where
/// a session's draft would be) makes `encrypt` fail, naming the file left in clear.
#[test]
fn encrypt_fails_and_names_a_file_it_could_not_remove() {
    let dir = copy_examples();
    let session = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    let draft = toguna::store::draft::draft_path(&session);
    std::fs::create_dir(&draft).unwrap();
    std::fs::write(draft.join("x"), "in the way").unwrap();
    let out = toguna(dir.path())
        .env("TOGUNA_PASSPHRASE", PASS)
        .arg("encrypt")
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let name = draft.file_name().unwrap().to_string_lossy();
    assert!(err.contains(name.as_ref()), "{err}");
    assert!(err.contains("plain text"), "{err}");
}

/// An encrypted folder from an older Toguna, its files named after their titles: the
/// names are hidden (date and id) the first time the passphrase opens it.
#[test]
fn titles_are_taken_out_of_the_names_of_encrypted_files() {
    let dir = tempfile::tempdir().unwrap();
    let cipher = Cipher::create(dir.path(), PASS).unwrap();
    let store = Store::open(dir.path()).unwrap().with_cipher(cipher);
    let fw = toguna::domain::framework::Framework::builtin("en");
    let at = chrono::DateTime::parse_from_rfc3339("2026-01-05T10:00:00+00:00").unwrap();
    let s = toguna::domain::session::Session::new(
        "abcd1234abcd1234abcd1234abcd1234".into(),
        "Meeting at the chief's house".into(),
        at,
        "en",
        &fw,
    );
    let old = dir
        .path()
        .join("2026-01-05_meeting-at-the-chiefs-house_abcd1234.ron.age");
    store.save(&s, &old).unwrap();
    toguna(dir.path())
        .env("TOGUNA_PASSPHRASE", PASS)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("Meeting at the chief"));
    assert!(!old.exists());
    assert!(dir.path().join("2026-01-05_abcd1234.ron.age").exists());
}

/// Encrypting and decrypting carry each file byte for byte: a field Toguna does not
/// know, which re-saving the session would drop, is still there afterwards.
#[test]
fn encrypting_and_decrypting_keep_what_toguna_does_not_know() {
    let dir = copy_examples();
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("c5f0a93b"))
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap().replacen(
        "    notes: ",
        "    colour: \"blue\",\n    notes: ",
        1,
    );
    std::fs::write(&file, &text).unwrap();
    for command in ["encrypt", "decrypt"] {
        toguna(dir.path())
            .env("TOGUNA_PASSPHRASE", PASS)
            .arg(command)
            .assert()
            .success();
    }
    let back = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("c5f0a93b"))
        .unwrap();
    assert_eq!(std::fs::read_to_string(back).unwrap(), text);
}
