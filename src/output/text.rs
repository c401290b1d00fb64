//! Documents as plain text for a terminal (`toguna show`, `compare`, `trend`, `list`):
//! a section's content indented under its heading, tables aligned in columns.

use std::fmt::Write;

use crate::report::{Block, Document, Item, Table};
use crate::text::{one_line, width};

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    // Before the first heading, blocks stand apart; under a heading they follow it.
    let mut in_section = false;
    let mut after_title = false;
    for (n, block) in doc.blocks.iter().enumerate() {
        let heading = matches!(block, Block::Heading(_) | Block::Subheading(_));
        if n > 0 && (heading || (!in_section && !after_title)) {
            out.push('\n');
        }
        let indent = if in_section { "  " } else { "" };
        after_title = false;
        match block {
            Block::Title(t) => {
                let _ = writeln!(out, "{t}\n{}", "=".repeat(width(t).clamp(3, 78)));
                after_title = true;
            }
            Block::Heading(h) | Block::Subheading(h) => {
                let _ = writeln!(out, "{}", one_line(h));
                in_section = true;
            }
            Block::Facts(facts) => write_facts(&mut out, facts),
            Block::Paragraph(p) => {
                let _ = writeln!(out, "{indent}{p}");
            }
            Block::Items(items) => write_items(&mut out, indent, items),
            Block::Table(t) => {
                for line in table_lines(t) {
                    let _ = writeln!(out, "{indent}{line}");
                }
            }
            Block::Bars(bars) => {
                let cells: Vec<String> = bars.iter().map(|(l, n)| format!("{l}:{n}")).collect();
                let _ = writeln!(out, "{indent}{}", cells.join("  "));
            }
            Block::Chart(c) => {
                let _ = writeln!(out, "{indent}{}", one_line(&c.title));
                for line in table_lines(&c.table()) {
                    let _ = writeln!(out, "{indent}{line}");
                }
            }
            Block::PageBreak => {}
        }
    }
    out
}

fn write_facts(out: &mut String, facts: &[(String, String)]) {
    let w = facts.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
    for (k, v) in facts.iter().filter(|(_, v)| !v.is_empty()) {
        let pad = " ".repeat(w - width(k));
        let _ = writeln!(out, "  {k}{pad}  {}", one_line(v));
    }
}

fn write_items(out: &mut String, indent: &str, items: &[Item]) {
    for item in items {
        let lead = item
            .lead
            .as_ref()
            .map(|l| format!("[{l}] "))
            .unwrap_or_default();
        let _ = writeln!(out, "{indent}- {lead}{}", item.text);
        if let Some(d) = &item.detail {
            let _ = writeln!(out, "{indent}  {d}");
        }
    }
}

/// Each column padded to its widest cell; the last column is not padded.
pub fn table_lines(t: &Table) -> Vec<String> {
    let header: Vec<String> = t.header.clone().unwrap_or_default();
    let cols = t
        .rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(header.len()))
        .max()
        .unwrap_or(0);
    let mut widths = vec![0; cols];
    for row in t.header.iter().chain(&t.rows) {
        for (c, cell) in row.iter().enumerate() {
            widths[c] = widths[c].max(width(cell));
        }
    }
    t.header
        .iter()
        .chain(&t.rows)
        .map(|row| {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if c + 1 < row.len() {
                    line.push_str(&" ".repeat(widths[c] - width(cell) + 2));
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_with_wide_characters() {
        let t = Table {
            header: Some(vec!["a".into(), "b".into()]),
            rows: vec![
                vec!["日本".into(), "x".into()],
                vec!["é".into(), "y".into()],
            ],
            numeric: vec![],
        };
        assert_eq!(table_lines(&t).join("\n"), "a     b\n日本  x\né     y");
    }

    #[test]
    fn a_section_is_indented_under_its_heading() {
        let doc = Document {
            colon: ": ".into(),
            blocks: vec![
                Block::Title("Ségou".into()),
                Block::Facts(vec![
                    ("Place".into(), "Mairie".into()),
                    ("Empty".into(), String::new()),
                ]),
                Block::Heading("Wide".into()),
                Block::Paragraph("why".into()),
                Block::Items(vec![Item::led("done", "wells").with_detail("two")]),
            ],
        };
        assert_eq!(
            render(&doc),
            "Ségou\n=====\n  Place  Mairie\n\nWide\n  why\n  - [done] wells\n    two\n"
        );
    }
}
