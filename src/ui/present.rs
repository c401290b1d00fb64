//! The room screen (`toguna present`): what a projector or a second terminal shows of
//! the step the facilitator is on. It draws a `report::room::Room`, already through the
//! privacy gate, and the seconds of the step's timer; nothing else reaches it.
//!
//! The layout keeps still what does not change: the title and step on the top line,
//! the step's heading and the timer in large type below, then the step's content. A
//! tick of the timer changes only its digits, a new contribution only its rows.

mod big;
mod views;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::theme::Theme;
use crate::report::room::{Room, clock};

/// Draws the room screen; `elapsed` is the seconds spent on the step's time-box.
pub fn render(room: &Room, elapsed: i64, color: bool, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color };
    if area.width < 8 || area.height < 2 {
        return;
    }
    if room.blank {
        // Only the title: the room sees that the screen is alive, and nothing else.
        big::draw(
            &room.title,
            theme.title(),
            theme.title(),
            Alignment::Center,
            area,
            buf,
        );
        return;
    }
    top_line(room, theme, Rect { height: 1, ..area }, buf);
    let band = if area.height >= 40 && area.width >= 120 {
        8
    } else {
        4
    };
    if area.height < band + 6 {
        // Too low for large type: the step's content under the top line.
        views::render(room, theme, rest(area, 1), buf);
        return;
    }
    let band_area = Rect {
        y: area.y + 1,
        height: band,
        ..area
    };
    let timer_w = timer(room, elapsed, theme, band_area, buf);
    let heading = Rect {
        x: area.x + 1,
        width: band_area.width.saturating_sub(timer_w + 4),
        ..band_area
    };
    // The title at the set-up, if it fits in large type; else the stage's name.
    let text = if big::fit(&room.heading, heading.width, heading.height).is_some() {
        &room.heading
    } else {
        &room.short_heading
    };
    big::draw(
        text,
        theme.accent(),
        theme.accent(),
        Alignment::Left,
        heading,
        buf,
    );
    under_timer(
        room,
        elapsed,
        theme,
        Rect {
            y: area.y + 1 + band,
            height: 1,
            ..area
        },
        buf,
    );
    views::render(room, theme, rest(area, band + 3), buf);
}

/// What is left of `area` below its first `rows` rows.
fn rest(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect {
        y: area.y + rows,
        height: area.height - rows,
        ..area
    }
}

/// The title on the left, the step on the right.
fn top_line(room: &Room, theme: Theme, area: Rect, buf: &mut Buffer) {
    let w = usize::from(area.width);
    let step = crate::text::fit(&room.step, w / 2);
    let step_w = crate::text::width(&step);
    let title = crate::text::fit(&room.title, w.saturating_sub(step_w + 3));
    Line::styled(format!(" {title}"), theme.title()).render(area, buf);
    Line::styled(format!("{step} "), theme.accent())
        .alignment(Alignment::Right)
        .render(area, buf);
}

fn over(room: &Room, elapsed: i64) -> bool {
    room.timebox > 0 && elapsed > room.timebox
}

/// The step's timer in large type at the right of the band; returns its width.
fn timer(room: &Room, elapsed: i64, theme: Theme, band: Rect, buf: &mut Buffer) -> u16 {
    let text = clock(elapsed);
    let room_for = band.width * 2 / 5;
    let style = if over(room, elapsed) {
        theme.warn()
    } else {
        theme.title()
    };
    let width = big::fit(&text, room_for, band.height).map_or(room_for, |f| f.1);
    let area = Rect {
        x: band.right().saturating_sub(width + 1),
        width,
        ..band
    };
    big::draw(&text, style, style, Alignment::Right, area, buf)
}

/// "of 40:00" under the timer, or "Over time!" past the time-box.
fn under_timer(room: &Room, elapsed: i64, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (text, style) = if over(room, elapsed) {
        (room.over.as_str(), theme.warn())
    } else if room.timebox > 0 {
        (room.of.as_str(), theme.muted())
    } else {
        return;
    };
    Line::styled(format!("{text} "), style)
        .alignment(Alignment::Right)
        .render(area, buf);
}
