//! Set-up: title, series, intervention, place, date, facilitators, language.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};

use super::{Cx, StepState};
use crate::app::form::{Field, Form};
use crate::app::keys::Ctx;
use crate::app::{Action, Overlay, Picker};
use crate::domain::framework::Framework;
use crate::domain::session::Session;
use crate::store::draft::Draft;

#[derive(Debug)]
pub struct SetupState {
    pub form: Form,
}

/// What is wrong with a field of the form: its id and the catalogue id of the problem.
type Problem = (&'static str, &'static str);

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

    /// Writes the form into the session: every field that holds a value it can take,
    /// so that a date written wrong never costs the place or the facilitators. False
    /// (and why, under the field) when a field could not be taken: the title is
    /// required and the date must parse.
    pub fn apply(&mut self, s: &mut Session) -> bool {
        match write_form(&self.form, s) {
            None => {
                self.form.clear_problem();
                true
            }
            Some((field, problem)) => {
                self.form.fail(field, problem);
                false
            }
        }
    }

    /// What the date typed would mean, to warn of a date in the future or after the
    /// session's end: catalogue ids of the warnings.
    pub fn warnings(&self, s: &Session, now: DateTime<FixedOffset>) -> Vec<&'static str> {
        let Some(started) = parse_date(&self.form.text("date"), s) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if started.date_naive() > now.date_naive() {
            out.push("setup-date-future");
        }
        if s.ended.is_some_and(|end| end < started) {
            out.push("setup-ends-before-start");
        }
        out
    }
}

fn parse_date(text: &str, s: &Session) -> Option<DateTime<FixedOffset>> {
    let offset = *s.started.offset();
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
        .ok()
        .and_then(|d| offset.from_local_datetime(&d).single())
}

/// Writes what of the form is valid into `s`; the first field that is not, if any.
fn write_form(f: &Form, s: &mut Session) -> Option<Problem> {
    let mut problem = None;
    let title = f.text("title");
    if title.is_empty() {
        problem = Some(("title", "problem-title-required"));
    } else {
        s.title = title;
    }
    // The date as shown is the session's own, to the second: the seconds the form
    // does not show are not cut off (opening a session and leaving it changes nothing).
    let date = f.text("date");
    if date != s.started.format("%Y-%m-%d %H:%M").to_string() {
        match parse_date(&date, s) {
            Some(started) => s.started = started,
            None => problem = problem.or(Some(("date", "problem-date-time"))),
        }
    }
    s.series = f.text("series");
    s.intervention = f.text("intervention");
    s.place = f.text("place");
    s.facilitators = f
        .text("facilitators")
        .split(',')
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    s.language = f.choice("language");
    problem
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
            // Enter goes down the form; on its last field, it saves.
            Action::Advance if f.on_last() => cx.out.next_step = true,
            Action::Advance | Action::NextField => f.next(),
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
        cx.out.changed |= before != setup_of(cx.session);
        ok
    }

    /// The form as typed, when it holds what the session does not: a field that
    /// could not be taken, or changes not yet applied.
    fn draft(&self, session: &Session, _fw: &Framework) -> Option<Draft> {
        if !self.form.touched() {
            return None;
        }
        let mut applied = session.clone();
        let problem = write_form(&self.form, &mut applied);
        if problem.is_none() && setup_of(&applied) == setup_of(session) {
            return None;
        }
        Some(Draft {
            step: "setup".into(),
            field: "setup".into(),
            fields: self.form.values(),
            ..Draft::default()
        })
    }

    fn restore(&mut self, session: &Session, _fw: &Framework, d: &Draft) -> bool {
        if d.field != "setup" {
            return false;
        }
        self.form.set_values(&d.fields);
        // What was wrong when it was typed is said again, on its field.
        if let Some((field, problem)) = write_form(&self.form, &mut session.clone()) {
            self.form.fail(field, problem);
        }
        true
    }

    fn picked(&mut self, cx: &mut Cx, picker: &Picker, index: usize) {
        if let (Picker::Series(_), Some(name)) = (picker, cx.series.get(index)) {
            self.form.set_text("series", name);
        }
    }
}
