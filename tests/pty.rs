//! Whole flows through the real binary in a pseudo-terminal: create a session, resume it
//! and finish it, and find the terminal restored on the way out.
//!
//! The app draws by differences (only the cells that changed, with cursor moves between
//! them), so its output is played into a terminal emulator (vt100) and the waits look at
//! the screen that results, as a person would. Every wait is for text that only shows
//! once the key before it has taken effect, and times out after ten seconds.

#![cfg(unix)]

use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rexpect::ReadUntil;
use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use toguna::domain::session::{Session, Status};
use toguna::store::format;

const TIMEOUT: Duration = Duration::from_secs(10);
const COLS: u16 = 100;
const ROWS: u16 = 30;

const PAGE_DOWN: &str = "\x1b[6~";
const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";
/// Ctrl+S: saves the set-up from any of its fields.
const SAVE: &str = "\x13";
const CTRL_C: &str = "\x03";
const CTRL_G: &str = "\x07";
/// "Where is the cursor?" (device status report).
const CURSOR_QUERY: &[u8] = b"\x1b[6n";
const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
const SHOW_CURSOR: &str = "\x1b[?25h";

/// What the shell of `start_in_shell` prints before the app starts, and once it ended.
const BEFORE: &str = "--- before the app ---";
const AFTER: &str = "--- after the app ---";

const TITLE: &str = "Atelier de Sévaré — réunion 1";
const VOICE: &str = "Aïssata Maïga";
const CONTRIBUTION: &str = "The borehole committee never meets in Sévaré.";

/// The app in a pseudo-terminal of `COLS`×`ROWS`, with everything it sees of the
/// machine set here, and everything it writes kept and played on a virtual screen.
struct Toguna {
    p: PtySession,
    /// The whole output stream so far.
    raw: Vec<u8>,
    /// How far `raw` has been searched for cursor queries.
    scanned: usize,
    screen: vt100::Parser,
}

impl Toguna {
    fn start(home: &Path, sessions: &Path) -> Toguna {
        // The window size is set on the terminal before the app starts and asks for it.
        Toguna::spawn(
            home,
            sessions,
            &format!("stty rows {ROWS} cols {COLS} && exec \"$0\" \"$@\""),
        )
    }

    /// The app run by a shell that stays in the terminal around it: the shell prints
    /// the terminal's settings (`stty -a`) and `BEFORE`, runs the app, prints `AFTER`
    /// and the settings again, then ends with the app's exit status.
    fn start_in_shell(home: &Path, sessions: &Path) -> Toguna {
        Toguna::spawn(
            home,
            sessions,
            &format!(
                "stty rows {ROWS} cols {COLS} && stty -a && echo {BEFORE} && \"$0\" \"$@\"; \
                 s=$?; echo {AFTER}; stty -a; exit $s"
            ),
        )
    }

    fn spawn(home: &Path, sessions: &Path, script: &str) -> Toguna {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(script)
            .arg(env!("CARGO_BIN_EXE_toguna"))
            .arg("--sessions-dir")
            .arg(sessions)
            .args(["--lang", "en"]);
        for var in [
            "TOGUNA_LANG",
            "TOGUNA_SESSIONS_DIR",
            "TOGUNA_LOCALES_DIR",
            "LANG",
            "LANGUAGE",
            "LC_ALL",
            "LC_MESSAGES",
            "NO_COLOR",
            "TOGUNA_PASSPHRASE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", home)
            .env("XDG_DATA_HOME", home)
            .env("TERM", "xterm-256color");
        let timeout_ms = Some(TIMEOUT.as_millis() as u64);
        let p = spawn_with_options(cmd, Options::new().timeout_ms(timeout_ms))
            .expect("start toguna in a pseudo-terminal");
        Toguna {
            p,
            raw: Vec::new(),
            scanned: 0,
            screen: vt100::Parser::new(
                NonZeroU16::new(ROWS).unwrap(),
                NonZeroU16::new(COLS).unwrap(),
                0,
            ),
        }
    }

    fn send(&mut self, keys: &str) {
        self.p.send(keys).unwrap();
        self.p.flush().unwrap();
    }

    /// Takes in output read so far (rexpect keeps each byte as one `char`).
    fn take(&mut self, text: &str) {
        let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
        self.screen.process(&bytes);
        self.raw.extend_from_slice(&bytes);
        // Answer "where is the cursor?" as a terminal does: ratatui asks before it clears
        // the screen, and gives up (and the app with it) if no answer comes.
        let from = self.scanned.saturating_sub(CURSOR_QUERY.len() - 1);
        let queries = self.raw[from..]
            .windows(CURSOR_QUERY.len())
            .filter(|w| *w == CURSOR_QUERY)
            .count();
        self.scanned = self.raw.len();
        for _ in 0..queries {
            self.send("\x1b[1;1R");
        }
    }

    /// Reads what is there to read, without waiting.
    fn pump(&mut self) -> bool {
        let mut text = String::new();
        while let Some(c) = self.p.try_read() {
            text.push(c);
        }
        let got = !text.is_empty();
        self.take(&text);
        got
    }

    fn contents(&self) -> String {
        self.screen.screen().contents()
    }

    /// Waits until `text` is on the screen.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let got = self.pump();
            if self.contents().contains(text) {
                return;
            }
            assert!(
                Instant::now() <= deadline,
                "waited {TIMEOUT:?} for {text:?} on the screen:\n{}\n--- output stream ---\n{}",
                self.contents(),
                printable(&String::from_utf8_lossy(&self.raw))
            );
            if !got {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// Waits until `text` has been written `n` times (on a screen that scrolls, the
    /// screen alone cannot tell a new prompt from an old one).
    fn expect_times(&mut self, text: &str, n: usize) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let got = self.pump();
            if String::from_utf8_lossy(&self.raw).matches(text).count() >= n {
                return;
            }
            assert!(
                Instant::now() <= deadline,
                "waited {TIMEOUT:?} for {text:?} {n} times:\n{}",
                printable(&String::from_utf8_lossy(&self.raw))
            );
            if !got {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// Waits until `text` is no longer on the screen.
    fn gone(&mut self, text: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let got = self.pump();
            if !self.contents().contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{text:?} stayed on the screen:\n{}",
                self.contents()
            );
            if !got {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// Waits for the app to end; returns its exit code and the whole output stream.
    fn finish(mut self) -> (i32, String) {
        self.pump();
        loop {
            let (before, found) = self
                .p
                .exp_any(vec![
                    ReadUntil::String(String::from_utf8(CURSOR_QUERY.to_vec()).unwrap()),
                    ReadUntil::EOF,
                ])
                .unwrap_or_else(|e| panic!("waiting for the app to end: {e}"));
            let eof = found.as_bytes() != CURSOR_QUERY;
            self.take(&(before + &found));
            if eof {
                break;
            }
        }
        let code = match self.p.process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("the app did not exit normally: {other:?}"),
        };
        (code, String::from_utf8_lossy(&self.raw).into_owned())
    }
}

/// The output with escape sequences made visible, for failure messages.
/// Waits until `done` holds, looking every few milliseconds, for at most `TIMEOUT`.
fn wait_until(done: impl Fn() -> bool) {
    let deadline = Instant::now() + TIMEOUT;
    while !done() {
        assert!(Instant::now() < deadline, "waited {TIMEOUT:?} in vain");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn printable(s: &str) -> String {
    s.replace('\x1b', "␛")
}

fn session_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            p.extension().is_some_and(|x| x == "ron") && !name.starts_with('.')
        })
        .collect();
    files.sort();
    files
}

fn the_session(dir: &Path) -> Session {
    let files = session_files(dir);
    assert_eq!(
        files.len(),
        1,
        "one session file in {}: {files:?}",
        dir.display()
    );
    let bytes = std::fs::read(&files[0]).unwrap();
    format::from_bytes(&bytes)
        .unwrap_or_else(|e| panic!("{} does not parse: {e}", files[0].display()))
}

/// What the app leaves behind: the last switch of screen is the way back from the
/// alternate screen, and only the cursor being shown again may follow it.
fn assert_terminal_restored(out: &str) {
    let leave = out
        .rfind(LEAVE_ALTERNATE_SCREEN)
        .unwrap_or_else(|| panic!("never left the alternate screen: {}", printable(out)));
    let enter = out.rfind(ENTER_ALTERNATE_SCREEN).expect("entered it");
    assert!(enter < leave, "the last switch enters the alternate screen");
    let after = &out[leave + LEAVE_ALTERNATE_SCREEN.len()..];
    assert!(
        after.is_empty() || after == SHOW_CURSOR,
        "after leaving the alternate screen: {:?}",
        printable(after)
    );
}

/// From the welcome: a new session, one voice, on to the wide contributions, and one
/// contribution saved, on screen.
fn first_contribution(t: &mut Toguna) {
    t.expect("Welcome to Toguna");
    t.send("n");
    t.expect("Only the title is needed");
    t.send(TITLE);
    t.send(SAVE);
    // The room, under the new title.
    t.expect("Nobody yet");
    assert!(t.contents().contains(TITLE), "{}", t.contents());
    // Typing on the list starts a new voice with what is typed.
    t.send(VOICE);
    t.expect("Name or pseudonym");
    t.send(ENTER);
    // The voice is listed, and a fresh form is open for the next one.
    t.expect("One voice");
    t.send(ESC);
    // Esc must reach the app alone (an escape sequence right behind it would be read as
    // Alt+key): wait until the form is closed and the list's keys are offered again.
    t.expect("Del Delete");
    t.send(PAGE_DOWN);
    t.expect("No earlier meeting in this series");
    t.send(PAGE_DOWN);
    t.expect("Questions for the room");
    t.send(PAGE_DOWN);
    t.expect("Type what is said below");
    t.send(CONTRIBUTION);
    t.send(ENTER);
    t.expect("One contribution");
    assert!(t.contents().contains(CONTRIBUTION), "{}", t.contents());
}

/// (a) A new session: set-up, one voice, on to the wide contributions, one
/// contribution, and Ctrl+C.
fn create(home: &Path, sessions: &Path) -> String {
    let mut t = Toguna::start(home, sessions);
    first_contribution(&mut t);
    t.send(CTRL_C);
    let (code, out) = t.finish();
    assert_eq!(code, 0, "exit code");
    out
}

#[test]
fn create_resume_and_finish_a_session() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");

    // (a) Create.
    let out = create(home.path(), &sessions);
    assert_terminal_restored(&out);
    let s = the_session(&sessions);
    assert_eq!(s.title, TITLE);
    assert_eq!(s.status, Status::InProgress);
    assert_eq!(s.current_step, "wide/contributions");
    assert_eq!(s.ended, None);
    assert_eq!(s.voices.len(), 1, "{:#?}", s.voices);
    assert_eq!(s.voices[0].name, VOICE);
    let wide = s.dimension("wide").unwrap();
    assert_eq!(wide.contributions.len(), 1, "{:#?}", wide.contributions);
    assert_eq!(wide.contributions[0].text, CONTRIBUTION);
    assert_eq!(wide.contributions[0].voice, None, "attributed to the room");

    // (b) Resume where it stopped, go to the summary, finish, home, quit.
    let mut t = Toguna::start(home.path(), &sessions);
    t.expect(TITLE);
    assert!(t.contents().contains("in progress"), "{}", t.contents());
    t.send(ENTER);
    // Back on the fifth step: the contributions of the first dimension.
    t.expect("Wide  Card Contributions");
    t.expect(CONTRIBUTION);
    t.send(CTRL_G);
    t.expect("Go to step");
    // From the current step (5th of 19) down to the last, the summary.
    t.send(&DOWN.repeat(14));
    t.send(ENTER);
    t.expect("in progress — press f to finish");
    t.send("f");
    t.expect("Please confirm");
    t.send("y");
    t.expect("Agreed levels ─ finished");
    t.send("q");
    // Home again, the session finished.
    t.expect("Status");
    let home_screen = t.contents();
    let row = home_screen
        .lines()
        .find(|l| l.contains("Atelier de Sévaré"))
        .unwrap_or_else(|| panic!("{home_screen}"));
    assert!(row.contains("finished"), "{home_screen}");
    t.send("q");
    let (code, out) = t.finish();
    assert_eq!(code, 0, "exit code");
    // (c) The terminal is given back as it was found.
    assert_terminal_restored(&out);

    let s = the_session(&sessions);
    assert_eq!(s.status, Status::Finished);
    assert!(s.ended.is_some(), "ended is set");
    assert!(s.ended.unwrap() >= s.started);
    assert_eq!(s.current_step, "summary");
    assert_eq!(s.voices.len(), 1);
    assert_eq!(
        s.dimension("wide").unwrap().contributions[0].text,
        CONTRIBUTION
    );
}

/// (c) Quitting from the home screen at once, with q, also restores the terminal.
#[test]
fn quitting_from_home_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    let mut t = Toguna::start(home.path(), &sessions);
    t.expect("Welcome to Toguna");
    t.send("q");
    let (code, out) = t.finish();
    assert_eq!(code, 0);
    assert!(out.contains(ENTER_ALTERNATE_SCREEN), "{}", printable(&out));
    assert_terminal_restored(&out);
    assert!(
        session_files(&sessions).is_empty(),
        "nothing is written when nothing was done"
    );
}

/// A scripted workshop, one committed change per step: what the file must hold once
/// the step's effect is on the screen.
const KILL_STEPS: usize = 9;

fn run_until(t: &mut Toguna, k: usize) {
    let steps: [&dyn Fn(&mut Toguna); KILL_STEPS] = [
        &|t| {
            t.expect("Welcome to Toguna");
            t.send("n");
            t.expect("Only the title is needed");
            t.send(TITLE);
            t.send(SAVE);
            t.expect("Nobody yet");
        },
        &|t| {
            t.send(VOICE);
            t.expect("Name or pseudonym");
            t.send(ENTER);
            t.expect("One voice");
        },
        &|t| {
            t.send("Jeunes de Sévaré");
            t.send(ENTER);
            t.expect("2 voices");
            t.send(ESC);
            t.expect("Del Delete");
        },
        &|t| {
            t.send(PAGE_DOWN);
            t.expect("No earlier meeting in this series");
            t.send(PAGE_DOWN);
            t.expect("Questions for the room");
            t.send(PAGE_DOWN);
            t.expect("Type what is said below");
        },
        &|t| {
            t.send(CONTRIBUTION);
            t.send(ENTER);
            t.expect("One contribution");
        },
        &|t| {
            t.send("Second: ⵜⴰⵎⴰⵣⵉⵖⵜ, مرحبا.");
            t.send(ENTER);
            t.expect("2 contributions");
        },
        &|t| {
            t.send(PAGE_DOWN);
            t.expect("Each voice's level");
            t.send("3");
            t.expect("Why, for");
        },
        &|t| {
            t.send("They are informed only");
            t.expect("They are informed only");
            t.send(ENTER);
            t.gone("Why, for");
        },
        &|t| {
            t.send(PAGE_DOWN);
            t.expect("Last meeting");
            t.send("2");
            t.expect("▶2 Consulted");
        },
    ];
    for step in &steps[..k] {
        step(t);
    }
}

/// Everything committed by the first `k` steps is in the file.
fn check_committed(s: &Session, k: usize) {
    assert_eq!(s.title, TITLE);
    if k >= 2 {
        assert_eq!(s.voices[0].name, VOICE);
    }
    if k >= 3 {
        assert_eq!(s.voices.len(), 2);
    }
    if k >= 4 {
        assert!(s.current_step.starts_with("wide/"), "{}", s.current_step);
    }
    let wide = s.dimension("wide").unwrap();
    if k >= 5 {
        assert_eq!(wide.contributions[0].text, CONTRIBUTION);
    }
    if k >= 6 {
        assert_eq!(wide.contributions[1].text, "Second: ⵜⴰⵎⴰⵣⵉⵖⵜ, مرحبا.");
    }
    if k >= 7 {
        assert_eq!(wide.ratings[0].level, 3);
    }
    if k >= 8 {
        assert_eq!(wide.ratings[0].reason, "They are informed only");
    }
    if k >= 9 {
        assert_eq!(wide.agreed_level, Some(2));
    }
}

/// SIGKILL (as a power cut would) after each committed change of a scripted workshop:
/// every time, the file parses and holds everything committed, and no temporary file
/// is left that could be mistaken for a session.
#[test]
fn killed_at_any_point_nothing_committed_is_lost() {
    for k in 1..=KILL_STEPS {
        let home = tempfile::tempdir().unwrap();
        let sessions = home.path().join("sessions");
        let mut t = Toguna::start(home.path(), &sessions);
        run_until(&mut t, k);
        t.p.process_mut()
            .kill(rexpect::process::Signal::SIGKILL)
            .unwrap();
        let s = the_session(&sessions);
        check_committed(&s, k);
        // The lock of the killed process is left behind; the next run takes it over.
        let mut again = Toguna::start(home.path(), &sessions);
        again.expect(TITLE);
        again.send(ENTER);
        again.expect("Step ");
        assert!(
            !again.contents().contains("read-only"),
            "k={k}: {}",
            again.contents()
        );
        again.send(CTRL_C);
        let (code, _) = again.finish();
        assert_eq!(code, 0);
        check_committed(&the_session(&sessions), k);
    }
}

/// Text being typed, not yet saved, is kept (at most a second old) and offered back.
#[test]
fn killed_while_typing_the_text_comes_back() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    let mut t = Toguna::start(home.path(), &sessions);
    run_until(&mut t, 4);
    t.send("Half a sentence typed when the power went");
    t.expect("Half a sentence typed when the power went");
    // The draft is written within a second of the last key.
    let typed = "Half a sentence typed when the power went";
    wait_until(|| {
        session_files(&sessions).iter().any(|p| {
            let draft = p.with_file_name(format!(
                "{}.draft",
                p.file_name().unwrap().to_string_lossy()
            ));
            std::fs::read_to_string(draft).is_ok_and(|d| d.contains(typed))
        })
    });
    t.p.process_mut()
        .kill(rexpect::process::Signal::SIGKILL)
        .unwrap();
    let mut again = Toguna::start(home.path(), &sessions);
    again.expect(TITLE);
    again.send(ENTER);
    again.expect("Text you were typing before the interruption is back");
    again.expect("Half a sentence typed when the power went");
    again.send(ENTER);
    again.expect("One contribution");
    again.send(CTRL_C);
    let (code, _) = again.finish();
    assert_eq!(code, 0);
    let s = the_session(&sessions);
    assert_eq!(
        s.dimension("wide").unwrap().contributions[0].text,
        "Half a sentence typed when the power went"
    );
}

/// Through the real binary: a name of someone who did not consent, typed into a
/// contribution, is flagged on the spot, and one key puts the pseudonym in its place.
#[test]
fn a_name_without_consent_is_flagged_and_replaced_by_its_pseudonym() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    let mut t = Toguna::start(home.path(), &sessions);
    t.expect("Welcome to Toguna");
    t.send("n");
    t.expect("Only the title is needed");
    t.send(TITLE);
    t.send(SAVE);
    t.expect("Nobody yet");
    t.send("Mariétou Kéïta");
    t.expect("Name or pseudonym");
    t.send(ENTER);
    t.expect("One voice");
    t.send(ESC);
    t.expect("Del Delete");
    t.send(PAGE_DOWN);
    t.expect("No earlier meeting in this series");
    t.send(PAGE_DOWN);
    t.expect("Questions for the room");
    t.send(PAGE_DOWN);
    t.expect("Type what is said below");
    t.send("As KEITA said, the pump is broken.");
    t.send(ENTER);
    t.expect("did not agree to be named");
    t.send("\x10"); // Ctrl+P
    t.expect("As P1 said, the pump is broken.");
    t.send(CTRL_C);
    let (code, _) = t.finish();
    assert_eq!(code, 0);
    let s = the_session(&sessions);
    let text = &s.dimension("wide").unwrap().contributions[0].text;
    assert_eq!(text, "As P1 said, the pump is broken.");
}

/// The process of the app: the one that holds the lock of the open session.
fn holder_of(sessions: &Path) -> u32 {
    let files = session_files(sessions);
    let lock = std::fs::read_to_string(format!("{}.lock", files[0].display())).unwrap();
    lock.split_whitespace().next().unwrap().parse().unwrap()
}

fn draft_of(sessions: &Path) -> Option<String> {
    let files = session_files(sessions);
    std::fs::read_to_string(format!("{}.draft", files[0].display())).ok()
}

/// SIGHUP (the SSH link dropped), SIGTERM (a shutdown), SIGINT and SIGQUIT (from
/// `kill`) while text is being typed: the app leaves as on Ctrl+C. The terminal is
/// restored (the alternate screen left, `icanon`, `echo` and `isig` on again), the
/// lock released, the text typed in the draft, what was committed in the file, and
/// the exit status is 128 + the signal.
#[test]
fn a_signal_ends_the_app_as_ctrl_c_does() {
    for (name, number) in [("HUP", 1), ("INT", 2), ("QUIT", 3), ("TERM", 15)] {
        let home = tempfile::tempdir().unwrap();
        let sessions = home.path().join("sessions");
        let mut t = Toguna::start_in_shell(home.path(), &sessions);
        run_until(&mut t, 5);
        let typed = format!("Half a sentence when SIG{name} came");
        t.send(&typed);
        t.expect(&typed);
        let pid = holder_of(&sessions);
        let killed = Command::new("kill")
            .args(["-s", name, &pid.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let (code, out) = t.finish();
        assert_eq!(code, 128 + number, "SIG{name}: exit status");
        let (before, rest) = out
            .split_once(BEFORE)
            .unwrap_or_else(|| panic!("SIG{name}: {}", printable(&out)));
        let (app, after) = rest
            .split_once(AFTER)
            .unwrap_or_else(|| panic!("SIG{name}: {}", printable(&out)));
        assert_terminal_restored(app.trim_end_matches(['\r', '\n']));
        // The settings as they were found: line editing, signals from keys, and echo
        // (which the test's terminal has off) exactly as before.
        let settings = |text: &str| -> Vec<String> {
            text.split_whitespace()
                .filter(|w| {
                    ["icanon", "echo", "isig", "opost"].contains(&w.trim_start_matches('-'))
                })
                .map(str::to_string)
                .collect()
        };
        assert_eq!(settings(after), settings(before), "SIG{name}: {after}");
        assert!(settings(after).contains(&"icanon".to_string()), "{after}");
        let files = session_files(&sessions);
        assert!(
            !Path::new(&format!("{}.lock", files[0].display())).exists(),
            "SIG{name}: the lock is released"
        );
        let draft = draft_of(&sessions).unwrap_or_default();
        assert!(
            draft.contains(&typed),
            "SIG{name}: the draft holds {draft:?}"
        );
        check_committed(&the_session(&sessions), 5);
    }
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

/// FIFOs named like a session, the index, and the lock and draft of a real session:
/// the app lists the session, opens it for editing (the FIFO of the draft set aside,
/// the one of the lock replaced) and quits.
#[test]
fn fifos_in_the_folder_never_freeze_the_app() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    let mut t = Toguna::start(home.path(), &sessions);
    run_until(&mut t, 5);
    t.send(CTRL_C);
    assert_eq!(t.finish().0, 0);
    let file = session_files(&sessions).remove(0);
    mkfifo(&sessions.join("x.ron"));
    mkfifo(&sessions.join(".toguna-index.json"));
    mkfifo(Path::new(&format!("{}.lock", file.display())));
    mkfifo(Path::new(&format!("{}.draft", file.display())));
    let mut t = Toguna::start(home.path(), &sessions);
    t.expect(TITLE);
    t.send(ENTER);
    t.expect("not put back");
    t.expect(CONTRIBUTION);
    t.send(CTRL_C);
    let (code, out) = t.finish();
    assert_eq!(code, 0);
    assert_terminal_restored(&out);
    let s = format::from_bytes(&std::fs::read(&file).unwrap()).unwrap();
    check_committed(&s, 5);
}

/// Issue 14: a burst of text typed right after picking who speaks goes into a new
/// contribution, whole, and every record already there stays as it was.
#[test]
fn a_burst_typed_right_after_picking_a_speaker_changes_no_record() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    let mut t = Toguna::start(home.path(), &sessions);
    first_contribution(&mut t);
    let before = the_session(&sessions);
    // The list has the keys, then the picker: its number picks her, and the text
    // follows at once, as fast as a terminal delivers it.
    t.send(ESC);
    t.expect("Type to add one");
    t.send("\t1we need wells, and we need them now\r");
    t.expect("2 contributions");
    t.send(CTRL_C);
    let (code, _) = t.finish();
    assert_eq!(code, 0);
    let after = the_session(&sessions);
    let (b, a) = (
        before.dimension("wide").unwrap(),
        after.dimension("wide").unwrap(),
    );
    assert_eq!(a.contributions.len(), 2);
    assert_eq!(a.contributions[0], b.contributions[0], "unchanged");
    assert_eq!(
        a.contributions[1].text,
        "we need wells, and we need them now"
    );
    assert_eq!(a.contributions[1].voice, Some(1));
    assert_eq!(after.voices, before.voices);
}

/// An empty sessions folder, encrypted with `pass`.
fn encrypted_folder(sessions: &Path, pass: &str) {
    std::fs::create_dir_all(sessions).unwrap();
    toguna::store::crypt::Cipher::create(sessions, pass).unwrap();
}

const PASS: &str = "sous le toguna";

/// A wrong passphrase typed at the prompt asks again, saying how many tries are left,
/// and the right one then opens the app: a typo does not close it.
#[test]
fn a_wrong_passphrase_asks_again_and_the_right_one_opens_the_app() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    encrypted_folder(&sessions, PASS);
    let mut t = Toguna::start(home.path(), &sessions);
    t.expect("Passphrase for");
    t.send("not it\r");
    t.expect("Wrong passphrase. 2 more tries.");
    t.send("still not it\r");
    t.expect("Wrong passphrase. One more try");
    t.send(&format!("{PASS}\r"));
    t.expect("Welcome to Toguna");
    t.send("q");
    let (code, out) = t.finish();
    assert_eq!(code, 0);
    assert_terminal_restored(&out);
}

/// On the command line too, a wrong passphrase asks again; after the third the command
/// fails, saying so, and the folder is as it was.
#[test]
fn three_wrong_passphrases_end_the_command_clearly() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    encrypted_folder(&sessions, PASS);
    let mut t = Toguna::spawn(
        home.path(),
        &sessions,
        &format!("stty rows {ROWS} cols {COLS} && exec \"$0\" \"$@\" list"),
    );
    for (n, left) in [(1, "2 more tries"), (2, "One more try")] {
        t.expect_times("Passphrase for", n);
        t.send("not it\r");
        t.expect(left);
    }
    t.expect_times("Passphrase for", 3);
    t.send("not it\r");
    let (code, out) = t.finish();
    assert_ne!(code, 0, "{}", printable(&out));
    assert!(out.contains("wrong passphrase"), "{}", printable(&out));
    assert_eq!(
        std::fs::read_dir(&sessions).unwrap().count(),
        1,
        "only the key is there"
    );
}
