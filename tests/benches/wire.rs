//! What goes over the wire (an SSH link, a slow terminal): the bytes written to the
//! terminal for one frame, through the backend the app uses (`toguna::wire`), on a
//! fixed 120×40 viewport. Printed once, then the time of such draws is benchmarked.
//!
//!     cargo bench -j1 --bench wire -- --warm-up-time 1 --measurement-time 3
//!
//! The screen is the contributions editor of a realistic session (30 voices, 150
//! contributions in the dimension shown), with a sentence being typed.

use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use toguna::app::workshop::{Step, Sub};
use toguna::app::{App, Event};
use toguna::domain::framework::Framework;
use toguna::domain::session::Status;
use toguna::i18n::I18n;
use toguna::wire::LeanBackend;

#[path = "gen.rs"]
mod sample;

/// A writer that counts the bytes and throws them away (keeping the last frame's bytes
/// to show them).
#[derive(Clone, Default)]
struct Counter {
    total: Rc<Cell<u64>>,
    last: Rc<std::cell::RefCell<Vec<u8>>>,
}

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.total.set(self.total.get() + buf.len() as u64);
        self.last.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Wire {
    app: App,
    terminal: Terminal<LeanBackend<Counter>>,
    counter: Counter,
}

impl Wire {
    fn new(app: App) -> Wire {
        let counter = Counter::default();
        let terminal = Terminal::with_options(
            LeanBackend::new(counter.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, 120, 40)),
            },
        )
        .unwrap();
        Wire {
            app,
            terminal,
            counter,
        }
    }

    /// Draws a frame and returns the bytes it wrote.
    fn draw(&mut self) -> u64 {
        let before = self.counter.total.get();
        self.counter.last.borrow_mut().clear();
        let app = &self.app;
        self.terminal
            .draw(|f| f.render_widget(app, f.area()))
            .unwrap();
        self.counter.total.get() - before
    }

    fn key(&mut self, code: KeyCode) {
        let _ = self
            .app
            .on(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    /// The bytes of the last frame, escapes made visible.
    fn last(&self) -> String {
        String::from_utf8_lossy(&self.counter.last.borrow()).replace('\x1b', "␛")
    }
}

/// The seed of the newest generated session, first on the home screen.
fn newest() -> u64 {
    99
}

fn now() -> DateTime<FixedOffset> {
    sample::started(100) + chrono::Duration::minutes(5)
}

/// The home screen of a folder of 100 realistic sessions.
fn home() -> App {
    App::new(
        I18n::with_extra_dir("fr", None),
        Framework::builtin("fr"),
        false,
        sample::listed(100),
        vec![],
        now(),
    )
}

/// The contributions editor of a realistic session, a sentence half typed.
fn editor() -> Wire {
    let mut app = home();
    let mut s = sample::realistic(newest());
    let moved: Vec<_> = s
        .dimensions
        .iter_mut()
        .flat_map(|d| std::mem::take(&mut d.contributions))
        .collect();
    s.dimensions[0].contributions = moved;
    s.status = Status::InProgress;
    s.ended = None;
    let step = Step::Dim(0, Sub::Contributions);
    s.current_step = step.id(&app.framework);
    app.open(s, None, None);
    assert_eq!(app.workshop().map(|w| w.step), Some(step));
    let mut w = Wire::new(app);
    for c in "Les femmes du quartier ne sont pas consulté".chars() {
        w.key(KeyCode::Char(c));
    }
    w
}

fn report() {
    let mut w = editor();
    let full = w.draw();
    println!("bytes written, 120x40, contributions editor:");
    println!("  first frame (full paint):          {full:>6}");
    let still = w.draw();
    println!(
        "  redraw, nothing changed:           {still:>6}  {}",
        w.last()
    );
    w.key(KeyCode::Char('e'));
    let typed = w.draw();
    println!(
        "  one character typed:               {typed:>6}  {}",
        w.last()
    );
    w.key(KeyCode::Left);
    let left = w.draw();
    println!(
        "  cursor moved left once:            {left:>6}  {}",
        w.last()
    );
    let next = w.app.now + chrono::Duration::seconds(1);
    let _ = w.app.on(Event::Tick(next));
    let tick = w.draw();
    println!(
        "  timer tick (+1 s):                 {tick:>6}  {}",
        w.last()
    );
    // The same on the home screen, for comparison.
    let mut h = Wire::new(home());
    let home_full = h.draw();
    h.key(KeyCode::Down);
    let home_down = h.draw();
    println!("  home: first frame {home_full}, selection moved down {home_down}");
}

/// Times the draw that follows `change`, then undoes it (untimed) with `undo` and a draw.
fn timed_after(
    w: &mut Wire,
    iters: u64,
    change: impl Fn(&mut Wire),
    undo: impl Fn(&mut Wire),
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        change(w);
        let t = Instant::now();
        w.draw();
        total += t.elapsed();
        undo(w);
        w.draw();
    }
    total
}

fn benches(c: &mut Criterion) {
    report();
    let mut g = c.benchmark_group("wire_120x40");
    let mut w = editor();
    w.draw();
    g.bench_function("draw_after_one_character", |b| {
        b.iter_custom(|iters| {
            timed_after(
                &mut w,
                iters,
                |w| w.key(KeyCode::Char('e')),
                |w| w.key(KeyCode::Backspace),
            )
        });
    });
    g.bench_function("draw_after_cursor_left", |b| {
        b.iter_custom(|iters| {
            timed_after(
                &mut w,
                iters,
                |w| w.key(KeyCode::Left),
                |w| w.key(KeyCode::Right),
            )
        });
    });
    g.bench_function("draw_nothing_changed", |b| b.iter(|| w.draw()));
    g.bench_function("draw_after_tick", |b| {
        b.iter_custom(|iters| {
            timed_after(
                &mut w,
                iters,
                |w| {
                    let next = w.app.now + chrono::Duration::seconds(1);
                    let _ = w.app.on(Event::Tick(next));
                },
                |_| {},
            )
        });
    });
    g.finish();
}

criterion_group! {
    name = wire;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(wire);
