//! The level the room agrees on for a dimension, and why.

use ratatui_textarea::TextArea;

use super::{Cx, StepState};
use crate::app::Action;
use crate::app::form::{editor, text_of};
use crate::app::keys::Ctx;
use crate::domain::framework::Framework;
use crate::domain::session::Session;
use crate::store::draft::Draft;

#[derive(Debug)]
pub struct AgreementState {
    pub dim: usize,
    pub rationale: Option<TextArea<'static>>,
}

impl AgreementState {
    pub fn new(dim: usize) -> AgreementState {
        AgreementState {
            dim,
            rationale: None,
        }
    }

    fn save_rationale(&mut self, cx: &mut Cx) {
        if let Some(ed) = self.rationale.take() {
            let dim = cx.dim_id(self.dim);
            let text = text_of(&ed).trim().to_string();
            cx.out.changed |= cx.session.set_rationale(&dim, &text);
            cx.check_names(super::TextRef::Rationale { dim: self.dim });
        }
    }

    /// Typing goes into the rationale only when it is empty; Enter opens one written.
    fn open_if_empty(&mut self, cx: &mut Cx) {
        if self.stored(cx).is_empty() {
            self.rationale = Some(editor(""));
        } else {
            let text = crate::t!(
                cx.i18n,
                "rationale-open-with",
                key = cx.key(Ctx::Agreement, Action::Focus)
            );
            cx.out.message = Some(crate::app::Message { text, error: false });
        }
    }

    fn stored(&self, cx: &Cx) -> String {
        cx.session
            .dimension(&cx.fw.dimensions[self.dim].id)
            .map(|r| r.rationale.clone())
            .unwrap_or_default()
    }
}

impl StepState for AgreementState {
    fn contexts(&self) -> Vec<Ctx> {
        if self.rationale.is_some() {
            vec![Ctx::Editor]
        } else {
            vec![Ctx::Agreement, Ctx::Capture]
        }
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        let max = cx.fw.max_level();
        let dim = cx.dim_id(self.dim);
        if let Some(ed) = &mut self.rationale {
            match action {
                Action::Newline => ed.insert_newline(),
                Action::Submit | Action::Back => self.save_rationale(cx),
                _ => {}
            }
            return;
        }
        match action {
            Action::Digit(l) if l <= max => {
                cx.out.changed |= cx.session.agree(&dim, l);
                self.open_if_empty(cx);
            }
            Action::Add => self.open_if_empty(cx),
            Action::Digit(_) => {
                let text = crate::t!(cx.i18n, "problem-level-range", max = max);
                cx.warn(text);
            }
            Action::Focus => self.rationale = Some(editor(&self.stored(cx))),
            Action::Reveal => cx.out.changed |= cx.session.toggle_reveal(&dim),
            _ => {}
        }
    }

    fn editor(&mut self) -> Option<&mut TextArea<'static>> {
        self.rationale.as_mut()
    }

    fn is_open(&self) -> bool {
        self.rationale.is_some()
    }

    fn draft(&self, _session: &Session, fw: &Framework) -> Option<Draft> {
        let text = text_of(self.rationale.as_ref()?);
        (!text.trim().is_empty()).then(|| Draft {
            step: format!("{}/agreement", fw.dimensions[self.dim].id),
            field: "rationale".into(),
            text,
            ..Draft::default()
        })
    }

    fn restore(&mut self, _session: &Session, _fw: &Framework, d: &Draft) -> bool {
        if d.field != "rationale" {
            return false;
        }
        self.rationale = Some(editor(&d.text));
        true
    }

    fn leave(&mut self, cx: &mut Cx) -> bool {
        self.save_rationale(cx);
        true
    }
}
