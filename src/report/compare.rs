//! Two meetings side by side: levels, ratings, phases, who came, and what became of the
//! earlier meeting's actions.

use super::{Block, Document, Item, Table};
use crate::domain::compare::{Comparison, compare};
use crate::domain::framework::Framework;
use crate::domain::privacy::Public;
use crate::domain::session::{ActionStatus, Gender, Session};
use crate::i18n::I18n;
use crate::t;
use crate::text::one_line;

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

/// The comparison of an earlier meeting with a later one.
pub fn document(before: &Public, after: &Public, fw: &Framework, i: &I18n) -> Document {
    let (earlier, later) = (before.session(), after.session());
    let c: Comparison = compare(earlier, later, fw);
    let mut doc = Document::new(i);
    let head = |s: &Session| {
        format!(
            "{} ({})",
            one_line(&s.title),
            i.date(s.started.date_naive())
        )
    };
    doc.push(Block::Paragraph(t!(
        i,
        "compare-title",
        before = head(earlier),
        after = head(later)
    )));
    doc.push(Block::Table(levels(&c, fw, i)));
    doc.push(Block::Subheading(i.t("compare-ratings")));
    let ratings = c
        .dimensions
        .iter()
        .map(|d| {
            // Hidden ratings say only how many rated.
            let side = |p: &Public, dist: &[u32]| {
                super::session::hidden_line(p, &d.dimension, i).unwrap_or_else(|| levels_cell(dist))
            };
            let value = format!(
                "{} → {}",
                side(before, &d.ratings_before),
                side(after, &d.ratings_after)
            );
            Item::text(doc.pair(fw.dimension_name(&d.dimension), &value))
        })
        .collect();
    doc.push(Block::Items(ratings));
    doc.push(Block::Subheading(i.t("compare-phases")));
    let covered = c
        .dimensions
        .iter()
        .map(|d| {
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
            Item::text(doc.pair(fw.dimension_name(&d.dimension), &value))
        })
        .collect();
    doc.push(Block::Items(covered));
    people(&mut doc, &c, fw, i);
    doc.push(Block::Subheading(fates_line(&c, i)));
    let fates = c
        .actions
        .iter()
        .map(|a| {
            let status = match a.status {
                None | Some(ActionStatus::Open) => i.t("review-not-reviewed"),
                Some(s) => i.t(s.message_id()),
            };
            Item::led(status, one_line(&a.text)).with_detail(one_line(&a.note))
        })
        .collect();
    doc.push(Block::Items(fates));
    doc
}

fn levels(c: &Comparison, fw: &Framework, i: &I18n) -> Table {
    let show = |l: Option<u8>| l.map_or("–".to_string(), |l| l.to_string());
    Table {
        header: Some(vec![
            i.t("compare-dimension"),
            i.t("compare-before"),
            i.t("compare-after"),
            i.t("compare-change"),
        ]),
        rows: c
            .dimensions
            .iter()
            .map(|d| {
                vec![
                    fw.dimension_name(&d.dimension).to_string(),
                    show(d.before),
                    show(d.after),
                    format!("{} {}", d.change.arrow(), i.t(d.change.message_id())),
                ]
            })
            .collect(),
        numeric: vec![false, true, true, false],
    }
}

fn people(doc: &mut Document, c: &Comparison, fw: &Framework, i: &I18n) {
    doc.push(Block::Subheading(t!(
        i,
        "compare-people",
        before = c.people_before,
        after = c.people_after
    )));
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
    let genders: Vec<String> = Gender::ALL
        .iter()
        .filter_map(|g| {
            let b = c.gender_before.get(g).copied().unwrap_or(0);
            let a = c.gender_after.get(g).copied().unwrap_or(0);
            (b + a > 0).then(|| format!("{} {b} → {a}", i.t(g.message_id())))
        })
        .collect();
    let ages: Vec<String> = fw
        .age_bands
        .iter()
        .filter_map(|band| {
            let b = c.age_before.get(&band.id).copied().unwrap_or(0);
            let a = c.age_after.get(&band.id).copied().unwrap_or(0);
            (b + a > 0).then(|| format!("{} {b} → {a}", band.label))
        })
        .collect();
    doc.push(Block::Items(vec![
        Item::text(t!(i, "compare-groups-new", groups = groups(&c.groups_new))),
        Item::text(t!(
            i,
            "compare-groups-gone",
            groups = groups(&c.groups_gone)
        )),
        Item::text(doc.pair(&i.t("field-gender"), &genders.join(" · "))),
        Item::text(doc.pair(&i.t("field-age"), &ages.join(" · "))),
    ]));
}

/// How many actions of the comparison had each fate, for one line of text.
pub fn fates_line(c: &Comparison, i: &I18n) -> String {
    let count = |s: Option<ActionStatus>| c.actions.iter().filter(|a| a.status == s).count();
    t!(
        i,
        "compare-fates",
        done = count(Some(ActionStatus::Done)),
        progress = count(Some(ActionStatus::InProgress)),
        dropped = count(Some(ActionStatus::Dropped)),
        unreviewed = count(None)
    )
}
