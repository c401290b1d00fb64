//! Review a past session, compare two, follow a series over time.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Cell, Chart, Dataset, GraphType, Row, StatefulWidget, Table, TableState, Tabs, Widget,
};

use super::theme::{Theme, level_bar, panel};
use crate::app::App;
use crate::app::views::{Grouping, View};
use crate::domain::session::Session;
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
            scroll,
        } => compare(app, earlier, later, *scroll, area, buf),
        View::Trend { series, selected } => trend(app, series, *selected, area, buf),
    }
}

#[allow(clippy::too_many_arguments)]
fn review(
    app: &App,
    s: &Session,
    previous: Option<&Session>,
    tab: usize,
    grouping: Grouping,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let fw = &app.framework;
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

    let mut lines: Vec<Line> = Vec::new();
    if tab == 0 {
        let report = crate::cli::show::render(s, fw, i);
        lines.extend(report.lines().skip(2).map(|l| Line::raw(format!(" {l}"))));
        if let Some(p) = previous {
            lines.push(Line::default());
            lines.push(Line::styled(
                format!(" {}", i.t("md-comparison")),
                theme.accent(),
            ));
            for d in &fw.dimensions {
                let (b, a) = (p.agreed_level(&d.id), s.agreed_level(&d.id));
                let change = crate::domain::compare::Change::of(b, a);
                let show = |l: Option<u8>| l.map_or("–".to_string(), |l| l.to_string());
                lines.push(Line::raw(format!(
                    "  {} {} → {} {}",
                    d.name,
                    show(b),
                    show(a),
                    change.arrow()
                )));
            }
        }
    } else if let Some(dim) = fw.dimensions.get(tab - 1) {
        let record = s.dimension(&dim.id);
        let level = match record.and_then(|r| r.agreed_level) {
            Some(l) => format!(
                "{l} {} {}",
                fw.level(l).map_or("", |x| x.name.as_str()),
                level_bar(Some(l), fw.max_level())
            ),
            None => i.t("show-not-agreed"),
        };
        lines.push(Line::styled(
            format!(
                " {}",
                t!(
                    i,
                    "label-value",
                    label = i.t("agreement-scale"),
                    value = level
                )
            ),
            theme.accent(),
        ));
        if let Some(r) = record {
            if !r.rationale.is_empty() {
                lines.push(Line::raw(format!(" {}", r.rationale)));
            }
            lines.push(Line::default());
            lines.push(Line::styled(
                format!(" {}", i.t("ratings-distribution")),
                theme.title(),
            ));
            let dist = r.distribution(fw.levels.len());
            let most = dist.iter().copied().max().unwrap_or(0).max(1);
            for (level, n) in dist.iter().enumerate() {
                let len = (n * 20).div_ceil(most) as usize;
                lines.push(Line::raw(format!(
                    "  {level} {} {n}",
                    "█".repeat(if *n == 0 { 0 } else { len.max(1) })
                )));
            }
            for rating in r.ratings.iter().filter(|x| !x.reason.is_empty()) {
                let who = s
                    .voice(rating.voice)
                    .map_or_else(|| i.t("the-room"), |v| v.name.clone());
                lines.push(Line::raw(format!(
                    "  {} — {who}: {}",
                    rating.level,
                    crate::cli::table::one_line(&rating.reason)
                )));
            }
            lines.push(Line::default());
            lines.push(Line::styled(
                format!(
                    " {} · {}",
                    t!(i, "contributions-count", count = r.contributions.len()),
                    i.t(grouping.message_id())
                ),
                theme.title(),
            ));
            let key = |c: &crate::domain::session::Contribution| -> String {
                let voice = c.voice.and_then(|id| s.voice(id));
                match grouping {
                    Grouping::None => String::new(),
                    Grouping::Voice => voice.map_or_else(|| i.t("the-room"), |v| v.name.clone()),
                    Grouping::Group => voice
                        .map_or_else(|| i.t("the-room"), |v| fw.group_label(&v.group).to_string()),
                    Grouping::Phase => c
                        .phase
                        .as_deref()
                        .map_or_else(|| i.t("phase-none"), |p| fw.phase_label(p).to_string()),
                }
            };
            let mut order: Vec<&crate::domain::session::Contribution> =
                r.contributions.iter().collect();
            // Phases in the order they happen (analysis, implementation, evaluation),
            // untagged last; the other groupings alphabetically.
            let phase_rank = |c: &crate::domain::session::Contribution| {
                c.phase
                    .as_deref()
                    .and_then(|p| fw.phases.iter().position(|x| x.id == p))
                    .unwrap_or(usize::MAX)
            };
            order.sort_by_cached_key(|c| match grouping {
                Grouping::Phase => (phase_rank(c), String::new()),
                _ => (0, key(c)),
            });
            let mut last: Option<String> = None;
            for c in order {
                let k = key(c);
                if grouping != Grouping::None && last.as_ref() != Some(&k) {
                    lines.push(Line::styled(format!("  {k}"), theme.accent()));
                    last = Some(k);
                }
                let who = c
                    .voice
                    .and_then(|id| s.voice(id))
                    .map_or_else(|| i.t("the-room"), |v| v.name.clone());
                let phase = c
                    .phase
                    .as_deref()
                    .map(|p| format!(" [{}]", fw.phase_label(p)))
                    .unwrap_or_default();
                lines.push(Line::raw(format!(
                    "   • {}",
                    t!(
                        i,
                        "label-value",
                        label = format!("{who}{phase}"),
                        value = crate::cli::table::one_line(&c.text)
                    )
                )));
            }
            lines.push(Line::default());
            lines.push(Line::styled(
                format!(" {}", t!(i, "actions-count", count = r.actions.len())),
                theme.title(),
            ));
            for a in &r.actions {
                let mut text = format!(
                    "  • [{}] {}",
                    i.t(a.status.message_id()),
                    crate::cli::table::one_line(&a.text)
                );
                if !a.owner.is_empty() {
                    text.push_str(&format!(" — {}", a.owner));
                }
                if let Some(due) = a.due {
                    text.push_str(&format!(" ({})", i.date(due)));
                }
                lines.push(Line::raw(text));
            }
        }
    }
    super::paint::lines(buf, body, lines, scroll);
}

fn compare(
    app: &App,
    earlier: &Session,
    later: &Session,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let fw = &app.framework;
    let c = crate::domain::compare::compare(earlier, later, fw);
    let [top, rest] = Layout::vertical([
        Constraint::Length(c.dimensions.len() as u16 + 3),
        Constraint::Min(1),
    ])
    .areas(area);
    let title = t!(
        i,
        "compare-title",
        before = format!(
            "{} ({})",
            earlier.title,
            i.date_short(earlier.started.date_naive())
        ),
        after = format!(
            "{} ({})",
            later.title,
            i.date_short(later.started.date_naive())
        )
    );
    let block = panel(
        super::fit(&title, area.width.saturating_sub(4) as usize),
        theme,
    );
    let inner = block.inner(top);
    block.render(top, buf);
    let rows = c.dimensions.iter().map(|d| {
        let style = match d.change {
            crate::domain::compare::Change::Up => theme.good(),
            crate::domain::compare::Change::Down => theme.warn(),
            _ => Style::default(),
        };
        Row::new(vec![
            Cell::from(fw.dimension_name(&d.dimension).to_string()),
            Cell::from(format!(
                "{} {}",
                d.before.map_or("–".into(), |l| l.to_string()),
                level_bar(d.before, fw.max_level())
            )),
            Cell::from(format!(
                "{} {}",
                d.after.map_or("–".into(), |l| l.to_string()),
                level_bar(d.after, fw.max_level())
            )),
            Cell::from(Span::styled(
                format!("{} {}", d.change.arrow(), i.t(d.change.message_id())),
                style,
            )),
        ])
    });
    let header = Row::new(vec![
        i.t("compare-dimension"),
        i.t("compare-before"),
        i.t("compare-after"),
        i.t("compare-change"),
    ])
    .style(theme.title());
    Widget::render(
        Table::new(
            rows,
            [
                Constraint::Fill(2),
                Constraint::Length(9),
                Constraint::Length(9),
                Constraint::Fill(2),
            ],
        )
        .header(header)
        .column_spacing(2),
        inner,
        buf,
    );
    // The substance: ratings, phases, who came, what became of the actions.
    let text = crate::cli::compare::render(earlier, later, fw, i, false);
    let skip = text.lines().position(|l| l.is_empty()).unwrap_or(0) + c.dimensions.len() + 2;
    let lines: Vec<Line> = text
        .lines()
        .skip(skip)
        .map(|l| Line::raw(format!(" {l}")))
        .collect();
    super::paint::lines(buf, rest, lines, scroll);
}

fn trend(app: &App, series: &str, selected: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let fw = &app.framework;
    let tr = crate::domain::trend::trend(series, app.sessions.iter().map(|l| &l.digest), fw);
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
