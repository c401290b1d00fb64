//! Which session `toguna present` shows: the one named, else the one open in the app
//! (its lock names a live holder), else the latest in progress.

use std::path::PathBuf;

use super::context::Context;
use super::error::CliError;
use crate::domain::session::Status;
use crate::store::{FolderList, Listed, Store};

/// The folder, its listing and the session file to follow.
pub fn target(
    ctx: &Context,
    query: Option<&str>,
) -> Result<(Store, FolderList, PathBuf), CliError> {
    // An empty or missing folder has nothing in progress: say that, not that the
    // folder is missing, which is the same for the room.
    let store = match ctx.store() {
        Err(CliError::NoFolder { .. }) => return Err(CliError::NothingToPresent),
        other => other?,
    };
    let all = store.list().map_err(|e| ctx.folder_error(&e))?;
    let path = match query {
        Some(q) => store.resolve(q)?.path,
        None => open_in_app(&all.sessions)
            .or_else(|| latest_in_progress(&all.sessions))
            .ok_or(CliError::NothingToPresent)?,
    };
    Ok((store, all, path))
}

/// The session a running app holds; of several, the one opened last.
fn open_in_app(sessions: &[Listed]) -> Option<PathBuf> {
    sessions
        .iter()
        .filter_map(|l| {
            let holder = crate::store::lock::live_holder(&l.path)?;
            let since = chrono::DateTime::parse_from_rfc3339(&holder.since).ok();
            Some((since, l.path.clone()))
        })
        .max_by_key(|(since, _)| *since)
        .map(|(_, path)| path)
}

/// Sessions are listed newest first.
fn latest_in_progress(sessions: &[Listed]) -> Option<PathBuf> {
    sessions
        .iter()
        .find(|l| l.digest.status == Status::InProgress)
        .map(|l| l.path.clone())
}
