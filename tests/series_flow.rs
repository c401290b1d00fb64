//! A series as a facilitator runs it: the next meeting starts from the last one, by keys,
//! through the event loop's executor, and what reaches the file is what was confirmed.

#[path = "common/common.rs"]
mod common;

use common::Driver;
use crossterm::event::{KeyCode, KeyModifiers};
use toguna::app::workshop::Step;
use toguna::domain::session::{ActionStatus, Session};

const MOPTI: &str = "Mopti community security dialogue";

/// The sessions of the folder that are not among the examples.
fn new_meetings(d: &Driver) -> Vec<Session> {
    let all = d.store.load_all().unwrap();
    assert!(all.errors.is_empty(), "{:?}", all.errors);
    all.sessions
        .into_iter()
        .map(|l| l.session)
        .filter(|s| s.started == d.app.now)
        .collect()
}

/// Every session file of the folder and its bytes.
fn sessions_on_disk(d: &Driver) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut all: Vec<_> = std::fs::read_dir(d.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    all.sort();
    all
}

#[test]
fn meeting_four_starts_from_meeting_three() {
    let mut d = Driver::with_examples("en", common::t0());
    // The home list is newest first: Mopti meeting 3 is on top.
    d.typed("N");
    assert_eq!(d.step(), Some(Step::Setup));
    let s = &d.ws().session;
    assert_eq!(s.title, "Mopti dialogue — meeting 4 (illustrative example)");
    assert_eq!(s.series, MOPTI);
    assert_eq!(s.place, "Sévaré, youth centre");
    assert_eq!(s.facilitators, ["Mariam Kansaye", "Boubacar Togo"]);
    assert_eq!(s.started, d.app.now, "the date is now");
    assert!(s.voices.is_empty(), "nobody is in the room until marked");
    let carried: Vec<(String, ActionStatus)> = s
        .action_review
        .iter()
        .map(|r| (r.text.clone(), r.status))
        .collect();
    assert!(
        carried.len() >= 3,
        "the actions still open come to be reviewed: {carried:?}"
    );
    assert!(
        s.action_review.iter().any(|r| !r.history.is_empty()),
        "an action reviewed before keeps its story"
    );

    // Who is in the room: the roster of the series, most recent first.
    d.key(KeyCode::PageDown);
    assert_eq!(d.step(), Some(Step::Room));
    let roster = d.app.absent();
    assert_eq!(roster[0].name, "Hamadoun Dicko");
    assert_eq!(roster[2].name, "Participant A");
    d.key(KeyCode::Char(' ')).key(KeyCode::Char(' '));
    // Participant A did not agree to be named: marking them present asks again.
    d.key(KeyCode::Char(' '));
    assert!(d.ws().room.form.is_some(), "the consent question is open");
    d.key(KeyCode::Char(' ')).key(KeyCode::Enter);
    let voices = &d.ws().session.voices;
    let names: Vec<&str> = voices.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        names,
        ["Hamadoun Dicko", "Alpha Oumar Cissé", "Participant A"]
    );
    assert!(voices[2].consent_to_name, "the answer was changed to yes");
    let persons: Vec<u32> = voices.iter().map(|v| v.person).collect();
    let expected: Vec<u32> = roster[..3].iter().map(|p| p.person).collect();
    assert_eq!(persons, expected, "each keeps the identity of the series");
    // Someone new is added as always, and gets a person number of their own.
    d.typed("Oumou Sangaré").key(KeyCode::Enter);
    let newcomer = d.ws().session.voices.last().unwrap().clone();
    assert_eq!(newcomer.name, "Oumou Sangaré");
    assert!(roster.iter().all(|p| p.person != newcomer.person));

    // The review of the carried actions.
    d.key(KeyCode::PageDown);
    assert_eq!(d.step(), Some(Step::Review));
    d.key_mod(KeyCode::Char('d'), KeyModifiers::ALT);
    d.key_mod(KeyCode::Char('p'), KeyModifiers::ALT);

    let on_disk = new_meetings(&d);
    assert_eq!(on_disk.len(), 1, "one new file");
    let m4 = &on_disk[0];
    assert_eq!(m4.series, MOPTI);
    assert_eq!(m4.voices.len(), 4);
    assert_eq!(
        m4.voices[..3].iter().map(|v| v.person).collect::<Vec<_>>(),
        expected
    );
    assert_eq!(m4.action_review[0].status, ActionStatus::Done);
    assert_eq!(m4.action_review[1].status, ActionStatus::InProgress);
}

#[test]
fn a_voice_marked_absent_again_leaves_the_room() {
    let mut d = Driver::with_examples("en", common::t0());
    d.typed("N").key(KeyCode::PageDown);
    let before = d.app.absent().len();
    d.key(KeyCode::Char(' '));
    assert_eq!(d.ws().session.voices.len(), 1);
    assert_eq!(d.app.absent().len(), before - 1);
    // Back up to the voice and mark it absent: nothing was said, so nothing is asked.
    d.key(KeyCode::Up).key(KeyCode::Char(' '));
    assert!(d.ws().session.voices.is_empty());
    assert_eq!(d.app.absent().len(), before);
}

#[test]
fn a_voice_is_linked_to_someone_of_the_series_by_hand() {
    let mut d = Driver::with_examples("en", common::t0());
    d.typed("N").key(KeyCode::PageDown);
    // Kadidia comes back, but is typed in as new.
    d.typed("Kadidia T.").key(KeyCode::Enter).key(KeyCode::Esc);
    let kadidia = d
        .app
        .absent()
        .iter()
        .position(|p| p.name == "Kadidia Tembely")
        .unwrap();
    let person = d.app.absent()[kadidia].person;
    d.keys(KeyCode::Up, 30);
    d.ctrl('k');
    d.keys(KeyCode::Down, kadidia).key(KeyCode::Enter);
    assert_eq!(d.ws().session.voices[0].person, person, "linked");
    assert!(d.app.absent().iter().all(|p| p.person != person));
    d.ctrl('u');
    assert_ne!(d.ws().session.voices[0].person, person, "unlinked");
}

#[test]
fn the_series_screen_opens_a_series_and_its_next_meeting() {
    use toguna::app::Screen;
    use toguna::app::views::View;
    let mut d = Driver::with_examples("en", common::t0());
    let before = sessions_on_disk(&d);
    d.typed("s");
    let Screen::View(View::Series(v)) = &d.app.screen else {
        panic!("the series screen")
    };
    assert_eq!(v.lines.len(), 3);
    // Down to Dialogue de Ségou, its trend, and back to the series screen on it.
    d.key(KeyCode::Down).key(KeyCode::Enter);
    let Screen::View(View::Trend(t)) = &d.app.screen else {
        panic!("the trend")
    };
    assert_eq!(t.series, "Dialogue de Ségou sur la sécurité humaine");
    d.key(KeyCode::Esc);
    let Screen::View(View::Series(v)) = &d.app.screen else {
        panic!("back to the series screen")
    };
    assert_eq!(v.selected, 1);
    d.typed("N");
    assert_eq!(d.step(), Some(Step::Setup));
    assert_eq!(
        d.ws().session.series,
        "Dialogue de Ségou sur la sécurité humaine"
    );
    assert!(
        d.ws().session.title.contains("réunion 4"),
        "{}",
        d.ws().session.title
    );
    // Looking wrote nothing, and the new meeting waits for something confirmed.
    assert!(new_meetings(&d).is_empty());
    assert_eq!(sessions_on_disk(&d), before, "no session file was touched");
}
