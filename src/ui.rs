//! Drawing: a pure function of the app state. No I/O happens here.

mod dimension;
mod form;
mod frame;
mod home;
mod overlay;
mod paint;
mod room;
mod summary;
pub mod theme;
mod views;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::App;
use crate::app::workshop::{Step, Sub};
use crate::t;

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
        match &self.workshop {
            None if self.view.is_some() => {
                views::render(self, self.view.as_ref().expect("checked"), body, buf)
            }
            None => home::render(self, body, buf),
            Some(ws) => match ws.step {
                Step::Setup => form::render_setup(self, ws, body, buf),
                Step::Room => room::render(self, ws, body, buf),
                Step::Review => room::render_review(self, ws, body, buf),
                Step::Dim(d, sub) => match sub {
                    Sub::Card => dimension::card(self, d, body, buf),
                    Sub::Contributions => dimension::contributions(self, ws, d, body, buf),
                    Sub::Ratings => dimension::ratings(self, ws, d, body, buf),
                    Sub::Agreement => dimension::agreement(self, ws, d, body, buf),
                    Sub::Actions => dimension::actions(self, ws, d, body, buf),
                },
                Step::Summary => summary::render(self, ws, body, buf),
            },
        }
        overlay::render(self, area, buf);
    }
}

/// A line of text cut to `width` columns, with … when it does not fit.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
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

/// Wrapped text with a one-column margin, so that wrapped lines stay indented too.
/// Lines are written with a leading space to read well when drawn alone; here the
/// margin does that job, so one leading space is taken off.
/// `text` wrapped to `width` columns, the first line after `first`, the others after
/// as many spaces: bullets and numbered levels keep a hanging indent.
pub fn hanging(
    first: &str,
    text: &str,
    width: usize,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let indent = first.width();
    let room = width.saturating_sub(indent).max(8);
    // Each line with its width, kept as it grows: measuring the line again for every
    // word made long texts quadratic.
    let mut lines: Vec<(String, usize)> = vec![(String::new(), 0)];
    for word in crate::cli::table::one_line(text)
        .split(' ')
        .filter(|w| !w.is_empty())
    {
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
    lines
        .into_iter()
        .enumerate()
        .map(|(n, (l, _))| {
            let lead = if n == 0 {
                first.to_string()
            } else {
                " ".repeat(indent)
            };
            Line::from(vec![
                ratatui::text::Span::styled(lead, style),
                ratatui::text::Span::raw(l),
            ])
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use ratatui::text::Line;
    /// `fit` as it was first written: clean the whole text, measure it, then cut.
    fn fit_reference(text: &str, width: usize) -> String {
        use unicode_width::UnicodeWidthChar;
        let clean = crate::cli::table::one_line(text);
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

    /// `hanging` as it was first written.
    fn hanging_reference(
        first: &str,
        text: &str,
        width: usize,
        style: ratatui::style::Style,
    ) -> Vec<Line<'static>> {
        use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
        let indent = first.width();
        let room = width.saturating_sub(indent).max(8);
        let mut lines: Vec<String> = vec![String::new()];
        for word in crate::cli::table::one_line(text)
            .split(' ')
            .filter(|w| !w.is_empty())
        {
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
            if lines.last().is_some_and(|l| l.is_empty()) {
                *lines.last_mut().expect("checked") = piece;
            } else {
                lines.push(piece);
            }
        }
        lines
            .into_iter()
            .enumerate()
            .map(|(n, l)| {
                let lead = if n == 0 {
                    first.to_string()
                } else {
                    " ".repeat(indent)
                };
                Line::from(vec![
                    ratatui::text::Span::styled(lead, style),
                    ratatui::text::Span::raw(l),
                ])
            })
            .collect()
    }

    #[test]
    fn hanging_wraps_where_it_always_did() {
        let text = "Les femmes du quartier ne sont pas consultées sur le tracé de la route; \
                    ⵜⴰⵎⴰⵣⵉⵖⵜ 你好世界 e\u{301}cole averyveryverylongwordwithoutanyspaceatall 👩🏾‍🌾 fin.";
        for first in ["", " ", "  • ", "   Label    "] {
            for width in [0, 5, 9, 20, 33, 80] {
                assert_eq!(
                    super::hanging(first, text, width, Default::default()),
                    hanging_reference(first, text, width, Default::default()),
                    "{first:?} {width}"
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
                assert_eq!(super::fit(t, w), fit_reference(t, w), "{t:?} at {w}");
            }
        }
    }
}
