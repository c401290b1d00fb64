//! A very large session (300 voices, 5,000 contributions): saving it, and whether typing
//! and scrolling stay as fast as in a session of 5 contributions.
//!
//!     cargo bench -j1 --bench save -- --warm-up-time 1 --measurement-time 3
//!
//! - `save/store_save_large`: `Store::save` (text, then an atomic, synced write).
//! - `save/sum_of_large`: the file read again and summed (SHA-256), as the app does
//!   before each save; `save/from_bytes_reporting_large`: the parse of a file opened
//!   to edit, which also names the fields Toguna does not know.
//! - `save/to_text_large`, `save/from_text_large`: the format alone, both ways;
//!   `save/ron_serializer_large`: ron's own serializer, which `to_text` matches byte for
//!   byte (see `store::writer`).
//! - `keystroke/N`: one `App::on_key` typing a character in the contributions editor of
//!   a session whose dimension holds N contributions.
//! - `keystroke_draw/N`: the same key and the frame that follows (120×40 `TestBackend`).
//! - `scroll_draw/N`: ↓ in the list of contributions and the frame that follows.
//!
//! In the last three, the key is undone (Backspace, ↑) and drawn outside the timed part.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::workshop::{Step, Sub};
use toguna::app::{App, Event};
use toguna::domain::framework::Framework;
use toguna::domain::session::{Session, Status};
use toguna::i18n::I18n;
use toguna::store::{Store, format};

#[path = "gen.rs"]
mod sample;

const SEED: u64 = 17;

/// 300 voices, `contributions` contributions all in the first dimension, 60 actions.
fn big(contributions: usize) -> Session {
    let mut s = sample::session(SEED, 300, contributions, 60);
    let moved: Vec<_> = s
        .dimensions
        .iter_mut()
        .flat_map(|d| std::mem::take(&mut d.contributions))
        .collect();
    s.dimensions[0].contributions = moved;
    s
}

fn key(app: &mut App, code: KeyCode) {
    let _ = app.on(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// The contributions editor of a session of `contributions` contributions, a sentence
/// half typed.
fn editor(contributions: usize) -> App {
    let mut s = big(contributions);
    s.status = Status::InProgress;
    s.ended = None;
    let mut app = App::new(
        I18n::with_extra_dir("fr", None),
        Framework::builtin("fr"),
        false,
        vec![],
        vec![],
        s.started + chrono::Duration::hours(3),
    );
    let step = Step::Dim(0, Sub::Contributions);
    s.current_step = step.id(&app.framework);
    app.open(s, None, None);
    assert_eq!(app.workshop().map(|w| w.step), Some(step));
    for c in "Les jeunes ne sont pas associés au suivi".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    app
}

/// The same screen, not typing: the list of contributions, the middle one selected.
fn list(contributions: usize) -> App {
    let mut app = editor(contributions);
    key(&mut app, KeyCode::Esc);
    let ws = app.workshop_mut().unwrap();
    // The same place in every list, so that the rows on screen hold the same text and
    // only the length of the list differs.
    ws.dims[0].contrib.selected = (contributions / 2).min(25);
    app
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
}

/// Times `change` (and a frame, if `frame`), then undoes it outside the timed part.
fn timed(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    iters: u64,
    frame: bool,
    change: KeyCode,
    undo: KeyCode,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let t = Instant::now();
        key(app, change);
        if frame {
            draw(terminal, app);
        }
        total += t.elapsed();
        key(app, undo);
        if frame {
            draw(terminal, app);
        }
    }
    total
}

fn benches(c: &mut Criterion) {
    let large = big(5000);
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let path = store.save_new(&large).unwrap();
    let text = format::to_text(&large);
    // The text is written into a string sized beforehand; a hint too small would
    // double it (and copy 2 MB) on the way.
    let hint = format::size_hint(&large);
    assert!(
        hint >= text.len() && hint < text.len() * 2,
        "{hint} for {}",
        text.len()
    );
    println!(
        "large session: {} voices, {} contributions, {} actions, {:.2} MB of RON",
        large.voices.len(),
        large
            .dimensions
            .iter()
            .map(|d| d.contributions.len())
            .sum::<usize>(),
        large.all_actions().count(),
        text.len() as f64 / 1e6
    );

    let mut g = c.benchmark_group("save");
    g.sample_size(20).sampling_mode(SamplingMode::Flat);
    g.bench_function("store_save_large", |b| {
        b.iter(|| store.save(black_box(&large), &path).unwrap());
    });
    g.bench_function("to_text_large", |b| {
        b.iter(|| format::to_text(black_box(&large)));
    });
    // The generic serializer the file format is defined by, for comparison.
    g.bench_function("ron_serializer_large", |b| {
        b.iter(|| ron::ser::to_string_pretty(black_box(&large), format::pretty()).unwrap());
    });
    g.bench_function("from_text_large", |b| {
        b.iter(|| format::from_text(black_box(&text)).unwrap());
    });
    // Opening a session to edit it: the parse that also names unknown fields.
    g.bench_function("from_bytes_reporting_large", |b| {
        b.iter(|| format::from_bytes_reporting(black_box(text.as_bytes())).unwrap());
    });
    // What the app adds before each save: the file read again and summed, to tell a
    // change by someone else by its content.
    g.bench_function("sum_of_large", |b| {
        b.iter(|| store.sum_of(black_box(&path)).unwrap());
    });
    g.finish();

    for (group, frame, make, change, undo) in [
        (
            "keystroke",
            false,
            editor as fn(usize) -> App,
            KeyCode::Char('e'),
            KeyCode::Backspace,
        ),
        (
            "keystroke_draw",
            true,
            editor,
            KeyCode::Char('e'),
            KeyCode::Backspace,
        ),
        ("scroll_draw", true, list, KeyCode::Down, KeyCode::Up),
    ] {
        let mut g = c.benchmark_group(group);
        // 50 already fills the list at 120x40: from there on, size must not matter.
        for n in [5usize, 50, 5000] {
            let mut app = make(n);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            draw(&mut terminal, &app);
            g.bench_function(BenchmarkId::from_parameter(n), |b| {
                b.iter_custom(|iters| timed(&mut app, &mut terminal, iters, frame, change, undo));
            });
        }
        g.finish();
    }
}

criterion_group! {
    name = save;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(save);
