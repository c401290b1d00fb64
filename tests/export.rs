//! Compare, trend and the exports through the real binary, on the example sessions.

#[path = "common/common.rs"]
mod common;

use toguna::store::Store;

use common::examples_dir as examples;

/// The binary on the example sessions, with nothing of this machine.
fn toguna() -> assert_cmd::Command {
    let mut cmd = common::toguna(&std::env::temp_dir());
    cmd.arg("--sessions-dir").arg(examples());
    cmd
}

fn run(args: &[&str]) -> String {
    let out = toguna()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Names of voices that did not consent, across the examples (that are at least
/// two words or long enough not to be common words).
fn secret_names() -> Vec<String> {
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    let mut names: Vec<String> = all
        .sessions
        .iter()
        .flat_map(|l| l.session.voices.iter())
        .filter(|v| !v.consent_to_name)
        .map(|v| v.name.clone())
        .collect();
    names.sort();
    names.dedup();
    assert!(
        names.len() >= 5,
        "the examples must hold non-consenting voices: {names:?}"
    );
    names
}

fn every_session_id() -> Vec<String> {
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    all.sessions.iter().map(|l| l.session.id.clone()).collect()
}

#[test]
fn no_name_of_a_non_consenting_voice_in_any_export() {
    let secrets = secret_names();
    let mut outputs = Vec::new();
    for id in every_session_id() {
        for format in ["md", "csv", "json"] {
            outputs.push(run(&["export", &id, "--format", format]));
        }
        outputs.push(run(&["show", &id]));
        // The first meeting of a series has nothing to compare with: that fails, and
        // its message must not leak either.
        let compare = toguna().args(["compare", &id]).output().unwrap();
        outputs.push(String::from_utf8_lossy(&compare.stdout).into_owned());
        outputs.push(String::from_utf8_lossy(&compare.stderr).into_owned());
    }
    for series in [
        "Mopti community security dialogue",
        "Dialogue de Ségou sur la sécurité humaine",
    ] {
        outputs.push(run(&["export", "--series", series, "--format", "csv"]));
        outputs.push(run(&["trend", series]));
    }
    for out in &outputs {
        for name in &secrets {
            assert!(!out.contains(name.as_str()), "{name} leaked in:\n{out}");
        }
    }
}

#[test]
fn anonymize_removes_every_name_and_organisation() {
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    let l = all
        .sessions
        .iter()
        .find(|l| l.session.voices.iter().any(|v| v.consent_to_name))
        .unwrap();
    let named: Vec<&str> = l
        .session
        .voices
        .iter()
        .flat_map(|v| [v.name.as_str(), v.organisation.as_str()])
        .filter(|n| n.len() > 3)
        .collect();
    for format in ["md", "csv", "json"] {
        let out = run(&["export", &l.session.id, "--format", format, "--anonymize"]);
        for n in &named {
            assert!(!out.contains(n), "{n} in the anonymized {format}");
        }
        assert!(out.contains("P1"), "{format}");
    }
}

#[test]
fn csv_parses_back_with_one_row_per_record() {
    let out = run(&[
        "export",
        "--series",
        "Mopti community security dialogue",
        "--format",
        "csv",
    ]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, toguna::report::rows::HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    let series: Vec<_> = all
        .sessions
        .iter()
        .filter(|l| l.session.series == "Mopti community security dialogue")
        .collect();
    let expect = |f: &dyn Fn(&toguna::domain::session::DimensionRecord) -> usize| -> usize {
        series
            .iter()
            .flat_map(|l| &l.session.dimensions)
            .map(f)
            .sum()
    };
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (record, text) = (col("record"), col("text"));
    let count = |kind: &str| rows.iter().filter(|r| &r[record] == kind).count();
    assert_eq!(count("contribution"), expect(&|d| d.contributions.len()));
    assert_eq!(count("rating"), expect(&|d| d.ratings.len()));
    assert_eq!(count("action"), expect(&|d| d.actions.len()));
    assert_eq!(
        count("agreed_level"),
        expect(&|d| usize::from(d.agreed_level.is_some()))
    );
    // Text with commas, quotes and newlines survives.
    let texts: Vec<&str> = rows.iter().map(|r| &r[text]).collect();
    let originals: Vec<&str> = series
        .iter()
        .flat_map(|l| &l.session.dimensions)
        .flat_map(|d| d.contributions.iter().map(|c| c.text.as_str()))
        .collect();
    let multiline = originals
        .iter()
        .find(|t| t.contains('\n'))
        .expect("a multi-line example");
    assert!(texts.contains(multiline));
}

#[test]
fn json_parses_back_into_what_the_gate_lets_out() {
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    let digests: Vec<_> = all
        .sessions
        .iter()
        .map(|l| toguna::domain::digest::Digest::of(&l.session))
        .collect();
    let gate = toguna::domain::privacy::Gate::new(&digests);
    for l in &all.sessions {
        let out = run(&["export", &l.session.id, "--format", "json"]);
        let back: toguna::report::data::Export = serde_json::from_str(&out).unwrap();
        assert_eq!((back.format.as_str(), back.version), ("toguna-export", 1));
        assert_eq!(
            back.sessions,
            [toguna::report::data::SessionData::of(
                &gate.session(&l.session)
            )]
        );
    }
}

#[test]
fn the_markdown_report_has_context_levels_actions_and_the_comparison() {
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    let third = all
        .sessions
        .iter()
        .find(|l| l.session.title.contains("meeting 3"))
        .unwrap();
    let md = run(&[
        "export",
        &third.session.id,
        "--format",
        "md",
        "--lang",
        "en",
    ]);
    assert!(md.starts_with(&format!("# {}\n", third.session.title)));
    assert!(md.contains("## Who took part"));
    assert!(md.contains("## Wide: 3 — "), "{md}");
    assert!(md.contains("### Actions"));
    assert!(md.contains("## Compared with the previous meeting"));
    assert!(md.contains("| Wide | 2 | 3 | ▲ up |"), "{md}");
    let fr = run(&[
        "export",
        &third.session.id,
        "--format",
        "md",
        "--lang",
        "fr",
    ]);
    assert!(fr.contains("## Comparaison avec la séance précédente"));
    assert!(fr.contains("- **Lieu**\u{a0}: "), "French spacing: {fr}");
}

#[test]
fn export_writes_a_file_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.md");
    let id = &every_session_id()[0];
    toguna()
        .args(["export", id, "--format", "md", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    assert!(std::fs::read_to_string(&file).unwrap().starts_with("# "));
}

#[test]
fn compare_and_trend_show_the_change() {
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    let third = all
        .sessions
        .iter()
        .find(|l| l.session.title.contains("meeting 3"))
        .unwrap();
    let out = run(&["compare", &third.session.id, "--lang", "en"]);
    assert!(out.contains("Wide        2       3      ▲ up"), "{out}");
    assert!(
        out.contains("Actions open at the earlier meeting:"),
        "{out}"
    );
    assert!(
        out.contains("New since last time: 4 people (Other 4)"),
        "{out}"
    );
    // Meeting 1 against meeting 3: meeting 2's review tells the middle of the story.
    let first = all
        .sessions
        .iter()
        .find(|l| l.session.title.contains("Mopti dialogue — meeting 1"))
        .unwrap();
    let out = run(&[
        "compare",
        &first.session.id,
        &third.session.id,
        "--lang",
        "en",
    ]);
    assert!(
        out.contains("agreed 12 Mar 2025 → in progress (9 Jul 2025) → done (19 Nov 2025)"),
        "{out}"
    );
    assert!(!out.contains("[not reviewed]"), "{out}");
    let trend = run(&["trend", "Mopti community security dialogue", "--lang", "en"]);
    assert!(trend.contains("3 meetings"), "{trend}");
    assert!(trend.contains("1 → 2 → 3"), "{trend}");
    toguna()
        .args(["trend", "nope", "--lang", "en"])
        .assert()
        .failure();
}

/// The three questions the README answers from the CSV (agreed level per dimension
/// per meeting, share of women among people present, actions done / in progress /
/// dropped per meeting), computed from the CSV as the README's lines do, and from the
/// session files themselves: the same answers.
#[test]
fn the_readme_questions_computed_from_the_csv_match_the_session_files() {
    use std::collections::BTreeMap;
    let all = Store::open(examples()).unwrap().load_all().unwrap();
    let mut rows: Vec<BTreeMap<String, String>> = Vec::new();
    for series in [
        "Mopti community security dialogue",
        "Dialogue de Ségou sur la sécurité humaine",
        "Gao water committee follow-up",
    ] {
        let out = run(&["export", "--series", series, "--format", "csv"]);
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        for r in reader.records() {
            let r = r.unwrap();
            rows.push(
                header
                    .iter()
                    .cloned()
                    .zip(r.iter().map(String::from))
                    .collect(),
            );
        }
    }
    let of = |record: &'static str| rows.iter().filter(move |r| r["record"] == record);
    assert_eq!(all.sessions.len(), 8);
    for l in &all.sessions {
        let s = &l.session;
        let here = |r: &&BTreeMap<String, String>| r["session_id"] == s.id;
        // 1. The agreed level of each dimension.
        for d in &s.dimensions {
            let csv: Vec<u8> = of("agreed_level")
                .filter(here)
                .filter(|r| r["dimension"] == d.dimension)
                .map(|r| r["level"].parse().unwrap())
                .collect();
            assert_eq!(
                csv,
                d.agreed_level.into_iter().collect::<Vec<_>>(),
                "{}",
                s.title
            );
        }
        // 2. Women among the people present, counted in people.
        let (mut women, mut people) = (0u32, 0u32);
        for r in of("voice").filter(here) {
            let n: u32 = r["headcount"].parse().unwrap();
            people += n;
            if r["gender"] == "woman" {
                women += n;
            }
        }
        let expected: u32 = s
            .voices
            .iter()
            .filter(|v| v.gender == toguna::domain::session::Gender::Woman)
            .map(toguna::domain::session::Voice::headcount)
            .sum();
        assert_eq!((women, people), (expected, s.headcount()), "{}", s.title);
        // 3. What became of the actions reviewed.
        let tally = toguna::domain::digest::ReviewTally::of(s);
        let count = |status: &str| {
            of("review")
                .filter(here)
                .filter(|r| r["status"] == status)
                .count() as u32
        };
        assert_eq!(
            (count("done"), count("in_progress"), count("dropped")),
            (tally.done, tally.in_progress, tally.dropped),
            "{}",
            s.title
        );
    }
    // The examples make the questions worth asking.
    assert!(of("review").any(|r| r["status"] == "done"));
    // Everyone in the room has a row, whether they spoke, rated, or neither.
    let voices: usize = all.sessions.iter().map(|l| l.session.voices.len()).sum();
    assert_eq!(of("voice").count(), voices);
}
