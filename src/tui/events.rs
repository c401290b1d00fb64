//! Where events come from: the terminal, the listing of the folder, time, signals. Each source
//! sends into one channel, so the loop sleeps until something arrives and wakes at once
//! (no polling interval decides how fast the home list appears).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::Duration;

use crossterm::event::{self, Event as Term};

use crate::app::Event;
use crate::store::Store;

/// Lists the folder on a thread of its own: the first frame never waits for it.
pub fn listing(store: Store, tx: Sender<Event>) {
    std::thread::spawn(move || {
        let _ = tx.send(Event::Listed(store.list()));
    });
}

/// The terminal's keys, pastes and resizes, read on a thread of their own.
pub struct Input {
    stop: Arc<AtomicBool>,
    reader: JoinHandle<()>,
}

/// How long the reader waits for a key before it looks whether it should stop.
const STOP_CHECK: Duration = Duration::from_millis(50);

impl Input {
    pub fn start(tx: Sender<Event>) -> Input {
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = Arc::clone(&stop);
        let reader = std::thread::spawn(move || {
            while !stopping.load(Ordering::Relaxed) {
                match event::poll(STOP_CHECK) {
                    Ok(false) => continue,
                    Ok(true) => {}
                    Err(_) => break,
                }
                let sent = match event::read() {
                    Ok(Term::Key(k)) => tx.send(Event::Key(k)),
                    Ok(Term::Paste(text)) => tx.send(Event::Paste(text)),
                    Ok(Term::Resize(..)) => tx.send(Event::Resize),
                    Ok(_) => Ok(()),
                    Err(_) => break,
                };
                if sent.is_err() {
                    break;
                }
            }
        });
        Input { stop, reader }
    }

    /// Stops reading, so that nothing is read from the terminal once it is restored.
    pub fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.reader.join();
    }
}

/// The signals that ask the program to end: SIGHUP (the terminal or the SSH link is
/// gone), SIGTERM (a shutdown), SIGINT and SIGQUIT (from `kill`: in the app, Ctrl+C and
/// Ctrl+\\ are keys). Each becomes an event, so the loop wakes and the app leaves as it
/// does on Ctrl+C.
#[cfg(unix)]
pub struct Signals {
    handle: signal_hook::iterator::Handle,
    forwarder: JoinHandle<()>,
}

#[cfg(unix)]
impl Signals {
    pub const ENDING: [i32; 4] = [
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ];

    pub fn start(tx: Sender<Event>) -> std::io::Result<Signals> {
        let mut signals = signal_hook::iterator::Signals::new(Self::ENDING)?;
        let handle = signals.handle();
        let forwarder = std::thread::spawn(move || {
            for signal in signals.forever() {
                if tx.send(Event::Signal(signal)).is_err() {
                    break;
                }
            }
        });
        Ok(Signals { handle, forwarder })
    }

    /// Stops forwarding; the handlers stay, so that a signal that comes while the
    /// program finishes does not cut it short.
    pub fn stop(self) {
        self.handle.close();
        let _ = self.forwarder.join();
    }
}

/// Elsewhere, Ctrl+C reaches the app as a key and there is nothing else to catch.
#[cfg(not(unix))]
pub struct Signals;

#[cfg(not(unix))]
impl Signals {
    pub fn start(_tx: Sender<Event>) -> std::io::Result<Signals> {
        Ok(Signals)
    }

    pub fn stop(self) {}
}
