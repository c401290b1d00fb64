//! A series over time: the agreed levels as small bars, then a row per meeting.

use super::{Block, Document, Table};
use crate::domain::framework::Framework;
use crate::domain::trend::Trend;
use crate::i18n::I18n;
use crate::t;

const BARS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub fn document(tr: &Trend, fw: &Framework, i: &I18n) -> Document {
    let mut doc = Document::new(i);
    doc.push(Block::Paragraph(t!(
        i,
        "trend-title",
        series = tr.series.as_str(),
        count = tr.points.len()
    )));
    if tr.points.is_empty() {
        return doc;
    }
    doc.push(Block::Table(sparks(tr, fw)));
    doc.push(Block::Table(meetings(tr, fw, i)));
    doc.push(Block::Paragraph(i.t("trend-legend")));
    doc
}

/// One row per dimension, one bar per meeting, then the levels in figures.
fn sparks(tr: &Trend, fw: &Framework) -> Table {
    let max = usize::from(fw.max_level()).max(1);
    let rows = tr
        .dimensions
        .iter()
        .enumerate()
        .map(|(di, d)| {
            let line: String = tr
                .points
                .iter()
                .map(|p| match p.levels[di] {
                    None => '·',
                    Some(l) => {
                        BARS[(usize::from(l) * (BARS.len() - 1))
                            .div_ceil(max)
                            .min(BARS.len() - 1)]
                    }
                })
                .collect();
            let values: Vec<String> = tr
                .points
                .iter()
                .map(|p| p.levels[di].map_or("–".into(), |l| l.to_string()))
                .collect();
            vec![fw.dimension_name(d).to_string(), line, values.join(" → ")]
        })
        .collect();
    Table {
        header: None,
        rows,
        numeric: vec![false, false, false],
    }
}

fn meetings(tr: &Trend, fw: &Framework, i: &I18n) -> Table {
    let mut header = vec![i.t("col-date"), i.t("col-title")];
    header.extend(
        tr.dimensions
            .iter()
            .map(|d| fw.dimension_name(d).to_string()),
    );
    header.extend([i.t("md-voices"), i.t("md-people"), i.t("trend-groups")]);
    let rows = tr
        .points
        .iter()
        .map(|p| {
            let mut row = vec![
                p.started.format("%Y-%m-%d").to_string(),
                crate::text::fit(&p.title, 36),
            ];
            for (level, spread) in p.levels.iter().zip(&p.spreads) {
                let l = level.map_or("–".into(), |l| l.to_string());
                row.push(match spread {
                    Some(s) => format!(
                        "{l} ({}–{}, {})",
                        s.min,
                        s.max,
                        t!(
                            i,
                            "trend-mean",
                            mean = t!(
                                i,
                                "fmt-decimal",
                                int = s.mean_tenths / 10,
                                frac = s.mean_tenths % 10
                            )
                        )
                    ),
                    None => l,
                });
            }
            row.extend([
                p.voices.to_string(),
                p.people.to_string(),
                p.groups.to_string(),
            ]);
            row
        })
        .collect();
    let mut numeric = vec![false; header.len()];
    for n in numeric.iter_mut().rev().take(3) {
        *n = true;
    }
    Table {
        header: Some(header),
        rows,
        numeric,
    }
}
