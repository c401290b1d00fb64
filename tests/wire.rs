//! The bytes a frame sends to the terminal, counted through the backend the app uses:
//! what makes Toguna usable over SSH on a 2G link. Counting bytes needs no clock, so
//! these are tests; how long a draw takes is for `cargo bench --bench wire`.

#[path = "common/common.rs"]
mod common;

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use toguna::app::workshop::{Step, Sub};
use toguna::app::{App, Event};
use toguna::domain::digest::Digest;
use toguna::domain::framework::Framework;
use toguna::domain::session::Status;
use toguna::i18n::I18n;
use toguna::store::{Listed, Store};
use toguna::wire::LeanBackend;

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
    app: App,
    terminal: Terminal<LeanBackend<Wire>>,
    wire: Wire,
}

impl Screen {
    fn new(app: App, width: u16, height: u16) -> Screen {
        let wire = Wire::default();
        let terminal = Terminal::with_options(
            LeanBackend::new(wire.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
            },
        )
        .unwrap();
        Screen {
            app,
            terminal,
            wire,
        }
    }

    /// Draws a frame; returns what it sent, escapes made visible.
    fn frame(&mut self) -> String {
        self.wire.0.borrow_mut().clear();
        let app = &self.app;
        self.terminal
            .draw(|f| f.render_widget(app, f.area()))
            .unwrap();
        String::from_utf8_lossy(&self.wire.0.borrow()).replace('\x1b', "␛")
    }

    fn key(&mut self, code: KeyCode) -> &mut Self {
        let _ = self
            .app
            .on(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        self
    }
}

/// The contributions editor of the largest example session, in colour, a sentence
/// half typed.
fn editor(lang: &str) -> App {
    let dir = common::examples_dir();
    let all = Store::open(dir).unwrap().load_all().unwrap();
    let now = all.sessions[0].session.started;
    let mut s = all
        .sessions
        .iter()
        .max_by_key(|l| {
            l.session
                .dimensions
                .iter()
                .map(|d| d.contributions.len())
                .sum::<usize>()
        })
        .unwrap()
        .session
        .clone();
    let mut app = App::new(
        I18n::with_extra_dir(lang, None),
        Framework::builtin(lang),
        false,
        all.sessions
            .iter()
            .map(|l| Listed {
                path: l.path.clone(),
                digest: Digest::of(&l.session),
            })
            .collect(),
        vec![],
        now,
    );
    s.status = Status::InProgress;
    let step = Step::Dim(0, Sub::Contributions);
    s.current_step = step.id(&app.framework);
    app.open(s, None, None);
    assert_eq!(app.workshop().map(|w| w.step), Some(step));
    for c in "Les femmes du quartier ne sont pas consulté".chars() {
        let _ = app.on(Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }
    app
}

#[test]
fn typing_and_moving_the_cursor_send_only_what_changed() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        for lang in ["en", "fr"] {
            let mut s = Screen::new(editor(lang), w, h);
            let full = s.frame();
            assert!(full.len() > 1000, "the first frame paints the screen");
            assert_eq!(s.frame(), "", "a frame where nothing changed sends nothing");
            let typed = s.key(KeyCode::Char('e')).frame();
            assert!(typed.contains('e'), "{typed}");
            assert!(
                typed.len() <= 48,
                "{w}x{h} {lang}: {} bytes: {typed}",
                typed.len()
            );
            let left = s.key(KeyCode::Left).frame();
            assert!(
                left.len() <= 32,
                "{w}x{h} {lang}: {} bytes: {left}",
                left.len()
            );
            let right = s.key(KeyCode::Right).frame();
            assert!(
                right.len() <= 32,
                "{w}x{h} {lang}: {} bytes: {right}",
                right.len()
            );
            let erased = s.key(KeyCode::Backspace).frame();
            assert!(
                erased.len() <= 48,
                "{w}x{h} {lang}: {} bytes: {erased}",
                erased.len()
            );
        }
    }
}

#[test]
fn a_frame_leaves_the_terminal_with_plain_style_and_the_cursor_hidden_once() {
    let mut s = Screen::new(editor("en"), 120, 40);
    let full = s.frame();
    // After the last reset, only moves, text and the cursor's visibility: no style is
    // left set for whatever the terminal prints next.
    let tail = &full[full.rfind("␛[0m").expect("a reset") + "␛[0m".len()..];
    for seq in tail.split("␛[").skip(1) {
        let end = seq.find(|c: char| c.is_ascii_alphabetic()).unwrap();
        assert!(
            matches!(&seq[end..=end], "H" | "l"),
            "style set after the reset: {seq}"
        );
    }
    assert_eq!(full.matches("␛[?25l").count(), 1, "cursor hidden once");
    let typed = s.key(KeyCode::Char('x')).frame();
    assert!(!typed.contains("␛[?25l"), "not hidden again: {typed}");
}
