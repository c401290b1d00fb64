//! The app in the real world, driven by keys through the executor the event loop uses:
//! signals, strange files beside a session, drafts that do not fit, files changed or
//! deleted by other programs, fields Toguna does not know, and the ways out of a
//! question.

#[path = "common/common.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::KeyCode;
use toguna::app::{Event, Overlay};
use toguna::domain::session::Status;
use toguna::store::draft::{Draft, draft_path};
use toguna::store::format;
use toguna::store::lock::lock_path;

use common::Driver;

/// Runs `f` on a thread of its own and gives it ten seconds: a test of something that
/// used to hang fails instead of hanging.
fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("done within ten seconds, not blocked")
}

/// A new session titled `title`, on its room step.
fn new_session(d: &mut Driver, title: &str) -> PathBuf {
    d.key(KeyCode::Char('n')).typed(title).ctrl('s');
    d.ws().path.clone().expect("saved")
}

/// From the room to the contributions of the first dimension.
fn to_contributions(d: &mut Driver) {
    d.keys(KeyCode::PageDown, 3);
}

fn to_summary(d: &mut Driver) {
    let all = toguna::app::workshop::Step::all(&d.app.framework);
    let at = all.iter().position(|s| *s == d.ws().step).unwrap();
    d.ctrl('g').keys(KeyCode::Down, all.len() - 1 - at);
    d.key(KeyCode::Enter);
    assert_eq!(d.ws().step, toguna::app::workshop::Step::Summary);
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

fn message(d: &Driver) -> String {
    d.app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn ctrl_c_and_ctrl_q_leave_from_the_finish_question() {
    for key in ['c', 'q'] {
        let mut d = Driver::new("en");
        let path = new_session(&mut d, "Finish or not");
        to_summary(&mut d);
        d.key(KeyCode::Char('f'));
        assert!(matches!(d.app.overlay, Overlay::Confirm(_)), "asked");
        d.ctrl(key);
        assert!(d.exec.quit(), "Ctrl+{key} leaves at once");
        let s = d.on_disk();
        assert_eq!(s.status, Status::InProgress, "quitting is not finishing");
        assert_eq!(s.current_step, "summary");
        assert!(!lock_path(&path).exists(), "the lock is released");
    }
}

#[test]
fn a_signal_leaves_as_ctrl_c_does_with_the_text_being_typed_in_the_draft() {
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Over SSH");
    to_contributions(&mut d);
    d.typed("half typed when the link dropped");
    // Drafts are written at most once a second: only the first key is on disk yet.
    assert_eq!(d.store.load_draft(&path).unwrap().text, "h");
    d.event(Event::Signal(1));
    assert!(d.exec.quit());
    assert_eq!(d.app.signal, Some(1), "for the exit status");
    assert_eq!(
        d.store.load_draft(&path).unwrap().text,
        "half typed when the link dropped",
        "everything typed is in the draft"
    );
    assert!(!lock_path(&path).exists(), "the lock is released");
    assert_eq!(d.on_disk().current_step, "wide/contributions");
}

#[test]
fn a_signal_when_nothing_can_be_saved_writes_the_rescue_copy_without_asking() {
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Nowhere to save");
    let dir = path.parent().unwrap().to_path_buf();
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::write(&dir, b"not a folder").unwrap();
    d.typed("Fatou").key(KeyCode::Enter);
    d.event(Event::Signal(15));
    assert!(d.exec.quit(), "no question waits for an answer");
    let rescued = d.app.rescued.clone().expect("a rescue copy");
    let s = format::from_bytes(&std::fs::read(&rescued).unwrap()).unwrap();
    assert_eq!(s.voices[0].name, "Fatou");
    std::fs::remove_file(rescued).unwrap();
    std::fs::remove_file(&dir).unwrap();
}

#[test]
fn each_rescue_copy_has_a_name_of_its_own() {
    let mut copies = Vec::new();
    for name in ["Fatou", "Awa"] {
        let mut d = Driver::new("en");
        // The same session (same id, same clock) rescued twice.
        d.key(KeyCode::Char('n')).typed("Rescued twice").ctrl('s');
        d.app.workshop_mut().unwrap().session.id = "ee".repeat(16);
        let dir = d.ws().path.clone().unwrap().parent().unwrap().to_path_buf();
        std::fs::remove_dir_all(&dir).unwrap();
        std::fs::write(&dir, b"not a folder").unwrap();
        d.typed(name).key(KeyCode::Enter);
        d.ctrl('c').key(KeyCode::Char('y'));
        copies.push(d.app.rescued.clone().expect("a rescue copy"));
        std::fs::remove_file(&dir).unwrap();
    }
    assert_ne!(copies[0], copies[1]);
    let voices: Vec<String> = copies
        .iter()
        .map(|p| {
            format::from_bytes(&std::fs::read(p).unwrap())
                .unwrap()
                .voices[0]
                .name
                .clone()
        })
        .collect();
    assert_eq!(voices, ["Fatou", "Awa"], "the first copy is still there");
    for p in copies {
        std::fs::remove_file(p).unwrap();
    }
}

#[test]
fn a_same_size_edit_with_its_time_set_back_is_not_overwritten() {
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Mine");
    let before = std::fs::metadata(&path).unwrap();
    // An editor changes a letter in place and sets the modification time back.
    let text = std::fs::read_to_string(&path).unwrap();
    let theirs = text.replace("title: \"Mine\"", "title: \"Mina\"");
    assert_eq!(theirs.len(), text.len());
    std::fs::write(&path, &theirs).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(before.modified().unwrap())
        .unwrap();
    let after = std::fs::metadata(&path).unwrap();
    assert_eq!(
        (after.len(), after.modified().unwrap()),
        (before.len(), before.modified().unwrap())
    );
    d.typed("Fatou").key(KeyCode::Enter);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "their edit is untouched"
    );
    let all = d.store.load_all().unwrap();
    assert_eq!(all.sessions.len(), 2, "both versions kept");
    assert!(message(&d).contains("changed by another program"));
}

#[test]
fn a_file_only_touched_by_another_program_is_saved_in_place() {
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Touched");
    // Same bytes, another time: a backup tool, `touch`.
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(86_400))
        .unwrap();
    d.typed("Fatou").key(KeyCode::Enter);
    assert_eq!(
        d.on_disk().voices[0].name,
        "Fatou",
        "one file, saved in place"
    );
}

#[test]
fn a_session_deleted_while_open_is_saved_again_and_said_so() {
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Deleted");
    std::fs::remove_file(&path).unwrap();
    d.typed("Fatou").key(KeyCode::Enter);
    let s = format::from_bytes(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(s.title, "Deleted");
    assert_eq!(s.voices[0].name, "Fatou");
    let told = message(&d);
    assert!(told.contains("Deleted by another program"), "{told}");
    assert!(d.app.message.as_ref().unwrap().error);
    assert!(lock_path(&path).exists(), "locked again");
}

/// A session made and left, and a draft written beside it by hand.
fn with_draft(d: Driver, draft: &Draft) -> (Driver, PathBuf) {
    let mut d = d;
    let path = new_session(&mut d, "Drafted");
    d.typed("Fatou").key(KeyCode::Enter);
    d.ctrl('c');
    d.store.save_draft(&path, draft).unwrap();
    (d.restart("en"), path)
}

fn contribution_draft() -> Draft {
    Draft {
        step: "wide/contributions".into(),
        field: "contribution".into(),
        text: "typed before the power cut".into(),
        ..Draft::default()
    }
}

/// Opens the one session of the folder; the draft is not put back, it is set aside
/// under a name of its own with what it held, and the facilitator told why.
fn assert_set_aside(mut d: Driver, path: &Path, why: &str) {
    let held = std::fs::read(draft_path(path)).unwrap();
    d.key(KeyCode::Enter);
    assert!(d.app.workshop().is_some(), "opened");
    assert_eq!(d.app.current_draft(), None, "not put back");
    let told = message(&d);
    assert!(told.contains(why), "{told}");
    let aside = path.with_file_name(format!(
        "{}.draft.bad",
        path.file_name().unwrap().to_string_lossy()
    ));
    assert!(told.ends_with("kept as ….ron.draft.bad."), "{told}");
    assert_eq!(std::fs::read(&aside).unwrap(), held, "kept as it was");
    assert!(!draft_path(path).exists());
    // Typing and leaving never touch the draft set aside.
    d.keys(KeyCode::PageDown, 3).typed("new text");
    d.ctrl('c');
    assert_eq!(std::fs::read(&aside).unwrap(), held);
    let s = d.on_disk();
    assert!(
        s.dimension("wide")
            .is_none_or(|w| w.contributions.iter().all(|c| c.phase.is_none())),
        "nothing of it was applied"
    );
}

#[test]
fn a_draft_naming_an_unknown_phase_is_set_aside_not_applied() {
    let draft = Draft {
        phase: Some("harvest".into()),
        ..contribution_draft()
    };
    let (d, path) = with_draft(Driver::new("en"), &draft);
    assert_set_aside(d, &path, "'harvest'");
}

#[test]
fn a_draft_naming_an_unknown_step_is_set_aside_not_removed() {
    let draft = Draft {
        step: "wide/elsewhere".into(),
        ..contribution_draft()
    };
    let (d, path) = with_draft(Driver::new("en"), &draft);
    assert_set_aside(d, &path, "'wide/elsewhere'");
}

#[test]
fn a_draft_naming_an_unknown_voice_or_field_is_set_aside() {
    let voice = Draft {
        voice: Some(42),
        ..contribution_draft()
    };
    let (d, path) = with_draft(Driver::new("en"), &voice);
    assert_set_aside(d, &path, "voice 42");
    let field = Draft {
        step: "wide/card".into(),
        ..contribution_draft()
    };
    let (d, path) = with_draft(Driver::new("en"), &field);
    assert_set_aside(d, &path, "'contribution'");
}

#[test]
fn a_draft_that_is_not_ron_is_set_aside() {
    let (d, path) = with_draft(Driver::new("en"), &contribution_draft());
    std::fs::write(draft_path(&path), "(step: \"wide/contributions\", field: ").unwrap();
    assert_set_aside(d, &path, "not a draft");
}

#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_the_draft_or_the_lock_never_freezes_the_app() {
    use std::os::unix::fs::FileTypeExt;
    let (message, workshop, aside_is_fifo, lock_is_file) = within(|| {
        let (mut d, path) = with_draft(Driver::new("en"), &contribution_draft());
        std::fs::remove_file(draft_path(&path)).unwrap();
        mkfifo(&draft_path(&path));
        mkfifo(&lock_path(&path));
        d.key(KeyCode::Enter);
        let aside = path.with_file_name(format!(
            "{}.draft.bad",
            path.file_name().unwrap().to_string_lossy()
        ));
        (
            message(&d),
            d.app.workshop().is_some(),
            std::fs::symlink_metadata(&aside).is_ok_and(|m| m.file_type().is_fifo()),
            lock_path(&path).is_file(),
        )
    });
    assert!(workshop, "opened for editing");
    assert!(message.contains("FIFO"), "{message}");
    assert!(aside_is_fifo, "the FIFO is set aside, not removed");
    assert!(lock_is_file, "a real lock in place of the FIFO");
}

#[test]
fn a_file_with_an_unknown_field_keeps_its_original_before_it_is_saved_over() {
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Coloured");
    d.ctrl('c');
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "    notes: \"\",",
        "    notes: \"\",\n    colour: \"blue\",",
    );
    std::fs::write(&path, &text).unwrap();
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    let told = message(&d);
    assert!(told.contains("colour"), "{told}");
    // Looking writes nothing.
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    d.typed("Fatou").key(KeyCode::Enter);
    let orig = path.with_file_name(format!(
        "{}.orig",
        path.file_name().unwrap().to_string_lossy()
    ));
    assert_eq!(
        std::fs::read_to_string(&orig).unwrap(),
        text,
        "the original"
    );
    assert!(
        message(&d).ends_with("is kept as ….ron.orig."),
        "{}",
        message(&d)
    );
    assert_eq!(d.on_disk().voices[0].name, "Fatou", "and the change saved");
    // Once kept, the original is not copied again at each save.
    d.typed("Awa").key(KeyCode::Enter);
    let origs = names_in(path.parent().unwrap())
        .into_iter()
        .filter(|n| n.contains(".orig"))
        .count();
    assert_eq!(origs, 1);
}

#[cfg(unix)]
#[test]
fn a_session_that_is_a_symlink_is_saved_through_it() {
    let elsewhere = tempfile::tempdir().unwrap();
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Linked");
    d.ctrl('c');
    let target = elsewhere.path().join("kept-in-git.ron");
    std::fs::rename(&path, &target).unwrap();
    std::os::unix::fs::symlink(&target, &path).unwrap();
    let mut d = d.restart("en");
    d.key(KeyCode::Enter);
    d.typed("Fatou").key(KeyCode::Enter);
    assert!(
        std::fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    let s = format::from_bytes(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(s.voices[0].name, "Fatou", "the target is updated");
    assert_eq!(names_in(elsewhere.path()), ["kept-in-git.ron"]);
}

#[test]
fn a_session_saved_by_notepad_opens_and_saves() {
    let mut d = Driver::new("en");
    let path = new_session(&mut d, "Windows");
    d.ctrl('c');
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
    let mut d = d.restart("en");
    assert!(d.app.load_errors.is_empty(), "{:?}", d.app.load_errors);
    d.key(KeyCode::Enter);
    assert_eq!(d.ws().session.title, "Windows");
    d.typed("Fatou").key(KeyCode::Enter);
    assert_eq!(d.on_disk().voices[0].name, "Fatou");
}
