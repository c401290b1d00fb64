//! What each step of a workshop does with an action.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};

use super::form::{self, Field, Form, editor, text_of};
use super::workshop::{Step, Sub, Workshop, actions_to_review};
use super::{Action, App, Confirm, Overlay, Picker, room};
use crate::domain::session::Session;
use crate::domain::session::{
    Action as SessionAction, ActionStatus, Contribution, ContributionKind, Rating, Status,
};

impl App {
    pub(super) fn step_action(&mut self, action: Action) {
        let Some(step) = self.workshop.as_ref().map(|w| w.step) else {
            return;
        };
        if action == Action::Back && self.closes_workshop(step) {
            self.leave_workshop();
            return;
        }
        match step {
            Step::Setup => self.setup_action(action),
            Step::Room => self.room_action(action),
            Step::Review => self.review_action(action),
            Step::Dim(d, Sub::Card) => {
                let ds = &mut self.workshop.as_mut().expect("open").dims[d];
                match action {
                    Action::Up => ds.card_scroll = ds.card_scroll.saturating_sub(1),
                    Action::Down => ds.card_scroll = ds.card_scroll.saturating_add(1),
                    _ => {}
                }
            }
            Step::Dim(d, Sub::Contributions) => self.contributions_action(d, action),
            Step::Dim(d, Sub::Ratings) => self.ratings_action(d, action),
            Step::Dim(d, Sub::Agreement) => self.agreement_action(d, action),
            Step::Dim(d, Sub::Actions) => self.actions_action(d, action),
            Step::Summary => {
                let ws = self.workshop.as_mut().expect("open");
                // Enough for every wrapped line of the lists; drawing stops at the end.
                let most = (ws.session.all_actions().count() * 4 + 20) as u16;
                match action {
                    Action::Finish => self.overlay = Overlay::Confirm(Confirm::Finish),
                    Action::Up => ws.summary_scroll = ws.summary_scroll.saturating_sub(1),
                    Action::Down => ws.summary_scroll = (ws.summary_scroll + 1).min(most),
                    _ => {}
                }
            }
        }
    }

    /// Esc or q leaves the workshop only when nothing is open inside the step.
    fn closes_workshop(&self, step: Step) -> bool {
        let ws = self.workshop.as_ref().expect("open");
        match step {
            Step::Setup => true,
            Step::Room => ws.room.form.is_none(),
            Step::Review => ws.review.note.is_none(),
            Step::Dim(d, sub) => {
                let ds = &ws.dims[d];
                match sub {
                    Sub::Card => true,
                    Sub::Contributions => !ds.contrib.typing,
                    Sub::Ratings => ds.ratings.reason.is_none(),
                    Sub::Agreement => ds.rationale.is_none(),
                    Sub::Actions => ds.actions.form.is_none(),
                }
            }
            Step::Summary => true,
        }
    }

    fn setup_action(&mut self, action: Action) {
        let has_series = !super::series_names(&self.sessions).is_empty();
        let ws = self.workshop.as_mut().expect("open");
        match action {
            Action::NextField => ws.setup.next(),
            Action::PrevField => ws.setup.prev(),
            Action::Left => ws.setup.change(false),
            Action::Right | Action::Toggle => ws.setup.change(true),
            Action::Submit => self.move_step(1),
            Action::PickVoice if has_series && ws.setup.focused().id == "series" => {
                self.overlay = Overlay::Picker(Picker::Series(0));
            }
            _ => {}
        }
    }

    fn room_action(&mut self, action: Action) {
        let fw = &self.framework;
        let i = &self.i18n;
        let ws = self.workshop.as_mut().expect("open");
        let n = ws.session.voices.len();
        if let Some((editing, form)) = &mut ws.room.form {
            match action {
                Action::NextField => form.next(),
                Action::PrevField => form.prev(),
                Action::Left => form.change(false),
                Action::Right | Action::Toggle => form.change(true),
                Action::Back => ws.room.form = None,
                Action::Submit => {
                    let id = editing.unwrap_or_else(|| ws.session.next_voice_id());
                    match room::voice_from(form, id) {
                        Err(problem) => form.problem = Some(problem),
                        Ok(voice) => {
                            let adding = editing.is_none();
                            if let Some(slot) = ws.session.voices.iter_mut().find(|v| v.id == id) {
                                *slot = voice;
                            } else {
                                ws.session.voices.push(voice);
                                ws.room.selected = ws.session.voices.len() - 1;
                            }
                            self.dirty = true;
                            // Adding goes on with a fresh form that keeps the group,
                            // gender and age: rooms are often entered group by group.
                            ws.room.form = adding.then(|| {
                                let last = ws.session.voices.last();
                                (None, room::voice_form(None, fw, i, last))
                            });
                        }
                    }
                }
                _ => {}
            }
            if let Some((_, form)) = &mut ws.room.form {
                room::refresh(form);
            }
            return;
        }
        match action {
            Action::Up => ws.room.selected = ws.room.selected.saturating_sub(1),
            Action::Down => ws.room.selected = (ws.room.selected + 1).min(n.saturating_sub(1)),
            Action::Add | Action::Focus => {
                ws.room.form = Some((
                    None,
                    room::voice_form(None, fw, i, ws.session.voices.last()),
                ));
            }
            Action::Edit => {
                if let Some(v) = ws.session.voices.get(ws.room.selected) {
                    ws.room.form = Some((Some(v.id), room::voice_form(Some(v), fw, i, None)));
                }
            }
            Action::Delete => {
                if let Some(v) = ws.session.voices.get(ws.room.selected) {
                    self.overlay = Overlay::Confirm(Confirm::DeleteVoice(v.id));
                }
            }
            _ => {}
        }
    }

    fn review_action(&mut self, action: Action) {
        let ws = self.workshop.as_mut().expect("open");
        let n = ws.session.action_review.len();
        if let Some(note) = &mut ws.review.note {
            match action {
                Action::Submit | Action::Back => {
                    let text = text_of(note).trim().to_string();
                    if let Some(r) = ws.session.action_review.get_mut(ws.review.selected) {
                        r.note = text;
                        self.dirty = true;
                    }
                    ws.review.note = None;
                }
                Action::Newline => note.insert_newline(),
                _ => {}
            }
            return;
        }
        let set = |ws: &mut Workshop, status| {
            if let Some(r) = ws.session.action_review.get_mut(ws.review.selected) {
                r.status = status;
                ws.review.selected = (ws.review.selected + 1).min(n.saturating_sub(1));
                true
            } else {
                false
            }
        };
        match action {
            Action::Up => ws.review.selected = ws.review.selected.saturating_sub(1),
            Action::Down => ws.review.selected = (ws.review.selected + 1).min(n.saturating_sub(1)),
            Action::MarkDone => self.dirty |= set(ws, ActionStatus::Done),
            Action::MarkInProgress => self.dirty |= set(ws, ActionStatus::InProgress),
            Action::MarkDropped => self.dirty |= set(ws, ActionStatus::Dropped),
            Action::Edit => {
                if let Some(r) = ws.session.action_review.get(ws.review.selected) {
                    ws.review.note = Some(editor(&r.note));
                }
            }
            _ => {}
        }
    }

    fn contributions_action(&mut self, d: usize, action: Action) {
        let phases: Vec<String> = self.framework.phases.iter().map(|p| p.id.clone()).collect();
        let dim_id = self.framework.dimensions[d].id.clone();
        let now = self.now;
        let ws = self.workshop.as_mut().expect("open");
        let voices = ws.session.voices.len();
        let count = ws
            .session
            .dimension(&dim_id)
            .map_or(0, |r| r.contributions.len());
        let cs = &mut ws.dims[d].contrib;
        match action {
            Action::PickVoice => {
                let at = cs
                    .voice
                    .and_then(|id| ws.session.voices.iter().position(|v| v.id == id))
                    .map_or(0, |i| i + 1);
                self.overlay = Overlay::Picker(Picker::Voice(at.min(voices)));
            }
            Action::CyclePhase => {
                cs.phase = match &cs.phase {
                    None => phases.first().cloned(),
                    Some(p) => phases
                        .iter()
                        .position(|x| x == p)
                        .and_then(|i| phases.get(i + 1))
                        .cloned(),
                };
            }
            Action::CycleKind => {
                let all = ContributionKind::ALL;
                let i = all.iter().position(|k| *k == cs.kind).unwrap_or(0);
                cs.kind = all[(i + 1) % all.len()];
            }
            Action::Newline if cs.typing => cs.editor.insert_newline(),
            Action::Submit if cs.typing => {
                let text = text_of(&cs.editor).trim().to_string();
                if text.is_empty() {
                    return;
                }
                let record = ws.session.dimension_mut(&dim_id);
                match cs.editing.take() {
                    Some(i) if i < record.contributions.len() => {
                        let c = &mut record.contributions[i];
                        c.text = text;
                        c.voice = cs.voice;
                        c.phase = cs.phase.clone();
                        c.kind = cs.kind;
                    }
                    _ => {
                        record.contributions.push(Contribution {
                            voice: cs.voice,
                            text,
                            phase: cs.phase.clone(),
                            kind: cs.kind,
                            at: now,
                        });
                        cs.selected = record.contributions.len() - 1;
                    }
                }
                cs.editor = editor("");
                self.dirty = true;
            }
            Action::Back if cs.typing => cs.typing = false,
            Action::Focus | Action::Add => {
                cs.typing = true;
            }
            Action::Up => cs.selected = cs.selected.saturating_sub(1),
            Action::Down => cs.selected = (cs.selected + 1).min(count.saturating_sub(1)),
            Action::Edit if !form::text_of(&cs.editor).trim().is_empty() => {
                // Text not yet saved is never replaced: go back to it instead.
                cs.typing = true;
                self.say("finish-typing-first");
            }
            Action::Edit => {
                if let Some(c) = ws
                    .session
                    .dimension(&dim_id)
                    .and_then(|r| r.contributions.get(cs.selected))
                {
                    cs.editor = editor(&c.text);
                    cs.voice = c.voice;
                    cs.phase = c.phase.clone();
                    cs.kind = c.kind;
                    cs.editing = Some(cs.selected);
                    cs.typing = true;
                }
            }
            Action::Delete if count > 0 => {
                self.overlay = Overlay::Confirm(Confirm::DeleteContribution(cs.selected));
            }
            _ => {}
        }
    }

    fn ratings_action(&mut self, d: usize, action: Action) {
        let max = self.framework.max_level();
        let dim_id = self.framework.dimensions[d].id.clone();
        let ws = self.workshop.as_mut().expect("open");
        let n = ws.session.voices.len();
        let Some(voice) = ws
            .session
            .voices
            .get(ws.dims[d].ratings.selected.min(n.saturating_sub(1)))
            .map(|v| v.id)
        else {
            if action == Action::Reveal {
                let r = ws.session.dimension_mut(&dim_id);
                r.ratings_revealed = !r.ratings_revealed;
                self.dirty = true;
            }
            return;
        };
        let rs = &mut ws.dims[d].ratings;
        if let Some(reason) = &mut rs.reason {
            match action {
                Action::Newline => reason.insert_newline(),
                Action::Submit | Action::Back => {
                    let text = text_of(reason).trim().to_string();
                    let record = ws.session.dimension_mut(&dim_id);
                    if let Some(r) = record.ratings.iter_mut().find(|r| r.voice == voice) {
                        r.reason = text;
                    }
                    rs.reason = None;
                    if action == Action::Submit {
                        rs.selected = (rs.selected + 1).min(n - 1);
                    }
                    self.dirty = true;
                }
                _ => {}
            }
            return;
        }
        let record = ws.session.dimension_mut(&dim_id);
        let current = record.ratings.iter().position(|r| r.voice == voice);
        let set_level =
            |record: &mut crate::domain::session::DimensionRecord, level: u8| match current {
                Some(i) => record.ratings[i].level = level,
                None => record.ratings.push(Rating {
                    voice,
                    level,
                    reason: String::new(),
                }),
            };
        match action {
            Action::Up => rs.selected = rs.selected.saturating_sub(1),
            Action::Down => rs.selected = (rs.selected + 1).min(n - 1),
            Action::Digit(l) if l <= max => {
                set_level(record, l);
                let reason = record
                    .ratings
                    .iter()
                    .find(|r| r.voice == voice)
                    .map_or("", |r| r.reason.as_str());
                rs.reason = Some(editor(reason));
                self.dirty = true;
            }
            Action::Digit(_) => {
                let text = crate::t!(self.i18n, "problem-level-range", max = max);
                self.warn(text);
            }
            Action::Left | Action::Right => {
                let level = current.map_or(0, |i| record.ratings[i].level);
                let level = if action == Action::Left {
                    level.saturating_sub(1)
                } else {
                    (level + 1).min(max)
                };
                set_level(record, level);
                self.dirty = true;
            }
            Action::ClearRating => {
                record.ratings.retain(|r| r.voice != voice);
                self.dirty = true;
            }
            Action::Focus => {
                if let Some(r) = record.ratings.iter().find(|r| r.voice == voice) {
                    rs.reason = Some(editor(&r.reason));
                }
            }
            Action::Reveal => {
                record.ratings_revealed = !record.ratings_revealed;
                self.dirty = true;
            }
            _ => {}
        }
    }

    fn agreement_action(&mut self, d: usize, action: Action) {
        let max = self.framework.max_level();
        let dim_id = self.framework.dimensions[d].id.clone();
        let ws = self.workshop.as_mut().expect("open");
        let ds = &mut ws.dims[d];
        let record = ws.session.dimension_mut(&dim_id);
        if let Some(ed) = &mut ds.rationale {
            match action {
                Action::Newline => ed.insert_newline(),
                Action::Submit | Action::Back => {
                    record.rationale = text_of(ed).trim().to_string();
                    ds.rationale = None;
                    self.dirty = true;
                }
                _ => {}
            }
            return;
        }
        match action {
            Action::Digit(l) if l <= max => {
                record.agreed_level = Some(l);
                ds.rationale = Some(editor(&record.rationale));
                self.dirty = true;
            }
            Action::Digit(_) => {
                let text = crate::t!(self.i18n, "problem-level-range", max = max);
                self.warn(text);
            }
            Action::Focus => ds.rationale = Some(editor(&record.rationale)),
            Action::Reveal => {
                record.ratings_revealed = !record.ratings_revealed;
                self.dirty = true;
            }
            _ => {}
        }
    }

    fn actions_action(&mut self, d: usize, action: Action) {
        let dim_id = self.framework.dimensions[d].id.clone();
        let ws = self.workshop.as_mut().expect("open");
        let next_id = ws.session.next_action_id();
        let count = ws.session.dimension(&dim_id).map_or(0, |r| r.actions.len());
        let st = &mut ws.dims[d].actions;
        if let Some((editing, form)) = &mut st.form {
            match action {
                Action::NextField => form.next(),
                Action::PrevField => form.prev(),
                Action::Back => st.form = None,
                Action::Submit => match action_from(form) {
                    Err(p) => form.problem = Some(p),
                    Ok((text, owner, due)) => {
                        let record = ws.session.dimension_mut(&dim_id);
                        match editing.and_then(|id| record.actions.iter_mut().find(|a| a.id == id))
                        {
                            Some(a) => {
                                a.text = text;
                                a.owner = owner;
                                a.due = due;
                            }
                            None => {
                                record.actions.push(SessionAction {
                                    id: next_id,
                                    text,
                                    owner,
                                    due,
                                    status: ActionStatus::Open,
                                });
                                st.selected = record.actions.len() - 1;
                            }
                        }
                        st.form = None;
                        self.dirty = true;
                    }
                },
                _ => {}
            }
            return;
        }
        match action {
            Action::Up => st.selected = st.selected.saturating_sub(1),
            Action::Down => st.selected = (st.selected + 1).min(count.saturating_sub(1)),
            Action::Add | Action::Focus => st.form = Some((None, action_form(None))),
            Action::Edit => {
                if let Some(a) = ws
                    .session
                    .dimension(&dim_id)
                    .and_then(|r| r.actions.get(st.selected))
                {
                    st.form = Some((Some(a.id), action_form(Some(a))));
                }
            }
            Action::Delete => {
                if let Some(a) = ws
                    .session
                    .dimension(&dim_id)
                    .and_then(|r| r.actions.get(st.selected))
                {
                    self.overlay = Overlay::Confirm(Confirm::DeleteAction(a.id));
                }
            }
            _ => {}
        }
    }
}

pub(super) fn confirmed(app: &mut App, what: Confirm) {
    let now = app.now;
    let fw_dims: Vec<String> = app
        .framework
        .dimensions
        .iter()
        .map(|d| d.id.clone())
        .collect();
    let Some(ws) = app.workshop.as_mut() else {
        return;
    };
    match what {
        Confirm::DeleteVoice(id) => {
            ws.session.voices.retain(|v| v.id != id);
            ws.room.selected = ws
                .room
                .selected
                .min(ws.session.voices.len().saturating_sub(1));
            // Their words stay, attributed to the room; their ratings go.
            for d in &mut ws.session.dimensions {
                for c in &mut d.contributions {
                    if c.voice == Some(id) {
                        c.voice = None;
                    }
                }
                d.ratings.retain(|r| r.voice != id);
            }
        }
        Confirm::DeleteContribution(i) => {
            if let Step::Dim(d, _) = ws.step {
                let record = ws.session.dimension_mut(&fw_dims[d]);
                if i < record.contributions.len() {
                    record.contributions.remove(i);
                }
                let n = record.contributions.len();
                let cs = &mut ws.dims[d].contrib;
                cs.selected = cs.selected.min(n.saturating_sub(1));
                cs.editing = None;
            }
        }
        Confirm::DeleteAction(id) => {
            if let Step::Dim(d, _) = ws.step {
                let record = ws.session.dimension_mut(&fw_dims[d]);
                record.actions.retain(|a| a.id != id);
                let n = record.actions.len();
                let st = &mut ws.dims[d].actions;
                st.selected = st.selected.min(n.saturating_sub(1));
            }
        }
        Confirm::Finish => {
            ws.session.status = Status::Finished;
            ws.session.ended = Some(now);
        }
        Confirm::QuitUnsaved => {}
    }
    app.dirty = true;
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

fn action_from(form: &Form) -> Result<(String, String, Option<NaiveDate>), &'static str> {
    let text = form.text("text");
    if text.is_empty() {
        return Err("problem-action-required");
    }
    let due = form.text("due");
    let due = if due.is_empty() {
        None
    } else {
        Some(NaiveDate::parse_from_str(&due, "%Y-%m-%d").map_err(|_| "problem-date")?)
    };
    Ok((text, form.text("owner"), due))
}

/// Writes the set-up form into the session. Returns false (and says why on the form)
/// when it cannot be applied: the title is required and the date must parse.
pub fn apply_setup(ws: &mut Workshop, previous: &dyn Fn(&Session) -> Option<Session>) -> bool {
    let f = &mut ws.setup;
    let title = f.text("title");
    if title.is_empty() {
        f.problem = Some("problem-title-required");
        f.focus_on("title");
        return false;
    }
    let date = f.text("date");
    let offset = *ws.session.started.offset();
    let started = match NaiveDateTime::parse_from_str(&date, "%Y-%m-%d %H:%M")
        .ok()
        .and_then(|d| offset.from_local_datetime(&d).single())
    {
        Some(d) => d,
        None => {
            f.problem = Some("problem-date-time");
            f.focus_on("date");
            return false;
        }
    };
    f.problem = None;
    let s = &mut ws.session;
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
    if ws.previous.as_ref().is_none_or(|p| p.series != s.series) {
        ws.previous = previous(s);
    }
    let untouched = s
        .action_review
        .iter()
        .all(|r| r.status == ActionStatus::Open && r.note.is_empty());
    if untouched {
        s.action_review = ws
            .previous
            .as_ref()
            .map(actions_to_review)
            .unwrap_or_default();
    }
    true
}

/// Text typed in a note, reason or rationale is written to the session when the
/// facilitator moves away, never dropped.
pub fn flush_editors(ws: &mut Workshop, fw: &crate::domain::framework::Framework) {
    // A voice or an action half entered is kept if it can be: it has what it needs.
    if let Some((editing, form)) = ws.room.form.take() {
        let id = editing.unwrap_or_else(|| ws.session.next_voice_id());
        match room::voice_from(&form, id) {
            Ok(voice) => match ws.session.voices.iter_mut().find(|v| v.id == id) {
                Some(slot) => *slot = voice,
                None => ws.session.voices.push(voice),
            },
            Err(_) => ws.room.form = Some((editing, form)),
        }
    }
    for (d, dim) in fw.dimensions.iter().enumerate() {
        let Some((editing, form)) = ws.dims.get_mut(d).and_then(|ds| ds.actions.form.take()) else {
            continue;
        };
        let Ok((text, owner, due)) = action_from(&form) else {
            ws.dims[d].actions.form = Some((editing, form));
            continue;
        };
        let next_id = ws.session.next_action_id();
        let record = ws.session.dimension_mut(&dim.id);
        match editing.and_then(|id| record.actions.iter_mut().find(|a| a.id == id)) {
            Some(a) => {
                a.text = text;
                a.owner = owner;
                a.due = due;
            }
            None => record.actions.push(SessionAction {
                id: next_id,
                text,
                owner,
                due,
                status: ActionStatus::Open,
            }),
        }
    }
    if let Some(note) = ws.review.note.take()
        && let Some(r) = ws.session.action_review.get_mut(ws.review.selected)
    {
        r.note = text_of(&note).trim().to_string();
    }
    let ids: Vec<String> = fw.dimensions.iter().map(|d| d.id.clone()).collect();
    for (d, ds) in ws.dims.iter_mut().enumerate() {
        let Some(id) = ids.get(d) else { continue };
        let voice = ws.session.voices.get(ds.ratings.selected).map(|v| v.id);
        let record = ws.session.dimension_mut(id);
        if let Some(ed) = ds.rationale.take() {
            record.rationale = text_of(&ed).trim().to_string();
        }
        if let (Some(ed), Some(voice)) = (ds.ratings.reason.take(), voice)
            && let Some(r) = record.ratings.iter_mut().find(|r| r.voice == voice)
        {
            r.reason = text_of(&ed).trim().to_string();
        }
    }
}
