//! The Windows build, run under wine: every subcommand, on a copy of the example
//! sessions, says what the Linux build says, every export format is written, and an
//! encrypted folder goes there and back.
//!
//! It runs when `TOGUNA_WINDOWS_EXE` names the cross-built `toguna.exe` (`.ci/windows`
//! builds it and sets it); then anything missing (the exe, wine, the mingw compiler
//! for the stand-in DLL) fails the test, never skips it. Without the variable there is
//! nothing to run, and each test says so and passes: a plain `cargo test` on a machine
//! without wine stays green.
//!
//! Wine starts slowly (a second or more per process), so the checks are few and each
//! invocation covers much: the outputs are compared whole with the Linux binary's.

#[path = "common/common.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const EXE_VAR: &str = "TOGUNA_WINDOWS_EXE";
const PASS: &str = "sous le toguna";
/// Sessions of the examples: Mopti's last meeting (with two before it) and its series.
const MOPTI_3: &str = "b9e15c7a";
const MOPTI: &str = "Mopti community security dialogue";

/// The exe copied beside its stand-in DLL, and the private wine prefix it runs in.
struct Wine {
    exe: PathBuf,
    prefix: PathBuf,
}

/// The Windows build ready to run, or `None` when nobody asked for it.
fn wine() -> Option<&'static Wine> {
    static WINE: OnceLock<Option<Wine>> = OnceLock::new();
    WINE.get_or_init(|| {
        let Some(exe) = std::env::var_os(EXE_VAR) else {
            eprintln!("{EXE_VAR} is not set: the Windows build is checked by .ci/windows");
            return None;
        };
        Some(prepare(Path::new(&exe)))
    })
    .as_ref()
}

/// Copies the exe into a folder of the tests, builds the stand-in DLL beside it, and
/// makes the wine prefix once (its first start takes many seconds; later runs reuse it).
fn prepare(exe: &Path) -> Wine {
    assert!(
        exe.is_file(),
        "{EXE_VAR}={} is not a file: build it with .ci/windows",
        exe.display()
    );
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let bin = tmp.join("windows-bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::copy(exe, bin.join("toguna.exe")).unwrap();
    // Rust's standard library needs ProcessPrng, which wine 8 lacks: a stand-in for
    // the tests only, never shipped (see the C file).
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/windows/bcryptprimitives.c");
    let gcc = std::env::var("TOGUNA_MINGW_GCC").unwrap_or("x86_64-w64-mingw32-gcc".into());
    let built = Command::new(&gcc)
        .args(["-shared", "-O2", "-s", "-o"])
        .arg(bin.join("bcryptprimitives.dll"))
        .arg(&source)
        .arg("-ladvapi32")
        .status()
        .unwrap_or_else(|e| panic!("{gcc} (apt-get install gcc-mingw-w64-x86-64): {e}"));
    assert!(built.success(), "{gcc} could not build the stand-in DLL");
    let prefix = tmp.join("wine-prefix");
    if !prefix.join("system.reg").is_file() {
        let booted = wine_command(&prefix, "wineboot")
            .arg("-i")
            .output()
            .unwrap_or_else(|e| panic!("wineboot (apt-get install wine wine64): {e}"));
        assert!(booted.status.success(), "wineboot -i: {booted:?}");
    }
    Wine {
        exe: bin.join("toguna.exe"),
        prefix,
    }
}

/// A wine tool in the private prefix, quiet, with no prompt to install Mono or Gecko
/// (no display is there to show it, and nothing here needs them).
fn wine_command(prefix: &Path, program: &str) -> Command {
    let mut cmd = Command::new(program);
    for var in common::MACHINE_VARS {
        cmd.env_remove(var);
    }
    // Wine links the prefix's user folders to the home folder's: one of the tests'.
    let home = prefix.with_file_name("wine-home");
    std::fs::create_dir_all(&home).unwrap();
    // Nothing to read: wine's console would otherwise wait on the tests' input.
    cmd.stdin(std::process::Stdio::null());
    cmd.env("HOME", home)
        .env("WINEPREFIX", prefix)
        .env("WINEDEBUG", "-all")
        .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
        .env_remove("DISPLAY")
        // Wine turns Windows' file names into the Linux ones in the locale's encoding.
        .env("LANG", "C.UTF-8")
        .env("NO_COLOR", "1");
    cmd
}

/// A Linux path as the Windows program sees it: wine maps `/` to the drive `Z:`.
fn win(path: &Path) -> String {
    format!("Z:{}", path.display()).replace('/', "\\")
}

/// One run of the Windows build with `args`, after `--lang en --sessions-dir DIR`.
fn windows(w: &Wine, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    windows_in(w, "en", dir, args, env)
}

fn windows_in(w: &Wine, lang: &str, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = wine_command(&w.prefix, "wine");
    cmd.arg(&w.exe)
        .args(["--lang", lang, "--sessions-dir"])
        .arg(win(dir))
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output()
        .unwrap_or_else(|e| panic!("wine (apt-get install wine wine64): {e}"))
}

/// The same run of the Linux build.
fn linux(lang: &str, dir: &Path, args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    common::toguna(home.path())
        .args(["--lang", lang, "--sessions-dir"])
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn succeeded(out: &Output, what: &str) -> String {
    assert!(
        out.status.success(),
        "{what} failed under wine: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    text(&out.stdout)
}

#[test]
fn every_reading_subcommand_says_what_the_linux_build_says() {
    let Some(w) = wine() else { return };
    // One folder for both: each reads the index the other wrote.
    let dir = common::copy_examples();
    // Paths print as each system writes them (`list --json` has the files').
    let as_linux = |out: String| {
        let escaped = |p: String| p.replace('\\', "\\\\");
        out.replace(
            &escaped(win(dir.path()) + "\\"),
            &format!("{}/", dir.path().display()),
        )
    };
    let runs: [&[&str]; 11] = [
        &["list"],
        &["list", "--json", "--series", MOPTI],
        &["show", MOPTI_3],
        &["check"],
        &["compare", MOPTI_3],
        &["trend", MOPTI],
        &["series"],
        &["framework"],
        &["export", MOPTI_3, "--format", "md"],
        &["export", MOPTI_3, "--format", "json"],
        &["export", "--series", MOPTI, "--format", "csv"],
    ];
    for lang in ["en", "fr"] {
        for args in runs {
            // French once, on the commands that say the most.
            if lang == "fr" && !matches!(args[0], "show" | "compare" | "trend") {
                continue;
            }
            let run = windows_in(w, lang, dir.path(), args, &[]);
            let got = as_linux(succeeded(&run, &args.join(" ")));
            let want = text(&linux(lang, dir.path(), args).stdout);
            assert!(!want.is_empty(), "{args:?} prints nothing on Linux");
            assert_eq!(
                got, want,
                "toguna --lang {lang} {args:?}: Windows and Linux differ"
            );
        }
    }
}

#[test]
fn every_export_format_is_written_to_a_file() {
    let Some(w) = wine() else { return };
    let dir = common::copy_examples();
    let out = tempfile::tempdir().unwrap();
    // A name with spaces and accents, as a facilitator's Documents folder has.
    let report = |ext: &str| out.path().join(format!("Réunion de Mopti.{ext}"));
    for (format, starts) in [
        ("html", &b"<!DOCTYPE html>"[..]),
        ("xlsx", &b"PK\x03\x04"[..]),
        ("csv", &b"session_id"[..]),
        ("md", &b"# "[..]),
        ("json", &b"{"[..]),
    ] {
        let file = win(&report(format));
        let args = ["export", MOPTI_3, "--format", format, "-o", &file];
        succeeded(&windows(w, dir.path(), &args, &[]), &args.join(" "));
        let bytes = std::fs::read(report(format)).unwrap();
        assert!(
            bytes.starts_with(starts),
            "{format} starts with {:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(40)])
        );
    }
    // An xlsx is a workbook the Linux side can read back.
    let book: calamine::Xlsx<_> = calamine::open_workbook(report("xlsx")).unwrap();
    assert!(!calamine::Reader::sheet_names(&book).is_empty());
}

#[test]
fn a_folder_is_encrypted_and_decrypted_with_the_passphrase() {
    let Some(w) = wine() else { return };
    let dir = common::copy_examples();
    let pass = [("TOGUNA_PASSPHRASE", PASS)];
    let out = windows(w, dir.path(), &["encrypt"], &pass);
    assert!(succeeded(&out, "encrypt").contains("8 sessions are now encrypted"));
    for e in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("Mopti"));
    }
    // Windows wrote what Linux reads with the same passphrase.
    let home = tempfile::tempdir().unwrap();
    common::toguna(home.path())
        .args(["--lang", "en", "--sessions-dir"])
        .arg(dir.path())
        .env("TOGUNA_PASSPHRASE", PASS)
        .arg("check")
        .assert()
        .success();
    let wrong = windows(w, dir.path(), &["list"], &[("TOGUNA_PASSPHRASE", "not it")]);
    assert!(!wrong.status.success());
    assert!(text(&wrong.stderr).contains("wrong passphrase"));
    succeeded(&windows(w, dir.path(), &["decrypt"], &pass), "decrypt");
    let listed = succeeded(&windows(w, dir.path(), &["list"], &[]), "list");
    assert!(listed.contains("Mopti dialogue — meeting 3"), "{listed}");
}

#[test]
fn errors_fail_with_a_message_and_the_data_folder_is_under_appdata() {
    let Some(w) = wine() else { return };
    let dir = common::copy_examples();
    let unknown = windows(w, dir.path(), &["show", "zzzz"], &[]);
    assert_eq!(unknown.status.code(), Some(1), "{unknown:?}");
    assert!(!unknown.stderr.is_empty() && unknown.stdout.is_empty());
    // Without --sessions-dir, the folder is the roaming application data one
    // (%APPDATA%), which a fresh prefix does not have yet: the error names it.
    let mut cmd = wine_command(&w.prefix, "wine");
    let out = cmd
        .arg(&w.exe)
        .args(["--lang", "en", "list"])
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert!(
        err.contains(r"\AppData\Roaming\Toguna\toguna\data\sessions"),
        "{err}"
    );
}
