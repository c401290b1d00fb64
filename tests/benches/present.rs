//! The room screen following the facilitator: the real app and `toguna present`, each in
//! a pseudo-terminal, on a realistic session (30 voices, 150 contributions, 82 KB of
//! RON). Each iteration types a contribution in the app and measures from its Enter
//! (the commit: saved, synced) to the contribution on the room screen, read as a
//! terminal shows it.
//!
//! - `contribution_to_room_events`: the room follows with file change events;
//! - `contribution_to_room_polling`: with events turned off (`TOGUNA_PRESENT_POLL=1`).
//!
//!     cargo bench --bench present

use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use rexpect::session::{Options, PtySession, spawn_with_options};
use toguna::domain::session::Status;
use toguna::store::Store;

#[path = "gen.rs"]
mod sample;

const BIN: &str = env!("CARGO_BIN_EXE_toguna");

struct Pty {
    p: PtySession,
    screen: vt100::Parser,
}

impl Pty {
    fn start(args: &[&str], poll: bool) -> Pty {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg("stty rows 30 cols 100 && exec \"$0\" \"$@\"")
            .arg(BIN)
            .args(args)
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1");
        for var in ["TOGUNA_LANG", "TOGUNA_SESSIONS_DIR", "LANG", "LC_ALL"] {
            cmd.env_remove(var);
        }
        if poll {
            cmd.env("TOGUNA_PRESENT_POLL", "1");
        } else {
            cmd.env_remove("TOGUNA_PRESENT_POLL");
        }
        let p = spawn_with_options(cmd, Options::new().timeout_ms(Some(10_000))).unwrap();
        Pty {
            p,
            screen: vt100::Parser::new(
                NonZeroU16::new(30).unwrap(),
                NonZeroU16::new(100).unwrap(),
                0,
            ),
        }
    }

    fn send(&mut self, keys: &str) {
        self.p.send(keys).unwrap();
        self.p.flush().unwrap();
    }

    fn wait(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            let mut bytes = Vec::new();
            while let Some(c) = self.p.try_read() {
                bytes.push(c as u32 as u8);
            }
            if bytes.windows(4).any(|w| w == b"\x1b[6n") {
                self.send("\x1b[1;1R");
            }
            self.screen.process(&bytes);
            if self.screen.screen().contents().contains(text) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{text:?} never showed:\n{}",
                self.screen.screen().contents()
            );
            std::thread::yield_now();
        }
    }
}

/// A realistic session in progress, on its first dimension's contributions.
fn folder(dir: &Path) {
    let store = Store::open(dir).unwrap();
    let mut s = sample::realistic(7);
    s.status = Status::InProgress;
    s.ended = None;
    s.current_step = "wide/contributions".into();
    store.save_new(&s).unwrap();
}

fn bench(c: &mut Criterion, name: &str, poll: bool) {
    let tmp = tempfile::tempdir().unwrap();
    folder(tmp.path());
    let dir = tmp.path().to_str().unwrap();
    let mut app = Pty::start(&["--sessions-dir", dir, "--lang", "en"], false);
    app.wait("in progress");
    app.send("\r");
    app.wait("Alt+Enter New line");
    let mut room = Pty::start(&["--sessions-dir", dir, "present", "--lang", "en"], poll);
    room.wait("Wide · Contributions");
    let mut n = 0u64;
    let mut g = c.benchmark_group("present");
    g.sample_size(20).sampling_mode(SamplingMode::Flat);
    g.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                let text = format!("Said in the room, number {n}.");
                app.send(&text);
                app.wait(&text);
                let start = Instant::now();
                app.send("\r");
                room.wait(&text);
                total += start.elapsed();
            }
            total
        });
    });
    g.finish();
    app.send("\x03");
    room.send("q");
    let _ = app.p.process_mut().wait();
    let _ = room.p.process_mut().wait();
}

fn benches(c: &mut Criterion) {
    bench(c, "contribution_to_room_events", false);
    bench(c, "contribution_to_room_polling", true);
}

criterion_group! {
    name = present;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    targets = benches
}
criterion_main!(present);
