//! The terminal: set-up, the event loop, and restoring it whatever happens.

use std::io::{self, IsTerminal};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::execute;

use crate::app::{App, Confirm, Overlay};
use crate::context::Context;
use crate::store::Store;

pub fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

pub fn is_interactive() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal()
}

pub fn run(ctx: Context, custom_framework: bool) -> Result<(), String> {
    let i = &ctx.i18n;
    let store = ctx.store().map_err(|e| {
        crate::t!(
            i,
            "err-sessions-dir",
            dir = ctx.store_dir(),
            error = e.to_string()
        )
    })?;
    let load = store.load_all().map_err(|e| {
        crate::t!(
            i,
            "err-sessions-dir",
            dir = ctx.store_dir(),
            error = e.to_string()
        )
    })?;
    let folder = store.dir().display().to_string();
    let mut app = App::new(
        ctx.i18n,
        ctx.framework,
        custom_framework,
        load.sessions,
        load.errors,
        now(),
    );
    app.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    app.folder = folder;

    // ratatui::init installs a panic hook that restores the terminal before the
    // panic message is printed.
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, &store);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result.map_err(|e| e.to_string())
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    store: &Store,
) -> io::Result<()> {
    let mut generation = app.screen_generation;
    loop {
        if generation != app.screen_generation {
            // A new screen: repaint everything rather than diffing against the old one.
            terminal.clear()?;
            generation = app.screen_generation;
        }
        terminal.draw(|f| f.render_widget(&*app, f.area()))?;
        if app.quit {
            break;
        }
        // Only the visible timer needs a tick; otherwise wait for the user.
        let timeout = if app.workshop.is_some() {
            let ms = 1000 - now().timestamp_subsec_millis().min(999);
            Duration::from_millis(u64::from(ms))
        } else {
            Duration::from_secs(3600)
        };
        if event::poll(timeout)? {
            match event::read()? {
                Event::Key(k) => app.on_key(k),
                Event::Paste(text) => app.on_paste(&text),
                Event::Resize(..) => {}
                _ => continue,
            }
        }
        app.tick(now());
        persist(app, store);
    }
    Ok(())
}

/// Saves the open session if it changed, and finishes closing it once saved.
/// A failed save keeps everything in memory, says so, and is tried again on the next
/// event; quitting then asks first.
pub fn persist(app: &mut App, store: &Store) {
    if app.dirty {
        if let Some(ws) = app.workshop.as_mut() {
            if ws.path.is_none() && ws.session.title.trim().is_empty() {
                app.dirty = false;
            } else {
                let path = ws
                    .path
                    .clone()
                    .unwrap_or_else(|| store.new_path_for(&ws.session));
                match store.save(&ws.session, &path) {
                    Ok(()) => {
                        ws.path = Some(path);
                        app.dirty = false;
                        app.save_error = None;
                    }
                    Err(e) => app.save_error = Some(e.to_string()),
                }
            }
        } else {
            app.dirty = false;
        }
    }
    if app.closing {
        if app.dirty {
            // Could not save: stay in the session rather than lose it.
            app.closing = false;
            if app.quit {
                app.quit = false;
                app.overlay = Overlay::Confirm(Confirm::QuitUnsaved);
            }
        } else {
            app.closing = false;
            app.close_workshop();
        }
    }
}
