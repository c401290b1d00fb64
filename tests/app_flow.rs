//! The app's state machine driven by keys, without a terminal: a whole workshop from
//! set-up to summary, and the file it leaves holds exactly what was entered.

#[path = "common/common.rs"]
mod common;

use chrono::{DateTime, NaiveDate};
use common::{Driver, t0};
use crossterm::event::KeyCode;
use toguna::app::Event;
use toguna::domain::framework::Framework;
use toguna::domain::session::*;

#[test]
// A whole workshop, step by step, reads as one story.
#[allow(clippy::too_many_lines)]
fn a_whole_workshop_from_setup_to_summary() {
    let mut d = Driver::new("fr");
    d.key(KeyCode::Char('n'));
    // Enter goes down the form, as Tab does; Ctrl+S saves it from any field.
    d.typed("Atelier de Ségou — 1ʳᵉ réunion")
        .key(KeyCode::Enter)
        .typed("Ségou")
        .key(KeyCode::Enter)
        .typed("Programme « Paix au centre »")
        .key(KeyCode::Tab)
        .typed("Mairie de Ségou")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter)
        .typed("Awa, Moussa");
    // Nothing is saved before the set-up is confirmed.
    assert!(d.store.files().unwrap().is_empty());
    d.ctrl('s');
    let s = d.on_disk();
    assert_eq!(s.title, "Atelier de Ségou — 1ʳᵉ réunion");
    assert_eq!(s.series, "Ségou");
    assert_eq!(s.place, "Mairie de Ségou");
    assert_eq!(s.facilitators, ["Awa", "Moussa"]);
    assert_eq!(s.language, "fr");
    assert_eq!(s.current_step, "room");

    // Who is in the room: a named woman, then a group of 14 youths (the form keeps
    // the previous group, so it is changed with →).
    d.typed("Aïssata Dicko");
    d.key(KeyCode::Tab).key(KeyCode::Right); // group: women's group
    d.key(KeyCode::Tab)
        .key(KeyCode::Left)
        .key(KeyCode::Left)
        .key(KeyCode::Left)
        .key(KeyCode::Left); // woman
    // age, person or group, organisation, consent (the headcount shows only for a group)
    for _ in 0..4 {
        d.key(KeyCode::Tab);
    }
    d.key(KeyCode::Char(' '));
    d.key(KeyCode::Enter);
    d.typed("Jeunes de Pélengana")
        .key(KeyCode::Tab)
        .key(KeyCode::Right); // youth group
    d.key(KeyCode::Tab).key(KeyCode::Right).key(KeyCode::Right); // mixed
    d.key(KeyCode::Tab).key(KeyCode::Tab).key(KeyCode::Right); // group
    d.key(KeyCode::Tab)
        .typed("14")
        .key(KeyCode::Enter)
        .key(KeyCode::Esc);
    let s = d.on_disk();
    assert_eq!(s.voices.len(), 2);
    assert_eq!(s.voices[0].name, "Aïssata Dicko");
    assert_eq!(s.voices[0].group, "women");
    assert_eq!(s.voices[0].gender, Gender::Woman);
    assert!(s.voices[0].consent_to_name);
    assert_eq!(s.voices[1].kind, VoiceKind::Group { headcount: 14 });
    assert_eq!(s.voices[1].group, "youth");
    assert_eq!(s.voices[1].gender, Gender::Mixed);
    assert!(!s.voices[1].consent_to_name);

    // Review (nothing to review), then the card, then contributions.
    d.key(KeyCode::PageDown)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageDown);
    d.typed("Les femmes ne sont pas consultées");
    d.key(KeyCode::Tab).key(KeyCode::Down).key(KeyCode::Enter); // Aïssata
    d.key(KeyCode::F(7)); // analysis
    d.key(KeyCode::Enter);
    d.paste("Ligne 1\nligne 2 : مرحبا ⵜⴰⵎⴰⵣⵉⵖⵜ 你好 👩🏾‍🌾");
    // The picker opens on the room: two down is the youths.
    d.key(KeyCode::Tab)
        .keys(KeyCode::Down, 2)
        .key(KeyCode::Enter);
    d.key(KeyCode::F(3)); // evidence
    d.key(KeyCode::Enter);
    let s = d.on_disk();
    let wide = s.dimension("wide").unwrap();
    assert_eq!(wide.contributions.len(), 2);
    assert_eq!(
        wide.contributions[0].text,
        "Les femmes ne sont pas consultées"
    );
    assert_eq!(wide.contributions[0].voice, Some(1));
    assert_eq!(wide.contributions[0].phase.as_deref(), Some("analysis"));
    assert_eq!(wide.contributions[0].at, t0());
    assert_eq!(
        wide.contributions[1].text,
        "Ligne 1\nligne 2 : مرحبا ⵜⴰⵎⴰⵣⵉⵖⵜ 你好 👩🏾‍🌾"
    );
    assert_eq!(wide.contributions[1].voice, Some(2));
    assert_eq!(wide.contributions[1].kind, ContributionKind::Evidence);

    // Ratings: 2 with a reason, 3 without; hidden until revealed.
    d.key(KeyCode::PageDown)
        .key(KeyCode::Char('2'))
        .typed("informées seulement")
        .key(KeyCode::Enter);
    d.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let s = d.on_disk();
    let wide = s.dimension("wide").unwrap();
    assert!(!wide.ratings_revealed);
    d.ctrl('r');
    let s = d.on_disk();
    let wide = s.dimension("wide").unwrap();
    assert!(wide.ratings_revealed);
    assert_eq!(
        wide.ratings,
        vec![
            Rating {
                voice: 1,
                level: 2,
                reason: "informées seulement".into()
            },
            Rating {
                voice: 2,
                level: 3,
                reason: String::new()
            },
        ]
    );

    // Agreement and rationale; then an action with an owner and a due date.
    d.key(KeyCode::PageDown)
        .key(KeyCode::Char('2'))
        .typed("Consultées, pas associées")
        .key(KeyCode::Enter);
    d.key(KeyCode::PageDown).typed("Inviter les jeunes");
    d.key(KeyCode::Tab)
        .typed("Comité")
        .key(KeyCode::Tab)
        .typed("2027-01-15")
        .key(KeyCode::Enter);
    let s = d.on_disk();
    let wide = s.dimension("wide").unwrap();
    assert_eq!(wide.agreed_level, Some(2));
    assert_eq!(wide.rationale, "Consultées, pas associées");
    assert_eq!(
        wide.actions,
        vec![Action {
            id: 1,
            text: "Inviter les jeunes".into(),
            owner: "Comité".into(),
            due: NaiveDate::from_ymd_opt(2027, 1, 15),
            status: ActionStatus::Open,
        }]
    );

    // Jump to the summary and finish.
    d.ctrl('g');
    for _ in 0..11 {
        d.key(KeyCode::Down);
    }
    d.key(KeyCode::Enter);
    assert_eq!(d.on_disk().current_step, "summary");
    d.key(KeyCode::Char('f')).key(KeyCode::Char('o'));
    let s = d.on_disk();
    assert_eq!(s.status, Status::Finished);
    assert_eq!(s.ended, Some(t0()));

    // Back home: the list shows it.
    d.key(KeyCode::Char('q'));
    assert!(d.app.workshop().is_none());
    assert_eq!(d.app.sessions.len(), 1);
    assert_eq!(d.app.sessions[0].digest.status, Status::Finished);
}

#[test]
fn quitting_midway_keeps_the_session_in_progress_and_resumes_there() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Mopti").ctrl('s');
    d.key(KeyCode::PageDown)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageDown);
    d.typed("typed but not submitted");
    d.ctrl('c');
    assert!(d.exec.quit());
    let s = d.on_disk();
    assert_eq!(s.status, Status::InProgress);
    assert_eq!(s.current_step, "wide/ratings");

    // A new run opens the session where it stopped.
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    let ws = d.ws();
    assert_eq!(
        ws.step,
        toguna::app::workshop::Step::Dim(0, toguna::app::workshop::Sub::Ratings)
    );
}

#[test]
fn moving_between_steps_loses_nothing_typed() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").ctrl('s');
    d.typed("Fatou");
    // Leave the room step with the form open: the voice it describes is kept.
    d.key(KeyCode::PageDown);
    assert_eq!(d.on_disk().voices[0].name, "Fatou");
    // A form that cannot be kept yet (no name) stays open for when the facilitator
    // comes back.
    d.key(KeyCode::PageUp)
        .typed("x")
        .key(KeyCode::Backspace)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageUp);
    assert!(d.ws().room.form.is_some());
    // A rationale being typed is written when the facilitator moves on.
    let fx = d.app.go_to(toguna::app::workshop::Step::Dim(
        1,
        toguna::app::workshop::Sub::Agreement,
    ));
    d.exec.run(&mut d.app, fx);
    d.key(KeyCode::Char('4')).typed("half a sentence");
    d.key(KeyCode::PageDown);
    let systematic = d.on_disk().dimension("systematic").unwrap().clone();
    assert_eq!(systematic.rationale, "half a sentence");
    assert_eq!(systematic.agreed_level, Some(4));
}

#[test]
fn a_new_session_left_without_a_title_leaves_no_file() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).key(KeyCode::Esc);
    assert!(d.app.workshop().is_none());
    assert!(d.store.files().unwrap().is_empty());
    // Nor a draft: nothing was typed.
    assert!(!d.dir.path().join(".new-session.draft").exists());
    // Saving without a title says why, on the title, and stays.
    d.key(KeyCode::Char('n')).key(KeyCode::Tab).ctrl('s');
    let ws = d.ws();
    assert_eq!(ws.setup.form.problem, Some("problem-title-required"));
    assert_eq!(ws.setup.form.problem_at, Some("title"));
    assert_eq!(ws.setup.form.focused().id, "title");
}

#[test]
fn a_pasted_newline_never_submits() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").ctrl('s');
    d.key(KeyCode::PageDown)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageDown);
    d.paste("one\ntwo\r\nthree");
    assert!(
        d.on_disk()
            .dimension("wide")
            .unwrap()
            .contributions
            .is_empty()
    );
    d.key(KeyCode::Enter);
    assert_eq!(
        d.on_disk().dimension("wide").unwrap().contributions[0].text,
        "one\ntwo\nthree"
    );
}

#[test]
fn a_failed_save_is_reported_and_retried() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").ctrl('s');
    let path = d.ws().path.clone().unwrap();
    // Make saving impossible: the folder is replaced by a file.
    let dir = path.parent().unwrap().to_path_buf();
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::write(&dir, b"not a folder").unwrap();
    d.typed("Fatou").key(KeyCode::Enter);
    assert!(d.app.save_error.is_some());
    assert!(d.ws().unsaved, "the change is still to be saved");
    // Quitting asks first.
    d.ctrl('c');
    assert!(!d.exec.quit());
    d.key(KeyCode::Char('n'));
    // Saving works again: the next event saves everything.
    std::fs::remove_file(&dir).unwrap();
    std::fs::create_dir(&dir).unwrap();
    d.key(KeyCode::Esc);
    assert!(d.app.save_error.is_none());
    let s = toguna::store::format::from_bytes(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(s.voices[0].name, "Fatou");
}

#[test]
fn text_being_typed_is_kept_as_a_draft_and_offered_back() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").ctrl('s');
    d.key(KeyCode::PageDown)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageDown);
    d.typed("half a sentence, not yet saved");
    // Drafts are written at most once a second: the first key wrote one, the rest
    // waits for the clock's next tick.
    let path = d.ws().path.clone().unwrap();
    assert_eq!(d.store.load_draft(&path).unwrap().text, "h");
    d.event(Event::Tick(t0() + chrono::Duration::seconds(1)));
    let path = d.ws().path.clone().unwrap();
    let draft = d.store.load_draft(&path).expect("the draft is on disk");
    assert_eq!(draft.text, "half a sentence, not yet saved");
    assert_eq!(draft.step, "wide/contributions");
    // The process dies here (nothing else runs; its lock goes with it). A new run
    // resumes with the text back.
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    assert_eq!(
        d.app.current_draft().unwrap().text,
        "half a sentence, not yet saved"
    );
    assert!(d.app.message.is_some(), "the facilitator is told");
    // Once submitted, the draft goes.
    d.key(KeyCode::Enter);
    assert!(d.store.load_draft(&path).is_none());
}

#[test]
fn a_second_instance_opens_a_held_session_read_only() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Held").ctrl('s');
    let mut second = d.beside("en");
    // Pretend the lock belongs to another live process of this machine (pid 1).
    let path = d.ws().path.clone().unwrap();
    let lock = toguna::store::lock::lock_path(&path);
    std::fs::write(
        &lock,
        format!(
            "1 {} 2026-11-27T14:05:00+00:00\n",
            toguna::store::lock::hostname()
        ),
    )
    .unwrap();
    second.key(KeyCode::Enter);
    assert!(second.app.workshop().is_none(), "not opened for editing");
    assert!(matches!(
        second.app.view(),
        Some(toguna::app::views::View::Review { .. })
    ));
    let message = second.app.message.as_ref().unwrap().text.clone();
    assert!(message.contains("process 1"), "{message}");
    // Since when, as people write it, not as the lock file stores it.
    assert!(message.contains("27 Nov 2026, 14:05"), "{message}");
}

#[test]
fn a_file_changed_by_someone_else_is_not_overwritten() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Mine").ctrl('s');
    let path = d.ws().path.clone().unwrap();
    // A sync tool replaces the file with another version.
    let mut theirs = toguna::store::format::from_bytes(&std::fs::read(&path).unwrap()).unwrap();
    theirs.notes = "their edit".into();
    std::fs::write(&path, toguna::store::format::to_text(&theirs)).unwrap();
    d.typed("Fatou").key(KeyCode::Enter);
    let all = d.store.load_all().unwrap();
    assert!(all.errors.is_empty());
    assert_eq!(all.sessions.len(), 2, "both versions kept");
    let kept = toguna::store::format::from_bytes(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(kept.notes, "their edit", "theirs untouched");
    assert!(
        all.sessions
            .iter()
            .any(|l| l.session.voices.iter().any(|v| v.name == "Fatou"))
    );
    assert!(d.app.message.as_ref().unwrap().error);
}

#[test]
fn quitting_when_nothing_can_be_saved_writes_a_rescue_copy() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Rescue me").ctrl('s');
    let path = d.ws().path.clone().unwrap();
    let dir = path.parent().unwrap().to_path_buf();
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::write(&dir, b"not a folder").unwrap();
    d.typed("Fatou").key(KeyCode::Enter);
    d.ctrl('c');
    d.key(KeyCode::Char('y'));
    assert!(d.exec.quit());
    let rescued = d.app.rescued.clone().expect("a rescue copy");
    let s = toguna::store::format::from_bytes(&std::fs::read(&rescued).unwrap()).unwrap();
    assert_eq!(s.voices[0].name, "Fatou");
    std::fs::remove_file(rescued).unwrap();
    std::fs::remove_file(&dir).unwrap();
}

#[test]
fn a_session_created_while_the_folder_loads_is_kept_when_it_arrives() {
    let mut d = Driver::new("en");
    d.app.loading = true;
    d.key(KeyCode::Char('n'))
        .typed("Started before the list")
        .ctrl('s');
    d.key(KeyCode::Esc);
    assert_eq!(d.app.sessions.len(), 1);
    // The folder, read on another thread, arrives without it.
    let mut other = toguna::domain::session::Session::new(
        "cd".repeat(16),
        "Older".into(),
        DateTime::parse_from_rfc3339("2025-01-01T10:00:00+00:00").unwrap(),
        "en",
        &Framework::builtin("en"),
    );
    other.series = "S".into();
    let path = d.store.save_new(&other).unwrap();
    d.app.loaded(
        vec![toguna::store::Listed {
            path,
            digest: toguna::domain::digest::Digest::of(&other),
        }],
        vec![],
    );
    assert!(!d.app.loading);
    let titles: Vec<&str> = d
        .app
        .sessions
        .iter()
        .map(|l| l.digest.title.as_str())
        .collect();
    assert_eq!(titles, ["Started before the list", "Older"]);
}

#[test]
fn switching_language_loses_nothing_being_typed() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("Half a title");
    d.ctrl('l');
    assert_eq!(d.app.i18n.lang(), "fr");
    d.ctrl('s');
    assert_eq!(d.on_disk().title, "Half a title");
    d.typed("Awa");
    d.ctrl('l');
    d.key(KeyCode::Enter);
    assert_eq!(d.on_disk().voices[0].name, "Awa");
}

#[test]
fn sessions_listed_from_the_index_are_read_in_full_only_when_opened() {
    let mut d = Driver::new("en");
    let fw = Framework::builtin("en");
    let mut paths = Vec::new();
    for (n, day) in [(1u8, "2025-01-01"), (2, "2025-02-01")] {
        let mut s = toguna::domain::session::Session::new(
            format!("{n:032x}"),
            format!("Meeting {n}"),
            DateTime::parse_from_rfc3339(&format!("{day}T10:00:00+00:00")).unwrap(),
            "en",
            &fw,
        );
        s.series = "S".into();
        s.status = Status::Finished;
        s.dimension_mut("wide").agreed_level = Some(n);
        paths.push(d.store.save_new(&s).unwrap());
    }
    let list = d.store.list().unwrap();
    d.app.loaded(list.sessions, list.errors);
    // Compare reads both files: the newest against the one before it.
    d.key(KeyCode::Char('c'));
    match d.app.view() {
        Some(toguna::app::views::View::Compare { earlier, later, .. }) => {
            assert_eq!(earlier.session().title, "Meeting 1");
            assert_eq!(later.session().title, "Meeting 2");
            assert_eq!(later.session().agreed_level("wide"), Some(2));
        }
        other => panic!("no comparison: {other:?}"),
    }
    d.key(KeyCode::Esc);
    // A file gone since the folder was listed: said, not a crash, nothing opened.
    std::fs::remove_file(&paths[1]).unwrap();
    d.key(KeyCode::Enter);
    assert!(d.app.workshop().is_none());
    let msg = d.app.message.as_ref().expect("a message says why");
    let name = paths[1].file_name().unwrap().to_string_lossy().into_owned();
    assert!(msg.error && msg.text.contains(&name), "{}", msg.text);
}

#[test]
fn a_contribution_opened_for_editing_comes_back_as_itself_never_as_a_new_one() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").ctrl('s');
    d.key(KeyCode::PageDown)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageDown);
    let ws = d.app.workshop_mut().unwrap();
    ws.session.voices.push(Voice {
        id: 7,
        person: 7,
        kind: VoiceKind::Person,
        name: "Awa".into(),
        group: "women".into(),
        gender: Gender::Woman,
        age_band: String::new(),
        organisation: String::new(),
        consent_to_name: true,
    });
    ws.dims[0].contrib.voice = Some(7);
    d.typed("The committee met twice").key(KeyCode::Enter);
    let path = d.ws().path.clone().unwrap();
    // Opened for editing and left as it was: no draft, nothing to offer back.
    d.key(KeyCode::Esc).key(KeyCode::Enter).key(KeyCode::Esc);
    d.event(Event::Tick(t0() + chrono::Duration::seconds(2)));
    assert!(
        d.store.load_draft(&path).is_none(),
        "no draft of an untouched edit"
    );
    // Changed, then the process dies: the change comes back as an edit of the same
    // contribution, still Awa's.
    d.key(KeyCode::Enter).typed(", in May");
    d.event(Event::Tick(t0() + chrono::Duration::seconds(4)));
    let draft = d.store.load_draft(&path).expect("the edit is kept");
    assert_eq!((draft.editing, draft.voice), (Some(0), Some(7)));
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    d.key(KeyCode::Enter);
    let s = d.store.load_all().unwrap().sessions[0].session.clone();
    let wide = s.dimension("wide").unwrap();
    assert_eq!(wide.contributions.len(), 1, "no duplicate");
    assert_eq!(
        wide.contributions[0].text,
        "The committee met twice, in May"
    );
    assert_eq!(wide.contributions[0].voice, Some(7));
}

/// A name of someone who did not consent, typed into a contribution, is flagged on the
/// spot; one key puts their pseudonym in its place, and typing on keeps it as typed
/// (nothing waits for an answer, so nothing typed is lost to a question).
#[test]
fn a_name_without_consent_is_caught_where_it_is_typed() {
    let mut d = Driver::new("en");
    d.key(KeyCode::Char('n')).typed("T").ctrl('s');
    d.typed("Mariétou Kéïta").key(KeyCode::Enter);
    d.key(KeyCode::Esc);
    let person = d.on_disk().voices[0].person;
    d.key(KeyCode::PageDown)
        .key(KeyCode::PageDown)
        .key(KeyCode::PageDown);
    d.typed("As KEITA said, the pump is broken")
        .key(KeyCode::Enter);
    let message = d.app.message.clone().expect("the facilitator is told");
    assert!(
        message.error && message.text.contains("KEITA"),
        "{}",
        message.text
    );
    assert!(
        message.text.contains(&format!("P{person}")),
        "{}",
        message.text
    );
    // Saved as typed already: nothing is lost whatever happens next.
    let wide = |d: &Driver| d.on_disk().dimension("wide").unwrap().contributions.clone();
    assert_eq!(wide(&d)[0].text, "As KEITA said, the pump is broken");
    d.ctrl('p');
    assert_eq!(
        wide(&d)[0].text,
        format!("As P{person} said, the pump is broken")
    );
    // Typing on keeps the next one as typed, every letter of it.
    d.typed("Mariétou spoke again").key(KeyCode::Enter);
    d.typed("yes she did").key(KeyCode::Enter);
    assert_eq!(wide(&d)[1].text, "Mariétou spoke again");
    assert_eq!(wide(&d)[2].text, "yes she did");
}

/// One key on the home screen and on the review screen writes the printable report of
/// the session, as others may see it, and says where; a report that cannot be written
/// says why, naming the file.
#[test]
fn the_report_is_written_from_home_and_review_and_says_where() {
    let mut d = Driver::with_examples("en", t0());
    let selected = d.app.sessions[0].digest.clone();
    d.typed("p");
    let message = d.app.message.clone().expect("the user is told where");
    assert!(!message.error, "{}", message.text);
    let file = d.reports.path().join(format!(
        "{}_{}.html",
        selected.started.format("%Y-%m-%d"),
        &selected.id[..8]
    ));
    assert!(
        message.text.contains(&file.display().to_string()),
        "{}",
        message.text
    );
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains(&selected.title) && html.contains("<svg"));
    for name in &selected.withheld {
        assert!(!html.contains(name.as_str()), "{name} in the report");
    }
    assert!(!selected.withheld.is_empty(), "the example withholds names");
    // From the review screen, in French, the same report in French.
    std::fs::remove_file(&file).unwrap();
    d.typed("r");
    d.ctrl('l');
    d.typed("p");
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"fr\"") && html.contains("Synthèse"));
    // Nothing lands in the sessions folder, where it would sit beside the sessions.
    let beside: Vec<_> = std::fs::read_dir(d.store.dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("html"))
        })
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
    // A report that cannot be written says why and names the file.
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    d.typed("p");
    let message = d.app.message.clone().unwrap();
    let name = file.file_name().unwrap().to_string_lossy().to_string();
    assert!(
        message.error && message.text.contains(&name),
        "{}",
        message.text
    );
}

/// On the trend screen, the same key writes the report of the whole series, every
/// meeting of it through the gate, in the interface language, and says where.
#[test]
fn the_series_report_is_written_from_the_trend_screen() {
    let mut d = Driver::with_examples("en", t0());
    d.ctrl('l');
    let latest = d.app.sessions[0].digest.clone();
    let meetings: Vec<_> = d
        .app
        .sessions
        .iter()
        .filter(|l| l.digest.series == latest.series)
        .map(|l| l.digest.clone())
        .collect();
    assert!(meetings.len() >= 3, "a series of the examples");
    d.typed("t");
    d.typed("p");
    let message = d.app.message.clone().expect("the user is told where");
    assert!(!message.error, "{}", message.text);
    let file = d.reports.path().join(format!(
        "{}_{}_series.html",
        latest.started.format("%Y-%m-%d"),
        &latest.id[..8]
    ));
    assert!(
        message.text.contains(&file.display().to_string()),
        "{}",
        message.text
    );
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"fr\"") && html.contains("D'une séance à l'autre"));
    for m in &meetings {
        assert!(html.contains(&m.title), "{} missing", m.title);
    }
    let withheld: Vec<_> = meetings.iter().flat_map(|m| &m.withheld).collect();
    assert!(!withheld.is_empty(), "the example withholds names");
    for name in withheld {
        assert!(!html.contains(name.as_str()), "{name} in the report");
    }
}

/// The screen as text, one line a row, trailing spaces trimmed.
fn screen(app: &toguna::app::App, width: u16, height: u16) -> Vec<String> {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    let buf = t.backend().buffer();
    (0..height)
        .map(|y| {
            let row: String = (0..width).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect()
}

/// How far the open review or comparison is scrolled.
fn view_top(app: &toguna::app::App) -> u16 {
    use toguna::app::views::View;
    match app.view() {
        Some(View::Review { scroll, .. } | View::Compare { scroll, .. }) => scroll.top(),
        other => panic!("no review nor comparison open: {other:?}"),
    }
}

/// A hundred ↓ too many stop at the last page, which shows the text's last line, and
/// the first ↑ after them moves at once; a page cut short says more follows, with a row
/// of its own (the app draws a frame between keys, which tells the view its height).
#[test]
fn scrolling_a_review_or_a_comparison_stops_at_its_end() {
    for (lang, more) in [("fr", "↓ suite"), ("en", "↓ more")] {
        for view in ['r', 'c'] {
            let mut d = Driver::with_examples(lang, t0());
            d.key(KeyCode::Char(view));
            let first = screen(&d.app, 60, 16);
            assert!(
                first.iter().any(|r| r.trim() == more),
                "{lang} {view}: {first:#?}"
            );
            // The whole text at once, for its last line (above the key hints).
            let tall = screen(&d.app, 60, 500);
            let rows: Vec<&String> = tall.iter().filter(|r| !r.trim().is_empty()).collect();
            let last_line = rows[rows.len() - 2].clone();
            screen(&d.app, 60, 16);
            d.keys(KeyCode::Down, 300);
            let end = view_top(&d.app);
            let bottom = screen(&d.app, 60, 16);
            assert!(bottom.contains(&last_line), "{lang} {view}: {bottom:#?}");
            assert!(!bottom.iter().any(|r| r.trim() == more), "{bottom:#?}");
            d.keys(KeyCode::Down, 100);
            assert_eq!(view_top(&d.app), end, "{lang} {view}: past the end");
            d.key(KeyCode::Up);
            assert_eq!(view_top(&d.app), end - 1, "{lang} {view}: ↑ moves at once");
            let up = screen(&d.app, 60, 16);
            assert!(up.iter().any(|r| r.trim() == more), "{up:#?}");
            d.key(KeyCode::PageDown).key(KeyCode::PageDown);
            assert_eq!(view_top(&d.app), end);
        }
    }
}

/// A dimension's card leaves the column of its scroll marks free: ▼ and ▲ never
/// cover a letter, at the smallest terminal and in French, where words run longer.
#[test]
fn the_cards_scroll_marks_cover_no_letter() {
    for lang in ["fr", "en"] {
        let mut d = Driver::new(lang);
        d.key(KeyCode::Char('n')).typed("T").ctrl('s');
        let fx = d.app.go_to(toguna::app::workshop::Step::Dim(
            0,
            toguna::app::workshop::Sub::Card,
        ));
        d.exec.run(&mut d.app, fx);
        let mut pages = Vec::new();
        for _ in 0..30 {
            pages.push(screen(&d.app, 60, 16));
            d.key(KeyCode::Down);
        }
        assert!(pages[0].iter().any(|r| r.ends_with('▼')), "{:#?}", pages[0]);
        let last = pages.last().unwrap();
        assert!(last.iter().any(|r| r.ends_with('▲')), "{last:#?}");
        assert!(!last.iter().any(|r| r.ends_with('▼')), "{last:#?}");
        // The card's rows: below the line of the dimension's parts, above the key hints.
        for page in &pages {
            for row in &page[3..15] {
                let cells: Vec<char> = row.chars().collect();
                for x in [57, 58] {
                    let c = cells.get(x).copied().unwrap_or(' ');
                    assert!(
                        c == ' ' || (x == 58 && (c == '▼' || c == '▲')),
                        "{lang}: {c:?} at column {x} of {row:?}"
                    );
                }
            }
        }
        // Scrolled to its end and back: the first ↑ moves.
        d.keys(KeyCode::Down, 100);
        let end = screen(&d.app, 60, 16);
        d.key(KeyCode::Up);
        assert_ne!(screen(&d.app, 60, 16), end, "{lang}: ↑ after the end");
    }
}
