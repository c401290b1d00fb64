//! Crash-safe writes: a save either fully happens or leaves the old file untouched.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Prefix of the temporary files a save writes beside its target; the folder loader
/// skips them and never mistakes one for a session.
pub const TEMP_PREFIX: &str = ".toguna-";

/// Writes `bytes` to `path` atomically: a temporary file in the same folder (so the
/// rename cannot cross file systems), flushed and synced, then renamed over the target,
/// then the folder synced so the rename itself survives a power cut.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// The same, with the content produced by `fill`; if `fill` fails, nothing changes on disk.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut fs::File) -> io::Result<()>,
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
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
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
}
