//! The printable report, for those who were not in the room (partners, donors, field
//! teams): a cover and an executive summary computed from the data, the method, who
//! took part, each dimension (agreed level and why, revealed ratings, levels by
//! stakeholder group, what was said by kind, actions), and the actions with their
//! story; for a series, the trend over the meetings and each meeting in brief.
//!
//! Built from `Public` sessions only, like every report: names and hidden ratings
//! never reach it.

mod charts;
mod method;
mod series;
mod summary;

pub use series::series;

use super::{Block, Document, Item, Table};
use crate::domain::digest::by_group;
use crate::domain::framework::Framework;
use crate::domain::privacy::Public;
use crate::domain::session::{ActionStatus, ContributionKind, DimensionRecord, Session};
use crate::i18n::I18n;
use crate::t;
use crate::text::one_line;

/// The report of one meeting; `previous` is the meeting before it in its series.
pub fn session(p: &Public, previous: Option<&Public>, fw: &Framework, i: &I18n) -> Document {
    let s = p.session();
    let mut doc = Document::new(i);
    doc.push(Block::Title(one_line(&s.title)));
    doc.push(Block::Facts(cover(s, i)));
    doc.push(Block::Heading(i.t("report-summary")));
    doc.push(Block::Paragraph(summary::session(p, previous, fw, i)));
    doc.push(Block::PageBreak);
    method::push(&mut doc, fw, i);
    doc.push(Block::PageBreak);
    participation(&mut doc, s, fw, i);
    for d in &s.dimensions {
        doc.push(Block::PageBreak);
        dimension(&mut doc, p, d, fw, i);
    }
    doc.push(Block::PageBreak);
    doc.push(Block::Heading(i.t("report-actions")));
    let table = actions_table(s, fw, i);
    if table.rows.is_empty() {
        doc.push(Block::Paragraph(i.t("summary-no-actions")));
    } else {
        doc.push(Block::Table(table));
    }
    doc
}

/// What the cover says of a meeting.
fn cover(s: &Session, i: &I18n) -> Vec<(String, String)> {
    vec![
        (i.t("field-series"), one_line(&s.series)),
        (i.t("field-intervention"), one_line(&s.intervention)),
        (i.t("field-place"), one_line(&s.place)),
        (i.t("field-date"), i.date(s.started.date_naive())),
        (
            i.t("field-facilitators"),
            one_line(&s.facilitators.join(", ")),
        ),
        (i.t("field-status"), i.t(s.status.message_id())),
    ]
}

/// Who took part: people by stakeholder group, gender and age band, groups absent.
fn participation(doc: &mut Document, s: &Session, fw: &Framework, i: &I18n) {
    let part = summary::participation_of(s, fw);
    doc.push(Block::Heading(i.t("summary-people")));
    doc.push(Block::Paragraph(summary::people_line(
        &part,
        s.voices.len(),
        i,
    )));
    doc.push(Block::Chart(charts::by_group(s, fw, i)));
    doc.push(Block::Chart(charts::by_gender(s, i)));
    doc.push(Block::Chart(charts::by_age(s, fw, i)));
    let absent: Vec<&str> = part.absent.iter().map(|g| fw.group_label(g)).collect();
    let absent = if absent.is_empty() {
        i.t("compare-none")
    } else {
        absent.join(", ")
    };
    doc.push(Block::Facts(vec![(i.t("md-absent"), absent)]));
}

/// A dimension: the agreed level and why, the revealed ratings and each stakeholder
/// group's, what was said by kind, the actions.
fn dimension(doc: &mut Document, public: &Public, d: &DimensionRecord, fw: &Framework, i: &I18n) {
    let s = public.session();
    let name = fw.dimension_name(&d.dimension);
    let level = match d.agreed_level {
        Some(agreed) => format!(
            "{agreed} — {}",
            fw.level(agreed).map_or("", |x| x.name.as_str())
        ),
        None => i.t("show-not-agreed"),
    };
    doc.push(Block::Heading(doc.pair(name, &level)));
    if !d.rationale.trim().is_empty() {
        doc.push(Block::Paragraph(d.rationale.trim().to_string()));
    }
    if let Some(line) = super::session::hidden_line(public, &d.dimension, i) {
        doc.push(Block::Paragraph(line));
    } else if d.ratings.is_empty() {
        doc.push(Block::Paragraph(i.t("report-no-ratings")));
    } else {
        doc.push(Block::Chart(charts::distribution(d, fw, i)));
        doc.push(Block::Subheading(i.t("report-by-group")));
        doc.push(Block::Table(groups_table(s, d, fw, i)));
    }
    for kind in ContributionKind::ALL {
        let said: Vec<Item> = d
            .contributions
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| {
                let who = match c.voice.and_then(|id| s.voice(id)) {
                    Some(voice) => format!("{} ({})", voice.name, fw.group_label(&voice.group)),
                    None => i.t("the-room"),
                };
                let phase = c.phase.as_deref().map(|ph| fw.phase_label(ph).to_string());
                Item::led(who, c.text.trim()).with_detail(phase.unwrap_or_default())
            })
            .collect();
        if !said.is_empty() {
            doc.push(Block::Subheading(t!(
                i,
                "report-kind-heading",
                kind = capitalised(&i.t(kind.message_id())),
                count = said.len()
            )));
            doc.push(Block::Items(said));
        }
    }
    if !d.actions.is_empty() {
        doc.push(Block::Subheading(i.t("step-actions")));
        let items = d
            .actions
            .iter()
            .map(|a| Item::led(i.t(a.status.message_id()), super::action_line(a, i)))
            .collect();
        doc.push(Block::Items(items));
    }
}

/// Each stakeholder group's revealed ratings of a dimension beside the agreed level.
fn groups_table(s: &Session, d: &DimensionRecord, fw: &Framework, i: &I18n) -> Table {
    let agreed = d.agreed_level.map_or("–".to_string(), |l| l.to_string());
    Table {
        header: Some(vec![
            i.t("field-group"),
            i.t("compare-col-mean"),
            i.t("compare-col-range"),
            i.t("md-voices"),
            i.t("compare-col-agreed"),
        ]),
        rows: by_group(s, &d.dimension)
            .into_iter()
            .map(|g| {
                vec![
                    fw.group_label(&g.group).to_string(),
                    summary::tenths(g.spread.mean_tenths, i),
                    format!("{}–{}", g.spread.min, g.spread.max),
                    g.spread.count.to_string(),
                    agreed.clone(),
                ]
            })
            .collect(),
        numeric: vec![false, true, true, true, true],
    }
}

/// The actions this meeting reviewed, with their story across the series, then those
/// it agreed.
fn actions_table(s: &Session, fw: &Framework, i: &I18n) -> Table {
    let on = s.started.date_naive();
    let mut rows: Vec<Vec<String>> = s
        .action_review
        .iter()
        .map(|r| {
            let late = super::actions::overdue(r.due, r.status, on);
            vec![
                action_cell(&r.text, &super::actions::review_detail(r, on, i)),
                fw.dimension_name(&r.dimension).to_string(),
                one_line(&r.owner),
                due(r.due, late, i),
                status(r.status, i),
            ]
        })
        .collect();
    rows.extend(s.all_actions().map(|(dim, a)| {
        vec![
            action_cell(&a.text, &super::actions::story(Some(on), [], i)),
            fw.dimension_name(dim).to_string(),
            one_line(&a.owner),
            due(a.due, false, i),
            status(a.status, i),
        ]
    }));
    Table {
        header: Some(actions_header(i)),
        rows,
        numeric: vec![false; 5],
    }
}

fn actions_header(i: &I18n) -> Vec<String> {
    vec![
        i.t("report-col-action"),
        i.t("report-col-dimension"),
        i.t("report-col-owner"),
        i.t("report-col-due"),
        i.t("field-status"),
    ]
}

/// An action and, on a line of its own, its story: the widest column holds both.
fn action_cell(text: &str, story: &str) -> String {
    format!("{}\n{story}", one_line(text))
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn due(d: Option<chrono::NaiveDate>, late: bool, i: &I18n) -> String {
    match d {
        None => String::new(),
        Some(d) if late => t!(i, "report-due-late", date = i.date_short(d)),
        Some(d) => i.date_short(d),
    }
}

fn status(s: ActionStatus, i: &I18n) -> String {
    i.t(s.message_id())
}
