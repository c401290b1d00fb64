//! What goes to the terminal, kept small for SSH over a 2G link.
//!
//! ratatui already sends only the cells that changed; its crossterm backend then adds
//! four style resets and a hide-cursor to every frame, even one that changed nothing
//! (25 bytes, more than a moved cursor needs). This backend writes the changed cells
//! itself, ends with one reset only when a style is left set, and hides or shows the
//! cursor only when that changes. The rest is what the crossterm backend does.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::{Hide, MoveTo, Show};
use ratatui::crossterm::style::{
    Attribute, Print, SetAttribute, SetBackgroundColor, SetForegroundColor, SetUnderlineColor,
};
use ratatui::crossterm::terminal::{self, Clear};
use ratatui::crossterm::{execute, queue};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

pub struct LeanBackend<W: Write> {
    writer: W,
    /// `None` until the cursor was first shown or hidden through this backend.
    cursor_hidden: Option<bool>,
}

impl<W: Write> LeanBackend<W> {
    pub fn new(writer: W) -> Self {
        LeanBackend {
            writer,
            cursor_hidden: None,
        }
    }
}

/// The attributes to switch on, in SGR terms.
const ATTRIBUTES: [(Modifier, Attribute); 9] = [
    (Modifier::BOLD, Attribute::Bold),
    (Modifier::DIM, Attribute::Dim),
    (Modifier::ITALIC, Attribute::Italic),
    (Modifier::UNDERLINED, Attribute::Underlined),
    (Modifier::SLOW_BLINK, Attribute::SlowBlink),
    (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    (Modifier::REVERSED, Attribute::Reverse),
    (Modifier::HIDDEN, Attribute::Hidden),
    (Modifier::CROSSED_OUT, Attribute::CrossedOut),
];

#[derive(Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

/// What the terminal uses after `SGR 0`, and what every frame leaves it with.
const PLAIN: Pen = Pen {
    fg: Color::Reset,
    bg: Color::Reset,
    underline: Color::Reset,
    modifier: Modifier::empty(),
};

fn write_cells<'a, W: Write>(
    w: &mut W,
    content: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> io::Result<()> {
    let mut pen = PLAIN;
    let mut last: Option<(u16, u16)> = None;
    for (x, y, cell) in content {
        if !matches!(last, Some((lx, ly)) if ly == y && lx + 1 == x) {
            queue!(w, MoveTo(x, y))?;
        }
        last = Some((x, y));
        if cell.modifier != pen.modifier {
            // Switching an attribute off has a code per attribute, and bold and dim
            // share one; starting again from plain is as short and always right.
            if !(pen.modifier - cell.modifier).is_empty() {
                queue!(w, SetAttribute(Attribute::Reset))?;
                pen = PLAIN;
            }
            for (m, a) in ATTRIBUTES {
                if cell.modifier.contains(m) && !pen.modifier.contains(m) {
                    queue!(w, SetAttribute(a))?;
                }
            }
            pen.modifier = cell.modifier;
        }
        if cell.fg != pen.fg {
            queue!(w, SetForegroundColor(cell.fg.into_crossterm()))?;
            pen.fg = cell.fg;
        }
        if cell.bg != pen.bg {
            queue!(w, SetBackgroundColor(cell.bg.into_crossterm()))?;
            pen.bg = cell.bg;
        }
        if cell.underline_color != pen.underline {
            queue!(w, SetUnderlineColor(cell.underline_color.into_crossterm()))?;
            pen.underline = cell.underline_color;
        }
        queue!(w, Print(cell.symbol()))?;
    }
    if pen != PLAIN {
        queue!(w, SetAttribute(Attribute::Reset))?;
    }
    Ok(())
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        write_cells(&mut self.writer, content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(true) {
            execute!(self.writer, Hide)?;
            self.cursor_hidden = Some(true);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(false) {
            execute!(self.writer, Show)?;
            self.cursor_hidden = Some(false);
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        ratatui::crossterm::cursor::position()
            .map(|(x, y)| Position { x, y })
            .map_err(io::Error::other)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        execute!(self.writer, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        let what = match clear_type {
            ClearType::All => terminal::ClearType::All,
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        };
        execute!(self.writer, Clear(what))
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        for _ in 0..n {
            queue!(self.writer, Print("\n"))?;
        }
        self.writer.flush()
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let w = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: w.columns,
                height: w.rows,
            },
            pixels: Size {
                width: w.width,
                height: w.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn written(cells: &[(u16, u16, Cell)]) -> String {
        let mut out = Vec::new();
        write_cells(&mut out, cells.iter().map(|(x, y, c)| (*x, *y, c))).unwrap();
        String::from_utf8(out).unwrap().replace('\x1b', "␛")
    }

    fn cell(symbol: &'static str, style: Style) -> Cell {
        let mut c = Cell::new(symbol);
        c.set_style(style);
        c
    }

    #[test]
    fn nothing_changed_writes_nothing() {
        assert_eq!(written(&[]), "");
    }

    #[test]
    fn plain_neighbours_are_one_move_and_their_text() {
        let plain = Style::default();
        assert_eq!(
            written(&[(4, 2, cell("a", plain)), (5, 2, cell("é", plain))]),
            "␛[3;5Haé"
        );
    }

    #[test]
    fn a_style_is_set_once_and_reset_once_at_the_end() {
        let rev = Style::default().add_modifier(Modifier::REVERSED);
        assert_eq!(
            written(&[
                (0, 0, cell("e", Style::default())),
                (1, 0, cell(" ", rev)),
                (2, 0, cell("x", rev)),
            ]),
            "␛[1;1He␛[7m x␛[0m"
        );
    }

    #[test]
    fn switching_an_attribute_off_starts_again_from_plain_and_keeps_colours() {
        let bold_red = Style::default().fg(Color::Red).add_modifier(Modifier::BOLD);
        let red = Style::default().fg(Color::Red);
        let out = written(&[(0, 0, cell("a", bold_red)), (1, 0, cell("b", red))]);
        assert_eq!(out, "␛[1;1H␛[1m␛[38;5;1ma␛[0m␛[38;5;1mb␛[0m");
    }
}
