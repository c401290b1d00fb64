//! Who is in the room: the voices, a person or a group each, and the form that adds
//! or edits one.

use super::{Cx, StepState};
use crate::app::form::{Field, Form};
use crate::app::keys::Ctx;
use crate::app::{Action, Confirm, Overlay, Picker};
use crate::domain::digest::Seen;
use crate::domain::edit::Removed;
use crate::domain::framework::Framework;
use crate::domain::session::{Gender, Session, Voice, VoiceKind};
use crate::i18n::I18n;
use crate::store::draft::Draft;

#[derive(Debug, Default)]
pub struct RoomState {
    pub selected: usize,
    /// The voice being added (None) or edited (Some(id)), and its form.
    pub form: Option<(Option<u32>, Form)>,
    /// The voice just deleted, with their words and ratings, to bring back.
    removed: Option<Removed>,
}

impl RoomState {
    fn act_in_form(&mut self, cx: &mut Cx, action: Action) {
        let Some((editing, mut form)) = self.form.take() else {
            return;
        };
        match action {
            Action::NextField => form.next(),
            Action::PrevField => form.prev(),
            Action::Left => form.change(false),
            Action::Right | Action::Toggle => form.change(true),
            Action::Back => return,
            Action::Submit => {
                let (id, person) = identity(cx, editing);
                match voice_from(&form, id, person) {
                    Err(problem) => form.fail(problem_field(problem), problem),
                    Ok(voice) => {
                        cx.out.changed |= cx.session.put_voice(voice);
                        if editing.is_some() {
                            return;
                        }
                        self.selected = cx.session.voices.len() - 1;
                        // Adding goes on with a fresh form that keeps the group,
                        // gender and age: rooms are often entered group by group.
                        let last = cx.session.voices.last();
                        form = voice_form(None, cx.fw, cx.i18n, last);
                    }
                }
            }
            _ => {}
        }
        refresh(&mut form);
        self.form = Some((editing, form));
    }
}

impl RoomState {
    fn undo(&mut self, cx: &mut Cx) {
        if let Some(at) = cx.put_back(self.removed.take(), "voice-back") {
            self.selected = at.min(cx.session.voices.len().saturating_sub(1));
        }
    }

    /// Space: someone of the series comes in (their voice as last seen; their consent,
    /// if it was "no", asked again), or a voice of the series is marked absent.
    fn toggle_present(&mut self, cx: &mut Cx, absent: &[Seen]) {
        let n = cx.session.voices.len();
        if let Some(p) = self.selected.checked_sub(n).and_then(|k| absent.get(k)) {
            let voice = p.voice(cx.session.next_voice_id());
            let ask = !voice.consent_to_name;
            let id = voice.id;
            cx.out.changed |= cx.session.put_voice(voice);
            // Down the roster, where the next one to mark is.
            self.selected += 1;
            if ask {
                let v = cx.session.voice(id).expect("just added");
                let mut form = voice_form(Some(v), cx.fw, cx.i18n, None);
                form.focus_on("consent");
                self.form = Some((Some(id), form));
                let text = crate::t!(
                    cx.i18n,
                    "room-consent-again",
                    change = cx.key(Ctx::Form, Action::Toggle),
                    keep = cx.key(Ctx::Form, Action::Submit)
                );
                cx.out.message = Some(crate::app::Message { text, error: false });
            }
            return;
        }
        let Some(v) = cx.session.voices.get(self.selected) else {
            return;
        };
        let known = cx.roster.iter().any(|p| p.person == v.person);
        let recorded = cx.session.dimensions.iter().any(|d| {
            d.contributions.iter().any(|c| c.voice == Some(v.id))
                || d.ratings.iter().any(|r| r.voice == v.id)
        });
        if known && !recorded {
            let id = v.id;
            cx.out.changed |= cx.session.remove_voice(id);
            self.selected = self.selected.min(cx.session.voices.len().saturating_sub(1));
        } else {
            // Someone new, or who has spoken or rated: removing is asked, as a delete.
            cx.ask(Overlay::Confirm(Confirm::DeleteVoice(v.id)));
        }
    }

    /// The selected voice is someone new: it leaves the person it was linked to.
    fn unlink(&mut self, cx: &mut Cx) {
        let Some(v) = cx.session.voices.get(self.selected) else {
            return;
        };
        if !cx.roster.iter().any(|p| p.person == v.person) {
            cx.say("room-not-linked");
            return;
        }
        let mut v = v.clone();
        v.person = cx.new_person();
        cx.out.changed |= cx.session.put_voice(v);
        cx.say("room-unlinked");
    }
}

impl StepState for RoomState {
    fn contexts(&self) -> Vec<Ctx> {
        if self.form.is_some() {
            vec![Ctx::Form]
        } else {
            vec![Ctx::Room, Ctx::List, Ctx::Capture]
        }
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        if self.form.is_some() {
            return self.act_in_form(cx, action);
        }
        // The voices of the room, then those of the series who are not here (yet).
        let n = cx.session.voices.len();
        let absent = crate::domain::series::absent(cx.roster, cx.session);
        let last = (n + absent.len()).saturating_sub(1);
        if self.selected >= n && !matches!(action, Action::Up | Action::Down | Action::Toggle) {
            // On someone absent, only marking them present means something.
            match action {
                Action::Add | Action::Focus => {
                    let template = cx.session.voices.last();
                    self.form = Some((None, voice_form(None, cx.fw, cx.i18n, template)));
                }
                Action::Undo => self.undo(cx),
                _ => {}
            }
            return;
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Toggle => self.toggle_present(cx, &absent),
            Action::LinkPerson if absent.is_empty() => cx.say("room-no-one-to-link"),
            Action::LinkPerson => cx.ask(Overlay::Picker(Picker::Person(0))),
            Action::UnlinkPerson => self.unlink(cx),
            Action::Add | Action::Focus => {
                let last = cx.session.voices.last();
                self.form = Some((None, voice_form(None, cx.fw, cx.i18n, last)));
            }
            Action::Edit => {
                if let Some(v) = cx.session.voices.get(self.selected) {
                    self.form = Some((Some(v.id), voice_form(Some(v), cx.fw, cx.i18n, None)));
                }
            }
            Action::Delete => {
                if let Some(v) = cx.session.voices.get(self.selected) {
                    cx.ask(Overlay::Confirm(Confirm::DeleteVoice(v.id)));
                }
            }
            Action::Undo => self.undo(cx),
            _ => {}
        }
    }

    fn type_char(&mut self, c: char) {
        if let Some((_, form)) = &mut self.form {
            let on_kind = form.focused().id == "kind";
            let moved = form.type_ahead(c);
            refresh(form);
            // A group's headcount comes next, shown only now that it is a group.
            if moved && on_kind && form.choice("kind") == "group" {
                form.focus_on("headcount");
            }
        }
    }

    fn can_undo(&self) -> bool {
        self.removed.is_some()
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

    fn has_items(&self, session: &Session, _fw: &Framework) -> bool {
        !session.voices.is_empty()
    }

    /// Moving to another step with a voice half entered keeps it if it has what it
    /// needs; one typed in that does not (no name, a headcount of letters) keeps the
    /// facilitator here, the problem said on its field.
    fn leave(&mut self, cx: &mut Cx) -> bool {
        if let Some((editing, mut form)) = self.form.take() {
            let (id, person) = identity(cx, editing);
            match voice_from(&form, id, person) {
                Ok(voice) => cx.out.changed |= cx.session.put_voice(voice),
                Err(problem) => {
                    let typed = form.touched();
                    if typed {
                        form.fail(problem_field(problem), problem);
                    }
                    self.form = Some((editing, form));
                    return !typed;
                }
            }
        }
        true
    }

    /// Quitting never saves a voice the facilitator did not confirm: the form stays,
    /// kept as a draft.
    fn close(&mut self, _cx: &mut Cx) {}

    fn draft(&self, _session: &Session, _fw: &Framework) -> Option<Draft> {
        let (editing, form) = self.form.as_ref()?;
        form.touched().then(|| Draft {
            step: "room".into(),
            field: "voice".into(),
            voice: *editing,
            fields: form.values(),
            ..Draft::default()
        })
    }

    fn restore(&mut self, session: &Session, fw: &Framework, d: &Draft) -> bool {
        if d.field != "voice" {
            return false;
        }
        let editing = d.voice.and_then(|id| session.voice(id));
        // The labels of choices come from the framework; their language is the
        // session's until the app's own is known here.
        let i18n = I18n::new(&session.language);
        let mut form = voice_form(editing, fw, &i18n, None);
        form.set_values(&d.fields);
        refresh(&mut form);
        if let Some(i) = editing.and_then(|v| session.voices.iter().position(|w| w.id == v.id)) {
            self.selected = i;
        }
        self.form = Some((editing.map(|v| v.id), form));
        true
    }

    fn picked(&mut self, cx: &mut Cx, picker: &Picker, index: usize) {
        let Picker::Person(_) = picker else { return };
        let absent = crate::domain::series::absent(cx.roster, cx.session);
        let (Some(p), Some(v)) = (absent.get(index), cx.session.voices.get(self.selected)) else {
            return;
        };
        let mut v = v.clone();
        v.person = p.person;
        cx.out.changed |= cx.session.put_voice(v);
        cx.say("room-linked");
    }

    fn confirmed(&mut self, cx: &mut Cx, what: Confirm) {
        if let Confirm::DeleteVoice(id) = what {
            let taken = cx.session.take_voice(id);
            self.removed = cx.deleted(taken, "voice-deleted", Ctx::List);
            self.selected = self.selected.min(cx.session.voices.len().saturating_sub(1));
        }
    }
}

pub fn voice_form(v: Option<&Voice>, fw: &Framework, i: &I18n, template: Option<&Voice>) -> Form {
    let base = v.or(template);
    let choices = |list: &[crate::domain::framework::Choice]| {
        list.iter()
            .map(|c| (c.id.clone(), c.label.clone()))
            .collect::<Vec<_>>()
    };
    let genders = Gender::ALL
        .iter()
        .map(|g| (format!("{g:?}"), i.t(g.message_id())))
        .collect();
    let kinds = vec![
        ("person".to_string(), i.t("voice-person")),
        ("group".to_string(), i.t("voice-group")),
    ];
    // Only the voice itself says it is a group: a new one starts as a person, whatever
    // the one before it was (a youth group was nearly saved as the 12 people before).
    let (kind, headcount) = match v.map(|v| v.kind) {
        Some(VoiceKind::Group { headcount }) => ("group", headcount.to_string()),
        _ => ("person", String::new()),
    };
    let mut form = Form::new(vec![
        Field::text("name", "field-name", v.map_or("", |v| v.name.as_str())),
        Field::choice(
            "group",
            "field-group",
            choices(&fw.stakeholder_groups),
            base.map_or("", |v| v.group.as_str()),
        ),
        Field::choice(
            "gender",
            "field-gender",
            genders,
            &base.map_or("Unspecified".to_string(), |v| format!("{:?}", v.gender)),
        ),
        Field::choice(
            "age",
            "field-age",
            choices(&fw.age_bands),
            base.map_or("unspecified", |v| v.age_band.as_str()),
        ),
        Field::choice("kind", "field-kind", kinds, kind),
        Field::text("headcount", "field-headcount", &headcount),
        Field::text(
            "organisation",
            "field-organisation",
            v.map_or("", |v| v.organisation.as_str()),
        ),
        Field::toggle(
            "consent",
            "field-consent",
            v.is_some_and(|v| v.consent_to_name),
        ),
    ]);
    form.set_visible("headcount", kind == "group");
    form
}

/// Keeps the form's shape in step with its values (the headcount only for a group).
pub fn refresh(form: &mut Form) {
    let group = form.choice("kind") == "group";
    form.set_visible("headcount", group);
}

/// The voice id and person number of the voice a form adds (new ones) or edits (its
/// own).
fn identity(cx: &Cx, editing: Option<u32>) -> (u32, u32) {
    match editing.and_then(|id| cx.session.voice(id)) {
        Some(v) => (v.id, v.person),
        None => (cx.session.next_voice_id(), cx.new_person()),
    }
}

/// The field a problem of the voice form is about.
fn problem_field(problem: &str) -> &'static str {
    if problem == "problem-headcount" {
        "headcount"
    } else {
        "name"
    }
}

/// The voice the form describes, or the catalogue id of what is wrong with it.
pub fn voice_from(form: &Form, id: u32, person: u32) -> Result<Voice, &'static str> {
    let name = form.text("name");
    if name.is_empty() {
        return Err("problem-name-required");
    }
    let kind = if form.choice("kind") == "group" {
        let digits: String = form
            .text("headcount")
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        match digits.parse::<u32>() {
            Ok(n) if (1..=100_000).contains(&n) => VoiceKind::Group { headcount: n },
            _ => return Err("problem-headcount"),
        }
    } else {
        VoiceKind::Person
    };
    let gender = Gender::ALL
        .into_iter()
        .find(|g| format!("{g:?}") == form.choice("gender"))
        .unwrap_or(Gender::Unspecified);
    Ok(Voice {
        id,
        person,
        kind,
        name,
        group: form.choice("group"),
        gender,
        age_band: form.choice("age"),
        organisation: form.text("organisation"),
        consent_to_name: form.toggle_value("consent"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_needs_a_headcount() {
        let fw = Framework::builtin("en");
        let i = I18n::with_extra_dir("en", None);
        let mut f = voice_form(None, &fw, &i, None);
        assert_eq!(voice_from(&f, 1, 1), Err("problem-name-required"));
        f.set_text("name", "Jeunes de Sévaré");
        f.focus_on("kind");
        f.change(true);
        refresh(&mut f);
        assert_eq!(voice_from(&f, 1, 1), Err("problem-headcount"));
        f.set_text("headcount", "14");
        let v = voice_from(&f, 3, 9).unwrap();
        assert_eq!(v.kind, VoiceKind::Group { headcount: 14 });
        assert_eq!(v.id, 3);
        assert!(!v.consent_to_name, "consent is never assumed");
    }
}
