//! A sessions folder: list, load, resolve and save session files.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{TEMP_PREFIX, write_atomic};
use super::error::{LoadError, LoadErrorKind, ResolveError};
use super::format;
use crate::domain::ids::{file_id, slug};
use crate::domain::session::Session;

/// A session and the file it came from (or will be saved to).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub session: Session,
}

#[derive(Debug, Default)]
pub struct FolderLoad {
    /// Newest first.
    pub sessions: Vec<Loaded>,
    pub errors: Vec<LoadError>,
}

/// What `check` found: how many files are good sessions, and what is wrong with the rest.
#[derive(Debug, Default)]
pub struct Checked {
    pub good: usize,
    pub errors: Vec<LoadError>,
    /// Valid files whose session ends before it starts: said, not refused.
    pub ends_before_start: Vec<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// Set when the folder is encrypted: sessions are then `.ron.age` files.
    cipher: Option<std::sync::Arc<super::crypt::Cipher>>,
}

impl Store {
    /// Opens a sessions folder, creating it on first use. A folder Toguna creates is
    /// private to its owner (0700 on Unix); an existing one is left as its owner set it.
    pub fn open(dir: impl Into<PathBuf>) -> io::Result<Store> {
        let dir = dir.into();
        if !dir.exists() {
            create_private_dir(&dir)?;
        } else if !dir.is_dir() {
            return Err(io::ErrorKind::NotADirectory.into());
        }
        Ok(Store { dir, cipher: None })
    }

    /// The same folder, reading and writing encrypted sessions.
    #[must_use]
    pub fn with_cipher(mut self, cipher: super::crypt::Cipher) -> Store {
        self.cipher = Some(std::sync::Arc::new(cipher));
        self
    }

    pub fn cipher(&self) -> Option<&super::crypt::Cipher> {
        self.cipher.as_deref()
    }

    /// A session's bytes as they go to disk: encrypted when the folder is.
    pub fn seal(&self, plain: &[u8]) -> io::Result<Vec<u8>> {
        match &self.cipher {
            Some(c) => c.encrypt(plain),
            None => Ok(plain.to_vec()),
        }
    }

    /// The extension of session files in this folder.
    fn extension(&self) -> &'static str {
        if self.cipher.is_some() {
            ".ron.age"
        } else {
            ".ron"
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The candidate session files of the folder, sorted by name.
    pub fn files(&self) -> io::Result<Vec<PathBuf>> {
        let mut files = Vec::new();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let session = name.ends_with(".ron") || name.ends_with(".ron.age");
            if name.starts_with(TEMP_PREFIX) || !session {
                continue;
            }
            files.push(entry.path());
        }
        files.sort();
        Ok(files)
    }

    /// Loads every session of the folder. Files that do not load are reported, and all
    /// the others still load. Parsing is spread over the machine's cores.
    pub fn load_all(&self) -> io::Result<FolderLoad> {
        let files = self.files()?;
        let results = load_parallel(&files, self.cipher(), |s| s);
        let mut out = FolderLoad::default();
        let mut ids = FirstOfEachId::default();
        for (path, result) in files.into_iter().zip(results) {
            match result.map_err(|kind| LoadError {
                path: path.clone(),
                kind,
            }) {
                Ok(session) => match ids.admit(&session.id, &path) {
                    Ok(()) => out.sessions.push(Loaded { path, session }),
                    Err(e) => out.errors.push(e),
                },
                Err(e) => out.errors.push(e),
            }
        }
        sort_newest_first(&mut out.sessions);
        Ok(out)
    }

    /// Parses every file of the folder, as `load_all` does, keeping of each session only
    /// its id: the memory used stays flat however large the folder.
    /// Fields Toguna does not know are reported too: saving in the app would not keep
    /// them.
    pub fn check(&self) -> io::Result<Checked> {
        let files = self.files()?;
        let results = read_parallel(&files, |p| {
            let e = examine_file(p, self.cipher())?;
            match e.unknown {
                Some(u) => Err(LoadErrorKind::UnknownFields {
                    fields: u.fields,
                    line: u.line,
                    col: u.col,
                }),
                None => Ok((
                    e.session.id,
                    e.session.ended.is_some_and(|end| end < e.session.started),
                )),
            }
        });
        let mut out = Checked::default();
        let mut ids = FirstOfEachId::default();
        for (path, result) in files.into_iter().zip(results) {
            let admitted = result
                .map_err(|kind| LoadError {
                    path: path.clone(),
                    kind,
                })
                .and_then(|(id, backwards)| {
                    if backwards {
                        out.ends_before_start.push(path.clone());
                    }
                    ids.admit(&id, &path)
                });
            match admitted {
                Ok(()) => out.good += 1,
                Err(e) => out.errors.push(e),
            }
        }
        Ok(out)
    }

    /// Finds one session by id, unique id prefix, or path to a file.
    pub fn resolve(&self, query: &str) -> Result<Loaded, ResolveError> {
        let as_path = Path::new(query);
        let session_like = as_path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("ron") || x.eq_ignore_ascii_case("age"));
        if session_like || as_path.is_file() {
            let path = if as_path.exists() {
                as_path.to_path_buf()
            } else {
                self.dir.join(query)
            };
            return self
                .load(&path)
                .map(|session| Loaded {
                    path: path.clone(),
                    session,
                })
                .map_err(|kind| ResolveError::Load(LoadError { path, kind }));
        }
        let all = self.list().map_err(|e| ResolveError::Folder(e.kind()))?;
        let q = query.to_ascii_lowercase();
        let matches: Vec<&super::Listed> = match all.sessions.iter().find(|l| l.digest.id == q) {
            Some(exact) => vec![exact],
            None => all
                .sessions
                .iter()
                .filter(|l| l.digest.id.starts_with(&q))
                .collect(),
        };
        match matches.as_slice() {
            [] => Err(ResolveError::NotFound(query.to_string())),
            [one] => self
                .load(&one.path)
                .map(|session| Loaded {
                    path: one.path.clone(),
                    session,
                })
                .map_err(|kind| {
                    ResolveError::Load(LoadError {
                        path: one.path.clone(),
                        kind,
                    })
                }),
            many => Err(ResolveError::Ambiguous {
                query: query.to_string(),
                candidates: tell_apart(many),
            }),
        }
    }

    /// `2026-03-14_atelier-de-segou_1a2b3c4d.ron`: sorts by date in a listing and says
    /// what it holds.
    pub fn file_name_for(session: &Session) -> String {
        // Only ASCII letters, digits, `-` and `_`, after a date: valid on NTFS and FAT,
        // never a reserved name (CON, NUL…), never ending in a dot or a space.
        let date = session.started.format("%Y-%m-%d").to_string();
        let parts = [date, slug(&session.title), file_id(&session.id)];
        let named: Vec<&str> = parts
            .iter()
            .map(String::as_str)
            .filter(|p| !p.is_empty())
            .collect();
        format!("{}.ron", named.join("_"))
    }

    /// A path in the folder for a session not saved yet, never one that exists. In an
    /// encrypted folder, by date and id alone: a seized laptop must not tell what each
    /// meeting was about.
    pub fn new_path_for(&self, session: &Session) -> PathBuf {
        let stem = if self.cipher.is_some() {
            Self::hidden_stem(session)
        } else {
            Self::file_name_for(session)
                .trim_end_matches(".ron")
                .to_string()
        };
        let ext = self.extension();
        let path = self.dir.join(format!("{stem}{ext}"));
        if !path.exists() {
            return path;
        }
        // A folder holds finitely many files: some suffix is free.
        #[allow(clippy::maybe_infinite_iter)]
        (2..)
            .map(|n| self.dir.join(format!("{stem}-{n}{ext}")))
            .find(|p| !p.exists())
            .expect("some suffix is free")
    }

    /// `2026-03-14_1a2b3c4d`: a name that says nothing of what the session holds.
    fn hidden_stem(session: &Session) -> String {
        format!(
            "{}_{}",
            session.started.format("%Y-%m-%d"),
            file_id(&session.id)
        )
    }

    /// Encrypted sessions named after their title by an older Toguna are renamed by
    /// date and id, with their drafts, unless they are open (locked) elsewhere.
    pub fn hide_names(&self) {
        if self.cipher.is_none() {
            return;
        }
        let Ok(files) = self.files() else { return };
        for path in files {
            let Ok(session) = self.load(&path) else {
                continue;
            };
            let stem = Self::hidden_stem(&session);
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if name.starts_with(&stem) || super::lock::lock_path(&path).exists() {
                continue;
            }
            let target = self.new_path_for(&session);
            if fs::rename(&path, &target).is_ok() {
                let _ = fs::rename(
                    super::draft::draft_path(&path),
                    super::draft::draft_path(&target),
                );
            }
        }
    }

    /// Reads one session file of this folder, decrypting it when the folder is encrypted.
    pub fn load(&self, path: &Path) -> Result<Session, LoadErrorKind> {
        load_file_with(path, self.cipher())
    }

    /// Reads a session to edit it: with the sum of its bytes (to tell later whether
    /// someone else changed them) and the fields it holds that Toguna does not know.
    pub fn examine(&self, path: &Path) -> Result<Examined, LoadErrorKind> {
        examine_file(path, self.cipher())
    }

    /// The sum of the file's bytes as they are now (`None` if it is gone), to compare
    /// with the one of what was last read or written.
    pub fn sum_of(&self, path: &Path) -> Result<Sum, LoadErrorKind> {
        super::read::read_regular(path, MAX_FILE_SIZE).map(|b| sum(&b))
    }

    /// Copies the file at `path`, as it is on disk, to a new name beside it
    /// (`….ron.orig`, then `….ron.orig-2`…) before it is saved over; where it went.
    pub fn keep_original(&self, path: &Path) -> io::Result<PathBuf> {
        let bytes = super::read::read_regular(path, MAX_FILE_SIZE).map_err(|kind| match kind {
            LoadErrorKind::Io(k) => io::Error::from(k),
            _ => io::ErrorKind::InvalidData.into(),
        })?;
        super::atomic::write_new_beside(path, "orig", &bytes)
    }

    /// Saves a session atomically to `path` (from `new_path_for` or from loading).
    /// A session read from an older format is written in the current one.
    pub fn save(&self, session: &Session, path: &Path) -> io::Result<()> {
        self.save_summed(session, path).map(drop)
    }

    /// `save`, returning the sum of the bytes written.
    pub fn save_summed(&self, session: &Session, path: &Path) -> io::Result<Sum> {
        let current = crate::domain::session::FORMAT_VERSION;
        let session = if session.format_version == current {
            std::borrow::Cow::Borrowed(session)
        } else {
            let mut s = session.clone();
            s.format_version = current;
            std::borrow::Cow::Owned(s)
        };
        let bytes = self.seal(format::to_text(&session).as_bytes())?;
        write_atomic(path, &bytes)?;
        Ok(sum(&bytes))
    }

    pub fn save_draft(&self, session: &Path, draft: &super::draft::Draft) -> io::Result<()> {
        let text = ron::ser::to_string_pretty(draft, format::pretty()).map_err(io::Error::other)?;
        write_atomic(
            &super::draft::draft_path(session),
            &self.seal(text.as_bytes())?,
        )
    }

    pub fn load_draft(&self, session: &Path) -> Option<super::draft::Draft> {
        self.read_draft(session).ok().flatten()
    }

    /// The draft beside `session`, if there is one; a file there that is not one (not
    /// a regular file, too large, not a draft) is an error, for it to be set aside.
    pub fn read_draft(&self, session: &Path) -> Result<Option<super::draft::Draft>, LoadErrorKind> {
        let path = super::draft::draft_path(session);
        if fs::symlink_metadata(&path).is_err_and(|e| e.kind() == io::ErrorKind::NotFound) {
            return Ok(None);
        }
        let bytes = super::read::read_regular(&path, MAX_FILE_SIZE)?;
        let bytes = match &self.cipher {
            Some(c) => c
                .decrypt(&bytes)
                .map_err(|_| LoadErrorKind::Undecryptable)?,
            None => bytes,
        };
        let text = format::utf8(&bytes)?;
        ron::from_str(text.strip_prefix('\u{feff}').unwrap_or(text))
            .map(Some)
            .map_err(|e| {
                LoadErrorKind::Parse(format::ParseError::Syntax {
                    line: e.span.start.line,
                    col: e.span.start.col,
                    message: e.code,
                })
            })
    }

    /// Moves the draft of `session` aside, to a name of its own that is never read as a
    /// draft or a session (`….ron.draft.bad`, `….ron.draft.bad-2`…); where it went.
    pub fn set_draft_aside(&self, session: &Path) -> io::Result<PathBuf> {
        let from = super::draft::draft_path(session);
        super::atomic::rename_beside(&from, "bad")
    }

    /// Saves a session that has no file yet and returns where it went.
    pub fn save_new(&self, session: &Session) -> io::Result<PathBuf> {
        let path = self.new_path_for(session);
        self.save(session, &path)?;
        Ok(path)
    }
}

pub fn sort_newest_first(sessions: &mut [Loaded]) {
    sessions.sort_by(|a, b| {
        newest_first(
            (&a.session.started, &a.session.title, &a.path),
            (&b.session.started, &b.session.title, &b.path),
        )
    });
}

/// The order of every list of sessions: newest first, then by title, then by file.
pub(super) fn newest_first(
    a: (&chrono::DateTime<chrono::FixedOffset>, &str, &Path),
    b: (&chrono::DateTime<chrono::FixedOffset>, &str, &Path),
) -> std::cmp::Ordering {
    b.0.cmp(a.0)
        .then_with(|| a.1.cmp(b.1))
        .then_with(|| a.2.cmp(b.2))
}

/// Two files holding the same session (a copy made by hand or by a sync tool): the
/// first, in file-name order, is the session; the others are reported.
#[derive(Default)]
pub(super) struct FirstOfEachId(std::collections::HashMap<String, PathBuf>);

impl FirstOfEachId {
    pub(super) fn admit(&mut self, id: &str, path: &Path) -> Result<(), LoadError> {
        if let Some(first) = self.0.get(id) {
            Err(LoadError {
                path: path.to_path_buf(),
                kind: LoadErrorKind::DuplicateId(first.display().to_string()),
            })
        } else {
            self.0.insert(id.to_string(), path.to_path_buf());
            Ok(())
        }
    }
}

/// Far above any real session (5,000 contributions make about 2 MB), low enough that a
/// stray video or disk image named `.ron` is refused before it is read into memory.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// The index of digests holds a few hundred bytes per session: this is room for far
/// more sessions than any folder has.
pub const MAX_INDEX_SIZE: u64 = 4 * MAX_FILE_SIZE;

pub fn load_file(path: &Path) -> Result<Session, LoadErrorKind> {
    load_file_with(path, None)
}

/// Loads a session file, decrypting it when it is an encrypted one.
pub fn load_file_with(
    path: &Path,
    cipher: Option<&super::crypt::Cipher>,
) -> Result<Session, LoadErrorKind> {
    let bytes = super::read::read_regular(path, MAX_FILE_SIZE)?;
    Ok(format::from_bytes(&open_bytes(path, bytes, cipher)?)?)
}

/// The sum of a file's bytes (SHA-256): what tells a change by someone else, whatever
/// its size and times.
pub type Sum = [u8; 32];

fn sum(bytes: &[u8]) -> Sum {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).into()
}

/// A session read to be edited: see `Store::examine`.
#[derive(Debug)]
pub struct Examined {
    pub session: Session,
    /// Of the bytes on disk (encrypted ones in an encrypted folder).
    pub sum: Sum,
    pub unknown: Option<format::Unknown>,
}

fn examine_file(
    path: &Path,
    cipher: Option<&super::crypt::Cipher>,
) -> Result<Examined, LoadErrorKind> {
    let bytes = super::read::read_regular(path, MAX_FILE_SIZE)?;
    let sum = sum(&bytes);
    let (session, unknown) = format::from_bytes_reporting(&open_bytes(path, bytes, cipher)?)?;
    Ok(Examined {
        session,
        sum,
        unknown,
    })
}

/// The plain bytes of a session file: decrypted when it is an encrypted one.
fn open_bytes(
    path: &Path,
    bytes: Vec<u8>,
    cipher: Option<&super::crypt::Cipher>,
) -> Result<Vec<u8>, LoadErrorKind> {
    let encrypted = path.to_string_lossy().ends_with(super::crypt::EXTENSION);
    match (encrypted, cipher) {
        (false, _) => Ok(bytes),
        (true, None) => Err(LoadErrorKind::Encrypted),
        (true, Some(c)) => c.decrypt(&bytes).map_err(|_| LoadErrorKind::Undecryptable),
    }
}

/// Loads `files` over the machine's cores, turning each session into what the caller
/// keeps (`f`) as soon as it is parsed, so a thousand sessions are never all in memory
/// when only their digests are wanted.
pub(super) fn load_parallel<T: Send>(
    files: &[PathBuf],
    cipher: Option<&super::crypt::Cipher>,
    f: impl Fn(Session) -> T + Sync,
) -> Vec<Result<T, LoadErrorKind>> {
    read_parallel(files, |p| load_file_with(p, cipher).map(&f))
}

/// `one` for each of `files`, over the machine's cores, in the order of `files`.
fn read_parallel<T: Send>(
    files: &[PathBuf],
    one: impl Fn(&PathBuf) -> Result<T, LoadErrorKind> + Sync,
) -> Vec<Result<T, LoadErrorKind>> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if threads < 2 || files.len() < 8 {
        return files.iter().map(one).collect();
    }
    // Each thread takes the next file not yet taken, so that one slow file (or a slow
    // core) does not leave the others idle at the end.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<T, LoadErrorKind>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads.min(files.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(p) = files.get(n) else { break };
                        mine.push((n, one(p)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("loading a file does not panic"))
            .collect()
    });
    results.sort_unstable_by_key(|(n, _)| *n);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)
}

/// Sessions that share the start of their id, each with as many digits of it as it takes
/// to tell them apart (eight at least), or its file's name when two files hold one id.
fn tell_apart(many: &[&super::Listed]) -> Vec<(String, String)> {
    let longest = many.iter().map(|l| l.digest.id.len()).max().unwrap_or(8);
    let len = (8..=longest)
        .find(|&n| {
            let mut seen: Vec<&str> = many.iter().map(|l| prefix(&l.digest.id, n)).collect();
            seen.sort_unstable();
            seen.windows(2).all(|w| w[0] != w[1])
        })
        .unwrap_or(longest);
    many.iter()
        .map(|l| {
            let twin = many.iter().filter(|o| o.digest.id == l.digest.id).count() > 1;
            let label = if twin {
                l.path
                    .file_name()
                    .map_or_else(String::new, |f| f.to_string_lossy().into_owned())
            } else {
                prefix(&l.digest.id, len).to_string()
            };
            (label, l.digest.title.clone())
        })
        .collect()
}

fn prefix(id: &str, n: usize) -> &str {
    let end = id.char_indices().nth(n).map_or(id.len(), |(i, _)| i);
    &id[..end]
}
