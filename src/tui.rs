//! The terminal: set-up, the event loop, and restoring it whatever happens.

use std::io::{self, IsTerminal};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use ratatui::Terminal;

mod drafts;
pub mod events;
mod executor;

pub use drafts::Drafts;
pub use executor::Executor;

use crate::app::{App, Event};
use crate::wire::LeanBackend;

pub fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

pub fn is_interactive() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal()
}

/// Runs the app on the sessions folder `store` until the facilitator quits, or a signal
/// asks it to end: then which one, for the exit status.
pub fn run(
    i18n: crate::i18n::I18n,
    framework: crate::domain::framework::Framework,
    custom_framework: bool,
    store: crate::store::Store,
    ascii: bool,
) -> io::Result<Option<i32>> {
    let (tx, rx) = mpsc::channel();
    // The folder loads on another thread, so the first frame never waits for it
    // (a thousand sessions take a while on an old laptop).
    events::listing(store.clone(), tx.clone());
    let mut app = App::new(i18n, framework, custom_framework, vec![], vec![], now());
    app.loading = true;
    app.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    app.folder = store.dir().display().to_string();

    // ratatui::init installs a panic hook that restores the terminal before the
    // panic message is printed.
    // Its terminal is replaced by one that writes less per frame (see `wire`).
    drop(ratatui::init());
    let mut terminal = match Terminal::new(LeanBackend::new(io::stdout())) {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            return Err(e);
        }
    };
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let input = events::Input::start(tx.clone());
    // Without the handlers (a system that refuses them), a signal ends the program as
    // before: what was committed is on disk anyway.
    let signals = events::Signals::start(tx).ok();
    let mut exec = Executor::new(store.clone(), Drafts::background(store));
    let result = event_loop(&mut terminal, &mut app, &mut exec, &rx, ascii);
    if !exec.quit() {
        // The terminal failed (a hang-up can close it before its signal is handled):
        // a signal that came meanwhile is still a way out as on Ctrl+C, saving first.
        for event in rx.try_iter() {
            if matches!(event, Event::Signal(_)) {
                exec.handle(&mut app, event);
                break;
            }
        }
    }
    if let Some(s) = signals {
        s.stop();
    }
    input.stop();
    exec.finish(&app);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    if let Some(path) = &app.rescued {
        eprintln!(
            "{}",
            crate::t!(app.i18n, "rescued", file = path.display().to_string())
        );
    }
    match (result, app.signal) {
        // Asked to end: the terminal may well be gone, and that is no error.
        (_, Some(signal)) => Ok(Some(signal)),
        (result, None) => result.map(|()| None),
    }
}

/// How long the loop may sleep: until the next second while a timer is on screen, a
/// tenth of a second while typed text waits for its draft, else until something comes.
fn sleep(app: &App, exec: &Executor) -> Duration {
    let timer = if app.workshop().is_some() {
        let ms = 1000 - now().timestamp_subsec_millis().min(999);
        Duration::from_millis(u64::from(ms))
    } else {
        Duration::from_secs(3600)
    };
    if exec.draft_pending(app) {
        timer.min(Duration::from_millis(100))
    } else {
        timer
    }
}

fn event_loop(
    terminal: &mut Terminal<LeanBackend<io::Stdout>>,
    app: &mut App,
    exec: &mut Executor,
    rx: &mpsc::Receiver<Event>,
    ascii: bool,
) -> io::Result<()> {
    // No full clear between screens: ratatui draws only the cells that change, which
    // is what a slow link needs, and clearing would ask the terminal for the cursor
    // position and wait for an answer that a slow link may not bring in time.
    loop {
        // Quitting before drawing: after a hang-up there is no terminal to draw on.
        if exec.quit() {
            return Ok(());
        }
        terminal.draw(|f| {
            f.render_widget(&*app, f.area());
            if ascii {
                crate::ui::ascii::plain(f.buffer_mut());
            }
        })?;
        let first = match rx.recv_timeout(sleep(app, exec)) {
            Ok(event) => Some(event),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        };
        exec.handle(app, Event::Tick(now()));
        // Whatever else came meanwhile (keys typed fast over a slow link, a paste) is
        // taken in before the next frame.
        for event in first
            .into_iter()
            .chain(std::iter::from_fn(|| rx.try_recv().ok()))
        {
            exec.handle(app, event);
            if exec.quit() {
                break;
            }
        }
    }
}
