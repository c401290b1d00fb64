//! `toguna compare`: two meetings side by side, as text (or as Markdown in reports).

use std::fmt::Write;

use crate::domain::compare::{Comparison, compare};
use crate::domain::framework::Framework;
use crate::domain::session::{ActionStatus, Session};
use crate::i18n::I18n;
use crate::t;

fn levels_cell(dist: &[u32]) -> String {
    dist.iter()
        .enumerate()
        .map(|(l, n)| format!("{l}:{n}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn phases(set: &std::collections::BTreeSet<String>, fw: &Framework, i: &I18n) -> String {
    if set.is_empty() {
        return i.t("phase-none");
    }
    // In the framework's order (analysis, implementation, evaluation), then any other.
    let mut ordered: Vec<&str> = fw
        .phases
        .iter()
        .filter(|p| set.contains(&p.id))
        .map(|p| p.label.as_str())
        .collect();
    ordered.extend(
        set.iter()
            .filter(|p| !fw.phases.iter().any(|x| &x.id == *p))
            .map(String::as_str),
    );
    ordered.join(", ")
}

/// `earlier` and `later` should already be protected when the text leaves the machine.
pub fn render(
    earlier: &Session,
    later: &Session,
    fw: &Framework,
    i: &I18n,
    markdown: bool,
) -> String {
    let c: Comparison = compare(earlier, later, fw);
    let mut o = String::new();
    let head = |s: &Session| {
        format!(
            "{} ({})",
            crate::cli::table::one_line(&s.title),
            i.date(s.started.date_naive())
        )
    };
    let _ = writeln!(
        o,
        "{}",
        t!(
            i,
            "compare-title",
            before = head(earlier),
            after = head(later)
        )
    );
    let _ = writeln!(o);
    let header = [
        i.t("compare-dimension"),
        i.t("compare-before"),
        i.t("compare-after"),
        i.t("compare-change"),
    ];
    let rows: Vec<Vec<String>> = c
        .dimensions
        .iter()
        .map(|d| {
            let show = |l: Option<u8>| l.map_or("–".to_string(), |l| l.to_string());
            vec![
                fw.dimension_name(&d.dimension).to_string(),
                show(d.before),
                show(d.after),
                format!("{} {}", d.change.arrow(), i.t(d.change.message_id())),
            ]
        })
        .collect();
    if markdown {
        let _ = writeln!(o, "| {} |", header.join(" | "));
        let _ = writeln!(o, "|---|---:|---:|---|");
        for r in &rows {
            let _ = writeln!(o, "| {} |", r.join(" | "));
        }
    } else {
        o.push_str(&super::table::render(&header, &rows));
    }
    let bullet = if markdown { "- " } else { "  " };
    let _ = writeln!(o, "\n{}", i.t("compare-ratings"));
    for d in &c.dimensions {
        let value = format!(
            "{} → {}",
            levels_cell(&d.ratings_before),
            levels_cell(&d.ratings_after)
        );
        let _ = writeln!(
            o,
            "{bullet}{}",
            t!(
                i,
                "label-value",
                label = fw.dimension_name(&d.dimension),
                value = value
            )
        );
    }
    let _ = writeln!(o, "\n{}", i.t("compare-phases"));
    for d in &c.dimensions {
        let value = format!(
            "{} → {} ({})",
            phases(&d.phases_before, fw, i),
            phases(&d.phases_after, fw, i),
            t!(
                i,
                "compare-contributions",
                before = d.contributions_before,
                after = d.contributions_after
            )
        );
        let _ = writeln!(
            o,
            "{bullet}{}",
            t!(
                i,
                "label-value",
                label = fw.dimension_name(&d.dimension),
                value = value
            )
        );
    }
    let _ = writeln!(
        o,
        "\n{}",
        t!(
            i,
            "compare-people",
            before = c.people_before,
            after = c.people_after
        )
    );
    let groups = |ids: &[String]| {
        if ids.is_empty() {
            i.t("compare-none")
        } else {
            ids.iter()
                .map(|g| fw.group_label(g))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let _ = writeln!(
        o,
        "{bullet}{}",
        t!(i, "compare-groups-new", groups = groups(&c.groups_new))
    );
    let _ = writeln!(
        o,
        "{bullet}{}",
        t!(i, "compare-groups-gone", groups = groups(&c.groups_gone))
    );
    let mut genders: Vec<String> = Vec::new();
    for g in crate::domain::session::Gender::ALL {
        let (b, a) = (
            c.gender_before.get(&g).copied().unwrap_or(0),
            c.gender_after.get(&g).copied().unwrap_or(0),
        );
        if b + a > 0 {
            genders.push(format!("{} {b} → {a}", i.t(g.message_id())));
        }
    }
    let _ = writeln!(
        o,
        "{bullet}{}",
        t!(
            i,
            "label-value",
            label = i.t("field-gender"),
            value = genders.join(" · ")
        )
    );
    let mut ages: Vec<String> = Vec::new();
    for band in &fw.age_bands {
        let (b, a) = (
            c.age_before.get(&band.id).copied().unwrap_or(0),
            c.age_after.get(&band.id).copied().unwrap_or(0),
        );
        if b + a > 0 {
            ages.push(format!("{} {b} → {a}", band.label));
        }
    }
    let _ = writeln!(
        o,
        "{bullet}{}",
        t!(
            i,
            "label-value",
            label = i.t("field-age"),
            value = ages.join(" · ")
        )
    );

    let _ = writeln!(o, "\n{}", crate::export::markdown::fates_line(&c, i));
    for a in &c.actions {
        let status = match a.status {
            None => i.t("review-not-reviewed"),
            Some(ActionStatus::Open) => i.t("review-not-reviewed"),
            Some(s) => i.t(s.message_id()),
        };
        let mut line = format!(
            "{bullet}[{status}] {}",
            crate::cli::table::one_line(&a.text)
        );
        if !a.note.is_empty() {
            let _ = write!(line, " — {}", crate::cli::table::one_line(&a.note));
        }
        let _ = writeln!(o, "{line}");
    }
    o
}
