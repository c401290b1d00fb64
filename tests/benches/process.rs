//! The real binary as a whole process, on generated folders of realistic sessions:
//!
//! - `list_visible_1000`: from starting the app in a pseudo-terminal (a warm index of
//!   1,000 sessions) to the home list on its screen, read as a terminal would show it.
//! - `check_1000`, `check_5000`: `toguna check` on 1,000 and 5,000 sessions; its peak
//!   memory is printed for each (`/usr/bin/time -f %M`), since `check` must stream.
//!
//!     cargo bench --bench process
//!
//! `TOGUNA_BENCH_KEEP=DIR` writes the generated folders to DIR and keeps them.

use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use rexpect::session::{Options, spawn_with_options};

#[path = "gen.rs"]
mod sample;

const BIN: &str = env!("CARGO_BIN_EXE_toguna");

fn toguna(dir: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.arg("--sessions-dir").arg(dir).args(["--lang", "en"]);
    for var in [
        "TOGUNA_LANG",
        "TOGUNA_SESSIONS_DIR",
        "LANG",
        "LC_ALL",
        "NO_COLOR",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// The peak resident memory of `toguna check` on `dir`, in kilobytes.
fn check_peak_kb(dir: &Path) -> Option<u64> {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(BIN)
        .arg("--sessions-dir")
        .arg(dir)
        .arg("check")
        .output()
        .ok()?;
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines().last()?.trim().parse().ok()
}

/// Starts the app in a 100x30 pseudo-terminal and waits until the home list shows the
/// newest session's title; returns how long that took.
fn list_visible(dir: &Path, title: &str) -> Duration {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty rows 30 cols 100 && exec \"$0\" \"$@\"")
        .arg(BIN)
        .arg("--sessions-dir")
        .arg(dir)
        .args(["--lang", "en"])
        .env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut p = spawn_with_options(cmd, Options::new().timeout_ms(Some(10_000))).unwrap();
    let mut screen = vt100::Parser::new(
        NonZeroU16::new(30).unwrap(),
        NonZeroU16::new(100).unwrap(),
        0,
    );
    // The title as the list shows it: its start (the column may cut it).
    let title: String = title.chars().take(24).collect();
    let shown = loop {
        let mut bytes = Vec::new();
        while let Some(c) = p.try_read() {
            bytes.push(c as u32 as u8);
        }
        screen.process(&bytes);
        // Answer "where is the cursor?" as a terminal does.
        if bytes.windows(4).any(|w| w == b"\x1b[6n") {
            p.send("\x1b[1;1R").unwrap();
            p.flush().unwrap();
        }
        if screen.screen().contents().contains(&title) {
            break start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the list never showed:\n{}",
            screen.screen().contents()
        );
        std::thread::yield_now();
    };
    p.send("q").unwrap();
    p.flush().unwrap();
    let _ = p.process_mut().wait();
    shown
}

fn benches(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let root = std::env::var_os("TOGUNA_BENCH_KEEP").map_or(tmp.path().to_path_buf(), Into::into);
    let mut g = c.benchmark_group("process");
    g.sample_size(10).sampling_mode(SamplingMode::Flat);

    let thousand = root.join("thousand");
    if !thousand.exists() {
        sample::folder(&thousand, 1000);
    }
    // A warm index: listed once, then dated an hour on so no file counts as just written.
    let newest = sample::realistic(999).title;
    let first = std::iter::repeat_with(|| list_visible(&thousand, &newest))
        .take(2)
        .last()
        .unwrap();
    println!("list visible after {first:?} (second start, warm index)");
    g.bench_function("list_visible_1000", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| list_visible(&thousand, &newest)).sum());
    });

    for n in [1000, 5000] {
        let dir = if n == 1000 {
            thousand.clone()
        } else {
            let dir = root.join("five-thousand");
            if !dir.exists() {
                sample::folder(&dir, n);
            }
            dir
        };
        match check_peak_kb(&dir) {
            Some(kb) => println!(
                "toguna check on {n} sessions: peak {:.1} MB",
                kb as f64 / 1024.0
            ),
            None => {
                println!(
                    "toguna check on {n} sessions: /usr/bin/time is needed to read its memory"
                );
            }
        }
        g.bench_function(format!("check_{n}"), |b| {
            b.iter(|| {
                let out = toguna(&dir).arg("check").output().unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stdout)
                );
            });
        });
    }
    g.finish();
}

criterion_group! {
    name = process;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = benches
}
criterion_main!(process);
