//! The printable report opened in a real browser: headless Chromium prints the HTML
//! report of an example series to PDF; the PDF has a sensible number of A4 pages, its
//! text (pdftotext) holds the key figures of the session files and the French
//! accents, Tifinagh survives, and the page asked the network for nothing.
//!
//! Needs `chromium` and `poppler-utils` (`.ci/run` installs them on Debian). Without
//! them the test fails and says so; `TOGUNA_NO_BROWSER=1` skips it, loudly, on a
//! machine that cannot have them.

#[path = "common/common.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use toguna::domain::framework::Framework;
use toguna::store::Store;

/// A program on the `PATH`.
fn program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// Chromium, pdfinfo and pdftotext, or why not.
fn tools() -> Option<(PathBuf, PathBuf, PathBuf)> {
    let found = (
        program(&["chromium", "chromium-browser", "google-chrome"]),
        program(&["pdfinfo"]),
        program(&["pdftotext"]),
    );
    if let (Some(c), Some(i), Some(t)) = found {
        return Some((c, i, t));
    }
    if std::env::var_os("TOGUNA_NO_BROWSER").is_some() {
        eprintln!(
            "\n*** SKIPPED: the printed report was not tried in a browser (TOGUNA_NO_BROWSER) ***\n"
        );
        return None;
    }
    panic!(
        "the printable report is tested in headless Chromium: install chromium and \
         poppler-utils (apt-get install chromium poppler-utils; .ci/run does), or set \
         TOGUNA_NO_BROWSER=1 to skip this test knowingly. Found: {found:?}"
    );
}

/// Runs a command to its end (two minutes at most) and returns its standard output.
fn finish(mut cmd: Command) -> Vec<u8> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "{cmd:?} did not finish");
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{cmd:?}: {}", out.status);
    out.stdout
}

/// Prints `html` to `pdf` as a person's browser would, keeping a log of every request
/// its network stack saw.
fn print(chromium: &Path, html: &Path, pdf: &Path, netlog: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(chromium);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
    ])
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .arg(format!("--log-net-log={}", netlog.display()))
    .arg(format!("--print-to-pdf={}", pdf.display()))
    .arg(format!("file://{}", html.display()));
    finish(cmd);
    assert!(pdf.is_file(), "no PDF printed from {}", html.display());
}

/// Requests made for the page itself (the browser's own, to its update servers, are
/// not the page's): those whose network isolation key is the file's.
fn page_requests(netlog: &Path) -> Vec<String> {
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(netlog).unwrap()).unwrap();
    let start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].clone();
    log["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == start)
        .filter(|e| {
            e["params"]["network_isolation_key"]
                .as_str()
                .is_some_and(|k| k.starts_with("file:"))
        })
        .map(|e| e["params"]["url"].as_str().unwrap_or("").to_string())
        .collect()
}

fn export(dir: &Path, args: &[&str], to: &Path) {
    common::toguna(dir)
        .arg("--sessions-dir")
        .arg(common::examples_dir())
        .args(args)
        .args(["--format", "html", "-o"])
        .arg(to)
        .assert()
        .success();
}

fn text_of(pdftotext: &Path, pdf: &Path) -> String {
    let mut cmd = Command::new(pdftotext);
    cmd.arg(pdf).arg("-");
    let text = String::from_utf8(finish(cmd)).unwrap();
    // Lines broken where the page broke them: one space for any run of spacing.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_report_of_a_series_prints_to_a4_with_its_figures_and_asks_for_nothing() {
    let Some((chromium, pdfinfo, pdftotext)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("segou.html");
    let series = "Dialogue de Ségou sur la sécurité humaine";
    export(
        dir.path(),
        &["--lang", "fr", "export", "--series", series],
        &html,
    );
    let (pdf, netlog) = (dir.path().join("segou.pdf"), dir.path().join("net.json"));
    print(&chromium, &html, &pdf, &netlog);

    let mut cmd = Command::new(&pdfinfo);
    cmd.arg(&pdf);
    let info = String::from_utf8(finish(cmd)).unwrap();
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // A cover, the method, the trend, the actions, three meetings: a booklet, not a
    // page per paragraph nor everything on one.
    assert!((6..=20).contains(&pages), "{pages} pages");
    assert!(info.contains("(A4)"), "A4: {info}");

    let text = text_of(&pdftotext, &pdf);
    // The key figures, as the session files hold them.
    let all = Store::open(common::examples_dir())
        .unwrap()
        .load_all()
        .unwrap();
    let mut meetings: Vec<_> = all
        .sessions
        .iter()
        .map(|l| &l.session)
        .filter(|s| s.series == series)
        .collect();
    meetings.sort_by_key(|s| s.started);
    let (first, last) = (meetings[0], meetings[meetings.len() - 1]);
    let fw = Framework::builtin("fr");
    for d in &fw.dimensions {
        let level = |s: &toguna::domain::session::Session| {
            s.agreed_level(&d.id).map_or("–".into(), |l| l.to_string())
        };
        let expected = format!("{} {} → {}", d.name, level(first), level(last));
        assert!(text.contains(&expected), "{expected} not in:\n{text}");
    }
    let people = format!("{} → {}", first.headcount(), last.headcount());
    assert!(text.contains(&people), "{people} not in:\n{text}");
    assert!(text.contains(&format!("{} séances", meetings.len())));
    for french in [
        series,
        "Synthèse",
        "Méthode",
        "Chaque séance en bref",
        "Échéance",
        "Les actions et ce qu'elles sont devenues",
    ] {
        assert!(text.contains(french), "{french} not in:\n{text}");
    }
    assert!(text.contains(&format!("1 / {pages}")), "page numbers");
    assert_eq!(page_requests(&netlog), Vec::<String>::new());
}

#[test]
fn tifinagh_survives_printing_and_a_page_that_fetches_is_caught() {
    let Some((chromium, _, pdftotext)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("gao.html");
    export(dir.path(), &["--lang", "en", "export", "2e8b6d1f"], &html);
    let (pdf, netlog) = (dir.path().join("gao.pdf"), dir.path().join("net.json"));
    print(&chromium, &html, &pdf, &netlog);
    let text = text_of(&pdftotext, &pdf);
    assert!(text.contains("ⴰⵎⴰⵏ ⵉⵎⴰⵏ"), "{text}");
    assert!(page_requests(&netlog).is_empty());
    // The check itself works: a page that asks for an image is seen asking.
    let bad = dir.path().join("bad.html");
    std::fs::write(
        &bad,
        "<!doctype html><p>x<img src=\"http://127.0.0.1:9/x.png\">",
    )
    .unwrap();
    print(&chromium, &bad, &dir.path().join("bad.pdf"), &netlog);
    assert_eq!(page_requests(&netlog), ["http://127.0.0.1:9/x.png"]);
}
