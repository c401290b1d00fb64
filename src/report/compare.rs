//! Two meetings side by side, by content: levels, who came and who did not, what was
//! said and what is new, how each stakeholder group rates against the agreed level,
//! and what became of every action.

use super::session::hidden_line;
use super::{Block, Document, Item, Table};
use crate::domain::compare::{Comparison, Gap, Said, Tally, compare};
use crate::domain::framework::Framework;
use crate::domain::privacy::Public;
use crate::domain::session::{ActionStatus, Gender};
use crate::i18n::I18n;
use crate::t;
use crate::text::one_line;

/// The comparison of an earlier meeting with a later one; `between` are the meetings
/// of the series between them (through the gate too), for the actions' fates.
pub fn document(
    before: &Public,
    after: &Public,
    between: &[&Public],
    fw: &Framework,
    i: &I18n,
) -> Document {
    let (earlier, later) = (before.session(), after.session());
    let between: Vec<_> = between.iter().map(|p| p.session()).collect();
    let c: Comparison = compare(earlier, later, &between, fw);
    let mut doc = Document::new(i);
    let head = |s: &crate::domain::session::Session| {
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
    if !c.same_series {
        doc.push(Block::Paragraph(t!(
            i,
            "compare-other-series",
            before = one_line(&earlier.series),
            after = one_line(&later.series)
        )));
    }
    doc.push(Block::Table(levels(&c, fw, i)));
    people(&mut doc, &c, fw, i);
    said(&mut doc, &c.said, fw, i);
    gaps(&mut doc, after, &c.gaps, fw, i);
    ratings(&mut doc, before, after, &c, fw, i);
    fates(&mut doc, &c, after.session().started.date_naive(), i);
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

/// "6 people: Women's group 5, Youth group 1".
fn tally(t: &Tally, fw: &Framework, i: &I18n) -> String {
    let people = t!(i, "count-people", count = t.people);
    if t.people == 0 {
        return people;
    }
    let groups: Vec<String> = t
        .by_group
        .iter()
        .map(|(g, n)| format!("{} {n}", fw.group_label(g)))
        .collect();
    format!("{people} ({})", groups.join(", "))
}

fn people(doc: &mut Document, c: &Comparison, fw: &Framework, i: &I18n) {
    let p = &c.people;
    doc.push(Block::Subheading(t!(
        i,
        "compare-people",
        before = p.before.people,
        after = p.after.people
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
            let then = p.before.by_gender.get(g).copied().unwrap_or(0);
            let now = p.after.by_gender.get(g).copied().unwrap_or(0);
            (then + now > 0).then(|| format!("{} {then} → {now}", i.t(g.message_id())))
        })
        .collect();
    let ages: Vec<String> = fw
        .age_bands
        .iter()
        .filter_map(|band| {
            let then = p.before.by_age.get(&band.id).copied().unwrap_or(0);
            let now = p.after.by_age.get(&band.id).copied().unwrap_or(0);
            (then + now > 0).then(|| format!("{} {then} → {now}", band.label))
        })
        .collect();
    doc.push(Block::Items(vec![
        Item::text(t!(i, "compare-new", people = tally(&p.new, fw, i))),
        Item::text(t!(
            i,
            "compare-returning",
            people = tally(&p.returning, fw, i)
        )),
        Item::text(t!(i, "compare-missing", people = tally(&p.missing, fw, i))),
        Item::text(t!(i, "compare-groups-new", groups = groups(&p.groups_new))),
        Item::text(t!(
            i,
            "compare-groups-gone",
            groups = groups(&p.groups_gone)
        )),
        Item::text(doc.pair(&i.t("field-gender"), &genders.join(" · "))),
        Item::text(doc.pair(&i.t("field-age"), &ages.join(" · "))),
    ]));
}

fn said(doc: &mut Document, said: &[Said], fw: &Framework, i: &I18n) {
    doc.push(Block::Subheading(i.t("compare-heading-said")));
    let mut items = Vec::new();
    for s in said {
        let kinds: Vec<String> = s
            .kinds
            .iter()
            .map(|(k, b, a)| format!("{} {b} → {a}", i.t(k.message_id())))
            .collect();
        let (b, a) = s
            .kinds
            .iter()
            .fold((0, 0), |(x, y), (_, b, a)| (x + b, y + a));
        let dimension = fw.dimension_name(&s.dimension);
        items.push(Item::text(if kinds.is_empty() {
            t!(i, "compare-said-nothing", dimension = dimension)
        } else {
            t!(
                i,
                "compare-said",
                dimension = dimension,
                before = b,
                after = a,
                kinds = kinds.join(", ")
            )
        }));
        items.extend(
            s.new
                .iter()
                .map(|c| Item::led(i.t(c.kind.message_id()), one_line(&c.text))),
        );
    }
    doc.push(Block::Items(items));
}

/// Levels by stakeholder group at the later meeting: the perception gap.
fn gaps(doc: &mut Document, after: &Public, gaps: &[Gap], fw: &Framework, i: &I18n) {
    doc.push(Block::Subheading(i.t("compare-heading-gap")));
    let mut rows = Vec::new();
    let mut hidden = Vec::new();
    for g in gaps {
        let name = fw.dimension_name(&g.dimension).to_string();
        if let Some(line) = hidden_line(after, &g.dimension, i) {
            hidden.push(Item::text(doc.pair(&name, &line)));
            continue;
        }
        let agreed = g.agreed.map_or("–".to_string(), |l| l.to_string());
        for r in &g.groups {
            let s = &r.spread;
            rows.push(vec![
                name.clone(),
                fw.group_label(&r.group).to_string(),
                t!(
                    i,
                    "fmt-decimal",
                    int = s.mean_tenths / 10,
                    frac = s.mean_tenths % 10
                ),
                format!("{}–{}", s.min, s.max),
                s.count.to_string(),
                agreed.clone(),
            ]);
        }
    }
    if rows.is_empty() && hidden.is_empty() {
        doc.push(Block::Paragraph(i.t("compare-gap-none")));
    }
    if !rows.is_empty() {
        doc.push(Block::Table(Table {
            header: Some(vec![
                i.t("compare-dimension"),
                i.t("field-group"),
                i.t("compare-col-mean"),
                i.t("compare-col-range"),
                i.t("md-voices"),
                i.t("compare-col-agreed"),
            ]),
            rows,
            numeric: vec![false, false, true, false, true, true],
        }));
    }
    doc.push(Block::Items(hidden));
}

fn levels_cell(dist: &[u32], i: &I18n) -> String {
    dist.iter()
        .enumerate()
        .map(|(l, n)| t!(i, "level-count", level = l, count = *n))
        .collect::<Vec<_>>()
        .join(" ")
}

fn ratings(
    doc: &mut Document,
    before: &Public,
    after: &Public,
    c: &Comparison,
    fw: &Framework,
    i: &I18n,
) {
    doc.push(Block::Subheading(i.t("compare-ratings")));
    let items = c
        .dimensions
        .iter()
        .map(|d| {
            // Hidden ratings say only how many rated.
            let side = |p: &Public, dist: &[u32]| {
                hidden_line(p, &d.dimension, i).unwrap_or_else(|| levels_cell(dist, i))
            };
            let value = format!(
                "{} → {}",
                side(before, &d.ratings_before),
                side(after, &d.ratings_after)
            );
            Item::text(doc.pair(fw.dimension_name(&d.dimension), &value))
        })
        .collect();
    doc.push(Block::Items(items));
}

fn fates(doc: &mut Document, c: &Comparison, on: chrono::NaiveDate, i: &I18n) {
    doc.push(Block::Subheading(fates_line(c, i)));
    let items = c
        .actions
        .iter()
        .map(|a| {
            let status = match a.status {
                None | Some(ActionStatus::Open) => i.t("review-not-reviewed"),
                Some(s) => i.t(s.message_id()),
            };
            let late = super::actions::overdue(a.due, a.status.unwrap_or(ActionStatus::Open), on);
            let text = super::actions::line(&a.text, &a.owner, a.due, late, i);
            let steps = a.steps.iter().map(|(date, s, _)| (*date, *s));
            let mut detail = super::actions::story(a.agreed, steps, i);
            if !a.note.is_empty() {
                if !detail.is_empty() {
                    detail.push_str(" — ");
                }
                detail.push_str(&one_line(&a.note));
            }
            Item::led(status, text).with_detail(detail)
        })
        .collect();
    doc.push(Block::Items(items));
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
        unreviewed = count(None) + count(Some(ActionStatus::Open))
    )
}
