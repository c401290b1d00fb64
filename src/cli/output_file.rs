//! Where `export -o FILE` may write. An export never lands in the sessions folder (over
//! a session, or in plain text beside encrypted ones), and replaces an existing file
//! only when asked to with `--force`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::CliError;

/// The file `path` names once symlinks are followed, as far as it exists.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(p) = fs::canonicalize(path) {
        return p;
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    match (
        parent.map_or_else(|| fs::canonicalize("."), fs::canonicalize),
        path.file_name(),
    ) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

/// Writes `bytes` to `path` for an export of the folder `sessions`.
pub fn write(sessions: &Path, path: &Path, force: bool, bytes: &[u8]) -> Result<(), CliError> {
    let failed = |e: std::io::Error| CliError::Write {
        file: path.to_path_buf(),
        kind: e.kind(),
    };
    let target = resolved(path);
    if fs::canonicalize(sessions).is_ok_and(|folder| target.starts_with(folder)) {
        return Err(CliError::ExportIntoFolder {
            file: path.to_path_buf(),
        });
    }
    match fs::metadata(&target) {
        Ok(m) if m.is_file() && !force => Err(CliError::ExportExists {
            file: path.to_path_buf(),
        }),
        // A terminal, a pipe (`-o /dev/stdout`): written into, as a shell would.
        Ok(m) if !m.is_file() && !m.is_dir() => fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(bytes))
            .map_err(failed),
        _ => crate::store::atomic::write_atomic(path, bytes).map_err(failed),
    }
}
