//! Review of last meeting's actions: the list, the one selected in full, its note.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Row, StatefulWidget, Table, TableState, Widget};

use crate::app::App;
use crate::app::workshop::Workshop;
use crate::report::actions;
use crate::t;
use crate::ui::theme::{Theme, panel};

pub fn render(app: &App, ws: &Workshop, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let s = &ws.session;
    let on = s.started.date_naive();
    let note_h = if ws.review.note.is_some() { 5 } else { 0 };
    let detail_h = if s.action_review.is_empty() { 0 } else { 6 };
    let [top, list_area, detail_area, note_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(2),
        Constraint::Length(detail_h),
        Constraint::Length(note_h),
    ])
    .areas(area);
    let intro = match &ws.previous {
        None => i.t("review-no-previous"),
        Some(p) => t!(
            i,
            "review-from",
            title = p.title.as_str(),
            date = i.date(p.started.date_naive())
        ),
    };
    ratatui::widgets::Paragraph::new(crate::ui::hanging(
        " ",
        &intro,
        top.width as usize,
        theme.accent(),
    ))
    .style(theme.accent())
    .render(top, buf);
    if s.action_review.is_empty() {
        let text = if ws.previous.is_some() {
            i.t("review-none-open")
        } else {
            i.t("review-nothing")
        };
        crate::ui::para(vec![
            Line::default(),
            Line::styled(format!(" {text}"), theme.muted()),
        ])
        .render(list_area, buf);
    } else {
        let rows = s.action_review.iter().map(|r| {
            let status = i.t(if r.status == crate::domain::session::ActionStatus::Open {
                "review-not-reviewed"
            } else {
                r.status.message_id()
            });
            let dim = app.framework.dimension_name(&r.dimension).to_string();
            // Who carries it and by when, in the row: the room decides on that.
            let line = actions::reviewed(r, on, i);
            let text = crate::ui::fit(&line, list_area.width.saturating_sub(31) as usize);
            let row = Row::new(vec![Cell::from(status), Cell::from(dim), Cell::from(text)]);
            if actions::overdue(r.due, r.status, on) {
                row.style(theme.warn())
            } else {
                row
            }
        });
        let table = Table::new(
            rows,
            [
                Constraint::Length(14),
                Constraint::Length(12),
                Constraint::Fill(1),
            ],
        )
        .column_spacing(1)
        .row_highlight_style(theme.selected())
        .highlight_symbol("› ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
        let mut state = TableState::default().with_selected(Some(ws.review.selected));
        StatefulWidget::render(table, list_area, buf, &mut state);
        if let Some(r) = s.action_review.get(ws.review.selected) {
            detail(app, r, on, detail_area, buf);
        }
    }
    if let Some(note) = &ws.review.note {
        let block = panel(i.t("review-note"), theme);
        let inner = block.inner(note_area);
        block.render(note_area, buf);
        Widget::render(note, crate::ui::inset(inner), buf);
    }
}

/// The chosen action in full: its text, who carries it, its story and the note.
fn detail(
    app: &App,
    r: &crate::domain::session::ActionReview,
    on: chrono::NaiveDate,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let width = area.width as usize;
    let text = actions::reviewed(r, on, i);
    let mut lines = crate::ui::hanging(" ", &text, width, theme.title());
    let steps = r.history.iter().map(|h| (h.date, h.status));
    let story = actions::story(r.agreed, steps, i);
    if !story.is_empty() {
        lines.extend(crate::ui::hanging(" ", &story, width, theme.muted()));
    }
    if !r.note.is_empty() {
        lines.extend(crate::ui::hanging(" ↳ ", &r.note, width, theme.muted()));
    }
    let block = Block::default().borders(Borders::TOP);
    let inner = block.inner(area);
    block.render(area, buf);
    crate::ui::paint::plain(buf, inner, &lines, 0);
}
