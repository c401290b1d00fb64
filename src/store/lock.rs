//! An advisory lock beside a session file, so that two instances never edit the same
//! session. A lock left by a process that no longer runs (killed, power cut) is stale
//! and taken over.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Who holds a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    pub since: String,
}

#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
}

pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session.with_file_name(name)
}

/// This machine's name, as locks record it. Where no `/etc/hostname` is (Windows,
/// macOS), the system says it.
pub fn hostname() -> String {
    #[cfg(not(target_os = "linux"))]
    if let Some(name) = sysinfo::System::host_name().filter(|n| !n.trim().is_empty()) {
        return name.trim().to_string();
    }
    fs::read_to_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_else(|| "?".to_string())
}

impl Lock {
    /// Takes the lock of `session`, or says who holds it.
    pub fn acquire(session: &Path, now: &str) -> io::Result<Result<Lock, Holder>> {
        let path = lock_path(session);
        for _ in 0..2 {
            let mut options = fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(&path) {
                Ok(mut f) => {
                    writeln!(f, "{} {} {}", std::process::id(), hostname(), now)?;
                    f.sync_all()?;
                    return Ok(Ok(Lock { path }));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    // Read without waiting and within bounds: a FIFO or a device in
                    // its place holds no lock of Toguna's, and is taken over.
                    let text = super::read::read_regular(&path, 4096)
                        .map(|b| String::from_utf8_lossy(&b).into_owned())
                        .unwrap_or_default();
                    match parse(&text) {
                        Some(h) if !is_stale(&h) => return Ok(Err(h)),
                        // Stale or unreadable: the holder is gone; take it over.
                        _ => {
                            let _ = fs::remove_file(&path);
                        }
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::other("the lock could not be taken"))
    }
}

/// Who holds `session` now, if a live process does (a stale lock says nobody): how
/// the room screen finds the session open in the app.
pub fn live_holder(session: &Path) -> Option<Holder> {
    let text = fs::read_to_string(lock_path(session)).ok()?;
    parse(&text).filter(|h| !is_stale(h))
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

fn parse(text: &str) -> Option<Holder> {
    let mut parts = text.split_whitespace();
    Some(Holder {
        pid: parts.next()?.parse().ok()?,
        host: parts.next()?.to_string(),
        since: parts.next().unwrap_or("").to_string(),
    })
}

/// A lock is stale when its process is gone. That can only be known for a process of
/// this machine; a lock from another machine (a shared folder) is respected.
fn is_stale(h: &Holder) -> bool {
    if h.host != hostname() {
        return false;
    }
    if h.pid == std::process::id() {
        return false;
    }
    process_gone(h.pid, &h.since)
}

/// Gone, or a zombie: dead, only not yet reaped by its parent (`Z` in the state field,
/// which follows the command name in parentheses).
#[cfg(target_os = "linux")]
fn process_gone(pid: u32, _since: &str) -> bool {
    let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return !Path::new(&format!("/proc/{pid}")).exists();
    };
    stat.rsplit_once(')')
        .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'))
}

#[cfg(not(target_os = "linux"))]
fn process_gone(pid: u32, since: &str) -> bool {
    not_in_process_table(pid, since)
}

/// Gone from the system's process table, a zombie, or its number now taken by a
/// process that started after the lock was written: Windows hands out the numbers of
/// ended processes again soon, so a live process of that number may be another one.
#[cfg(any(not(target_os = "linux"), test))]
fn not_in_process_table(pid: u32, since: &str) -> bool {
    use sysinfo::{Pid, ProcessRefreshKind, ProcessStatus, ProcessesToUpdate, System};
    let pid = Pid::from_u32(pid);
    let mut system = System::new();
    system.refresh_processes_specifics(
        ProcessesToUpdate::Some(&[pid]),
        true,
        ProcessRefreshKind::nothing(),
    );
    let Some(process) = system.process(pid) else {
        return true;
    };
    if process.status() == ProcessStatus::Zombie {
        return true;
    }
    // The lock is written after its process starts; a start well after it (beyond
    // rounding and a clock's small steps) is a later process.
    let written = chrono::DateTime::parse_from_rfc3339(since).map(|t| t.timestamp());
    written.is_ok_and(|w| i64::try_from(process.start_time()).is_ok_and(|s| s > w + 120))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_and_told_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.ron");
        let first = Lock::acquire(&session, "t").unwrap().unwrap();
        // The same process pretending to be another one: write a live foreign pid.
        drop(first);
        let path = lock_path(&session);
        fs::write(&path, format!("1 {} 2026-01-01T10:00:00Z\n", hostname())).unwrap();
        let held = Lock::acquire(&session, "t").unwrap().unwrap_err();
        assert_eq!(held.pid, 1, "pid 1 is always alive");
        assert_eq!(held.since, "2026-01-01T10:00:00Z");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_lock_left_by_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.ron");
        // A pid far above any real one.
        fs::write(
            lock_path(&session),
            format!("4000000000 {} x\n", hostname()),
        )
        .unwrap();
        let lock = Lock::acquire(&session, "t").unwrap().unwrap();
        assert!(lock_path(&session).exists());
        drop(lock);
        assert!(!lock_path(&session).exists(), "released on drop");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_lock_held_by_a_zombie_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.ron");
        // A child that has ended but is not waited for yet: a zombie, whose pid is
        // still listed in /proc.
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .arg("--list")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let stat = format!("/proc/{}/stat", child.id());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !process_gone(child.id(), "") {
            assert!(
                std::time::Instant::now() < deadline,
                "never became a zombie"
            );
            std::thread::yield_now();
        }
        assert!(Path::new(&stat).exists(), "still listed, as a zombie");
        fs::write(
            lock_path(&session),
            format!("{} {} x\n", child.id(), hostname()),
        )
        .unwrap();
        let taken = Lock::acquire(&session, "t").unwrap();
        child.wait().unwrap();
        assert!(taken.is_ok(), "{taken:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_in_place_of_the_lock_is_taken_over_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(lock_path(&session))
            .status()
            .unwrap();
        assert!(made.success());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let taken = Lock::acquire(&session, "t");
            let file = lock_path(&session).is_file();
            let _ = tx.send((matches!(taken, Ok(Ok(_))), file));
        });
        let got = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("taking the lock does not wait on the FIFO");
        assert_eq!(got, (true, true), "taken, and a regular lock file written");
    }

    /// The process table, as Windows and macOS ask it.
    #[test]
    fn the_process_table_tells_a_live_holder_from_a_gone_one() {
        let me = std::process::id();
        let now = chrono::Utc::now().to_rfc3339();
        assert!(!not_in_process_table(me, &now), "this process runs");
        assert!(!not_in_process_table(me, "not a time"), "kept when unsure");
        assert!(not_in_process_table(4_000_000_000, &now), "no such process");
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .arg("--list")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let pid = child.id();
        child.wait().unwrap();
        assert!(not_in_process_table(pid, &now), "ended and reaped");
    }

    #[test]
    fn a_number_taken_again_by_a_later_process_is_stale() {
        // This process started long after a lock written in 2001: not its holder.
        let me = std::process::id();
        assert!(not_in_process_table(me, "2001-01-01T10:00:00Z"));
    }

    #[test]
    fn a_lock_from_another_machine_is_respected() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.ron");
        fs::write(lock_path(&session), "12 another-laptop x\n").unwrap();
        assert!(Lock::acquire(&session, "t").unwrap().is_err());
    }
}
