//! What the room decides to do about a dimension: who, by when.

use chrono::NaiveDate;

use super::{Cx, StepState};
use crate::app::form::{Field, Form};
use crate::app::keys::Ctx;
use crate::app::{Action, Confirm, Overlay};
use crate::domain::edit::{ActionFields, Removed};
use crate::domain::framework::Framework;
use crate::domain::session::{Action as SessionAction, Session};
use crate::store::draft::Draft;

#[derive(Debug)]
pub struct ActionsState {
    pub dim: usize,
    pub selected: usize,
    /// The action being added (None) or edited (Some(id)), and its form.
    pub form: Option<(Option<u32>, Form)>,
    /// The action just deleted, to bring back.
    removed: Option<Removed>,
}

impl ActionsState {
    pub fn new(dim: usize) -> ActionsState {
        ActionsState {
            dim,
            selected: 0,
            form: None,
            removed: None,
        }
    }

    fn undo(&mut self, cx: &mut Cx) {
        if let Some(at) = cx.put_back(self.removed.take(), "action-back") {
            let n = self.stored(cx.session, cx.fw).len();
            self.selected = at.min(n.saturating_sub(1));
        }
    }

    fn stored<'a>(&self, s: &'a Session, fw: &Framework) -> &'a [SessionAction] {
        s.dimension(&fw.dimensions[self.dim].id)
            .map_or(&[], |r| r.actions.as_slice())
    }

    fn act_in_form(&mut self, cx: &mut Cx, action: Action) {
        let Some((editing, mut form)) = self.form.take() else {
            return;
        };
        match action {
            Action::NextField => form.next(),
            Action::PrevField => form.prev(),
            Action::Back => return,
            Action::Submit => match action_from(&form) {
                Err((field, p)) => form.fail(field, p),
                Ok(fields) => {
                    let dim = cx.dim_id(self.dim);
                    cx.out.changed |= cx.session.put_action(&dim, editing, fields);
                    let list = self.stored(cx.session, cx.fw);
                    let id = editing.unwrap_or_else(|| list.last().map_or(0, |a| a.id));
                    if editing.is_none() {
                        self.selected = list.len() - 1;
                    }
                    cx.check_names(super::TextRef::Action { dim: self.dim, id });
                    return;
                }
            },
            _ => {}
        }
        self.form = Some((editing, form));
    }
}

impl StepState for ActionsState {
    fn contexts(&self) -> Vec<Ctx> {
        if self.form.is_some() {
            vec![Ctx::Form]
        } else {
            vec![Ctx::List, Ctx::Capture]
        }
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        if self.form.is_some() {
            return self.act_in_form(cx, action);
        }
        let list = self.stored(cx.session, cx.fw);
        let count = list.len();
        let selected = list.get(self.selected).cloned();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(count.saturating_sub(1)),
            Action::Add | Action::Focus => self.form = Some((None, action_form(None))),
            Action::Edit => {
                if let Some(a) = &selected {
                    self.form = Some((Some(a.id), action_form(Some(a))));
                }
            }
            Action::Delete => {
                if let Some(a) = selected {
                    cx.ask(Overlay::Confirm(Confirm::DeleteAction(a.id)));
                }
            }
            Action::Undo => self.undo(cx),
            _ => {}
        }
    }

    fn editor(&mut self) -> Option<&mut ratatui_textarea::TextArea<'static>> {
        self.form.as_mut()?.1.focused_text_mut()
    }

    fn form(&self) -> Option<&Form> {
        self.form.as_ref().map(|(_, f)| f)
    }

    fn is_open(&self) -> bool {
        self.form.is_some()
    }

    fn has_items(&self, session: &Session, fw: &Framework) -> bool {
        !self.stored(session, fw).is_empty()
    }

    /// Moving to another step with an action half entered keeps it if it has what it
    /// needs; one that does not (a due date that is not one) keeps the facilitator
    /// here, the problem said on its field, rather than being dropped.
    fn leave(&mut self, cx: &mut Cx) -> bool {
        if let Some((editing, mut form)) = self.form.take() {
            match action_from(&form) {
                Ok(fields) => {
                    let dim = cx.dim_id(self.dim);
                    cx.out.changed |= cx.session.put_action(&dim, editing, fields);
                }
                Err((field, problem)) => {
                    let typed = form.touched();
                    if typed {
                        form.fail(field, problem);
                    }
                    self.form = Some((editing, form));
                    return !typed;
                }
            }
        }
        true
    }

    /// Quitting never saves an action the facilitator did not confirm: the form
    /// stays, kept as a draft.
    fn close(&mut self, _cx: &mut Cx) {}

    fn draft(&self, _session: &Session, fw: &Framework) -> Option<Draft> {
        let (editing, form) = self.form.as_ref()?;
        form.touched().then(|| Draft {
            step: format!("{}/actions", fw.dimensions[self.dim].id),
            field: "action".into(),
            editing: editing.map(|id| id as usize),
            fields: form.values(),
            ..Draft::default()
        })
    }

    fn restore(&mut self, session: &Session, fw: &Framework, d: &Draft) -> bool {
        if d.field != "action" {
            return false;
        }
        let list = self.stored(session, fw);
        let at = d
            .editing
            .and_then(|id| list.iter().position(|a| a.id as usize == id));
        let editing = at.map(|i| &list[i]);
        let mut form = action_form(editing);
        form.set_values(&d.fields);
        if let Some(i) = at {
            self.selected = i;
        }
        self.form = Some((editing.map(|a| a.id), form));
        true
    }

    fn confirmed(&mut self, cx: &mut Cx, what: Confirm) {
        if let Confirm::DeleteAction(id) = what {
            let dim = cx.dim_id(self.dim);
            let taken = cx.session.take_action(&dim, id);
            self.removed = cx.deleted(taken, "action-deleted", Ctx::List);
            let n = self.stored(cx.session, cx.fw).len();
            self.selected = self.selected.min(n.saturating_sub(1));
        }
    }

    fn can_undo(&self) -> bool {
        self.removed.is_some()
    }
}

fn action_form(a: Option<&SessionAction>) -> Form {
    Form::new(vec![
        Field::text("text", "field-action", a.map_or("", |a| a.text.as_str())),
        Field::text("owner", "field-owner", a.map_or("", |a| a.owner.as_str())),
        Field::text(
            "due",
            "field-due",
            &a.and_then(|a| a.due)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
    ])
}

/// The action the form describes, or the field that is wrong and why.
fn action_from(form: &Form) -> Result<ActionFields, (&'static str, &'static str)> {
    let text = form.text("text");
    if text.is_empty() {
        return Err(("text", "problem-action-required"));
    }
    let due = form.text("due");
    let due = if due.is_empty() {
        None
    } else {
        Some(NaiveDate::parse_from_str(&due, "%Y-%m-%d").map_err(|_| ("due", "problem-date"))?)
    };
    Ok(ActionFields {
        text,
        owner: form.text("owner"),
        due,
    })
}
