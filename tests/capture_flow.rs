//! Capture at the speed of speech (issue 14): typing never changes what is recorded,
//! deleting asks and can be undone, and who speaks, the phase and the kind cost a few
//! keys, counted here through the app.

#[path = "common/common.rs"]
mod common;

use common::Driver;
use crossterm::event::{KeyCode, KeyModifiers};
use toguna::app::workshop::{Step, Sub};
use toguna::domain::session::{Contribution, ContributionKind, Gender, VoiceKind};

/// A session with `names` in the room, on the wide contributions step.
fn room_of(names: &[&str]) -> Driver {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").ctrl('s');
    for name in names {
        d.typed(name).key(KeyCode::Enter);
    }
    if !names.is_empty() {
        d.key(KeyCode::Esc); // the form for the next voice
    }
    go(&mut d, Step::Dim(0, Sub::Contributions));
    d
}

fn go(d: &mut Driver, step: Step) {
    let fx = d.app.go_to(step);
    d.exec.run(&mut d.app, fx);
}

fn said(d: &Driver) -> Vec<Contribution> {
    d.on_disk()
        .dimension("wide")
        .map(|r| r.contributions.clone())
        .unwrap_or_default()
}

fn alt(d: &mut Driver, c: char) {
    d.key_mod(KeyCode::Char(c), KeyModifiers::ALT);
}

/// Two contributions saved, and the list focused (Esc), as after a pause.
fn two_said() -> Driver {
    let mut d = room_of(&["Aïssata Maïga", "Moussa Traoré"]);
    d.typed("The pump is broken").key(KeyCode::Enter);
    d.typed("My son walks two hours for water")
        .key(KeyCode::Enter);
    d.key(KeyCode::Esc);
    d
}

#[test]
fn typing_after_choosing_a_speaker_starts_a_new_contribution() {
    let mut d = two_said();
    let before = said(&d);
    d.key(KeyCode::Tab).typed("2"); // Moussa, by his number
    d.typed("we need wells").key(KeyCode::Enter);
    let after = said(&d);
    assert_eq!(after.len(), 3);
    assert_eq!(after[..2], before[..], "existing ones untouched");
    assert_eq!(after[2].text, "we need wells");
    assert_eq!(after[2].voice, Some(2));
    // And straight on the list, after Esc: a new one with every letter.
    d.key(KeyCode::Esc)
        .typed("My son was ill")
        .key(KeyCode::Enter);
    let after = said(&d);
    assert_eq!(after.len(), 4);
    assert_eq!(after[..3], said(&d)[..3]);
    assert_eq!(after[3].text, "My son was ill");
}

#[test]
fn d_then_y_on_a_list_never_deletes() {
    let mut d = two_said();
    let before = said(&d);
    d.typed("dy");
    assert_eq!(said(&d), before);
    assert!(d.app.overlay == toguna::app::Overlay::None, "nothing asked");
    // The room: letters start a new voice, never delete one.
    go(&mut d, Step::Room);
    let voices = d.on_disk().voices;
    d.typed("dy");
    assert_eq!(d.on_disk().voices, voices);
    d.key(KeyCode::Esc);
    assert_eq!(d.on_disk().voices, voices, "the form closed unsaved");
}

#[test]
fn delete_asks_and_undo_brings_it_back() {
    let mut d = two_said();
    let before = said(&d);
    d.key(KeyCode::Up).key(KeyCode::Delete);
    assert_eq!(said(&d), before, "asked first");
    d.typed("y");
    assert_eq!(said(&d), vec![before[1].clone()]);
    let told = d.app.message.clone().unwrap().text;
    assert!(told.contains("Ctrl+Z"), "{told}");
    d.ctrl('z');
    assert_eq!(said(&d), before, "back where it was");

    // A voice comes back with their words.
    go(&mut d, Step::Room);
    let voices = d.on_disk().voices;
    d.keys(KeyCode::Up, 5).key(KeyCode::Delete).typed("y");
    assert_eq!(d.on_disk().voices.len(), 1);
    assert_eq!(said(&d)[0].voice, None, "their words go to the room");
    d.ctrl('z');
    assert_eq!(d.on_disk().voices, voices);
    assert_eq!(said(&d), before);
}

#[test]
fn esc_while_editing_cancels_with_no_editing_header() {
    let mut d = two_said();
    let before = said(&d);
    d.key(KeyCode::Enter).typed(" and more");
    assert!(d.ws().dims[0].contrib.editing.is_some());
    d.key(KeyCode::Esc);
    let cs = &d.ws().dims[0].contrib;
    assert!(cs.editing.is_none());
    assert!(cs.editor.lines().concat().is_empty());
    assert_eq!(said(&d), before);
    d.typed("new").key(KeyCode::Enter);
    assert_eq!(said(&d).len(), 3, "a new one, not the one opened");
    assert_eq!(said(&d)[..2], before[..]);
}

const FORTY: usize = 40;

fn forty() -> Driver {
    let names: Vec<String> = (1..=FORTY).map(|n| format!("Voice {n}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    room_of(&names)
}

#[test]
fn a_contribution_by_voice_27_of_40_costs_its_text_and_5_keys() {
    let mut d = forty();
    let mut keys = 0;
    alt(&mut d, '2');
    alt(&mut d, '7');
    d.key(KeyCode::F(8)); // implementation
    d.key(KeyCode::F(4)); // concern
    keys += 4;
    d.typed("No worker came from here");
    d.key(KeyCode::Enter);
    keys += 1;
    assert!(keys <= 5);
    let c = said(&d).pop().unwrap();
    assert_eq!(c.text, "No worker came from here");
    assert_eq!(c.voice, Some(d.ws().session.voices[26].id));
    assert_eq!(c.phase.as_deref(), Some("implementation"));
    assert_eq!(c.kind, ContributionKind::Concern);
}

#[test]
fn any_of_40_voices_in_three_keys_and_the_room_in_one() {
    let mut d = forty();
    for n in 1..=FORTY {
        // Tab and the number; Enter too when a longer number starts so (4 of 40).
        d.key(KeyCode::Tab).typed(&n.to_string());
        let mut keys = 1 + n.to_string().len();
        if d.app.overlay != toguna::app::Overlay::None {
            d.key(KeyCode::Enter);
            keys += 1;
        }
        assert!(keys <= 3, "voice {n}: {keys} keys");
        let voice = d.ws().dims[0].contrib.voice;
        assert_eq!(voice, Some(d.ws().session.voices[n - 1].id), "voice {n}");
    }
    alt(&mut d, '0');
    assert_eq!(d.ws().dims[0].contrib.voice, None, "the room, one key");
    // By name, accents and case aside; by initials.
    let mut d = room_of(&["Aïssata Maïga", "Moussa Traoré"]);
    d.key(KeyCode::Tab).typed("AISS").key(KeyCode::Enter);
    assert_eq!(d.ws().dims[0].contrib.voice, Some(1));
    d.key(KeyCode::Tab).typed("mt").key(KeyCode::Enter);
    assert_eq!(d.ws().dims[0].contrib.voice, Some(2));
    // Up from the top is the last.
    d.key(KeyCode::Tab).key(KeyCode::Up).key(KeyCode::Enter);
    assert_eq!(d.ws().dims[0].contrib.voice, Some(2));
}

#[test]
fn a_new_person_costs_the_name_and_at_most_6_keys() {
    let mut d = room_of(&[]);
    go(&mut d, Step::Room);
    // The last voice was a group of 12: the next one starts as a person.
    d.typed("Youth of Sévaré").key(KeyCode::Tab).typed("y"); // youth, on to gender
    d.typed("mm"); // man, then mixed: the next with m
    d.key(KeyCode::Tab).key(KeyCode::Tab).typed("g"); // a group: its headcount
    d.typed("12").key(KeyCode::Enter);
    assert_eq!(
        d.on_disk().voices[0].kind,
        VoiceKind::Group { headcount: 12 }
    );
    d.typed("Awa Diallo");
    let mut keys = 0;
    d.key(KeyCode::Tab).typed("w"); // women's group, then on to the gender
    d.typed("w"); // woman, then on to the age
    d.typed("2"); // 25-34
    d.key(KeyCode::Enter);
    keys += 5;
    assert!(keys <= 6);
    let v = d.on_disk().voices[1].clone();
    assert_eq!(v.name, "Awa Diallo");
    assert_eq!(v.group, "women");
    assert_eq!(v.gender, Gender::Woman);
    assert_eq!(v.age_band, "25-34");
    assert_eq!(v.kind, VoiceKind::Person, "no headcount carried");
}

#[test]
fn a_rating_with_its_reason_costs_the_digit_the_text_and_one_key() {
    let mut d = room_of(&["Aïssata Maïga", "Moussa Traoré"]);
    go(&mut d, Step::Dim(0, Sub::Ratings));
    d.typed("3")
        .typed("Consulted, not involved")
        .key(KeyCode::Enter);
    let r = d.on_disk().dimension("wide").unwrap().ratings.clone();
    assert_eq!(r[0].level, 3);
    assert_eq!(r[0].reason, "Consulted, not involved");
    // A digit on a voice with a reason changes the level, never adds to the reason.
    d.key(KeyCode::Up).typed("2 more");
    let r = d.on_disk().dimension("wide").unwrap().ratings.clone();
    assert_eq!(r[0].level, 2);
    assert_eq!(r[0].reason, "Consulted, not involved");
}

#[test]
fn clearing_a_rating_asks_and_undo_brings_it_back_with_its_reason() {
    let mut d = room_of(&["Aïssata Maïga", "Moussa Traoré"]);
    go(&mut d, Step::Dim(0, Sub::Ratings));
    d.typed("3")
        .typed("Consulted, not involved")
        .key(KeyCode::Enter);
    let rated = d.on_disk().dimension("wide").unwrap().ratings.clone();
    d.key(KeyCode::Up).key(KeyCode::Delete);
    assert!(
        matches!(
            d.app.overlay,
            toguna::app::Overlay::Confirm(toguna::app::Confirm::ClearRating(1))
        ),
        "asked first: {:?}",
        d.app.overlay
    );
    d.typed("n");
    assert_eq!(
        d.on_disk().dimension("wide").unwrap().ratings,
        rated,
        "kept"
    );
    d.key(KeyCode::Delete).typed("y");
    assert!(d.on_disk().dimension("wide").unwrap().ratings.is_empty());
    d.ctrl('z');
    assert_eq!(
        d.on_disk().dimension("wide").unwrap().ratings,
        rated,
        "back"
    );
    // A voice with no rating: nothing to ask about.
    d.key(KeyCode::Down).key(KeyCode::Delete);
    assert!(d.app.overlay == toguna::app::Overlay::None);
}

#[test]
fn ctrl_z_while_typing_takes_back_a_word_or_a_paste_not_a_letter() {
    let mut d = two_said();
    d.typed("we need wells");
    d.ctrl('z');
    d.app.on_paste("pasted by mistake");
    d.ctrl('z');
    d.typed("water").key(KeyCode::Enter);
    let after = said(&d);
    assert_eq!(after.len(), 3);
    assert_eq!(after[2].text, "we need water");
    // In a form's text field too: the action's owner loses the last word.
    let mut d = room_of(&["Aïssata Maïga"]);
    go(&mut d, Step::Dim(0, Sub::Actions));
    d.typed("Repair the pump").key(KeyCode::Tab);
    d.typed("Water committee chair").ctrl('z');
    d.key(KeyCode::Enter);
    let actions = d.on_disk().dimension("wide").unwrap().actions.clone();
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].owner, "Water committee");
}
