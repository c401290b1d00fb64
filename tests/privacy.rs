//! The two promises tried against every output: generated folders whose sessions quote
//! people who did not consent, in every spelling and in every text field of every
//! session, and hold ratings not yet revealed. No output of any report, export or
//! screen, in either language, may hold a withheld name in any spelling, nor a hidden
//! rating's reason or spread.

use chrono::{DateTime, Duration, FixedOffset};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::views::{Grouping, TrendView, View};
use toguna::app::{App, Screen};
use toguna::domain::digest::Digest;
use toguna::domain::framework::Framework;
use toguna::domain::names::fold;
use toguna::domain::privacy::{Gate, Public};
use toguna::domain::session::*;
use toguna::i18n::I18n;
use toguna::output;
use toguna::report;
use toguna::store::Listed;

/// Syllables that make names no catalogue or framework text holds.
const SYLLABLES: &[&str] = &[
    "zo", "rim", "ɓa", "kɛ", "lu", "tash", "ɲu", "mb", "ŋo", "vex", "qui", "dré", "wü", "ïk",
];

fn name(seed: &[usize]) -> String {
    let part = |a: usize, b: usize, c: usize| {
        let p: String = [SYLLABLES[a % 14], SYLLABLES[b % 14], SYLLABLES[c % 14]].concat();
        let mut chars = p.chars();
        let first = chars.next().unwrap();
        first.to_uppercase().chain(chars).collect::<String>()
    };
    format!(
        "{} {}",
        part(seed[0], seed[1], seed[2]),
        part(seed[3], seed[4], seed[5])
    )
}

/// `name` written another way: the ways people write names in notes.
fn variant(name: &str, how: usize) -> String {
    use unicode_normalization::UnicodeNormalization;
    let parts: Vec<&str> = name.split(' ').collect();
    let strip = |s: &str| -> String {
        s.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .collect()
    };
    match how % 11 {
        0 => name.to_string(),
        1 => name.to_lowercase(),
        2 => name.to_uppercase(),
        3 => strip(name),
        4 => name.nfd().collect(),
        5 => parts.concat(),
        6 => parts.join("-"),
        7 => parts.join("  "),
        8 => parts.join("\n"),
        9 => parts.join("\u{a0}"),
        _ => format!("{}, {}", parts[1], parts[0]),
    }
}

fn at(days: usize) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-01-05T09:00:00+00:00").unwrap()
        + Duration::days(i64::try_from(days).unwrap())
}

struct Folder {
    sessions: Vec<Session>,
    /// Every name that must not leave, as written in the sessions.
    withheld: Vec<String>,
    /// A word only hidden ratings' reasons hold.
    secret_reason: &'static str,
}

/// Three meetings of a series and one of another; in each, voices who consented and
/// some who did not, one who consented at first and withdrew at the last meeting, and
/// every text field quoting them; the deep ratings of the last meeting hidden.
fn folder(names: &[String], how: &[usize]) -> Folder {
    let fw = Framework::builtin("en");
    let quote = |n: usize| variant(&names[n % names.len()], how[n % how.len()]);
    let mut sessions = Vec::new();
    for m in 0..4usize {
        let series = if m < 3 { "Kidal dialogue" } else { "Elsewhere" };
        let mut s = Session::new(
            format!("{m:032x}"),
            format!("Meeting {m} at {}'s", quote(m)),
            at(30 * m),
            "en",
            &fw,
        );
        s.series = series.into();
        s.place = format!("Courtyard of {}", quote(m + 1));
        s.intervention = format!("Wells, with {}", quote(m + 2));
        s.facilitators = vec!["Fatoumata Sow".into(), quote(m + 3)];
        s.notes = format!("{} asked for the minutes", quote(m + 4));
        for (id, n) in names.iter().enumerate() {
            let id = id as u32 + 1;
            // The first name consents until the last meeting of the series; the second
            // never does; the others do.
            let consent = match id {
                1 => m < 2,
                2 => false,
                _ => true,
            };
            s.voices.push(Voice {
                id,
                person: id,
                kind: VoiceKind::Person,
                name: n.clone(),
                group: "women".into(),
                gender: Gender::Woman,
                age_band: "25-34".into(),
                organisation: format!("Friends of {}", quote(id as usize)),
                consent_to_name: consent,
            });
        }
        s.action_review.push(ActionReview {
            session: "0".repeat(32),
            dimension: "wide".into(),
            action: 1,
            text: format!("Call {}", quote(m + 5)),
            owner: quote(m + 6),
            due: None,
            status: ActionStatus::Done,
            note: format!("{} did", quote(m + 7)),
            agreed: None,
            history: vec![ReviewStep {
                session: "1".repeat(32),
                date: at(0).date_naive(),
                status: ActionStatus::InProgress,
                note: format!("{} began", quote(m + 8)),
            }],
        });
        for (d, dim) in fw.dimensions.iter().enumerate() {
            let r = s.dimension_mut(&dim.id);
            r.contributions.push(Contribution {
                voice: Some(1),
                text: format!("As {} said", quote(m + d)),
                phase: None,
                kind: ContributionKind::Evidence,
                at: at(30 * m),
            });
            r.rationale = format!("Agreed after {} spoke", quote(m + d + 1));
            r.agreed_level = Some(2);
            r.actions.push(Action {
                id: d as u32 + 1,
                text: format!("Visit {}", quote(m + d + 2)),
                owner: quote(m + d + 3),
                due: None,
                status: ActionStatus::Open,
            });
            let hidden = dim.id == "deep" && m == 2;
            r.ratings_revealed = !hidden;
            for v in 1..=names.len() as u32 {
                r.ratings.push(Rating {
                    voice: v,
                    level: if hidden { 5 } else { 1 },
                    reason: if hidden {
                        "Quixotrel".into()
                    } else {
                        format!("because {}", quote(m + v as usize))
                    },
                });
            }
        }
        sessions.push(s);
    }
    Folder {
        sessions,
        withheld: names[..2].to_vec(),
        secret_reason: "Quixotrel",
    }
}

/// Everything that may leave: every report through every back-end, the list, the
/// tidy rows, JSON, and the screens the room may see.
fn outputs(f: &Folder, lang: &str) -> Vec<(String, String)> {
    let i = I18n::with_extra_dir(lang, None);
    let fw = Framework::builtin(lang);
    let digests: Vec<Digest> = f.sessions.iter().map(Digest::of).collect();
    let gate = Gate::new(&digests);
    let public: Vec<Public> = f.sessions.iter().map(|s| gate.session(s)).collect();
    let mut out = Vec::new();
    let mut add = |what: &str, text: String| out.push((format!("{lang} {what}"), text));
    for (n, p) in public.iter().enumerate() {
        let summary = report::session::summary(p, &fw, &i);
        add("show", output::text::render(&summary));
        let before = n.checked_sub(1).and_then(|k| public.get(k));
        let full = report::session::full(p, before, &fw, &i);
        add("md", output::markdown::render(&full));
        let one = report::data::Export::of(std::slice::from_ref(p));
        add("json", output::json::render(&one).unwrap());
        let printed = report::printed::session(p, before, &fw, &i);
        add("html", output::html::render(&printed, lang));
        add(
            "xlsx",
            workbook_text(std::slice::from_ref(p), false, &fw, &i),
        );
        for dim in &fw.dimensions {
            let doc = report::review::dimension(p, dim, Grouping::Voice, &fw, &i);
            add("review", output::text::render(&doc));
        }
        if let Some(b) = before {
            add(
                "compare",
                output::text::render(&report::compare::document(b, p, &[], &fw, &i)),
            );
        }
    }
    let all = report::data::Export::of(&public);
    add(
        "csv",
        output::csv::render(&report::rows::tidy(&all)).unwrap(),
    );
    add("json --series", output::json::render(&all).unwrap());
    let series: Vec<Public> = public[..3].to_vec();
    let printed = report::printed::series(&series, &fw, &i);
    add("html --series", output::html::render(&printed, lang));
    add("xlsx --series", workbook_text(&series, true, &fw, &i));
    let shown: Vec<Digest> = digests.iter().map(|d| gate.digest(d)).collect();
    let refs: Vec<&Digest> = shown.iter().collect();
    add(
        "list",
        output::text::render(&report::list::document(&refs, &fw, &i, 200)),
    );
    let pairs: Vec<_> = shown
        .iter()
        .map(|d| (std::path::Path::new("x.ron"), d))
        .collect();
    add(
        "list --json",
        output::json::render(&report::list::rows(&pairs, &fw)).unwrap(),
    );
    let tr = toguna::domain::trend::trend("Kidal dialogue", &shown, &fw);
    add(
        "trend",
        output::text::render(&report::trend::document(&tr, &fw, &i)),
    );
    add("screens", screens(f, &digests, &public, lang));
    // The room screen (`toguna present`): everything it draws, at every step.
    for (n, p) in public.iter().enumerate() {
        let before = n.checked_sub(1).map(|k| gate.digest(&digests[k]));
        let parts = ["card", "contributions", "ratings", "agreement", "actions"];
        let steps = ["setup", "room", "review", "summary"]
            .map(String::from)
            .into_iter()
            .chain(
                fw.dimensions
                    .iter()
                    .flat_map(|d| parts.iter().map(move |part| format!("{}/{part}", d.id))),
            );
        for step in steps {
            let room = report::room::build(p, before.as_ref(), &step, false, &fw, &i);
            add("room screen", format!("{room:?}"));
        }
    }
    out
}

/// Every cell of every sheet of the workbook, read back from the file's bytes.
fn workbook_text(sessions: &[Public], series: bool, fw: &Framework, i: &I18n) -> String {
    use calamine::Reader;
    let book = report::workbook::workbook(sessions, series, fw, i);
    let bytes = output::xlsx::render(&book).unwrap();
    let mut xlsx = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    for name in xlsx.sheet_names() {
        let range = xlsx.worksheet_range(&name).unwrap();
        for row in range.rows() {
            for cell in row {
                text.push_str(&cell.to_string());
                text.push('\t');
            }
            text.push('\n');
        }
    }
    text
}

/// The review, compare and trend screens, drawn at 200x60.
fn screens(f: &Folder, digests: &[Digest], public: &[Public], lang: &str) -> String {
    let listed: Vec<Listed> = digests
        .iter()
        .map(|d| Listed {
            path: format!("{}.ron", d.id).into(),
            digest: d.clone(),
        })
        .collect();
    let mut app = App::new(
        I18n::with_extra_dir(lang, None),
        Framework::builtin(lang),
        false,
        listed,
        vec![],
        at(200),
    );
    let mut text = String::new();
    let mut views = Vec::new();
    for tab in 0..4 {
        views.push(View::Review {
            session: Box::new(public[2].clone()),
            previous: Some(Box::new(public[1].clone())),
            tab,
            grouping: Grouping::Voice,
            scroll: toguna::app::views::Scroll::default(),
        });
    }
    views.push(View::Compare {
        earlier: Box::new(public[0].clone()),
        later: Box::new(public[2].clone()),
        between: vec![public[1].clone()],
        scroll: toguna::app::views::Scroll::default(),
        laid: toguna::app::views::Memo::default(),
    });
    let gate = Gate::new(digests);
    let gated: Vec<_> = digests.iter().map(|d| gate.digest(d)).collect();
    let series = f.sessions[0].series.clone();
    let trend = TrendView {
        trend: toguna::domain::trend::trend(&series, &gated, &app.framework),
        series,
        selected: 0,
        by_group: None,
        from_series: false,
        cells: toguna::app::views::Memo::default(),
    };
    // The chart, and each dimension by stakeholder group.
    views.push(View::Trend(trend.clone()));
    for n in 0..3 {
        views.push(View::Trend(TrendView {
            by_group: Some(n),
            ..trend.clone()
        }));
    }
    // The home list first: its titles, series and places may name someone too.
    let screens = std::iter::once(Screen::Home).chain(views.into_iter().map(Screen::View));
    for screen in screens {
        app.screen = screen;
        let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
        t.draw(|fr| fr.render_widget(&app, fr.area())).unwrap();
        let buf = t.backend().buffer();
        for y in 0..60 {
            for x in 0..200 {
                text.push_str(buf[(x, y)].symbol());
            }
            text.push('\n');
        }
    }
    text
}

/// Only letters and digits, folded: how a name is looked for in an output, whatever
/// spaces, hyphens, lines or accents the output put in it.
fn letters(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

fn cases() -> u32 {
    std::env::var("TOGUNA_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn no_output_holds_a_withheld_name_or_a_hidden_rating(
        seeds in proptest::collection::vec(proptest::collection::vec(0usize..1000, 6), 3..5),
        how in proptest::collection::vec(0usize..11, 8),
    ) {
        let names: Vec<String> = seeds.iter().map(|s| name(s)).collect();
        let mut distinct = names.iter().map(|n| letters(n)).collect::<Vec<_>>();
        distinct.sort();
        distinct.dedup();
        prop_assume!(distinct.len() == names.len());
        let f = folder(&names, &how);
        for lang in ["en", "fr"] {
            for (what, text) in outputs(&f, lang) {
                let flat = letters(&text);
                for n in &f.withheld {
                    let parts: Vec<String> = n.split(' ').map(letters).collect();
                    for joined in [parts.concat(), parts.iter().rev().cloned().collect()] {
                        prop_assert!(!flat.contains(&joined), "{n} leaked in {what}:\n{text}");
                    }
                }
                prop_assert!(!text.contains(f.secret_reason), "a hidden reason in {what}");
            }
        }
    }
}

/// The hidden ratings of the last meeting leave only as a count: no level, spread or
/// mean of them anywhere.
#[test]
fn hidden_ratings_leave_only_as_a_count() {
    let names: Vec<String> = [
        [1, 2, 3, 4, 5, 6],
        [7, 8, 9, 10, 11, 12],
        [13, 0, 1, 2, 3, 4],
    ]
    .iter()
    .map(|s| name(s))
    .collect();
    let f = folder(&names, &[0]);
    for lang in ["en", "fr"] {
        for (what, text) in outputs(&f, lang) {
            // Hidden levels are all 5, revealed ones 1: a 5 of a rating would show as a
            // distribution (5:3), a range (5–5) or a mean (5.0, 5,0).
            for leak in ["5:3", "5: 3", "5–5", "5.0", "5,0", "\"level\": 5"] {
                assert!(!text.contains(leak), "{leak} in {what}:\n{text}");
            }
        }
        let out = outputs(&f, lang);
        let json = &out.iter().find(|(w, _)| w.ends_with("json")).unwrap().1;
        assert!(
            json.contains("ratings_hidden"),
            "JSON says the ratings are hidden"
        );
        let csv = &out.iter().find(|(w, _)| w.ends_with("csv")).unwrap().1;
        assert!(
            csv.contains("ratings_hidden"),
            "CSV says the ratings are hidden"
        );
    }
}
