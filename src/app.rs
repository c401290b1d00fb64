//! The application state and its one entry point for change: `update(Action)`.
//! Nothing here draws or touches the disk; the event loop saves after each change.

pub mod action;
pub mod folder;
pub mod form;
mod home;
pub mod keys;
pub mod room;
pub mod steps;
pub mod views;
pub mod workshop;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyEvent;

pub use action::Action;
pub use folder::{previous_meeting, series_names};
use keys::Ctx;
use workshop::{Step, Sub, Workshop};

use crate::domain::digest::Digest;
use crate::domain::framework::Framework;
use crate::domain::ids::new_session_id;
use crate::domain::session::Session;
use crate::i18n::I18n;
use crate::store::{Listed, LoadError, LoadErrorKind, Loaded};

/// Reads one session file in full, when one is opened, reviewed or compared. The
/// event loop gives the store's (which decrypts); reading one file takes a millisecond
/// or two, so it is done on the key press rather than through another state.
pub type Reader = Box<dyn Fn(&std::path::Path) -> Result<Session, LoadErrorKind> + Send + Sync>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    DeleteVoice(u32),
    DeleteContribution(usize),
    DeleteAction(u32),
    Finish,
    QuitUnsaved,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picker {
    Step(usize),
    Voice(usize),
    Series(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help(u16),
    /// The files of the folder that could not be loaded, and why.
    Errors(u16),
    Confirm(Confirm),
    Picker(Picker),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub i18n: I18n,
    pub framework: Framework,
    /// A framework given with `--framework` is kept when the language changes.
    pub custom_framework: bool,
    /// The folder's sessions as the lists know them (digests), newest first.
    pub sessions: Vec<Listed>,
    /// Sessions held in full: those given to `new` and those saved since.
    pub cache: Vec<Loaded>,
    pub reader: Reader,
    pub load_errors: Vec<LoadError>,
    /// The folder is still being read (on another thread).
    pub loading: bool,
    pub home_selected: usize,
    pub workshop: Option<Workshop>,
    /// A read-only view over the home screen (review, compare, trend).
    pub view: Option<views::View>,
    /// A session marked on the home screen, to compare with another.
    pub marked: Option<usize>,
    pub overlay: Overlay,
    pub message: Option<Message>,
    pub now: DateTime<FixedOffset>,
    /// The open session changed and must be saved.
    pub dirty: bool,
    /// The last save failed with this error; data is kept in memory.
    pub save_error: Option<String>,
    pub quit: bool,
    /// Quitting although saving fails: write a rescue copy elsewhere first.
    pub rescue: bool,
    /// Where the rescue copy went, to tell the user after the terminal is restored.
    pub rescued: Option<std::path::PathBuf>,
    /// The workshop is being left: once saved, the loop returns to the home screen.
    pub closing: bool,
    /// The sessions folder, shown on the first-run screen.
    pub folder: String,
    /// False under NO_COLOR: the view then uses only bold, reverse and underline.
    pub color: bool,
}

impl App {
    pub fn new(
        i18n: I18n,
        framework: Framework,
        custom_framework: bool,
        sessions: Vec<Loaded>,
        load_errors: Vec<LoadError>,
        now: DateTime<FixedOffset>,
    ) -> App {
        let mut listed: Vec<Listed> = sessions
            .iter()
            .map(|l| Listed {
                path: l.path.clone(),
                digest: Digest::of(&l.session),
            })
            .collect();
        crate::store::index::sort_listed(&mut listed);
        App {
            i18n,
            framework,
            custom_framework,
            sessions: listed,
            cache: sessions,
            reader: Box::new(crate::store::folder::load_file),
            load_errors,
            loading: false,
            home_selected: 0,
            workshop: None,
            view: None,
            marked: None,
            overlay: Overlay::None,
            message: None,
            now,
            dirty: false,
            save_error: None,
            quit: false,
            rescue: false,
            rescued: None,
            closing: false,
            color: true,
            folder: String::new(),
        }
    }

    /// The folder has been read: its sessions join any created meanwhile.
    pub fn loaded(&mut self, sessions: Vec<Listed>, errors: Vec<LoadError>) {
        let created: Vec<Listed> = std::mem::take(&mut self.sessions)
            .into_iter()
            .filter(|l| !sessions.iter().any(|s| s.digest.id == l.digest.id))
            .collect();
        self.sessions = sessions;
        self.sessions.extend(created);
        crate::store::index::sort_listed(&mut self.sessions);
        self.load_errors = errors;
        self.loading = false;
    }

    /// The contexts whose keys apply now, most specific first.
    pub fn contexts(&self) -> Vec<Ctx> {
        match &self.overlay {
            Overlay::Help(_) | Overlay::Errors(_) => vec![Ctx::Help, Ctx::Global],
            Overlay::Confirm(_) => vec![Ctx::Confirm],
            Overlay::Picker(_) => vec![Ctx::Picker, Ctx::Global],
            Overlay::None => self.contexts_without_overlay(),
        }
    }

    /// Whether a text editor is open on the screen (for the help's editing keys).
    pub fn focused_text_area_open(&self) -> bool {
        self.contexts_without_overlay().first() == Some(&Ctx::Editor)
            || self.focused_form().is_some_and(|f| f.focused_is_text())
    }

    /// The contexts of the screen itself, ignoring any pop-up.
    pub fn contexts_without_overlay(&self) -> Vec<Ctx> {
        if let Some(view) = &self.view {
            return match view {
                views::View::Trend { .. } => vec![Ctx::View, Ctx::Browse, Ctx::Global],
                _ => vec![Ctx::View, Ctx::Scroll, Ctx::Browse, Ctx::Global],
            };
        }
        let Some(ws) = &self.workshop else {
            return vec![Ctx::Home, Ctx::Browse, Ctx::Global];
        };
        let mut v = match ws.step {
            Step::Setup => vec![Ctx::Setup, Ctx::Form],
            Step::Room if ws.room.form.is_some() => vec![Ctx::Form],
            Step::Room => vec![Ctx::List, Ctx::Browse],
            Step::Review if ws.review.note.is_some() => vec![Ctx::Editor],
            Step::Review => vec![Ctx::Review, Ctx::Browse],
            Step::Dim(d, sub) => {
                let ds = &ws.dims[d];
                match sub {
                    Sub::Card => vec![Ctx::Scroll, Ctx::Browse],
                    Sub::Contributions if ds.contrib.typing => {
                        vec![Ctx::Editor, Ctx::Contributions]
                    }
                    Sub::Contributions => vec![Ctx::List, Ctx::Contributions, Ctx::Browse],
                    Sub::Ratings if ds.ratings.reason.is_some() => vec![Ctx::Editor],
                    Sub::Ratings => vec![Ctx::Ratings, Ctx::Browse],
                    Sub::Agreement if ds.rationale.is_some() => vec![Ctx::Editor],
                    Sub::Agreement => vec![Ctx::Agreement, Ctx::Browse],
                    Sub::Actions if ds.actions.form.is_some() => vec![Ctx::Form],
                    Sub::Actions => vec![Ctx::List, Ctx::Browse],
                }
            }
            Step::Summary => vec![Ctx::Summary, Ctx::Browse],
        };
        v.push(Ctx::Workshop);
        v.push(Ctx::Global);
        v
    }

    pub fn on_key(&mut self, ev: KeyEvent) {
        use crossterm::event::KeyEventKind;
        if ev.kind == KeyEventKind::Release {
            return;
        }
        let contexts = self.contexts();
        let action = keys::resolve(&contexts, &ev);
        // In a form, Space and ←/→ belong to the text of a text field.
        let text_field = contexts.contains(&Ctx::Form)
            && self.focused_form().is_some_and(|f| f.focused_is_text());
        match action {
            Some(Action::Toggle | Action::Left | Action::Right) if text_field => self.type_key(ev),
            Some(a) => self.update(a),
            None => self.type_key(ev),
        }
    }

    /// Text pasted from the terminal (bracketed paste): inserted as text, never submitted.
    pub fn on_paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let single_line = self.contexts().contains(&Ctx::Form);
        let text = if single_line {
            text.replace('\n', " ")
        } else {
            text
        };
        if let Some(ed) = self.focused_editor() {
            ed.insert_str(&text);
        }
    }

    pub fn tick(&mut self, now: DateTime<FixedOffset>) {
        self.now = now;
    }

    fn type_key(&mut self, ev: KeyEvent) {
        if let Some(ed) = self.focused_editor() {
            ed.input(ev);
        }
    }

    /// Whether a key of the table means something right now, so the hint bar and the
    /// help do not offer what would do nothing (choices on a text field, opening a
    /// session in an empty folder, finishing a finished session...).
    pub fn binding_applies(&self, b: &keys::Binding) -> bool {
        match b.action {
            Action::Left | Action::Right | Action::Toggle if b.ctx == Ctx::Form => {
                self.focused_form().is_some_and(|f| !f.focused_is_text())
            }
            Action::Open | Action::Review | Action::Compare | Action::Mark | Action::Trend
                if b.ctx == Ctx::Home =>
            {
                !self.sessions.is_empty()
            }
            Action::ShowErrors => !self.load_errors.is_empty(),
            // No "next step" on the last step, no "previous" on the first.
            Action::NextStep | Action::PrevStep => self.workshop.as_ref().is_none_or(|w| {
                let all = Step::all(self.framework.dimensions.len());
                let edge = if b.action == Action::NextStep {
                    all.last()
                } else {
                    all.first()
                };
                edge != Some(&w.step)
            }),
            Action::Open if b.ctx == Ctx::View => {
                matches!(self.view, Some(views::View::Trend { .. }))
            }
            Action::Grouping | Action::NextTab | Action::PrevTab => {
                matches!(self.view, Some(views::View::Review { .. }))
            }
            Action::Finish => self
                .workshop
                .as_ref()
                .is_some_and(|w| w.session.status != crate::domain::session::Status::Finished),
            Action::MarkDone | Action::MarkInProgress | Action::MarkDropped | Action::Edit
                if b.ctx == Ctx::Review =>
            {
                self.workshop
                    .as_ref()
                    .is_some_and(|w| !w.session.action_review.is_empty())
            }
            Action::Edit | Action::Delete if b.ctx == Ctx::List => {
                self.list_is_empty() == Some(false)
            }
            _ => true,
        }
    }

    /// Whether the list of the current step (voices, contributions, actions) is empty.
    fn list_is_empty(&self) -> Option<bool> {
        let ws = self.workshop.as_ref()?;
        Some(match ws.step {
            Step::Room => ws.session.voices.is_empty(),
            Step::Dim(d, Sub::Contributions) => ws
                .session
                .dimension(&self.framework.dimensions[d].id)
                .is_none_or(|r| r.contributions.is_empty()),
            Step::Dim(d, Sub::Actions) => ws
                .session
                .dimension(&self.framework.dimensions[d].id)
                .is_none_or(|r| r.actions.is_empty()),
            _ => return None,
        })
    }

    pub fn focused_form(&self) -> Option<&form::Form> {
        let ws = self.workshop.as_ref()?;
        match ws.step {
            Step::Setup => Some(&ws.setup),
            Step::Room => ws.room.form.as_ref().map(|(_, f)| f),
            Step::Dim(d, Sub::Actions) => ws.dims[d].actions.form.as_ref().map(|(_, f)| f),
            _ => None,
        }
    }

    /// The text editor keys go to, if any.
    pub fn focused_editor(&mut self) -> Option<&mut ratatui_textarea::TextArea<'static>> {
        if self.overlay != Overlay::None {
            return None;
        }
        let ws = self.workshop.as_mut()?;
        let form = match ws.step {
            Step::Setup => Some(&mut ws.setup),
            Step::Room => ws.room.form.as_mut().map(|(_, f)| f),
            Step::Review => return ws.review.note.as_mut(),
            Step::Dim(d, sub) => {
                let ds = &mut ws.dims[d];
                match sub {
                    Sub::Contributions if ds.contrib.typing => return Some(&mut ds.contrib.editor),
                    Sub::Ratings => return ds.ratings.reason.as_mut(),
                    Sub::Agreement => return ds.rationale.as_mut(),
                    Sub::Actions => ds.actions.form.as_mut().map(|(_, f)| f),
                    _ => None,
                }
            }
            Step::Summary => None,
        }?;
        match &mut form.focused_mut().kind {
            form::FieldKind::Text(ta) => Some(ta),
            _ => None,
        }
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Quit => return self.request_quit(),
            Action::Help => {
                self.overlay = Overlay::Help(0);
                return;
            }
            Action::SwitchLanguage => return self.switch_language(),
            _ => {}
        }
        match self.overlay.clone() {
            // Text pop-ups scroll with the arrows; any other key closes them.
            Overlay::Help(scroll) | Overlay::Errors(scroll) => {
                let moved = match action {
                    Action::Up => Some(scroll.saturating_sub(1)),
                    Action::Down => Some(scroll.saturating_add(1)),
                    _ => None,
                };
                self.overlay = match (moved, &self.overlay) {
                    (Some(n), Overlay::Help(_)) => Overlay::Help(n),
                    (Some(n), _) => Overlay::Errors(n),
                    (None, _) => Overlay::None,
                };
                return;
            }
            Overlay::Confirm(what) => {
                self.overlay = Overlay::None;
                if action == Action::Yes {
                    self.confirmed(what);
                }
                return;
            }
            Overlay::Picker(p) => return self.picker(p, action),
            Overlay::None => {}
        }
        if self.view.is_some() {
            return self.view_action(action);
        }
        if self.workshop.is_none() {
            return self.home(action);
        }
        match action {
            Action::NextStep => self.move_step(1),
            Action::PrevStep => self.move_step(-1),
            Action::GoToStep => {
                let ws = self.workshop.as_ref().expect("checked");
                let all = Step::all(self.framework.dimensions.len());
                let at = all.iter().position(|s| *s == ws.step).unwrap_or(0);
                self.overlay = Overlay::Picker(Picker::Step(at));
            }
            _ => self.step_action(action),
        }
    }

    fn request_quit(&mut self) {
        if self.save_error.is_some() && self.dirty {
            self.overlay = Overlay::Confirm(Confirm::QuitUnsaved);
        } else {
            self.leave_workshop();
            self.quit = true;
        }
    }

    fn switch_language(&mut self) {
        let next = if self.i18n.lang() == "fr" { "en" } else { "fr" };
        self.i18n = I18n::new(next);
        if !self.custom_framework {
            self.framework = Framework::builtin(next);
        }
        // Open forms are left as they are: what is typed in them must not be lost, and
        // field labels follow the language anyway; only the labels of choices in an
        // open voice form stay in the former language until it is closed.
    }

    pub fn new_session(&mut self) {
        let lang = self.i18n.lang().to_string();
        let mut s = Session::new(
            new_session_id(),
            String::new(),
            self.now,
            &lang,
            &self.framework,
        );
        s.current_step = "setup".into();
        self.open(s, None);
    }

    pub fn open(&mut self, session: Session, path: Option<std::path::PathBuf>) {
        let previous = self.previous_of(&session);
        let mut ws = Workshop::new(session, path, previous, &self.framework, self.now);
        if ws.session.status == crate::domain::session::Status::Finished {
            ws.step = Step::Summary;
        }
        self.workshop = Some(ws);
    }

    /// Back to the home screen; what is typed in a form is kept in the session.
    pub fn leave_workshop(&mut self) {
        let Some(mut ws) = self.workshop.take() else {
            return;
        };
        if ws.step == Step::Setup {
            steps::apply_setup(&mut ws, &|s| self.previous_of(s));
        }
        self.flush_editors(&mut ws);
        ws.bank_time(&self.framework, self.now);
        if ws.path.is_none() && ws.session.title.trim().is_empty() {
            // A new session left before it had a title: nothing worth keeping.
            self.dirty = false;
            return;
        }
        self.dirty = true;
        self.closing = true;
        self.workshop = Some(ws);
    }

    /// Called by the loop after a save of a workshop being left: update the home list.
    pub fn close_workshop(&mut self) {
        if let Some(ws) = self.workshop.take()
            && let Some(path) = ws.path
        {
            let id = ws.session.id.clone();
            self.sessions.retain(|l| l.digest.id != id);
            self.sessions.push(Listed {
                path: path.clone(),
                digest: Digest::of(&ws.session),
            });
            crate::store::index::sort_listed(&mut self.sessions);
            self.cache.retain(|l| l.session.id != id);
            self.cache.push(Loaded {
                path,
                session: ws.session,
            });
        }
        self.home_selected = self
            .home_selected
            .min(self.sessions.len().saturating_sub(1));
    }

    /// Typed text in a rationale, reason or note is kept when the facilitator moves on.
    fn flush_editors(&self, ws: &mut Workshop) {
        steps::flush_editors(ws, &self.framework);
    }

    fn move_step(&mut self, by: isize) {
        let all = Step::all(self.framework.dimensions.len());
        let Some(ws) = &self.workshop else { return };
        let at = all.iter().position(|s| *s == ws.step).unwrap_or(0) as isize;
        let to = (at + by).clamp(0, all.len() as isize - 1) as usize;
        self.go_to(all[to]);
    }

    pub fn go_to(&mut self, step: Step) {
        let (sessions, cache, reader) = (&self.sessions, &self.cache, &self.reader);
        let previous = |s: &Session| folder::previous_full(sessions, cache, reader, s);
        let Some(ws) = self.workshop.as_mut() else {
            return;
        };
        if ws.step == step {
            return;
        }
        if ws.step == Step::Setup && !steps::apply_setup(ws, &previous) {
            return;
        }
        steps::flush_editors(ws, &self.framework);
        ws.bank_time(&self.framework, self.now);
        ws.step = step;
        ws.session.current_step = step.id(&self.framework);
        self.dirty = true;
    }

    fn picker(&mut self, p: Picker, action: Action) {
        let len = self.picker_len(&p);
        let idx = match p {
            Picker::Step(i) | Picker::Voice(i) | Picker::Series(i) => i,
        };
        let with = |i: usize| match p {
            Picker::Step(_) => Picker::Step(i),
            Picker::Voice(_) => Picker::Voice(i),
            Picker::Series(_) => Picker::Series(i),
        };
        match action {
            Action::Up => self.overlay = Overlay::Picker(with(idx.saturating_sub(1))),
            Action::Down => {
                self.overlay = Overlay::Picker(with((idx + 1) % len.max(1)));
            }
            Action::Submit => {
                self.overlay = Overlay::None;
                self.picked(p);
            }
            Action::Back => self.overlay = Overlay::None,
            _ => {}
        }
    }

    pub fn picker_len(&self, p: &Picker) -> usize {
        match p {
            Picker::Step(_) => Step::all(self.framework.dimensions.len()).len(),
            Picker::Voice(_) => 1 + self.workshop.as_ref().map_or(0, |w| w.session.voices.len()),
            Picker::Series(_) => series_names(&self.sessions).len(),
        }
    }

    fn picked(&mut self, p: Picker) {
        match p {
            Picker::Step(i) => {
                let all = Step::all(self.framework.dimensions.len());
                if let Some(step) = all.get(i) {
                    self.go_to(*step);
                }
            }
            Picker::Voice(i) => {
                if let Some(ws) = &mut self.workshop {
                    let voice = i
                        .checked_sub(1)
                        .and_then(|i| ws.session.voices.get(i))
                        .map(|v| v.id);
                    if let Some(ds) = ws.dim_state() {
                        ds.contrib.voice = voice;
                    }
                }
            }
            Picker::Series(i) => {
                let names = series_names(&self.sessions);
                if let (Some(name), Some(ws)) = (names.get(i), &mut self.workshop) {
                    ws.setup.set_text("series", name);
                }
            }
        }
    }

    fn confirmed(&mut self, what: Confirm) {
        match what {
            Confirm::QuitUnsaved => {
                // The loop writes a rescue copy before the session is dropped.
                self.rescue = true;
                self.quit = true;
            }
            other => steps::confirmed(self, other),
        }
    }

    /// The text being typed in the open step, to keep as a draft.
    pub fn current_draft(&self) -> Option<crate::store::draft::Draft> {
        use crate::store::draft::Draft;
        let ws = self.workshop.as_ref()?;
        let step = ws.step.id(&self.framework);
        let (field, ta) = match ws.step {
            Step::Dim(d, Sub::Contributions) => ("contribution", &ws.dims[d].contrib.editor),
            Step::Dim(d, Sub::Agreement) => ("rationale", ws.dims[d].rationale.as_ref()?),
            Step::Review => ("note", ws.review.note.as_ref()?),
            _ => return None,
        };
        let text = form::text_of(ta);
        if text.trim().is_empty() {
            return None;
        }
        let mut draft = Draft {
            step,
            field: field.to_string(),
            text,
            ..Draft::default()
        };
        if let Step::Dim(d, Sub::Contributions) = ws.step {
            let cs = &ws.dims[d].contrib;
            let dim = &self.framework.dimensions[d].id;
            let stored = cs.editing.and_then(|i| {
                ws.session
                    .dimension(dim)
                    .and_then(|r| r.contributions.get(i))
            });
            // An existing contribution opened and left as it was: nothing to keep.
            if stored.is_some_and(|c| {
                c.text == draft.text
                    && c.voice == cs.voice
                    && c.phase == cs.phase
                    && c.kind == cs.kind
            }) {
                return None;
            }
            draft.voice = cs.voice;
            draft.phase = cs.phase.clone();
            draft.kind = Some(cs.kind);
            draft.editing = cs.editing;
        }
        Some(draft)
    }

    /// Puts back text typed before an interruption, where it was typed.
    pub fn restore_draft(&mut self, d: crate::store::draft::Draft) {
        let Some(step) = Step::parse(&d.step, &self.framework) else {
            return;
        };
        let Some(ws) = self.workshop.as_mut() else {
            return;
        };
        match (step, d.field.as_str()) {
            (Step::Dim(n, _), "contribution") => {
                let dim = &self.framework.dimensions[n].id;
                let count = ws
                    .session
                    .dimension(dim)
                    .map_or(0, |r| r.contributions.len());
                let voice = d.voice.filter(|v| ws.session.voice(*v).is_some());
                let cs = &mut ws.dims[n].contrib;
                cs.editor = form::editor(&d.text);
                cs.typing = true;
                cs.voice = voice;
                cs.phase = d.phase.clone();
                if let Some(kind) = d.kind {
                    cs.kind = kind;
                }
                // Back to the contribution it edits, if that one is still there.
                cs.editing = d.editing.filter(|i| *i < count);
                if let Some(i) = cs.editing {
                    cs.selected = i;
                }
            }
            (Step::Dim(n, _), "rationale") => ws.dims[n].rationale = Some(form::editor(&d.text)),
            (Step::Review, "note") => ws.review.note = Some(form::editor(&d.text)),
            _ => return,
        }
        self.go_to(step);
        self.say("draft-restored");
    }

    pub fn say(&mut self, msg_id: &str) {
        self.message = Some(Message {
            text: self.i18n.t(msg_id),
            error: false,
        });
    }

    pub fn warn(&mut self, text: String) {
        self.message = Some(Message { text, error: true });
    }
}
