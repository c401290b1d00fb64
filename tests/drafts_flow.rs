//! Nothing half-saved, nothing lost: every form and editor is kept as a draft while it
//! is typed, a kill loses nothing, and quitting never saves a record the facilitator
//! did not confirm. Driven by keys through the executor the event loop uses; a kill is
//! `restart` (nothing more runs in the old process).

#[path = "common/common.rs"]
mod common;

use common::{Driver, t0};
use crossterm::event::KeyCode;
use toguna::app::workshop::{Step, Sub};
use toguna::app::{Overlay, Screen};

fn message(d: &Driver) -> String {
    d.app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn go(d: &mut Driver, step: Step) {
    let fx = d.app.go_to(step);
    d.exec.run(&mut d.app, fx);
}

/// A session saved in the folder with one voice, left on its room step: the home
/// screen shows.
fn session_with_a_voice() -> Driver {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Mopti").ctrl('s');
    d.typed("Awa").key(KeyCode::Enter);
    d.key(KeyCode::Esc).key(KeyCode::Esc);
    assert!(d.app.workshop().is_none());
    assert_eq!(d.on_disk().voices.len(), 1);
    d
}

/// Empties the focused text field.
fn clear(d: &mut Driver) {
    d.key(KeyCode::End).keys(KeyCode::Backspace, 40);
}

#[test]
fn a_new_session_s_set_up_survives_a_kill_and_is_offered_back() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n'))
        .typed("Atelier de Sévaré")
        .key(KeyCode::Enter)
        .typed("Sévaré")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter)
        .typed("Mairie");
    // Two seconds later, the process is killed: no session file yet, but a draft.
    d.tick(2);
    assert!(d.store.files().unwrap().is_empty());
    let mut d = d.restart("en");
    assert!(d.app.sessions.is_empty());
    d.key(KeyCode::Char('n'));
    let f = &d.ws().setup.form;
    assert_eq!(f.text("title"), "Atelier de Sévaré");
    assert_eq!(f.text("series"), "Sévaré");
    assert_eq!(f.text("place"), "Mairie");
    assert!(message(&d).contains("is back"), "{}", message(&d));
    // Saved, the draft goes with the form's text into the session.
    d.ctrl('s');
    let s = d.on_disk();
    assert_eq!(
        (s.title.as_str(), s.place.as_str()),
        ("Atelier de Sévaré", "Mairie")
    );
    assert!(!d.dir.path().join(".new-session.draft").exists());
    let path = d.ws().path.clone().unwrap();
    assert!(d.store.load_draft(&path).is_none(), "nothing left to offer");
}

#[test]
fn a_set_up_left_without_a_title_keeps_what_was_typed_for_the_next_one() {
    let mut d = Driver::new("fr");
    d.key(KeyCode::Char('n'))
        .keys(KeyCode::Enter, 3)
        .typed("Mairie de Mopti");
    d.ctrl('c');
    assert!(d.exec.quit());
    assert!(
        d.store.files().unwrap().is_empty(),
        "no session without a title"
    );
    let mut d = d.restart("fr");
    d.key(KeyCode::Char('n'));
    assert_eq!(d.ws().setup.form.text("place"), "Mairie de Mopti");
}

#[test]
fn a_date_written_wrong_is_said_on_its_field_and_nothing_else_is_lost() {
    let mut d = Driver::new("fr");
    d.key(KeyCode::Char('n'))
        .typed("Atelier")
        .key(KeyCode::Enter)
        .typed("Ségou")
        .key(KeyCode::Enter)
        .typed("Programme")
        .key(KeyCode::Enter)
        .typed("Mairie")
        .key(KeyCode::Enter);
    clear(&mut d);
    d.typed("9h30").key(KeyCode::Enter).typed("Awa, Moussa");
    d.ctrl('s');
    let f = &d.ws().setup.form;
    assert_eq!(d.step(), Some(Step::Setup), "stays");
    assert_eq!(f.problem, Some("problem-date-time"));
    assert_eq!(f.problem_at, Some("date"));
    assert_eq!(f.focused().id, "date");
    assert_eq!(f.text("facilitators"), "Awa, Moussa");
    // Leaving keeps every field that could be taken, and the date as typed.
    d.key(KeyCode::Esc);
    assert!(d.app.workshop().is_none());
    let s = d.on_disk();
    assert_eq!(s.series, "Ségou");
    assert_eq!(s.intervention, "Programme");
    assert_eq!(s.place, "Mairie");
    assert_eq!(s.facilitators, ["Awa", "Moussa"]);
    assert_eq!(s.started, t0(), "the date typed wrong changed nothing");
    // Opened again, the form is back as it was left, the problem on its field.
    let mut d = d.restart("fr");
    d.key(KeyCode::Enter);
    let f = &d.ws().setup.form;
    assert_eq!(d.step(), Some(Step::Setup));
    assert_eq!(f.text("date"), "9h30");
    assert_eq!(f.problem_at, Some("date"));
}

#[test]
fn quitting_in_a_half_filled_voice_form_saves_no_voice_and_keeps_the_text() {
    let mut d = session_with_a_voice();
    d.key(KeyCode::Enter); // open it again, on the room
    d.typed("Jeunes de Pél");
    d.ctrl('c');
    assert!(d.exec.quit());
    assert_eq!(
        d.on_disk().voices.len(),
        1,
        "the half-typed voice is not saved"
    );
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    assert_eq!(d.step(), Some(Step::Room));
    let (editing, form) = d.ws().room.form.as_ref().expect("the form is back");
    assert_eq!(*editing, None);
    assert_eq!(form.text("name"), "Jeunes de Pél");
    d.typed("engana").key(KeyCode::Enter);
    assert_eq!(d.on_disk().voices[1].name, "Jeunes de Pélengana");
}

#[test]
fn a_kill_in_a_voice_form_loses_nothing_typed() {
    let mut d = session_with_a_voice();
    d.key(KeyCode::Enter);
    d.typed("Fatou").key(KeyCode::Tab);
    d.tick(2);
    let mut d = d.restart("en");
    assert_eq!(d.on_disk().voices.len(), 1);
    d.key(KeyCode::Enter);
    let (_, form) = d.ws().room.form.as_ref().expect("the form is back");
    assert_eq!(form.text("name"), "Fatou");
}

#[test]
fn an_action_with_a_wrong_due_date_is_never_dropped() {
    let mut d = session_with_a_voice();
    d.key(KeyCode::Enter);
    go(&mut d, Step::Dim(0, Sub::Actions));
    d.typed("Dig two wells")
        .key(KeyCode::Tab)
        .typed("Mairie")
        .key(KeyCode::Tab)
        .typed("next week")
        .key(KeyCode::Enter);
    let (_, form) = d.ws().dims[0].actions.form.as_ref().unwrap();
    assert_eq!(form.problem_at, Some("due"));
    // Moving on does not drop it: the facilitator stays, told why.
    d.key(KeyCode::PageDown);
    assert_eq!(d.step(), Some(Step::Dim(0, Sub::Actions)));
    assert!(d.ws().dims[0].actions.form.is_some());
    // Quitting saves no action, and keeps what was typed.
    d.ctrl('c');
    assert!(
        d.on_disk()
            .dimension("wide")
            .is_none_or(|w| w.actions.is_empty())
    );
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    let (_, form) = d.ws().dims[0].actions.form.as_ref().expect("back");
    assert_eq!(form.text("text"), "Dig two wells");
    assert_eq!(form.text("due"), "next week");
}

#[test]
fn a_rating_s_reason_survives_a_kill() {
    let mut d = session_with_a_voice();
    d.key(KeyCode::Enter);
    go(&mut d, Step::Dim(0, Sub::Ratings));
    d.key(KeyCode::Char('3'))
        .typed("because the women were heard");
    d.tick(2);
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    assert_eq!(d.step(), Some(Step::Dim(0, Sub::Ratings)));
    let reason = d.ws().dims[0].ratings.reason.as_ref().expect("back");
    assert_eq!(reason.lines(), ["because the women were heard"]);
    d.key(KeyCode::Enter);
    let wide = d.on_disk().dimension("wide").unwrap().clone();
    assert_eq!(wide.ratings[0].reason, "because the women were heard");
}

#[test]
fn looking_at_a_finished_session_never_rewrites_it() {
    let mut d = Driver::with_examples("en", t0());
    let before: Vec<(std::path::PathBuf, Vec<u8>)> = d
        .store
        .files()
        .unwrap()
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    let finished = d
        .app
        .sessions
        .iter()
        .position(|l| l.digest.status == toguna::domain::session::Status::Finished)
        .unwrap();
    d.app.home_selected = finished;
    d.key(KeyCode::Enter);
    assert!(matches!(d.app.screen, Screen::Workshop(_)));
    d.tick(30);
    d.keys(KeyCode::PageUp, 25)
        .tick(5)
        .keys(KeyCode::PageDown, 3);
    d.tick(5).key(KeyCode::Esc);
    d.key(KeyCode::Enter)
        .tick(5)
        .keys(KeyCode::PageUp, 3)
        .ctrl('c');
    for (path, bytes) in before {
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{}", path.display());
    }
}

#[test]
fn help_opens_from_a_form_and_the_hint_bar_says_how() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Why?");
    assert_eq!(
        d.ws().setup.form.text("title"),
        "Why?",
        "? is text in a field"
    );
    assert!(d.app.overlay == Overlay::None);
    let help = toguna::app::keys::TABLE
        .iter()
        .filter(|b| d.app.hinted(b))
        .filter(|b| d.app.contexts().contains(&b.ctx))
        .any(|b| b.action == toguna::app::Action::Help);
    assert!(help, "the hint bar names the help key in a text field");
    d.key(KeyCode::F(1));
    assert!(matches!(d.app.overlay, Overlay::Help(_)));
    d.key(KeyCode::Esc);
    // On a choice, ? is the help key.
    d.key(KeyCode::BackTab);
    assert_eq!(d.ws().setup.form.focused().id, "language");
    d.key(KeyCode::Char('?'));
    assert!(matches!(d.app.overlay, Overlay::Help(_)));
}

#[test]
fn a_date_in_the_future_or_after_the_end_is_warned_of() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").keys(KeyCode::Enter, 4);
    clear(&mut d);
    d.typed("2027-03-01 09:30");
    let ws = d.ws();
    assert_eq!(
        ws.setup.warnings(&ws.session, d.app.now),
        ["setup-date-future"]
    );
    let mut s = ws.session.clone();
    s.ended = Some(t0());
    assert_eq!(
        ws.setup.warnings(&s, d.app.now),
        ["setup-date-future", "setup-ends-before-start"]
    );
}
