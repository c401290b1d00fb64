//! The summary: agreed levels against the previous meeting, who took part, all actions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use crate::app::keys::Ctx;
use crate::app::workshop::Workshop;
use crate::app::{Action, App};
use crate::domain::session::Status;
use crate::domain::summary;
use crate::t;
use crate::ui::theme::{Theme, level_bar};

pub fn render(app: &App, ws: &Workshop, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let fw = &app.framework;
    let s = &ws.session;
    let [levels_area, rest] = Layout::vertical([
        Constraint::Length(fw.dimensions.len() as u16 + 3),
        Constraint::Min(2),
    ])
    .areas(area);
    levels(app, ws, theme, levels_area, buf);
    let [people_area, actions_area] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(rest);
    let block = Block::default().borders(Borders::TOP).title(Span::styled(
        format!(" {} ", i.t("summary-people")),
        theme.accent(),
    ));
    let inner = block.inner(people_area);
    block.render(people_area, buf);
    let mut lines = vec![Line::raw(format!(
        " {}",
        t!(
            i,
            "show-group-count",
            voices = s.voices.len(),
            people = s.headcount()
        )
    ))];
    // The count first, so a long group name never hides it.
    for (group, _, people) in summary::by_group(s) {
        let text = format!("{people:>3}  {}", fw.group_label(group));
        lines.push(Line::raw(format!(
            " {}",
            crate::ui::fit(&text, inner.width.saturating_sub(3) as usize)
        )));
    }
    let scroll = |n: usize, height: u16| {
        ws.summary
            .scroll
            .min(n.saturating_sub(usize::from(height)) as u16)
    };
    let offset = scroll(lines.len(), inner.height);
    crate::ui::paint::lines(buf, inner, lines, offset);

    let block = Block::default().borders(Borders::TOP).title(Span::styled(
        format!(" {} ", i.t("summary-actions")),
        theme.accent(),
    ));
    let inner = block.inner(actions_area);
    block.render(actions_area, buf);
    let mut lines: Vec<Line> = Vec::new();
    for (dim, a) in s.all_actions() {
        let text = t!(
            i,
            "label-value",
            label = fw.dimension_name(dim),
            value = crate::report::action_line(a, i)
        );
        lines.extend(crate::ui::hanging(
            " • ",
            &text,
            inner.width as usize,
            theme.key(),
        ));
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            format!(" {}", i.t("summary-no-actions")),
            theme.muted(),
        ));
    }
    crate::ui::paint::plain(buf, inner, &lines, scroll(lines.len(), inner.height));
}

/// The agreed levels against the previous meeting's, and whether the session is done.
fn levels(app: &App, ws: &Workshop, theme: Theme, levels_area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let fw = &app.framework;
    let s = &ws.session;
    let status = if s.status == Status::Finished {
        i.t("summary-finished")
    } else {
        t!(
            i,
            "summary-in-progress",
            key = app.key(Ctx::Summary, Action::Finish)
        )
    };
    let block = Block::default()
        .borders(Borders::TOP)
        .title(Span::styled(
            format!(" {} ", i.t("summary-levels")),
            theme.accent(),
        ))
        .title(Span::styled(
            format!(" {status} "),
            if s.status == Status::Finished {
                theme.good()
            } else {
                theme.muted()
            },
        ));
    let inner = block.inner(levels_area);
    block.render(levels_area, buf);
    let mut lines = vec![];
    let prev_label = ws.previous.as_ref().map_or_else(
        || i.t("summary-no-previous"),
        |p| t!(i, "summary-previous", date = i.date(p.started.date_naive())),
    );
    lines.push(Line::styled(format!(" {prev_label}"), theme.muted()));
    let name_w = fw
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(0);
    for d in &fw.dimensions {
        let now = s.agreed_level(&d.id);
        let before = ws.previous.as_ref().and_then(|p| p.agreed_level(&d.id));
        let change = match (before, now) {
            (Some(b), Some(n)) if n > b => ("▲", theme.good()),
            (Some(b), Some(n)) if n < b => ("▼", theme.warn()),
            (Some(_), Some(_)) => ("=", theme.muted()),
            _ => (" ", theme.muted()),
        };
        let show = |l: Option<u8>| l.map_or("–".to_string(), |l| l.to_string());
        lines.push(Line::from(vec![
            Span::styled(format!(" {:<name_w$} ", d.name), theme.title()),
            Span::raw(format!("{} → ", show(before))),
            Span::styled(
                format!("{} {}", show(now), level_bar(now, fw.max_level())),
                theme.accent(),
            ),
            Span::styled(format!(" {}", change.0), change.1),
        ]));
    }
    crate::ui::paint::lines(buf, inner, lines, 0);
}
