//! Text helpers every output shares: one line for a cell, a line cut to a width, text
//! wrapped under a hanging lead. They measure in terminal columns, so accents, CJK and
//! emoji line up.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// One line of text, safe to put in a table cell: newlines and tabs become spaces and
/// control characters are dropped, so a cell never breaks the layout.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if matches!(c, '\n' | '\t' | '\r') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .collect()
}

/// A line of text cut to `width` columns, with … when it does not fit.
pub fn fit(text: &str, width: usize) -> String {
    // In one pass that stops at the width: a list row may hold a page of text, and
    // only its first line is shown.
    let clean = text
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\t' | '\r') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control());
    let mut out = String::new();
    let mut used = 0;
    // Where the text is cut if it does not fit: one column is kept for "…".
    let mut cut = None;
    for c in clean {
        let w = c.width().unwrap_or(0);
        if cut.is_none() && used + w + 1 > width {
            cut = Some(out.len());
        }
        if used + w > width {
            out.truncate(cut.unwrap_or(0));
            if width > 0 {
                out.push('…');
            }
            return out;
        }
        out.push(c);
        used += w;
    }
    out
}

/// Where `text` parts from the one of `others` it resembles most: the byte at which
/// the words that tell it apart start (with the word before when the first is short,
/// so "meeting 3" rather than "3"), and the column of the first character that
/// differs. `None` when it differs from all of them at its start, or is one of them.
pub fn parting<'a>(
    text: &str,
    others: impl IntoIterator<Item = &'a str>,
) -> Option<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let common = others
        .into_iter()
        .filter(|o| *o != text)
        .map(|o| {
            o.chars()
                .zip(&chars)
                .take_while(|(a, (_, b))| a == b)
                .count()
        })
        .max()
        .unwrap_or(0);
    if common == 0 || common >= chars.len() {
        return None;
    }
    let word_start = |from: usize| {
        (0..from)
            .rev()
            .find(|&i| chars[i].1.is_whitespace())
            .map_or(0, |i| i + 1)
    };
    let mut start = word_start(common);
    let word_width: usize = chars[start..]
        .iter()
        .take_while(|(_, c)| !c.is_whitespace())
        .filter_map(|(_, c)| c.width())
        .sum();
    if word_width < 4 && start > 1 {
        start = word_start(start - 1);
    }
    let column = chars[..common].iter().filter_map(|(_, c)| c.width()).sum();
    Some((chars[start].0, column))
}

/// A line of text cut to `width` columns that shows where it parts from others (see
/// `parting`): when the cut would fall before that, the middle gives way instead.
/// "Dialogue de Ségou — réunion 3" in 20 columns reads "Dialogue d…réunion 3".
pub fn fit_parting(text: &str, width: usize, parting: Option<(usize, usize)>) -> String {
    let clean = one_line(text);
    let Some((at, column)) = parting.filter(|_| clean.len() == text.len() && width >= 8) else {
        return fit(&clean, width);
    };
    // Plain when it fits, or when the first character that differs shows anyway.
    if clean.width() <= width || column + 2 <= width {
        return fit(&clean, width);
    }
    let tail_width = clean[at..].width();
    let head = fit(
        &clean[..at],
        (width / 3).max(width.saturating_sub(tail_width)),
    );
    let tail = fit(&clean[at..], width - head.width());
    head + &tail
}

/// The width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` on one line, wrapped to `width` columns after a lead that only the first line
/// shows: the lines that follow it keep as many columns of indent, so bullets and
/// numbered levels hang. Words longer than the room are cut where they must be.
pub fn wrap(lead_width: usize, text: &str, width: usize) -> Vec<String> {
    let room = width.saturating_sub(lead_width).max(8);
    // Each line with its width, kept as it grows: measuring the line again for every
    // word made long texts quadratic.
    let mut lines: Vec<(String, usize)> = vec![(String::new(), 0)];
    for word in one_line(text).split(' ').filter(|w| !w.is_empty()) {
        let word_width = word.width();
        let (current, used) = lines.last_mut().expect("one line at least");
        let need = word_width + usize::from(!current.is_empty());
        if *used + need <= room {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            *used += need;
            continue;
        }
        let mut piece = (String::new(), 0);
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            if piece.1 + w > room {
                lines.push(std::mem::take(&mut piece));
            }
            piece.0.push(c);
            piece.1 += w;
        }
        if lines.last().is_some_and(|(l, _)| l.is_empty()) {
            *lines.last_mut().expect("checked") = piece;
        } else {
            lines.push(piece);
        }
    }
    lines.into_iter().map(|(l, _)| l).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_differ_at_their_end_show_it_when_cut() {
        let a = "Dialogue de Ségou — réunion 3";
        let b = "Dialogue de Ségou — réunion 1";
        let c = "Mopti dialogue — meeting 2 (illustrative example)";
        let d = "Mopti dialogue — meeting 3 (illustrative example)";
        let at = parting(a, [a, b, c, d]);
        assert_eq!(at, Some((a.find("réunion").unwrap(), 28)));
        let cut = fit_parting(a, 20, at);
        assert_eq!(cut, "Dialogue d…réunion 3");
        // The middle gives way, and the end too when the rest is long.
        let cut = fit_parting(d, 25, parting(d, [a, b, c, d]));
        assert_eq!(cut, "Mopti d…meeting 3 (illus…");
        assert_eq!(width(&cut), 25);
        // Cut as before when what differs shows anyway, or nothing does.
        assert_eq!(fit_parting(d, 31, parting(d, [c])), fit(d, 31));
        assert_eq!(parting(c, [a, b]), None);
        assert_eq!(fit_parting(c, 20, None), fit(c, 20));
        assert_eq!(
            parting(a, [a]),
            None,
            "the same title: nothing tells them apart"
        );
        assert_eq!(fit_parting(a, 40, at), a);
    }

    #[test]
    fn a_parting_measures_wide_characters() {
        let a = "会議の記録 第三回 😀 二";
        let b = "会議の記録 第三回 😀 一";
        let at = parting(a, [b]);
        let cut = fit_parting(a, 12, at);
        assert!(width(&cut) <= 12, "{cut}");
        assert!(cut.contains('…') && cut.ends_with('二'), "{cut}");
    }

    /// `fit` as it was first written: clean the whole text, measure it, then cut.
    fn fit_reference(text: &str, width: usize) -> String {
        let clean = one_line(text);
        let total: usize = clean.chars().map(|c| c.width().unwrap_or(0)).sum();
        if total <= width {
            return clean;
        }
        let mut out = String::new();
        let mut used = 0;
        for c in clean.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        if width > 0 {
            out.push('…');
        }
        out
    }

    /// `wrap` as it was first written, measuring the line again for every word.
    fn wrap_reference(lead: usize, text: &str, width: usize) -> Vec<String> {
        let room = width.saturating_sub(lead).max(8);
        let mut lines: Vec<String> = vec![String::new()];
        for word in one_line(text).split(' ').filter(|w| !w.is_empty()) {
            let current = lines.last_mut().expect("one line at least");
            let need = word.width() + usize::from(!current.is_empty());
            if current.width() + need <= room {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
                continue;
            }
            let mut piece = String::new();
            for c in word.chars() {
                if piece.width() + c.width().unwrap_or(0) > room {
                    lines.push(std::mem::take(&mut piece));
                }
                piece.push(c);
            }
            if lines.last().is_some_and(String::is_empty) {
                *lines.last_mut().expect("checked") = piece;
            } else {
                lines.push(piece);
            }
        }
        lines
    }

    #[test]
    fn wrap_wraps_where_it_always_did() {
        let text = "Les femmes du quartier ne sont pas consultées sur le tracé de la route; \
                    ⵜⴰⵎⴰⵣⵉⵖⵜ 你好世界 e\u{301}cole averyveryverylongwordwithoutanyspaceatall 👩🏾‍🌾 fin.";
        for lead in [0, 1, 4, 12] {
            for width in [0, 5, 9, 20, 33, 80] {
                assert_eq!(
                    wrap(lead, text, width),
                    wrap_reference(lead, text, width),
                    "{lead} {width}"
                );
            }
        }
    }

    #[test]
    fn fit_cuts_where_it_always_did() {
        let texts = [
            "",
            "Awa",
            "Réunion de Ségou — « oui »",
            "ligne 1\nligne 2\ttab\r",
            "你好世界你好",
            "e\u{301}cole",
            "👩🏾‍🌾 farmer",
            "a\u{7}bell",
            "\u{200b}\u{200b}",
        ];
        for t in texts {
            for w in 0..30 {
                assert_eq!(fit(t, w), fit_reference(t, w), "{t:?} at {w}");
            }
        }
    }

    #[test]
    fn cells_stay_on_one_line() {
        assert_eq!(one_line("a\nb\tc\u{7}"), "a b c");
    }
}
