//! What several test binaries share: the real binary with nothing inherited from the
//! machine, the example sessions, and the app driven by keys through the executor the
//! event loop uses. Each test file takes it with `#[path = "common/common.rs"] mod common;`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toguna::app::workshop::{Step, Workshop};
use toguna::app::{App, Event};
use toguna::domain::framework::Framework;
use toguna::i18n::I18n;
use toguna::store::Store;
use toguna::tui::Executor;

/// The variables through which the machine could change what the binary does.
pub const MACHINE_VARS: [&str; 11] = [
    "TOGUNA_LANG",
    "TOGUNA_SESSIONS_DIR",
    "TOGUNA_LOCALES_DIR",
    "TOGUNA_PASSPHRASE",
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "NO_COLOR",
    "XDG_DATA_HOME",
    "HOME",
];

/// The binary with no language, folder, home or passphrase of this machine: `home` is
/// its home folder.
pub fn toguna(home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("toguna").unwrap();
    for var in MACHINE_VARS {
        cmd.env_remove(var);
    }
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("xdg"))
        .env("NO_COLOR", "1");
    cmd
}

/// `toguna --sessions-dir dir --lang en args…`, which must succeed: what it printed.
pub fn run_in(dir: &Path, args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = toguna(home.path())
        .arg("--sessions-dir")
        .arg(dir)
        .args(["--lang", "en"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The example sessions, copied once per test binary: listing a folder writes its
/// index, and the repository's own folder must stay as it is.
pub fn examples_dir() -> PathBuf {
    static COPY: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    COPY.get_or_init(|| copy_into(tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()))
        .path()
        .to_path_buf()
}

/// The example sessions in a folder of their own, to change freely.
pub fn copy_examples() -> tempfile::TempDir {
    copy_into(tempfile::tempdir().unwrap())
}

fn copy_into(dir: tempfile::TempDir) -> tempfile::TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    for e in std::fs::read_dir(repo).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ron") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

/// 27 November 2026, 14:05 UTC: the clock of every driven app.
pub fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-27T14:05:00+00:00").unwrap()
}

/// The app as the event loop drives it: each key goes through the same executor,
/// which saves, reads and writes drafts in a folder of its own.
pub struct Driver {
    pub app: App,
    pub exec: Executor,
    pub store: Store,
    pub dir: std::rc::Rc<tempfile::TempDir>,
    /// Where reports asked for in the app go.
    pub reports: std::rc::Rc<tempfile::TempDir>,
}

impl Driver {
    /// An empty sessions folder.
    pub fn new(lang: &str) -> Driver {
        Driver::in_folder(lang, tempfile::tempdir().unwrap(), t0())
    }

    /// A copy of the example sessions.
    pub fn with_examples(lang: &str, now: DateTime<FixedOffset>) -> Driver {
        Driver::in_folder(lang, copy_examples(), now)
    }

    pub fn in_folder(lang: &str, dir: tempfile::TempDir, now: DateTime<FixedOffset>) -> Driver {
        Driver::sharing(lang, std::rc::Rc::new(dir), now)
    }

    /// A second instance of the program on the same folder.
    pub fn beside(&self, lang: &str) -> Driver {
        Driver::sharing(lang, std::rc::Rc::clone(&self.dir), self.app.now)
    }

    fn sharing(
        lang: &str,
        dir: std::rc::Rc<tempfile::TempDir>,
        now: DateTime<FixedOffset>,
    ) -> Driver {
        let store = Store::open(dir.path()).unwrap();
        let list = store.list().unwrap();
        let mut app = App::new(
            I18n::with_extra_dir(lang, None),
            Framework::builtin(lang),
            false,
            list.sessions,
            list.errors,
            now,
        );
        // No path of this machine on screen, and the same drawing with or without NO_COLOR.
        app.folder = "/sessions".into();
        app.color = false;
        let reports = std::rc::Rc::new(tempfile::tempdir().unwrap());
        Driver {
            exec: Executor::inline(store.clone()).reports_in(reports.path().to_path_buf()),
            app,
            store,
            dir,
            reports,
        }
    }

    /// The process dies (its locks go with it, as the system would clear them), and a
    /// new one starts on the same folder.
    pub fn restart(self, lang: &str) -> Driver {
        let Driver { exec, dir, app, .. } = self;
        drop(exec);
        Driver::sharing(lang, dir, app.now)
    }

    pub fn event(&mut self, e: Event) -> &mut Self {
        self.exec.handle(&mut self.app, e);
        self
    }

    pub fn key_mod(&mut self, code: KeyCode, m: KeyModifiers) -> &mut Self {
        self.event(Event::Key(KeyEvent::new(code, m)))
    }

    pub fn key(&mut self, code: KeyCode) -> &mut Self {
        self.key_mod(code, KeyModifiers::NONE)
    }

    pub fn keys(&mut self, code: KeyCode, times: usize) -> &mut Self {
        for _ in 0..times {
            self.key(code);
        }
        self
    }

    pub fn ctrl(&mut self, c: char) -> &mut Self {
        self.key_mod(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    pub fn typed(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
        self
    }

    pub fn paste(&mut self, text: &str) -> &mut Self {
        self.event(Event::Paste(text.into()))
    }

    /// Time passes, as the loop's ticks say.
    pub fn tick(&mut self, seconds: i64) -> &mut Self {
        let now = self.app.now + chrono::Duration::seconds(seconds);
        self.event(Event::Tick(now))
    }

    pub fn ws(&self) -> &Workshop {
        self.app.workshop().expect("a workshop is open")
    }

    pub fn step(&self) -> Option<Step> {
        self.app.workshop().map(|w| w.step)
    }

    /// The one session of the folder, as a new run would read it.
    pub fn on_disk(&self) -> toguna::domain::session::Session {
        let all = self.store.load_all().unwrap();
        assert!(all.errors.is_empty(), "{:?}", all.errors);
        assert_eq!(all.sessions.len(), 1, "one file");
        all.sessions[0].session.clone()
    }
}

/// A drawn buffer as plain text: one line per row, wide characters counted once,
/// trailing spaces trimmed.
pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    use unicode_width::UnicodeWidthStr;
    let area = buf.area;
    let mut rows = Vec::with_capacity(usize::from(area.height));
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            let symbol = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            row.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        rows.push(row.trim_end().to_string());
    }
    rows.join("\n")
}
