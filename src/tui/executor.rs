//! Carries out the app's effects against the sessions folder and feeds what happened
//! back in. The event loop and the tests use this same executor, so a test of "type,
//! commit, kill" exercises the real protocol.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, FixedOffset};

use super::drafts::Drafts;
use crate::app::{After, App, Effect, Effects, Event, ReadFor, SaveNotice};
use crate::domain::session::Session;
use crate::store::draft::{self, Draft, DraftProblem};
use crate::store::folder::Sum;
use crate::store::lock::Lock;
use crate::store::{LoadError, LoadErrorKind, Store};

/// The least time between two writes of a draft: with the loop waking every 100 ms
/// while one is pending, the draft on disk is never more than a second behind.
const DRAFT_EVERY_MS: i64 = 900;

pub struct Executor {
    store: Store,
    drafts: Drafts,
    /// The locks held on the files of open sessions.
    locks: HashMap<PathBuf, Lock>,
    /// Each open file as this instance last read or wrote it (length, modification
    /// time): a new length says at once that someone else changed it.
    stamps: HashMap<PathBuf, (u64, SystemTime)>,
    /// The sum of each open file's bytes as this instance last read or wrote them: the
    /// same length and times say nothing (an editor can set them back), the content
    /// does.
    sums: HashMap<PathBuf, Sum>,
    /// Open files that hold fields Toguna does not know and whose original has not
    /// been kept yet: it is, before the first save over it.
    unknown: HashSet<PathBuf>,
    /// The draft last written, for which file, and when.
    draft: Option<(PathBuf, Draft, DateTime<FixedOffset>)>,
    quit: bool,
    /// Where the reports asked for in the app go: never the sessions folder, where a
    /// plain page would sit beside encrypted sessions.
    reports: PathBuf,
}

/// The user's documents folder (`Toguna` in it), else their home, else the temporary
/// folder.
fn default_reports_dir() -> PathBuf {
    directories::UserDirs::new().map_or_else(
        || std::env::temp_dir().join("toguna-reports"),
        |u| {
            u.document_dir()
                .map_or_else(|| u.home_dir().join("Toguna reports"), |d| d.join("Toguna"))
        },
    )
}

fn stamp(path: &Path) -> Option<(u64, SystemTime)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.len(), m.modified().ok()?))
}

impl Executor {
    pub fn new(store: Store, drafts: Drafts) -> Executor {
        Executor {
            store,
            drafts,
            locks: HashMap::new(),
            stamps: HashMap::new(),
            sums: HashMap::new(),
            unknown: HashSet::new(),
            draft: None,
            quit: false,
            reports: default_reports_dir(),
        }
    }

    /// Reports go to `dir` instead (tests, a folder of one's choosing).
    #[must_use]
    pub fn reports_in(mut self, dir: PathBuf) -> Executor {
        self.reports = dir;
        self
    }

    /// Drafts written at once rather than on a thread: tests look at the disk right after.
    pub fn inline(store: Store) -> Executor {
        let drafts = Drafts::inline(store.clone());
        Executor::new(store, drafts)
    }

    /// An effect asked the program to end.
    pub fn quit(&self) -> bool {
        self.quit
    }

    /// An event, the effects it leads to and theirs; then the text being typed is kept.
    pub fn handle(&mut self, app: &mut App, event: Event) {
        let effects = app.on(event);
        self.run(app, effects);
        self.keep_draft(app, false);
    }

    pub fn run(&mut self, app: &mut App, effects: Effects) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            if let Some(event) = self.carry_out(app, effect) {
                queue.extend(app.on(event));
            }
        }
    }

    fn carry_out(&mut self, app: &mut App, effect: Effect) -> Option<Event> {
        match effect {
            Effect::Save { then } => self.save(app, then),
            Effect::Open { path, previous } => Some(self.open(app.now, path, previous)),
            Effect::SetDraftAside { path, problem } => Some(self.set_draft_aside(&path, problem)),
            Effect::Read { paths, then } => Some(self.read(&paths, then)),
            Effect::ReadPrevious(path) => {
                Some(Event::Previous(self.store.load(&path).ok().map(Box::new)))
            }
            Effect::Close(path) => {
                self.close(&path);
                None
            }
            Effect::Rescue => {
                Some(Event::Rescued(app.workshop().and_then(|ws| {
                    write_rescue(&ws.session, &self.store, app.now)
                })))
            }
            Effect::WriteReport {
                document,
                lang,
                name,
            } => {
                let html = crate::output::html::render(&document, &lang);
                Some(Event::ReportWritten(self.write_report(&html, &name)))
            }
            Effect::KeepNewDraft(d) => {
                self.keep_new_draft(d);
                None
            }
            Effect::ReadNewDraft => Some(self.read_new_draft(app.now)),
            Effect::Quit => {
                self.quit = true;
                None
            }
            Effect::RoomControl => {
                self.room_control(app);
                None
            }
        }
    }

    fn save(&mut self, app: &App, then: After) -> Option<Event> {
        if then != After::Stay {
            // Leaving: what is being typed goes to the draft at once, whatever the rate.
            self.keep_draft(app, true);
        }
        let ws = app.workshop()?;
        if ws.path.is_none() && ws.session.title.trim().is_empty() {
            return None;
        }
        if let (false, Some(path)) = (ws.unsaved, &ws.path) {
            return Some(Event::Saved {
                path: path.clone(),
                notice: None,
                then,
            });
        }
        let mut notice = None;
        let mut session = std::borrow::Cow::Borrowed(&ws.session);
        let path = match &ws.path {
            None => self.store.new_path_for(&session),
            Some(p) => match self.on_disk(p) {
                OnDisk::AsLeft => p.clone(),
                // Deleted by another program: the data is kept, written again where it
                // was, with a lock of its own again, and the facilitator told.
                OnDisk::Gone => {
                    self.locks.remove(p);
                    notice = Some(SaveNotice::Recreated);
                    p.clone()
                }
                // Someone else (a sync tool, an editor) changed the file since we read
                // or wrote it: keep both, by saving ours as a new session beside it.
                OnDisk::Changed => {
                    self.close(p);
                    let id = crate::domain::ids::new_session_id();
                    session.to_mut().id.clone_from(&id);
                    notice = Some(SaveNotice::Forked(id));
                    self.store.new_path_for(&session)
                }
            },
        };
        if notice.is_none() && self.unknown.contains(&path) {
            // What Toguna does not know would be lost: the file as it is goes first to a
            // name of its own, and nothing is saved over it until it is there.
            match self.store.keep_original(&path) {
                Ok(orig) => {
                    self.unknown.remove(&path);
                    notice = Some(SaveNotice::OriginalKept(orig));
                }
                Err(e) => {
                    return Some(Event::SaveFailed {
                        error: e.kind(),
                        then,
                    });
                }
            }
        }
        let first = ws.path.is_none();
        Some(match self.store.save_summed(&session, &path) {
            Ok(sum) => {
                self.remember(&path, sum);
                if first {
                    self.adopt_new_draft(&path);
                }
                if !self.locks.contains_key(&path)
                    && let Ok(Ok(lock)) = Lock::acquire(&path, &app.now.to_rfc3339())
                {
                    self.locks.insert(path.clone(), lock);
                }
                Event::Saved { path, notice, then }
            }
            Err(e) => Event::SaveFailed {
                error: e.kind(),
                then,
            },
        })
    }

    /// The file as this instance last read or wrote it: its length and times, and the
    /// sum of its bytes.
    fn remember(&mut self, path: &Path, sum: Sum) {
        if let Some(st) = stamp(path) {
            self.stamps.insert(path.to_path_buf(), st);
        }
        self.sums.insert(path.to_path_buf(), sum);
    }

    /// Whether the open file at `path` is still as this instance left it.
    fn on_disk(&self, path: &Path) -> OnDisk {
        let Some(known) = self.sums.get(path) else {
            return OnDisk::AsLeft;
        };
        let resized = self
            .stamps
            .get(path)
            .zip(stamp(path))
            .is_some_and(|((was, _), (now, _))| *was != now);
        if resized {
            return OnDisk::Changed;
        }
        match self.store.sum_of(path) {
            Ok(sum) if sum == *known => OnDisk::AsLeft,
            Err(LoadErrorKind::Io(std::io::ErrorKind::NotFound)) => OnDisk::Gone,
            // Changed, or no longer a file that can be read (replaced by a FIFO...).
            _ => OnDisk::Changed,
        }
    }

    /// Takes the session's lock (or finds who holds it), then reads it: afresh, in case
    /// it changed since the folder was listed.
    fn open(
        &mut self,
        now: DateTime<FixedOffset>,
        path: PathBuf,
        previous: Option<PathBuf>,
    ) -> Event {
        let holder = match Lock::acquire(&path, &now.to_rfc3339()) {
            Ok(Ok(lock)) => {
                self.locks.insert(path.clone(), lock);
                None
            }
            Ok(Err(holder)) => Some(holder),
            // A folder where no lock can be written (read-only): carry on; saving will
            // say what is wrong.
            Err(_) => None,
        };
        let examined = match self.store.examine(&path) {
            Ok(e) => e,
            Err(kind) => {
                self.locks.remove(&path);
                return Event::Unreadable(LoadError { path, kind });
            }
        };
        let session = Box::new(examined.session);
        if let Some(holder) = holder {
            return Event::Held { session, holder };
        }
        self.remember(&path, examined.sum);
        let unknown = examined.unknown.map(|u| u.fields).unwrap_or_default();
        if !unknown.is_empty() {
            self.unknown.insert(path.clone());
        }
        // A draft written a moment ago by the writer thread must be on disk first.
        self.drafts.settle();
        let draft = self
            .store
            .read_draft(&path)
            .map_err(DraftProblem::Unreadable);
        self.draft = draft.clone().ok().flatten().map(|d| (path.clone(), d, now));
        let previous = previous
            .and_then(|p| self.store.load(&p).ok())
            .map(Box::new);
        Event::Opened {
            path,
            session,
            previous,
            draft,
            unknown,
        }
    }

    /// Moves the draft of the session at `path` aside; it is no longer this
    /// instance's draft, so it is never removed as one.
    fn set_draft_aside(&mut self, path: &Path, problem: DraftProblem) -> Event {
        self.drafts.settle();
        if self.draft.as_ref().is_some_and(|(p, _, _)| p == path) {
            self.draft = None;
        }
        let to = self.store.set_draft_aside(path).ok();
        Event::DraftAside { to, problem }
    }

    fn read(&self, paths: &[PathBuf], then: ReadFor) -> Event {
        let mut sessions: Vec<Session> = Vec::new();
        for (n, path) in paths.iter().enumerate() {
            match self.store.load(path) {
                Ok(s) => sessions.push(s),
                // The previous meeting of a review is a bonus; the rest is needed.
                Err(_) if n > 0 && matches!(then, ReadFor::Review | ReadFor::Report) => {}
                Err(kind) => {
                    return Event::Unreadable(LoadError {
                        path: path.clone(),
                        kind,
                    });
                }
            }
        }
        Event::Read { then, sessions }
    }

    /// The report as a page in the reports folder, created private like the sessions'.
    fn write_report(
        &self,
        html: &str,
        name: &str,
    ) -> Result<PathBuf, (PathBuf, std::io::ErrorKind)> {
        let dir = &self.reports;
        let path = dir.join(name);
        let fail = |e: std::io::Error| (path.clone(), e.kind());
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.recursive(true).create(dir).map_err(fail)?;
        crate::store::atomic::write_atomic(&path, html.as_bytes()).map_err(fail)?;
        Ok(path)
    }

    /// The room screen is told where the facilitator is. Best effort: the room screen
    /// is a view, and a folder that refuses this refuses the session's save too, which
    /// says so.
    fn room_control(&self, app: &App) {
        if let Some(ws) = app.workshop()
            && let Some(path) = &ws.path
            && self.locks.contains_key(path)
        {
            let _ = self
                .store
                .save_control(path, &ws.room_control(&app.framework));
        }
    }

    fn close(&mut self, path: &Path) {
        if self.locks.contains_key(path) {
            crate::store::control::remove(path);
        }
        self.locks.remove(path);
        self.stamps.remove(path);
        self.sums.remove(path);
        self.unknown.remove(path);
        if self.draft.as_ref().is_some_and(|(p, _, _)| p == path) {
            self.draft = None;
        }
    }

    /// Whether text is typed that the draft on disk does not hold yet: the loop then
    /// wakes soon to write it.
    pub fn draft_pending(&self, app: &App) -> bool {
        let Some(path) = self.draft_key(app) else {
            return false;
        };
        self.written(&path) != app.current_draft().as_ref()
    }

    /// The session the open workshop's draft goes beside: its file, or for a session
    /// not saved yet, the folder's new session.
    fn draft_key(&self, app: &App) -> Option<PathBuf> {
        let ws = app.workshop()?;
        Some(
            ws.path
                .clone()
                .unwrap_or_else(|| draft::new_session_key(self.store.dir())),
        )
    }

    /// A new session left unsaved: what its set-up holds stays for the next one.
    fn keep_new_draft(&mut self, d: Option<Draft>) {
        let key = draft::new_session_key(self.store.dir());
        match d {
            Some(d) => {
                self.drafts.write(key, d);
            }
            None => self.drafts.remove(key),
        }
        self.draft = None;
    }

    /// The draft of a new session left unsaved, to offer back in the one starting.
    fn read_new_draft(&mut self, now: DateTime<FixedOffset>) -> Event {
        let key = draft::new_session_key(self.store.dir());
        self.drafts.settle();
        let d = self
            .store
            .read_draft(&key)
            .map_err(DraftProblem::Unreadable);
        self.draft = d.clone().ok().flatten().map(|d| (key.clone(), d, now));
        Event::NewDraft { key, draft: d }
    }

    /// A new session has just got its file: the draft typed before goes beside it.
    fn adopt_new_draft(&mut self, path: &Path) {
        let key = draft::new_session_key(self.store.dir());
        // Only this workshop's own: one left by another new session is not moved.
        let Some((p, _, _)) = &mut self.draft else {
            return;
        };
        if *p != key {
            return;
        }
        self.drafts.settle();
        if std::fs::rename(draft::draft_path(&key), draft::draft_path(path)).is_ok() {
            *p = path.to_path_buf();
        }
    }

    fn written(&self, path: &Path) -> Option<&Draft> {
        self.draft
            .as_ref()
            .filter(|(p, _, _)| p == path)
            .map(|(_, d, _)| d)
    }

    /// Writes the text being typed beside the session, at most once a second unless
    /// `now`, and removes it once it is saved or cleared.
    fn keep_draft(&mut self, app: &App, now: bool) {
        let Some(path) = self.draft_key(app) else {
            return;
        };
        let current = app.current_draft();
        if self.written(&path) == current.as_ref() {
            return;
        }
        match current {
            None => {
                self.drafts.remove(path);
                self.draft = None;
            }
            Some(d) => {
                let due = now
                    || self.draft.as_ref().is_none_or(|(p, _, at)| {
                        p != &path || (app.now - *at).num_milliseconds() >= DRAFT_EVERY_MS
                    });
                if due && self.drafts.write(path.clone(), d.clone()) {
                    self.draft = Some((path, d, app.now));
                }
            }
        }
    }

    /// The program ends: what is being typed is written, then every lock released.
    pub fn finish(mut self, app: &App) {
        self.keep_draft(app, true);
        self.drafts.finish();
        self.locks.clear();
    }
}

/// What became of an open file since this instance last read or wrote it.
enum OnDisk {
    AsLeft,
    Changed,
    Gone,
}

/// When nothing can be saved where the session lives, somewhere else: the temporary
/// folder, then the home folder. Each copy has a name of its own (the session, the
/// time, a number if need be), so that a second rescue never replaces the first.
fn write_rescue(s: &Session, store: &Store, now: DateTime<FixedOffset>) -> Option<PathBuf> {
    let ext = if store.cipher().is_some() {
        ".ron.age"
    } else {
        ".ron"
    };
    let stem = format!(
        "toguna-rescue-{}-{}",
        crate::domain::ids::short_id(&s.id),
        now.format("%Y%m%d-%H%M%S")
    );
    // Encrypted like the folder it belongs to: the rescue copy is no weaker.
    let text = store
        .seal(crate::store::format::to_text(s).as_bytes())
        .ok()?;
    let mut places = vec![std::env::temp_dir()];
    if let Some(home) = directories::UserDirs::new() {
        places.push(home.home_dir().to_path_buf());
    }
    places.into_iter().find_map(|dir| {
        (1..1000)
            .map(|n| match n {
                1 => dir.join(format!("{stem}{ext}")),
                n => dir.join(format!("{stem}-{n}{ext}")),
            })
            .find_map(|p| match crate::store::atomic::write_new(&p, &text) {
                Ok(()) => Some(Some(p)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
                // This folder will not do: the next one is tried.
                Err(_) => Some(None),
            })
            .flatten()
    })
}
