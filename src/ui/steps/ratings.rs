//! Ratings: each voice's level, hidden from the room until revealed.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{list_panel, subtitle, voice_label};
use crate::app::keys::Ctx;
use crate::app::workshop::{Sub, Workshop};
use crate::app::{Action, App};
use crate::t;
use crate::ui::theme::{Theme, level_bar, panel};

pub fn render(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Ratings, theme, area, buf);
    let rs = &ws.dims[d].ratings;
    let dim_id = &app.framework.dimensions[d].id;
    let record = ws.session.dimension(dim_id);
    let reason_h = if rs.reason.is_some() { 4 } else { 0 };
    let [main, reason_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(reason_h)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(main);
    let max = app.framework.max_level();
    let line = |n: usize| {
        let v = &ws.session.voices[n];
        let rating = record.and_then(|r| r.ratings.iter().find(|x| x.voice == v.id));
        let name = voice_label(ws, Some(v.id), app);
        let revealed = record.is_some_and(|r| r.ratings_revealed);
        // Until revealed, the screen (maybe projected) says only who has rated,
        // so that early ratings do not sway later ones.
        match rating {
            None => format!("· {} {name}", level_bar(None, max)),
            Some(_) if !revealed => format!("✓ {} {name}", "•".repeat(usize::from(max))),
            Some(r) => format!(
                "{} {} {name}  {}",
                r.level,
                level_bar(Some(r.level), max),
                r.reason
            ),
        }
    };
    list_panel(
        i.t("ratings-title"),
        i.t("ratings-no-voices"),
        ws.session.voices.len(),
        &line,
        rs.selected,
        true,
        theme,
        left,
        buf,
    );
    distribution(app, ws, d, right, buf);
    if let Some(reason) = &rs.reason {
        let who = ws
            .session
            .voices
            .get(rs.selected)
            .map(|v| voice_label(ws, Some(v.id), app))
            .unwrap_or_default();
        let block = panel(t!(i, "ratings-reason", voice = who), theme);
        let inner = block.inner(reason_area);
        block.render(reason_area, buf);
        Widget::render(reason, crate::ui::inset(inner), buf);
    }
}

pub fn distribution(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let dim_id = &app.framework.dimensions[d].id;
    let Some(record) = ws.session.dimension(dim_id) else {
        return;
    };
    let block = panel(i.t("ratings-distribution"), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines = Vec::new();
    if record.ratings_revealed {
        let dist = record.distribution(app.framework.levels.len());
        let most = dist.iter().copied().max().unwrap_or(0).max(1);
        let bar_room = u32::from(inner.width.saturating_sub(8));
        for (level, n) in dist.iter().enumerate() {
            let len = (n * bar_room).div_ceil(most).min(bar_room) as usize;
            let len = if *n == 0 { 0 } else { len.max(1) };
            lines.push(Line::from(vec![
                Span::styled(format!(" {level} "), theme.key()),
                Span::styled("█".repeat(len), theme.accent()),
                Span::raw(format!(" {n}")),
            ]));
        }
    } else {
        lines.push(Line::raw(format!(
            " {}",
            t!(
                i,
                "ratings-hidden",
                given = record.ratings.len(),
                voices = ws.session.voices.len()
            )
        )));
        lines.push(Line::styled(
            format!(
                " {}",
                t!(
                    i,
                    "ratings-reveal-hint",
                    key = app.key(Ctx::Ratings, Action::Reveal)
                )
            ),
            theme.muted(),
        ));
    }
    crate::ui::paint::lines(buf, inner, lines, 0);
}
