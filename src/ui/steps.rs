//! What the steps' views share: the dimension's subtitle, a list panel, how a voice
//! is named to the facilitator, text that scrolls.

pub mod actions;
pub mod agreement;
pub mod card;
pub mod contributions;
pub mod ratings;
pub mod review;
pub mod room;
pub mod setup;
pub mod summary;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::App;
use crate::app::workshop::{Sub, Workshop};
use crate::domain::summary::public_name;
use crate::ui::theme::{Theme, panel};

/// "Wide · Contributions" with the five parts, the current one marked.
pub fn subtitle(
    app: &App,
    d: usize,
    current: Sub,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    let [top, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let mut spans = vec![Span::styled(
        format!(" {} ", app.framework.dimensions[d].name),
        theme.accent(),
    )];
    for sub in Sub::ALL {
        let style = if sub == current {
            theme.selected()
        } else {
            theme.muted()
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(app.i18n.t(sub.message_id()), style));
    }
    Line::from(spans).render(top, buf);
    rest
}

/// Lines shown from `scroll`, with a mark when more lies below or above, in the
/// column before the last: the lines are laid out to leave it free.
pub fn scrolled(
    lines: &[Line<'static>],
    scroll: &crate::app::views::Scroll,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let total = lines.len() as u16;
    let scroll = scroll.fit(lines.len(), area.height);
    crate::ui::paint::plain(buf, area, lines, scroll);
    if area.height == 0 || area.width < 3 {
        return;
    }
    let x = area.right() - 2;
    if scroll + area.height < total {
        Line::styled("▼", theme.accent()).render(Rect::new(x, area.bottom() - 1, 1, 1), buf);
    }
    if scroll > 0 {
        Line::styled("▲", theme.accent()).render(Rect::new(x, area.y, 1, 1), buf);
    }
}

/// A titled panel with a list of lines, one of them selected, or a hint when empty.
#[allow(clippy::too_many_arguments)]
pub fn list_panel(
    title: impl std::fmt::Display,
    empty: impl std::fmt::Display,
    count: usize,
    line: &dyn Fn(usize) -> String,
    selected: usize,
    active: bool,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let block = panel(title, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if count == 0 {
        crate::ui::para(vec![Line::styled(format!(" {empty}"), theme.muted())]).render(inner, buf);
        return;
    }
    // Only the rows in view are formatted: a session of 5,000 contributions draws as
    // fast as one of 5.
    let width = inner.width.saturating_sub(2) as usize;
    let selected = selected.min(count - 1);
    let rows = usize::from(inner.height).max(1);
    let first = (selected + 1).saturating_sub(rows);
    let items: Vec<String> = (first..count.min(first + rows))
        .map(|n| crate::ui::fit(&line(n), width))
        .collect();
    let highlight = if active {
        theme.selected()
    } else {
        theme.muted()
    };
    crate::ui::paint::list(buf, inner, &items, Some(selected - first), highlight);
}

pub fn voice_label(ws: &Workshop, voice: Option<u32>, app: &App) -> String {
    match voice.and_then(|id| ws.session.voice(id)) {
        // The facilitator sees the names; "⊘" marks those not to be named in reports.
        Some(v) if v.consent_to_name => v.name.clone(),
        Some(v) => format!("⊘ {} ({})", v.name, public_name(v)),
        None => app.i18n.t("the-room"),
    }
}
