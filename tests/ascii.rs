//! `--ascii`: the screens a console without box drawing or symbols shows, at 80×24.
//! Nothing but ASCII is drawn apart from people's own text (letters, and the French
//! quotes « » that every Windows code page has).

#[path = "common/common.rs"]
mod common;

use chrono::{DateTime, FixedOffset};
use common::Driver;
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn fixed_now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-14T09:30:00+00:00").unwrap()
}

/// The app's screen as the terminal loop draws it with `--ascii`, one line per row.
fn draw_ascii(d: &Driver) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| {
            f.render_widget(&d.app, f.area());
            toguna::ui::ascii::plain(f.buffer_mut());
        })
        .unwrap();
    common::buffer_text(terminal.backend().buffer())
}

/// Every character that is not ASCII is a letter (of a name, a title, French words)
/// or a French quote.
fn only_ascii_and_letters(name: &str, screen: &str) {
    let odd: String = screen
        .chars()
        .filter(|c| !c.is_ascii() && !c.is_alphabetic() && !matches!(c, '«' | '»'))
        .collect();
    assert!(odd.is_empty(), "{name}: {odd:?} drawn in\n{screen}");
}

#[test]
fn every_kind_of_screen_is_plain_ascii() {
    for lang in ["en", "fr"] {
        let screens: [(&str, &[KeyCode]); 5] = [
            ("home", &[]),
            ("review", &[KeyCode::Char('r')]),
            ("compare", &[KeyCode::Char('c')]),
            ("trend", &[KeyCode::Char('t')]),
            ("summary", &[KeyCode::Enter]),
        ];
        for (name, keys) in screens {
            let mut d = Driver::with_examples(lang, fixed_now());
            for k in keys {
                d.key(*k);
            }
            only_ascii_and_letters(&format!("{name} {lang}"), &draw_ascii(&d));
        }
        // A session being run: its set-up, then the room with a voice.
        let mut d = Driver::with_examples(lang, fixed_now());
        d.typed("n").typed("Kidal — 1");
        only_ascii_and_letters(&format!("setup {lang}"), &draw_ascii(&d));
        d.ctrl('s').typed("Awa").key(KeyCode::Enter);
        only_ascii_and_letters(&format!("room {lang}"), &draw_ascii(&d));
        d.key(KeyCode::F(1));
        only_ascii_and_letters(&format!("help {lang}"), &draw_ascii(&d));
    }
}

#[test]
fn the_home_screen_in_ascii() {
    let d = Driver::with_examples("en", fixed_now());
    insta::assert_snapshot!("ascii_home_en_80x24", draw_ascii(&d));
}
