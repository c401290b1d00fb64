//! Every screen of the app, drawn into a test terminal and kept as a text snapshot:
//! each at 80×24 and 160×48 in English, and at 80×24 in French.
//!
//!     INSTA_UPDATE=always cargo test --test snapshots    # accept new or changed screens
//!
//! The state is built the way a facilitator builds it, with keys (and pastes), from the
//! example sessions of `sessions/` loaded in memory, at a fixed time: nothing here reads the
//! clock, draws a random id or writes to the disk.
//!
//! The end of the file holds a property test: any sequence of keys and pastes, drawn at any
//! terminal size, never makes the app panic.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::App;
use toguna::app::workshop::{Step, Sub};
use toguna::domain::framework::Framework;
use toguna::i18n::I18n;
use toguna::store::{LoadError, Loaded, Store};
use unicode_width::UnicodeWidthStr;

/// The moment every snapshot is taken at: a Saturday in March 2026, 09:30 in Bamako.
fn fixed_now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-14T09:30:00+00:00").unwrap()
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions")
}

/// The example sessions, loaded once.
fn examples() -> &'static (Vec<Loaded>, Vec<LoadError>) {
    static LOADED: OnceLock<(Vec<Loaded>, Vec<LoadError>)> = OnceLock::new();
    LOADED.get_or_init(|| {
        let all = Store::open(examples_dir()).unwrap().load_all().unwrap();
        assert!(all.errors.is_empty(), "{:?}", all.errors);
        assert_eq!(all.sessions.len(), 8, "the eight example sessions");
        (all.sessions, all.errors)
    })
}

fn app_with(lang: &str, sessions: Vec<Loaded>, errors: Vec<LoadError>) -> App {
    let mut app = App::new(
        I18n::with_extra_dir(lang, None),
        Framework::builtin(lang),
        false,
        sessions,
        errors,
        fixed_now(),
    );
    // No path of this machine on screen, and the same drawing with or without NO_COLOR.
    app.folder = "/sessions".into();
    app.color = false;
    app
}

/// The app driven by keys, as the event loop would drive it (without saving).
struct Run {
    app: App,
}

impl Run {
    fn new(lang: &str) -> Run {
        let (sessions, errors) = examples().clone();
        Run {
            app: app_with(lang, sessions, errors),
        }
    }

    fn empty(lang: &str) -> Run {
        Run {
            app: app_with(lang, vec![], vec![]),
        }
    }

    fn key_mod(&mut self, code: KeyCode, m: KeyModifiers) -> &mut Self {
        self.app.on_key(KeyEvent::new(code, m));
        self
    }

    fn key(&mut self, code: KeyCode) -> &mut Self {
        self.key_mod(code, KeyModifiers::NONE)
    }

    fn keys(&mut self, code: KeyCode, times: usize) -> &mut Self {
        for _ in 0..times {
            self.key(code);
        }
        self
    }

    fn ctrl(&mut self, c: char) -> &mut Self {
        self.key_mod(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn typed(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
        self
    }

    fn paste(&mut self, text: &str) -> &mut Self {
        self.app.on_paste(text);
        self
    }

    fn step(&self) -> Option<Step> {
        self.app.workshop.as_ref().map(|w| w.step)
    }
}

/// The screen as plain text: one line per row, wide characters counted once, trailing
/// spaces trimmed.
fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    let buf = terminal.backend().buffer();
    let mut rows = Vec::with_capacity(height as usize);
    for y in 0..height {
        let mut row = String::new();
        let mut skip = 0usize;
        for x in 0..width {
            let symbol = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            row.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        rows.push(row.trim_end().to_string());
    }
    rows.join("\n")
}

/// Snapshots the screen at the sizes of its language, and checks that nothing random
/// (the id of a new session) shows.
fn shoot(run: &Run, name: &str) {
    let lang = run.app.i18n.lang().to_string();
    let sizes: &[(u16, u16)] = if lang == "en" {
        &[(80, 24), (160, 48)]
    } else {
        &[(80, 24)]
    };
    for &(w, h) in sizes {
        let text = draw(&run.app, w, h);
        if let Some(ws) = &run.app.workshop {
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
        shoot(&Run::new(lang), "home");
    }
}

#[test]
fn home_with_an_older_session_selected() {
    for lang in LANGS {
        let mut r = Run::new(lang);
        r.keys(KeyCode::Down, 2);
        shoot(&r, "home_third_selected");
    }
}

#[test]
fn home_empty_is_a_welcome() {
    for lang in LANGS {
        shoot(&Run::empty(lang), "home_empty");
    }
}

#[test]
fn home_with_a_file_that_does_not_load() {
    let dir = tempfile::tempdir().unwrap();
    let example = "2025-11-19_mopti-dialogue-meeting-3-illustrative_b9e15c7a.ron";
    std::fs::copy(examples_dir().join(example), dir.path().join(example)).unwrap();
    std::fs::write(
        dir.path().join("2026-01-01_broken_00000000.ron"),
        "// Toguna session file.\n(\n    format_version: 1,\n    id: \"0000\",\n    title: \"Broken\n",
    )
    .unwrap();
    let all = Store::open(dir.path()).unwrap().load_all().unwrap();
    assert_eq!((all.sessions.len(), all.errors.len()), (1, 1));
    for lang in LANGS {
        let r = Run {
            app: app_with(lang, all.sessions.clone(), all.errors.clone()),
        };
        shoot(&r, "home_load_error");
    }
    // Only broken files: the welcome, and the warning under it.
    let only_broken: Vec<LoadError> = all.errors.clone();
    for lang in LANGS {
        let r = Run {
            app: app_with(lang, vec![], only_broken.clone()),
        };
        shoot(&r, "home_empty_load_error");
    }
}

#[test]
fn help_on_the_home_screen() {
    for lang in LANGS {
        let mut r = Run::new(lang);
        r.typed("?");
        shoot(&r, "help_home");
    }
}

#[test]
fn terminal_too_small() {
    for lang in LANGS {
        let r = Run::new(lang);
        insta::assert_snapshot!(format!("too_small_{lang}_40x10"), draw(&r.app, 40, 10));
    }
    let mut r = Run::new("en");
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
    let mut r = Run::new(lang);
    r.typed("n");
    assert_eq!(r.step(), Some(Step::Setup));
    if stop == Stop::Setup {
        return r;
    }
    r.typed("Mopti dialogue — meeting 4").key(Tab);
    if stop == Stop::SetupSeries {
        return r;
    }
    r.typed(SERIES).key(Enter);
    assert_eq!(r.step(), Some(Step::Room));

    // Three voices: a named woman, a youth group, and a leader who is not to be named.
    r.typed("a").typed("Aïssata Maïga");
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
    r.key(Tab).key(Right); // a person
    r.key(Enter);
    let voices = &r.app.workshop.as_ref().unwrap().session.voices;
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
    let review = &r.app.workshop.as_ref().unwrap().session.action_review;
    assert!(
        review.len() >= 3,
        "meeting 3 left open actions: {review:#?}"
    );
    r.typed("d").typed("p").typed("x");
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
    r.key(Tab).key(Down).key(Enter); // Aïssata speaks
    r.ctrl('t'); // about the analysis
    r.paste("We heard about the project on the radio,\nafter it had started.")
        .key(Enter);
    r.key(Tab).key(Down).key(Enter); // the youth group
    r.ctrl('t').ctrl('k'); // implementation, evidence
    r.typed("Only 3 of the 20 workers hired came from Sévaré.")
        .key(Enter);
    r.key(Tab).key(Down).key(Enter); // the chief, not to be named
    r.ctrl('t').ctrl('k'); // evaluation; the kind goes on from evidence to concern
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
    r.typed("v");
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
    r.typed("a")
        .typed("Invite the women's groups to the planning committee")
        .key(Tab)
        .typed("Mayor's office")
        .key(Tab)
        .typed("2026-04-30")
        .key(Enter);
    r.typed("a")
        .typed("Publish the list of workers hired")
        .key(Tab);
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
        shoot(&workshop(lang, Stop::Setup), "setup");
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
        r.key(KeyCode::Enter);
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
        shoot(&workshop(lang, Stop::RoomForm), "room_form");
    }
}

#[test]
fn room_with_three_voices() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::Room), "room");
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
        r.typed("d");
        shoot(&r, "confirm_delete_voice");
    }
}

#[test]
fn review_of_last_meetings_actions() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::Review), "review");
    }
}

#[test]
fn review_with_a_note_being_typed() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::ReviewNote), "review_note");
    }
}

#[test]
fn review_of_a_first_meeting() {
    for lang in LANGS {
        let mut r = Run::new(lang);
        r.typed("n")
            .typed("Kidal — first meeting")
            .key(KeyCode::Enter)
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
        shoot(&workshop(lang, Stop::Contributions), "contributions");
    }
}

#[test]
fn contributions_browsing() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Contributions);
        r.key(KeyCode::Enter).key(KeyCode::Esc).key(KeyCode::Up);
        shoot(&r, "contributions_list");
    }
}

#[test]
fn voice_picker() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::Contributions);
        r.key(KeyCode::Tab);
        shoot(&r, "voice_picker");
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
        r.key(KeyCode::Esc).typed("d");
        shoot(&r, "confirm_delete_contribution");
    }
}

#[test]
fn ratings_with_a_reason_being_typed() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::RatingsReason), "ratings_reason");
    }
}

#[test]
fn ratings_hidden() {
    for lang in LANGS {
        shoot(&workshop(lang, Stop::RatingsHidden), "ratings_hidden");
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
        shoot(&workshop(lang, Stop::ActionsForm), "actions_form");
    }
}

#[test]
fn actions_with_a_bad_date() {
    for lang in LANGS {
        let mut r = workshop(lang, Stop::ActionsForm);
        r.key(KeyCode::Tab).typed("next week").key(KeyCode::Enter);
        shoot(&r, "actions_bad_date");
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
        let mut r = Run::new(lang);
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
        let mut r = Run::new(lang);
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

/// What the event loop's save does, without a disk: a session is "saved" to a made-up
/// path, and a workshop being left goes back to the home screen.
fn settle(app: &mut App) {
    if app.dirty {
        if let Some(ws) = app.workshop.as_mut()
            && (ws.path.is_some() || !ws.session.title.trim().is_empty())
        {
            ws.path
                .get_or_insert_with(|| PathBuf::from(format!("/sessions/{}.ron", ws.session.id)));
        }
        app.dirty = false;
    }
    if app.closing {
        app.closing = false;
        app.close_workshop();
    }
    // The real loop would stop here; going on explores more states from the home screen.
    app.quit = false;
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn any_keys_and_pastes_at_any_size_never_panic(
        french in any::<bool>(),
        start in 0usize..10,
        size in (1u16..=300, 1u16..=100),
        events in proptest::collection::vec(event_strategy(), 0..=60),
    ) {
        let lang = if french { "fr" } else { "en" };
        let (sessions, errors) = examples().clone();
        let mut app = app_with(lang, sessions, errors);
        // Start at home, in one of the examples, or in a new session.
        match start {
            0..=7 => {
                for _ in 0..start {
                    app.on_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
                }
                app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
            }
            8 => {
                for c in "nRéunion".chars() {
                    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
                }
                app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
            }
            _ => {}
        }
        let mut now = fixed_now();
        let (mut w, mut h) = size;
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        for ev in events {
            match ev {
                Event::Key(code, m) => app.on_key(KeyEvent::new(code, m)),
                Event::Paste(text) => app.on_paste(text),
                Event::Resize(nw, nh) => {
                    (w, h) = (nw, nh);
                    terminal.backend_mut().resize(w, h);
                }
                Event::Tick(secs) => {
                    now += chrono::Duration::seconds(i64::from(secs));
                    app.tick(now);
                }
            }
            settle(&mut app);
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
            prop_assert_eq!(terminal.backend().buffer().area.width, w);
            prop_assert_eq!(terminal.backend().buffer().area.height, h);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Review, compare and trend: the screens that may be shown to the room.

#[test]
fn review_of_a_past_session_overview_and_a_dimension_grouped_by_phase() {
    for lang in LANGS {
        let mut r = Run::new(lang);
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
        let mut r = Run::new(lang);
        r.key(KeyCode::Char('c'));
        shoot(&r, "view_compare");
    }
}

#[test]
fn compare_two_marked_sessions() {
    for lang in LANGS {
        let mut r = Run::new(lang);
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
        let mut r = Run::new(lang);
        r.key(KeyCode::Char('t'));
        shoot(&r, "view_trend");
    }
}

#[test]
fn the_home_list_moves_a_page_at_a_time() {
    let mut r = Run::new("en");
    r.key(KeyCode::PageDown);
    assert_eq!(r.app.home_selected, 7, "a page down, at most to the last");
    r.key(KeyCode::PageUp);
    assert_eq!(r.app.home_selected, 0);
}

#[test]
fn while_the_folder_is_read_the_header_does_not_say_it_is_empty() {
    for lang in LANGS {
        let mut app = app_with(lang, vec![], vec![]);
        app.loading = true;
        let screen = draw(&app, 80, 24);
        let header = screen.lines().next().unwrap();
        assert!(!header.contains("session"), "{lang}: {header}");
        assert!(screen.contains(&app.i18n.t("home-loading")), "{screen}");
    }
}

#[test]
fn help_in_a_review() {
    for lang in LANGS {
        let mut r = Run::new(lang);
        r.key(KeyCode::Char('r')).key(KeyCode::Char('?'));
        // The keys' column fits its widest entry ("PgDn, PgUp, ↓, ↑").
        shoot(&r, "help_review");
    }
}

#[test]
fn the_summary_scrolls_on_a_small_screen() {
    let mut r = Run::new("en");
    // The newest meeting is finished: it opens on its summary.
    r.key(KeyCode::Enter);
    let before = draw(&r.app, 60, 16);
    let s = &r.app.workshop.as_ref().unwrap().session;
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
