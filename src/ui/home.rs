//! The home screen: the sessions of the folder, or a first-run welcome.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::columns::{Col, share};
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
    // The title matters most ("meeting 3" is at its end): the series shows from 100
    // columns, the place from 130.
    let with_series = list.width >= 100;
    let with_place = list.width >= 130;
    // Only the rows in view are built: years of sessions draw as fast as a few.
    let rows_in_view = usize::from(list.height.saturating_sub(1)).max(1);
    let selected = app.home_selected.min(app.sessions.len() - 1);
    let first = (selected + 1).saturating_sub(rows_in_view);
    let shown = &app.sessions[first..app.sessions.len().min(first + rows_in_view)];
    let levels = Levels::new(app, list.width);
    let mut header = vec![i.t("col-date"), i.t("col-title")];
    // Room for "◆ 24 sept. 2025" (the longest short month) only while one is marked:
    // otherwise the title keeps those two columns.
    let date_width = if app.marked.is_some() { 15 } else { 13 };
    let texts = |k: usize| {
        (first..first + shown.len())
            .map(move |n| app.listed_texts.get(n).map_or("", |t| t[k].as_str()))
    };
    let mut cols = vec![Col::fixed(date_width), Col::text(20, texts(0))];
    if with_series {
        header.push(i.t("col-series"));
        cols.push(Col::text(12, texts(1)));
    }
    if with_place {
        header.push(i.t("col-place"));
        cols.push(Col::text(12, texts(2)));
    }
    header.push(i.t("col-status"));
    cols.push(Col::fixed(12));
    header.push(levels.header.clone());
    cols.push(Col::fixed(levels.width()));
    let order: Vec<usize> = (1..cols.len() - 2).collect();
    // Two for the selection mark.
    let widths = share(list.width.saturating_sub(2), 1, &cols, &order);
    let rows: Vec<Vec<(String, Style)>> = shown
        .iter()
        .enumerate()
        .map(|(n, l)| {
            // Titles in a series differ at their end ("… meeting 3"): a cut keeps what
            // tells it from the titles in view.
            let title = app
                .listed_texts
                .get(n + first)
                .map_or("", |t| t[0].as_str());
            let parting = crate::text::parting(title, texts(0));
            session_row(app, theme, &levels, (n + first, l), &widths, parting)
        })
        .collect();
    let constraints: Vec<Constraint> = widths.iter().map(|w| Constraint::Length(*w)).collect();
    super::paint::table(
        buf,
        list,
        &constraints,
        Some((&header, theme.title())),
        &rows,
        Some(selected - first),
        theme.selected(),
    );
}

/// How the agreed levels show: a bar per dimension under its name, as wide as the
/// name when there is room; below 80 columns a figure each, so that the title keeps
/// enough to tell two sessions apart.
struct Levels {
    bars: bool,
    columns: Vec<u16>,
    header: String,
}

impl Levels {
    fn new(app: &App, width: u16) -> Levels {
        let fw = &app.framework;
        let bars = width >= 80;
        let bar = u16::from(fw.max_level());
        let columns: Vec<u16> = fw
            .dimensions
            .iter()
            .map(|d| match (bars, width >= 140) {
                (true, true) => bar.max(crate::text::width(&d.name).min(16) as u16),
                (true, false) => bar,
                (false, _) => 1,
            })
            .collect();
        let header = fw
            .dimensions
            .iter()
            .zip(&columns)
            .map(|(d, w)| {
                // A figure's column is headed by the dimension's initial.
                let name = if *w == 1 {
                    d.name.chars().take(1).collect()
                } else {
                    super::fit(&d.name, usize::from(*w))
                };
                format!("{name:<w$}", w = usize::from(*w))
            })
            .collect::<Vec<_>>()
            .join(" ");
        Levels {
            bars,
            columns,
            header: header.trim_end().to_string(),
        }
    }

    fn width(&self) -> u16 {
        self.columns.iter().sum::<u16>() + self.columns.len().saturating_sub(1) as u16
    }

    fn cell(&self, app: &App, s: &crate::domain::digest::Digest) -> String {
        let fw = &app.framework;
        fw.dimensions
            .iter()
            .zip(&self.columns)
            .map(|(d, w)| {
                let level = s.agreed_level(&d.id);
                let shown = if self.bars {
                    level_bar(level, fw.max_level())
                } else {
                    level.map_or("·".into(), |l| l.to_string())
                };
                format!("{shown:<w$}", w = usize::from(*w))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn session_row(
    app: &App,
    theme: Theme,
    levels: &Levels,
    (n, l): (usize, &crate::store::Listed),
    widths: &[u16],
    parting: Option<(usize, usize)>,
) -> Vec<(String, Style)> {
    let i = &app.i18n;
    let s = &l.digest;
    let mark = if app.marked == Some(n) { "◆ " } else { "" };
    let [title, series, place] = app.listed_texts.get(n).map_or(["", "", ""], |t| {
        [t[0].as_str(), t[1].as_str(), t[2].as_str()]
    });
    let mut cells = vec![(
        format!("{mark}{}", i.date_short(s.started.date_naive())),
        Style::default(),
    )];
    cells.push((
        crate::text::fit_parting(title, usize::from(widths[1]), parting),
        Style::default(),
    ));
    for (k, text) in [(4, series), (5, place)] {
        if widths.len() > k {
            cells.push((
                super::fit(text, usize::from(widths[k - 2])),
                Style::default(),
            ));
        }
    }
    let status_style = if s.status == Status::InProgress {
        theme.accent()
    } else {
        theme.muted()
    };
    cells.push((i.t(s.status.message_id()), status_style));
    cells.push((levels.cell(app, s).trim_end().to_string(), Style::default()));
    cells
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
