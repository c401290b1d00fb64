//! What wakes the room screen: the session's files changing (a file watcher, with a
//! polling fallback for folders where change events do not arrive), keys, resizes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

use crossterm::event::{self, Event as Term, KeyCode, KeyEventKind, KeyModifiers};
use notify::{EventKind, RecursiveMode, Watcher};

use super::follower::{followed, stamps};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// The session, its control file or its lock changed (or may have).
    Changed,
    Resize,
    Quit,
}

/// Set (to anything) to follow by polling alone: folders on network shares and some
/// sync tools never send change events, and the tests prove the fallback with it.
pub const POLL_ONLY: &str = "TOGUNA_PRESENT_POLL";

/// How often the files are looked at: often without events, rarely as a safety net.
pub const POLL_ALONE: Duration = Duration::from_millis(100);
pub const POLL_BESIDE_EVENTS: Duration = Duration::from_secs(1);

/// Watches the session's folder for changes to its files; `None` when events are
/// turned off or cannot be had (then polling alone follows the session).
pub fn watch(session: &Path, tx: Sender<Signal>) -> Option<notify::RecommendedWatcher> {
    if std::env::var_os(POLL_ONLY).is_some_and(|v| !v.is_empty()) {
        return None;
    }
    let names: Vec<_> = followed(session)
        .iter()
        .filter_map(|p| p.file_name().map(std::ffi::OsStr::to_os_string))
        .collect();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(ev) = res else { return };
        // Reading the files (ours included) is no change.
        if matches!(ev.kind, EventKind::Access(_)) {
            return;
        }
        let ours = ev
            .paths
            .iter()
            .any(|p| p.file_name().is_some_and(|n| names.iter().any(|x| x == n)));
        if ours {
            let _ = tx.send(Signal::Changed);
        }
    })
    .ok()?;
    // The folder, not the file: a save renames a new file over the old one, and a
    // watch on the old one would be lost with it.
    let dir = session
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    watcher.watch(dir, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

/// Looks at the files' stamps every `every`, and says when they change.
pub fn poll(session: PathBuf, every: Duration, tx: Sender<Signal>, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let mut last = stamps(&session);
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(every);
            let now = stamps(&session);
            if now != last {
                last = now;
                if tx.send(Signal::Changed).is_err() {
                    break;
                }
            }
        }
    });
}

/// How long the reader waits for a key before it looks whether it should stop.
const STOP_CHECK: Duration = Duration::from_millis(50);

/// The room screen's few keys: q, Esc or Ctrl+C end it. Nothing else is read.
pub fn input(tx: Sender<Signal>, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            match event::poll(STOP_CHECK) {
                Ok(false) => continue,
                Ok(true) => {}
                Err(_) => break,
            }
            let signal = match event::read() {
                Ok(Term::Key(k)) if k.kind != KeyEventKind::Release => {
                    let ctrl_c =
                        k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL);
                    let quit = ctrl_c || matches!(k.code, KeyCode::Char('q') | KeyCode::Esc);
                    quit.then_some(Signal::Quit)
                }
                Ok(Term::Resize(..)) => Some(Signal::Resize),
                Ok(_) => None,
                Err(_) => break,
            };
            if let Some(s) = signal
                && tx.send(s).is_err()
            {
                break;
            }
        }
    })
}
