//! Agreement: the scale, last meeting's level, the distribution and the rationale.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::ratings::distribution;
use super::subtitle;
use crate::app::keys::Ctx;
use crate::app::workshop::{Sub, Workshop};
use crate::app::{Action, App};
use crate::t;
use crate::ui::theme::{Theme, panel};

pub fn render(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Agreement, theme, area, buf);
    let dim = &app.framework.dimensions[d];
    let record = ws.session.dimension(&dim.id);
    let agreed = record.and_then(|r| r.agreed_level);
    let [main, rationale_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(5)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(main);
    let block = panel(i.t("agreement-scale"), theme);
    let inner = block.inner(left);
    block.render(left, buf);
    // Every level on one line, so the whole scale is always in view; the chosen
    // level's full description below.
    let width = inner.width as usize;
    let mut lines = Vec::new();
    for (level, desc) in app.framework.levels.iter().zip(&dim.level_descriptors) {
        let chosen = agreed == Some(level.value);
        let mark = if chosen { "▶" } else { " " };
        let head = format!("{mark}{} {}", level.value, level.name);
        let rest = crate::ui::fit(
            &format!(" — {desc}"),
            width.saturating_sub(head.chars().count()),
        );
        let style = if chosen {
            theme.selected()
        } else {
            theme.key()
        };
        lines.push(Line::from(vec![Span::styled(head, style), Span::raw(rest)]));
    }
    if let Some(desc) = agreed.and_then(|l| dim.level_descriptors.get(usize::from(l))) {
        lines.push(Line::default());
        lines.extend(crate::ui::hanging(" ", desc, width, theme.title()));
    }
    crate::ui::paint::plain(buf, inner, &lines, 0);

    let [prev_area, dist_area] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(2)]).areas(right);
    let block = panel(i.t("agreement-previous"), theme);
    let inner = block.inner(prev_area);
    block.render(prev_area, buf);
    let prev = ws.previous.as_ref().map(|p| (p, p.agreed_level(&dim.id)));
    let text = match prev {
        None => i.t("agreement-no-previous"),
        Some((p, None)) => t!(
            i,
            "agreement-previous-none",
            date = i.date(p.started.date_naive())
        ),
        Some((p, Some(l))) => t!(
            i,
            "agreement-previous-level",
            level = l,
            name = app.framework.level(l).map_or("", |x| x.name.as_str()),
            date = i.date(p.started.date_naive())
        ),
    };
    crate::ui::para(vec![Line::raw(format!(" {text}"))]).render(inner, buf);
    distribution(app, ws, d, dist_area, buf);

    let ds = &ws.dims[d];
    let block = panel(i.t("agreement-rationale"), theme);
    let inner = block.inner(rationale_area);
    block.render(rationale_area, buf);
    if let Some(ed) = &ds.agreement.rationale {
        Widget::render(ed, crate::ui::inset(inner), buf);
    } else {
        let text = record.map_or("", |r| r.rationale.as_str());
        let line = if text.is_empty() {
            let digits = app.key(Ctx::Agreement, Action::Digit(0));
            let hint = crate::t!(i, "agreement-hint", digits = digits);
            Line::styled(format!(" {hint}"), theme.muted())
        } else {
            Line::raw(format!(" {text}"))
        };
        crate::ui::para(vec![line]).render(inner, buf);
    }
}
