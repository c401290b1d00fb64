//! What can go wrong with session files, as data; the words are in the catalogues.

use std::path::PathBuf;

use super::format::ParseError;
use crate::i18n::{I18n, Localise, io_kind};
use crate::t;

/// A file of the folder that could not be loaded. It is reported and never overwritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub kind: LoadErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadErrorKind {
    Parse(ParseError),
    Io(std::io::ErrorKind),
    Directory,
    Encrypted,
    /// Encrypted with another key, or damaged.
    Undecryptable,
    TooLarge {
        size: u64,
        limit: u64,
    },
    DuplicateId(String),
    /// A FIFO, a device, a socket: only regular files are read.
    NotAFile(Special),
    /// Fields Toguna does not know (paths such as `voices.0.colour`): the file loads,
    /// but saving it would not keep them.
    UnknownFields {
        fields: Vec<String>,
        /// Where the first of them is, as near as it can be told.
        line: usize,
        col: usize,
    },
}

/// What a path of the folder is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    Fifo,
    Device,
    Socket,
    Other,
}

impl Special {
    fn id(self) -> &'static str {
        match self {
            Special::Fifo => "fifo",
            Special::Device => "device",
            Special::Socket => "socket",
            Special::Other => "other",
        }
    }
}

impl From<ParseError> for LoadErrorKind {
    fn from(e: ParseError) -> Self {
        LoadErrorKind::Parse(e)
    }
}

#[derive(Debug)]
pub enum ResolveError {
    NotFound(String),
    /// Several sessions start with the query: their short ids and titles.
    Ambiguous {
        query: String,
        candidates: Vec<(String, String)>,
    },
    /// The folder itself could not be listed.
    Folder(std::io::ErrorKind),
    Load(LoadError),
}

impl LoadError {
    /// Where in the file the problem is, as editors and `grep -n` count.
    pub fn position(&self) -> (usize, usize) {
        match &self.kind {
            LoadErrorKind::Parse(p) => p.position().unwrap_or((1, 1)),
            LoadErrorKind::UnknownFields { line, col, .. } => (*line, *col),
            _ => (1, 1),
        }
    }
}

impl Localise for LoadError {
    /// `file:line:col: what`, as compilers write it (editors jump to it, `check` output
    /// greps), the last colon spaced as the language wants; a file that could not be
    /// read at all has no place to point at.
    fn localise(&self, i: &I18n) -> String {
        if let LoadErrorKind::Io(kind) = &self.kind {
            // "cannot read X: it does not exist", not "X: cannot read: it does not exist".
            return t!(
                i,
                "err-read-file",
                file = self.path.display().to_string(),
                error = io_kind(*kind, i)
            );
        }
        let (line, col) = self.position();
        let label = format!("{}:{line}:{col}", self.path.display());
        t!(
            i,
            "label-value",
            label = label,
            value = self.kind.localise(i)
        )
    }
}

impl Localise for LoadErrorKind {
    fn localise(&self, i: &I18n) -> String {
        match self {
            LoadErrorKind::Parse(p) => p.localise(i),
            LoadErrorKind::Io(kind) => t!(i, "err-io", error = io_kind(*kind, i)),
            LoadErrorKind::Directory => i.t("err-directory"),
            LoadErrorKind::Encrypted => i.t("err-encrypted"),
            LoadErrorKind::Undecryptable => i.t("err-undecryptable"),
            LoadErrorKind::TooLarge { size, limit } => {
                t!(i, "err-too-large", size = *size, limit = *limit)
            }
            LoadErrorKind::DuplicateId(other) => t!(i, "err-duplicate", other = other.as_str()),
            LoadErrorKind::NotAFile(what) => t!(i, "err-not-a-file", kind = what.id()),
            LoadErrorKind::UnknownFields { fields, .. } => t!(
                i,
                "err-unknown-fields",
                fields = fields.join(", "),
                count = fields.len()
            ),
        }
    }
}

impl Localise for ParseError {
    fn localise(&self, i: &I18n) -> String {
        match self {
            ParseError::Empty => i.t("err-empty"),
            ParseError::NotUtf8 { byte, .. } => t!(i, "err-not-utf8", byte = *byte),
            ParseError::NoVersion => i.t("err-no-version"),
            ParseError::Newer { found, supported } => {
                t!(i, "err-newer", found = *found, supported = *supported)
            }
            ParseError::NoSuchVersion { found, supported } => t!(
                i,
                "err-no-such-version",
                found = found.as_str(),
                supported = *supported
            ),
            ParseError::VersionNotANumber { found } => {
                t!(i, "err-version-not-a-number", found = found.as_str())
            }
            ParseError::CrOnly => i.t("err-cr-only"),
            ParseError::Syntax { message, .. } => {
                t!(i, "err-syntax", message = super::syntax::worded(message, i))
            }
        }
    }
}

impl Localise for ResolveError {
    fn localise(&self, i: &I18n) -> String {
        match self {
            ResolveError::NotFound(q) => t!(i, "err-not-found", query = q.as_str()),
            ResolveError::Ambiguous { query, candidates } => {
                let list: Vec<String> = candidates
                    .iter()
                    .map(|(id, title)| format!("\n  {id}  {}", crate::text::one_line(title)))
                    .collect();
                t!(
                    i,
                    "err-ambiguous",
                    query = query.as_str(),
                    candidates = list.concat()
                )
            }
            ResolveError::Folder(kind) => t!(i, "err-folder-list", error = io_kind(*kind, i)),
            ResolveError::Load(l) => l.localise(i),
        }
    }
}

impl Localise for super::draft::DraftProblem {
    fn localise(&self, i: &I18n) -> String {
        use super::draft::DraftProblem;
        match self {
            DraftProblem::Unreadable(LoadErrorKind::Parse(ParseError::Syntax {
                message, ..
            })) => {
                t!(
                    i,
                    "draft-not-a-draft",
                    error = super::syntax::worded(message, i)
                )
            }
            DraftProblem::Unreadable(LoadErrorKind::Parse(p)) => {
                t!(i, "draft-not-a-draft", error = p.localise(i))
            }
            DraftProblem::Unreadable(LoadErrorKind::Io(kind)) => {
                t!(i, "draft-unreadable-io", error = io_kind(*kind, i))
            }
            DraftProblem::Unreadable(kind) => t!(i, "draft-unreadable", error = kind.localise(i)),
            DraftProblem::UnknownStep(step) => t!(i, "draft-unknown-step", step = step.as_str()),
            DraftProblem::UnknownPhase(phase) => {
                t!(i, "draft-unknown-phase", phase = phase.as_str())
            }
            DraftProblem::UnknownVoice(voice) => t!(i, "draft-unknown-voice", voice = *voice),
            DraftProblem::UnknownField { step, field } => t!(
                i,
                "draft-unknown-field",
                step = step.as_str(),
                field = field.as_str()
            ),
        }
    }
}

crate::worded_error!(LoadError);
crate::worded_error!(LoadErrorKind);
crate::worded_error!(ParseError);
crate::worded_error!(ResolveError);
