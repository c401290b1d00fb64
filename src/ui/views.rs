//! Review a past session, compare two, follow a series over time.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Tabs, Widget};

use super::theme::Theme;
use crate::app::keys::Ctx;
use crate::app::views::{Grouping, Scroll, TrendView, View};
use crate::app::{Action, App};
use crate::domain::privacy::Public;
use crate::domain::session::Session;
use crate::domain::trend::Trend;
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
            scroll,
            area,
            buf,
        ),
        View::Compare {
            earlier,
            later,
            between,
            scroll,
            laid,
        } => {
            let theme = Theme { color: app.color };
            let key = (area.width, app.i18n.lang().to_string(), app.color);
            let lines = laid.get(key, || {
                let between: Vec<&Public> = between.iter().collect();
                let doc =
                    report::compare::document(earlier, later, &between, &app.framework, &app.i18n);
                super::document::lines(&doc, theme, (area.width as usize).saturating_sub(1))
            });
            scrolled(app, &lines, scroll, area, buf);
        }
        View::Trend(v) => trend(app, v, area, buf),
        View::Series(v) => super::series::render(app, v, area, buf),
    }
}

#[allow(clippy::too_many_arguments)]
fn review(
    app: &App,
    public: &Public,
    previous: Option<&Public>,
    tab: usize,
    grouping: Grouping,
    scroll: &Scroll,
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
    scrolled(app, &lines, scroll, body, buf);
}

/// The lines from the scroll's first on. When they do not all fit, the last row is
/// kept to say that more follows, so a page cut short never looks like the end and
/// the mark covers no text.
fn scrolled(app: &App, lines: &[Line<'_>], scroll: &Scroll, area: Rect, buf: &mut Buffer) {
    let cut = lines.len() > usize::from(area.height);
    let height = area.height.saturating_sub(u16::from(cut));
    let top = scroll.fit(lines.len(), height);
    super::paint::plain(buf, Rect { height, ..area }, lines, top);
    if cut && usize::from(top) + usize::from(height) < lines.len() {
        let theme = Theme { color: app.color };
        let mark = Rect {
            y: area.y + height,
            height: 1,
            ..area
        };
        Line::styled(format!(" {}", app.i18n.t("more-below")), theme.muted()).render(mark, buf);
    }
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

fn trend(app: &App, view: &TrendView, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let fw = &app.framework;
    let tr = &view.trend;
    let [title_area, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let title = t!(
        i,
        "trend-title",
        series = view.series.as_str(),
        count = tr.points.len()
    );
    Line::styled(
        super::fit(&format!(" {title}"), area.width as usize),
        theme.title(),
    )
    .render(title_area, buf);
    if tr.points.is_empty() {
        return;
    }
    let need = super::chart::rows_needed(fw.max_level());
    let rows = tr.points.len() as u16 + 1;
    // The chart gets what the table leaves, the table at least its header and a row.
    let table_h = rows.min(body.height.saturating_sub(need).max(2.min(body.height)));
    let [top, table_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(table_h)]).areas(body);
    match view.by_group {
        Some(n) => by_group(app, tr, n, theme, top, buf),
        None if top.height >= need => levels_chart(app, view, theme, top, buf),
        None => {
            let hint = t!(
                i,
                "trend-chart-small",
                key = app.key(Ctx::View, Action::Grouping)
            );
            Line::styled(
                super::fit(&format!(" {hint}"), top.width as usize),
                theme.muted(),
            )
            .render(top, buf);
        }
    }
    trend_table(app, view, theme, table_area, buf);
}

fn levels_chart(app: &App, view: &TrendView, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (tr, selected) = (&view.trend, view.selected);
    let fw = &app.framework;
    let colors = [Color::Blue, Color::Magenta, Color::Green, Color::Yellow];
    let marks = ['●', '◆', '▲', '■'];
    let levels: Vec<Vec<Option<u8>>> = (0..tr.dimensions.len())
        .map(|d| tr.points.iter().map(|p| p.levels[d]).collect())
        .collect();
    let names: Vec<String> = fw.levels.iter().map(|l| l.name.clone()).collect();
    let dates: Vec<String> = tr
        .points
        .iter()
        .map(|p| app.i18n.date_short(p.started.date_naive()))
        .collect();
    let series = tr
        .dimensions
        .iter()
        .enumerate()
        .map(|(n, d)| super::chart::Series {
            name: fw.dimension_name(d),
            mark: marks[n % marks.len()],
            color: if app.color {
                colors[n % colors.len()]
            } else {
                Color::Reset
            },
            levels: &levels[n],
        })
        .collect();
    let count = tr.points.len();
    let note = |from: usize, to: usize| {
        t!(
            app.i18n,
            "trend-chart-window",
            from = from,
            to = to,
            total = count
        )
    };
    super::chart::LevelChart {
        series,
        level_names: &names,
        meetings: &dates,
        axis: theme.muted(),
        focus: selected,
        window_note: &note,
    }
    .render(area, buf);
}

/// Each stakeholder group's levels of one dimension over the meetings, as the report
/// has them.
fn by_group(app: &App, tr: &Trend, n: usize, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let mut doc = report::Document::new(i);
    let name = tr
        .dimensions
        .get(n)
        .map_or("", |d| app.framework.dimension_name(d));
    doc.push(Block::Subheading(t!(i, "trend-by-group", dimension = name)));
    match report::trend::by_group(tr, n, &app.framework, i) {
        Some(table) => doc.push(Block::Table(table)),
        None => doc.push(Block::Paragraph(i.t("trend-by-group-none"))),
    }
    let lines = super::document::lines(&doc, theme, area.width as usize);
    super::paint::plain(buf, area, &lines, 0);
}

/// A row per meeting: its levels (with the spread of ratings when there is room), who
/// came and what was done.
fn trend_table(app: &App, view: &TrendView, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (tr, selected) = (&view.trend, view.selected);
    let i = &app.i18n;
    let fw = &app.framework;
    let spreads = area.width >= 100;
    let mut header = vec![i.t("col-date")];
    header.extend(
        tr.dimensions
            .iter()
            .map(|d| fw.dimension_name(d).to_string()),
    );
    header.extend(report::trend::indicator_headers(i));
    let cells = view.cells.get((i.lang().to_string(), spreads), || {
        tr.points
            .iter()
            .map(|p| {
                let mut row = vec![i.date_short(p.started.date_naive())];
                for (level, spread) in p.levels.iter().zip(&p.spreads) {
                    let l = level.map_or("–".into(), |l| l.to_string());
                    row.push(match spread {
                        Some(s) if spreads => format!("{l} ({}–{})", s.min, s.max),
                        _ => l,
                    });
                }
                row.extend(report::trend::indicator_cells(p, fw, i));
                row
            })
            .collect()
    });
    // Dates and figures as wide as they are; the dimensions share the rest.
    let fitted = |c: usize| {
        std::iter::once(&header[c])
            .chain(cells.iter().map(|r| &r[c]))
            .map(|s| crate::text::width(s))
            .max()
            .unwrap_or(1) as u16
    };
    let dims = tr.dimensions.len();
    // The date, the dimensions, then the figures as long as the dimensions keep six
    // columns each: groups go first, then the actions done, young people, women.
    let mut keep: Vec<usize> = (0..=dims + 5).collect();
    let room_for = |keep: &[usize]| {
        let fixed: u16 = keep
            .iter()
            .filter(|c| **c == 0 || **c > dims)
            .map(|c| fitted(*c))
            .sum();
        // Two for the selection mark, one between columns.
        area.width.saturating_sub(fixed + 2 + keep.len() as u16 - 1)
    };
    for drop in [dims + 4, dims + 5, dims + 3, dims + 2] {
        if room_for(&keep) / dims.max(1) as u16 >= 6 {
            break;
        }
        keep.retain(|c| *c != drop);
    }
    let room = room_for(&keep);
    let widths: Vec<u16> = keep
        .iter()
        .map(|c| {
            if (1..=dims).contains(c) {
                room / dims.max(1) as u16
            } else {
                fitted(*c)
            }
        })
        .collect();
    let header: Vec<String> = keep
        .iter()
        .zip(&widths)
        .map(|(c, w)| crate::text::fit(&header[*c], usize::from(*w)))
        .collect();
    // Only the rows in sight are built, scrolled as the table itself would.
    let visible = usize::from(area.height.saturating_sub(1)).max(1);
    let offset = selected.saturating_sub(visible - 1);
    let rows = cells
        .iter()
        .skip(offset)
        .take(visible)
        .map(|r| Row::new(keep.iter().map(|c| Cell::from(r[*c].as_str()))));
    let table = Table::new(rows, widths.into_iter().map(Constraint::Length))
        .header(Row::new(header).style(theme.title()))
        .row_highlight_style(theme.selected())
        .highlight_symbol("› ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(selected - offset));
    StatefulWidget::render(table, area, buf, &mut state);
}
