//! Writing text into the buffer, fast, for the lists that fill most of the screen.
//!
//! ratatui draws text grapheme by grapheme (segmentation, width of each cluster), which
//! is most of what a frame costs. Most of the text here is made of characters that are
//! each one column and one grapheme (Latin with its accents, punctuation, Tifinagh,
//! box drawing): those are written a character to a cell. Anything else (combining
//! marks, Arabic vowels, CJK, emoji) goes through ratatui as before.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthChar;

/// One column, and never part of a larger grapheme.
fn simple(c: char) -> bool {
    let plain_block = matches!(c,
        ' '..='~'
        | '\u{a0}'..='\u{2ff}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205e}'
        | '\u{2190}'..='\u{21ff}'
        | '\u{2500}'..='\u{25ff}'
        | '\u{2d30}'..='\u{2d6f}');
    plain_block && c.width() == Some(1)
}

/// Writes `text` from (x, y), at most `width` columns, in `style`; returns the columns
/// written. The cells are those ratatui would write for the same text.
pub fn text(buf: &mut Buffer, x: u16, y: u16, text: &str, width: u16, style: Style) -> u16 {
    // Patching a cell with no style changes nothing: skip it, it is half the work.
    let styled = style != Style::default();
    let mut col = 0;
    let mut last_start = 0;
    for (at, c) in text.char_indices() {
        if col >= width {
            return col;
        }
        if !simple(c) {
            // From the previous character on, which may be the base this one combines
            // with, ratatui writes the rest grapheme by grapheme.
            let (from, back) = if col > 0 { (last_start, 1) } else { (at, 0) };
            let start = x + col - back;
            let (end, _) = buf.set_stringn(
                start,
                y,
                &text[from..],
                usize::from(width - col + back),
                style,
            );
            return end.saturating_sub(x).max(col - back);
        }
        let cell = &mut buf[(x + col, y)];
        cell.set_char(c);
        if styled {
            cell.set_style(style);
        }
        col += 1;
        last_start = at;
    }
    col
}

/// A list of rows, the selected one marked with `› ` and drawn in `highlight`, as
/// ratatui's `List` with a highlight symbol always spaced.
pub fn list(
    buf: &mut Buffer,
    area: Rect,
    rows: &[String],
    selected: Option<usize>,
    highlight: Style,
) {
    for (n, row) in rows.iter().enumerate().take(usize::from(area.height)) {
        let y = area.y + n as u16;
        let is_selected = selected == Some(n);
        let mark = if is_selected { "› " } else { "  " };
        let used = text(buf, area.x, y, mark, area.width, Style::default());
        text(
            buf,
            area.x + used,
            y,
            row,
            area.width.saturating_sub(used),
            Style::default(),
        );
        if is_selected {
            buf.set_style(Rect::new(area.x, y, area.width, 1), highlight);
        }
    }
}

/// A table of the rows in view under a header, columns laid out from `widths` one column apart,
/// the selected row marked with `› ` and drawn in `highlight`: as ratatui's `Table`
/// with a highlight symbol always spaced.
#[allow(clippy::too_many_arguments)]
pub fn table(
    buf: &mut Buffer,
    area: Rect,
    widths: &[Constraint],
    header: Option<(&[String], Style)>,
    rows: &[Vec<(String, Style)>],
    selected: Option<usize>,
    highlight: Style,
) {
    if area.is_empty() {
        return;
    }
    let mark = 2.min(area.width);
    let columns = Layout::horizontal(widths.iter().copied())
        .spacing(1)
        .split(Rect::new(area.x + mark, 0, area.width - mark, 1));
    let line = |buf: &mut Buffer, y: u16, cells: &mut dyn Iterator<Item = (&str, Style)>| {
        for ((t, style), column) in cells.zip(columns.iter()) {
            text(buf, column.x, y, t, column.width, style);
        }
    };
    let mut top = area.y;
    if let Some((header, style)) = header {
        let cells = &mut header.iter().map(|h| (h.as_str(), Style::default()));
        line(buf, top, cells);
        buf.set_style(Rect::new(area.x, top, area.width, 1), style);
        top += 1;
    }
    let body = area.bottom().saturating_sub(top);
    for (n, row) in rows.iter().enumerate().take(usize::from(body)) {
        let y = top + n as u16;
        line(buf, y, &mut row.iter().map(|(t, s)| (t.as_str(), *s)));
        if selected == Some(n) {
            text(buf, area.x, y, "› ", mark, Style::default());
            buf.set_style(Rect::new(area.x, y, area.width, 1), highlight);
        }
    }
}

/// Lines as `ui::para` draws them (one space of margin each side), from line `scroll`
/// on. A line too long for the width is wrapped with its indent (and its bullet) kept,
/// so continued lines stay under their text; then, as is usual, every line fits and is
/// written directly. A line of several styles that does not fit is left to ratatui,
/// which wraps the whole text.
pub fn lines(buf: &mut Buffer, area: Rect, lines: Vec<Line<'_>>, scroll: u16) {
    let inner = super::inset(area);
    let lines: Vec<Line> = lines
        .into_iter()
        .flat_map(|l| {
            // The leading space `para` takes off does not count against the width.
            let room = usize::from(inner.width) + usize::from(starts_with_space(&l));
            rewrap(l, room)
        })
        .collect();
    let fits = lines.iter().all(|l| {
        matches!(l.alignment, None | Some(Alignment::Left))
            && l.width().saturating_sub(usize::from(starts_with_space(l)))
                <= usize::from(inner.width)
    });
    if !fits || inner.width < 1 {
        super::para(lines).scroll((scroll, 0)).render(area, buf);
        return;
    }
    // `para` takes one leading space off: the margin stands for it.
    write_lines(buf, inner, &lines, scroll, true);
}

/// Each line's spans side by side from the area's left edge, cut at its right edge.
fn write_lines(buf: &mut Buffer, area: Rect, lines: &[Line<'_>], scroll: u16, trim: bool) {
    for (n, line) in lines
        .iter()
        .skip(usize::from(scroll))
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + n as u16;
        let mut x = area.x;
        for (k, span) in line.spans.iter().enumerate() {
            let mut content: &str = &span.content;
            if trim && k == 0 && starts_with_space(line) {
                content = &content[1..];
            }
            let room = area.right().saturating_sub(x);
            x += text(buf, x, y, content, room, line.style.patch(span.style));
        }
    }
}

/// Lines as `Paragraph::new(lines).scroll((scroll, 0))` draws them: from the area's
/// edge, cut at its width, from line `scroll` on.
pub fn plain(buf: &mut Buffer, area: Rect, lines: &[Line<'_>], scroll: u16) {
    if lines
        .iter()
        .any(|l| !matches!(l.alignment, None | Some(Alignment::Left)))
    {
        Paragraph::new(lines.to_vec())
            .scroll((scroll, 0))
            .render(area, buf);
        return;
    }
    write_lines(buf, area, lines, scroll, false);
}

/// `line` as it is if it fits `width`, or is of several styles; else wrapped with
/// its indent, bullet, or the column of a "Label   value" pair kept for what follows.
fn rewrap(line: Line<'_>, width: usize) -> Vec<Line<'_>> {
    if line.width() <= width || line.spans.len() != 1 {
        return vec![line];
    }
    let style = line.style.patch(line.spans[0].style);
    let content = &line.spans[0].content;
    let mut text = content.trim_start();
    let mut lead = content[..content.len() - text.len()].to_string();
    for bullet in ["• ", "- "] {
        if let Some(rest) = text.strip_prefix(bullet) {
            lead.push_str(bullet);
            text = rest;
        }
    }
    if let Some(gap) = text.find("  ").filter(|&g| g > 0 && g < 24) {
        let value = text[gap..].trim_start();
        lead.push_str(&text[..text.len() - value.len()]);
        text = value;
    }
    super::hanging(&lead, text, width, style)
        .into_iter()
        .map(|h| {
            let joined: String = h.spans.iter().map(|s| s.content.as_ref()).collect();
            Line::styled(joined, style)
        })
        .collect()
}

fn starts_with_space(line: &Line<'_>) -> bool {
    line.spans
        .first()
        .is_some_and(|s| s.content.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;
    use ratatui::text::Span;

    /// Whatever the text, the fast path writes the cells ratatui writes.
    #[test]
    fn writes_what_ratatui_writes() {
        for style in [
            Style::default(),
            Style::default().add_modifier(Modifier::BOLD),
        ] {
            writes_what_ratatui_writes_in(style);
        }
    }

    fn writes_what_ratatui_writes_in(style: Style) {
        for t in [
            "Awa Traoré — « réunion » n°3 …",
            "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵎⵓⵔⵜ",
            "مرحبا بكم",
            "e\u{301}cole",
            "你好，世界",
            "👩🏾‍🌾 farmer",
            "a\tb",
            "Awa e\u{301} puis 你好 et ⵜⴰ",
            "x\u{200d}y",
            "plain then 👩🏾‍🌾",
            "",
            "exactly twenty chars",
            "much longer than the twenty columns it has",
        ] {
            let area = Rect::new(0, 0, 24, 1);
            // Over cells already styled, as inside a highlighted row or a panel.
            let mut ours = Buffer::empty(area);
            ours.set_style(area, Style::default().add_modifier(Modifier::DIM));
            let mut theirs = ours.clone();
            let used = text(&mut ours, 2, 0, t, 20, style);
            Span::styled(t, style).render(Rect::new(2, 0, 20, 1), &mut theirs);
            assert_eq!(ours, theirs, "{t}");
            let drawn = (2..22)
                .rev()
                .find(|&x| ours[(x, 0)].symbol() != " ")
                .map_or(0, |x| x - 1);
            assert!(
                used >= drawn.min(20),
                "{t}: {used} columns said, {drawn} drawn"
            );
        }
    }

    /// Styles included: the snapshots keep only the text.
    #[test]
    fn a_list_is_drawn_as_ratatui_draws_it() {
        use ratatui::widgets::{HighlightSpacing, List, ListState, StatefulWidget};
        let rows: Vec<String> = [
            "Awa — « oui »",
            "",
            "ⵜⴰⵎⴰ",
            "你好 wide",
            "a longer row than the area",
        ]
        .map(String::from)
        .to_vec();
        for selected in [None, Some(0), Some(3)] {
            for highlight in [
                Style::default().add_modifier(Modifier::REVERSED),
                Style::default().add_modifier(Modifier::DIM),
            ] {
                let area = Rect::new(1, 1, 16, 4);
                let mut ours = Buffer::empty(Rect::new(0, 0, 20, 6));
                let mut theirs = ours.clone();
                list(&mut ours, area, &rows, selected, highlight);
                let mut state = ListState::default().with_selected(selected);
                StatefulWidget::render(
                    List::new(rows.clone())
                        .highlight_style(highlight)
                        .highlight_symbol("› ")
                        .highlight_spacing(HighlightSpacing::Always),
                    area,
                    &mut theirs,
                    &mut state,
                );
                assert_eq!(ours, theirs, "{selected:?}");
            }
        }
    }

    #[test]
    fn a_table_is_drawn_as_ratatui_draws_it() {
        use ratatui::widgets::{Cell, HighlightSpacing, Row, StatefulWidget, Table, TableState};
        let widths = [
            Constraint::Length(6),
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(5),
        ];
        let header: Vec<String> = ["Date", "Title", "Series", "W S"]
            .map(String::from)
            .to_vec();
        let accent = Style::default().add_modifier(Modifier::BOLD);
        let rows: Vec<Vec<(String, Style)>> = (0..5)
            .map(|n| {
                vec![
                    (format!("{n} mars"), Style::default()),
                    (format!("Réunion {n} — Ségou ⵜⴰⵎⴰ"), Style::default()),
                    ("你好 series".to_string(), accent),
                    ("▰▱▱".to_string(), Style::default()),
                ]
            })
            .collect();
        let title = Style::default().add_modifier(Modifier::UNDERLINED);
        let highlight = Style::default().add_modifier(Modifier::REVERSED);
        for with_header in [true, false] {
            for (width, height) in [(50, 5), (30, 8), (3, 3)] {
                // The caller gives the rows in view, so the selected one is among them.
                for selected in [None, Some(0), Some(1)] {
                    let area = Rect::new(1, 1, width, height);
                    let mut ours = Buffer::empty(Rect::new(0, 0, width + 2, height + 2));
                    let mut theirs = ours.clone();
                    let head = with_header.then_some((header.as_slice(), title));
                    table(&mut ours, area, &widths, head, &rows, selected, highlight);
                    let cells = |r: &Vec<(String, Style)>| {
                        let spans = r.iter().map(|(t, s)| Span::styled(t.clone(), *s));
                        Row::new(spans.map(Cell::from))
                    };
                    let mut table = Table::new(rows.iter().map(cells), widths)
                        .row_highlight_style(highlight)
                        .highlight_symbol("› ")
                        .highlight_spacing(HighlightSpacing::Always)
                        .column_spacing(1);
                    if with_header {
                        table = table.header(Row::new(header.clone()).style(title));
                    }
                    let mut state = TableState::default().with_selected(selected);
                    StatefulWidget::render(table, area, &mut theirs, &mut state);
                    assert_eq!(ours, theirs, "{width}x{height} {selected:?} {with_header}");
                }
            }
        }
    }

    #[test]
    fn lines_are_drawn_as_the_paragraph_draws_them() {
        let dim = Style::default().add_modifier(Modifier::DIM);
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let sets: Vec<Vec<Line>> = vec![
            vec![
                Line::styled(" Titre de la réunion", bold),
                Line::raw(""),
                Line::from(vec![Span::styled(" • ", dim), Span::raw("Awa — « oui »")]),
                Line::raw("  indented twice"),
                Line::raw(" 你好 wide"),
                Line::styled(" e\u{301}cole", dim),
            ],
            // Too long for the width: wrapped by ratatui.
            vec![Line::raw(
                " a line much longer than the twenty columns of the area",
            )],
            vec![],
        ];
        for lines_ in sets {
            for scroll in [0, 1, 4] {
                let area = Rect::new(1, 1, 22, 4);
                let mut ours = Buffer::empty(Rect::new(0, 0, 24, 6));
                let mut theirs = ours.clone();
                lines(&mut ours, area, lines_.clone(), scroll);
                super::super::para(lines_.clone())
                    .scroll((scroll, 0))
                    .render(area, &mut theirs);
                assert_eq!(ours, theirs, "{lines_:?} {scroll}");
            }
        }
    }

    #[test]
    fn a_long_line_wraps_under_its_text() {
        let area = Rect::new(0, 0, 24, 4);
        let mut buf = Buffer::empty(area);
        let long = Line::raw("   • Awa: the committee meets every month in Ségou");
        lines(&mut buf, area, vec![long], 0);
        let rows: Vec<String> = (0..4)
            .map(|y| {
                let row: String = (0..24).map(|x| buf[(x, y)].symbol()).collect();
                row.trim_end().to_string()
            })
            .collect();
        assert_eq!(
            rows,
            [
                "   • Awa: the committee",
                "     meets every month",
                "     in Ségou",
                ""
            ]
        );
        let mut buf = Buffer::empty(area);
        let labelled = Line::raw("   Place    Sévaré, youth centre by the river");
        lines(&mut buf, area, vec![labelled], 0);
        let row = |y: u16| -> String { (0..24).map(|x| buf[(x, y)].symbol()).collect() };
        assert_eq!(row(0).trim_end(), "   Place    Sévaré,");
        assert_eq!(row(1).trim_end(), "            youth");
        assert_eq!(row(2).trim_end(), "            centre by");
    }

    #[test]
    fn plain_lines_are_drawn_as_a_paragraph_draws_them() {
        let dim = Style::default().add_modifier(Modifier::DIM);
        let lines_: Vec<Line> = vec![
            Line::styled("  Titre de la réunion", dim),
            Line::raw(""),
            Line::from(vec![
                Span::styled("• ", dim),
                Span::raw("Awa — « oui » and more"),
            ]),
            Line::raw("你好 wide characters here"),
            Line::raw("a line much longer than the area it is drawn in"),
        ];
        for scroll in [0, 2, 9] {
            let area = Rect::new(1, 1, 18, 4);
            let mut ours = Buffer::empty(Rect::new(0, 0, 20, 6));
            let mut theirs = ours.clone();
            plain(&mut ours, area, &lines_, scroll);
            Paragraph::new(lines_.clone())
                .scroll((scroll, 0))
                .render(area, &mut theirs);
            assert_eq!(ours, theirs, "{scroll}");
        }
    }

    #[test]
    fn common_scripts_take_the_fast_path() {
        assert!("Ségou : « réunion » — 3 ⵜⴰⵎⴰ ▰▱ ↑".chars().all(simple));
        assert!(!"e\u{301}".chars().all(simple));
        assert!(!"你".chars().all(simple));
    }
}
