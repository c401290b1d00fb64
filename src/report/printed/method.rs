//! How the meeting worked, for a reader who was not there: the framework, the level
//! scale and what each level means for each dimension, how ratings are given and
//! revealed, and the rule on names.

use crate::domain::framework::Framework;
use crate::i18n::I18n;
use crate::report::{Block, Document, Item, Table};
use crate::t;

/// The framework's source as a sentence of its own, whether or not it ends in a stop.
fn sentence(source: &str) -> String {
    let s = source.trim();
    if s.is_empty() || s.ends_with(['.', '!', '?', '…']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

pub fn push(doc: &mut Document, fw: &Framework, i: &I18n) {
    doc.push(Block::Heading(i.t("report-method")));
    doc.push(Block::Paragraph(t!(
        i,
        "report-method-framework",
        title = fw.title.as_str(),
        version = fw.version,
        source = sentence(&fw.source)
    )));
    doc.push(Block::Items(
        fw.dimensions
            .iter()
            .map(|d| Item::led(d.name.as_str(), d.definition.as_str()))
            .collect(),
    ));
    doc.push(Block::Subheading(i.t("report-method-scale")));
    doc.push(Block::Table(Table {
        header: Some(vec![i.t("report-col-level"), i.t("report-col-meaning")]),
        rows: fw
            .levels
            .iter()
            .map(|l| vec![format!("{} {}", l.value, l.name), l.summary.clone()])
            .collect(),
        numeric: vec![false, false],
    }));
    for d in &fw.dimensions {
        doc.push(Block::Subheading(t!(
            i,
            "report-method-levels-of",
            dimension = d.name.as_str()
        )));
        doc.push(Block::Table(Table {
            header: Some(vec![i.t("report-col-level"), i.t("report-col-looks-like")]),
            rows: fw
                .levels
                .iter()
                .zip(&d.level_descriptors)
                .map(|(l, text)| vec![format!("{} {}", l.value, l.name), text.clone()])
                .collect(),
            numeric: vec![false, false],
        }));
    }
    doc.push(Block::Subheading(i.t("report-method-how")));
    doc.push(Block::Paragraph(i.t("report-method-ratings")));
    doc.push(Block::Paragraph(i.t("report-method-consent")));
}
