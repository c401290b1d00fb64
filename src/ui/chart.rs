//! The levels of a series over its meetings, drawn so that a level sits exactly on its
//! label at every size: each level has its own row, each meeting its own column, the
//! legend has a line of its own above the plot, and each dimension's mark stands in
//! its own column beside the others', so two dimensions at one level both show. A
//! long series shows the meetings around the selected one that fit apart, so that
//! the marks of two meetings never run into each other.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Line as Segment};

use crate::text::{fit, width};

/// One dimension's line: its name, its mark, its colour and a level per meeting.
pub struct Series<'a> {
    pub name: &'a str,
    pub mark: char,
    pub color: Color,
    pub levels: &'a [Option<u8>],
}

pub struct LevelChart<'a> {
    pub series: Vec<Series<'a>>,
    /// The names of the levels, from 0; shown beside the figures when there is room.
    pub level_names: &'a [String],
    /// A label per meeting (its date).
    pub meetings: &'a [String],
    pub axis: Style,
    /// The meeting to keep in sight when not all fit.
    pub focus: usize,
    /// What to say, at the end of the legend, when only meetings `from` to `to`
    /// (counted from 1) are drawn.
    pub window_note: &'a dyn Fn(usize, usize) -> String,
}

/// The rows the chart needs for a scale of `max` levels: one per level, the legend,
/// the axis and its labels.
pub fn rows_needed(max: u8) -> u16 {
    u16::from(max) + 4
}

const WIDE_LABELS: u16 = 100;

impl LevelChart<'_> {
    fn max(&self) -> u8 {
        (self.level_names.len().max(2) - 1) as u8
    }

    fn label_width(&self, area: Rect) -> u16 {
        if area.width >= WIDE_LABELS {
            let names = self.level_names.iter().map(|n| width(n)).max().unwrap_or(0);
            (names.min(20) + 2) as u16
        } else {
            1
        }
    }

    /// The cell column of each meeting, across `plot` (with room at both ends for
    /// the marks that stand beside it).
    fn columns(&self, plot: Rect) -> Vec<u16> {
        let n = self.meetings.len();
        let pad = (self.series.len() as u16).div_ceil(2);
        let span = plot.width.saturating_sub(2 * pad + 1);
        (0..n)
            .map(|k| {
                let at = if n == 1 {
                    span / 2
                } else {
                    (u32::from(span) * k as u32 / (n as u32 - 1)) as u16
                };
                plot.x + pad + at
            })
            .collect()
    }
}

impl<'a> LevelChart<'a> {
    /// The meetings drawn in `area`: all of them if they fit a mark per dimension and
    /// a space apart, else as many as fit around the focus.
    pub fn window(&self, area: Rect) -> Range<usize> {
        let n = self.meetings.len();
        let marks = self.series.len().max(1) as u16;
        let plot_w = area.width.saturating_sub(self.label_width(area) + 1);
        let span = plot_w.saturating_sub(2 * marks.div_ceil(2) + 1);
        let fit = (usize::from(span / (marks + 1)) + 1).max(2);
        if n <= fit {
            return 0..n;
        }
        let start = self.focus.saturating_sub(fit / 2).min(n - fit);
        start..start + fit
    }

    fn only(self, window: Range<usize>) -> LevelChart<'a> {
        LevelChart {
            series: self
                .series
                .into_iter()
                .map(|s| Series {
                    levels: &s.levels
                        [window.start.min(s.levels.len())..window.end.min(s.levels.len())],
                    ..s
                })
                .collect(),
            meetings: &self.meetings[window],
            ..self
        }
    }
}

impl Widget for LevelChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let max = self.max();
        if area.height < rows_needed(max) || area.width < 12 || self.meetings.is_empty() {
            return;
        }
        let (n, window) = (self.meetings.len(), self.window(area));
        let note = (window.len() < n).then(|| (self.window_note)(window.start + 1, window.end));
        let (before, after) = (window.start > 0, window.end < n);
        let this = self.only(window);
        this.draw(area, note.as_deref(), (before, after), buf);
    }
}

impl LevelChart<'_> {
    fn draw(&self, area: Rect, note: Option<&str>, more: (bool, bool), buf: &mut Buffer) {
        let max = self.max();
        let label_w = self.label_width(area);
        let rows = area.height - 3;
        let step = ((rows - 1) / u16::from(max)).max(1);
        let plot_h = u16::from(max) * step + 1;
        let top = area.y + 1 + (rows - plot_h);
        let plot = Rect::new(area.x + label_w + 1, top, area.width - label_w - 1, plot_h);
        let row_of = |level: u8| top + (u16::from(max) - u16::from(level)) * step;
        self.legend(Rect::new(area.x, area.y, area.width, 1), note, buf);
        self.y_axis(area.x, label_w, &row_of, plot, buf);
        let cols = self.columns(plot);
        // Each dimension's mark in its own column beside the meeting's.
        let half = (self.series.len() as u16).saturating_sub(1) / 2;
        let at = |c: u16, n: usize| c + n as u16 - half;
        self.lines(plot, &cols, &at, buf);
        for (n, s) in self.series.iter().enumerate() {
            for (c, level) in cols.iter().zip(s.levels) {
                if let Some(l) = level {
                    buf[(at(*c, n), row_of(*l))]
                        .set_char(s.mark)
                        .set_style(Style::default().fg(s.color));
                }
            }
        }
        self.x_axis(area, plot, &cols, buf);
        // Arrows at the ends of the axis say there are meetings off the chart.
        if more.0 {
            buf[(plot.x, plot.bottom())]
                .set_char('◂')
                .set_style(self.axis);
        }
        if more.1 {
            buf[(plot.right() - 1, plot.bottom())]
                .set_char('▸')
                .set_style(self.axis);
        }
    }

    fn legend(&self, area: Rect, note: Option<&str>, buf: &mut Buffer) {
        let mut x = area.x;
        // The note keeps its place at the right end; the legend fits before it.
        let right = match note {
            Some(note) if width(note) + 2 < usize::from(area.width) / 3 => {
                let w = width(note) as u16;
                buf.set_string(area.right() - w, area.y, note, self.axis);
                area.right() - w - 1
            }
            _ => area.right(),
        };
        let area = Rect::new(area.x, area.y, right - area.x, 1);
        for s in &self.series {
            let text = format!("{} {}  ", s.mark, s.name);
            let room = (area.right() - x) as usize;
            if room < 3 {
                break;
            }
            let shown = fit(&text, room);
            buf.set_string(x, area.y, &shown, Style::default().fg(s.color));
            x += width(&shown) as u16;
        }
    }

    fn y_axis(
        &self,
        x: u16,
        label_w: u16,
        row_of: &dyn Fn(u8) -> u16,
        plot: Rect,
        buf: &mut Buffer,
    ) {
        for y in plot.y..plot.bottom() {
            buf[(x + label_w, y)].set_char('│').set_style(self.axis);
        }
        for level in 0..=self.max() {
            let y = row_of(level);
            let label = if label_w > 1 {
                let name = self
                    .level_names
                    .get(usize::from(level))
                    .map_or("", String::as_str);
                fit(&format!("{level} {name}"), usize::from(label_w - 1))
            } else {
                level.to_string()
            };
            buf.set_string(x, y, &label, self.axis);
            buf[(x + label_w, y)].set_char('┤').set_style(self.axis);
        }
    }

    /// The segments between a dimension's meetings, in braille dots; a meeting
    /// without a level is stepped over.
    fn lines(&self, plot: Rect, cols: &[u16], at: &dyn Fn(u16, usize) -> u16, buf: &mut Buffer) {
        let (w, h) = (f64::from(plot.width) * 2.0, f64::from(plot.height) * 4.0);
        let dot_x = |c: u16, n: usize| f64::from(at(c, n) - plot.x) * 2.0;
        // In dots, from the bottom: row r of the plot holds dots 4r to 4r+3 from the top.
        let step = if self.max() == 0 {
            1.0
        } else {
            f64::from(plot.height - 1) / f64::from(self.max())
        };
        let dot_y = |l: u8| h - 1.0 - ((f64::from(self.max()) - f64::from(l)) * step * 4.0 + 1.0);
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([0.0, w - 1.0])
            .y_bounds([0.0, h - 1.0])
            .paint(|ctx| {
                for (n, s) in self.series.iter().enumerate() {
                    let points: Vec<(f64, f64)> = cols
                        .iter()
                        .zip(s.levels)
                        .filter_map(|(c, l)| l.map(|l| (dot_x(*c, n), dot_y(l))))
                        .collect();
                    for pair in points.windows(2) {
                        ctx.draw(&Segment {
                            x1: pair[0].0,
                            y1: pair[0].1,
                            x2: pair[1].0,
                            y2: pair[1].1,
                            color: s.color,
                        });
                    }
                    ctx.layer();
                }
            })
            .render(plot, buf);
    }

    fn x_axis(&self, area: Rect, plot: Rect, cols: &[u16], buf: &mut Buffer) {
        let axis_y = plot.bottom();
        let corner = plot.x - 1;
        buf[(corner, axis_y)].set_char('└').set_style(self.axis);
        for x in plot.x..plot.right() {
            buf[(x, axis_y)].set_char('─').set_style(self.axis);
        }
        for c in cols {
            buf[(*c, axis_y)].set_char('┬').set_style(self.axis);
        }
        // Every meeting's date if they fit apart, else the first and the last.
        let widest = self.meetings.iter().map(|m| width(m)).max().unwrap_or(0) as u16;
        let apart = cols.windows(2).all(|p| p[1] - p[0] > widest);
        let shown: Vec<usize> = if apart {
            (0..cols.len()).collect()
        } else {
            vec![0, cols.len() - 1]
        };
        let mut free = area.x;
        for k in shown {
            let label = &self.meetings[k];
            let w = width(label) as u16;
            let x = cols[k]
                .saturating_sub(w / 2)
                .max(free)
                .min(area.right().saturating_sub(w));
            if x < free {
                continue;
            }
            buf.set_string(x, axis_y + 1, label, self.axis);
            free = x + w + 1;
        }
    }
}

#[cfg(test)]
mod tests;
