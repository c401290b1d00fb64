//! A dimension's card: definition, questions for the room, what each level means.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{scrolled, subtitle};
use crate::app::App;
use crate::app::workshop::Sub;
use crate::ui::theme::Theme;

pub fn render(app: &App, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let area = subtitle(app, d, Sub::Card, theme, area, buf);
    let dim = &app.framework.dimensions[d];
    let i = &app.i18n;
    // Three columns less: the margin, the scroll marks' and a space before them.
    let w = area.width.saturating_sub(3) as usize;
    let mut lines = vec![Line::default()];
    lines.extend(crate::ui::hanging(" ", &dim.definition, w, theme.title()));
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", i.t("card-questions")),
        theme.title(),
    ));
    for q in &dim.guiding_questions {
        lines.extend(crate::ui::hanging("  • ", q, w, theme.key()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", i.t("card-levels")),
        theme.title(),
    ));
    for (level, desc) in app.framework.levels.iter().zip(&dim.level_descriptors) {
        lines.extend(crate::ui::hanging(
            &format!("  {} ", level.value),
            &format!("{} — {desc}", level.name),
            w,
            theme.key(),
        ));
    }
    let start = crate::app::views::Scroll::default();
    let scroll = app.workshop().map_or(&start, |w| &w.dims[d].card.scroll);
    scrolled(&lines, scroll, theme, area, buf);
}
