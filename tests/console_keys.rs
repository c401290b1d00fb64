//! Keys as Windows' console sends them: every key a press then a release, and a held
//! key as repeats. Releases do nothing anywhere; repeats act as presses.

#[path = "common/common.rs"]
mod common;

use common::Driver;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use toguna::app::Event;
use toguna::domain::session::Session;

fn key(code: KeyCode, modifiers: KeyModifiers, kind: KeyEventKind) -> Event {
    Event::Key(KeyEvent {
        code,
        modifiers,
        kind,
        state: KeyEventState::NONE,
    })
}

/// A set-up typed and saved, then one voice added and the room left, each key sent
/// by `send`.
fn set_up(send: &dyn Fn(&mut Driver, KeyCode, KeyModifiers)) -> Session {
    let mut d = Driver::new("en");
    let none = KeyModifiers::NONE;
    let typed = |d: &mut Driver, text: &str| {
        for c in text.chars() {
            send(d, KeyCode::Char(c), none);
        }
    };
    send(&mut d, KeyCode::Char('n'), none);
    typed(&mut d, "Gao: water committee");
    send(&mut d, KeyCode::Enter, none);
    typed(&mut d, "Gao");
    send(&mut d, KeyCode::Enter, none);
    send(&mut d, KeyCode::Char('s'), KeyModifiers::CONTROL);
    typed(&mut d, "Fatoumata Maïga");
    send(&mut d, KeyCode::Enter, none);
    send(&mut d, KeyCode::Esc, none);
    d.on_disk()
}

#[test]
fn a_release_after_every_key_changes_nothing() {
    let pressed = set_up(&|d, code, m| {
        d.event(key(code, m, KeyEventKind::Press));
    });
    let and_released = set_up(&|d, code, m| {
        d.event(key(code, m, KeyEventKind::Press));
        d.event(key(code, m, KeyEventKind::Release));
    });
    assert_eq!(pressed.title, "Gao: water committee");
    assert_eq!(pressed.voices.len(), 1, "{:?}", pressed.voices);
    assert_eq!(and_released.title, pressed.title);
    assert_eq!(and_released.series, pressed.series);
    assert_eq!(and_released.current_step, pressed.current_step);
    let names = |s: &Session| s.voices.iter().map(|v| v.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&and_released), names(&pressed));
}

#[test]
fn a_release_alone_does_nothing_and_asks_for_nothing() {
    let mut d = Driver::with_examples("en", common::t0());
    for code in [KeyCode::Char('n'), KeyCode::Char('q'), KeyCode::Enter] {
        let fx = d
            .app
            .on(key(code, KeyModifiers::NONE, KeyEventKind::Release));
        assert!(fx.is_empty(), "{code:?} released: {fx:?}");
    }
    assert!(d.app.workshop().is_none(), "no session opened by a release");
}

#[test]
fn a_held_key_repeats_as_presses() {
    let held = set_up(&|d, code, m| {
        // The first of a held key is a press, the rest repeats.
        d.event(key(code, m, KeyEventKind::Press));
        if matches!(code, KeyCode::Char('e')) {
            d.event(key(code, m, KeyEventKind::Repeat));
            d.event(key(code, m, KeyEventKind::Repeat));
        }
        d.event(key(code, m, KeyEventKind::Release));
    });
    assert_eq!(held.title, "Gao: wateeer committeeeeee");
}
