//! What is said about a dimension: typed as it is said, attributed to a voice or to the
//! room, tagged with the phase it concerns and its kind.

use ratatui_textarea::TextArea;

use super::{Cx, StepState};
use crate::app::form::{editor, text_of};
use crate::app::keys::Ctx;
use crate::app::{Action, Confirm, Overlay, Picker};
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
}

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
        }
        self.editor = editor("");
        cx.check_names(super::TextRef::Contribution {
            dim: self.dim,
            index: saved,
        });
    }

    fn next_phase(&mut self, fw: &Framework) {
        let phases: Vec<&str> = fw.phases.iter().map(|p| p.id.as_str()).collect();
        self.phase = match &self.phase {
            None => phases.first().map(|p| (*p).to_string()),
            Some(p) => phases
                .iter()
                .position(|x| x == p)
                .and_then(|i| phases.get(i + 1))
                .map(|p| (*p).to_string()),
        };
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
            vec![Ctx::List, Ctx::Contributions, Ctx::Browse]
        }
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        let count = self.stored(cx.session, cx.fw).len();
        match action {
            Action::PickVoice => {
                let voices = &cx.session.voices;
                let at = self
                    .voice
                    .and_then(|id| voices.iter().position(|v| v.id == id))
                    .map_or(0, |i| i + 1);
                cx.ask(Overlay::Picker(Picker::Voice(at.min(voices.len()))));
            }
            Action::CyclePhase => self.next_phase(cx.fw),
            Action::CycleKind => {
                let all = ContributionKind::ALL;
                let i = all.iter().position(|k| *k == self.kind).unwrap_or(0);
                self.kind = all[(i + 1) % all.len()];
            }
            Action::Newline if self.typing => self.editor.insert_newline(),
            Action::Submit if self.typing => self.submit(cx),
            Action::Back if self.typing => self.typing = false,
            Action::Focus | Action::Add => self.typing = true,
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
            cx.out.changed |= cx.session.remove_contribution(&dim, i).is_some();
            let n = self.stored(cx.session, cx.fw).len();
            self.selected = self.selected.min(n.saturating_sub(1));
            self.editing = None;
        }
    }

    fn picked(&mut self, cx: &mut Cx, picker: &Picker, index: usize) {
        if let Picker::Voice(_) = picker {
            self.voice = index
                .checked_sub(1)
                .and_then(|i| cx.session.voices.get(i))
                .map(|v| v.id);
        }
    }
}
