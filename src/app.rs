//! The application state and its one entry point for change: `update(Action)`, which
//! returns the effects (save, read, quit...) that the executor carries out. Events
//! coming back (a file read, a save done) go through `on`. Nothing here draws or
//! touches the disk.

pub mod action;
pub mod effect;
pub mod form;
mod home;
pub mod keys;
mod picker;
mod report;
pub mod steps;
pub mod views;
pub mod workshop;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyEvent;

use crate::domain::series::actions_to_review;
use crate::store::{previous_meeting, series_names};
pub use action::Action;
pub use effect::{After, Effect, Effects, Event, ReadFor, SaveNotice};
use keys::{Ctx, When};
use steps::{Cx, Outcome};
use workshop::{Step, Workshop};

use crate::domain::digest::Digest;
use crate::domain::framework::Framework;
use crate::domain::ids::new_session_id;
use crate::domain::session::{Session, Status};
use crate::i18n::{I18n, Localise};
use crate::store::draft::{Draft, DraftProblem};
use crate::store::{Listed, LoadError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    DeleteVoice(u32),
    DeleteContribution(usize),
    DeleteAction(u32),
    /// The rating of this voice in the dimension on screen.
    ClearRating(u32),
    Finish,
    QuitUnsaved,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picker {
    Step(usize),
    Voice(usize),
    Series(usize),
    /// A person of the series' earlier meetings, to link a voice of the room to.
    Person(usize),
}

impl Picker {
    fn index(&self) -> usize {
        match self {
            Picker::Step(i) | Picker::Voice(i) | Picker::Series(i) | Picker::Person(i) => *i,
        }
    }

    fn at(&self, i: usize) -> Picker {
        match self {
            Picker::Step(_) => Picker::Step(i),
            Picker::Voice(_) => Picker::Voice(i),
            Picker::Series(_) => Picker::Series(i),
            Picker::Person(_) => Picker::Person(i),
        }
    }
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

/// What fills the screen under the frame.
#[derive(Debug)]
pub enum Screen {
    Home,
    Workshop(Box<Workshop>),
    /// A read-only view over the home screen (review, compare, trend).
    View(views::View),
}

pub struct App {
    pub i18n: I18n,
    pub framework: Framework,
    /// A framework given with `--framework` is kept when the language changes.
    pub custom_framework: bool,
    /// The folder's sessions as the lists know them (digests), newest first.
    pub sessions: Vec<Listed>,
    /// The title, series and place of each of `sessions`, as the gate lets them out:
    /// the home screen may be on the wall, and a title can name someone.
    pub listed_texts: Vec<[String; 3]>,
    pub load_errors: Vec<LoadError>,
    /// The folder is still being read (on another thread).
    pub loading: bool,
    pub home_selected: usize,
    /// A session marked on the home screen, to compare with another.
    pub marked: Option<usize>,
    pub screen: Screen,
    pub overlay: Overlay,
    pub message: Option<Message>,
    pub now: DateTime<FixedOffset>,
    /// The last save failed with this error; data is kept in memory and saving retried.
    pub save_error: Option<std::io::ErrorKind>,
    /// Where the rescue copy went, to tell the user after the terminal is restored.
    pub rescued: Option<PathBuf>,
    /// The sessions folder, shown on the first-run screen.
    pub folder: String,
    /// False under `NO_COLOR`: the view then uses only bold, reverse and underline.
    pub color: bool,
    /// A text just saved names someone who did not consent: one key puts their
    /// pseudonym in its place; otherwise it stays as typed.
    pub named: Option<steps::TextRef>,
    /// The signal the program was asked to end by, for its exit status.
    pub signal: Option<i32>,
    /// What is typed in the open picker to narrow it.
    pub filter: String,
}

impl App {
    pub fn new(
        i18n: I18n,
        framework: Framework,
        custom_framework: bool,
        mut sessions: Vec<Listed>,
        load_errors: Vec<LoadError>,
        now: DateTime<FixedOffset>,
    ) -> App {
        crate::store::index::sort_listed(&mut sessions);
        let mut app = App {
            i18n,
            framework,
            custom_framework,
            sessions,
            listed_texts: Vec::new(),
            load_errors,
            loading: false,
            home_selected: 0,
            marked: None,
            screen: Screen::Home,
            overlay: Overlay::None,
            message: None,
            now,
            save_error: None,
            rescued: None,
            color: true,
            folder: String::new(),
            named: None,
            signal: None,
            filter: String::new(),
        };
        app.gate_listing();
        app
    }

    /// What the lists show of each session, once for each change of the listing
    /// rather than at each frame.
    fn gate_listing(&mut self) {
        let gate = views::gate(&self.sessions);
        self.listed_texts = self
            .sessions
            .iter()
            .map(|l| {
                let d = &l.digest;
                [
                    gate.text(&d.title),
                    gate.text(&d.series),
                    gate.text(&d.place),
                ]
            })
            .collect();
    }

    pub fn workshop(&self) -> Option<&Workshop> {
        match &self.screen {
            Screen::Workshop(ws) => Some(ws),
            _ => None,
        }
    }

    pub fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        match &mut self.screen {
            Screen::Workshop(ws) => Some(ws),
            _ => None,
        }
    }

    pub fn view(&self) -> Option<&views::View> {
        match &self.screen {
            Screen::View(v) => Some(v),
            _ => None,
        }
    }

    /// Something that came in: a key, time passing, the result of an effect.
    pub fn on(&mut self, event: Event) -> Effects {
        // The one place key releases go: Windows' console reports them (as the kitty
        // protocol does), and a release is no key to act on nor a user's doing. A
        // held key's repeats act as presses, as a terminal's autorepeat does.
        if let Event::Key(k) = &event
            && k.kind == crossterm::event::KeyEventKind::Release
        {
            return Vec::new();
        }
        let user = matches!(event, Event::Key(_) | Event::Paste(_) | Event::Tick(_));
        let mut fx = match event {
            Event::Key(k) => self.on_key(k),
            Event::Paste(text) => {
                self.on_paste(&text);
                Vec::new()
            }
            Event::Resize => Vec::new(),
            Event::Tick(now) => {
                self.now = now;
                Vec::new()
            }
            Event::Listed(result) => {
                self.listed(result);
                Vec::new()
            }
            Event::Opened {
                path,
                session,
                previous,
                draft,
                unknown,
            } => self.opened(*session, path, previous.map(|p| *p), draft, &unknown),
            Event::Held { session, holder } => {
                self.held(&session, &holder);
                Vec::new()
            }
            Event::Unreadable(e) => {
                self.warn(e.localise(&self.i18n));
                Vec::new()
            }
            Event::Read { then, sessions } => self.read_for(then, sessions),
            Event::Previous(p) => self.previous_arrived(p.map(|p| *p)),
            Event::Saved { path, notice, then } => self.saved(path, notice, then),
            Event::SaveFailed { error, then } => self.save_failed(error, then),
            Event::ReportWritten(result) => {
                self.report_written(result);
                Vec::new()
            }
            Event::Rescued(path) => {
                self.rescued = path;
                let mut fx = self.close_workshop();
                fx.push(Effect::Quit);
                fx
            }
            Event::NewDraft { key, draft } => self.new_draft(key, draft),
            Event::DraftAside { to, problem } => {
                self.draft_set_aside(to.as_deref(), &problem);
                Vec::new()
            }
            Event::Signal(signal) => {
                self.signal = Some(signal);
                // Nothing is asked on the way out: nobody may be there to answer.
                self.overlay = Overlay::None;
                self.request_quit()
            }
        };
        // A failed save is tried again on the next key or second, until it works.
        let unsaved = self.workshop().is_some_and(|w| w.unsaved);
        let saving = fx.iter().any(|e| matches!(e, Effect::Save { .. }));
        if user && unsaved && self.save_error.is_some() && !saving {
            fx.push(Effect::Save { then: After::Stay });
        }
        fx
    }

    fn listed(&mut self, result: std::io::Result<crate::store::FolderList>) {
        self.loading = false;
        match result {
            Ok(list) => self.loaded(list.sessions, list.errors),
            Err(e) => {
                let text = crate::t!(
                    self.i18n,
                    "err-sessions-dir",
                    dir = self.folder.as_str(),
                    error = crate::i18n::io_kind(e.kind(), &self.i18n)
                );
                self.warn(text);
            }
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
        self.gate_listing();
        self.load_errors = errors;
        self.loading = false;
        self.refresh_series();
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
            || self.focused_form().is_some_and(form::Form::focused_is_text)
    }

    /// The contexts of the screen itself, ignoring any pop-up.
    pub fn contexts_without_overlay(&self) -> Vec<Ctx> {
        match &self.screen {
            Screen::View(views::View::Trend(_) | views::View::Series(_)) => {
                vec![Ctx::View, Ctx::Browse, Ctx::Global]
            }
            Screen::View(_) => vec![Ctx::View, Ctx::Scroll, Ctx::Browse, Ctx::Global],
            Screen::Home => vec![Ctx::Home, Ctx::Browse, Ctx::Global],
            Screen::Workshop(ws) => {
                let mut v = ws.state(ws.step).contexts();
                v.push(Ctx::Workshop);
                v.push(Ctx::Global);
                v
            }
        }
    }

    fn on_key(&mut self, ev: KeyEvent) -> Effects {
        let contexts = self.contexts();
        let action = keys::resolve(&contexts, &ev);
        // In a form, Space and ←/→ belong to the text of a text field.
        let text_field = contexts.contains(&Ctx::Form)
            && self.focused_form().is_some_and(form::Form::focused_is_text);
        // And `?` too: it opens help only where it is not text.
        let typed_help = text_field && matches!(ev.code, crossterm::event::KeyCode::Char(_));
        match action {
            Some(Action::Toggle | Action::Left | Action::Right) if text_field => {
                self.type_key(ev);
                Vec::new()
            }
            Some(Action::Filter) => keys::printable(&ev)
                .map(|c| self.picker_typed(c))
                .unwrap_or_default(),
            // A printable key on a list starts a new entry with it: the step opens
            // its editor, and the key is typed there.
            Some(Action::Add) if keys::printable(&ev).is_some() => {
                let fx = self.update(Action::Add);
                self.type_key(ev);
                fx
            }
            Some(Action::UndoTyping) => {
                self.undo_typing();
                Vec::new()
            }
            Some(Action::Help) if typed_help => {
                self.type_key(ev);
                Vec::new()
            }
            Some(a) => self.update(a),
            None => {
                self.type_key(ev);
                Vec::new()
            }
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
        // Pasted on a list, as typed there: a new entry starts with it.
        if self.overlay == Overlay::None && self.contexts().contains(&Ctx::Capture) {
            self.update(Action::Add);
        }
        if let Some(ed) = self.focused_editor() {
            ed.insert_str(&text);
        }
    }

    fn undo_typing(&mut self) {
        let Some(ws) = self.workshop_mut() else {
            return;
        };
        let step = ws.step;
        let state = ws.split(step).0;
        if let Some(ed) = state.editor()
            && form::undo_edit(ed)
        {
            state.typed();
        }
    }

    fn type_key(&mut self, ev: KeyEvent) {
        if self.overlay != Overlay::None {
            return;
        }
        let Some(ws) = self.workshop_mut() else {
            return;
        };
        let step = ws.step;
        let state = ws.split(step).0;
        if let Some(ed) = state.editor() {
            ed.input(ev);
            state.typed();
        } else if let Some(c) = keys::printable(&ev) {
            // A choice of a form takes the letters its options start with.
            state.type_char(c);
        }
    }

    /// Whether a key of the table means something right now, so the hint bar and the
    /// help do not offer what would do nothing.
    pub fn binding_applies(&self, b: &keys::Binding) -> bool {
        self.holds(b.when)
    }

    /// Whether the hint bar offers a key now.
    pub fn hinted(&self, b: &keys::Binding) -> bool {
        let shown = match b.hint {
            keys::Hint::No => false,
            keys::Hint::While(w) => self.holds(w),
            keys::Hint::Yes | keys::Hint::Vital => true,
        };
        shown && self.binding_applies(b)
    }

    pub fn holds(&self, when: When) -> bool {
        let ws = self.workshop();
        let edge = |last: bool| {
            ws.is_none_or(|w| {
                let all = Step::all(&self.framework);
                let edge = if last { all.last() } else { all.first() };
                edge != Some(&w.step)
            })
        };
        match when {
            When::Always => true,
            When::ChoiceField => self.focused_form().is_some_and(|f| !f.focused_is_text()),
            When::Sessions => !self.sessions.is_empty(),
            When::Roster => !self.series_people().is_empty(),
            When::InSeries => self
                .sessions
                .get(self.home_selected)
                .is_some_and(|l| !l.digest.series.trim().is_empty()),
            When::LoadErrors => !self.load_errors.is_empty(),
            When::NotLastStep => edge(true),
            When::NotFirstStep => edge(false),
            When::TrendView => matches!(self.view(), Some(views::View::Trend(_))),
            When::SeriesView => matches!(self.view(), Some(views::View::Series(_))),
            When::TrendByGroup => {
                matches!(self.view(), Some(views::View::Trend(t)) if t.by_group.is_some())
            }
            When::ReviewView => matches!(self.view(), Some(views::View::Review { .. })),
            When::NotFinished => ws.is_some_and(|w| w.session.status != Status::Finished),
            When::ReviewItems => ws.is_some_and(|w| !w.session.action_review.is_empty()),
            When::NamePending => self.named.is_some(),
            When::RoomBlank => ws.is_some_and(|w| w.room_blank),
            When::Undo => ws.is_some_and(|w| w.state(w.step).can_undo()),
            When::VoicePicker => matches!(self.overlay, Overlay::Picker(Picker::Voice(_))),
            When::ListItems => {
                ws.is_some_and(|w| w.state(w.step).has_items(&w.session, &self.framework))
            }
        }
    }

    /// What key labels depend on, for the help, the hints and messages that name keys.
    pub fn labels(&self) -> keys::Labels<'_> {
        keys::Labels {
            i18n: &self.i18n,
            max_level: self.framework.max_level(),
        }
    }

    /// The label of the key for `action` in `ctx`, to put in a message.
    pub fn key(&self, ctx: Ctx, action: Action) -> String {
        keys::key_for(ctx, action, &self.labels())
    }

    pub fn focused_form(&self) -> Option<&form::Form> {
        let ws = self.workshop()?;
        ws.state(ws.step).form()
    }

    /// The text editor keys go to, if any.
    pub fn focused_editor(&mut self) -> Option<&mut ratatui_textarea::TextArea<'static>> {
        if self.overlay != Overlay::None {
            return None;
        }
        let ws = self.workshop_mut()?;
        let step = ws.step;
        ws.split(step).0.editor()
    }

    pub fn update(&mut self, action: Action) -> Effects {
        self.message = None;
        match action {
            Action::Quit => {
                // A question left open (finish the session?) is not an answer.
                if matches!(self.overlay, Overlay::Confirm(_)) {
                    self.overlay = Overlay::None;
                }
                return self.request_quit();
            }
            Action::Help => {
                self.overlay = Overlay::Help(0);
                return Vec::new();
            }
            Action::SwitchLanguage => {
                self.switch_language();
                return Vec::new();
            }
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
                return Vec::new();
            }
            Overlay::Confirm(what) => {
                self.overlay = Overlay::None;
                return if action == Action::Yes {
                    self.confirmed(what)
                } else {
                    Vec::new()
                };
            }
            Overlay::Picker(p) => return self.picker(&p, action),
            Overlay::None => {}
        }
        match &self.screen {
            Screen::View(_) => self.view_action(action),
            Screen::Home => self.home(action),
            Screen::Workshop(_) => self.workshop_action(action),
        }
    }

    fn workshop_action(&mut self, action: Action) -> Effects {
        let Some(ws) = self.workshop() else {
            return Vec::new();
        };
        match action {
            Action::Pseudonymise => self.put_pseudonym(),
            Action::BlankRoom => self.blank_room(),
            Action::NextStep => self.move_step(1),
            Action::PrevStep => self.move_step(-1),
            Action::GoToStep => {
                let all = Step::all(&self.framework);
                let at = all.iter().position(|s| *s == ws.step).unwrap_or(0);
                self.filter.clear();
                self.overlay = Overlay::Picker(Picker::Step(at));
                Vec::new()
            }
            Action::Back if !ws.state(ws.step).is_open() => self.leave(After::Leave),
            _ => self.with_step(|state, cx| state.act(cx, action)),
        }
    }

    /// Runs `f` on the current step's state with what it acts on, then turns what it
    /// reported into state and effects.
    fn with_step(&mut self, f: impl FnOnce(&mut dyn steps::StepState, &mut Cx)) -> Effects {
        let step = match &self.screen {
            Screen::Workshop(ws) => ws.step,
            _ => return Vec::new(),
        };
        let out = self.act_on(step, f);
        self.outcome(out)
    }

    /// Runs `f` on the state of `step` with what it acts on; what it reported.
    fn act_on(
        &mut self,
        step: Step,
        f: impl FnOnce(&mut dyn steps::StepState, &mut Cx),
    ) -> Outcome {
        // Only the set-up offers the folder's series: no other keystroke lists them.
        let series = if step == Step::Setup {
            series_names(&self.sessions)
        } else {
            Vec::new()
        };
        let people = self.people_of_series();
        let roster = if step == Step::Room {
            self.series_people().to_vec()
        } else {
            Vec::new()
        };
        let Screen::Workshop(ws) = &mut self.screen else {
            return Outcome::default();
        };
        let (state, session, previous) = ws.split(step);
        let mut cx = Cx {
            session,
            previous,
            fw: &self.framework,
            i18n: &self.i18n,
            now: self.now,
            series: &series,
            people,
            roster: &roster,
            out: Outcome::default(),
        };
        f(state, &mut cx);
        cx.out
    }

    /// Everyone of the other meetings of the open session's series, as last seen.
    pub fn series_people(&self) -> &[crate::domain::digest::Seen] {
        self.workshop()
            .map_or(&[], |ws| ws.series.everyone.as_slice())
    }

    /// Those of the series not in the open session's room.
    pub fn absent(&self) -> Vec<crate::domain::digest::Seen> {
        match self.workshop() {
            Some(ws) => crate::domain::series::absent(self.series_people(), &ws.session),
            None => Vec::new(),
        }
    }

    /// The highest person number the other meetings of the open session's series give:
    /// a new voice takes the next, so that a pseudonym never means two people.
    fn people_of_series(&self) -> u32 {
        self.workshop().map_or(0, |ws| ws.series.last_person)
    }

    /// Works out again what the other meetings of the open session's series say (linking
    /// them is too slow to do at each frame of a long series).
    fn refresh_series(&mut self) {
        let Screen::Workshop(ws) = &mut self.screen else {
            return;
        };
        let s = &ws.session;
        ws.series = if s.series.trim().is_empty() {
            workshop::SeriesPeople::default()
        } else {
            let meetings: Vec<&Digest> = self
                .sessions
                .iter()
                .map(|l| &l.digest)
                .filter(|d| d.series == s.series && d.id != s.id)
                .collect();
            workshop::SeriesPeople {
                everyone: crate::domain::series::everyone(&meetings, &s.id),
                last_person: crate::domain::series::link(&meetings)
                    .iter()
                    .map(|l| l.person)
                    .max()
                    .unwrap_or(0),
            }
        };
    }

    /// What a step reported: a pop-up, a message, a change to save, a step to go to.
    fn outcome(&mut self, out: Outcome) -> Effects {
        if let Some(o) = out.overlay {
            self.filter.clear();
            self.overlay = o;
        }
        if out.message.is_some() {
            self.message = out.message;
        }
        if let Some(at) = out.named {
            self.flag_names(at);
        }
        let mut fx = Vec::new();
        if out.changed {
            fx.extend(self.changed());
        }
        if out.next_step {
            fx.extend(self.move_step(1));
        }
        fx
    }

    /// Says that a text just saved names someone who did not consent, and which key
    /// puts their pseudonym in its place.
    fn flag_names(&mut self, at: steps::TextRef) {
        let Some(ws) = self.workshop() else { return };
        let found = at.names(&ws.session, &self.framework);
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        let mut pseudonyms: Vec<&str> = found.iter().map(|(_, p)| p.as_str()).collect();
        pseudonyms.dedup();
        let text = crate::t!(
            self.i18n,
            "named-warning",
            names = names.join(", "),
            count = names.len(),
            pseudonym = pseudonyms.join(", "),
            key = self.key(Ctx::Workshop, Action::Pseudonymise)
        );
        self.warn(text);
        self.named = Some(at);
    }

    /// The pseudonym in place of the name flagged in the text just saved.
    fn put_pseudonym(&mut self) -> Effects {
        let Some(at) = self.named.take() else {
            return Vec::new();
        };
        let fw = &self.framework;
        let changed = match &mut self.screen {
            Screen::Workshop(ws) => at.pseudonymise(&mut ws.session, fw),
            _ => false,
        };
        if !changed {
            return Vec::new();
        }
        self.say("pseudonym-put");
        self.changed()
    }

    /// The room screen shows only the title, or everything again; the executor tells
    /// it through the session's control file.
    fn blank_room(&mut self) -> Effects {
        let Some(ws) = self.workshop_mut() else {
            return Vec::new();
        };
        ws.room_blank = !ws.room_blank;
        let text = if ws.room_blank {
            let key = self.key(Ctx::Workshop, Action::BlankRoom);
            crate::t!(self.i18n, "room-blanked", key = key)
        } else {
            self.i18n.t("room-shown")
        };
        self.message = Some(Message { text, error: false });
        vec![Effect::RoomControl]
    }

    /// The one place that decides a change is saved.
    fn changed(&mut self) -> Effects {
        self.refresh_series();
        match self.workshop_mut() {
            Some(ws) => {
                ws.unsaved = true;
                vec![Effect::Save { then: After::Stay }]
            }
            None => Vec::new(),
        }
    }

    fn request_quit(&mut self) -> Effects {
        if self.workshop().is_some() {
            self.leave(After::Quit)
        } else {
            vec![Effect::Quit]
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
        let s = Session::new(
            new_session_id(),
            String::new(),
            self.now,
            &lang,
            &self.framework,
        );
        self.open(s, None, None);
    }

    pub fn open(&mut self, session: Session, path: Option<PathBuf>, previous: Option<Session>) {
        let mut ws = Workshop::new(session, path, previous, &self.framework, self.now);
        if ws.session.status == Status::Finished {
            ws.step = Step::Summary;
        }
        self.screen = Screen::Workshop(Box::new(ws));
        self.refresh_series();
    }

    fn opened(
        &mut self,
        mut session: Session,
        path: PathBuf,
        previous: Option<Session>,
        draft: Result<Option<Draft>, DraftProblem>,
        unknown: &[String],
    ) -> Effects {
        // Voices of a file of format 1 take the person numbers their series links them
        // to; in memory only, until something is changed (looking never writes).
        let meetings: Vec<&Digest> = self
            .sessions
            .iter()
            .map(|l| &l.digest)
            .filter(|d| !session.series.trim().is_empty() && d.series == session.series)
            .collect();
        crate::domain::series::apply(&mut session, &crate::domain::series::link(&meetings));
        self.open(session, Some(path.clone()), previous);
        let mut fx = vec![Effect::RoomControl];
        fx.extend(self.take_draft(path, draft));
        // Said after the draft is back (the text shows it is), before a draft set aside
        // is (which says more).
        if !unknown.is_empty() {
            let text = crate::t!(
                self.i18n,
                "unknown-fields-opened",
                fields = unknown.join(", "),
                count = unknown.len()
            );
            self.warn(text);
        }
        fx
    }

    /// The draft of a new session left unsaved: back in the set-up of the one just
    /// started (if it is still new), or set aside when it does not fit.
    fn new_draft(&mut self, path: PathBuf, draft: Result<Option<Draft>, DraftProblem>) -> Effects {
        if self.workshop().is_none_or(|ws| ws.path.is_some()) {
            return Vec::new();
        }
        self.take_draft(path, draft)
    }

    /// Puts the draft of the open session back. A draft is checked as a session is:
    /// one that does not fit is set aside and said so, never put back nor removed.
    fn take_draft(&mut self, path: PathBuf, draft: Result<Option<Draft>, DraftProblem>) -> Effects {
        let fits = draft.and_then(|d| match d {
            Some(d) => self.draft_problem(&d).map_or(Ok(Some(d)), Err),
            None => Ok(None),
        });
        match fits {
            Ok(None) => Vec::new(),
            Ok(Some(d)) => self.restore_draft(&d).unwrap_or_else(|| {
                vec![Effect::SetDraftAside {
                    path,
                    problem: DraftProblem::UnknownField {
                        step: d.step.clone(),
                        field: d.field.clone(),
                    },
                }]
            }),
            Err(problem) => vec![Effect::SetDraftAside { path, problem }],
        }
    }

    /// What makes a draft unfit for the open session: a step, a phase or a voice that
    /// the framework or the session does not have.
    fn draft_problem(&self, d: &Draft) -> Option<DraftProblem> {
        let fw = &self.framework;
        if Step::parse(&d.step, fw).is_none() {
            return Some(DraftProblem::UnknownStep(d.step.clone()));
        }
        if let Some(p) = d
            .phase
            .as_ref()
            .filter(|p| !fw.phases.iter().any(|c| &c.id == *p))
        {
            return Some(DraftProblem::UnknownPhase(p.clone()));
        }
        let ws = self.workshop()?;
        d.voice
            .filter(|v| ws.session.voice(*v).is_none())
            .map(DraftProblem::UnknownVoice)
    }

    /// Says that the text typed before the interruption was not put back, why, and
    /// where it is.
    fn draft_set_aside(&mut self, to: Option<&std::path::Path>, problem: &DraftProblem) {
        let why = problem.localise(&self.i18n);
        let text = if let Some(to) = to {
            crate::t!(
                self.i18n,
                "draft-set-aside",
                why = why,
                file = file_name(to, self.workshop().and_then(|w| w.path.as_deref()))
            )
        } else {
            crate::t!(self.i18n, "draft-left", why = why)
        };
        self.warn(text);
    }

    /// The session is open in another instance: show it read-only, and say who has it.
    fn held(&mut self, session: &Session, holder: &crate::store::lock::Holder) {
        self.screen = Screen::View(views::View::Review {
            session: views::shown(session, &self.sessions),
            previous: None,
            tab: 0,
            grouping: views::Grouping::None,
            scroll: views::Scroll::default(),
        });
        // "27 Nov 2026 22:41" rather than the lock file's RFC 3339 stamp.
        let since = DateTime::parse_from_rfc3339(&holder.since).map_or_else(
            |_| holder.since.clone(),
            |t| self.i18n.date_time_short(t.naive_local()),
        );
        let text = crate::t!(
            self.i18n,
            "locked-by",
            pid = holder.pid,
            host = holder.host.as_str(),
            since = since.as_str()
        );
        self.warn(text);
    }

    /// Back to the home screen (or out): what is typed in each step goes into the
    /// session, which is saved first.
    fn leave(&mut self, after: After) -> Effects {
        let Screen::Workshop(ws) = &mut self.screen else {
            return vec![Effect::Quit];
        };
        let mut changed = false;
        let steps = if ws.step == Step::Setup {
            Step::all(&self.framework)
        } else {
            Step::all(&self.framework)
                .into_iter()
                .filter(|s| *s != Step::Setup)
                .collect()
        };
        for step in steps {
            changed |= self.act_on(step, |state, cx| state.close(cx)).changed;
        }
        let draft = self.current_draft();
        let Screen::Workshop(ws) = &mut self.screen else {
            return vec![Effect::Quit];
        };
        if ws.path.is_none() && ws.session.title.trim().is_empty() {
            // A new session left before it had a title: no file, but what its set-up
            // holds is offered back when the next one starts.
            self.screen = Screen::Home;
            let mut fx = vec![Effect::KeepNewDraft(draft)];
            if after == After::Quit {
                fx.push(Effect::Quit);
            }
            return fx;
        }
        if ws.session.status != Status::Finished {
            changed |= ws.bank_time(&self.framework, self.now);
        }
        ws.unsaved |= changed;
        vec![Effect::Save { then: after }]
    }

    fn saved(&mut self, path: PathBuf, notice: Option<SaveNotice>, then: After) -> Effects {
        self.save_error = None;
        let told = match &notice {
            Some(SaveNotice::Forked(_)) => Some(self.i18n.t("conflict-forked")),
            Some(SaveNotice::Recreated) => Some(crate::t!(
                self.i18n,
                "conflict-deleted",
                file = file_name(&path, None)
            )),
            Some(SaveNotice::OriginalKept(orig)) => Some(crate::t!(
                self.i18n,
                "original-kept",
                file = file_name(orig, Some(&path))
            )),
            None => None,
        };
        if let Some(ws) = self.workshop_mut() {
            if let Some(SaveNotice::Forked(id)) = notice {
                ws.session.id = id;
            }
            ws.path = Some(path);
            ws.unsaved = false;
        }
        if let Some(text) = told {
            self.warn(text);
        }
        match then {
            After::Stay => Vec::new(),
            After::Leave => self.close_workshop(),
            After::Quit => {
                let mut fx = self.close_workshop();
                fx.push(Effect::Quit);
                fx
            }
        }
    }

    fn save_failed(&mut self, error: std::io::ErrorKind, then: After) -> Effects {
        self.save_error = Some(error);
        if then == After::Quit {
            // Asked to end by a signal, nobody may be there to answer: the rescue copy
            // is written at once.
            if self.signal.is_some() {
                return vec![Effect::Rescue];
            }
            self.overlay = Overlay::Confirm(Confirm::QuitUnsaved);
        }
        Vec::new()
    }

    /// The workshop is saved and left: back home, its listing up to date.
    fn close_workshop(&mut self) -> Effects {
        let Screen::Workshop(ws) = std::mem::replace(&mut self.screen, Screen::Home) else {
            return Vec::new();
        };
        let mut fx = Vec::new();
        if let Some(path) = ws.path {
            let id = ws.session.id.clone();
            self.sessions.retain(|l| l.digest.id != id);
            self.sessions.push(Listed {
                path: path.clone(),
                digest: Digest::of(&ws.session),
            });
            crate::store::index::sort_listed(&mut self.sessions);
            self.gate_listing();
            fx.push(Effect::Close(path));
        }
        self.home_selected = self
            .home_selected
            .min(self.sessions.len().saturating_sub(1));
        fx
    }

    fn move_step(&mut self, by: isize) -> Effects {
        let all = Step::all(&self.framework);
        let Some(ws) = self.workshop() else {
            return Vec::new();
        };
        let at = all.iter().position(|s| *s == ws.step).unwrap_or(0);
        let to = at.saturating_add_signed(by).min(all.len() - 1);
        self.go_to(all[to])
    }

    pub fn go_to(&mut self, step: Step) -> Effects {
        self.named = None;
        let Some(ws) = self.workshop() else {
            return Vec::new();
        };
        if ws.step == step {
            return Vec::new();
        }
        let mut left = true;
        let mut fx = self.with_step(|state, cx| left = state.leave(cx));
        if !left {
            return fx;
        }
        let (fw, now) = (&self.framework, self.now);
        let Screen::Workshop(ws) = &mut self.screen else {
            return fx;
        };
        let mut changed = false;
        // A finished session is only looked at: moving around it changes nothing.
        if ws.session.status != Status::Finished {
            changed |= ws.bank_time(fw, now);
            let id = step.id(fw);
            changed |= ws.session.current_step != id;
            ws.session.current_step = id;
        }
        ws.step_since = now;
        let from = std::mem::replace(&mut ws.step, step);
        let saving = fx.iter().any(|e| matches!(e, Effect::Save { .. }));
        if changed && !saving {
            fx.extend(self.changed());
        }
        if from == Step::Setup {
            fx.extend(self.previous_needed());
        }
        // The room screen follows, its timer from now.
        fx.push(Effect::RoomControl);
        fx
    }

    /// The series may have changed: the previous meeting to compare with and review the
    /// actions of is looked for again.
    fn previous_needed(&mut self) -> Effects {
        let Some(ws) = self.workshop() else {
            return Vec::new();
        };
        let s = &ws.session;
        if ws.previous.as_ref().is_some_and(|p| p.series == s.series) {
            return Vec::new();
        }
        match previous_meeting(&self.sessions, &s.series, &s.id, s.started) {
            Some(p) => vec![Effect::ReadPrevious(p.path.clone())],
            None => self.previous_arrived(None),
        }
    }

    /// The previous meeting, read: its open actions are reviewed, unless the review has
    /// begun.
    fn previous_arrived(&mut self, previous: Option<Session>) -> Effects {
        let Some(ws) = self.workshop_mut() else {
            return Vec::new();
        };
        ws.previous = previous;
        let s = &mut ws.session;
        // A finished session is only looked at: its review stays as it was.
        if s.status == Status::Finished {
            return Vec::new();
        }
        let untouched = s
            .action_review
            .iter()
            .all(|r| r.status == crate::domain::session::ActionStatus::Open && r.note.is_empty());
        if !untouched {
            return Vec::new();
        }
        let review = ws
            .previous
            .as_ref()
            .map(actions_to_review)
            .unwrap_or_default();
        if s.action_review == review {
            return Vec::new();
        }
        s.action_review = review;
        self.changed()
    }

    fn confirmed(&mut self, what: Confirm) -> Effects {
        match what {
            Confirm::QuitUnsaved => vec![Effect::Rescue],
            other => self.with_step(|state, cx| state.confirmed(cx, other)),
        }
    }

    /// The text being typed in the open step, to keep as a draft.
    pub fn current_draft(&self) -> Option<Draft> {
        let ws = self.workshop()?;
        ws.state(ws.step).draft(&ws.session, &self.framework)
    }

    /// Puts back text typed before an interruption, where it was typed; `None` if its
    /// step takes no such draft.
    fn restore_draft(&mut self, d: &Draft) -> Option<Effects> {
        let step = Step::parse(&d.step, &self.framework)?;
        let fw = &self.framework;
        let Screen::Workshop(ws) = &mut self.screen else {
            return Some(Vec::new());
        };
        let (state, session, _) = ws.split(step);
        if !state.restore(session, fw, d) {
            return None;
        }
        let fx = self.go_to(step);
        self.say("draft-restored");
        Some(fx)
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

/// How a file is named in a message: by its name alone (a whole path would not fit the
/// message line), and a file beside the open session by what it adds to the session's
/// name (`….ron.draft.bad`), which is what tells it from the session.
fn file_name(p: &std::path::Path, session: Option<&std::path::Path>) -> String {
    let name = |p: &std::path::Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
    let Some(own) = name(p) else {
        return p.display().to_string();
    };
    let beside = session.filter(|s| s.parent() == p.parent()).and_then(name);
    match beside {
        Some(s) if s != own && own.starts_with(&s) => {
            let ext = s.find('.').map_or("", |at| &s[at..]);
            format!("…{ext}{}", &own[s.len()..])
        }
        _ => own,
    }
}
