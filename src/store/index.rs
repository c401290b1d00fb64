//! An index of session digests, so that listing a folder again does not parse every
//! file again.
//!
//! The index is a cache and never the truth: each entry is used only if its file still
//! has the size, modification and change times (and, on Unix, the inode) it had when it
//! was digested; anything else is parsed again and the index rewritten. A file changed
//! within two seconds of being digested is not kept, because a coarse file-system clock
//! (FAT keeps two-second times) could hide a second change of the same size. In an
//! encrypted folder the index is encrypted too: it holds titles and withheld names.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::error::LoadError;
use super::folder::{FirstOfEachId, Store, load_parallel, newest_first};
use crate::domain::digest::Digest;

/// Plain folders: JSON, which parses several times faster than RON and is only ever
/// read by Toguna. Encrypted folders add `.age`.
pub const INDEX_FILE: &str = ".toguna-index.json";

/// Bump when `Digest` or `Entry` change: an index of another version is rebuilt.
/// 4: the MAC is of the entries' bytes as stored, so that reading an index does not
/// write all of it out again to check it.
const INDEX_VERSION: u32 = 4;

/// A file's identity as the file system reports it, cheap to read for every file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    /// Nanoseconds since 1970; the latest of the modification and change times.
    pub changed_ns: u64,
    pub modified_ns: u64,
    pub inode: u64,
}

impl Stamp {
    pub fn of(meta: &fs::Metadata) -> Stamp {
        let ns = |t: std::io::Result<SystemTime>| {
            t.ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as u64)
        };
        let modified_ns = ns(meta.modified());
        #[cfg(unix)]
        let (changed_ns, inode) = {
            use std::os::unix::fs::MetadataExt;
            let ctime = u64::try_from(meta.ctime())
                .unwrap_or(0)
                .saturating_mul(1_000_000_000)
                .saturating_add(u64::try_from(meta.ctime_nsec()).unwrap_or(0));
            (ctime.max(modified_ns), meta.ino())
        };
        #[cfg(not(unix))]
        let (changed_ns, inode) = (modified_ns, 0);
        Stamp {
            size: meta.len(),
            changed_ns,
            modified_ns,
            inode,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    file: String,
    stamp: Stamp,
    digest: Digest,
}

#[derive(Debug, Default)]
struct IndexFile {
    version: u32,
    entries: Vec<Entry>,
}

/// The index as stored: the entries as they were written, and the HMAC-SHA256 of
/// those bytes with the folder's index key, in hex. An index changed by anything but
/// Toguna is not believed (what is withheld must not rest on it).
#[derive(Deserialize)]
struct Sealed<'a> {
    version: u32,
    #[serde(default)]
    mac: String,
    #[serde(borrow)]
    entries: &'a serde_json::value::RawValue,
}

/// The key the index is authenticated with, beside it, private to its owner.
pub const INDEX_KEY_FILE: &str = ".toguna-index.key";

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

fn mac_of(key: &[u8], entries: &[u8]) -> Option<String> {
    use hmac::Mac;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).ok()?;
    mac.update(entries);
    let bytes = mac.finalize().into_bytes();
    Some(hex(&bytes))
}

/// A session of the folder as the lists know it: its file and its digest.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub path: PathBuf,
    pub digest: Digest,
}

#[derive(Debug, Default)]
pub struct FolderList {
    /// Newest first.
    pub sessions: Vec<Listed>,
    pub errors: Vec<LoadError>,
    /// How many files had to be parsed (the others came from the index).
    pub parsed: usize,
}

/// Within this of the listing, a file's times cannot tell a second change from the
/// first one on every file system.
const RACY: Duration = Duration::from_secs(2);

impl Store {
    fn index_path(&self) -> PathBuf {
        let name = if self.cipher().is_some() {
            format!("{INDEX_FILE}{}", super::crypt::EXTENSION)
        } else {
            INDEX_FILE.to_string()
        };
        self.dir().join(name)
    }

    /// The digests of every session of the folder, newest first, from the index where
    /// the files have not changed. Files that do not load are reported, as `load_all`
    /// does.
    pub fn list(&self) -> std::io::Result<FolderList> {
        self.list_as_of(SystemTime::now())
    }

    /// `list`, deciding which files changed too recently to be indexed as if it were
    /// `now` (tests pass a later time instead of waiting).
    pub fn list_as_of(&self, now: SystemTime) -> std::io::Result<FolderList> {
        let files = self.files()?;
        let old = self.read_index();
        let old_len = old.entries.len();
        // Taken from the index rather than copied: a digest holds everyone who came.
        let mut known: HashMap<String, Entry> = old
            .entries
            .into_iter()
            .map(|e| (e.file.clone(), e))
            .collect();
        let mut stamps = Vec::with_capacity(files.len());
        let mut digests: Vec<Option<Digest>> = Vec::with_capacity(files.len());
        let mut to_parse = Vec::new();
        for path in &files {
            let name = file_name(path);
            let stamp = fs::metadata(path).ok().map(|m| Stamp::of(&m));
            let hit = stamp.and_then(|s| known.remove(name.as_str()).filter(|e| e.stamp == s));
            if let Some(e) = hit {
                digests.push(Some(e.digest));
            } else {
                to_parse.push(path.clone());
                digests.push(None);
            }
            stamps.push(stamp);
        }
        let parsed = to_parse.len();
        let mut fresh = load_parallel(&to_parse, self.cipher(), |s| Digest::of(&s)).into_iter();
        let mut out = FolderList {
            parsed,
            ..FolderList::default()
        };
        let mut entries = Vec::with_capacity(files.len());
        let mut ids = FirstOfEachId::default();
        let settled = now
            .checked_sub(RACY)
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as u64);
        for ((path, stamp), digest) in files.into_iter().zip(stamps).zip(digests) {
            let from_index = digest.is_some();
            let digest = match digest.map_or_else(|| fresh.next().expect("one per file"), Ok) {
                Ok(d) => d,
                Err(kind) => {
                    out.errors.push(LoadError { path, kind });
                    continue;
                }
            };
            if let Some(stamp) = stamp.filter(|s| from_index || s.changed_ns < settled) {
                entries.push(Entry {
                    file: file_name(&path),
                    stamp,
                    digest: digest.clone(),
                });
            }
            match ids.admit(&digest.id, &path) {
                Ok(()) => out.sessions.push(Listed { path, digest }),
                Err(e) => out.errors.push(e),
            }
        }
        if parsed > 0 || !known.is_empty() || entries.len() != old_len {
            // Best effort: in a read-only folder the listing works, only slower.
            let _ = self.write_index(&IndexFile {
                version: INDEX_VERSION,
                entries,
            });
        }
        sort_listed(&mut out.sessions);
        Ok(out)
    }

    fn read_index(&self) -> IndexFile {
        // A FIFO or a device in place of the index is not waited on nor read forever:
        // the index is rebuilt over it.
        let Ok(bytes) =
            super::read::read_regular(&self.index_path(), super::folder::MAX_INDEX_SIZE)
        else {
            return IndexFile::default();
        };
        let bytes = match self.cipher() {
            Some(c) => match c.decrypt(&bytes) {
                Ok(b) => b,
                Err(_) => return IndexFile::default(),
            },
            None => bytes,
        };
        // An unreadable, foreign, older or altered index is simply rebuilt.
        let Some(key) = self.index_key(false) else {
            return IndexFile::default();
        };
        let Some(sealed) = serde_json::from_slice::<Sealed>(&bytes)
            .ok()
            .filter(|i| i.version == INDEX_VERSION)
            .filter(|i| mac_of(&key, i.entries.get().as_bytes()).is_some_and(|m| m == i.mac))
        else {
            return IndexFile::default();
        };
        serde_json::from_str(sealed.entries.get())
            .map(|entries| IndexFile {
                version: sealed.version,
                entries,
            })
            .unwrap_or_default()
    }

    /// The folder's index key; made on first use when `create`.
    fn index_key(&self, create: bool) -> Option<Vec<u8>> {
        let path = self.dir().join(INDEX_KEY_FILE);
        if let Ok(bytes) = super::read::read_regular(&path, 1024) {
            let text = String::from_utf8_lossy(&bytes);
            let key: Vec<u8> = (0..text.trim().len() / 2)
                .filter_map(|i| u8::from_str_radix(text.trim().get(2 * i..2 * i + 2)?, 16).ok())
                .collect();
            return (key.len() == 32).then_some(key);
        }
        if !create {
            return None;
        }
        let random: Vec<u8> = [uuid::Uuid::new_v4(), uuid::Uuid::new_v4()]
            .iter()
            .flat_map(|u| *u.as_bytes())
            .collect();
        super::atomic::write_atomic(&path, hex(&random).as_bytes()).ok()?;
        Some(random)
    }

    fn write_index(&self, index: &IndexFile) -> std::io::Result<()> {
        let key = self
            .index_key(true)
            .ok_or_else(|| std::io::Error::other("no index key"))?;
        let entries = serde_json::to_string(&index.entries).map_err(std::io::Error::other)?;
        // Written by hand around the entries' bytes, which the MAC is of: the version
        // is a number and the MAC hexadecimal, nothing to escape.
        let mac = mac_of(&key, entries.as_bytes()).unwrap_or_default();
        let json = format!(
            "{{\"version\":{},\"mac\":\"{mac}\",\"entries\":{entries}}}",
            index.version
        );
        let json = json.into_bytes();
        super::atomic::write_atomic(&self.index_path(), &self.seal(&json)?)?;
        if self.cipher().is_some() {
            // A plain index left from before the folder was encrypted would keep
            // titles and withheld names readable.
            let _ = fs::remove_file(self.dir().join(INDEX_FILE));
        }
        Ok(())
    }

    /// Forgets the index (after the folder is encrypted or decrypted).
    pub fn drop_index(&self) {
        let _ = fs::remove_file(self.dir().join(INDEX_FILE));
        let _ = fs::remove_file(
            self.dir()
                .join(format!("{INDEX_FILE}{}", super::crypt::EXTENSION)),
        );
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Newest first, as the home screen and `toguna list` show them.
pub fn sort_listed(sessions: &mut [Listed]) {
    sessions.sort_by(|a, b| {
        newest_first(
            (&a.digest.started, &a.digest.title, &a.path),
            (&b.digest.started, &b.digest.title, &b.path),
        )
    });
}

/// Distinct series names of the folder, most recent first.
pub fn series_names(sessions: &[Listed]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in sessions {
        let s = l.digest.series.trim();
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    out
}

/// The meetings of the series of `earlier` and `later` strictly between them.
pub fn between<'a>(
    sessions: &'a [Listed],
    earlier: &crate::domain::session::Session,
    later: &crate::domain::session::Session,
) -> Vec<&'a Listed> {
    if earlier.series.trim().is_empty() || earlier.series != later.series {
        return Vec::new();
    }
    let mut out: Vec<&Listed> = sessions
        .iter()
        .filter(|l| {
            let d = &l.digest;
            d.series == earlier.series
                && d.started > earlier.started
                && d.started < later.started
                && d.id != earlier.id
                && d.id != later.id
        })
        .collect();
    out.sort_by_key(|l| l.digest.started);
    out
}

/// The latest meeting of `series` that started before `started`, other than `id`.
pub fn previous_meeting<'a>(
    sessions: &'a [Listed],
    series: &str,
    id: &str,
    started: DateTime<FixedOffset>,
) -> Option<&'a Listed> {
    if series.trim().is_empty() {
        return None;
    }
    sessions
        .iter()
        .filter(|o| o.digest.series == series && o.digest.id != id && o.digest.started < started)
        .max_by_key(|o| o.digest.started)
}
