//! Everything a command can fail with, as data, and its wording from the catalogues:
//! this is the edge where errors are shown.

use std::io;
use std::path::PathBuf;

use crate::domain::framework::{FrameworkError, IdKind};
use crate::i18n::{I18n, Localise, io_kind};
use crate::store::crypt::CryptError;
use crate::store::{LoadError, ResolveError};
use crate::t;

#[derive(Debug)]
pub enum CliError {
    /// The sessions folder cannot be opened, created or listed.
    Folder {
        dir: PathBuf,
        kind: io::ErrorKind,
    },
    /// The sessions folder does not exist, and reading commands do not create it.
    NoFolder {
        dir: PathBuf,
    },
    Resolve(ResolveError),
    Load(LoadError),
    NoPrevious {
        title: String,
    },
    /// No series starts so: the folder's series, to choose from.
    NoSeries {
        series: String,
        existing: Vec<String>,
    },
    /// More than one series starts so.
    SeveralSeries {
        series: String,
        matches: Vec<String>,
    },
    Write {
        file: PathBuf,
        kind: io::ErrorKind,
    },
    /// An export aimed into the sessions folder.
    ExportIntoFolder {
        file: PathBuf,
    },
    /// An export aimed at a file that exists, without `--force`.
    ExportExists {
        file: PathBuf,
    },
    FrameworkRead {
        file: PathBuf,
        kind: io::ErrorKind,
    },
    FrameworkInvalid {
        file: PathBuf,
        error: FrameworkError,
    },
    PassphraseNeeded,
    /// `TOGUNA_PASSPHRASE` is set, and does not open the folder.
    WrongPassphraseInVariable,
    Key(CryptError),
    AlreadyEncrypted,
    NotEncrypted,
    PassphraseMismatch,
    PassphraseShort,
    DecryptBadFiles,
    /// A plain-text file that encrypting should have removed is still there.
    StillInClear {
        file: PathBuf,
        kind: io::ErrorKind,
    },
    /// The terminal could not be set up or drawn on.
    Terminal(io::ErrorKind),
    /// Standard output could not be written.
    Output(io::ErrorKind),
    /// A workbook asked for on a terminal, which cannot show it.
    BinaryToTerminal,
    /// `toguna present` found no session to show.
    NothingToPresent,
    /// `toguna present` needs a terminal to draw on.
    NotATerminal,
}

impl From<ResolveError> for CliError {
    fn from(e: ResolveError) -> Self {
        CliError::Resolve(e)
    }
}

impl From<LoadError> for CliError {
    fn from(e: LoadError) -> Self {
        CliError::Load(e)
    }
}

impl From<CryptError> for CliError {
    fn from(e: CryptError) -> Self {
        CliError::Key(e)
    }
}

fn file(p: &std::path::Path) -> String {
    p.display().to_string()
}

impl Localise for CliError {
    fn localise(&self, i: &I18n) -> String {
        match self {
            CliError::Folder { dir, kind } => {
                t!(
                    i,
                    "err-sessions-dir",
                    dir = file(dir),
                    error = io_kind(*kind, i)
                )
            }
            CliError::NoFolder { dir } => t!(i, "err-no-folder", dir = file(dir)),
            CliError::Resolve(e) => e.localise(i),
            CliError::Load(e) => e.localise(i),
            CliError::NoPrevious { title } => t!(i, "err-no-previous", title = title.as_str()),
            CliError::NoSeries { series, existing } => {
                let first = t!(i, "err-no-series", series = series.as_str());
                let then = if existing.is_empty() {
                    i.t("err-no-series-at-all")
                } else {
                    t!(i, "err-series-are", list = existing.join(" · "))
                };
                format!("{first}\n{then}")
            }
            CliError::SeveralSeries { series, matches } => t!(
                i,
                "err-several-series",
                series = series.as_str(),
                count = matches.len(),
                list = matches.join(" · ")
            ),
            CliError::Write { file: f, kind } => {
                t!(i, "err-write", file = file(f), error = io_kind(*kind, i))
            }
            CliError::ExportIntoFolder { file: f } => {
                t!(i, "err-export-into-folder", file = file(f))
            }
            CliError::ExportExists { file: f } => t!(i, "err-export-exists", file = file(f)),
            CliError::FrameworkRead { file: f, kind } => {
                t!(
                    i,
                    "err-framework-read",
                    file = file(f),
                    error = io_kind(*kind, i)
                )
            }
            CliError::FrameworkInvalid { file: f, error } => t!(
                i,
                "err-framework-invalid",
                file = file(f),
                error = error.localise(i)
            ),
            CliError::PassphraseNeeded => i.t("err-passphrase-needed"),
            CliError::WrongPassphraseInVariable => i.t("err-wrong-passphrase-variable"),
            CliError::Key(e) => e.localise(i),
            CliError::AlreadyEncrypted => i.t("err-already-encrypted"),
            CliError::NotEncrypted => i.t("err-not-encrypted"),
            CliError::PassphraseMismatch => i.t("err-passphrase-mismatch"),
            CliError::PassphraseShort => i.t("err-passphrase-short"),
            CliError::DecryptBadFiles => i.t("err-decrypt-bad-files"),
            CliError::StillInClear { file: f, kind } => {
                t!(
                    i,
                    "err-still-in-clear",
                    file = file(f),
                    error = io_kind(*kind, i)
                )
            }
            CliError::Terminal(kind) => t!(i, "err-terminal", error = io_kind(*kind, i)),
            CliError::Output(kind) => t!(i, "err-output", error = io_kind(*kind, i)),
            CliError::BinaryToTerminal => i.t("err-binary-terminal"),
            CliError::NothingToPresent => i.t("err-nothing-to-present"),
            CliError::NotATerminal => i.t("err-present-terminal"),
        }
    }
}

impl Localise for FrameworkError {
    fn localise(&self, i: &I18n) -> String {
        match self {
            FrameworkError::Parse { line, col, message } => {
                t!(
                    i,
                    "fw-err-parse",
                    line = *line,
                    col = *col,
                    message = crate::store::syntax::worded(message, i)
                )
            }
            FrameworkError::EmptyScale => i.t("fw-err-empty-scale"),
            FrameworkError::LevelOrder { found, at } => {
                t!(i, "fw-err-level-order", found = *found, at = *at)
            }
            FrameworkError::NoDimensions => i.t("fw-err-no-dimensions"),
            FrameworkError::Descriptors {
                dimension,
                found,
                expected,
            } => t!(
                i,
                "fw-err-descriptors",
                dimension = dimension.as_str(),
                found = *found,
                expected = *expected
            ),
            FrameworkError::UnknownPhase { dimension, phase } => t!(
                i,
                "fw-err-unknown-phase",
                dimension = dimension.as_str(),
                phase = phase.as_str()
            ),
            FrameworkError::Duplicate { what, id } => {
                let what = i.t(match what {
                    IdKind::Dimension => "fw-id-dimension",
                    IdKind::Phase => "fw-id-phase",
                    IdKind::StakeholderGroup => "fw-id-group",
                    IdKind::AgeBand => "fw-id-age-band",
                    IdKind::Step => "fw-id-step",
                });
                t!(i, "fw-err-duplicate", what = what, id = id.as_str())
            }
            FrameworkError::MissingStep(id) => t!(i, "fw-err-missing-step", id = id.as_str()),
            FrameworkError::UnknownStep(id) => t!(i, "fw-err-unknown-step", id = id.as_str()),
            FrameworkError::UnknownYoungBand(id) => t!(i, "fw-err-unknown-young", id = id.as_str()),
        }
    }
}

crate::worded_error!(CliError);
crate::worded_error!(FrameworkError);
