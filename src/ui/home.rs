//! The home screen: the sessions of the folder, or a first-run welcome.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::theme::{Theme, level_bar};
use crate::app::App;
use crate::domain::session::Status;
use crate::t;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let errors = !app.load_errors.is_empty();
    let [list, foot] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(u16::from(errors))]).areas(area);
    if errors {
        let text = t!(i, "home-load-errors", count = app.load_errors.len());
        Line::styled(super::fit(&text, foot.width as usize), theme.warn()).render(foot, buf);
    }
    if app.sessions.is_empty() {
        return welcome(app, theme, list, buf);
    }
    let fw = &app.framework;
    let wide = list.width >= 110;
    let mut header = vec![i.t("col-date"), i.t("col-title"), i.t("col-series")];
    if wide {
        header.push(i.t("col-place"));
    }
    header.push(i.t("col-status"));
    let initials: String = fw
        .dimensions
        .iter()
        .map(|d| format!("{:<6}", super::fit(&d.name, 5)))
        .collect();
    header.push(initials.trim_end().to_string());
    let rows = app.sessions.iter().enumerate().map(|(n, l)| {
        let s = &l.session;
        let mark = if app.marked == Some(n) { "◆ " } else { "" };
        let mut cells = vec![
            Cell::from(format!("{mark}{}", i.date_short(s.started.date_naive()))),
            Cell::from(crate::cli::table::one_line(&s.title)),
            Cell::from(crate::cli::table::one_line(&s.series)),
        ];
        if wide {
            cells.push(Cell::from(crate::cli::table::one_line(&s.place)));
        }
        let status = i.t(s.status.message_id());
        cells.push(Cell::from(Span::styled(
            status,
            if s.status == Status::InProgress {
                theme.accent()
            } else {
                theme.muted()
            },
        )));
        let bars: Vec<String> = fw
            .dimensions
            .iter()
            .map(|d| level_bar(s.agreed_level(&d.id), fw.max_level()))
            .collect();
        cells.push(Cell::from(bars.join(" ")));
        Row::new(cells)
    });
    let bars_width = (fw.dimensions.len() * (usize::from(fw.max_level()) + 1)) as u16;
    let mut widths = vec![
        Constraint::Length(13),
        Constraint::Fill(3),
        Constraint::Fill(2),
    ];
    if wide {
        widths.push(Constraint::Fill(2));
    }
    widths.push(Constraint::Length(12));
    widths.push(Constraint::Length(bars_width));
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.title()))
        .row_highlight_style(theme.selected())
        .column_spacing(1)
        .block(Block::default());
    let mut state = TableState::default().with_selected(Some(app.home_selected));
    StatefulWidget::render(table, list, buf, &mut state);
}

fn welcome(app: &App, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let lines = vec![
        Line::default(),
        Line::styled(format!("  {}", i.t("welcome-title")), theme.accent()),
        Line::default(),
        Line::raw(format!("  {}", i.t("welcome-what"))),
        Line::default(),
        Line::raw(format!(
            "  {}",
            t!(i, "welcome-empty", dir = app.folder.as_str())
        )),
        Line::default(),
        Line::from(vec![
            Span::raw("  "),
            Span::styled("n", theme.key()),
            Span::raw(format!("  {}", i.t("welcome-start"))),
        ]),
        Line::from(vec![
            Span::raw("  "),
            Span::styled("?", theme.key()),
            Span::raw(format!("  {}", i.t("welcome-help"))),
        ]),
        Line::default(),
        Line::styled(format!("  {}", i.t("welcome-examples")), theme.muted()),
    ];
    super::para(lines).render(area, buf);
}
