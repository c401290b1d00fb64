//! The home screen: the sessions of the folder, or a first-run welcome.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::theme::{Theme, level_bar};
use crate::app::keys::Ctx;
use crate::app::{Action, App};
use crate::domain::session::Status;
use crate::t;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let errors = !app.load_errors.is_empty();
    let [list, foot] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(u16::from(errors))]).areas(area);
    if errors {
        let text = t!(
            i,
            "home-load-errors",
            count = app.load_errors.len(),
            key = app.key(Ctx::Home, Action::ShowErrors)
        );
        Line::styled(
            format!(
                " {}",
                super::fit(&text, foot.width.saturating_sub(1) as usize)
            ),
            theme.warn(),
        )
        .render(foot, buf);
    }
    if app.sessions.is_empty() && app.loading {
        Line::styled(format!("  {}", i.t("home-loading")), theme.muted()).render(list, buf);
        return;
    }
    if app.sessions.is_empty() {
        return welcome(app, theme, list, buf);
    }
    sessions(app, theme, list, buf);
}

/// The sessions of the folder, newest first, the selected one in view.
fn sessions(app: &App, theme: Theme, list: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let fw = &app.framework;
    // The title matters most ("meeting 3" is at its end): the series shows from 100
    // columns, the place from 130.
    let with_series = list.width >= 100;
    let with_place = list.width >= 130;
    let bars_width = (fw.dimensions.len() * (usize::from(fw.max_level()) + 1)) as u16;
    // Room for "◆ 24 sept. 2025" (the longest short month) only while one is marked:
    // otherwise the title keeps those two columns.
    let date_width = if app.marked.is_some() { 15 } else { 13 };
    let mut widths = vec![Constraint::Length(date_width), Constraint::Fill(3)];
    if with_series {
        widths.push(Constraint::Fill(2));
    }
    if with_place {
        widths.push(Constraint::Fill(2));
    }
    widths.push(Constraint::Length(12));
    widths.push(Constraint::Length(bars_width));
    // The same layout the table will use, to cut cells with "…" rather than bluntly.
    let inner = Rect {
        width: list.width.saturating_sub(2),
        ..list
    };
    let cols: Vec<usize> = Layout::horizontal(widths.clone())
        .spacing(1)
        .split(inner)
        .iter()
        .map(|r| r.width as usize)
        .collect();
    let mut header = vec![i.t("col-date"), i.t("col-title")];
    if with_series {
        header.push(i.t("col-series"));
    }
    if with_place {
        header.push(i.t("col-place"));
    }
    header.push(i.t("col-status"));
    let initials: String = fw.dimensions.iter().fold(String::new(), |mut out, d| {
        let _ = write!(out, "{:<6}", super::fit(&d.name, 5));
        out
    });
    header.push(initials.trim_end().to_string());
    // Only the rows in view are built: years of sessions draw as fast as a few.
    let rows_in_view = usize::from(list.height.saturating_sub(1)).max(1);
    let selected = app.home_selected.min(app.sessions.len() - 1);
    let first = (selected + 1).saturating_sub(rows_in_view);
    let shown = &app.sessions[first..app.sessions.len().min(first + rows_in_view)];
    let rows: Vec<Vec<(String, Style)>> = shown
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let n = n + first;
            let s = &l.digest;
            let mark = if app.marked == Some(n) { "◆ " } else { "" };
            let mut texts = vec![
                format!("{mark}{}", i.date_short(s.started.date_naive())),
                s.title.clone(),
            ];
            if with_series {
                texts.push(s.series.clone());
            }
            if with_place {
                texts.push(s.place.clone());
            }
            let mut cells: Vec<(String, Style)> = texts
                .iter()
                .enumerate()
                .map(|(c, t)| {
                    let fitted = super::fit(t, cols.get(c).copied().unwrap_or(10));
                    (fitted, Style::default())
                })
                .collect();
            let status_style = if s.status == Status::InProgress {
                theme.accent()
            } else {
                theme.muted()
            };
            cells.push((i.t(s.status.message_id()), status_style));
            let bars: Vec<String> = fw
                .dimensions
                .iter()
                .map(|d| level_bar(s.agreed_level(&d.id), fw.max_level()))
                .collect();
            cells.push((bars.join(" "), Style::default()));
            cells
        })
        .collect();
    super::paint::table(
        buf,
        list,
        &widths,
        Some((&header, theme.title())),
        &rows,
        Some(selected - first),
        theme.selected(),
    );
}

fn welcome(app: &App, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let w = area.width as usize;
    let plain = ratatui::style::Style::default();
    let mut lines = vec![
        Line::default(),
        Line::styled(format!("  {}", i.t("welcome-title")), theme.accent()),
        Line::default(),
    ];
    lines.extend(super::hanging("  ", &i.t("welcome-what"), w, plain));
    lines.push(Line::default());
    lines.extend(super::hanging(
        "  ",
        &t!(i, "welcome-empty", dir = app.folder.as_str()),
        w,
        plain,
    ));
    lines.push(Line::default());
    lines.extend(super::hanging(
        &format!("  {}  ", app.key(Ctx::Home, Action::NewSession)),
        &i.t("welcome-start"),
        w,
        theme.key(),
    ));
    lines.extend(super::hanging(
        &format!("  {}  ", app.key(Ctx::Browse, Action::Help)),
        &i.t("welcome-help"),
        w,
        theme.key(),
    ));
    lines.push(Line::default());
    lines.extend(super::hanging(
        "  ",
        &i.t("welcome-examples"),
        w,
        theme.muted(),
    ));
    super::paint::plain(buf, area, &lines, 0);
}
