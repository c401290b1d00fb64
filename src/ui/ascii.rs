//! The screen in plain ASCII, for a console whose font lacks box drawing and symbols
//! (Windows' legacy console with a raster font shows them as boxes or question
//! marks). Chosen with `--ascii` (or `TOGUNA_ASCII`). Each cell of a drawn frame is
//! mapped once the frame is drawn, so every screen gets it without knowing of it.
//! Letters are left as they are: names and notes are people's own text, and the
//! console shows accented letters anyway, and French quotes (« ») too.

use ratatui::buffer::Buffer;

/// Maps every line, corner, bar, arrow and bullet of `buf` to ASCII.
pub fn plain(buf: &mut Buffer) {
    for cell in &mut buf.content {
        if let Some(ascii) = ascii_for(cell.symbol()) {
            cell.set_symbol(ascii);
        }
    }
}

/// The ASCII stand-in of a one-character symbol of one column, if it needs one.
// Grouped by kind of symbol, not by what replaces it: easier to extend.
#[allow(clippy::match_same_arms)]
fn ascii_for(symbol: &str) -> Option<&'static str> {
    let mut chars = symbol.chars();
    let c = chars.next()?;
    if chars.next().is_some() || c.is_ascii() {
        return None;
    }
    let s = match c {
        '\u{2500}'..='\u{257f}' => box_drawing(c),
        // Half and full blocks (the room screen's large type), shades.
        '\u{2580}'..='\u{259f}' => "#",
        // Braille dots (charts): a blank pattern stays blank.
        '\u{2800}' => " ",
        '\u{2801}'..='\u{28ff}' => ".",
        '▰' | '■' | '▪' | '▬' => "#",
        '▱' | '□' | '▫' => "-",
        '●' | '•' | '◉' | '◆' | '◇' | '★' | '☆' | '∙' => "*",
        '○' | '◦' => "o",
        '▲' | '△' | '▴' | '↑' | '⇡' => "^",
        '▼' | '▽' | '▾' | '↓' | '⇣' => "v",
        '▶' | '►' | '▸' | '→' | '⇒' | '›' => ">",
        '◀' | '◄' | '◂' | '←' | '⇐' | '‹' => "<",
        '↔' | '⇔' | '—' | '–' | '‒' | '−' | '⁃' => "-",
        '·' | '…' => ".",
        '×' | '✕' | '✗' | '✘' | '⊘' => "x",
        '✓' | '✔' => "v",
        '“' | '”' | '„' => "\"",
        '‘' | '’' | '‚' => "'",
        // French typography's no-break spaces: a raster font may lack the narrow one.
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => " ",
        _ => return None,
    };
    Some(s)
}

/// Lines across, lines down, and everything where they meet.
fn box_drawing(c: char) -> &'static str {
    match c {
        '─' | '━' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' | '═' | '╴' | '╶' | '╸' | '╺' | '╼' | '╾' => {
            "-"
        }
        '│' | '┃' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏' | '║' | '╵' | '╷' | '╹' | '╻' | '╽' | '╿' => {
            "|"
        }
        '╱' => "/",
        '╲' => "\\",
        _ => "+",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::widgets::{Block, Borders, Widget};

    #[test]
    fn borders_bars_and_arrows_become_ascii_and_letters_stay() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 3));
        Block::default()
            .borders(Borders::ALL)
            .border_type(ratatui::widgets::BorderType::Rounded)
            .render(buf.area, &mut buf);
        buf.set_string(
            1,
            1,
            "▰▰▱ → Ségou ·\u{202f}: ⣿",
            ratatui::style::Style::new(),
        );
        plain(&mut buf);
        let rows: Vec<String> = (0..3)
            .map(|y| (0..24).map(|x| buf[(x, y)].symbol()).collect())
            .collect();
        assert_eq!(rows[0], format!("+{}+", "-".repeat(22)));
        assert_eq!(rows[1], format!("|{:<22}|", "##- > Ségou . : ."));
        assert_eq!(rows[2], format!("+{}+", "-".repeat(22)));
    }
}
