//! Review a past session, compare two, follow a series over time.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{
    Axis, Cell, Chart, Dataset, GraphType, Row, StatefulWidget, Table, TableState, Tabs, Widget,
};

use super::theme::{Theme, panel};
use crate::app::App;
use crate::app::views::{Grouping, View};
use crate::domain::privacy::Public;
use crate::domain::session::Session;
use crate::report::{self, Block, Item};
use crate::t;

pub fn render(app: &App, view: &View, area: Rect, buf: &mut Buffer) {
    match view {
        View::Review {
            session,
            previous,
            tab,
            grouping,
            scroll,
        } => review(
            app,
            session,
            previous.as_deref(),
            *tab,
            *grouping,
            *scroll,
            area,
            buf,
        ),
        View::Compare {
            earlier,
            later,
            between,
            scroll,
        } => compare(app, earlier, later, between, *scroll, area, buf),
        View::Trend {
            series,
            selected,
            meetings,
        } => trend(app, series, meetings, *selected, area, buf),
    }
}

#[allow(clippy::too_many_arguments)]
fn review(
    app: &App,
    public: &Public,
    previous: Option<&Public>,
    tab: usize,
    grouping: Grouping,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let fw = &app.framework;
    let s = public.session();
    let [title_area, tabs_area, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    let title = format!(
        " {} — {} · {}",
        i.t("review-title"),
        s.title,
        i.date(s.started.date_naive())
    );
    Line::styled(super::fit(&title, title_area.width as usize), theme.title())
        .render(title_area, buf);
    let mut titles = vec![i.t("review-overview")];
    titles.extend(fw.dimensions.iter().map(|d| d.name.clone()));
    Tabs::new(titles)
        .select(tab)
        .highlight_style(theme.selected())
        .render(tabs_area, buf);
    let cols = body.width as usize;
    let mut doc = match fw.dimensions.get(tab.wrapping_sub(1)) {
        None => {
            let mut doc = report::session::summary(public, fw, i);
            // The title is already above the tabs.
            doc.blocks.retain(|b| !matches!(b, Block::Title(_)));
            doc
        }
        Some(dim) => report::review::dimension(public, dim, grouping, fw, i),
    };
    if let (0, Some(p)) = (tab, previous) {
        doc.push(Block::Heading(i.t("md-comparison")));
        doc.push(Block::Items(levels_against(p.session(), s, fw)));
    }
    let lines = super::document::lines(&doc, theme, cols.saturating_sub(1));
    super::paint::plain(buf, body, &lines, scroll);
}

/// Each dimension's level at the previous meeting and at this one.
fn levels_against(p: &Session, s: &Session, fw: &crate::domain::framework::Framework) -> Vec<Item> {
    fw.dimensions
        .iter()
        .map(|d| {
            let (b, a) = (p.agreed_level(&d.id), s.agreed_level(&d.id));
            let change = crate::domain::compare::Change::of(b, a);
            let show = |l: Option<u8>| l.map_or("–".to_string(), |l| l.to_string());
            Item::text(format!(
                "{} {} → {} {}",
                d.name,
                show(b),
                show(a),
                change.arrow()
            ))
        })
        .collect()
}

fn compare(
    app: &App,
    earlier: &Public,
    later: &Public,
    between: &[Public],
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = Theme { color: app.color };
    let between: Vec<&Public> = between.iter().collect();
    let doc = report::compare::document(earlier, later, &between, &app.framework, &app.i18n);
    let lines = super::document::lines(&doc, theme, (area.width as usize).saturating_sub(1));
    super::paint::plain(buf, area, &lines, scroll);
}

fn trend(
    app: &App,
    series: &str,
    meetings: &[crate::domain::digest::Digest],
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let fw = &app.framework;
    let tr = crate::domain::trend::trend(series, meetings, fw);
    let table_h = (tr.points.len() as u16 + 2).min(area.height / 2);
    let [chart_area, table_area] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(table_h)]).areas(area);
    let Some(first) = tr.points.first() else {
        return;
    };
    let t0 = first.started;
    let days = |p: &crate::domain::trend::Point| (p.started - t0).num_days() as f64;
    let last_day = tr.points.last().map_or(1.0, days).max(1.0);
    let data: Vec<Vec<(f64, f64)>> = (0..tr.dimensions.len())
        .map(|d| {
            tr.points
                .iter()
                .filter_map(|p| p.levels[d].map(|l| (days(p), f64::from(l))))
                .collect()
        })
        .collect();
    let colors = [
        ratatui::style::Color::Blue,
        ratatui::style::Color::Magenta,
        ratatui::style::Color::Green,
    ];
    // Each line has its own marker too, so they stay apart without colour.
    let markers = [
        (Marker::Braille, "⣀"),
        (Marker::Dot, "•"),
        (Marker::Block, "█"),
    ];
    let datasets: Vec<Dataset> = tr
        .dimensions
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let style = if app.color {
                Style::default().fg(colors[n % colors.len()])
            } else {
                Style::default()
            };
            Dataset::default()
                .name(format!(
                    "{} {}",
                    markers[n % markers.len()].1,
                    fw.dimension_name(d)
                ))
                .marker(markers[n % markers.len()].0)
                .graph_type(GraphType::Line)
                .style(style)
                .data(&data[n])
        })
        .collect();
    let x_labels: Vec<Line> = vec![
        Line::raw(i.date_short(t0.date_naive())),
        Line::raw(i.date_short(tr.points.last().map_or(t0, |p| p.started).date_naive())),
    ];
    let y_labels: Vec<Line> = (0..=fw.max_level())
        .map(|l| Line::raw(l.to_string()))
        .collect();
    Chart::new(datasets)
        .block(panel(
            t!(i, "trend-title", series = series, count = tr.points.len()),
            theme,
        ))
        .x_axis(Axis::default().bounds([0.0, last_day]).labels(x_labels))
        .y_axis(
            Axis::default()
                .bounds([0.0, f64::from(fw.max_level())])
                .labels(y_labels),
        )
        .legend_position(Some(ratatui::widgets::LegendPosition::TopLeft))
        .hidden_legend_constraints((Constraint::Ratio(1, 2), Constraint::Ratio(1, 1)))
        .render(chart_area, buf);
    trend_table(app, &tr, selected, theme, table_area, buf);
}

/// A row per meeting: its levels with the spread of ratings, people and groups.
fn trend_table(
    app: &App,
    tr: &crate::domain::trend::Trend,
    selected: usize,
    theme: Theme,
    table_area: Rect,
    buf: &mut Buffer,
) {
    let i = &app.i18n;
    let fw = &app.framework;
    let mut header = vec![i.t("col-date")];
    header.extend(
        tr.dimensions
            .iter()
            .map(|d| fw.dimension_name(d).to_string()),
    );
    header.extend([i.t("md-people"), i.t("trend-groups")]);
    let rows = tr.points.iter().map(|p| {
        let mut cells = vec![Cell::from(i.date_short(p.started.date_naive()))];
        for (level, spread) in p.levels.iter().zip(&p.spreads) {
            let l = level.map_or("–".into(), |l| l.to_string());
            cells.push(Cell::from(match spread {
                Some(s) => format!("{l} ({}–{})", s.min, s.max),
                None => l,
            }));
        }
        cells.push(Cell::from(p.people.to_string()));
        cells.push(Cell::from(p.groups.to_string()));
        Row::new(cells)
    });
    let mut widths = vec![Constraint::Length(13)];
    widths.extend(tr.dimensions.iter().map(|_| Constraint::Fill(1)));
    widths.extend([Constraint::Length(9), Constraint::Length(8)]);
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.title()))
        .row_highlight_style(theme.selected())
        .highlight_symbol("› ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, table_area, buf, &mut state);
}
