//! The session file and the store: exact round trips, crash safety, bad files.

use std::fs;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use proptest::prelude::*;
use toguna::domain::framework::Framework;
use toguna::domain::session::*;
use toguna::store::format::{self, ParseError};
use toguna::store::{LoadErrorKind, Store};

fn at(h: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 3, 14, h, 30, 0)
        .unwrap()
}

fn sample(id: &str, title: &str) -> Session {
    let fw = Framework::builtin("fr");
    let mut s = Session::new(id.into(), title.into(), at(9), "fr", &fw);
    s.series = "Ségou".into();
    s.place = "Ségou, salle de la mairie".into();
    s.voices.push(Voice {
        id: 1,
        person: 1,
        kind: VoiceKind::Group { headcount: 12 },
        name: "Groupement des femmes « Benkadi »".into(),
        group: "women".into(),
        gender: Gender::Woman,
        age_band: "mixed".into(),
        organisation: String::new(),
        consent_to_name: true,
    });
    let d = s.dimension_mut("wide");
    d.contributions.push(Contribution {
        voice: Some(1),
        text: "Ligne 1\nligne 2 — « citation » \\ \"guillemets\" ⵜⴰⵎⴰⵣⵉⵖⵜ مرحبا 你好 👩🏾‍🌾 e\u{301}"
            .into(),
        phase: Some("analysis".into()),
        kind: ContributionKind::Evidence,
        at: at(10),
    });
    d.ratings.push(Rating {
        voice: 1,
        level: 2,
        reason: "consultées, pas plus".into(),
    });
    d.agreed_level = Some(2);
    d.actions.push(Action {
        id: 1,
        text: "Inviter les jeunes".into(),
        owner: "Comité".into(),
        due: NaiveDate::from_ymd_opt(2026, 6, 1),
        status: ActionStatus::Open,
    });
    s
}

#[test]
fn resaving_an_unchanged_session_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let s = sample("0123456789abcdef0123456789abcdef", "Atelier de Ségou");
    let path = store.save_new(&s).unwrap();
    let first = fs::read(&path).unwrap();
    let loaded = store.load_all().unwrap();
    assert!(loaded.errors.is_empty());
    store.save(&loaded.sessions[0].session, &path).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);
    assert!(!first.contains(&b'\r'), "newlines are \\n only");
    let text = String::from_utf8(first).unwrap();
    assert!(text.contains("Ségou"), "accents stay readable in the file");
    let body = text.lines().find(|l| !l.starts_with("//") && !l.is_empty());
    assert_eq!(body, Some("("));
    let first_field = text
        .lines()
        .find(|l| l.trim_start().starts_with(|c: char| c.is_alphabetic()));
    assert_eq!(
        first_field.map(str::trim),
        Some(format!("format_version: {FORMAT_VERSION},").as_str())
    );
}

#[test]
fn file_names_sort_by_date_and_say_what_they_hold() {
    let s = sample(
        "0123456789abcdef0123456789abcdef",
        "Atelier de Ségou : 2ᵉ réunion",
    );
    assert_eq!(
        Store::file_name_for(&s),
        "2026-03-14_atelier-de-segou-2-reunion_01234567.ron"
    );
    let nameless = sample("fedcba9876543210fedcba9876543210", "ⵜⴰⵎⴰⵣⵉⵖⵜ");
    assert_eq!(Store::file_name_for(&nameless), "2026-03-14_fedcba98.ron");
}

/// Whether Windows takes `name` as a file name on NTFS and FAT: none of `<>:"/\|?*`
/// nor a control character, no dot or space at the end, no device name (CON, PRN, AUX,
/// NUL, COM1–9, LPT1–9, with any extension), at most 255 characters.
fn valid_on_windows(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").to_ascii_uppercase();
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && ('1'..='9').contains(&n.chars().next().unwrap()))
    };
    let device =
        ["CON", "PRN", "AUX", "NUL"].contains(&stem.as_str()) || numbered("COM") || numbered("LPT");
    !name.is_empty()
        && name.chars().count() <= 255
        && !device
        && !name.ends_with(['.', ' '])
        && !name
            .chars()
            .any(|c| c.is_control() || "<>:\"/\\|?*".contains(c))
}

#[test]
fn the_windows_rule_itself_refuses_what_windows_refuses() {
    for bad in [
        "CON", "con.ron", "Aux.txt", "NUL", "COM1.ron", "lpt9", "a:b.ron", "a?.ron", "a*", "a<b",
        "a>b", "a|b", "a\"b", "a\\b", "a/b", "a.", "a ", "a\tb", "",
    ] {
        assert!(!valid_on_windows(bad), "{bad:?}");
    }
    for good in [
        "COM0.ron",
        "CONSOLE.ron",
        "2026-03-14_con_01234567.ron",
        "a b.ron",
    ] {
        assert!(valid_on_windows(good), "{good:?}");
    }
}

#[test]
fn titles_and_ids_that_windows_refuses_make_valid_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let plain = Store::open(dir.path().join("plain")).unwrap();
    for (id, title) in [
        (
            "0123456789abcdef0123456789abcdef",
            "Mopti: bilan? <oui> | \"non\" * a/b \\ c",
        ),
        ("0123456789abcdef0123456789abcdef", "CON"),
        ("0123456789abcdef0123456789abcdef", "Réunion..."),
        ("0123456789abcdef0123456789abcdef", "AUX. "),
        ("CON", "NUL"),
        ("a:b?c*d<e>", "lpt1"),
        ("..", " . "),
        ("\u{0}\u{1f}|", ""),
    ] {
        let s = sample(id, title);
        let name = Store::file_name_for(&s);
        assert!(valid_on_windows(&name), "{title:?} {id:?}: {name:?}");
        let path = plain.new_path_for(&s);
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(valid_on_windows(name), "{title:?} {id:?}: {name:?}");
        // And it is saved and found again under that name.
        let saved = plain.save_new(&s).unwrap();
        assert!(saved.is_file(), "{}", saved.display());
    }
}

proptest! {
    #[test]
    fn every_file_name_is_valid_on_windows(
        title in prop_oneof![
            any::<String>(),
            "[ .:?*<>|\"\\\\/a-zA-Zé0-9]{0,60}",
            "(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])[. ]{0,3}",
        ],
        id in prop_oneof![any::<String>(), "[0-9a-f]{32}", "(CON|NUL|[:?*<>|. ]{1,8})"],
    ) {
        let name = Store::file_name_for(&sample(&id, &title));
        prop_assert!(valid_on_windows(&name), "{:?}", name);
    }
}

#[test]
fn two_new_sessions_with_the_same_name_never_share_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let s = sample("0123456789abcdef0123456789abcdef", "Même titre");
    let a = store.save_new(&s).unwrap();
    let b = store.save_new(&s).unwrap();
    assert_ne!(a, b);
}

#[cfg(unix)]
#[test]
fn the_folder_and_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("new").join("sessions");
    let store = Store::open(&folder).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder), 0o700);
    let path = store
        .save_new(&sample("0123456789abcdef0123456789abcdef", "x"))
        .unwrap();
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn a_failed_save_leaves_the_old_file_and_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let s = sample("0123456789abcdef0123456789abcdef", "x");
    let path = store.save_new(&s).unwrap();
    let before = fs::read(&path).unwrap();
    let err = toguna::store::atomic::write_atomic_with(&path, |f| {
        use std::io::Write;
        f.write_all(b"(format_version: 1, id: \"trunc")?;
        Err(std::io::Error::other("disk full"))
    });
    assert!(err.is_err());
    assert_eq!(fs::read(&path).unwrap(), before);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn every_kind_of_bad_file_is_reported_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let good = sample("0123456789abcdef0123456789abcdef", "good");
    let good_path = store.save_new(&good).unwrap();
    let text = format::to_text(&good);
    let w = |name: &str, bytes: &[u8]| fs::write(dir.path().join(name), bytes).unwrap();
    w("empty.ron", b"");
    w("truncated.ron", &text.as_bytes()[..text.len() / 2]);
    w("not-ron.ron", b"format_version = 1\n[session]\n");
    w("garbled.ron", b"(\n    format_version: 1,\n    id: [}\n");
    w(
        "missing-field.ron",
        text.replace("    title: \"good\",\n", "").as_bytes(),
    );
    w(
        "newer.ron",
        text.replace(
            &format!("format_version: {FORMAT_VERSION}"),
            "format_version: 7",
        )
        .as_bytes(),
    );
    w(
        "invalid-utf8.ron",
        b"(\n    format_version: 1,\n    id: \"\xff\xfe\",\n)",
    );
    fs::create_dir(dir.path().join("a-folder.ron")).unwrap();
    w("notes.txt", b"not a session, not looked at");

    let load = store.load_all().unwrap();
    assert_eq!(load.sessions.len(), 1);
    assert_eq!(load.sessions[0].path, good_path);
    let by_name = |name: &str| {
        load.errors
            .iter()
            .find(|e| e.path.file_name().unwrap() == name)
            .unwrap_or_else(|| panic!("{name} reported"))
    };
    assert_eq!(load.errors.len(), 8, "{:#?}", load.errors);
    assert_eq!(
        by_name("empty.ron").kind,
        LoadErrorKind::Parse(ParseError::Empty)
    );
    assert!(matches!(
        by_name("truncated.ron").kind,
        LoadErrorKind::Parse(ParseError::Syntax { .. })
    ));
    assert_eq!(
        by_name("not-ron.ron").kind,
        LoadErrorKind::Parse(ParseError::NoVersion)
    );
    assert!(matches!(
        by_name("garbled.ron").kind,
        LoadErrorKind::Parse(ParseError::Syntax { line: 3, .. })
    ));
    let missing = by_name("missing-field.ron").to_string();
    assert!(missing.contains("title"), "{missing}");
    assert!(missing.contains("missing-field.ron:"), "{missing}");
    assert_eq!(
        by_name("newer.ron").kind,
        LoadErrorKind::Parse(ParseError::Newer {
            found: 7,
            supported: FORMAT_VERSION
        })
    );
    assert!(by_name("newer.ron").to_string().contains("newer Toguna"));
    assert_eq!(
        by_name("invalid-utf8.ron").kind,
        LoadErrorKind::Parse(ParseError::NotUtf8 {
            line: 3,
            col: 10,
            byte: 34
        })
    );
    assert_eq!(by_name("a-folder.ron").kind, LoadErrorKind::Directory);
    // Each message is `file:line:col: what`.
    for e in &load.errors {
        let s = e.to_string();
        let mut parts = s.splitn(4, ':');
        parts.next();
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{s}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{s}");
    }
}

#[test]
fn resolve_finds_by_id_prefix_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let a = store
        .save_new(&sample("aaaa1111aaaa1111aaaa1111aaaa1111", "a"))
        .unwrap();
    store
        .save_new(&sample("aaaa2222aaaa2222aaaa2222aaaa2222", "b"))
        .unwrap();
    assert_eq!(store.resolve("aaaa1").unwrap().session.title, "a");
    assert_eq!(
        store
            .resolve("aaaa2222aaaa2222aaaa2222aaaa2222")
            .unwrap()
            .session
            .title,
        "b"
    );
    assert_eq!(
        store.resolve(a.to_str().unwrap()).unwrap().session.title,
        "a"
    );
    assert!(
        store
            .resolve("aaaa")
            .unwrap_err()
            .to_string()
            .contains("several")
    );
    assert!(store.resolve("bbbb").is_err());
}

#[test]
fn the_first_format_still_loads() {
    // This fixture is frozen: never edit it. A new format version adds a new fixture.
    let bytes = fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/format-v1.ron"
    ))
    .unwrap();
    let s = format::from_bytes(&bytes).unwrap();
    assert_eq!(s.format_version, 1);
    assert_eq!(s.title, "Atelier de Ségou");
    assert_eq!(s.voices[0].kind, VoiceKind::Group { headcount: 12 });
    assert_eq!(s.agreed_level("wide"), Some(2));
    assert!(
        s.dimension("wide").unwrap().contributions[0]
            .text
            .contains("ⵜⴰⵎⴰⵣⵉⵖⵜ")
    );
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zéèàçœ’« »\\n\\r\\t\"\\\\#ⵜⴰⵎمرحبا你好👩🏾‍🌾\u{301}\u{200f}]{0,40}",
    ]
}

fn arb_session() -> impl Strategy<Value = Session> {
    (
        arb_text(),
        arb_text(),
        proptest::collection::vec((arb_text(), any::<bool>(), 0u32..500, any::<u32>()), 0..5),
        proptest::collection::vec((arb_text(), proptest::option::of(0u32..5), 0u8..6), 0..6),
        -14i32..14,
        0i64..4_000_000_000,
    )
        .prop_map(|(title, notes, voices, contribs, tz, secs)| {
            let offset = FixedOffset::east_opt(tz * 3600).unwrap();
            let started = offset.timestamp_opt(secs, 0).unwrap();
            let mut s = Session::new(
                "0123456789abcdef0123456789abcdef".into(),
                title,
                started,
                "en",
                &Framework::builtin("en"),
            );
            s.notes = notes;
            for (i, (name, consent, headcount, _)) in voices.into_iter().enumerate() {
                s.voices.push(Voice {
                    id: i as u32 + 1,
                    person: i as u32 + 1,
                    kind: if headcount % 2 == 0 {
                        VoiceKind::Person
                    } else {
                        VoiceKind::Group { headcount }
                    },
                    name: name.clone(),
                    group: "cso".into(),
                    gender: Gender::ALL[headcount as usize % 5],
                    age_band: name,
                    organisation: String::new(),
                    consent_to_name: consent,
                });
            }
            for (text, voice, level) in contribs {
                let d = s.dimension_mut("deep");
                d.contributions.push(Contribution {
                    voice,
                    text: text.clone(),
                    phase: voice.map(|_| "evaluation".to_string()),
                    kind: ContributionKind::ALL[level as usize % 5],
                    at: started,
                });
                d.ratings.push(Rating {
                    voice: voice.unwrap_or(0),
                    level,
                    reason: text,
                });
            }
            s
        })
}

proptest! {
    #[test]
    fn any_session_round_trips_exactly(s in arb_session()) {
        let text = format::to_text(&s);
        let back = format::from_text(&text).unwrap();
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(format::to_text(&back), text.clone());
        // Read as the app reads a file it opens: the same, and nothing it does not know.
        let (examined, unknown) = format::from_bytes_reporting(text.as_bytes()).unwrap();
        prop_assert_eq!(&examined, &s);
        prop_assert_eq!(unknown, None);
        // And as Windows Notepad would have saved it.
        let notepad = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        prop_assert_eq!(&format::from_bytes(notepad.as_bytes()).unwrap(), &s);
    }

    #[test]
    fn the_loader_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = format::from_bytes(&bytes);
    }

    #[test]
    fn the_loader_never_panics_on_mutated_files(cut in 0usize..2000, byte in any::<u8>()) {
        let mut bytes = format::to_text(&sample("0123456789abcdef0123456789abcdef", "x")).into_bytes();
        let at = cut % bytes.len();
        bytes[at] = byte;
        let _ = format::from_bytes(&bytes);
        let _ = format::from_bytes(&bytes[..at]);
        let _ = format::from_bytes_reporting(&bytes);
        let _ = format::from_bytes_reporting(&bytes[..at]);
    }
}

#[test]
fn a_huge_file_and_a_symlink_loop_are_reported_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store
        .save_new(&sample("0123456789abcdef0123456789abcdef", "good"))
        .unwrap();
    let huge = fs::File::create(dir.path().join("huge.ron")).unwrap();
    huge.set_len(toguna::store::folder::MAX_FILE_SIZE + 1)
        .unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("b.ron"), dir.path().join("a.ron")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("a.ron"), dir.path().join("b.ron")).unwrap();
    }
    let load = store.load_all().unwrap();
    assert_eq!(load.sessions.len(), 1);
    let huge = load
        .errors
        .iter()
        .find(|e| e.path.ends_with("huge.ron"))
        .unwrap();
    assert!(matches!(huge.kind, LoadErrorKind::TooLarge { .. }));
    #[cfg(unix)]
    {
        let looped = load
            .errors
            .iter()
            .find(|e| e.path.ends_with("a.ron"))
            .unwrap();
        assert!(matches!(looped.kind, LoadErrorKind::Io(_)), "{looped}");
        assert_eq!(load.errors.len(), 3);
    }
}
