//! Charts drawn as inline SVG: upright bars for a distribution, bars across for
//! categories with long labels, lines over meetings. Hand-written rather than with a
//! plotting crate: three shapes in a page of code, scaled to the page by their
//! `viewBox`, their text in the page's fonts (any script) and direction, every value
//! printed beside its mark so a chart reads in grey on paper, and series told apart
//! by dashes as well as colours.

use std::fmt::Write;

use maud::{Markup, html};

use crate::report::{Chart, ChartKind};

const WIDTH: f32 = 640.0;
/// A character's width at the charts' 12px, for laying out labels.
const CHAR: f32 = 6.6;

/// The chart as an `<svg>` element to put in a page.
pub fn chart(c: &Chart) -> String {
    let (height, body) = match c.kind {
        ChartKind::Columns => columns(c),
        ChartKind::Bars => bars(c),
        ChartKind::Lines => lines(c),
    };
    html! {
        svg viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label=(c.title) {
            title { (c.title) }
            (body)
        }
    }
    .into_string()
}

/// The top of the value axis and the step of its ticks: the chart's own top, or one
/// that holds every value in at most five round steps.
fn scale(c: &Chart) -> (u32, u32) {
    let most = c
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .copied()
        .max()
        .unwrap_or(0);
    let top = c.max.max(most).max(1);
    let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
        .into_iter()
        .find(|s| top.div_ceil(*s) <= 5)
        .unwrap_or_else(|| top.div_ceil(5));
    (top.div_ceil(step) * step, step)
}

fn value(v: u32, unit: &str) -> String {
    format!("{v}{unit}")
}

/// Horizontal grid lines with their values, for a plot from `top` to `bottom`.
fn grid(c: &Chart, left: f32, right: f32, top: f32, bottom: f32) -> Markup {
    let (max, step) = scale(c);
    let y = |v: u32| bottom - (bottom - top) * v as f32 / max as f32;
    html! {
        @for t in (0..=max).step_by(step as usize) {
            line.grid x1=(left) x2=(right) y1=(y(t)) y2=(y(t)) {}
            text x=(left - 6.0) y=(y(t) + 4.0) text-anchor="end" { (value(t, &c.unit)) }
        }
        line.axis x1=(left) x2=(right) y1=(bottom) y2=(bottom) {}
    }
}

/// The name of each series beside a stretch of its line, when there are several.
fn legend(c: &Chart, y: f32) -> Markup {
    if c.series.len() < 2 {
        return html! {};
    }
    let mut at = Vec::new();
    let mut x = 48.0;
    for s in &c.series {
        at.push(x);
        // The mark, its gap, the name, and room before the next.
        x += 52.0 + s.name.chars().count() as f32 * CHAR;
    }
    html! {
        @for (n, (s, x)) in c.series.iter().zip(at).enumerate() {
            line class=(format!("line c{} d{}", n % 5, n % 3)) x1=(x) x2=(x + 22.0) y1=(y) y2=(y) {}
            text x=(x + 28.0) y=(y + 4.0) { (s.name) }
        }
    }
}

/// A label cut to `room` pixels, with an ellipsis when cut.
#[allow(clippy::cast_sign_loss)] // at least 1.0
fn fit(label: &str, room: f32) -> String {
    let max = (room / CHAR).floor().max(1.0) as usize;
    if label.chars().count() <= max {
        return label.to_string();
    }
    let mut out: String = label.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn columns(c: &Chart) -> (f32, Markup) {
    let (left, right, top, bottom) = (44.0, WIDTH - 12.0, 18.0, 200.0);
    let height = bottom + 44.0;
    let (max, _) = scale(c);
    let groups = c.categories.len().max(1) as f32;
    let per_group = c.series.len().max(1) as f32;
    let band = (right - left) / groups;
    let bar = band * 0.7 / per_group;
    let y = |v: u32| bottom - (bottom - top) * v as f32 / max as f32;
    let body = html! {
        (grid(c, left, right, top, bottom))
        @for (i, label) in c.categories.iter().enumerate() {
            @let centre = left + band * (i as f32 + 0.5);
            @for (j, s) in c.series.iter().enumerate() {
                @if let Some(v) = s.values.get(i).copied().flatten() {
                    @let x = centre - bar * per_group / 2.0 + bar * j as f32;
                    rect class=(format!("c{}", j % 5)) x=(x) y=(y(v)) width=(bar * 0.92)
                        height=(bottom - y(v)) {}
                    text.value x=(x + bar * 0.46) y=(y(v) - 4.0) text-anchor="middle" {
                        (value(v, &c.unit))
                    }
                }
            }
            // "3 Involved": the level on one line, its name under it.
            @let (first, rest) = label.split_once(' ').unwrap_or((label.as_str(), ""));
            text x=(centre) y=(bottom + 16.0) text-anchor="middle" { (fit(first, band)) }
            text x=(centre) y=(bottom + 31.0) text-anchor="middle" { (fit(rest, band)) }
        }
    };
    (height, body)
}

fn bars(c: &Chart) -> (f32, Markup) {
    let longest = c
        .categories
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0) as f32;
    let left = (longest * CHAR + 12.0).clamp(60.0, 280.0);
    let right = WIDTH - 48.0;
    let row = 22.0;
    let k = c.series.len().max(1) as f32;
    let height = c.categories.len() as f32 * row * k + 12.0;
    let (max, _) = scale(c);
    let x = |v: u32| (right - left) * v as f32 / max as f32;
    let body = html! {
        line.axis x1=(left) x2=(left) y1=(4.0) y2=(height - 4.0) {}
        @for (i, label) in c.categories.iter().enumerate() {
            @for (j, s) in c.series.iter().enumerate() {
                @let y0 = 6.0 + (i as f32 * k + j as f32) * row;
                @if j == 0 {
                    text x=(left - 8.0) y=(y0 + 15.0) text-anchor="end" { (fit(label, left - 12.0)) }
                }
                @if let Some(v) = s.values.get(i).copied().flatten() {
                    rect class=(format!("c{}", j % 5)) x=(left) y=(y0 + 3.0) width=(x(v))
                        height=(row - 6.0) {}
                    text.value x=(left + x(v) + 5.0) y=(y0 + 15.0) { (value(v, &c.unit)) }
                }
            }
        }
    };
    (height, body)
}

#[allow(clippy::cast_sign_loss)] // `every` is at least 1.0
fn lines(c: &Chart) -> (f32, Markup) {
    let (left, right, top, bottom) = (44.0, WIDTH - 16.0, 36.0, 230.0);
    let height = bottom + 28.0;
    let (max, _) = scale(c);
    let n = c.categories.len().max(1);
    let x = |i: usize| left + (right - left) * (i as f32 + 0.5) / n as f32;
    let y = |v: u32| bottom - (bottom - top) * v as f32 / max as f32;
    // Dates every so often when there are many meetings, so they never overlap.
    let widest = c
        .categories
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(1) as f32;
    let every = ((widest * CHAR + 10.0) / ((right - left) / n as f32))
        .ceil()
        .max(1.0) as usize;
    let labelled = n <= 16;
    let body = html! {
        (legend(c, 12.0))
        (grid(c, left, right, top, bottom))
        @for (i, label) in c.categories.iter().enumerate() {
            @if i % every == 0 {
                text x=(x(i)) y=(bottom + 18.0) text-anchor="middle" { (label) }
            }
        }
        @for (j, s) in c.series.iter().enumerate() {
            path class=(format!("line c{} d{}", j % 5, j % 3)) d=(path(&s.values, &x, &y)) {}
            @for (i, v) in s.values.iter().enumerate() {
                @if let Some(v) = v {
                    circle class=(format!("c{}", j % 5)) cx=(x(i)) cy=(y(*v)) r="3.5" {}
                    @if labelled {
                        text.value x=(x(i) + 5.0) y=(y(*v) - 6.0 - LABEL * crowded(c, i, j, &y)) { (value(*v, &c.unit)) }
                    }
                }
            }
        }
    };
    (height, body)
}

/// The height of a value's label on a line chart.
const LABEL: f32 = 11.0;

/// How many labels of earlier series at meeting `i` sit where series `j`'s would:
/// it goes above them, and a label with room keeps its place beside its mark.
fn crowded(chart: &Chart, at: usize, series: usize, y: &dyn Fn(u32) -> f32) -> f32 {
    let Some(Some(mine)) = chart.series[series].values.get(at) else {
        return 0.0;
    };
    let near = |other: &Option<u32>| other.is_some_and(|o| (y(o) - y(*mine)).abs() < LABEL);
    chart.series[..series]
        .iter()
        .filter(|s| s.values.get(at).is_some_and(near))
        .count() as f32
}

/// A coordinate to a tenth of a pixel, written as short as it goes ("12", "12.5").
fn tenth(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

/// A line through the values, broken where there is none.
fn path(values: &[Option<u32>], x: &dyn Fn(usize) -> f32, y: &dyn Fn(u32) -> f32) -> String {
    let mut d = String::new();
    let mut pen_down = false;
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                let _ = write!(
                    d,
                    "{}{} {} ",
                    if pen_down { "L" } else { "M" },
                    tenth(x(i)),
                    tenth(y(*v))
                );
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    d.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Series;

    fn chart(kind: ChartKind, values: Vec<Option<u32>>, max: u32) -> Chart {
        Chart {
            title: "Ratings <by> level".into(),
            kind,
            categories: (0..values.len()).map(|n| format!("{n} Level")).collect(),
            series: vec![Series {
                name: "Voices".into(),
                values,
            }],
            max,
            unit: String::new(),
        }
    }

    #[test]
    fn a_column_per_value_and_every_value_written() {
        let c = chart(ChartKind::Columns, vec![Some(0), Some(3), None, Some(7)], 0);
        let svg = super::chart(&c);
        assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
        for v in ["3", "7"] {
            assert!(svg.contains(&format!(">{v}</text>")), "{v} in {svg}");
        }
        assert!(svg.contains("Ratings &lt;by&gt; level"));
    }

    #[test]
    fn the_scale_holds_every_value_in_round_steps() {
        let c = |max, top| chart(ChartKind::Bars, vec![Some(top)], max);
        assert_eq!(scale(&c(5, 3)), (5, 1));
        assert_eq!(scale(&c(0, 7)), (8, 2));
        assert_eq!(scale(&c(0, 23)), (25, 5));
        assert_eq!(scale(&c(100, 42)), (100, 20));
        assert_eq!(scale(&c(0, 0)), (1, 1));
    }

    #[test]
    fn a_line_breaks_where_a_meeting_agreed_no_level() {
        let x = |i: usize| i as f32 * 10.0;
        let y = |v: u32| v as f32;
        assert_eq!(
            path(&[Some(1), Some(2), None, Some(3)], &x, &y),
            "M0 1 L10 2 M30 3"
        );
        let c = chart(ChartKind::Lines, vec![Some(1), None, Some(3)], 5);
        let svg = super::chart(&c);
        assert_eq!(svg.matches("<circle").count(), 2);
    }

    #[test]
    fn labels_at_one_place_are_stacked_and_the_others_stay_by_their_mark() {
        let mut c = chart(ChartKind::Lines, vec![Some(2), Some(1)], 5);
        for values in [vec![Some(2), Some(4)], vec![Some(2), Some(1)]] {
            c.series.push(Series {
                name: "More".into(),
                values,
            });
        }
        let y = |v: u32| 100.0 - 20.0 * v as f32;
        // At the first meeting all three say 2: one above the other.
        let first: Vec<f32> = (0..3).map(|j| crowded(&c, 0, j, &y)).collect();
        assert_eq!(first, [0.0, 1.0, 2.0]);
        // At the second the middle one is alone at 4 and keeps its place.
        let second: Vec<f32> = (0..3).map(|j| crowded(&c, 1, j, &y)).collect();
        assert_eq!(second, [0.0, 0.0, 1.0]);
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(
            fit("Organisations de la société civile", 66.0),
            "Organisat…"
        );
        assert_eq!(fit("Jeunes", 66.0), "Jeunes");
    }
}
