//! A small form: text fields, choices and toggles, moved through with Tab or arrows.
//! The set-up screen, the voice editor and the action editor are all forms.

use ratatui::style::{Modifier, Style};
use ratatui_textarea::{TextArea, WrapMode};

/// A text editor with the settings every editor of the app shares.
pub fn editor(text: &str) -> TextArea<'static> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.split('\n').map(str::to_string).collect()
    };
    let mut ta = TextArea::new(lines);
    ta.set_wrap_mode(WrapMode::WordOrGlyph);
    ta.set_cursor_line_style(Style::default());
    ta.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
    ta.move_cursor(ratatui_textarea::CursorMove::Bottom);
    ta.move_cursor(ratatui_textarea::CursorMove::End);
    ta
}

/// Undoes the last edit as a person thinks of it: the last word typed (with the spaces
/// after it), or the last paste, or the last line break, rather than one character.
/// Returns whether anything changed.
pub fn undo_edit(ta: &mut TextArea<'static>) -> bool {
    let size = |ta: &TextArea| {
        ta.lines().iter().map(|l| l.chars().count()).sum::<usize>() + ta.lines().len()
    };
    let before_cursor = |ta: &TextArea| {
        let cursor = ta.cursor();
        let (row, col) = (cursor.0, cursor.1);
        ta.lines()[row]
            .chars()
            .nth(col.wrapping_sub(1))
            .filter(|_| col > 0)
    };
    let mut changed = false;
    // The spaces after the word first, then the word.
    let mut in_word = false;
    loop {
        let (was, rows) = (size(ta), ta.lines().len());
        if !ta.undo() {
            return changed;
        }
        changed = true;
        if was.abs_diff(size(ta)) > 1 || rows != ta.lines().len() {
            // A paste, a cut or a line joined: an edit of its own.
            return true;
        }
        match before_cursor(ta) {
            None => return true,
            Some(c) if c.is_whitespace() && in_word => return true,
            Some(c) if !c.is_whitespace() => in_word = true,
            Some(_) => {}
        }
    }
}

/// The text of an editor, lines joined with `\n`.
pub fn text_of(ta: &TextArea) -> String {
    ta.lines().join("\n")
}

#[derive(Debug, Clone)]
pub enum FieldKind {
    Text(Box<TextArea<'static>>),
    /// (id, label) pairs and the chosen index.
    Choice(Vec<(String, String)>, usize),
    Toggle(bool),
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: &'static str,
    /// Catalogue id of the label.
    pub label: &'static str,
    pub kind: FieldKind,
    pub visible: bool,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Catalogue id of a problem to show (e.g. a required field left empty).
    pub problem: Option<&'static str>,
    /// The letters typed on the focused choice so far, to find its option by.
    typed: String,
    /// The field the problem is about, shown under it.
    pub problem_at: Option<&'static str>,
    /// What the form held when it was opened: a form still as it was holds nothing
    /// typed, and needs no draft.
    initial: Vec<(String, String)>,
}

impl Field {
    pub fn text(id: &'static str, label: &'static str, value: &str) -> Field {
        // A field is one row: it scrolls sideways to keep the cursor in view, where
        // wrapping would show only the last piece of a long name.
        let mut ta = editor(value);
        ta.set_wrap_mode(WrapMode::None);
        Field {
            id,
            label,
            kind: FieldKind::Text(Box::new(ta)),
            visible: true,
        }
    }

    pub fn choice(
        id: &'static str,
        label: &'static str,
        options: Vec<(String, String)>,
        selected: &str,
    ) -> Field {
        let idx = options.iter().position(|(o, _)| o == selected).unwrap_or(0);
        Field {
            id,
            label,
            kind: FieldKind::Choice(options, idx),
            visible: true,
        }
    }

    pub fn toggle(id: &'static str, label: &'static str, on: bool) -> Field {
        Field {
            id,
            label,
            kind: FieldKind::Toggle(on),
            visible: true,
        }
    }
}

impl Form {
    pub fn new(fields: Vec<Field>) -> Form {
        let mut form = Form {
            fields,
            focus: 0,
            problem: None,
            typed: String::new(),
            problem_at: None,
            initial: Vec::new(),
        };
        form.initial = form.values();
        form
    }

    /// Every field's value by its id, as typed (text untrimmed, a choice by its id, a
    /// toggle as `true`/`false`): what a draft of the form keeps.
    pub fn values(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|f| {
                let value = match &f.kind {
                    FieldKind::Text(ta) => text_of(ta),
                    FieldKind::Choice(options, idx) => options
                        .get(*idx)
                        .map(|(o, _)| o.clone())
                        .unwrap_or_default(),
                    FieldKind::Toggle(on) => on.to_string(),
                };
                (f.id.to_string(), value)
            })
            .collect()
    }

    /// Puts back values a draft kept; those of fields the form does not have, or
    /// choices it does not offer, are left out.
    pub fn set_values(&mut self, values: &[(String, String)]) {
        for (id, value) in values {
            let Some(f) = self.fields.iter_mut().find(|f| f.id == id) else {
                continue;
            };
            match &mut f.kind {
                FieldKind::Text(ta) => {
                    let mut fresh = editor(value);
                    fresh.set_wrap_mode(ta.wrap_mode());
                    **ta = fresh;
                }
                FieldKind::Choice(options, idx) => {
                    if let Some(i) = options.iter().position(|(o, _)| o == value) {
                        *idx = i;
                    }
                }
                FieldKind::Toggle(on) => *on = value == "true",
            }
        }
    }

    /// Whether anything was changed since the form opened.
    pub fn touched(&self) -> bool {
        self.values() != self.initial
    }

    /// Says what is wrong, under the field it is about, and goes there.
    pub fn fail(&mut self, field: &'static str, problem: &'static str) {
        self.problem = Some(problem);
        self.problem_at = Some(field);
        self.focus_on(field);
    }

    pub fn clear_problem(&mut self) {
        self.problem = None;
        self.problem_at = None;
    }

    /// Whether the focused field is the last one shown (Enter there saves).
    pub fn on_last(&self) -> bool {
        self.fields
            .iter()
            .rposition(|f| f.visible)
            .is_none_or(|last| last == self.focus)
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus.min(self.fields.len() - 1)]
    }

    pub fn focused_mut(&mut self) -> &mut Field {
        let i = self.focus.min(self.fields.len() - 1);
        &mut self.fields[i]
    }

    /// The text editor of the focused field, when it is a text field.
    pub fn focused_text_mut(&mut self) -> Option<&mut TextArea<'static>> {
        match &mut self.focused_mut().kind {
            FieldKind::Text(ta) => Some(ta),
            _ => None,
        }
    }

    pub fn focused_is_text(&self) -> bool {
        matches!(self.focused().kind, FieldKind::Text(_))
    }

    pub fn next(&mut self) {
        self.step(1);
    }

    pub fn prev(&mut self) {
        self.step(self.fields.len() - 1);
    }

    fn step(&mut self, by: usize) {
        self.typed.clear();
        let n = self.fields.len();
        for _ in 0..n {
            self.focus = (self.focus + by) % n;
            if self.fields[self.focus].visible {
                break;
            }
        }
    }

    /// A letter typed on a choice: the option whose label starts with what is typed
    /// (case and accents aside); the same letter again goes to the next option with it.
    /// When one option alone starts so, it is taken and the next field comes, so that
    /// a choice costs a key, not a walk through the list with ←/→.
    /// Says whether the next field came.
    pub fn type_ahead(&mut self, c: char) -> bool {
        use crate::domain::names::fold;
        let mut typed = std::mem::take(&mut self.typed);
        let FieldKind::Choice(options, idx) = &mut self.focused_mut().kind else {
            return false;
        };
        // By the start of the label, else of one of its words ("g": "A group").
        let starting = |prefix: &str| -> Vec<usize> {
            let prefix = fold(prefix);
            let labels: Vec<String> = options.iter().map(|(_, l)| fold(l)).collect();
            let whole: Vec<usize> = (0..labels.len())
                .filter(|&i| labels[i].starts_with(&prefix))
                .collect();
            if !whole.is_empty() {
                return whole;
            }
            (0..labels.len())
                .filter(|&i| {
                    labels[i]
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.starts_with(&prefix))
                })
                .collect()
        };
        typed.push(c);
        let mut found = starting(&typed);
        let again = typed.chars().all(|x| x == c) && typed.chars().count() > 1;
        if found.is_empty() && again {
            // The same letter again: the next option with it, round the list.
            typed = c.to_string();
            found = starting(&typed);
            if let Some(next) = found.iter().find(|&&i| i > *idx).or(found.first()) {
                *idx = *next;
            }
            self.typed = typed;
            return false;
        }
        match found.as_slice() {
            // Nothing starts so: the letter is not kept.
            [] => {
                typed.pop();
            }
            [only] => {
                *idx = *only;
                self.next();
                return true;
            }
            [first, ..] => *idx = *first,
        }
        self.typed = typed;
        false
    }

    /// ← / → on a choice, Space on a toggle.
    pub fn change(&mut self, forward: bool) {
        match &mut self.focused_mut().kind {
            FieldKind::Choice(options, idx) if !options.is_empty() => {
                let n = options.len();
                *idx = if forward {
                    (*idx + 1) % n
                } else {
                    (*idx + n - 1) % n
                };
            }
            FieldKind::Toggle(on) => *on = !*on,
            _ => {}
        }
    }

    pub fn get(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.id == id)
    }

    pub fn text(&self, id: &str) -> String {
        match self.get(id).map(|f| &f.kind) {
            Some(FieldKind::Text(ta)) => text_of(ta).trim().to_string(),
            _ => String::new(),
        }
    }

    pub fn choice(&self, id: &str) -> String {
        match self.get(id).map(|f| &f.kind) {
            Some(FieldKind::Choice(options, idx)) => options
                .get(*idx)
                .map(|(o, _)| o.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    pub fn toggle_value(&self, id: &str) -> bool {
        matches!(self.get(id).map(|f| &f.kind), Some(FieldKind::Toggle(true)))
    }

    pub fn set_visible(&mut self, id: &str, visible: bool) {
        if let Some(f) = self.get_mut(id) {
            f.visible = visible;
        }
    }

    pub fn set_text(&mut self, id: &str, value: &str) {
        self.set_values(&[(id.to_string(), value.to_string())]);
    }

    pub fn focus_on(&mut self, id: &str) {
        if let Some(i) = self.fields.iter().position(|f| f.id == id) {
            self.focus = i;
            self.typed.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> Form {
        Form::new(vec![
            Field::text("name", "l", "Aïssata"),
            Field::choice(
                "g",
                "l",
                vec![("a".into(), "A".into()), ("b".into(), "B".into())],
                "b",
            ),
            Field::toggle("t", "l", false),
        ])
    }

    #[test]
    fn moving_wraps_and_skips_hidden_fields() {
        let mut f = form();
        f.set_visible("g", false);
        f.next();
        assert_eq!(f.focused().id, "t");
        f.next();
        assert_eq!(f.focused().id, "name");
        f.prev();
        assert_eq!(f.focused().id, "t");
    }

    #[test]
    fn choices_cycle_and_toggles_flip() {
        let mut f = form();
        assert_eq!(f.choice("g"), "b");
        f.focus_on("g");
        f.change(true);
        assert_eq!(f.choice("g"), "a");
        f.focus_on("t");
        f.change(true);
        assert!(f.toggle_value("t"));
        assert_eq!(f.text("name"), "Aïssata");
    }

    #[test]
    fn values_round_trip_and_say_whether_the_form_was_touched() {
        let mut f = form();
        assert!(!f.touched());
        f.set_text("name", "Awa ");
        f.focus_on("t");
        f.change(true);
        assert!(f.touched());
        let kept = f.values();
        let mut g = form();
        g.set_values(&kept);
        assert_eq!(g.values(), kept);
        assert_eq!(g.text("name"), "Awa");
        assert!(g.toggle_value("t"));
        // A value the form no longer offers is left out, not guessed.
        g.set_values(&[("g".into(), "zz".into()), ("gone".into(), "x".into())]);
        assert_eq!(g.choice("g"), "b");
    }

    #[test]
    fn editors_keep_newlines() {
        let ta = editor("a\nb");
        assert_eq!(text_of(&ta), "a\nb");
    }
}

#[cfg(test)]
mod undo_tests {
    use super::*;

    fn typed(text: &str) -> TextArea<'static> {
        let mut ta = editor("");
        for c in text.chars() {
            if c == '\n' {
                ta.insert_newline();
            } else {
                ta.insert_char(c);
            }
        }
        ta
    }

    #[test]
    fn undo_takes_back_a_word_at_a_time_then_a_paste_whole() {
        let mut ta = typed("we need wells");
        assert!(undo_edit(&mut ta));
        assert_eq!(text_of(&ta), "we need ");
        assert!(undo_edit(&mut ta));
        assert_eq!(text_of(&ta), "we ");
        ta.insert_str("pasted, with spaces and all");
        assert!(undo_edit(&mut ta));
        assert_eq!(text_of(&ta), "we ");
        assert!(undo_edit(&mut ta));
        assert_eq!(text_of(&ta), "");
        assert!(!undo_edit(&mut ta), "nothing left to undo");
    }

    #[test]
    fn undo_stops_at_a_line_break_and_keeps_accents_whole() {
        let mut ta = typed("Première ligne\nsœur âgée");
        assert!(undo_edit(&mut ta));
        assert_eq!(text_of(&ta), "Première ligne\nsœur ");
        assert!(undo_edit(&mut ta));
        assert_eq!(text_of(&ta), "Première ligne\n");
        assert!(undo_edit(&mut ta));
        assert_eq!(text_of(&ta), "Première ligne");
    }
}
