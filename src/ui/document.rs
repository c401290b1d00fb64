//! Documents of `report` drawn as styled lines for the read-only views: the same
//! content `toguna show` prints, laid out for a screen.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::report::{Block, Document, Item};
use crate::text::{width, wrap};

/// The lines of `doc` for a panel `cols` wide, each with a one-column margin.
pub fn lines(doc: &Document, theme: Theme, cols: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Title(t) => out.push(Line::styled(format!(" {t}"), theme.title())),
            Block::Heading(h) => {
                gap(&mut out);
                out.push(Line::styled(format!(" {h}"), theme.accent()));
            }
            Block::Subheading(h) => {
                gap(&mut out);
                out.push(Line::styled(format!(" {h}"), theme.title()));
            }
            Block::Facts(facts) => {
                let w = facts.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
                for (k, v) in facts.iter().filter(|(_, v)| !v.is_empty()) {
                    let lead = format!("  {k}{}  ", " ".repeat(w - width(k)));
                    out.extend(hang(&lead, v, cols, theme.title(), Style::default()));
                }
            }
            Block::Paragraph(p) => {
                out.extend(hang("  ", p, cols, Style::default(), Style::default()));
            }
            Block::Items(items) => items_lines(&mut out, doc, items, theme, cols),
            Block::Table(t) => {
                for (n, l) in crate::output::text::table_lines(t).into_iter().enumerate() {
                    let style = if n == 0 && t.header.is_some() {
                        theme.title()
                    } else {
                        Style::default()
                    };
                    out.push(Line::styled(format!("  {l}"), style));
                }
            }
            Block::Bars(bars) => bars_lines(&mut out, bars, theme, cols),
            Block::Chart(c) => {
                gap(&mut out);
                out.push(Line::styled(format!(" {}", c.title), theme.title()));
                for l in crate::output::text::table_lines(&c.table()) {
                    out.push(Line::raw(format!("  {l}")));
                }
            }
            Block::PageBreak => {}
        }
    }
    out
}

fn gap(out: &mut Vec<Line<'static>>) {
    if !out.is_empty() {
        out.push(Line::default());
    }
}

fn items_lines(
    out: &mut Vec<Line<'static>>,
    doc: &Document,
    items: &[Item],
    theme: Theme,
    cols: usize,
) {
    for item in items {
        let text = match &item.lead {
            Some(lead) => doc.pair(lead, &item.text),
            None => item.text.clone(),
        };
        out.extend(hang("  • ", &text, cols, theme.key(), Style::default()));
        if let Some(d) = &item.detail {
            out.extend(hang("    ↳ ", d, cols, theme.muted(), theme.muted()));
        }
    }
}

fn bars_lines(out: &mut Vec<Line<'static>>, bars: &[(String, u32)], theme: Theme, cols: usize) {
    let most = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let room = u32::try_from(cols.saturating_sub(12).min(20)).unwrap_or(20);
    for (label, n) in bars {
        let len = if *n == 0 {
            0
        } else {
            (n * room).div_ceil(most).max(1)
        };
        out.push(Line::from(vec![
            Span::styled(format!("  {label} "), theme.key()),
            Span::styled("█".repeat(len as usize), theme.accent()),
            Span::raw(format!(" {n}")),
        ]));
    }
}

/// `text` wrapped to `cols` after `lead`, the lines after the first indented as much,
/// its own line breaks kept.
pub fn hang(
    lead: &str,
    text: &str,
    cols: usize,
    lead_style: Style,
    style: Style,
) -> Vec<Line<'static>> {
    let indent = width(lead);
    // The line breaks that were typed are kept: each paragraph wraps on its own.
    text.split('\n')
        .flat_map(|p| wrap(indent, p.trim_end_matches('\r'), cols))
        .enumerate()
        .map(|(n, l)| {
            let lead = if n == 0 {
                lead.to_string()
            } else {
                " ".repeat(indent)
            };
            Line::from(vec![Span::styled(lead, lead_style), Span::styled(l, style)])
        })
        .collect()
}
