//! Loading a sessions folder of realistic files (about 80 KB of RON each).
//!
//!     cargo bench -j1 --bench load -- --warm-up-time 1 --measurement-time 3
//!
//! - `parse_1000_one_core`: `format::from_bytes` on 1,000 files already in memory, one
//!   after the other on one core: the baseline.
//! - `read_parse_1000_one_core`: `folder::load_file` (read + parse) of the same files,
//!   one after the other: what `load_all` does, without the threads.
//! - `load_all_1000`, `load_all_100`: `Store::load_all()` from a freshly opened store.
//! - `startup_100_first_frame`: what a facilitator waits for on opening the app on a
//!   folder of 100 sessions: load the folder, build the app, draw the home screen.
//!
//! Before the benchmarks, the very first `load_all` of the 1,000 files is timed once and
//! its peak memory printed (Linux: `/proc/self/clear_refs` and `VmHWM`).
//! `TOGUNA_BENCH_KEEP=DIR` writes the generated folders to DIR (which must not hold them
//! already) and keeps them.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::App;
use toguna::domain::framework::Framework;
use toguna::i18n::I18n;
use toguna::store::{Store, folder, format};

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

fn first_load_all(dir: &Path, n: usize) {
    let before = status_kb("VmRSS:");
    // Resets the peak resident size to the current one (Linux 4.0 and later).
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let t = Instant::now();
    let all = Store::open(dir).unwrap().load_all().unwrap();
    let took = t.elapsed();
    let peak = status_kb("VmHWM:");
    let after = status_kb("VmRSS:");
    assert_eq!(all.sessions.len(), n);
    assert!(all.errors.is_empty(), "{:?}", all.errors);
    println!(
        "first load_all of {n} files: {:.1} ms",
        took.as_secs_f64() * 1e3
    );
    if let (true, Some(before), Some(peak), Some(after)) = (reset, before, peak, after) {
        println!(
            "memory: {:.1} MB resident before, peak {:.1} MB during load_all (+{:.1} MB), \
             {:.1} MB with the {n} sessions loaded",
            before as f64 / 1024.0,
            peak as f64 / 1024.0,
            peak.saturating_sub(before) as f64 / 1024.0,
            after as f64 / 1024.0,
        );
    }
    drop(all);
}

fn startup(dir: &Path) -> Terminal<TestBackend> {
    let all = Store::open(dir).unwrap().load_all().unwrap();
    let app = App::new(
        I18n::with_extra_dir("fr", None),
        Framework::builtin("fr"),
        false,
        all.sessions,
        all.errors,
        sample::started(1000),
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
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

    first_load_all(&big, 1000);

    // Read only if that benchmark runs, so that a run filtered to `load_all_1000` under
    // `/usr/bin/time -v` shows the memory of loading alone.
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
        })
    });
    g.bench_function("read_parse_1000_one_core", |b| {
        b.iter(|| {
            paths
                .iter()
                .map(|p| folder::load_file(black_box(p)).unwrap())
                .collect::<Vec<_>>()
        })
    });
    g.bench_function("load_all_1000", |b| {
        b.iter(|| Store::open(black_box(&big)).unwrap().load_all().unwrap())
    });
    g.bench_function("load_all_100", |b| {
        b.iter(|| Store::open(black_box(&small)).unwrap().load_all().unwrap())
    });
    g.bench_function("startup_100_first_frame", |b| {
        b.iter(|| startup(black_box(&small)))
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
