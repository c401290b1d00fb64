//! Drawing: a pure function of the app state. No I/O happens here.

pub mod ascii;
pub mod chart;
mod columns;
pub mod document;
mod form;
mod frame;
mod home;
mod overlay;
mod paint;
pub mod present;
mod series;
mod steps;
pub mod theme;
mod views;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::workshop::{Step, Sub, Workshop};
use crate::app::{App, Screen};
use crate::t;
pub use crate::text::fit;

/// Below this the layout cannot hold; the app says so and waits for a resize.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = t!(
                self.i18n,
                "too-small",
                width = area.width,
                height = area.height,
                min_width = MIN_WIDTH,
                min_height = MIN_HEIGHT
            );
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let body = frame::render(self, area, buf);
        match &self.screen {
            Screen::View(view) => views::render(self, view, body, buf),
            Screen::Home => home::render(self, body, buf),
            Screen::Workshop(ws) => step(self, ws, body, buf),
        }
        overlay::render(self, area, buf);
    }
}

/// The view of the step the facilitator is on.
fn step(app: &App, ws: &Workshop, area: Rect, buf: &mut Buffer) {
    match ws.step {
        Step::Setup => steps::setup::render(app, ws, area, buf),
        Step::Room => steps::room::render(app, ws, area, buf),
        Step::Review => steps::review::render(app, ws, area, buf),
        Step::Dim(d, sub) => match sub {
            Sub::Card => steps::card::render(app, d, area, buf),
            Sub::Contributions => steps::contributions::render(app, ws, d, area, buf),
            Sub::Ratings => steps::ratings::render(app, ws, d, area, buf),
            Sub::Agreement => steps::agreement::render(app, ws, d, area, buf),
            Sub::Actions => steps::actions::render(app, ws, d, area, buf),
        },
        Step::Summary => steps::summary::render(app, ws, area, buf),
    }
}

/// `text` wrapped to `width` columns, the first line after `first`, the others after
/// as many spaces: bullets and numbered levels keep a hanging indent.
pub fn hanging(
    first: &str,
    text: &str,
    width: usize,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    document::hang(first, text, width, style, ratatui::style::Style::default())
}

/// `lines` kept to `rows`; when some are left out, the last one kept ends with "…" so
/// that a panel cut short says so.
pub fn cut_short(lines: &mut Vec<Line<'static>>, rows: usize, width: usize) {
    if lines.len() <= rows {
        return;
    }
    lines.truncate(rows);
    if let Some(last) = lines.last_mut() {
        let text = format!("{}…", last.to_string().trim_end());
        *last = Line::raw(fit(&text, width));
    }
}

/// An area less one column on each side, so typed text lines up with the text around.
pub fn inset(area: Rect) -> Rect {
    if area.width < 3 {
        return area;
    }
    Rect {
        x: area.x + 1,
        width: area.width - 2,
        ..area
    }
}

pub fn para<'a>(lines: Vec<Line<'a>>) -> Paragraph<'a> {
    let lines: Vec<Line<'a>> = lines
        .into_iter()
        .map(|mut line| {
            if let Some(first) = line.spans.first_mut()
                && first.content.starts_with(' ')
            {
                first.content = first.content[1..].to_string().into();
            }
            line
        })
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(ratatui::widgets::Block::new().padding(ratatui::widgets::Padding::horizontal(1)))
}
