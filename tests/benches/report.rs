//! The reports for those who were not in the room, on realistic sessions (30 voices,
//! 150 contributions, a dozen actions each):
//!
//!     cargo bench --bench report
//!
//! - `html_series_50`, `xlsx_series_50`: the printable report and the workbook of a
//!   series of 50 meetings, from the sessions through the gate to the file's bytes.
//! - `csv_1000`, `xlsx_1000`: the tidy rows and the workbook of a folder of 1,000
//!   sessions.
//!
//! The size of each output is printed once before its benchmark.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use toguna::domain::digest::Digest;
use toguna::domain::privacy::{Gate, Public};
use toguna::i18n::I18n;
use toguna::output;
use toguna::report;

#[path = "gen.rs"]
mod sample;

/// The sessions as the gate lets them out, built from the folder's digests.
fn public(seeds: impl Iterator<Item = u64>) -> Vec<Public> {
    let sessions: Vec<_> = seeds.map(sample::realistic).collect();
    let digests: Vec<Digest> = sessions.iter().map(Digest::of).collect();
    let gate = Gate::new(&digests);
    let mut out: Vec<Public> = sessions.iter().map(|s| gate.session(s)).collect();
    out.sort_by_key(|p| p.session().started);
    out
}

fn html(series: &[Public], i: &I18n) -> String {
    let fw = sample::framework("fr");
    output::html::render(&report::printed::series(series, fw, i), "fr")
}

fn xlsx(sessions: &[Public], series: bool, i: &I18n) -> Vec<u8> {
    let fw = sample::framework("fr");
    output::xlsx::render(&report::workbook::workbook(sessions, series, fw, i)).unwrap()
}

fn csv(sessions: &[Public]) -> String {
    output::csv::render(&report::rows::tidy(&report::data::Export::of(sessions))).unwrap()
}

fn size(what: &str, bytes: usize) {
    eprintln!("{what}: {:.1} MB", bytes as f64 / 1e6);
}

fn series_50(c: &mut Criterion) {
    let i = I18n::with_extra_dir("fr", None);
    // Series 0 of the generator: seeds 0, 10, 20...
    let series = public((0..50).map(|m| m * 10));
    assert_eq!(series.len(), 50);
    assert!(
        series
            .iter()
            .all(|p| p.session().series == series[0].session().series)
    );
    size("HTML of 50 meetings", html(&series, &i).len());
    size("XLSX of 50 meetings", xlsx(&series, true, &i).len());
    let mut g = c.benchmark_group("series_50");
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("html_series_50", |b| {
        b.iter(|| black_box(html(&series, &i)));
    });
    g.bench_function("xlsx_series_50", |b| {
        b.iter(|| black_box(xlsx(&series, true, &i)));
    });
    g.finish();
}

fn folder_1000(c: &mut Criterion) {
    let i = I18n::with_extra_dir("fr", None);
    let all = public(0..1000);
    size("CSV of 1,000 sessions", csv(&all).len());
    size("XLSX of 1,000 sessions", xlsx(&all, false, &i).len());
    let mut g = c.benchmark_group("folder_1000");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(30));
    g.bench_function("csv_1000", |b| b.iter(|| black_box(csv(&all))));
    g.bench_function("xlsx_1000", |b| b.iter(|| black_box(xlsx(&all, false, &i))));
    g.finish();
}

criterion_group!(benches, series_50, folder_1000);
criterion_main!(benches);
