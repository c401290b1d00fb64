//! The session followed, as the room may see it: read again when its file (or its
//! control file, or its lock) changes, through the privacy gate each time.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::domain::digest::Digest;
use crate::domain::framework::Framework;
use crate::domain::privacy::Gate;
use crate::domain::session::Session;
use crate::i18n::I18n;
use crate::report::room::Room;
use crate::store::control::RoomControl;
use crate::store::index::Stamp;
use crate::store::{Listed, LoadError, Store};

pub struct Follower {
    store: Store,
    path: PathBuf,
    /// The folder as it was listed when the room screen started: the gate needs every
    /// meeting's digest, so that consent follows the person across the series and
    /// pseudonyms stay the same. The followed session's own is replaced at every read.
    folder: Vec<Listed>,
    framework: Framework,
    i18n: I18n,
    room: Room,
    /// When the facilitator entered the step, while the app holds the session.
    since: Option<DateTime<FixedOffset>>,
    /// The files as last read, to read again only what changed.
    stamps: Stamps,
    /// The last read failed (the file briefly gone, or half written by another tool):
    /// the room keeps what it last showed, and the read is tried again soon.
    failing: bool,
}

/// The session file, its control file and its lock, as the file system stamps them.
pub type Stamps = [Option<Stamp>; 3];

/// The files whose changes the room screen follows.
pub fn followed(session: &Path) -> [PathBuf; 3] {
    [
        session.to_path_buf(),
        crate::store::control::control_path(session),
        crate::store::lock::lock_path(session),
    ]
}

pub fn stamps(session: &Path) -> Stamps {
    followed(session).map(|p| std::fs::metadata(p).ok().map(|m| Stamp::of(&m)))
}

impl Follower {
    /// Reads the session a first time: a session that cannot be read is an error here,
    /// not a blank screen.
    pub fn open(
        store: Store,
        path: PathBuf,
        folder: Vec<Listed>,
        framework: Framework,
        i18n: I18n,
    ) -> Result<Follower, LoadError> {
        let stamps = stamps(&path);
        let session = store.load(&path).map_err(|kind| LoadError {
            path: path.clone(),
            kind,
        })?;
        let (room, since) = seen(&store, &path, &folder, &framework, &i18n, &session);
        Ok(Follower {
            store,
            path,
            folder,
            framework,
            i18n,
            room,
            since,
            stamps,
            failing: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn room(&self) -> &Room {
        &self.room
    }

    pub fn failing(&self) -> bool {
        self.failing
    }

    /// Whether the timer runs: the app holds the session and said when the step began.
    pub fn running(&self) -> bool {
        self.since.is_some() && !self.room.blank
    }

    /// Seconds on the step's time-box at `now`.
    pub fn elapsed(&self, now: DateTime<FixedOffset>) -> i64 {
        self.room.banked + self.since.map_or(0, |s| (now - s).num_seconds().max(0))
    }

    /// Reads again what changed; says whether what the room sees may have changed.
    pub fn refresh(&mut self) -> bool {
        let now = stamps(&self.path);
        if now == self.stamps && !self.failing {
            return false;
        }
        let Ok(session) = self.store.load(&self.path) else {
            self.failing = true;
            return false;
        };
        self.stamps = now;
        self.failing = false;
        self.show(&session);
        true
    }

    fn show(&mut self, session: &Session) {
        (self.room, self.since) = seen(
            &self.store,
            &self.path,
            &self.folder,
            &self.framework,
            &self.i18n,
            session,
        );
    }
}

/// What the room sees of `session` (the file at `path` of a folder listed as `folder`),
/// and since when the step runs, if the app holds the session now.
fn seen(
    store: &Store,
    path: &Path,
    folder: &[Listed],
    framework: &Framework,
    i18n: &I18n,
    session: &Session,
) -> (Room, Option<DateTime<FixedOffset>>) {
    let mine = Digest::of(session);
    let digests = folder
        .iter()
        .map(|l| &l.digest)
        .filter(|d| d.id != session.id)
        .chain(std::iter::once(&mine));
    let gate = Gate::new(digests);
    let previous =
        crate::store::previous_meeting(folder, &session.series, &session.id, session.started)
            .map(|l| gate.digest(&l.digest));
    // A blanked screen stays blank even if the app that blanked it was killed; but
    // only an app that holds the session now says where it is and since when (a
    // control file left behind would run the timer for ever).
    let control: Option<RoomControl> = store.load_control(path);
    let blank = control.as_ref().is_some_and(|c| c.blank);
    let held = control.filter(|_| crate::store::lock::live_holder(path).is_some());
    let step = held
        .as_ref()
        .map_or(session.current_step.as_str(), |c| c.step.as_str());
    let room = crate::report::room::build(
        &gate.session(session),
        previous.as_ref(),
        step,
        blank,
        framework,
        i18n,
    );
    (room, held.map(|c| c.since))
}
