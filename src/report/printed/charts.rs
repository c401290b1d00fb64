//! The charts of the printable report, as data: back-ends draw them (SVG in HTML) or
//! print their table.

use crate::domain::framework::Framework;
use crate::domain::session::{DimensionRecord, Gender, Session};
use crate::domain::summary;
use crate::i18n::I18n;
use crate::report::{Chart, ChartKind, Series};

fn one(name: String, values: Vec<u32>) -> Vec<Series> {
    vec![Series {
        name,
        values: values.into_iter().map(Some).collect(),
    }]
}

/// People by stakeholder group, every group of the framework shown (an absent group
/// is a bar of nothing), then any other the room had.
pub fn by_group(s: &Session, fw: &Framework, i: &I18n) -> Chart {
    let present = summary::by_group(s);
    let mut ids: Vec<&str> = fw
        .stakeholder_groups
        .iter()
        .map(|g| g.id.as_str())
        .collect();
    for (g, _, _) in &present {
        if !ids.contains(g) {
            ids.push(g);
        }
    }
    let people = |id: &str| {
        present
            .iter()
            .find(|(g, _, _)| *g == id)
            .map_or(0, |(_, _, n)| *n)
    };
    Chart {
        title: i.t("report-chart-groups"),
        kind: ChartKind::Bars,
        categories: ids.iter().map(|g| fw.group_label(g).to_string()).collect(),
        series: one(i.t("md-people"), ids.iter().map(|g| people(g)).collect()),
        max: 0,
        unit: String::new(),
    }
}

/// A gender as a chart's category names it: the people of it, not the word of a form.
fn gender_label(g: Gender) -> &'static str {
    match g {
        Gender::Woman => "report-gender-woman",
        Gender::Man => "report-gender-man",
        Gender::Mixed => "report-gender-mixed",
        Gender::Other => "report-gender-other",
        Gender::Unspecified => "report-gender-unspecified",
    }
}

/// People by gender, the genders the room had.
pub fn by_gender(s: &Session, i: &I18n) -> Chart {
    let counts = summary::by_gender(s);
    let shown: Vec<(Gender, u32)> = Gender::ALL
        .iter()
        .filter_map(|g| counts.get(g).map(|n| (*g, *n)))
        .collect();
    Chart {
        title: i.t("report-chart-gender"),
        kind: ChartKind::Bars,
        categories: shown.iter().map(|(g, _)| i.t(gender_label(*g))).collect(),
        series: one(i.t("md-people"), shown.iter().map(|(_, n)| *n).collect()),
        max: 0,
        unit: String::new(),
    }
}

/// People by age band, in the framework's order, the bands the room had.
pub fn by_age(s: &Session, fw: &Framework, i: &I18n) -> Chart {
    let counts = summary::by_age(s);
    let mut shown: Vec<(String, u32)> = fw
        .age_bands
        .iter()
        .filter_map(|b| counts.get(b.id.as_str()).map(|n| (b.label.clone(), *n)))
        .collect();
    for (band, n) in &counts {
        if !fw.age_bands.iter().any(|b| b.id == *band) {
            shown.push(((*band).to_string(), *n));
        }
    }
    Chart {
        title: i.t("report-chart-age"),
        kind: ChartKind::Bars,
        categories: shown.iter().map(|(b, _)| b.clone()).collect(),
        series: one(i.t("md-people"), shown.iter().map(|(_, n)| *n).collect()),
        max: 0,
        unit: String::new(),
    }
}

/// How many voices gave each level of the scale (revealed ratings only: the caller
/// has a `Public` session).
pub fn distribution(d: &DimensionRecord, fw: &Framework, i: &I18n) -> Chart {
    Chart {
        title: i.t("report-chart-distribution"),
        kind: ChartKind::Columns,
        categories: fw
            .levels
            .iter()
            .map(|l| format!("{} {}", l.value, l.name))
            .collect(),
        series: one(i.t("md-voices"), d.distribution(fw.levels.len())),
        max: 0,
        unit: String::new(),
    }
}
