//! Crash-safe writes: a save either fully happens or leaves the old file untouched.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Prefix of the temporary files a save writes beside its target; the folder loader
/// skips them and never mistakes one for a session.
pub const TEMP_PREFIX: &str = ".toguna-";

/// Writes `bytes` to `path` atomically: a temporary file in the same folder (so the
/// rename cannot cross file systems), flushed and synced, then renamed over the target,
/// then the folder synced so the rename itself survives a power cut. Through a
/// symlink, the file it points at is the one replaced, and the link stays.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// The same, with the content produced by `fill`; if `fill` fails, nothing changes on disk.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut fs::File) -> io::Result<()>,
) -> io::Result<()> {
    let target = landing(path)?;
    write_in_place_of(&target, fill, true)
}

/// Writes `bytes` atomically to `path`, which must not exist: an earlier file of that
/// name is never replaced (`AlreadyExists`).
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_in_place_of(path, |file| file.write_all(bytes), false)
}

/// Writes `bytes` to a new file beside `path`, named after it with `tag`
/// (`a.ron.orig`, then `a.ron.orig-2`…): never over an earlier one. Where it went.
pub fn write_new_beside(path: &Path, tag: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    for candidate in names_beside(path, tag) {
        match write_new(&candidate, bytes) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            other => return other.map(|()| candidate),
        }
    }
    Err(io::ErrorKind::AlreadyExists.into())
}

/// Renames `from` to a free name beside it made with `tag`, as `write_new_beside`
/// names them. Where it went.
pub fn rename_beside(from: &Path, tag: &str) -> io::Result<PathBuf> {
    let free = names_beside(from, tag)
        .find(|p| fs::symlink_metadata(p).is_err())
        .ok_or(io::ErrorKind::AlreadyExists)?;
    fs::rename(from, &free)?;
    Ok(free)
}

/// `a.ron.tag`, `a.ron.tag-2`, … `a.ron.tag-999`.
fn names_beside(path: &Path, tag: &str) -> impl Iterator<Item = PathBuf> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let first = format!("{name}.{tag}");
    let path = path.to_path_buf();
    (1..1000).map(move |n| {
        if n == 1 {
            path.with_file_name(&first)
        } else {
            path.with_file_name(format!("{first}-{n}"))
        }
    })
}

/// Where a write to `path` lands: the target of a symlink, so that what the link
/// points at keeps being updated; a target that is not a regular file is refused
/// (rename would put a file in place of a device or a FIFO).
fn landing(path: &Path) -> io::Result<PathBuf> {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(path.to_path_buf());
    }
    // A link to a file not there yet: it is created where the link says.
    let target = if let Ok(t) = fs::canonicalize(path) {
        t
    } else {
        let to = fs::read_link(path)?;
        path.parent().map_or(to.clone(), |dir| dir.join(&to))
    };
    match fs::metadata(&target) {
        Ok(m) if !m.file_type().is_file() => Err(io::ErrorKind::InvalidInput.into()),
        Ok(_) => Ok(target),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(target),
        Err(e) => Err(e),
    }
}

fn write_in_place_of(
    path: &Path,
    fill: impl FnOnce(&mut fs::File) -> io::Result<()>,
    replace: bool,
) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // tempfile creates the file readable by its owner only (0600 on Unix), which the
    // session files need: they may name people at risk.
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    fill(tmp.as_file_mut())?;
    tmp.as_file_mut().flush()?;
    tmp.as_file().sync_all()?;
    // Closed before the rename: Windows refuses to rename a file that is open
    // without delete sharing, and nothing is left to write.
    let closed = tmp.into_temp_path();
    retry_denied(
        closed,
        |t| {
            let done = if replace {
                t.persist(path)
            } else {
                t.persist_noclobber(path)
            };
            done.map_err(|e| (e.error, e.path))
        },
        RETRY_DELAYS,
        std::thread::sleep,
    )?;
    sync_dir(dir);
    Ok(())
}

/// How long to wait before each new try of a refused rename. On Windows an antivirus,
/// the search indexer or a backup tool opens a file it just saw change, and for that
/// while, renaming over it is refused ("Access is denied"); a moment later it works.
/// Elsewhere a refusal does not pass by itself: fail at once.
const RETRY_DELAYS: &[Duration] = if cfg!(windows) {
    &[
        Duration::from_millis(10),
        Duration::from_millis(30),
        Duration::from_millis(60),
        Duration::from_millis(120),
        Duration::from_millis(250),
    ]
} else {
    &[]
};

/// Runs `attempt` on `state`, again after each of `delays` (waited with `pause`) while
/// it is refused for a reason that may pass; any other failure, or the last refusal,
/// is returned as it is.
fn retry_denied<T>(
    mut state: T,
    mut attempt: impl FnMut(T) -> Result<(), (io::Error, T)>,
    delays: &[Duration],
    mut pause: impl FnMut(Duration),
) -> io::Result<()> {
    let mut delays = delays.iter();
    loop {
        match attempt(state) {
            Ok(()) => return Ok(()),
            Err((e, back)) => match delays.next() {
                Some(d) if passing(&e) => {
                    pause(*d);
                    state = back;
                }
                _ => return Err(e),
            },
        }
    }
}

/// A refusal that another program's brief hold explains: access denied, or (on
/// Windows) a sharing or lock violation.
fn passing(e: &io::Error) -> bool {
    const ERROR_SHARING_VIOLATION: i32 = 32;
    const ERROR_LOCK_VIOLATION: i32 = 33;
    e.kind() == io::ErrorKind::PermissionDenied
        || (cfg!(windows)
            && matches!(
                e.raw_os_error(),
                Some(ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION)
            ))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Best effort: some file systems refuse to sync a directory, and the data is
    // already safely in the renamed file.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_save_replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(entries(dir.path()), ["a.ron"]);
    }

    #[test]
    fn an_interrupted_save_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"the old content").unwrap();
        let err = write_atomic_with(&path, |f| {
            f.write_all(b"half of the new")?;
            Err(io::Error::other("power cut"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "power cut");
        assert_eq!(fs::read(&path).unwrap(), b"the old content");
        assert_eq!(entries(dir.path()), ["a.ron"], "no stray temporary file");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_to_their_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"x").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_save_through_a_symlink_updates_its_target_and_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("elsewhere");
        fs::create_dir(&real).unwrap();
        let target = real.join("a.ron");
        fs::write(&target, b"one").unwrap();
        let link = dir.path().join("a.ron");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"two").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&target).unwrap(), b"two");
        assert_eq!(
            entries(&real),
            ["a.ron"],
            "the temporary went beside the target"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_a_device_is_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("a.ron");
        std::os::unix::fs::symlink("/dev/null", &link).unwrap();
        let err = write_atomic(&link, b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    /// Tries that are refused `refusals` times with `kind`, then succeed.
    fn refused(refusals: usize, kind: io::ErrorKind) -> (io::Result<()>, usize, Vec<Duration>) {
        let delays = [Duration::from_millis(10), Duration::from_millis(30)];
        let mut tries = 0;
        let mut waited = Vec::new();
        let result = retry_denied(
            (),
            |()| {
                tries += 1;
                if tries <= refusals {
                    Err((io::Error::from(kind), ()))
                } else {
                    Ok(())
                }
            },
            &delays,
            |d| waited.push(d),
        );
        (result, tries, waited)
    }

    #[test]
    fn a_rename_refused_for_a_moment_is_tried_again() {
        let (result, tries, waited) = refused(2, io::ErrorKind::PermissionDenied);
        assert!(result.is_ok());
        assert_eq!(tries, 3);
        assert_eq!(
            waited,
            [Duration::from_millis(10), Duration::from_millis(30)]
        );
    }

    #[test]
    fn a_rename_refused_for_good_fails_after_the_last_try() {
        let (result, tries, waited) = refused(9, io::ErrorKind::PermissionDenied);
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::PermissionDenied);
        assert_eq!((tries, waited.len()), (3, 2));
    }

    #[test]
    fn other_failures_are_not_tried_again() {
        let (result, tries, waited) = refused(1, io::ErrorKind::NotFound);
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::NotFound);
        assert_eq!((tries, waited.len()), (1, 0));
    }

    #[test]
    fn new_files_beside_never_replace_an_earlier_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let first = write_new_beside(&path, "orig", b"1").unwrap();
        let second = write_new_beside(&path, "orig", b"2").unwrap();
        assert_eq!(entries(dir.path()), ["a.ron.orig", "a.ron.orig-2"]);
        assert_eq!(fs::read(first).unwrap(), b"1");
        assert_eq!(fs::read(second).unwrap(), b"2");
        assert_eq!(
            write_new(&dir.path().join("a.ron.orig"), b"3")
                .unwrap_err()
                .kind(),
            io::ErrorKind::AlreadyExists
        );
    }
}
