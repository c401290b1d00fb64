//! The series screen: every series of the folder, one row each, and the selected one
//! told in full below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::app::views::SeriesView;
use crate::domain::overview::Overview;
use crate::report;
use crate::t;

pub fn render(app: &App, view: &SeriesView, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let detail_h = if area.height >= 12 { 5 } else { 0 };
    let [title_area, table_area, detail_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(detail_h),
    ])
    .areas(area);
    let title = t!(i, "series-title", count = view.lines.len());
    Line::styled(
        super::fit(&format!(" {title}"), area.width as usize),
        theme.title(),
    )
    .render(title_area, buf);
    table(app, view, theme, table_area, buf);
    if let Some(o) = view.lines.get(view.selected) {
        detail(app, o, theme, detail_area, buf);
    }
}

fn table(app: &App, view: &SeriesView, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let header = report::series::headers(&app.framework, i);
    let cells: Vec<Vec<String>> = view
        .lines
        .iter()
        .map(|o| report::series::cells(o, i))
        .collect();
    let header_w: Vec<usize> = header.iter().map(|h| crate::text::width(h)).collect();
    let widest = |c: usize, with_header: bool| {
        cells
            .iter()
            .map(|r| crate::text::width(&r[c]))
            .chain(with_header.then(|| header_w[c]))
            .max()
            .unwrap_or(1) as u16
    };
    let spacing = header.len() as u16 - 1 + 2;
    let mut widths: Vec<u16> = (0..header.len()).map(|c| widest(c, c > 0)).collect();
    // The series' name keeps 20 columns: the dimensions' names are shortened first,
    // then the other headers are abbreviated.
    let fixed = |w: &[u16]| w[1..].iter().sum::<u16>() + spacing;
    let dims = app.framework.dimensions.len();
    let mut header = header;
    if area.width.saturating_sub(fixed(&widths)) < 20 {
        for w in &mut widths[3..3 + dims] {
            *w = (*w).min(5);
        }
    }
    if area.width.saturating_sub(fixed(&widths)) < 20 {
        let short = report::series::short_headers(i);
        for (c, h) in [(1, 0), (3 + dims, 1), (4 + dims, 2), (5 + dims, 3)] {
            header[c].clone_from(&short[h]);
            widths[c] = widest(c, false).max(crate::text::width(&header[c]) as u16);
        }
    }
    // Narrower still, the meetings and people go: the lines below the table say them.
    let mut keep: Vec<usize> = (0..header.len()).collect();
    if area.width.saturating_sub(fixed(&widths)) < 14 {
        keep.retain(|c| *c != 1 && *c != 3 + dims);
        let dropped = widths[1] + widths[3 + dims] + 2;
        widths[0] = (area.width + dropped).saturating_sub(fixed(&widths)).max(1);
    } else {
        widths[0] = area.width.saturating_sub(fixed(&widths)).max(1);
    }
    let widths: Vec<u16> = keep.iter().map(|c| widths[*c]).collect();
    let fitted: Vec<String> = keep
        .iter()
        .zip(&widths)
        .map(|(c, w)| crate::text::fit(&header[*c], usize::from(*w)))
        .collect();
    let rows: Vec<Row> = cells
        .iter()
        .map(|r| {
            Row::new(
                keep.iter()
                    .zip(&widths)
                    .map(|(c, w)| Cell::from(crate::text::fit(&r[*c], usize::from(*w)))),
            )
        })
        .collect();
    let table = Table::new(rows, widths.into_iter().map(Constraint::Length))
        .header(Row::new(fitted).style(theme.title()))
        .row_highlight_style(theme.selected())
        .highlight_symbol("› ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(view.selected));
    StatefulWidget::render(table, area, buf, &mut state);
}

/// The selected series in words: its latest meeting, its span, where each dimension
/// stands against the level agreed before, and what is left to do.
fn detail(app: &App, o: &Overview, theme: Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let i = &app.i18n;
    let fw = &app.framework;
    // One column of margin each side; the leading space stands for the left one.
    let width = (area.width as usize).saturating_sub(1);
    let levels: Vec<String> = o
        .levels
        .iter()
        .map(|s| {
            let name = fw.dimension_name(&s.dimension);
            match s.previous {
                Some(p) if s.level.is_some() => t!(
                    i,
                    "series-level-was",
                    dimension = name,
                    level = report::series::level(s),
                    previous = p
                ),
                _ => format!("{name} {}", report::series::level(s)),
            }
        })
        .collect();
    let span = t!(
        i,
        "series-span",
        first = i.date_short(o.first),
        last = i.date_short(o.last),
        meetings = o.meetings,
        people = o.people
    );
    let actions = t!(
        i,
        "series-actions",
        open = o.open_actions,
        overdue = o.overdue_actions
    );
    let block = ratatui::widgets::Block::default().borders(ratatui::widgets::Borders::TOP);
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = vec![
        Line::styled(super::fit(&format!(" {}", o.latest), width), theme.title()),
        Line::raw(super::fit(&format!(" {span}"), width)),
        Line::raw(super::fit(&format!(" {}", levels.join(" · ")), width)),
        Line::styled(
            super::fit(&format!(" {actions}"), width),
            if o.overdue_actions > 0 {
                theme.warn()
            } else {
                theme.muted()
            },
        ),
    ];
    super::paint::lines(buf, inner, lines, 0);
}
