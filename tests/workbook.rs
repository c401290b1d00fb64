//! The XLSX workbook read back as Excel would (with calamine): its sheets, their
//! labels in each language beside the stable codes, dates as dates, a row for every
//! person in the room, and the series' chart.

#[path = "common/common.rs"]
mod common;

use calamine::{Data, Reader, Xlsx};
use toguna::store::Store;

const SERIES: &str = "Dialogue de Ségou sur la sécurité humaine";

fn workbook(lang: &str, args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("book.xlsx");
    common::toguna(dir.path())
        .arg("--sessions-dir")
        .arg(common::examples_dir())
        .args(["--lang", lang, "export"])
        .args(args)
        .args(["--format", "xlsx", "-o"])
        .arg(&file)
        .assert()
        .success();
    std::fs::read(&file).unwrap()
}

fn open(bytes: &[u8]) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap()
}

fn cells(book: &mut Xlsx<std::io::Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<Data>> {
    let range = book.worksheet_range(sheet).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

fn column(rows: &[Vec<Data>], header: &str) -> Vec<Data> {
    let at = rows[0]
        .iter()
        .position(|h| *h == header)
        .unwrap_or_else(|| panic!("no column {header} in {:?}", rows[0]));
    rows[1..].iter().map(|r| r[at].clone()).collect()
}

#[test]
fn the_sheets_and_their_labels_are_in_the_language_asked() {
    for (lang, names, group, woman) in [
        (
            "en",
            [
                "Levels per meeting",
                "Sessions",
                "People",
                "Contributions",
                "Ratings",
                "Agreed levels",
                "Actions",
                "Review of actions",
                "Codebook",
            ],
            "Stakeholder group",
            "woman",
        ),
        (
            "fr",
            [
                "Niveaux par séance",
                "Séances",
                "Personnes",
                "Contributions",
                "Appréciations",
                "Niveaux retenus",
                "Actions",
                "Revue des actions",
                "Dictionnaire des codes",
            ],
            "Groupe d'acteurs",
            "femme",
        ),
    ] {
        let bytes = workbook(lang, &["--series", SERIES]);
        let mut book = open(&bytes);
        assert_eq!(book.sheet_names(), names, "{lang}");
        let people = cells(&mut book, names[2]);
        // The code beside its label: the same code in every language.
        let codes = column(&people, &format!("{group} (code)"));
        let labels = column(&people, group);
        assert!(codes.iter().any(|c| *c == "women"), "{lang}");
        let fw = toguna::domain::framework::Framework::builtin(lang);
        let women = fw.group_label("women").to_string();
        assert!(labels.iter().any(|l| l.to_string() == women), "{lang}");
        let genders = column(&people, names_of(lang).0);
        assert!(genders.iter().any(|g| *g == woman), "{lang}");
        // Dates are dates, not text.
        let dates = column(&people, names_of(lang).1);
        assert!(
            dates.iter().all(|d| matches!(d, Data::DateTime(_))),
            "{dates:?}"
        );
        // The codebook gives every code its label.
        let codebook = cells(&mut book, names[8]);
        assert!(
            codebook
                .iter()
                .any(|r| r[0] == "status" && r[1] == "in_progress")
        );
    }
}

/// The headers of the gender label and the date columns.
fn names_of(lang: &str) -> (&'static str, &'static str) {
    if lang == "fr" {
        ("Genre", "Date")
    } else {
        ("Gender", "Date")
    }
}

#[test]
fn every_person_every_level_and_every_review_has_its_row() {
    let all = Store::open(common::examples_dir())
        .unwrap()
        .load_all()
        .unwrap();
    let meetings: Vec<_> = all
        .sessions
        .iter()
        .map(|l| &l.session)
        .filter(|s| s.series == SERIES)
        .collect();
    let bytes = workbook("en", &["--series", SERIES]);
    let mut book = open(&bytes);
    let count = |rows: Vec<Vec<Data>>| rows.len() - 1;
    let voices: usize = meetings.iter().map(|s| s.voices.len()).sum();
    assert_eq!(count(cells(&mut book, "People")), voices);
    let reviewed: usize = meetings.iter().map(|s| s.action_review.len()).sum();
    assert_eq!(count(cells(&mut book, "Review of actions")), reviewed);
    let contributions: usize = meetings
        .iter()
        .flat_map(|s| &s.dimensions)
        .map(|d| d.contributions.len())
        .sum();
    assert_eq!(count(cells(&mut book, "Contributions")), contributions);
    // The levels per meeting, as the files hold them, oldest first.
    let trend = cells(&mut book, "Levels per meeting");
    let mut sorted = meetings.clone();
    sorted.sort_by_key(|s| s.started);
    let wide = column(&trend, "Wide");
    let expected: Vec<String> = sorted
        .iter()
        .map(|s| {
            s.agreed_level("wide")
                .map_or(String::new(), |l| l.to_string())
        })
        .collect();
    let got: Vec<String> = wide.iter().map(ToString::to_string).collect();
    assert_eq!(got, expected);
    // A native chart of them: the file carries a chart part.
    let chart = b"xl/charts/chart1.xml";
    assert!(bytes.windows(chart.len()).any(|w| w == chart));
}

#[test]
fn one_session_has_no_trend_sheet_nor_chart() {
    let bytes = workbook("en", &["b9e15c7a"]);
    let book = open(&bytes);
    assert_eq!(book.sheet_names()[0], "Sessions");
    assert!(!bytes.windows(9).any(|w| w == b"xl/charts"));
}
