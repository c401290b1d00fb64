//! `toguna trend`: a series over time, as text.

use std::fmt::Write;

use crate::domain::framework::Framework;
use crate::domain::trend::Trend;
use crate::i18n::I18n;
use crate::t;

/// A small chart: one row per dimension, one column per meeting, the level as a bar.
pub fn render(tr: &Trend, fw: &Framework, i: &I18n) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}\n",
        t!(
            i,
            "trend-title",
            series = tr.series.as_str(),
            count = tr.points.len()
        )
    );
    if tr.points.is_empty() {
        return o;
    }
    let bars = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = usize::from(fw.max_level()).max(1);
    let name_w = tr
        .dimensions
        .iter()
        .map(|d| fw.dimension_name(d).chars().count())
        .max()
        .unwrap_or(0);
    for (di, d) in tr.dimensions.iter().enumerate() {
        let line: String = tr
            .points
            .iter()
            .map(|p| match p.levels[di] {
                None => '·',
                Some(l) => {
                    bars[(usize::from(l) * (bars.len() - 1))
                        .div_ceil(max)
                        .min(bars.len() - 1)]
                }
            })
            .collect();
        let values: Vec<String> = tr
            .points
            .iter()
            .map(|p| p.levels[di].map_or("–".into(), |l| l.to_string()))
            .collect();
        let _ = writeln!(
            o,
            "  {:<name_w$}  {line}  {}",
            fw.dimension_name(d),
            values.join(" → ")
        );
    }
    let _ = writeln!(o);
    let mut header = vec![i.t("col-date"), i.t("col-title")];
    header.extend(
        tr.dimensions
            .iter()
            .map(|d| fw.dimension_name(d).to_string()),
    );
    header.extend([i.t("md-voices"), i.t("md-people"), i.t("trend-groups")]);
    let rows: Vec<Vec<String>> = tr
        .points
        .iter()
        .map(|p| {
            let mut row = vec![
                p.started.format("%Y-%m-%d").to_string(),
                crate::ui::fit(&p.title, 36),
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
    o.push_str(&super::table::render(&header, &rows));
    let _ = writeln!(o, "\n{}", i.t("trend-legend"));
    o
}
