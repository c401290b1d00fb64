//! Large type (tui-big-text's 8×8 glyphs) where it fits, ordinary bold text where it
//! does not: the room reads titles, levels and the timer from the back of the hall.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// The sizes used, largest first. The finer ones (sextants, octants) need fonts many
/// terminals and projectors' laptops do not have.
const SIZES: [(PixelSize, u16, u16); 3] = [
    // (size, columns per character, rows)
    (PixelSize::Full, 8, 8),
    (PixelSize::HalfHeight, 8, 4),
    (PixelSize::Quadrant, 4, 4),
];

/// The 8×8 font has ASCII and Latin-1 (French included); anything else would be blank.
fn drawable(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, ' '..='~' | '\u{a0}'..='\u{ff}'))
}

/// The largest size at which `text` fits in `width` × `height`: (size, width, height).
pub fn fit(text: &str, width: u16, height: u16) -> Option<(PixelSize, u16, u16)> {
    if !drawable(text) || text.is_empty() {
        return None;
    }
    let n = u16::try_from(text.chars().count()).ok()?;
    SIZES
        .iter()
        .map(|(size, cols, rows)| (*size, n.saturating_mul(*cols), *rows))
        .find(|(_, w, h)| *w <= width && *h <= height)
}

/// Draws `text` as large as `area` allows, vertically centred; in ordinary text (and
/// `small` style) when no size fits. Returns the columns used.
pub fn draw(
    text: &str,
    style: Style,
    small: Style,
    align: Alignment,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    if let Some((size, w, h)) = fit(text, area.width, area.height) {
        let area = Rect {
            y: area.y + (area.height - h) / 2,
            height: h,
            ..area
        };
        BigText::builder()
            .pixel_size(size)
            .style(style)
            .alignment(align)
            .lines(vec![Line::from(text.to_string())])
            .build()
            .render(area, buf);
        return w;
    }
    let lines = crate::text::wrap(0, text, usize::from(area.width));
    let rows = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let top = area.y + (area.height - rows) / 2;
    let mut used = 0;
    for (n, l) in lines.iter().take(usize::from(rows)).enumerate() {
        let line = Line::styled(l.clone(), small).alignment(align);
        used = used.max(line.width() as u16);
        line.render(Rect::new(area.x, top + n as u16, area.width, 1), buf);
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_size_that_fits_or_none() {
        assert_eq!(fit("12:34", 200, 8).map(|f| f.1), Some(40));
        assert_eq!(fit("12:34", 39, 8).map(|f| (f.1, f.2)), Some((20, 4)));
        assert_eq!(fit("12:34", 19, 8), None);
        assert_eq!(fit("Préparation", 100, 8).map(|f| f.1), Some(88));
        assert_eq!(fit("ⵜⴰⵎⴰⵣⵉⵖⵜ", 200, 8), None, "no glyphs: ordinary text");
    }
}
