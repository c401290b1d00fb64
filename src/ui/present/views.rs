//! The room screen's content for each step: documents in ordinary text, the latest
//! contributions, the count of voices that rated, the distribution as bars, the agreed
//! level beside last meeting's.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Widget};

use super::big;
use crate::report::room::{Room, Shown, View};
use crate::report::{Document, Item};
use crate::ui::theme::Theme;

pub fn render(room: &Room, theme: Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    match &room.view {
        View::Text(doc) => text(doc, theme, area, buf),
        View::Latest { count, items } => latest(count, items, theme, area, buf),
        View::Hidden {
            given,
            voices,
            line,
        } => hidden(*given, *voices, line, theme, area, buf),
        View::Distribution { line, bars } => distribution(line, bars, theme, area, buf),
        View::Agreed {
            label,
            level,
            none,
            previous_label,
            previous,
            previous_none,
            rationale,
        } => {
            let [now, before] =
                Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                    .areas(area);
            let rationale_rows = if rationale.is_empty() { 0 } else { 2 };
            let [now, why] =
                Layout::vertical([Constraint::Min(1), Constraint::Length(rationale_rows)])
                    .areas(now);
            level_panel(label, level.as_ref(), none, true, theme, now, buf);
            level_panel(
                previous_label,
                previous.as_ref(),
                previous_none,
                false,
                theme,
                before,
                buf,
            );
            let lines = crate::ui::document::hang(
                " ",
                rationale,
                usize::from(why.width),
                Style::default(),
                Style::default(),
            );
            crate::ui::paint::plain(buf, why, &lines, 0);
        }
    }
}

fn text(doc: &Document, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lines = crate::ui::document::lines(doc, theme, usize::from(area.width));
    crate::ui::paint::plain(buf, area, &lines, 0);
}

/// The count, then the newest contributions that fit, oldest of them first: what was
/// just said is always on screen, and a new one adds its rows below the others.
fn latest(count: &str, items: &[Item], theme: Theme, area: Rect, buf: &mut Buffer) {
    Line::styled(format!(" {count}"), theme.title()).render(Rect { height: 1, ..area }, buf);
    let body = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let room = usize::from(body.height);
    let mut shown: Vec<Vec<Line<'static>>> = Vec::new();
    let mut used = 0;
    for item in items.iter().rev() {
        let w = usize::from(body.width);
        // Who spoke on a line of their own, muted; then what was said.
        let lead = item.lead.as_deref().unwrap_or_default();
        let mut lines = crate::ui::document::hang("  ", lead, w, theme.muted(), theme.muted());
        lines.extend(crate::ui::document::hang(
            "    ",
            &item.text,
            w,
            Style::default(),
            Style::default(),
        ));
        if used + lines.len() > room && !shown.is_empty() {
            break;
        }
        used += lines.len();
        shown.push(lines);
    }
    let lines: Vec<Line<'static>> = shown.into_iter().rev().flatten().collect();
    crate::ui::paint::plain(buf, body, &lines, 0);
}

/// "12 / 15" in large type, and the sentence under it.
fn hidden(given: usize, voices: usize, line: &str, theme: Theme, area: Rect, buf: &mut Buffer) {
    let [count, words] = Layout::vertical([Constraint::Min(1), Constraint::Length(2)]).areas(area);
    big::draw(
        &format!("{given}/{voices}"),
        theme.accent(),
        theme.accent(),
        Alignment::Center,
        count,
        buf,
    );
    Line::styled(line.to_string(), theme.title())
        .alignment(Alignment::Center)
        .render(Rect { height: 1, ..words }, buf);
}

/// How many voices gave each level, as tall bars the width of the screen.
fn distribution(line: &str, bars: &[(String, u32)], theme: Theme, area: Rect, buf: &mut Buffer) {
    Line::styled(format!(" {line}"), theme.title()).render(Rect { height: 1, ..area }, buf);
    let chart = Rect {
        x: area.x + 1,
        y: area.y + 2,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    };
    let n = u16::try_from(bars.len()).unwrap_or(1).max(1);
    let gap = if chart.width >= n * 6 { 2 } else { 1 };
    let width = (chart.width.saturating_sub(gap * (n - 1)) / n).max(1);
    let data: Vec<Bar> = bars
        .iter()
        .map(|(label, value)| {
            // The level's name where the bar is wide enough, its number otherwise.
            let label = if crate::text::width(label) <= usize::from(width) {
                label.clone()
            } else {
                label.split(' ').next().unwrap_or_default().to_string()
            };
            Bar::default()
                .value(u64::from(*value))
                .label(Line::from(label))
                .text_value(value.to_string())
        })
        .collect();
    BarChart::default()
        .data(BarGroup::default().bars(&data))
        .bar_width(width)
        .bar_gap(gap)
        .bar_style(theme.accent())
        .value_style(theme.selected())
        .label_style(theme.title())
        .render(chart, buf);
}

/// A level in large type with its name and what it means; `main` for this meeting's.
fn level_panel(
    label: &str,
    level: Option<&Shown>,
    none: &str,
    main: bool,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let style = if main { theme.accent() } else { theme.title() };
    let label_style = if main { theme.title() } else { theme.muted() };
    Line::styled(format!(" {label}"), label_style).render(Rect { height: 1, ..area }, buf);
    let Some(l) = level else {
        Line::styled(format!(" {none}"), theme.muted()).render(
            Rect {
                y: area.y + 2,
                height: 1,
                ..area
            }
            .intersection(area),
            buf,
        );
        return;
    };
    let digit_rows = if main { 8 } else { 4 }.min(area.height.saturating_sub(4));
    let digit = Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(1),
        height: digit_rows,
    };
    big::draw(
        &l.value.to_string(),
        style,
        style,
        Alignment::Left,
        digit,
        buf,
    );
    let words = Rect {
        y: area.y + 1 + digit_rows,
        height: area.height.saturating_sub(1 + digit_rows),
        ..area
    };
    let mut lines = vec![Line::styled(format!(" {} {}", l.value, l.name), style)];
    if main {
        lines.extend(crate::ui::document::hang(
            " ",
            &l.meaning,
            usize::from(words.width),
            Style::default(),
            Style::default(),
        ));
    }
    crate::ui::paint::plain(buf, words, &lines, 0);
}
