//! Listing a sessions folder of realistic files (about 80 KB of RON each).
//!
//!     cargo bench --bench load
//!
//! - `parse_1000_one_core`: `format::from_bytes` on 1,000 files already in memory, one
//!   after the other on one core: the baseline the targets are ratios of.
//! - `list_1000_first`: `Store::list()` with no index: read, parse on both cores,
//!   digest, and write the index.
//! - `list_1000_again`, `list_100_again`: `Store::list()` when nothing changed: the
//!   index is read and checked against every file's size, times and inode.
//! - `load_all_1000`: every session in full, as `toguna check` reads them.
//! - `startup_first_frame_1000`: what the app does before its first frame: start the
//!   listing thread, build the app, draw the home screen (it shows "loading").
//! - `startup_100_listed_frame`: until the home screen shows the sessions of a folder
//!   of 100 that was listed before: list, build the app, draw.
//!
//! Before the benchmarks, the first listing of the 1,000 files is timed once and its
//! peak memory printed (Linux: `/proc/self/clear_refs` and `VmHWM`).
//! The generated files are minutes old for the index: listings run "as of" an hour
//! later, since files written in the last two seconds are not indexed.
//! `TOGUNA_BENCH_KEEP=DIR` writes the generated folders to DIR (which must not hold them
//! already) and keeps them.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::App;
use toguna::domain::framework::Framework;
use toguna::i18n::I18n;
use toguna::store::index::INDEX_FILE;
use toguna::store::{Store, format};

#[path = "gen.rs"]
mod sample;

/// A field of `/proc/self/status`, in kB.
fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

fn later() -> SystemTime {
    SystemTime::now() + Duration::from_secs(3600)
}

fn first_list(dir: &Path, n: usize) {
    let _ = std::fs::remove_file(dir.join(INDEX_FILE));
    let before = status_kb("VmRSS:");
    // Resets the peak resident size to the current one (Linux 4.0 and later).
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let t = Instant::now();
    let all = Store::open(dir).unwrap().list_as_of(later()).unwrap();
    let took = t.elapsed();
    let peak = status_kb("VmHWM:");
    let after = status_kb("VmRSS:");
    assert_eq!(all.sessions.len(), n);
    assert_eq!(all.parsed, n);
    assert!(all.errors.is_empty(), "{:?}", all.errors);
    println!(
        "first listing of {n} files: {:.1} ms",
        took.as_secs_f64() * 1e3
    );
    if let (true, Some(before), Some(peak), Some(after)) = (reset, before, peak, after) {
        println!(
            "memory: {:.1} MB resident before, peak {:.1} MB during the listing (+{:.1} MB), \
             {:.1} MB with the {n} digests held",
            before as f64 / 1024.0,
            peak as f64 / 1024.0,
            peak.saturating_sub(before) as f64 / 1024.0,
            after as f64 / 1024.0,
        );
    }
    let again = Store::open(dir).unwrap().list_as_of(later()).unwrap();
    assert_eq!(again.parsed, 0, "the second listing comes from the index");
    assert_eq!(again.sessions, all.sessions);
}

fn app(sessions: Vec<toguna::store::Listed>) -> App {
    let mut app = App::new(
        I18n::with_extra_dir("fr", None),
        Framework::builtin("fr"),
        false,
        vec![],
        vec![],
        sample::started(1000),
    );
    if sessions.is_empty() {
        app.loading = true;
    } else {
        app.loaded(sessions, vec![]);
    }
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal
}

fn benches(c: &mut Criterion) {
    // TOGUNA_BENCH_KEEP=DIR keeps the generated folders in DIR, to look at them.
    let tmp = tempfile::tempdir().unwrap();
    let root = std::env::var_os("TOGUNA_BENCH_KEEP").map_or(tmp.path().to_path_buf(), Into::into);
    let big = root.join("thousand");
    let small = root.join("hundred");
    let paths = sample::folder(&big, 1000);
    sample::folder(&small, 100);

    first_list(&big, 1000);
    first_list(&small, 100);

    // Read only if that benchmark runs, so that a run filtered to `list_1000_first`
    // under `/usr/bin/time -v` shows the memory of listing alone.
    let bytes = std::cell::OnceCell::new();
    let mut g = c.benchmark_group("load");
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    g.bench_function("parse_1000_one_core", |b| {
        let bytes: &Vec<Vec<u8>> =
            bytes.get_or_init(|| paths.iter().map(|p| std::fs::read(p).unwrap()).collect());
        b.iter(|| {
            bytes
                .iter()
                .map(|b| format::from_bytes(black_box(b)).unwrap())
                .collect::<Vec<_>>()
        });
    });
    g.bench_function("list_1000_first", |b| {
        b.iter_batched(
            || std::fs::remove_file(big.join(INDEX_FILE)).unwrap(),
            |()| {
                Store::open(black_box(&big))
                    .unwrap()
                    .list_as_of(later())
                    .unwrap()
            },
            criterion::BatchSize::PerIteration,
        );
    });
    g.bench_function("list_1000_again", |b| {
        b.iter(|| {
            Store::open(black_box(&big))
                .unwrap()
                .list_as_of(later())
                .unwrap()
        });
    });
    g.bench_function("list_100_again", |b| {
        b.iter(|| {
            Store::open(black_box(&small))
                .unwrap()
                .list_as_of(later())
                .unwrap()
        });
    });
    g.bench_function("load_all_1000", |b| {
        b.iter(|| Store::open(black_box(&big)).unwrap().load_all().unwrap());
    });
    g.bench_function("startup_first_frame_1000", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                let store = Store::open(black_box(&big)).unwrap();
                let lister = std::thread::spawn(move || store.list_as_of(later()));
                let shown = draw(&app(vec![]));
                total += t.elapsed();
                black_box(shown);
                lister.join().unwrap().unwrap();
            }
            total
        });
    });
    g.bench_function("startup_100_listed_frame", |b| {
        b.iter(|| {
            let list = Store::open(black_box(&small))
                .unwrap()
                .list_as_of(later())
                .unwrap();
            draw(&app(list.sessions))
        });
    });
    let listed = Store::open(&big).unwrap().list_as_of(later()).unwrap();
    // The privacy gate of the whole folder: every series' people linked, every withheld
    // name ready to find.
    g.bench_function("gate_new_1000", |b| {
        b.iter(|| toguna::domain::privacy::Gate::new(listed.sessions.iter().map(|l| &l.digest)));
    });
    // The folder listed, the app given it (the home list's texts gated) and drawn:
    // what the listing costs the app once it arrives.
    g.bench_function("home_1000_given_and_drawn", |b| {
        b.iter(|| draw(&app(black_box(listed.sessions.clone()))));
    });
    g.finish();
}

criterion_group! {
    name = load;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(load);
