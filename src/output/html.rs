//! Documents as one self-contained HTML page, readable on screen and printed to A4
//! from any browser: styles and charts (SVG) inline, nothing fetched (a content
//! security policy forbids it), print styles with page breaks, a running title and
//! page numbers. Text in any script shows: a font stack that covers Latin, Arabic,
//! Tifinagh and emoji, and every piece of text takes its own direction (`dir=auto`,
//! `<bdi>`), so an Arabic contribution reads right to left inside a French report.
//!
//! Templated with maud: markup checked at compile time and every value escaped.

use std::fmt::Write;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::svg;
use crate::report::{Block, Document, Item, Table};

const STYLE: &str = include_str!("html.css");

/// The page for `doc`, in the language `lang` ("fr", "en").
pub fn render(doc: &Document, lang: &str) -> String {
    let title = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(t.as_str()),
            _ => None,
        })
        .unwrap_or("Toguna");
    let page = html! {
        (DOCTYPE)
        html lang=(lang) dir="ltr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                // Nothing leaves the file: no fetch, script, font or image from outside.
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                meta name="generator" content="Toguna";
                title { (title) }
                style { (PreEscaped(STYLE)) (PreEscaped(running_title(title))) }
            }
            body {
                main { (blocks(doc)) }
            }
        }
    };
    page.into_string()
}

/// The title at the top of every printed page but the first, as CSS text: quotes,
/// backslashes and `<` escaped so that it can neither end the string nor the style.
fn running_title(title: &str) -> String {
    let mut css = String::from("@page{@top-left{content:\"");
    for c in title.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => {
                let _ = write!(css, "\\{:x} ", u32::from(c));
            }
            c if c.is_control() => css.push(' '),
            c => css.push(c),
        }
    }
    css.push_str("\"}}@page:first{@top-left{content:none}}");
    css
}

fn blocks(doc: &Document) -> Markup {
    // What comes before the first section is the cover.
    let first = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading(_)))
        .unwrap_or(doc.blocks.len());
    html! {
        @for (n, b) in doc.blocks.iter().enumerate() {
            @match b {
                Block::Title(t) => h1 dir="auto" { (t) },
                Block::Heading(h) => h2 dir="auto" { (h) },
                Block::Subheading(h) => h3 dir="auto" { (h) },
                Block::Facts(facts) => (facts_list(facts, n < first)),
                Block::Paragraph(p) => p dir="auto" { (p) },
                Block::Items(items) => (items_list(doc, items)),
                Block::Table(t) => (table(t)),
                Block::Bars(bars) => (bars_list(bars)),
                Block::Chart(c) => figure {
                    figcaption dir="auto" { (c.title) }
                    (PreEscaped(svg::chart(c)))
                },
                Block::PageBreak => div.page-break {},
            }
        }
    }
}

fn facts_list(facts: &[(String, String)], cover: bool) -> Markup {
    html! {
        dl.facts.cover[cover] {
            @for (k, v) in facts.iter().filter(|(_, v)| !v.trim().is_empty()) {
                div {
                    dt dir="auto" { (k) }
                    dd { bdi { (v) } }
                }
            }
        }
    }
}

fn items_list(doc: &Document, items: &[Item]) -> Markup {
    if items.is_empty() {
        return html! {};
    }
    html! {
        ul.items {
            @for item in items {
                li dir="auto" {
                    @if let Some(lead) = &item.lead {
                        strong { bdi { (lead) } } (doc.colon)
                    }
                    bdi.text { (item.text) }
                    @if let Some(d) = &item.detail {
                        " " span.detail { "— " bdi { (d) } }
                    }
                }
            }
        }
    }
}

fn table(t: &Table) -> Markup {
    let num = |c: usize| t.numeric.get(c) == Some(&true);
    html! {
        table {
            @if let Some(h) = &t.header {
                thead { tr {
                    @for (c, cell) in h.iter().enumerate() {
                        th.num[num(c)] dir="auto" { (cell) }
                    }
                } }
            }
            tbody {
                @for row in &t.rows {
                    tr {
                        @for (c, cell) in row.iter().enumerate() {
                            td.num[num(c)] dir="auto" { (cell) }
                        }
                    }
                }
            }
        }
    }
}

fn bars_list(bars: &[(String, u32)]) -> Markup {
    html! {
        p.bars {
            @for (label, n) in bars {
                span { (label) ": " (n) } " "
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            blocks,
            colon: "\u{a0}: ".into(),
        }
    }

    #[test]
    fn text_is_escaped_and_takes_its_own_direction() {
        let out = render(
            &doc(vec![
                Block::Title("<script>alert(1)</script>".into()),
                Block::Items(vec![Item::led("Awa", "قال الشباب إنهم لم يُستشاروا")]),
            ]),
            "fr",
        );
        assert!(!out.contains("<script>alert"), "{out}");
        assert!(out.contains("&lt;script&gt;"));
        assert!(out.contains("<html lang=\"fr\""));
        assert!(out.contains("<bdi class=\"text\">قال"), "{out}");
    }

    #[test]
    fn the_running_title_cannot_end_the_style() {
        let css = running_title("a\"b</style><script>x");
        assert!(!css.contains("</style>"));
        assert!(!css.contains('<'));
        assert!(css.contains("a\\22 b"));
    }

    #[test]
    fn nothing_outside_the_file_is_referred_to() {
        let out = render(&doc(vec![Block::Title("T".into())]), "en");
        for outside in ["http:", "https:", "src=", "<link", "@import", "url("] {
            assert!(!out.contains(outside), "{outside}");
        }
        assert!(out.contains("default-src 'none'"));
    }
}
