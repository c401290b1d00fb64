//! Documents as Markdown: a report that reads well as plain text and renders well
//! wherever Markdown does.

use std::fmt::Write;

use crate::report::{Block, Document, Item, Table};
use crate::text::one_line;

/// Pipes and newlines would break a table cell.
fn cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

pub fn render(doc: &Document) -> String {
    let parts: Vec<String> = doc.blocks.iter().filter_map(|b| block(doc, b)).collect();
    // One blank line between blocks, as Markdown wants around headings and lists.
    parts.join("\n")
}

fn block(doc: &Document, b: &Block) -> Option<String> {
    let mut o = String::new();
    match b {
        Block::Title(t) => {
            let _ = writeln!(o, "# {}", one_line(t));
        }
        Block::Heading(h) => {
            let _ = writeln!(o, "## {}", one_line(h));
        }
        Block::Subheading(h) => {
            let _ = writeln!(o, "### {}", one_line(h));
        }
        Block::Facts(facts) => {
            let shown: Vec<_> = facts.iter().filter(|(_, v)| !v.is_empty()).collect();
            if shown.is_empty() {
                return None;
            }
            for (k, v) in shown {
                let _ = writeln!(o, "- **{}**{}{}", one_line(k), doc.colon, one_line(v));
            }
        }
        Block::Paragraph(p) => {
            let _ = writeln!(o, "{}", one_line(p));
        }
        Block::Items(items) => {
            if items.is_empty() {
                return None;
            }
            for item in items {
                let _ = writeln!(o, "{}", list_item(doc, item));
            }
        }
        Block::Table(t) => table(&mut o, t),
        Block::Bars(bars) => {
            let cells: Vec<String> = bars.iter().map(|(l, n)| format!("{l}: {n}")).collect();
            let _ = writeln!(o, "{}", cells.join(" · "));
        }
        Block::Chart(c) => {
            let _ = writeln!(o, "**{}**\n", one_line(&c.title));
            table(&mut o, &c.table());
        }
        Block::PageBreak => return None,
    }
    Some(o)
}

fn list_item(doc: &Document, item: &Item) -> String {
    let mut line = match &item.lead {
        Some(lead) => format!(
            "- **{}**{}{}",
            one_line(lead),
            doc.colon,
            one_line(&item.text)
        ),
        None => format!("- {}", one_line(&item.text)),
    };
    if let Some(d) = &item.detail {
        let _ = write!(line, " — {}", one_line(d));
    }
    line
}

fn table(o: &mut String, t: &Table) {
    let cols = t
        .header
        .as_ref()
        .map_or_else(|| t.rows.first().map_or(0, Vec::len), Vec::len);
    let header = t
        .header
        .clone()
        .unwrap_or_else(|| vec![String::new(); cols]);
    let _ = writeln!(
        o,
        "| {} |",
        header
            .iter()
            .map(|h| cell(h))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let rule: Vec<&str> = (0..cols)
        .map(|c| {
            if t.numeric.get(c) == Some(&true) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    let _ = writeln!(o, "|{}|", rule.join("|"));
    for row in &t.rows {
        let _ = writeln!(
            o,
            "| {} |",
            row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
        );
    }
}
