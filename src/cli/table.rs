//! Plain-text tables that line up with any script (accents, CJK, emoji).

use unicode_width::UnicodeWidthStr;

/// Pads each column to its widest cell; the last column is not padded.
pub fn render(header: &[String], rows: &[Vec<String>]) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate().take(cols) {
            line.push_str(cell);
            if i + 1 < cols {
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One line of text, safe to put in a table cell: newlines and tabs become spaces and
/// control characters are dropped, so a cell never breaks the layout.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == '\n' || c == '\t' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_with_wide_characters() {
        let out = render(
            &["a".into(), "b".into()],
            &[
                vec!["日本".into(), "x".into()],
                vec!["é".into(), "y".into()],
            ],
        );
        assert_eq!(out, "a     b\n日本  x\né     y\n");
    }

    #[test]
    fn cells_stay_on_one_line() {
        assert_eq!(one_line("a\nb\tc\u{7}"), "a b c");
    }
}
