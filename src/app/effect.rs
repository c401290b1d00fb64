//! What the app asks of the world, and what comes back. `update` only changes state
//! and returns effects; one executor (`tui::Executor`) carries them out, in the event
//! loop and in the tests alike, and feeds what happened back in as events.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyEvent;

use crate::domain::session::Session;
use crate::store::draft::{Draft, DraftProblem};
use crate::store::lock::Holder;
use crate::store::{FolderList, LoadError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the open session to its file (a new session gets one); say so with
    /// `Saved` or `SaveFailed`, carrying `then` back.
    Save {
        then: After,
    },
    /// Open a listed session for the workshop: lock it, read it, its draft and the
    /// previous meeting of its series.
    Open {
        path: PathBuf,
        previous: Option<PathBuf>,
    },
    /// Read sessions in full for a read-only view.
    Read {
        paths: Vec<PathBuf>,
        then: ReadFor,
    },
    /// Read the previous meeting of the open session (its series changed).
    ReadPrevious(PathBuf),
    /// The open session is left: release its lock and forget its draft.
    Close(PathBuf),
    /// Saving does not work: write a copy of the open session outside the folder.
    Rescue,
    /// Print a report as a page (HTML) to `name` in the reports folder (never the
    /// sessions folder); say where with `ReportWritten`.
    WriteReport {
        document: Box<crate::report::Document>,
        lang: String,
        name: String,
    },
    /// Tell the room screen which step is on, since when, and whether it is blank
    /// (the session's control file, beside it).
    RoomControl,
    /// The draft found beside the session is not put back (`problem`): move it to a
    /// name of its own, never remove it.
    SetDraftAside {
        path: PathBuf,
        problem: DraftProblem,
    },
    /// A new session is left before it could be saved (it has no title): what its
    /// set-up holds is kept as the folder's draft of a new session, or that draft goes.
    KeepNewDraft(Option<Draft>),
    /// A new session is started: the draft of one left unsaved, if any, is read to be
    /// offered back.
    ReadNewDraft,
    Quit,
}

/// What to do once a save is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    Stay,
    /// Back to the home screen.
    Leave,
    /// Out of the program.
    Quit,
}

/// Which view the sessions were read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFor {
    /// A session and, if there is one, the previous meeting of its series.
    Review,
    /// The same, for the session's printable report.
    Report,
    /// Every meeting of a series, for the series' printable report.
    SeriesReport,
    /// Two sessions, in any order.
    Compare,
    /// The latest meeting of a series, for the next one to continue it.
    NextMeeting,
}

/// Everything that comes in: input from the terminal, time, and the results of effects.
#[derive(Debug)]
pub enum Event {
    Key(KeyEvent),
    Paste(String),
    Resize,
    Tick(DateTime<FixedOffset>),
    /// The folder has been listed (on another thread).
    Listed(std::io::Result<FolderList>),
    Opened {
        path: PathBuf,
        session: Box<Session>,
        previous: Option<Box<Session>>,
        /// The draft beside it, or why the file there is not one.
        draft: Result<Option<Draft>, DraftProblem>,
        /// Fields of the file Toguna does not know (`voices.0.colour`): saving will not
        /// keep them, so the original is kept first.
        unknown: Vec<String>,
    },
    /// The session is open in another instance: shown read-only.
    Held {
        session: Box<Session>,
        holder: Holder,
    },
    /// A file could not be read (gone or damaged since it was listed).
    Unreadable(LoadError),
    Read {
        then: ReadFor,
        sessions: Vec<Session>,
    },
    Previous(Option<Box<Session>>),
    Saved {
        path: PathBuf,
        /// What was found on disk and done about it, if anything.
        notice: Option<SaveNotice>,
        then: After,
    },
    SaveFailed {
        error: std::io::ErrorKind,
        then: After,
    },
    /// Where the rescue copy went, if anywhere.
    Rescued(Option<PathBuf>),
    /// Where the report went, or the file it could not be written to and why.
    ReportWritten(Result<PathBuf, (PathBuf, std::io::ErrorKind)>),
    /// A draft set aside, where it went (if it could be moved), and why.
    DraftAside {
        to: Option<PathBuf>,
        problem: DraftProblem,
    },
    /// The draft of a new session left unsaved, or why the file there is not one;
    /// `key` is the session it is kept beside (see `draft::new_session_key`).
    NewDraft {
        key: PathBuf,
        draft: Result<Option<Draft>, DraftProblem>,
    },
    /// The program is asked to end (SIGTERM, SIGHUP: a shutdown, an SSH link that
    /// dropped; SIGINT, SIGQUIT): it leaves as on Ctrl+C, without asking anything.
    Signal(i32),
}

/// What saving found on disk, and did about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveNotice {
    /// Someone else changed the file: ours went to a new file under this new id.
    Forked(String),
    /// Another program deleted the file while it was open: it is written again.
    Recreated,
    /// The file held fields Toguna does not know: as it was, it is kept here first.
    OriginalKept(PathBuf),
}

pub type Effects = Vec<Effect>;
