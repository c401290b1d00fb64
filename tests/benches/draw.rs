//! Drawing every screen of the app at 120×40 into a `TestBackend`, with realistic data:
//! 100 sessions on the home screen, 30 voices in the room, 150 contributions in the
//! dimension shown. The state is built outside the timed part; only
//! `terminal.draw(|f| f.render_widget(&app, f.area()))` is timed (the app's first frame
//! also times `App::new`).
//!
//!     cargo bench -j1 --bench draw -- --warm-up-time 1 --measurement-time 3
//!
//! `TOGUNA_BENCH_SHOW=1` prints each screen once as text, to check what is measured.

use std::hint::black_box;

use chrono::{DateTime, Duration, FixedOffset};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::views::{self, Grouping, View};
use toguna::app::workshop::{Step, Sub};
use toguna::app::{App, Event, Overlay, Screen};
use toguna::domain::framework::Framework;
use toguna::domain::session::Status;
use toguna::i18n::I18n;

#[path = "gen.rs"]
mod sample;

const W: u16 = 120;
const H: u16 = 40;
const SESSIONS: usize = 100;

/// Just after the newest of the generated sessions.
fn now() -> DateTime<FixedOffset> {
    sample::started(SESSIONS as u64) + Duration::minutes(5)
}

/// The seed of the newest generated session, first on the home screen.
fn newest() -> u64 {
    SESSIONS as u64 - 1
}

fn key(app: &mut App, code: KeyCode) {
    let _ = app.on(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// The home screen of a folder of 100 realistic sessions, in French.
fn home() -> App {
    App::new(
        I18n::with_extra_dir("fr", None),
        Framework::builtin("fr"),
        false,
        sample::listed(SESSIONS),
        vec![],
        now(),
    )
}

/// The newest session (30 voices, 150 contributions, all moved to the first dimension
/// so that its screens show 150), reopened at `step` as a session in progress.
fn workshop(step: Step) -> App {
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
    s.current_step = step.id(&app.framework);
    app.open(s, None, None);
    assert_eq!(app.workshop().map(|w| w.step), Some(step));
    app
}

fn contributions_typing() -> App {
    let mut app = workshop(Step::Dim(0, Sub::Contributions));
    typed(
        &mut app,
        "Les femmes du quartier ne sont pas consultées sur",
    );
    app
}

fn screens() -> Vec<(&'static str, App)> {
    let dims = |sub| workshop(Step::Dim(0, sub));
    let mut out = vec![("home_100", home())];
    let mut setup = home();
    key(&mut setup, KeyCode::Char('n'));
    assert_eq!(setup.workshop().map(|w| w.step), Some(Step::Setup));
    out.push(("setup", setup));
    out.push(("room_30_voices", workshop(Step::Room)));
    out.push(("review_of_actions", workshop(Step::Review)));
    out.push(("card", dims(Sub::Card)));
    out.push(("contributions_150_typing", contributions_typing()));
    let mut list = dims(Sub::Contributions);
    key(&mut list, KeyCode::Esc);
    key(&mut list, KeyCode::Up);
    out.push(("contributions_150_list", list));
    out.push(("ratings_30", dims(Sub::Ratings)));
    out.push(("agreement", dims(Sub::Agreement)));
    out.push(("actions", dims(Sub::Actions)));
    out.push(("summary", workshop(Step::Summary)));
    let mut help = contributions_typing();
    let _ = help.on(Event::Key(KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE)));
    assert!(matches!(help.overlay, Overlay::Help(_)));
    out.push(("help_overlay", help));
    // The views as reading the two newest sessions opens them.
    let (this, before) = (sample::realistic(newest()), sample::realistic(newest() - 1));
    let mut review = home();
    review.screen = Screen::View(View::Review {
        session: views::shown(&this, &review.sessions),
        previous: Some(views::shown(&before, &review.sessions)),
        tab: 0,
        grouping: Grouping::None,
        scroll: toguna::app::views::Scroll::default(),
    });
    out.push(("view_review", review));
    let mut compare = home();
    compare.screen = Screen::View(View::Compare {
        earlier: views::shown(&before, &compare.sessions),
        later: views::shown(&this, &compare.sessions),
        between: Vec::new(),
        scroll: toguna::app::views::Scroll::default(),
        laid: toguna::app::views::Memo::default(),
    });
    out.push(("view_compare", compare));
    let mut trend = home();
    key(&mut trend, KeyCode::Char('t'));
    assert!(trend.view().is_some(), "view_trend: no view opened");
    out.push(("view_trend", trend));
    let mut series = home();
    key(&mut series, KeyCode::Char('s'));
    assert!(
        matches!(series.view(), Some(View::Series(_))),
        "view_series"
    );
    out.push(("view_series_10", series));
    out.push(("view_trend_50_meetings", long_series()));
    out.push(("room_next_meeting_roster", next_meeting()));
    out
}

/// The trend of a series of 50 meetings (500 sessions in ten series).
fn long_series() -> App {
    let n = 500;
    let mut app = App::new(
        I18n::with_extra_dir("fr", None),
        Framework::builtin("fr"),
        false,
        sample::listed(n),
        vec![],
        sample::started(n as u64) + Duration::minutes(5),
    );
    key(&mut app, KeyCode::Char('t'));
    match app.view() {
        Some(View::Trend(t)) => assert_eq!(t.trend.points.len(), 50, "a series of 50"),
        _ => panic!("view_trend_50_meetings: no trend"),
    }
    app
}

/// The next meeting of the newest session's series, on who is in the room: nobody yet,
/// the whole roster of the series below.
fn next_meeting() -> App {
    let mut app = home();
    let previous = sample::realistic(newest());
    let s =
        toguna::domain::series::next_meeting(&previous, "bench-next".into(), now(), &app.framework);
    app.open(s, None, Some(previous));
    key(&mut app, KeyCode::PageDown);
    assert_eq!(app.workshop().map(|w| w.step), Some(Step::Room));
    assert!(
        !app.absent().is_empty(),
        "room_next_meeting_roster: a roster"
    );
    app
}

fn show(name: &str, terminal: &Terminal<TestBackend>) {
    if std::env::var_os("TOGUNA_BENCH_SHOW").is_none() {
        return;
    }
    let buf = terminal.backend().buffer();
    println!("--- {name}");
    for y in 0..H {
        let row: String = (0..W).map(|x| buf[(x, y)].symbol()).collect();
        println!("{}", row.trim_end());
    }
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("draw_120x40");
    g.bench_function("home_100_first_frame", |b| {
        b.iter_batched(
            || {
                (
                    I18n::with_extra_dir("fr", None),
                    Framework::builtin("fr"),
                    sample::listed(SESSIONS),
                    Terminal::new(TestBackend::new(W, H)).unwrap(),
                )
            },
            |(i18n, fw, sessions, mut terminal)| {
                let app = App::new(i18n, fw, false, sessions, vec![], now());
                terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
                (app, terminal)
            },
            BatchSize::PerIteration,
        );
    });
    for (name, app) in screens() {
        let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        show(name, &terminal);
        g.bench_function(name, |b| {
            b.iter(|| {
                terminal
                    .draw(|f| f.render_widget(black_box(&app), f.area()))
                    .unwrap();
            });
        });
    }
    g.finish();
}

criterion_group! {
    name = draw;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(draw);
