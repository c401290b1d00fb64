//! The SSH link drops: the terminal itself goes away, the system sends SIGHUP to the
//! program in it, and the app must end — lock released, text typed kept as a draft —
//! instead of living on without a terminal. `script` (util-linux) holds the
//! pseudo-terminal's master side, as sshd or tmux do; killing it is a real hang-up.
#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

/// The pid written in the lock of the one session of `dir`, once there is one.
fn holder(dir: &Path) -> Option<u32> {
    let lock = std::fs::read_dir(dir)
        .ok()?
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".ron.lock"))?;
    let text = std::fs::read_to_string(lock).ok()?;
    text.split(|c: char| !c.is_ascii_digit())
        .find(|w| !w.is_empty())?
        .parse()
        .ok()
}

/// Whatever happens, nothing of the test outlives it: a process left behind would hold
/// what its parent held (the build's lock among them).
struct Cleanup(u32);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = Command::new("pkill")
            .args(["-9", "-P", &self.0.to_string()])
            .status();
        let _ = Command::new("kill")
            .args(["-9", &self.0.to_string()])
            .status();
    }
}

#[test]
fn closing_the_terminal_ends_the_app_and_releases_its_lock() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    let app = format!(
        "stty rows 24 cols 80; exec '{}' --sessions-dir '{}' --lang en",
        env!("CARGO_BIN_EXE_toguna"),
        sessions.display()
    );
    let mut script = Command::new("script")
        .args(["-q", "-f", "-c", &app, "/dev/null"])
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("script (util-linux) runs the app in a pseudo-terminal");
    let mut keys = script.stdin.take().unwrap();
    let _cleanup = Cleanup(script.id());
    let mut screen = script.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = screen.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    // The screen as a terminal shows it: the app draws only the cells that change.
    let rows = std::num::NonZeroU16::new(24).unwrap();
    let cols = std::num::NonZeroU16::new(80).unwrap();
    let mut seen = vt100::Parser::new(rows, cols, 0);
    let mut wait_for = |text: &str, keys: &mut std::process::ChildStdin| {
        let deadline = Instant::now() + TIMEOUT;
        while !seen.screen().contents().contains(text) {
            assert!(Instant::now() < deadline, "waited for {text:?} in vain");
            if let Ok(bytes) = rx.recv_timeout(Duration::from_millis(50)) {
                // The terminal answers where its cursor is.
                if bytes.windows(4).any(|w| w == b"\x1b[6n") {
                    keys.write_all(b"\x1b[1;1R").unwrap();
                }
                seen.process(&bytes);
            }
        }
    };
    wait_for("New session", &mut keys);
    keys.write_all(b"n").unwrap();
    wait_for("Title", &mut keys);
    keys.write_all(b"Hang-up test").unwrap();
    wait_for("Hang-up test", &mut keys);
    // Saved (Ctrl+S): the session has a file, and a lock.
    keys.write_all(b"\x13").unwrap();
    let deadline = Instant::now() + TIMEOUT;
    let pid = loop {
        if let Some(pid) = holder(&sessions) {
            break pid;
        }
        assert!(Instant::now() < deadline, "no lock appeared");
        std::thread::sleep(Duration::from_millis(20));
    };
    // The link drops: the terminal's master side goes with the process holding it.
    script.kill().unwrap();
    script.wait().unwrap();
    let alive = || Path::new(&format!("/proc/{pid}")).exists();
    let deadline = Instant::now() + TIMEOUT;
    while alive() {
        if Instant::now() > deadline {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("the app lived on after its terminal was gone");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(holder(&sessions), None, "the lock is released");
}
