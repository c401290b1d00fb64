//! One session as a document: a summary (for `toguna show` and the review screen) and a
//! full report (for the Markdown export), from the same pieces.

use super::{Block, Document, Item, Table};
use crate::domain::framework::Framework;
use crate::domain::privacy::Public;
use crate::domain::session::{ActionStatus, DimensionRecord, Session};
use crate::domain::summary;
use crate::i18n::I18n;
use crate::t;
use crate::text::one_line;

/// The context of a session as (label, value) pairs.
pub fn facts(s: &Session, i: &I18n) -> Vec<(String, String)> {
    let when = i.date_time(s.started.naive_local());
    vec![
        (i.t("field-date"), when),
        (i.t("field-series"), one_line(&s.series)),
        (i.t("field-intervention"), one_line(&s.intervention)),
        (i.t("field-place"), one_line(&s.place)),
        (
            i.t("field-facilitators"),
            one_line(&s.facilitators.join(", ")),
        ),
        (i.t("field-status"), i.t(s.status.message_id())),
    ]
}

/// What `toguna show` prints and the review screen opens on.
pub fn summary(p: &Public, fw: &Framework, i: &I18n) -> Document {
    let s = p.session();
    let mut doc = Document::new(i);
    doc.push(Block::Title(one_line(&s.title)));
    let mut facts = facts(s, i);
    facts.push((
        i.t("field-framework"),
        // The title the reader knows; the id only for a framework not at hand.
        t!(
            i,
            "framework-version",
            title = if s.framework.id == fw.id {
                one_line(&fw.title)
            } else {
                s.framework.id.clone()
            },
            version = s.framework.version
        ),
    ));
    doc.push(Block::Facts(facts));
    doc.push(Block::Heading(participation(s, i)));
    let groups = summary::by_group(s)
        .into_iter()
        .map(|(group, voices, people)| {
            Item::text(t!(
                i,
                "show-group-line",
                group = fw.group_label(group),
                count = t!(i, "show-group-count", voices = voices, people = people)
            ))
        })
        .collect();
    doc.push(Block::Items(groups));
    review(&mut doc, s, i);
    for d in &s.dimensions {
        dimension_summary(&mut doc, p, d, fw, i);
    }
    if !s.notes.is_empty() {
        doc.push(Block::Heading(i.t("field-notes")));
        for line in s.notes.lines() {
            doc.push(Block::Paragraph(line.to_string()));
        }
    }
    doc
}

fn participation(s: &Session, i: &I18n) -> String {
    t!(
        i,
        "show-participation",
        voices = s.voices.len(),
        people = s.headcount()
    )
}

/// The actions of the previous meeting and what became of them.
fn review(doc: &mut Document, s: &Session, i: &I18n) {
    if s.action_review.is_empty() {
        return;
    }
    doc.push(Block::Heading(i.t("show-review")));
    let items = s
        .action_review
        .iter()
        .map(|r| {
            let status = if r.status == ActionStatus::Open {
                i.t("review-not-reviewed")
            } else {
                i.t(r.status.message_id())
            };
            let on = s.started.date_naive();
            Item::led(status, super::actions::reviewed(r, on, i))
                .with_detail(super::actions::review_detail(r, on, i))
        })
        .collect();
    doc.push(Block::Items(items));
}

/// How many voices rated a dimension whose ratings are still hidden, as a sentence.
pub fn hidden_line(p: &Public, dimension: &str, i: &I18n) -> Option<String> {
    p.hidden_ratings(dimension).map(|given| {
        t!(
            i,
            "ratings-hidden",
            given = given,
            voices = p.session().voices.len()
        )
    })
}

fn dimension_summary(
    doc: &mut Document,
    p: &Public,
    d: &DimensionRecord,
    fw: &Framework,
    i: &I18n,
) {
    let name = fw.dimension_name(&d.dimension);
    let level = match d.agreed_level {
        Some(l) => {
            let label = fw
                .level(l)
                .map_or(String::new(), |lv| format!(" ({})", lv.name));
            t!(i, "show-agreed", level = l, label = label)
        }
        None => i.t("show-not-agreed"),
    };
    doc.push(Block::Heading(format!("{name} — {level}")));
    if !d.rationale.is_empty() {
        doc.push(Block::Paragraph(one_line(&d.rationale)));
    }
    let rated = p.hidden_ratings(&d.dimension).unwrap_or(d.ratings.len());
    doc.push(Block::Paragraph(t!(
        i,
        "show-counts",
        contributions = d.contributions.len(),
        ratings = rated
    )));
    if let Some(line) = hidden_line(p, &d.dimension, i) {
        doc.push(Block::Paragraph(line));
    } else if !d.ratings.is_empty() {
        doc.push(Block::Paragraph(format!(
            "{} {}",
            i.t("show-distribution"),
            distribution(d, fw, "  ", i)
        )));
    }
    doc.push(Block::Items(actions(d, i)));
}

/// "0:1  1:3  2:0 …" / "0 : 1  1 : 3 …": how many voices gave each level.
fn distribution(d: &DimensionRecord, fw: &Framework, sep: &str, i: &I18n) -> String {
    d.distribution(fw.levels.len())
        .iter()
        .enumerate()
        .map(|(level, n)| t!(i, "level-count", level = level, count = *n))
        .collect::<Vec<_>>()
        .join(sep)
}

fn actions(d: &DimensionRecord, i: &I18n) -> Vec<Item> {
    d.actions
        .iter()
        .map(|a| Item::led(i.t(a.status.message_id()), super::action_line(a, i)))
        .collect()
}

/// The report for partners: everything the session holds that may leave it, and how it
/// compares with the previous meeting of its series.
pub fn full(p: &Public, previous: Option<&Public>, fw: &Framework, i: &I18n) -> Document {
    let s = p.session();
    let mut doc = Document::new(i);
    doc.push(Block::Title(one_line(&s.title)));
    doc.push(Block::Facts(facts(s, i)));
    people(&mut doc, s, fw, i);
    review(&mut doc, s, i);
    for d in &s.dimensions {
        dimension_full(&mut doc, p, d, fw, i);
    }
    doc.push(Block::Heading(i.t("md-comparison")));
    match previous {
        None => doc.push(Block::Paragraph(i.t("summary-no-previous"))),
        Some(before) => doc
            .blocks
            .extend(super::compare::document(before, p, &[], fw, i).blocks),
    }
    doc
}

/// Who took part: people by group, gender and age, and the groups that were absent.
fn people(doc: &mut Document, s: &Session, fw: &Framework, i: &I18n) {
    doc.push(Block::Heading(i.t("summary-people")));
    doc.push(Block::Paragraph(participation(s, i)));
    doc.push(Block::Table(Table {
        header: Some(vec![i.t("field-group"), i.t("md-voices"), i.t("md-people")]),
        rows: summary::by_group(s)
            .into_iter()
            .map(|(group, voices, people)| {
                vec![
                    fw.group_label(group).to_string(),
                    voices.to_string(),
                    people.to_string(),
                ]
            })
            .collect(),
        numeric: vec![false, true, true],
    }));
    let genders: Vec<String> = summary::by_gender(s)
        .into_iter()
        .map(|(g, n)| format!("{} {n}", i.t(g.message_id())))
        .collect();
    let ages: Vec<String> = summary::by_age(s)
        .into_iter()
        .map(|(a, n)| format!("{} {n}", fw.age_label(a)))
        .collect();
    let absent: Vec<&str> = summary::absent_groups(s, &fw.stakeholder_groups)
        .into_iter()
        .map(|g| fw.group_label(g))
        .collect();
    doc.push(Block::Facts(vec![
        (i.t("field-gender"), genders.join(", ")),
        (i.t("field-age"), ages.join(", ")),
        (i.t("md-absent"), absent.join(", ")),
    ]));
}

fn dimension_full(
    doc: &mut Document,
    public: &Public,
    d: &DimensionRecord,
    fw: &Framework,
    i: &I18n,
) {
    let s = public.session();
    let voice_name = |id: Option<u32>| match id.and_then(|id| s.voice(id)) {
        Some(v) => format!("{} ({})", v.name, fw.group_label(&v.group)),
        None => i.t("the-room"),
    };
    let level = match d.agreed_level {
        Some(l) => format!("{l} — {}", fw.level(l).map_or("", |x| x.name.as_str())),
        None => i.t("show-not-agreed"),
    };
    doc.push(Block::Heading(
        doc.pair(fw.dimension_name(&d.dimension), &level),
    ));
    if !d.rationale.is_empty() {
        doc.push(Block::Paragraph(one_line(&d.rationale)));
    }
    if let Some(line) = hidden_line(public, &d.dimension, i) {
        doc.push(Block::Paragraph(line));
    } else if !d.ratings.is_empty() {
        doc.push(Block::Paragraph(format!(
            "{} {}",
            i.t("show-distribution"),
            distribution(d, fw, " · ", i)
        )));
        let reasons = d
            .ratings
            .iter()
            .filter(|r| !r.reason.is_empty())
            .map(|r| {
                Item::text(doc.pair(
                    &format!("{} — {}", r.level, voice_name(Some(r.voice))),
                    &one_line(&r.reason),
                ))
            })
            .collect();
        doc.push(Block::Items(reasons));
    }
    if !d.contributions.is_empty() {
        doc.push(Block::Subheading(i.t("step-contributions")));
        let items = d
            .contributions
            .iter()
            .map(|c| {
                let phase = c
                    .phase
                    .as_deref()
                    .map(|p| format!(", {}", fw.phase_label(p)))
                    .unwrap_or_default();
                Item::led(format!("{}{phase}", voice_name(c.voice)), one_line(&c.text))
            })
            .collect();
        doc.push(Block::Items(items));
    }
    if !d.actions.is_empty() {
        doc.push(Block::Subheading(i.t("step-actions")));
        doc.push(Block::Items(actions(d, i)));
    }
}
