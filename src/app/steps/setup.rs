//! Set-up: title, series, intervention, place, date, facilitators, language.

use chrono::{NaiveDateTime, TimeZone};

use super::{Cx, StepState};
use crate::app::form::{Field, Form};
use crate::app::keys::Ctx;
use crate::app::{Action, Overlay, Picker};
use crate::domain::session::Session;

#[derive(Debug)]
pub struct SetupState {
    pub form: Form,
}

impl SetupState {
    pub fn new(s: &Session) -> SetupState {
        SetupState {
            form: Form::new(vec![
                Field::text("title", "field-title", &s.title),
                Field::text("series", "field-series", &s.series),
                Field::text("intervention", "field-intervention", &s.intervention),
                Field::text("place", "field-place", &s.place),
                Field::text(
                    "date",
                    "field-date-time",
                    &s.started.format("%Y-%m-%d %H:%M").to_string(),
                ),
                Field::text(
                    "facilitators",
                    "field-facilitators",
                    &s.facilitators.join(", "),
                ),
                Field::choice(
                    "language",
                    "field-language",
                    vec![
                        ("fr".into(), "Français".into()),
                        ("en".into(), "English".into()),
                    ],
                    &s.language,
                ),
            ]),
        }
    }

    /// Writes the form into the session. False (and says why on the form) when it
    /// cannot be applied: the title is required and the date must parse.
    pub fn apply(&mut self, s: &mut Session) -> bool {
        let f = &mut self.form;
        let title = f.text("title");
        if title.is_empty() {
            f.problem = Some("problem-title-required");
            f.focus_on("title");
            return false;
        }
        let offset = *s.started.offset();
        let Some(started) = NaiveDateTime::parse_from_str(&f.text("date"), "%Y-%m-%d %H:%M")
            .ok()
            .and_then(|d| offset.from_local_datetime(&d).single())
        else {
            f.problem = Some("problem-date-time");
            f.focus_on("date");
            return false;
        };
        f.problem = None;
        s.title = title;
        s.series = f.text("series");
        s.intervention = f.text("intervention");
        s.place = f.text("place");
        s.started = started;
        s.facilitators = f
            .text("facilitators")
            .split(',')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        s.language = f.choice("language");
        true
    }
}

type Setup = (
    String,
    String,
    String,
    String,
    chrono::DateTime<chrono::FixedOffset>,
    Vec<String>,
    String,
);

/// What the set-up form writes, to tell whether applying it changed anything.
fn setup_of(s: &Session) -> Setup {
    (
        s.title.clone(),
        s.series.clone(),
        s.intervention.clone(),
        s.place.clone(),
        s.started,
        s.facilitators.clone(),
        s.language.clone(),
    )
}

impl StepState for SetupState {
    fn contexts(&self) -> Vec<Ctx> {
        vec![Ctx::Setup, Ctx::Form]
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        let f = &mut self.form;
        match action {
            Action::NextField => f.next(),
            Action::PrevField => f.prev(),
            Action::Left => f.change(false),
            Action::Right | Action::Toggle => f.change(true),
            Action::Submit => cx.out.next_step = true,
            Action::PickVoice if !cx.series.is_empty() && f.focused().id == "series" => {
                cx.ask(Overlay::Picker(Picker::Series(0)));
            }
            _ => {}
        }
    }

    fn editor(&mut self) -> Option<&mut ratatui_textarea::TextArea<'static>> {
        self.form.focused_text_mut()
    }

    fn form(&self) -> Option<&Form> {
        Some(&self.form)
    }

    fn leave(&mut self, cx: &mut Cx) -> bool {
        let before = setup_of(cx.session);
        let ok = self.apply(cx.session);
        cx.out.changed |= ok && before != setup_of(cx.session);
        ok
    }

    fn picked(&mut self, cx: &mut Cx, picker: &Picker, index: usize) {
        if let (Picker::Series(_), Some(name)) = (picker, cx.series.get(index)) {
            self.form.set_text("series", name);
        }
    }
}
