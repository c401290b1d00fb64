//! Forms: a label column and a value column, the focused field marked.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::App;
use crate::app::form::{FieldKind, Form};

pub fn render_form(app: &App, form: &Form, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let visible: Vec<_> = form
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.visible)
        .collect();
    let label_w = visible
        .iter()
        .map(|(_, f)| i.t(f.label).width())
        .max()
        .unwrap_or(0)
        .min(area.width as usize / 2) as u16
        + 3;
    let mut y = area.y;
    for (idx, field) in visible {
        if y >= area.bottom() {
            break;
        }
        let focused = idx == form.focus;
        let row = Rect::new(area.x, y, area.width, 1);
        let [label, value] =
            Layout::horizontal([Constraint::Length(label_w), Constraint::Min(1)]).areas(row);
        let marker = if focused { "▸ " } else { "  " };
        let style = if focused {
            theme.accent()
        } else {
            theme.title()
        };
        Line::styled(
            format!(
                "{marker}{}",
                super::fit(&i.t(field.label), label_w as usize - 3)
            ),
            style,
        )
        .render(label, buf);
        render_value(app, theme, &field.kind, focused, value, buf);
        y += 1;
        // What is wrong with a field is said under it, where the eye already is.
        if let (Some(problem), true) = (form.problem, form.problem_at == Some(field.id))
            && y < area.bottom()
        {
            let text = format!("⚠ {}", i.t(problem));
            // Under the value if it fits there, else from under the label: a narrow
            // form must not cut what is wrong.
            let at = if text.width() <= value.width as usize {
                value
            } else {
                Rect::new(area.x + 2, y, area.width.saturating_sub(2), 1)
            };
            Line::styled(super::fit(&text, at.width as usize), theme.warn())
                .render(Rect::new(at.x, y, at.width, 1), buf);
            y += 1;
        }
    }
    let under_field = form
        .problem_at
        .is_some_and(|at| form.fields.iter().any(|f| f.visible && f.id == at));
    if let Some(problem) = form.problem.filter(|_| !under_field)
        && y < area.bottom()
    {
        y += u16::from(y + 1 < area.bottom());
        Line::styled(format!("  {}", i.t(problem)), theme.warn())
            .render(Rect::new(area.x, y, area.width, 1), buf);
    }
}

/// A field's value: the editor where the cursor is, else its text, choice or toggle.
fn render_value(
    app: &App,
    theme: Theme,
    kind: &FieldKind,
    focused: bool,
    value: Rect,
    buf: &mut Buffer,
) {
    let i = &app.i18n;
    match kind {
        FieldKind::Text(ta) => {
            if focused {
                Widget::render(&**ta, value, buf);
            } else {
                let text = crate::app::form::text_of(ta);
                Line::raw(super::fit(&text, value.width as usize)).render(value, buf);
            }
        }
        FieldKind::Choice(options, idx) => {
            let label = options.get(*idx).map_or(String::new(), |(_, l)| l.clone());
            let text = if focused {
                format!("‹ {label} ›")
            } else {
                label
            };
            Line::styled(
                super::fit(&text, value.width as usize),
                if focused {
                    theme.selected()
                } else {
                    ratatui::style::Style::default()
                },
            )
            .render(value, buf);
        }
        FieldKind::Toggle(on) => {
            let text = format!(
                "[{}] {}",
                if *on { "x" } else { " " },
                i.t(if *on { "word-yes" } else { "word-no" })
            );
            Line::styled(
                text,
                if focused {
                    theme.selected()
                } else {
                    ratatui::style::Style::default()
                },
            )
            .render(value, buf);
        }
    }
}

/// A form under a titled rule (the voice and action editors).
pub fn render_in_panel(app: &App, title: String, form: &Form, area: Rect, buf: &mut Buffer) {
    let block = super::theme::panel(title, Theme { color: app.color });
    let inner = block.inner(area);
    block.render(area, buf);
    render_form(app, form, inner, buf);
}
