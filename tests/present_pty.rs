//! The room screen as a room sees it: the real binary, twice, in two pseudo-terminals,
//! the facilitator's app in one and `toguna present` in the other. Each process's
//! output is played into a terminal emulator (vt100) and read as a person would; every
//! wait is for text that shows only once the change before it has arrived, and times
//! out after ten seconds.

#![cfg(unix)]

use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use toguna::domain::framework::Framework;
use toguna::domain::session::Session;
use toguna::store::Store;

const TIMEOUT: Duration = Duration::from_secs(10);
const ENTER: &str = "\r";
/// Ctrl+S: saves the set-up from any of its fields.
const SAVE: &str = "\x13";
const ESC: &str = "\x1b";
const TAB: &str = "\t";
const DOWN: &str = "\x1b[B";
const PAGE_DOWN: &str = "\x1b[6~";
const CTRL_C: &str = "\x03";
const CTRL_E: &str = "\x05";

const TITLE: &str = "Atelier de Sévaré — réunion 1";
const NAME: &str = "Mariétou Kéïta";
const SAID: &str = "The pump has been broken since March.";
const REASON: &str = "Informed only";

/// One program in a pseudo-terminal, its output played on a virtual screen.
struct Pty {
    p: PtySession,
    screen: vt100::Parser,
}

impl Pty {
    fn start(home: &Path, size: (u16, u16), args: &[&str], env: &[(&str, &str)]) -> Pty {
        let (cols, rows) = size;
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!(
                "stty rows {rows} cols {cols} && exec \"$0\" \"$@\""
            ))
            .arg(env!("CARGO_BIN_EXE_toguna"))
            .args(args);
        for var in [
            "TOGUNA_LANG",
            "TOGUNA_SESSIONS_DIR",
            "TOGUNA_LOCALES_DIR",
            "TOGUNA_PASSPHRASE",
            "TOGUNA_PRESENT_POLL",
            "LANG",
            "LANGUAGE",
            "LC_ALL",
            "LC_MESSAGES",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", home)
            .env("XDG_DATA_HOME", home)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let p = spawn_with_options(
            cmd,
            Options::new().timeout_ms(Some(TIMEOUT.as_millis() as u64)),
        )
        .expect("start toguna in a pseudo-terminal");
        Pty {
            p,
            screen: vt100::Parser::new(
                NonZeroU16::new(rows).unwrap(),
                NonZeroU16::new(cols).unwrap(),
                0,
            ),
        }
    }

    fn send(&mut self, keys: &str) {
        self.p.send(keys).unwrap();
        self.p.flush().unwrap();
    }

    fn pump(&mut self) -> bool {
        let mut bytes = Vec::new();
        while let Some(c) = self.p.try_read() {
            bytes.push(c as u32 as u8);
        }
        // ratatui asks where the cursor is before it clears: answer as a terminal does.
        if bytes.windows(4).any(|w| w == b"\x1b[6n") {
            self.send("\x1b[1;1R");
        }
        self.screen.process(&bytes);
        !bytes.is_empty()
    }

    fn contents(&self) -> String {
        self.screen.screen().contents()
    }

    /// Waits until `done` holds of the screen; how long it took.
    fn until(&mut self, what: &str, done: impl Fn(&str) -> bool) -> Duration {
        let start = Instant::now();
        loop {
            let got = self.pump();
            if done(&self.contents()) {
                return start.elapsed();
            }
            assert!(
                start.elapsed() <= TIMEOUT,
                "waited {TIMEOUT:?} for {what} on the screen:\n{}",
                self.contents()
            );
            if !got {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    fn expect(&mut self, text: &str) -> Duration {
        self.until(&format!("{text:?}"), |s| s.contains(text))
    }

    fn gone(&mut self, text: &str) {
        self.until(&format!("{text:?} to go"), |s| !s.contains(text));
    }

    fn finish(mut self) -> i32 {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.pump();
            match self.p.process().status() {
                Some(WaitStatus::Exited(_, code)) => return code,
                Some(WaitStatus::StillAlive) | None => {}
                other => panic!("did not exit normally: {other:?}"),
            }
            assert!(Instant::now() < deadline, "did not end");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

fn app(home: &Path, sessions: &Path) -> Pty {
    let dir = sessions.to_str().unwrap();
    Pty::start(
        home,
        (100, 30),
        &["--sessions-dir", dir, "--lang", "en"],
        &[],
    )
}

fn room(home: &Path, sessions: &Path, lang: &str, env: &[(&str, &str)]) -> Pty {
    let dir = sessions.to_str().unwrap();
    Pty::start(
        home,
        (80, 24),
        &["--sessions-dir", dir, "present", "--lang", lang],
        env,
    )
}

/// The facilitator adds a contribution by a voice that did not consent, rates without
/// revealing, reveals, blanks: the room screen is read after each step and shows
/// exactly what it should — the pseudonym, the count, the distribution, then nothing.
#[test]
fn the_room_screen_follows_the_facilitator_and_shows_only_what_may_leave() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    let mut a = app(home.path(), &sessions);
    a.expect("Welcome to Toguna");
    a.send("n");
    a.expect("Only the title is needed");
    a.send(TITLE);
    a.send(SAVE);
    a.expect("Nobody yet");
    a.send(NAME);
    a.expect("Name or pseudonym");
    a.send(ENTER);
    a.expect("One voice");
    a.send(ESC);
    a.expect("Del Delete");

    // The room screen finds the session the app holds, without being told which.
    let mut r = room(home.path(), &sessions, "en", &[]);
    r.expect("Who took part: one voice, one person");
    assert!(
        r.contents().contains("Atelier de Sévaré"),
        "{}",
        r.contents()
    );

    a.send(PAGE_DOWN);
    a.expect("No earlier meeting in this series");
    r.expect("Review of actions");
    a.send(PAGE_DOWN);
    a.expect("Questions for the room");
    r.expect("Wide · Card");
    a.send(PAGE_DOWN);
    a.expect("Type what is said below");
    r.expect("Nothing said yet.");

    // A contribution by the voice without consent: the room sees its pseudonym.
    a.send(TAB);
    a.expect("Who is speaking?");
    a.send(DOWN);
    a.send(ENTER);
    a.gone("Who is speaking?");
    a.send(SAID);
    a.send(ENTER);
    a.expect("One contribution");
    let took = r.expect(SAID);
    eprintln!("a contribution on the room screen {took:?} after the app showed it");
    r.expect("P1 (");
    assert!(!r.contents().contains("Mariétou"), "{}", r.contents());
    assert!(!r.contents().contains("Kéïta"), "{}", r.contents());

    // Rated, not revealed: only the count.
    a.send(PAGE_DOWN);
    a.expect("Each voice's level");
    r.expect("No voice has rated yet, of 1.");
    a.send("3");
    a.expect("Why, for");
    a.send(REASON);
    a.send(ENTER);
    a.gone("Why, for");
    r.expect("1 of 1 voices has rated");
    let screen = r.contents();
    for hidden in [REASON, "Involved", "Informed", "Absent"] {
        assert!(
            !screen.contains(hidden),
            "{hidden} before the reveal:\n{screen}"
        );
    }

    // Revealed: the distribution.
    a.send("\x12"); // Ctrl+R
    r.expect("One voice rated");
    r.expect("3 Involved");
    assert!(!r.contents().contains(REASON), "{}", r.contents());

    // Blanked: the title and nothing else; then back.
    a.send(CTRL_E);
    a.expect("brings it back");
    r.gone("One voice rated");
    let screen = r.contents();
    let shown: Vec<&str> = screen
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(shown, [TITLE], "only the title:\n{screen}");
    a.send(CTRL_E);
    r.expect("One voice rated");

    a.send(CTRL_C);
    assert_eq!(a.finish(), 0);
    r.send("q");
    assert_eq!(r.finish(), 0);
}

fn session(title: &str) -> Session {
    let fw = Framework::builtin("en");
    let t = chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00+00:00").unwrap();
    let mut s = Session::new("1a2b3c4d5e6f".into(), title.into(), t, "en", &fw);
    s.current_step = "summary".into();
    s
}

/// A session saved by anyone (here by the store, as the app saves it), followed with
/// change events, without them (polling alone), and in an encrypted folder (the
/// passphrase asked once, here from `TOGUNA_PASSPHRASE`); and after the file was
/// briefly missing.
#[test]
fn the_room_screen_follows_saves_with_events_or_by_polling_and_survives_a_missing_file() {
    for (poll, encrypted) in [(false, false), (true, false), (false, true)] {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("sessions");
        let store = Store::open(&dir).unwrap();
        let store = if encrypted {
            let c = toguna::store::crypt::Cipher::create(&dir, "sous le toguna").unwrap();
            store.with_cipher(c)
        } else {
            store
        };
        let mut s = session("First meeting");
        let path: PathBuf = store.save_new(&s).unwrap();
        let mut env = vec![("TOGUNA_PASSPHRASE", "sous le toguna")];
        if poll {
            env.push(("TOGUNA_PRESENT_POLL", "1"));
        }
        let mut r = room(home.path(), &dir, "fr", &env);
        r.expect("First meeting");
        r.expect("Synthèse");
        s.title = "Second title".into();
        store.save(&s, &path).unwrap();
        r.expect("Second title");
        // Gone for a moment (a sync tool replacing it), then back with a change.
        std::fs::remove_file(&path).unwrap();
        s.title = "Third title".into();
        store.save(&s, &path).unwrap();
        r.expect("Third title");
        r.send("q");
        assert_eq!(r.finish(), 0, "poll {poll}, encrypted {encrypted}");
    }
}

#[test]
fn with_no_session_in_progress_the_room_screen_says_so() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("sessions");
    let mut r = room(home.path(), &dir, "en", &[]);
    r.expect("there is no session in progress to show");
    assert_ne!(r.finish(), 0);
}
