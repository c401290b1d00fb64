//! What is said about a dimension: typed as it is said, attributed to a voice or to the
//! room, tagged with the phase it concerns and its kind.

use ratatui_textarea::TextArea;

use super::{Cx, StepState};
use crate::app::form::{editor, text_of};
use crate::app::keys::Ctx;
use crate::app::{Action, Confirm, Overlay, Picker};
use crate::domain::edit::Removed;
use crate::domain::framework::Framework;
use crate::domain::session::{Contribution, ContributionKind, Session};
use crate::store::draft::Draft;

#[derive(Debug)]
pub struct ContribState {
    /// The framework's dimension this is the step of.
    pub dim: usize,
    pub editor: TextArea<'static>,
    pub typing: bool,
    pub voice: Option<u32>,
    pub phase: Option<String>,
    pub kind: ContributionKind,
    pub selected: usize,
    /// Index of the contribution being edited, if the editor holds an existing one.
    pub editing: Option<usize>,
    /// Who, phase and kind before an existing contribution was opened: Esc or saving
    /// it goes back to them.
    before: Option<Tags>,
    /// Who, phase and kind are those of the contribution saved last, not chosen since.
    pub kept: bool,
    /// The contribution just deleted, to bring back.
    removed: Option<Removed>,
    /// The digits of a voice's number typed with Alt so far (`2` of `27`).
    number: String,
}

type Tags = (Option<u32>, Option<String>, ContributionKind, bool);

impl ContribState {
    pub fn new(dim: usize) -> ContribState {
        ContribState {
            dim,
            editor: editor(""),
            typing: true,
            voice: None,
            phase: None,
            kind: ContributionKind::Observation,
            selected: 0,
            editing: None,
            before: None,
            kept: false,
            removed: None,
            number: String::new(),
        }
    }

    fn tags(&self) -> Tags {
        (self.voice, self.phase.clone(), self.kind, self.kept)
    }

    fn set_tags(&mut self, (voice, phase, kind, kept): Tags) {
        self.voice = voice;
        self.phase = phase;
        self.kind = kind;
        self.kept = kept;
    }

    /// Alt and a digit: the voice of that number speaks, 0 the room. A second digit
    /// makes a two-digit number when there is such a voice (Alt+2 Alt+7: the 27th).
    fn voice_digit(&mut self, cx: &mut Cx, d: u8) {
        let count = cx.session.voices.len();
        let longer = format!("{}{d}", self.number);
        let fits = |s: &str| s.parse::<usize>().ok().filter(|n| *n <= count);
        let n = match fits(&longer) {
            Some(n) if !self.number.is_empty() && self.number != "0" => n,
            _ => {
                self.number.clear();
                let Some(n) = fits(&d.to_string()) else {
                    let text = crate::t!(cx.i18n, "no-voice-number", number = d);
                    cx.warn(text);
                    return;
                };
                n
            }
        };
        self.number.push_str(&(d.to_string()));
        // No voice has a longer number: the next digit starts another.
        if n == 0 || n * 10 > count {
            self.number.clear();
        }
        self.voice = n.checked_sub(1).map(|i| cx.session.voices[i].id);
        self.chosen();
    }

    /// Something was chosen for the contribution being typed: it is no longer what the
    /// last one had, and typing goes to the editor.
    fn chosen(&mut self) {
        self.kept = false;
        self.typing = true;
    }

    fn set_phase(&mut self, fw: &Framework, n: u8) {
        let Some(p) = fw.phases.get(usize::from(n)) else {
            return;
        };
        // The key of the phase set takes it off again.
        self.phase = if self.phase.as_deref() == Some(p.id.as_str()) {
            None
        } else {
            Some(p.id.clone())
        };
        self.number.clear();
        self.chosen();
    }

    fn set_kind(&mut self, n: u8) {
        if let Some(k) = ContributionKind::ALL.get(usize::from(n)) {
            self.kind = *k;
            self.number.clear();
            self.chosen();
        }
    }

    /// Esc: an existing contribution opened is closed as it is stored; text of a new
    /// one stays in the box, and the list takes the keys.
    fn stop_typing(&mut self, cx: &mut Cx) {
        if self.editing.take().is_some() {
            self.editor = editor("");
            if let Some(tags) = self.before.take() {
                self.set_tags(tags);
            }
            cx.say("edit-cancelled");
        }
        self.typing = false;
    }

    fn undo(&mut self, cx: &mut Cx) {
        if let Some(at) = cx.put_back(self.removed.take(), "contribution-back") {
            let n = self.stored(cx.session, cx.fw).len();
            self.selected = at.min(n.saturating_sub(1));
        }
    }

    fn stored<'a>(&self, session: &'a Session, fw: &Framework) -> &'a [Contribution] {
        session
            .dimension(&fw.dimensions[self.dim].id)
            .map_or(&[], |r| r.contributions.as_slice())
    }

    fn submit(&mut self, cx: &mut Cx) {
        let text = text_of(&self.editor).trim().to_string();
        if text.is_empty() {
            return;
        }
        let dim = cx.dim_id(self.dim);
        let c = Contribution {
            voice: self.voice,
            text,
            phase: self.phase.clone(),
            kind: self.kind,
            at: cx.now,
        };
        let index = self.editing.take();
        cx.out.changed |= cx.session.put_contribution(&dim, index, c);
        let saved = index.unwrap_or_else(|| self.stored(cx.session, cx.fw).len() - 1);
        if index.is_none() {
            self.selected = saved;
            // The next one is said by the same voice, in the same phase and kind,
            // until something else is chosen: the editor's title says so.
            self.kept = true;
        } else if let Some(tags) = self.before.take() {
            self.set_tags(tags);
        }
        self.number.clear();
        self.editor = editor("");
        cx.check_names(super::TextRef::Contribution {
            dim: self.dim,
            index: saved,
        });
    }

    fn open_selected(&mut self, cx: &mut Cx) {
        if !text_of(&self.editor).trim().is_empty() {
            // Text not yet saved is never replaced: go back to it instead.
            self.typing = true;
            let key = cx.key(Ctx::Editor, Action::Submit);
            let text = crate::t!(cx.i18n, "finish-typing-first", key = key);
            cx.out.message = Some(crate::app::Message { text, error: false });
            return;
        }
        if let Some(c) = self.stored(cx.session, cx.fw).get(self.selected) {
            self.before = Some(self.tags());
            self.kept = false;
            self.editor = editor(&c.text);
            self.voice = c.voice;
            self.phase = c.phase.clone();
            self.kind = c.kind;
            self.editing = Some(self.selected);
            self.typing = true;
        }
    }
}

impl StepState for ContribState {
    fn contexts(&self) -> Vec<Ctx> {
        if self.typing {
            vec![Ctx::Editor, Ctx::Contributions]
        } else {
            vec![Ctx::List, Ctx::Contributions, Ctx::Capture]
        }
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        let count = self.stored(cx.session, cx.fw).len();
        if !matches!(action, Action::VoiceDigit(_)) {
            self.number.clear();
        }
        match action {
            // The picker opens on the room, at the top: the next to speak is seldom the
            // last one, and a number or a name finds anyone.
            Action::PickVoice => cx.ask(Overlay::Picker(Picker::Voice(0))),
            Action::VoiceDigit(d) => self.voice_digit(cx, d),
            Action::SetPhase(n) => self.set_phase(cx.fw, n),
            Action::SetKind(n) => self.set_kind(n),
            Action::Newline if self.typing => self.editor.insert_newline(),
            Action::Submit if self.typing => self.submit(cx),
            Action::Back if self.typing => self.stop_typing(cx),
            Action::Focus | Action::Add => self.typing = true,
            Action::Undo => self.undo(cx),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(count.saturating_sub(1)),
            Action::Edit => self.open_selected(cx),
            Action::Delete if count > 0 => {
                cx.ask(Overlay::Confirm(Confirm::DeleteContribution(self.selected)));
            }
            _ => {}
        }
    }

    fn editor(&mut self) -> Option<&mut TextArea<'static>> {
        self.typing.then_some(&mut self.editor)
    }

    fn is_open(&self) -> bool {
        self.typing
    }

    fn has_items(&self, session: &Session, fw: &Framework) -> bool {
        !self.stored(session, fw).is_empty()
    }

    fn draft(&self, session: &Session, fw: &Framework) -> Option<Draft> {
        let text = text_of(&self.editor);
        if text.trim().is_empty() {
            return None;
        }
        let stored = self.editing.and_then(|i| self.stored(session, fw).get(i));
        // An existing contribution opened and left as it was: nothing to keep.
        if stored.is_some_and(|c| {
            c.text == text && c.voice == self.voice && c.phase == self.phase && c.kind == self.kind
        }) {
            return None;
        }
        Some(Draft {
            step: format!("{}/contributions", fw.dimensions[self.dim].id),
            field: "contribution".into(),
            text,
            voice: self.voice,
            phase: self.phase.clone(),
            kind: Some(self.kind),
            editing: self.editing,
            fields: Vec::new(),
        })
    }

    fn restore(&mut self, session: &Session, fw: &Framework, d: &Draft) -> bool {
        if d.field != "contribution" {
            return false;
        }
        self.editor = editor(&d.text);
        self.typing = true;
        self.voice = d.voice.filter(|v| session.voice(*v).is_some());
        self.phase.clone_from(&d.phase);
        if let Some(kind) = d.kind {
            self.kind = kind;
        }
        // Back to the contribution it edits, if that one is still there.
        let count = self.stored(session, fw).len();
        self.editing = d.editing.filter(|i| *i < count);
        if let Some(i) = self.editing {
            self.selected = i;
        }
        true
    }

    fn confirmed(&mut self, cx: &mut Cx, what: Confirm) {
        if let Confirm::DeleteContribution(i) = what {
            let dim = cx.dim_id(self.dim);
            let taken = cx.session.take_contribution(&dim, i);
            self.removed = cx.deleted(taken, "contribution-deleted", Ctx::List);
            let n = self.stored(cx.session, cx.fw).len();
            self.selected = self.selected.min(n.saturating_sub(1));
            self.editing = None;
        }
    }

    fn typed(&mut self) {
        self.number.clear();
    }

    fn can_undo(&self) -> bool {
        self.removed.is_some()
    }

    fn picked(&mut self, cx: &mut Cx, picker: &Picker, index: usize) {
        if let Picker::Voice(_) = picker {
            self.voice = index
                .checked_sub(1)
                .and_then(|i| cx.session.voices.get(i))
                .map(|v| v.id);
            // Whoever was picked is about to be quoted: typing goes to the editor.
            self.chosen();
        }
    }
}
