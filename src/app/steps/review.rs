//! Review of the previous meeting's actions: done, in progress or dropped, with a note.

use ratatui_textarea::TextArea;

use super::{Cx, StepState};
use crate::app::Action;
use crate::app::form::{editor, text_of};
use crate::app::keys::Ctx;
use crate::domain::framework::Framework;
use crate::domain::session::{ActionStatus, Session};
use crate::store::draft::Draft;

#[derive(Debug, Default)]
pub struct ReviewState {
    pub selected: usize,
    pub note: Option<TextArea<'static>>,
}

impl ReviewState {
    fn save_note(&mut self, cx: &mut Cx) {
        if let Some(note) = self.note.take() {
            let text = text_of(&note).trim().to_string();
            cx.out.changed |= cx.session.set_review_note(self.selected, &text);
            cx.check_names(super::TextRef::ReviewNote {
                index: self.selected,
            });
        }
    }

    fn mark(&mut self, cx: &mut Cx, status: ActionStatus) {
        let n = cx.session.action_review.len();
        if self.selected < n {
            cx.out.changed |= cx.session.review_action(self.selected, status);
            self.selected = (self.selected + 1).min(n - 1);
        }
    }
}

impl StepState for ReviewState {
    fn contexts(&self) -> Vec<Ctx> {
        if self.note.is_some() {
            vec![Ctx::Editor]
        } else {
            vec![Ctx::Review, Ctx::Capture]
        }
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        let n = cx.session.action_review.len();
        if let Some(note) = &mut self.note {
            match action {
                Action::Submit | Action::Back => self.save_note(cx),
                Action::Newline => note.insert_newline(),
                _ => {}
            }
            return;
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Action::MarkDone => self.mark(cx, ActionStatus::Done),
            Action::MarkInProgress => self.mark(cx, ActionStatus::InProgress),
            Action::MarkDropped => self.mark(cx, ActionStatus::Dropped),
            Action::Edit => {
                if let Some(r) = cx.session.action_review.get(self.selected) {
                    self.note = Some(editor(&r.note));
                }
            }
            // Typing goes into an empty note only; Enter opens one written.
            Action::Add => match cx.session.action_review.get(self.selected) {
                Some(r) if r.note.is_empty() => self.note = Some(editor("")),
                Some(_) => {
                    let text = crate::t!(
                        cx.i18n,
                        "note-open-with",
                        key = cx.key(Ctx::Review, Action::Edit)
                    );
                    cx.out.message = Some(crate::app::Message { text, error: false });
                }
                None => {}
            },
            _ => {}
        }
    }

    fn editor(&mut self) -> Option<&mut TextArea<'static>> {
        self.note.as_mut()
    }

    fn is_open(&self) -> bool {
        self.note.is_some()
    }

    fn has_items(&self, session: &Session, _fw: &Framework) -> bool {
        !session.action_review.is_empty()
    }

    fn draft(&self, _session: &Session, _fw: &Framework) -> Option<Draft> {
        let text = text_of(self.note.as_ref()?);
        (!text.trim().is_empty()).then(|| Draft {
            step: "review".into(),
            field: "note".into(),
            text,
            ..Draft::default()
        })
    }

    fn restore(&mut self, _session: &Session, _fw: &Framework, d: &Draft) -> bool {
        if d.field != "note" {
            return false;
        }
        self.note = Some(editor(&d.text));
        true
    }

    fn leave(&mut self, cx: &mut Cx) -> bool {
        self.save_note(cx);
        true
    }
}
