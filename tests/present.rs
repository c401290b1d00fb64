//! The room screen (`toguna present`) without a terminal: each view drawn from an
//! example meeting through the privacy gate (snapshots at 80x24 and 200x60, in both
//! languages), the bytes a frame sends through the app's lean backend, and the control
//! file the app writes for it through the real executor.

#[path = "common/common.rs"]
mod common;

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use toguna::domain::digest::Digest;
use toguna::domain::framework::Framework;
use toguna::domain::privacy::Gate;
use toguna::domain::session::{Contribution, ContributionKind, Gender, Session, Voice, VoiceKind};
use toguna::i18n::I18n;
use toguna::report::room::{Room, build};
use toguna::store::control::control_path;
use toguna::store::{Listed, Store};
use toguna::wire::LeanBackend;

/// The name of a voice that did not consent to be named.
const WITHHELD: &str = "Moussa Cissé";

/// The third Mopti meeting of the examples, the folder's digests, and the second
/// meeting's digest as last meeting: with a contribution of a voice without consent.
fn meeting() -> (Session, Vec<Listed>, Digest) {
    let all = Store::open(common::examples_dir()).unwrap().list().unwrap();
    let find = |start: &str| {
        all.sessions
            .iter()
            .find(|l| l.digest.title.starts_with(start))
            .unwrap()
            .clone()
    };
    let third = find("Mopti dialogue — meeting 3");
    let second = find("Mopti dialogue — meeting 2");
    let mut s = Store::open(common::examples_dir())
        .unwrap()
        .load(&third.path)
        .unwrap();
    // Someone who joined this meeting and did not agree to be named.
    let voice = s.next_voice_id();
    let person = s.voices.iter().map(|v| v.person).max().unwrap_or(0) + 1;
    s.voices.push(Voice {
        id: voice,
        person,
        kind: VoiceKind::Person,
        name: WITHHELD.into(),
        group: "youth".into(),
        gender: Gender::Man,
        age_band: "18-24".into(),
        organisation: String::new(),
        consent_to_name: false,
    });
    let at = s.started;
    s.dimension_mut("wide").contributions.push(Contribution {
        voice: Some(voice),
        text: format!("{WITHHELD} asks who chose the members."),
        phase: None,
        kind: ContributionKind::Question,
        at,
    });
    (s, all.sessions, second.digest)
}

fn room(s: &Session, folder: &[Listed], previous: &Digest, step: &str, lang: &str) -> Room {
    let gate = Gate::new(folder.iter().map(|l| &l.digest));
    build(
        &gate.session(s),
        Some(&gate.digest(previous)),
        step,
        false,
        &Framework::builtin(lang),
        &I18n::with_extra_dir(lang, None),
    )
}

fn draw(r: &Room, elapsed: i64, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| toguna::ui::present::render(r, elapsed, false, f.area(), f.buffer_mut()))
        .unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        for x in 0..w {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

const STEPS: [(&str, &str); 10] = [
    ("setup", "setup"),
    ("room", "people"),
    ("review", "review"),
    ("wide/card", "card"),
    ("wide/contributions", "contributions"),
    ("wide/ratings", "ratings_revealed"),
    ("wide/agreement", "agreement"),
    ("wide/actions", "actions"),
    ("summary", "summary"),
    ("systematic/ratings", "ratings_hidden"),
];

#[test]
fn every_room_view_at_80x24_and_200x60_in_both_languages() {
    let (mut s, folder, previous) = meeting();
    s.dimension_mut("systematic").ratings_revealed = false;
    for lang in ["en", "fr"] {
        for (step, name) in STEPS {
            let r = room(&s, &folder, &previous, step, lang);
            for (w, h) in [(80, 24), (200, 60)] {
                let text = draw(&r, 754, w, h);
                assert!(!text.contains(WITHHELD), "{step} {lang}: {text}");
                assert!(!text.contains("Moussa"), "{step} {lang}: {text}");
                insta::assert_snapshot!(format!("room_{name}_{lang}_{w}x{h}"), text);
            }
        }
        let mut blank = room(&s, &folder, &previous, "wide/ratings", lang);
        blank.blank = true;
        for (w, h) in [(80, 24), (200, 60)] {
            let text = draw(&blank, 754, w, h);
            assert!(text.contains("Mopti dialogue"), "{text}");
            assert!(!text.contains("12:34"), "nothing but the title: {text}");
            insta::assert_snapshot!(format!("room_blank_{lang}_{w}x{h}"), text);
        }
    }
}

#[test]
fn hidden_ratings_show_only_how_many_have_rated() {
    let (mut s, folder, previous) = meeting();
    s.dimension_mut("wide").ratings_revealed = false;
    let rated = s.dimension("wide").unwrap().ratings.len();
    let voices = s.voices.len();
    let text = draw(
        &room(&s, &folder, &previous, "wide/ratings", "en"),
        0,
        200,
        60,
    );
    assert!(
        text.contains(&format!("{rated} of {voices} voices have rated")),
        "{text}"
    );
    for r in &s.dimension("wide").unwrap().ratings {
        assert!(r.reason.is_empty() || !text.contains(&r.reason), "{text}");
    }
    // The bars' labels are the levels' names: none of them shows before the reveal.
    assert!(
        !text.contains("Consulted") && !text.contains("Involved"),
        "{text}"
    );
}

#[test]
fn the_room_screen_draws_at_any_size_without_panicking() {
    let (s, folder, previous) = meeting();
    for (step, _) in STEPS {
        let r = room(&s, &folder, &previous, step, "fr");
        for (w, h) in [
            (60, 16),
            (61, 17),
            (100, 30),
            (120, 40),
            (200, 60),
            (1, 1),
            (8, 2),
        ] {
            draw(&r, 3725, w, h);
        }
    }
}

#[derive(Clone, Default)]
struct Wire(Rc<RefCell<Vec<u8>>>);

impl Write for Wire {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Screen {
    terminal: Terminal<LeanBackend<Wire>>,
    wire: Wire,
}

impl Screen {
    fn new(w: u16, h: u16) -> Screen {
        let wire = Wire::default();
        let terminal = Terminal::with_options(
            LeanBackend::new(wire.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .unwrap();
        Screen { terminal, wire }
    }

    /// The bytes one frame of `r` sends.
    fn frame(&mut self, r: &Room, elapsed: i64) -> usize {
        self.wire.0.borrow_mut().clear();
        self.terminal
            .draw(|f| toguna::ui::present::render(r, elapsed, true, f.area(), f.buffer_mut()))
            .unwrap();
        self.wire.0.borrow().len()
    }
}

/// Idle, the room screen sends nothing but the timer; a new contribution sends its own
/// rows (and the count), not the screen again.
#[test]
fn a_new_contribution_costs_a_few_hundred_bytes_and_idle_only_the_timer() {
    let (mut s, folder, previous) = meeting();
    s.dimension_mut("deep").contributions.truncate(2);
    for (w, h) in [(80, 24), (200, 60)] {
        let mut screen = Screen::new(w, h);
        let r = room(&s, &folder, &previous, "deep/contributions", "en");
        let full = screen.frame(&r, 754);
        assert!(full > 1000, "the first frame paints the screen: {full}");
        assert_eq!(screen.frame(&r, 754), 0, "nothing changed, nothing sent");
        let tick = screen.frame(&r, 755);
        assert!(
            tick > 0 && tick <= 400,
            "{w}x{h}: a second costs {tick} bytes"
        );
        let mut more = s.clone();
        let at = more.started;
        more.dimension_mut("deep").contributions.push(Contribution {
            voice: None,
            text: "The platform should meet in the villages, not only in town.".into(),
            phase: None,
            kind: ContributionKind::Proposal,
            at,
        });
        let r = room(&more, &folder, &previous, "deep/contributions", "en");
        let added = screen.frame(&r, 755);
        eprintln!("{w}x{h}: first frame {full} B, a second {tick} B, a contribution {added} B");
        assert!(
            added <= 600,
            "{w}x{h}: a new contribution costs {added} bytes"
        );
    }
}

fn t0() -> DateTime<FixedOffset> {
    common::t0()
}

/// The app tells the room screen where it is: the control file follows each step
/// change and the blank key, private, and goes with the session when it is left.
#[test]
fn the_app_writes_the_control_file_and_removes_it_when_the_session_closes() {
    let mut d = common::Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Gao").ctrl('s');
    let path = d.ws().path.clone().expect("saved");
    let c = d
        .store
        .load_control(&path)
        .expect("written on the first step");
    assert_eq!((c.step.as_str(), c.blank, c.since), ("room", false, t0()));
    d.tick(90).key(KeyCode::PageDown);
    let c = d.store.load_control(&path).unwrap();
    assert_eq!(c.step, "review");
    assert_eq!(
        c.since,
        t0() + chrono::Duration::seconds(90),
        "the timer starts anew"
    );
    assert_eq!(
        d.on_disk().current_step,
        "review",
        "and the session says so too"
    );
    d.ctrl('e');
    assert!(d.store.load_control(&path).unwrap().blank);
    let hint = d.app.message.as_ref().map(|m| m.text.clone()).unwrap();
    assert!(hint.contains("Ctrl+E"), "{hint}");
    d.ctrl('e');
    assert!(!d.store.load_control(&path).unwrap().blank);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(control_path(&path))
            .unwrap()
            .permissions();
        assert_eq!(mode.mode() & 0o777, 0o600);
    }
    d.key(KeyCode::Esc);
    assert!(d.app.workshop().is_none(), "home");
    assert!(!control_path(&path).exists(), "gone with the session");
}

/// While typing too: the key is the workshop's, and what is typed stays as it was.
#[test]
fn the_blank_key_works_while_typing_and_leaves_the_text_alone() {
    let mut d = common::Driver::new("fr");
    d.key(KeyCode::Char('n')).typed("Gao").ctrl('s');
    d.keys(KeyCode::PageDown, 3).typed("à moitié");
    d.ctrl('e');
    let path = d.ws().path.clone().unwrap();
    assert!(d.store.load_control(&path).unwrap().blank);
    assert_eq!(
        d.app.current_draft().map(|x| x.text),
        Some("à moitié".to_string())
    );
}

#[test]
fn in_an_encrypted_folder_the_control_file_is_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let cipher = toguna::store::crypt::Cipher::create(dir.path(), "sous le toguna").unwrap();
    let store = Store::open(dir.path()).unwrap().with_cipher(cipher);
    let session = dir.path().join("2026-11-27_1a2b3c4d.ron.age");
    let c = toguna::store::control::RoomControl {
        blank: false,
        step: "wide/ratings".into(),
        since: t0(),
    };
    store.save_control(&session, &c).unwrap();
    let bytes = std::fs::read(control_path(&session)).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("wide/ratings"));
    assert_eq!(store.load_control(&session), Some(c));
    let plain = Store::open(dir.path()).unwrap();
    assert_eq!(plain.load_control(&session), None, "not without the key");
}

/// The room keeps what it showed while the file cannot be read (gone for a moment, or
/// half written by another tool), says it should try again soon, and catches up.
#[test]
fn a_file_briefly_missing_or_half_written_keeps_the_last_room_until_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let fw = Framework::builtin("en");
    let mut s = Session::new("1a2b3c4d".into(), "First".into(), t0(), "en", &fw);
    let path = store.save_new(&s).unwrap();
    let mut f = toguna::present::Follower::open(
        store.clone(),
        path.clone(),
        store.list().unwrap().sessions,
        fw,
        I18n::with_extra_dir("en", None),
    )
    .unwrap();
    assert_eq!(f.room().title, "First");
    assert!(!f.refresh(), "nothing changed, nothing read");
    std::fs::remove_file(&path).unwrap();
    assert!(!f.refresh());
    assert!(f.failing(), "tried again soon");
    assert_eq!(f.room().title, "First", "kept");
    std::fs::write(&path, "(format_version: 2, id: \"1a2b").unwrap();
    assert!(!f.refresh());
    assert_eq!(f.room().title, "First", "kept");
    s.title = "Second".into();
    store.save(&s, &path).unwrap();
    assert!(f.refresh());
    assert!(!f.failing());
    assert_eq!(f.room().title, "Second");
}
