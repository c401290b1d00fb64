//! A series over time: the agreed levels as small bars, a row per meeting with who
//! came and what was done, then each stakeholder group's levels over the meetings.

use super::{Block, Document, Table};
use crate::domain::framework::Framework;
use crate::domain::trend::{Point, Trend};
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
    for (n, d) in tr.dimensions.iter().enumerate() {
        if let Some(table) = by_group(tr, n, fw, i) {
            doc.push(Block::Subheading(t!(
                i,
                "trend-by-group",
                dimension = fw.dimension_name(d)
            )));
            doc.push(Block::Table(table));
        }
    }
    doc
}

/// A share as the language writes it ("68%", "68 %"), or a dash for none.
pub fn percent(share: Option<u32>, i: &I18n) -> String {
    share.map_or_else(|| "–".to_string(), |n| t!(i, "fmt-percent", n = n))
}

/// Who came and what was done, as the cells of a meeting's row: people, women, young
/// people, the framework's groups present out of all, the share of reviewed actions
/// found done.
pub fn indicator_cells(p: &Point, fw: &Framework, i: &I18n) -> Vec<String> {
    let part = &p.participation;
    vec![
        part.people.to_string(),
        percent(part.women_share(), i),
        percent(part.young_share(), i),
        format!("{}/{}", part.groups.len(), fw.stakeholder_groups.len()),
        percent(p.review.completion(), i),
    ]
}

pub fn indicator_headers(i: &I18n) -> Vec<String> {
    vec![
        i.t("md-people"),
        i.t("trend-women"),
        i.t("trend-young"),
        i.t("trend-groups"),
        i.t("trend-done"),
    ]
}

/// Each stakeholder group's mean rating of the `n`th dimension at each meeting (a
/// dash where the group did not rate, or the ratings are not revealed), the agreed
/// level last; none when no group rated.
pub fn by_group(tr: &Trend, n: usize, fw: &Framework, i: &I18n) -> Option<Table> {
    let mut groups: Vec<&str> = Vec::new();
    for g in tr.points.iter().flat_map(|p| &p.by_group[n]) {
        if !groups.contains(&g.group.as_str()) {
            groups.push(&g.group);
        }
    }
    if groups.is_empty() {
        return None;
    }
    // In the framework's order, groups it does not know last.
    let rank = |g: &str| {
        fw.stakeholder_groups
            .iter()
            .position(|c| c.id == g)
            .unwrap_or(usize::MAX)
    };
    groups.sort_by_key(|g| rank(g));
    let mut header = vec![i.t("field-group")];
    header.extend(
        tr.points
            .iter()
            .map(|p| i.date_short(p.started.date_naive())),
    );
    let mean = |tenths: u32| t!(i, "fmt-decimal", int = tenths / 10, frac = tenths % 10);
    let mut rows: Vec<Vec<String>> = groups
        .iter()
        .map(|g| {
            let mut row = vec![fw.group_label(g).to_string()];
            row.extend(tr.points.iter().map(|p| {
                p.by_group[n]
                    .iter()
                    .find(|r| r.group == *g)
                    .map_or_else(|| "–".to_string(), |r| mean(r.spread.mean_tenths))
            }));
            row
        })
        .collect();
    let mut agreed = vec![i.t("compare-col-agreed")];
    agreed.extend(
        tr.points
            .iter()
            .map(|p| p.levels[n].map_or("–".into(), |l| l.to_string())),
    );
    rows.push(agreed);
    let mut numeric = vec![true; header.len()];
    numeric[0] = false;
    Some(Table {
        header: Some(header),
        rows,
        numeric,
    })
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
    header.push(i.t("md-voices"));
    header.extend(indicator_headers(i));
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
            row.push(p.voices.to_string());
            row.extend(indicator_cells(p, fw, i));
            row
        })
        .collect();
    let mut numeric = vec![false; header.len()];
    for n in numeric.iter_mut().rev().take(6) {
        *n = true;
    }
    Table {
        header: Some(header),
        rows,
        numeric,
    }
}
