//! `toguna present`: the room screen. A second, read-only process for a projector or a
//! second terminal that follows the session file as the facilitator works, and shows
//! the step the facilitator is on, in large type where it helps.
//!
//! It reads only what is saved: the session file (through the privacy gate, so names
//! only with consent and ratings only once revealed), and the small control file the
//! app writes beside it (which step, since when, blank or not). Text being typed and
//! drafts never reach it. It never writes to the folder.

mod follow;
mod follower;

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use ratatui::Terminal;

pub use follow::{POLL_ONLY, Signal};
pub use follower::Follower;

use crate::wire::LeanBackend;

fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// How long the loop may sleep: to the next second while the timer runs, a tenth of a
/// second while the file cannot be read, else until something changes.
fn sleep(f: &Follower) -> Duration {
    if f.failing() {
        return follow::POLL_ALONE;
    }
    if f.running() {
        let ms = 1000 - now().timestamp_subsec_millis().min(999);
        return Duration::from_millis(u64::from(ms));
    }
    Duration::from_secs(3600)
}

/// Runs the room screen until q, Esc or Ctrl+C.
pub fn run(mut follower: Follower, color: bool, ascii: bool) -> io::Result<()> {
    let (tx, rx) = mpsc::channel();
    let stop = Arc::new(AtomicBool::new(false));
    let watcher = follow::watch(follower.path(), tx.clone());
    let every = if watcher.is_some() {
        follow::POLL_BESIDE_EVENTS
    } else {
        follow::POLL_ALONE
    };
    follow::poll(
        follower.path().to_path_buf(),
        every,
        tx.clone(),
        Arc::clone(&stop),
    );
    drop(ratatui::init());
    let mut terminal = match Terminal::new(LeanBackend::new(io::stdout())) {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            return Err(e);
        }
    };
    let input = follow::input(tx, Arc::clone(&stop));
    let result = follow_loop(&mut terminal, &mut follower, &rx, (color, ascii));
    stop.store(true, Ordering::Relaxed);
    let _ = input.join();
    drop(watcher);
    ratatui::restore();
    result
}

fn follow_loop(
    terminal: &mut Terminal<LeanBackend<io::Stdout>>,
    follower: &mut Follower,
    rx: &mpsc::Receiver<Signal>,
    (color, ascii): (bool, bool),
) -> io::Result<()> {
    loop {
        let elapsed = follower.elapsed(now());
        terminal.draw(|f| {
            let area = f.area();
            crate::ui::present::render(follower.room(), elapsed, color, area, f.buffer_mut());
            if ascii {
                crate::ui::ascii::plain(f.buffer_mut());
            }
        })?;
        let first = match rx.recv_timeout(sleep(follower)) {
            Ok(s) => Some(s),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        };
        // A save is several events (the control file, the session): one read for all.
        let signals: Vec<Signal> = first
            .into_iter()
            .chain(std::iter::from_fn(|| rx.try_recv().ok()))
            .collect();
        if signals.contains(&Signal::Quit) {
            return Ok(());
        }
        if signals.contains(&Signal::Changed) || follower.failing() {
            follower.refresh();
        }
    }
}
