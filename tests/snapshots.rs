//! Every screen of the app, drawn into a test terminal and kept as a text snapshot:
//! each at 80×24 and 160×48 in English, and at 80×24 and 60×16 in French.
//!
//!     INSTA_UPDATE=always cargo test --test snapshots    # accept new or changed screens
//!
//! The state is built the way a facilitator builds it, with keys (and pastes), from the
//! example sessions of `sessions/` loaded in memory, at a fixed time: nothing here reads the
//! clock, draws a random id or writes to the disk.
//!
//! The end of the file holds a property test: any sequence of keys and pastes, drawn at any
//! terminal size, never makes the app panic.

// The scripted workshop that the snapshots stop along reads as one story.
#![allow(clippy::too_many_lines)]

#[path = "common/common.rs"]
mod common;

use chrono::{DateTime, FixedOffset};
use common::Driver;
use crossterm::event::{KeyCode, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::workshop::{Step, Sub};
use toguna::app::{App, Event as AppEvent, Screen};

/// The moment every snapshot is taken at: a Saturday in March 2026, 09:30 in Bamako.
fn fixed_now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-14T09:30:00+00:00").unwrap()
}

/// The app driven by keys through the event loop's executor, on a copy of the example
/// sessions.
type Run = Driver;

fn examples(lang: &str) -> Run {
    let r = Driver::with_examples(lang, fixed_now());
    assert!(r.app.load_errors.is_empty(), "{:?}", r.app.load_errors);
    assert_eq!(r.app.sessions.len(), 8, "the eight example sessions");
    r
}

fn empty(lang: &str) -> Run {
    Driver::in_folder(lang, tempfile::tempdir().unwrap(), fixed_now())
}

/// The screen as plain text: one line per row, wide characters counted once, trailing
/// spaces trimmed.
fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    common::buffer_text(terminal.backend().buffer())
}

/// Snapshots the screen at the sizes of its language, and checks that nothing random
/// (the id of a new session) shows.
fn shoot(run: &Run, name: &str) {
    let lang = run.app.i18n.lang().to_string();
    let sizes: &[(u16, u16)] = if lang == "en" {
        &[(80, 24), (160, 48)]
    } else {
        // French words run longer: the smallest terminal Toguna takes, too.
        &[(80, 24), (60, 16)]
    };
    shoot_at(run, name, sizes);
}

/// The screens a facilitator types in, and the home list, at every size from the
/// smallest terminal Toguna takes to a large one, in both languages: they must use
/// the room they have.
const EVERY_SIZE: [(u16, u16); 4] = [(60, 16), (80, 24), (160, 48), (200, 60)];

fn shoot_every_size(run: &Run, name: &str) {
    shoot_at(run, name, &EVERY_SIZE);
}

fn shoot_at(run: &Run, name: &str, sizes: &[(u16, u16)]) {
    let lang = run.app.i18n.lang().to_string();
    for &(w, h) in sizes {
        let text = draw(&run.app, w, h);
        if let Some(ws) = run.app.workshop() {
            let id = &ws.session.id;
            assert!(
                !text.contains(&id[..8]),
                "{name}: the session id {id} shows on screen"
            );
        }
        insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), text);
    }
}

const LANGS: [&str; 2] = ["en", "fr"];

// ---------------------------------------------------------------------------------------
// The home screen.

#[test]
fn home_with_the_examples() {
    for lang in LANGS {
        shoot_every_size(&examples(lang), "home");
    }
}

#[test]
fn home_with_an_older_session_selected() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.keys(KeyCode::Down, 2);
        shoot_every_size(&r, "home_third_selected");
    }
}

#[test]
fn home_empty_is_a_welcome() {
    for lang in LANGS {
        shoot(&empty(lang), "home_empty");
    }
}

#[test]
fn home_with_a_file_that_does_not_load() {
    let broken = "// Toguna session file.\n(\n    format_version: 1,\n    id: \"0000\",\n    title: \"Broken\n";
    let folder = |with_example: bool| {
        let dir = tempfile::tempdir().unwrap();
        let example = "2025-11-19_mopti-dialogue-meeting-3-illustrative_b9e15c7a.ron";
        if with_example {
            std::fs::copy(
                common::examples_dir().join(example),
                dir.path().join(example),
            )
            .unwrap();
        }
        std::fs::write(dir.path().join("2026-01-01_broken_00000000.ron"), broken).unwrap();
        dir
    };
    for lang in LANGS {
        let r = Driver::in_folder(lang, folder(true), fixed_now());
        assert_eq!((r.app.sessions.len(), r.app.load_errors.len()), (1, 1));
        shoot(&r, "home_load_error");
    }
    // Only broken files: the welcome, and the warning under it.
    for lang in LANGS {
        let r = Driver::in_folder(lang, folder(false), fixed_now());
        shoot(&r, "home_empty_load_error");
    }
}

#[test]
fn help_on_the_home_screen() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.typed("?");
        shoot(&r, "help_home");
    }
}

#[test]
fn terminal_too_small() {
    for lang in LANGS {
        let r = examples(lang);
        insta::assert_snapshot!(format!("too_small_{lang}_40x10"), draw(&r.app, 40, 10));
    }
    let mut r = examples("en");
    r.typed("n");
    insta::assert_snapshot!("too_small_setup_en_59x16", draw(&r.app, 59, 16));
}

// ---------------------------------------------------------------------------------------
// A new meeting of the Mopti series, from set-up to summary.

const SERIES: &str = "Mopti community security dialogue";

/// Where to stop on the way through the workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stop {
    Setup,
    SetupSeries,
    RoomForm,
    Room,
    Review,
    ReviewNote,
    Card,
    Contributions,
    RatingsReason,
    RatingsHidden,
    RatingsRevealed,
    AgreementEditor,
    Agreement,
    ActionsForm,
    Summary,
}

fn workshop(lang: &str, stop: Stop) -> Run {
    use KeyCode::*;
    let mut r = examples(lang);
    r.typed("n");
    assert_eq!(r.step(), Some(Step::Setup));
    if stop == Stop::Setup {
        return r;
    }
    r.typed("Mopti dialogue — meeting 4").key(Tab);
    if stop == Stop::SetupSeries {
        return r;
    }
    r.typed(SERIES).ctrl('s');
    assert_eq!(r.step(), Some(Step::Room));

    // Three voices: a named woman, a youth group, and a leader who is not to be named.
    r.typed("Aïssata Maïga");
    r.key(Tab).key(Right); // women's group
    r.key(Tab).key(Right); // woman
    r.key(Tab).keys(Left, 3); // 35-59
    r.key(Tab).key(Tab).typed("Association Benkadi");
    r.key(Tab).typed(" "); // consent to be named
    r.key(Enter);
    r.typed("Jeunes de Sévaré");
    r.key(Tab).key(Right); // youth group
    r.key(Tab).keys(Right, 2); // mixed
    r.key(Tab).keys(Left, 2); // 18-24
    r.key(Tab).key(Right); // a group...
    r.key(Tab).typed("14"); // ...of 14
    r.key(Enter);
    r.typed("Chef de quartier");
    r.key(Tab).key(Right); // leader
    r.key(Tab).key(Left); // man
    r.key(Tab).keys(Right, 3); // 60 and over
    r.key(Enter); // a person: a new voice starts as one, whatever the last was
    let voices = &r.ws().session.voices;
    assert_eq!(voices.len(), 3, "{voices:#?}");
    // The fourth is being typed.
    r.typed("Représentant MINUS");
    if stop == Stop::RoomForm {
        return r;
    }
    r.key(Esc);
    if stop == Stop::Room {
        return r;
    }

    r.key(PageDown);
    assert_eq!(r.step(), Some(Step::Review));
    let review = &r.ws().session.action_review;
    assert!(
        review.len() >= 3,
        "meeting 3 left open actions: {review:#?}"
    );
    for c in ['d', 'p', 'x'] {
        r.key_mod(Char(c), crossterm::event::KeyModifiers::ALT);
    }
    if stop == Stop::Review {
        return r;
    }
    r.key(Up)
        .key(Enter)
        .typed("Budget moved to next year's plan");
    if stop == Stop::ReviewNote {
        return r;
    }
    r.key(Enter);

    r.key(PageDown);
    assert_eq!(r.step(), Some(Step::Dim(0, Sub::Card)));
    if stop == Stop::Card {
        return r;
    }

    r.key(PageDown);
    assert_eq!(r.step(), Some(Step::Dim(0, Sub::Contributions)));
    r.typed("Women's groups were not invited to the planning meeting.")
        .key(Enter);
    r.key(Tab).typed("1"); // Aïssata speaks: her number picks her
    r.key(F(7)); // about the analysis
    r.paste("We heard about the project on the radio,\nafter it had started.")
        .key(Enter);
    r.key(Tab).typed("2"); // the youth group
    r.key(F(8)).key(F(3)); // implementation, evidence
    r.typed("Only 3 of the 20 workers hired came from Sévaré.")
        .key(Enter);
    r.key(Tab).typed("3"); // the chief, not to be named
    r.key(F(9)).key(F(4)); // evaluation, concern
    r.typed("Nobody has asked us what we think of the results so far, and the report was never translated into Fulfulde or Bambara");
    if stop == Stop::Contributions {
        return r;
    }
    r.key(Enter);

    r.key(PageDown);
    assert_eq!(r.step(), Some(Step::Dim(0, Sub::Ratings)));
    r.typed("3")
        .typed("Women are consulted, not involved.")
        .key(Enter);
    r.typed("2").typed("Youth are only informed.").key(Enter);
    r.typed("1").typed("Decisions come from Bamako");
    if stop == Stop::RatingsReason {
        return r;
    }
    r.key(Enter);
    if stop == Stop::RatingsHidden {
        return r;
    }
    r.ctrl('r');
    if stop == Stop::RatingsRevealed {
        return r;
    }

    r.key(PageDown);
    assert_eq!(r.step(), Some(Step::Dim(0, Sub::Agreement)));
    r.typed("2")
        .typed("The room agrees it is consulted; women and youth are not yet involved.");
    if stop == Stop::AgreementEditor {
        return r;
    }
    r.key(Enter);
    if stop == Stop::Agreement {
        return r;
    }

    r.key(PageDown);
    assert_eq!(r.step(), Some(Step::Dim(0, Sub::Actions)));
    r.typed("Invite the women's groups to the planning committee")
        .key(Tab)
        .typed("Mayor's office")
        .key(Tab)
        .typed("2026-04-30")
        .key(Enter);
    r.typed("Publish the list of workers hired").key(Tab);
    if stop == Stop::ActionsForm {
        return r;
    }
    r.key(Esc);

    for _ in 0..20 {
        if r.step() == Some(Step::Summary) {
            break;
        }
        r.key(PageDown);
    }
    assert_eq!(r.step(), Some(Step::Summary));
    r
}

#[test]
fn setup_of_a_new_session() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::Setup), "setup");
    }
}

#[test]
fn setup_shows_the_known_series() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::SetupSeries), "setup_series");
    }
}

#[test]
fn setup_needs_a_title() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Setup);
        r.ctrl('s');
        assert_eq!(r.step(), Some(Step::Setup));
        shoot(&r, "setup_title_required");
    }
}

#[test]
fn series_picker() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::SetupSeries);
        r.ctrl('o');
        shoot(&r, "series_picker");
    }
}

#[test]
fn room_with_the_voice_form_open() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::RoomForm), "room_form");
    }
}

#[test]
fn room_with_three_voices() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::Room), "room");
    }
}

#[test]
fn next_meeting_room_starts_from_the_series_roster() {
    for lang in LANGS {
        let mut r = examples(lang);
        // Mopti meeting 3, on top: its next meeting, two of the series marked present.
        r.typed("N").key(KeyCode::PageDown);
        r.key(KeyCode::Char(' ')).key(KeyCode::Char(' '));
        shoot_every_size(&r, "next_meeting_room");
        let small = draw(&r.app, 60, 16);
        insta::assert_snapshot!(format!("next_meeting_room_{lang}_60x16"), small);
        // Someone who did not agree to be named last time is asked again.
        r.key(KeyCode::Char(' '));
        shoot(&r, "next_meeting_consent_again");
    }
}

#[test]
fn series_screen() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.typed("s");
        shoot(&r, "series");
        let small = draw(&r.app, 60, 16);
        insta::assert_snapshot!(format!("series_{lang}_60x16"), small);
    }
}

#[test]
fn next_meeting_reviews_the_actions_carried_on() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.typed("N").keys(KeyCode::PageDown, 2);
        r.key_mod(KeyCode::Char('d'), crossterm::event::KeyModifiers::ALT);
        shoot(&r, "next_meeting_review");
    }
}

#[test]
fn room_group_voice_form() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Room);
        r.key(KeyCode::Up).key(KeyCode::Enter); // edit the youth group
        shoot(&r, "room_edit_group");
    }
}

#[test]
fn confirm_removing_a_voice() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Room);
        r.key(KeyCode::Delete);
        shoot(&r, "confirm_delete_voice");
    }
}

#[test]
fn review_of_last_meetings_actions() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::Review), "review");
    }
}

#[test]
fn review_with_a_note_being_typed() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::ReviewNote), "review_note");
    }
}

#[test]
fn review_of_a_first_meeting() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.typed("n")
            .typed("Kidal — first meeting")
            .ctrl('s')
            .key(KeyCode::PageDown);
        assert_eq!(r.step(), Some(Step::Review));
        shoot(&r, "review_nothing");
    }
}

#[test]
fn dimension_card() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::Card), "card");
    }
}

#[test]
fn contributions_with_the_editor() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::Contributions), "contributions");
    }
}

#[test]
fn contributions_browsing() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Contributions);
        r.key(KeyCode::Enter).key(KeyCode::Esc).key(KeyCode::Up);
        shoot_every_size(&r, "contributions_list");
    }
}

#[test]
fn voice_picker() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Contributions);
        r.key(KeyCode::Tab);
        shoot_every_size(&r, "voice_picker");
    }
}

#[test]
fn help_while_typing() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Contributions);
        r.key(KeyCode::F(1));
        shoot(&r, "help_contributions");
    }
}

#[test]
fn confirm_deleting_a_contribution() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Contributions);
        r.key(KeyCode::Esc).key(KeyCode::Delete);
        shoot(&r, "confirm_delete_contribution");
    }
}

#[test]
fn ratings_with_a_reason_being_typed() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::RatingsReason), "ratings_reason");
    }
}

#[test]
fn ratings_hidden() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::RatingsHidden), "ratings_hidden");
    }
}

/// Clearing a rating asks, naming whose it is and nothing of what is still hidden.
#[test]
fn confirm_clear_rating() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::RatingsHidden);
        r.key(KeyCode::Delete);
        shoot(&r, "confirm_clear_rating");
    }
}

#[test]
fn ratings_revealed() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::RatingsRevealed), "ratings_revealed");
    }
}

#[test]
fn agreement_with_the_rationale_being_typed() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::AgreementEditor), "agreement_editor");
    }
}

#[test]
fn agreement() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::Agreement), "agreement");
    }
}

#[test]
fn actions_with_the_form_open() {
    for lang in LANGS {
        shoot_every_size(&workshop(lang, Stop::ActionsForm), "actions_form");
    }
}

/// The list and the ideas for actions: side by side from 80 columns, one above the
/// other below that.
#[test]
fn actions_with_their_ideas() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::ActionsForm);
        r.key(KeyCode::Esc);
        shoot_every_size(&r, "actions_list");
    }
}

#[test]
fn actions_with_a_bad_date() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::ActionsForm);
        r.key(KeyCode::Tab).typed("next week").key(KeyCode::Enter);
        shoot_every_size(&r, "actions_bad_date");
    }
}

#[test]
fn step_picker() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::ActionsForm);
        r.key(KeyCode::Esc).ctrl('g');
        shoot(&r, "step_picker");
    }
}

#[test]
fn summary() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::Summary), "summary");
    }
}

#[test]
fn confirm_finishing() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Summary);
        r.typed("f");
        shoot(&r, "confirm_finish");
    }
}

#[test]
fn summary_of_a_finished_session() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Summary);
        r.typed("f").typed("y");
        shoot(&r, "summary_finished");
    }
}

#[test]
fn an_example_in_progress_opens_where_it_stopped() {
    for lang in LANGS {
        let mut r = examples(lang);
        let at = r
            .app
            .sessions
            .iter()
            .position(|l| {
                l.digest
                    .title
                    .starts_with("Gao water committee — meeting 2")
            })
            .unwrap();
        r.keys(KeyCode::Down, at).key(KeyCode::Enter);
        shoot(&r, "example_in_progress");
    }
}

#[test]
fn a_finished_example_opens_on_its_summary() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.key(KeyCode::Enter);
        assert_eq!(r.step(), Some(Step::Summary));
        shoot(&r, "example_summary");
    }
}

// ---------------------------------------------------------------------------------------
// Whatever is pressed or pasted, at whatever size, the app never panics.

#[derive(Debug, Clone)]
enum Event {
    Key(KeyCode, KeyModifiers),
    Paste(&'static str),
    Resize(u16, u16),
    /// Seconds passing, for the timers.
    Tick(u32),
}

const ODD_TEXT: &[&str] = &[
    "مرحبا، هذا اجتماع المجتمع المحلي",
    "ⵜⴰⵎⴰⵣⵉⵖⵜ ⴷ ⵜⵓⵔⴳⵉⵜ",
    "你好世界，社区对话",
    "👩🏾‍🌾👨🏿‍🏫🇲🇱🤝🏽",
    "e\u{301}\u{301}\u{301}a\u{308}\u{20dd}",
    "\n",
    "\r\n\r\n",
    "\t tab\tand\u{200b}zero\u{200d}width\u{200f}rtl",
    "Aïssata Maïga\nJeunes de Sévaré\n",
    "Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellement",
    "",
    "12",
    "2026-02-30",
    "\u{1b}[31mred\u{1b}[0m\u{7}",
];

fn key_strategy() -> impl Strategy<Value = Event> {
    let none = KeyModifiers::NONE;
    let mut keys: Vec<(KeyCode, KeyModifiers)> = "anq?iedvyofxpjk 0123456789"
        .chars()
        .map(|c| (KeyCode::Char(c), none))
        .collect();
    keys.extend([
        (KeyCode::Enter, none),
        (KeyCode::Esc, none),
        (KeyCode::Tab, none),
        (KeyCode::BackTab, KeyModifiers::SHIFT),
        (KeyCode::Up, none),
        (KeyCode::Down, none),
        (KeyCode::Left, none),
        (KeyCode::Right, none),
        (KeyCode::PageUp, none),
        (KeyCode::PageDown, none),
        (KeyCode::Delete, none),
        (KeyCode::Backspace, none),
        (KeyCode::Home, none),
        (KeyCode::End, none),
        (KeyCode::F(1), none),
        (KeyCode::Char('g'), KeyModifiers::CONTROL),
        (KeyCode::Char('t'), KeyModifiers::CONTROL),
        (KeyCode::Char('k'), KeyModifiers::CONTROL),
        (KeyCode::Char('o'), KeyModifiers::CONTROL),
        (KeyCode::Char('l'), KeyModifiers::CONTROL),
        (KeyCode::Char('u'), KeyModifiers::CONTROL),
        (KeyCode::Char('w'), KeyModifiers::CONTROL),
        (KeyCode::Char('c'), KeyModifiers::CONTROL),
        (KeyCode::Enter, KeyModifiers::ALT),
    ]);
    proptest::sample::select(keys).prop_map(|(code, m)| Event::Key(code, m))
}

fn event_strategy() -> impl Strategy<Value = Event> {
    prop_oneof![
        12 => key_strategy(),
        2 => proptest::sample::select(ODD_TEXT).prop_map(Event::Paste),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => (0u32..4000).prop_map(Event::Tick),
    ]
}

/// Cases of the random-keys test: few in `cargo test`, many in a dedicated run
/// (`TOGUNA_PROPTEST_CASES=2048 cargo test --test snapshots any_keys`).
fn cases() -> u32 {
    std::env::var("TOGUNA_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}

/// Every session file of the folder parses, and the open session, once saved, is on
/// disk exactly as the app holds it: nothing committed is lost.
fn check_disk(r: &Run) -> Result<(), TestCaseError> {
    let all = r.store.load_all().unwrap();
    prop_assert!(all.errors.is_empty(), "{:?}", all.errors);
    if let Some(ws) = r.app.workshop()
        && let Some(path) = &ws.path
        && !ws.unsaved
    {
        let on_disk = r.store.load(path).unwrap();
        prop_assert_eq!(&on_disk, &ws.session);
    }
    Ok(())
}

/// When text can be typed, the editor's cursor (a reversed cell) is on screen.
fn check_cursor(app: &mut App, buf: &ratatui::buffer::Buffer) -> Result<(), TestCaseError> {
    let big = buf.area.width >= 60 && buf.area.height >= 16;
    if big && app.focused_editor().is_some() {
        let shown = buf
            .content
            .iter()
            .any(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED));
        prop_assert!(shown, "an editor is focused but no cursor is drawn");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_keys_and_pastes_at_any_size_keep_the_file_whole_and_a_way_home(
        french in any::<bool>(),
        start in 0usize..10,
        size in (1u16..=300, 1u16..=100),
        events in proptest::collection::vec(event_strategy(), 0..=60),
    ) {
        let lang = if french { "fr" } else { "en" };
        let mut r = examples(lang);
        // Start at home, in one of the examples, or in a new session.
        match start {
            0..=7 => {
                r.keys(KeyCode::Down, start).key(KeyCode::Enter);
            }
            8 => {
                r.typed("nRéunion").key(KeyCode::Enter);
            }
            _ => {}
        }
        let mut now = fixed_now();
        let (mut w, mut h) = size;
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| f.render_widget(&r.app, f.area())).unwrap();
        for (n, ev) in events.into_iter().enumerate() {
            match ev {
                Event::Key(code, m) => {
                    r.key_mod(code, m);
                }
                Event::Paste(text) => {
                    r.paste(text);
                }
                Event::Resize(nw, nh) => {
                    (w, h) = (nw, nh);
                    terminal.backend_mut().resize(w, h);
                }
                Event::Tick(secs) => {
                    now += chrono::Duration::seconds(i64::from(secs));
                    r.event(AppEvent::Tick(now));
                }
            }
            if r.exec.quit() {
                // The program would end here; going on explores more from a new run.
                r = r.restart(lang);
            }
            terminal.draw(|f| f.render_widget(&r.app, f.area())).unwrap();
            prop_assert_eq!(terminal.backend().buffer().area.width, w);
            prop_assert_eq!(terminal.backend().buffer().area.height, h);
            check_cursor(&mut r.app, terminal.backend().buffer())?;
            if n % 10 == 9 {
                check_disk(&r)?;
            }
        }
        check_disk(&r)?;
        // Whatever the state, Esc (and "no" to a question) leads home.
        for _ in 0..12 {
            if matches!(r.app.screen, Screen::Home) || r.exec.quit() {
                break;
            }
            r.key(KeyCode::Esc);
        }
        prop_assert!(
            matches!(r.app.screen, Screen::Home) || r.exec.quit(),
            "no way home from {:?}",
            r.app.contexts()
        );
        check_disk(&r)?;
    }
}

// ---------------------------------------------------------------------------------------
// Review, compare and trend: the screens that may be shown to the room.

#[test]
fn review_of_a_past_session_overview_and_a_dimension_grouped_by_phase() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.key(KeyCode::Char('r'));
        shoot(&r, "view_review_overview");
        r.key(KeyCode::Right)
            .key(KeyCode::Char('g'))
            .key(KeyCode::Char('g'))
            .key(KeyCode::Char('g'));
        shoot(&r, "view_review_wide_by_phase");
    }
}

#[test]
fn compare_with_the_previous_meeting_of_the_series() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.key(KeyCode::Char('c'));
        shoot(&r, "view_compare");
    }
}

#[test]
fn compare_two_marked_sessions() {
    for lang in LANGS {
        let mut r = examples(lang);
        // The newest Mopti meeting against the oldest one, whatever lies between.
        r.key(KeyCode::Char('m'));
        let oldest = r
            .app
            .sessions
            .iter()
            .position(|l| l.digest.title.starts_with("Mopti dialogue — meeting 1"))
            .unwrap();
        r.keys(KeyCode::Down, oldest);
        // The marked date keeps its year, in French too ("◆ 19 nov. 2025").
        shoot(&r, "home_with_a_mark");
        r.key(KeyCode::Char('c'));
        shoot(&r, "view_compare_marked");
    }
}

#[test]
fn trend_of_a_series() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.key(KeyCode::Char('t'));
        shoot(&r, "view_trend");
        insta::assert_snapshot!(format!("view_trend_{lang}_60x16"), draw(&r.app, 60, 16));
        r.key(KeyCode::Char('g'));
        r.key(KeyCode::Right);
        shoot(&r, "view_trend_by_group");
    }
}

#[test]
fn the_home_list_moves_a_page_at_a_time() {
    let mut r = examples("en");
    r.key(KeyCode::PageDown);
    assert_eq!(r.app.home_selected, 7, "a page down, at most to the last");
    r.key(KeyCode::PageUp);
    assert_eq!(r.app.home_selected, 0);
}

#[test]
fn while_the_folder_is_read_the_header_does_not_say_it_is_empty() {
    for lang in LANGS {
        let mut r = empty(lang);
        r.app.loading = true;
        let app = &r.app;
        let screen = draw(app, 80, 24);
        let header = screen.lines().next().unwrap();
        assert!(!header.contains("session"), "{lang}: {header}");
        assert!(screen.contains(&app.i18n.t("home-loading")), "{screen}");
    }
}

#[test]
fn help_in_a_review() {
    for lang in LANGS {
        let mut r = examples(lang);
        r.key(KeyCode::Char('r')).key(KeyCode::Char('?'));
        // The keys' column fits its widest entry ("PgDn, PgUp, ↓, ↑").
        shoot(&r, "help_review");
    }
}

#[test]
fn the_summary_scrolls_on_a_small_screen() {
    let mut r = examples("en");
    // The newest meeting is finished: it opens on its summary.
    r.key(KeyCode::Enter);
    let before = draw(&r.app, 60, 16);
    let s = &r.ws().session;
    let last = s.all_actions().last().unwrap().1.text.clone();
    let tail: String = last.split(' ').next_back().unwrap().into();
    assert!(
        !before.contains(&tail),
        "the last action does not fit yet:\n{before}"
    );
    r.keys(KeyCode::Down, 30);
    let after = draw(&r.app, 60, 16);
    assert!(
        after.contains(&tail),
        "scrolled to the last action:\n{after}"
    );
    r.keys(KeyCode::Up, 60);
    assert_eq!(draw(&r.app, 60, 16), before, "and back to the top");
}
