//! Reading the files of a folder that may not be what they seem. A FIFO named like a
//! session blocks `open()` until some writer comes, a symlink to `/dev/zero` never
//! ends, and a file can be swapped for either between a look and a read. So only
//! regular files are read, the look never blocks, the open does not wait, and every
//! read stops at a limit whatever the file turns out to be.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use super::error::{LoadErrorKind, Special};

/// What a path is when it is not a regular file (a folder is reported on its own).
fn special(meta: &fs::Metadata) -> Option<Result<Special, LoadErrorKind>> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(Err(LoadErrorKind::Directory));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(Ok(Special::Fifo));
        }
        if t.is_socket() {
            return Some(Ok(Special::Socket));
        }
        if t.is_char_device() || t.is_block_device() {
            return Some(Ok(Special::Device));
        }
    }
    Some(Ok(Special::Other))
}

/// Refuses what is not a regular file, or a file larger than `limit`.
fn admit(meta: &fs::Metadata, limit: u64) -> Result<(), LoadErrorKind> {
    match special(meta) {
        Some(Ok(what)) => return Err(LoadErrorKind::NotAFile(what)),
        Some(Err(e)) => return Err(e),
        None => {}
    }
    if meta.len() > limit {
        return Err(LoadErrorKind::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    Ok(())
}

/// Opens for reading without waiting: a FIFO put in place after the look is not
/// waited on, and a terminal device never becomes the controlling one.
fn open(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        libc::O_NONBLOCK | libc::O_NOCTTY,
    );
    options.open(path)
}

/// The bytes of the regular file at `path` (a symlink is followed), at most `limit` of
/// them; anything else is an error that says what the path is.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, LoadErrorKind> {
    let io = |e: io::Error| LoadErrorKind::Io(e.kind());
    // stat never blocks, whatever the file is.
    admit(&fs::metadata(path).map_err(io)?, limit)?;
    let file = open(path).map_err(io)?;
    // What was opened is looked at again: it may have been swapped meanwhile.
    let meta = file.metadata().map_err(io)?;
    admit(&meta, limit)?;
    let expected = usize::try_from(meta.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
    // One byte more than the limit tells a file that grew past it from one that fits.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(LoadErrorKind::TooLarge {
            size: read.max(meta.len()),
            limit,
        });
    }
    Ok(bytes)
}

/// Whether `path` is a regular file (following a symlink), without blocking.
pub fn is_regular(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.file_type().is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_and_a_folder_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"twelve bytes").unwrap();
        assert_eq!(read_regular(&path, 64).unwrap(), b"twelve bytes");
        assert_eq!(
            read_regular(&path, 5),
            Err(LoadErrorKind::TooLarge { size: 12, limit: 5 })
        );
        assert_eq!(read_regular(dir.path(), 64), Err(LoadErrorKind::Directory));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_behind_a_symlink_is_named_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        assert_eq!(
            read_regular(&path, 64),
            Err(LoadErrorKind::NotAFile(Special::Device))
        );
        assert!(!is_regular(&path));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_named_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(made.success());
        // Were it opened for reading, this would wait forever for a writer: the read
        // runs on a thread, and the test gives it ten seconds.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(read_regular(&path, 64)));
        let got = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the read of a FIFO returns at once");
        assert_eq!(got, Err(LoadErrorKind::NotAFile(Special::Fifo)));
    }
}
