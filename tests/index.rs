//! The index of session digests: listing again reads only what changed, and the index
//! is never trusted over the files.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use chrono::DateTime;
use toguna::domain::digest::Digest;
use toguna::domain::framework::Framework;
use toguna::domain::session::Session;
use toguna::store::index::INDEX_FILE;
use toguna::store::{LoadErrorKind, Store};

/// Far enough ahead that no file counts as just written (the index leaves those out).
fn later() -> SystemTime {
    SystemTime::now() + Duration::from_secs(3600)
}

fn meeting(n: u32, title: &str) -> Session {
    let fw = Framework::builtin("en");
    let at = DateTime::parse_from_rfc3339(&format!("2026-03-{:02}T10:00:00+00:00", n + 1)).unwrap();
    let mut s = Session::new(format!("{n:032x}"), title.into(), at, "en", &fw);
    s.series = "Mopti".into();
    s.dimension_mut("wide").agreed_level = Some((n % 6) as u8);
    s
}

fn folder(n: u32) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    for i in 0..n {
        store
            .save_new(&meeting(i, &format!("Meeting {i}")))
            .unwrap();
    }
    (dir, store)
}

fn titles(store: &Store) -> Vec<String> {
    let l = store.list_as_of(later()).unwrap();
    l.sessions.iter().map(|s| s.digest.title.clone()).collect()
}

#[test]
fn listing_again_parses_nothing_and_gives_the_same_digests() {
    let (_dir, store) = folder(12);
    let first = store.list_as_of(later()).unwrap();
    assert_eq!(first.parsed, 12);
    let again = Store::open(store.dir())
        .unwrap()
        .list_as_of(later())
        .unwrap();
    assert_eq!(again.parsed, 0);
    assert_eq!(again.sessions, first.sessions);
    // And the digests are those of the files, newest first.
    let full = store.load_all().unwrap();
    let digests: Vec<Digest> = full
        .sessions
        .iter()
        .map(|l| Digest::of(&l.session))
        .collect();
    let listed: Vec<Digest> = again.sessions.iter().map(|l| l.digest.clone()).collect();
    assert_eq!(listed, digests);
}

#[test]
fn a_changed_added_or_removed_file_is_seen() {
    let (_dir, store) = folder(3);
    store.list_as_of(later()).unwrap();
    let files = store.files().unwrap();
    // Changed: a new title, saved as the app saves.
    let mut s = store.load_all().unwrap().sessions[2].session.clone();
    assert_eq!(s.title, "Meeting 0");
    s.title = "Meeting zero, renamed".into();
    store.save(&s, &files[0]).unwrap();
    // Added, and removed.
    store.save_new(&meeting(7, "Meeting 7")).unwrap();
    fs::remove_file(&files[1]).unwrap();
    let l = store.list_as_of(later()).unwrap();
    assert_eq!(l.parsed, 2, "only the changed and the new file are read");
    assert_eq!(
        titles(&store),
        ["Meeting 7", "Meeting 2", "Meeting zero, renamed"]
    );
}

#[test]
fn a_file_with_the_same_size_but_another_time_is_read_again() {
    let (_dir, store) = folder(2);
    store.list_as_of(later()).unwrap();
    let path = &store.files().unwrap()[0];
    // Same length, other content: only the file's times can tell.
    let text = fs::read_to_string(path).unwrap();
    let edited = text.replace("Meeting 0", "Meeting X");
    assert_eq!(edited.len(), text.len());
    fs::write(path, edited).unwrap();
    let f = fs::File::options().write(true).open(path).unwrap();
    f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000))
        .unwrap();
    assert_eq!(titles(&store), ["Meeting 1", "Meeting X"]);
}

#[test]
fn files_written_just_now_are_not_trusted_to_the_index() {
    let (_dir, store) = folder(3);
    // As if listed a second after the files were written (whatever the clock says
    // now): their times may not yet tell a second change from the first, so they are
    // read again next time.
    let newest = store
        .files()
        .unwrap()
        .iter()
        .map(|p| toguna::store::index::Stamp::of(&fs::metadata(p).unwrap()).changed_ns)
        .max()
        .unwrap();
    let now = SystemTime::UNIX_EPOCH + Duration::from_nanos(newest) + Duration::from_secs(1);
    store.list_as_of(now).unwrap();
    assert_eq!(store.list_as_of(now).unwrap().parsed, 3);
    assert_eq!(store.list_as_of(later()).unwrap().parsed, 3);
    assert_eq!(store.list_as_of(later()).unwrap().parsed, 0);
}

#[test]
fn a_broken_or_foreign_index_is_rebuilt() {
    let (dir, store) = folder(4);
    let expected = titles(&store);
    for junk in [
        &b"not json at all"[..],
        b"{\"version\": 999, \"entries\": []}",
        b"",
        &[0xff, 0xfe, 0x00],
    ] {
        fs::write(dir.path().join(INDEX_FILE), junk).unwrap();
        let l = store.list_as_of(later()).unwrap();
        assert_eq!(l.parsed, 4);
        assert!(l.errors.is_empty());
        assert_eq!(titles(&store), expected);
    }
}

#[test]
fn an_entry_for_a_file_that_is_now_broken_is_not_used() {
    let (_dir, store) = folder(2);
    store.list_as_of(later()).unwrap();
    let path = store.files().unwrap()[1].clone();
    fs::write(&path, "(format_version: 1, id: \"oops\"").unwrap();
    let l = store.list_as_of(later()).unwrap();
    assert_eq!(l.sessions.len(), 1);
    assert_eq!(l.errors.len(), 1);
    assert!(matches!(l.errors[0].kind, LoadErrorKind::Parse(_)));
    // Still reported the next time: a bad file is never indexed as good.
    assert_eq!(store.list_as_of(later()).unwrap().errors.len(), 1);
}

#[test]
fn a_read_only_folder_still_lists() {
    let (dir, store) = folder(2);
    set_read_only(dir.path(), true);
    let l = store.list_as_of(later());
    set_read_only(dir.path(), false);
    assert_eq!(l.unwrap().sessions.len(), 2);
}

#[cfg(unix)]
fn set_read_only(dir: &Path, yes: bool) {
    use std::os::unix::fs::PermissionsExt;
    let mode = if yes { 0o500 } else { 0o700 };
    fs::set_permissions(dir, fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_read_only(_dir: &Path, _yes: bool) {}

#[test]
fn in_an_encrypted_folder_the_index_is_encrypted_and_no_plain_one_is_left() {
    let (dir, _) = folder(0);
    // A plain index from before the folder was encrypted.
    let plain = Store::open(dir.path()).unwrap();
    plain.save_new(&meeting(1, "Réunion secrète")).unwrap();
    plain.list_as_of(later()).unwrap();
    assert!(dir.path().join(INDEX_FILE).exists());
    fs::remove_file(&plain.files().unwrap()[0]).unwrap();

    let cipher = toguna::store::crypt::Cipher::create(dir.path(), "a long passphrase").unwrap();
    let store = Store::open(dir.path()).unwrap().with_cipher(cipher);
    let mut s = meeting(2, "Réunion secrète");
    s.voices.push(toguna::domain::session::Voice {
        id: 1,
        person: 1,
        kind: toguna::domain::session::VoiceKind::Person,
        name: "Aïssata Dicko".into(),
        group: "women".into(),
        gender: toguna::domain::session::Gender::Woman,
        age_band: String::new(),
        organisation: String::new(),
        consent_to_name: false,
    });
    store.save_new(&s).unwrap();
    let l = store.list_as_of(later()).unwrap();
    assert_eq!(l.sessions[0].digest.withheld, ["Aïssata Dicko"]);
    assert!(!dir.path().join(INDEX_FILE).exists());
    for e in fs::read_dir(dir.path()).unwrap() {
        let bytes = fs::read(e.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Aïssata") && !text.contains("secrète"));
    }
    assert_eq!(store.list_as_of(later()).unwrap().parsed, 0);
}

/// What is withheld never rests on the index alone: an index edited by anything but
/// Toguna (here to drop a withheld name, its stamps kept) is not believed.
#[test]
fn an_index_edited_by_hand_is_not_believed() {
    let (dir, store) = folder(0);
    let mut s = meeting(1, "Réunion");
    s.voices.push(toguna::domain::session::Voice {
        id: 1,
        person: 1,
        kind: toguna::domain::session::VoiceKind::Person,
        name: "Aïssata Dicko".into(),
        group: "women".into(),
        gender: toguna::domain::session::Gender::Woman,
        age_band: String::new(),
        organisation: String::new(),
        consent_to_name: false,
    });
    store.save_new(&s).unwrap();
    store.list_as_of(later()).unwrap();
    let index = dir.path().join(INDEX_FILE);
    let text = fs::read_to_string(&index).unwrap();
    assert!(text.contains("Aïssata Dicko"));
    fs::write(
        &index,
        text.replace("\"Aïssata Dicko\"", "\"Someone else\""),
    )
    .unwrap();
    let l = store.list_as_of(later()).unwrap();
    assert_eq!(l.parsed, 1, "the file is read again");
    assert_eq!(l.sessions[0].digest.withheld, ["Aïssata Dicko"]);
}
