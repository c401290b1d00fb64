//! The terminal: set-up, the event loop, and restoring it whatever happens.

use std::io::{self, IsTerminal};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::execute;

mod drafts;

pub use drafts::Drafts;

use crate::app::{App, Confirm, Overlay};
use crate::context::Context;
use crate::store::Store;
use crate::wire::LeanBackend;
use ratatui::Terminal;

pub fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

pub fn is_interactive() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal()
}

pub fn run(ctx: Context) -> Result<(), String> {
    let custom_framework = ctx.custom_framework;
    let store = ctx.store()?;
    // The folder loads on another thread, so the first frame never waits for it
    // (a thousand sessions take a while on an old laptop).
    let (tx, loaded) = std::sync::mpsc::channel();
    let loader = store.clone();
    std::thread::spawn(move || {
        let _ = tx.send(loader.list());
    });
    let folder = store.dir().display().to_string();
    let mut app = App::new(
        ctx.i18n,
        ctx.framework,
        custom_framework,
        vec![],
        vec![],
        now(),
    );
    app.loading = true;
    let reader = store.clone();
    app.reader = Box::new(move |p| reader.load(p));
    app.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    app.folder = folder;

    // ratatui::init installs a panic hook that restores the terminal before the
    // panic message is printed.
    // Its terminal is replaced by one that writes less per frame (see `wire`).
    drop(ratatui::init());
    let mut terminal = match Terminal::new(LeanBackend::new(io::stdout())) {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            return Err(e.to_string());
        }
    };
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let drafts = Drafts::background(store.clone());
    let result = event_loop(&mut terminal, &mut app, &store, &loaded, &drafts);
    drafts.finish();
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    if let Some(path) = &app.rescued {
        eprintln!(
            "{}",
            crate::t!(app.i18n, "rescued", file = path.display().to_string())
        );
    }
    result.map_err(|e| e.to_string())
}

fn event_loop(
    terminal: &mut Terminal<LeanBackend<io::Stdout>>,
    app: &mut App,
    store: &Store,
    loaded: &std::sync::mpsc::Receiver<io::Result<crate::store::FolderList>>,
    drafts: &Drafts,
) -> io::Result<()> {
    // No full clear between screens: ratatui draws only the cells that change, which
    // is what a slow link needs, and clearing would ask the terminal for the cursor
    // position and wait for an answer that a slow link may not bring in time.
    loop {
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
        if app.loading {
            match loaded.try_recv() {
                Ok(Ok(load)) => {
                    app.loaded(load.sessions, load.errors);
                    continue;
                }
                Ok(Err(e)) => {
                    app.loading = false;
                    app.warn(crate::t!(
                        app.i18n,
                        "err-sessions-dir",
                        dir = app.folder.as_str(),
                        error = e.to_string()
                    ));
                    continue;
                }
                Err(_) => {}
            }
        }
        // Text typed and not yet in the draft: wake up soon to write it, so that what
        // a crash can lose is never more than a second old.
        let timeout = if draft_pending(app) || app.loading {
            timeout.min(Duration::from_millis(100))
        } else {
            timeout
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
        persist_with(app, store, drafts);
    }
    Ok(())
}

/// Saves the open session if it changed, and finishes closing it once saved.
/// A failed save keeps everything in memory, says so, and is tried again on the next
/// event; quitting then asks first and writes a rescue copy elsewhere.
pub fn persist(app: &mut App, store: &Store) {
    persist_with(app, store, &Drafts::inline(store.clone()));
}

/// `persist`, with drafts going where `drafts` sends them.
pub fn persist_with(app: &mut App, store: &Store, drafts: &Drafts) {
    take_lock(app, store);
    restore_draft(app, store, drafts);
    if app.dirty {
        if let Some(ws) = app.workshop.as_mut() {
            if ws.path.is_none() && ws.session.title.trim().is_empty() {
                app.dirty = false;
            } else {
                save(app, store);
            }
        } else {
            app.dirty = false;
        }
    }
    keep_draft(app, drafts);
    if app.rescue {
        app.rescue = false;
        if let Some(ws) = app.workshop.take() {
            app.rescued = write_rescue(&ws.session, store);
        }
        app.dirty = false;
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

fn stamp(path: &std::path::Path) -> Option<(u64, std::time::SystemTime)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.len(), m.modified().ok()?))
}

fn save(app: &mut App, store: &Store) {
    let conflict_text = app.i18n.t("conflict-forked");
    let Some(ws) = app.workshop.as_mut() else {
        return;
    };
    // Someone else (a sync tool, an editor) changed the file since we read or wrote
    // it: keep both, by saving ours as a new session beside it.
    let mut forked = false;
    if let (Some(path), Some(known)) = (&ws.path, ws.disk_stamp)
        && stamp(path).is_some_and(|now| now != known)
    {
        ws.session.id = crate::domain::ids::new_session_id();
        ws.path = None;
        ws.lock = None;
        ws.disk_stamp = None;
        forked = true;
    }
    let path = ws
        .path
        .clone()
        .unwrap_or_else(|| store.new_path_for(&ws.session));
    match store.save(&ws.session, &path) {
        Ok(()) => {
            ws.disk_stamp = stamp(&path);
            if ws.lock.is_none()
                && let Ok(Ok(lock)) = crate::store::lock::Lock::acquire(&path, &now().to_rfc3339())
            {
                ws.lock = Some(lock);
            }
            ws.draft_checked = true;
            ws.path = Some(path);
            app.dirty = false;
            app.save_error = None;
        }
        Err(e) => app.save_error = Some(e.to_string()),
    }
    if forked {
        app.warn(conflict_text);
    }
}

/// On opening a saved session: take its lock, or open it read-only and say who holds
/// it; and read it again, in case it changed since the folder was listed.
fn take_lock(app: &mut App, store: &Store) {
    let Some(ws) = app.workshop.as_mut() else {
        return;
    };
    let Some(path) = ws.path.clone() else { return };
    if ws.lock.is_some() || app.closing {
        return;
    }
    match crate::store::lock::Lock::acquire(&path, &now().to_rfc3339()) {
        Ok(Ok(lock)) => {
            ws.lock = Some(lock);
            if let Ok(fresh) = store.load(&path)
                && fresh != ws.session
            {
                ws.session = fresh;
            }
            ws.disk_stamp = stamp(&path);
        }
        Ok(Err(holder)) => {
            let session = app.workshop.take().expect("checked").session;
            app.view = Some(crate::app::views::View::Review {
                session: crate::app::views::shown(&session, &app.sessions),
                previous: None,
                tab: 0,
                grouping: crate::app::views::Grouping::None,
                scroll: 0,
            });
            // "27 Nov 2026 22:41" rather than the lock file's RFC 3339 stamp.
            let since = DateTime::parse_from_rfc3339(&holder.since).map_or_else(
                |_| holder.since.clone(),
                |t| {
                    let local = t.naive_local();
                    format!(
                        "{} {}",
                        app.i18n.date_short(local.date()),
                        app.i18n.time(local.time())
                    )
                },
            );
            let text = crate::t!(
                app.i18n,
                "locked-by",
                pid = holder.pid,
                host = holder.host.as_str(),
                since = since.as_str()
            );
            app.warn(text);
        }
        // A folder where no lock can be written (read-only): carry on; saving will
        // say what is wrong.
        Err(_) => {}
    }
}

fn restore_draft(app: &mut App, store: &Store, drafts: &Drafts) {
    let Some(ws) = app.workshop.as_mut() else {
        return;
    };
    if ws.draft_checked {
        return;
    }
    ws.draft_checked = true;
    let Some(path) = ws.path.clone() else { return };
    drafts.settle();
    if let Some(d) = store.load_draft(&path) {
        ws.draft_written = Some((d.clone(), app.now));
        app.restore_draft(d);
    }
}

/// The least time between two writes of a draft: with the loop waking every 100 ms
/// while one is pending, the draft on disk is never more than a second behind.
const DRAFT_EVERY_MS: i64 = 900;

fn draft_pending(app: &App) -> bool {
    let Some(ws) = &app.workshop else {
        return false;
    };
    ws.path.is_some() && ws.draft_written.as_ref().map(|(d, _)| d) != app.current_draft().as_ref()
}

/// Writes the text being typed beside the session, at most once a second, and removes
/// it once it is saved or cleared.
fn keep_draft(app: &mut App, drafts: &Drafts) {
    let leaving = app.quit || app.closing;
    let current = app.current_draft();
    let now = app.now;
    let Some(ws) = app.workshop.as_mut() else {
        return;
    };
    let Some(path) = ws.path.clone() else { return };
    let written = ws.draft_written.as_ref().map(|(d, _)| d);
    if written == current.as_ref() {
        return;
    }
    match current {
        None => {
            drafts.remove(path);
            ws.draft_written = None;
        }
        Some(d) => {
            // Leaving or quitting writes it at once, whatever the rate.
            let due = leaving
                || ws
                    .draft_written
                    .as_ref()
                    .is_none_or(|(_, at)| (now - *at).num_milliseconds() >= DRAFT_EVERY_MS);
            if due && drafts.write(path, d.clone()) {
                ws.draft_written = Some((d, now));
            }
        }
    }
}

/// When nothing can be saved where the session lives, somewhere else: the temporary
/// folder, then the home folder.
fn write_rescue(s: &crate::domain::session::Session, store: &Store) -> Option<std::path::PathBuf> {
    let ext = if store.cipher().is_some() {
        ".ron.age"
    } else {
        ".ron"
    };
    let name = format!("toguna-rescue-{}{ext}", crate::domain::ids::short_id(&s.id));
    // Encrypted like the folder it belongs to: the rescue copy is no weaker.
    let text = store
        .seal(crate::store::format::to_text(s).as_bytes())
        .ok()?;
    let mut places = vec![std::env::temp_dir()];
    if let Some(home) = directories::UserDirs::new() {
        places.push(home.home_dir().to_path_buf());
    }
    places
        .into_iter()
        .map(|dir| dir.join(&name))
        .find(|p| crate::store::atomic::write_atomic(p, &text).is_ok())
}
