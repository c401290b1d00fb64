//! A dimension of a past session, as the review screen shows it: the agreed level and
//! why, the ratings once revealed, what was said (grouped as asked), the actions.

use super::{Block, Document, Item};
use crate::domain::framework::{Dimension, Framework};
use crate::domain::privacy::Public;
use crate::domain::session::{Contribution, DimensionRecord, Session};
use crate::i18n::I18n;
use crate::t;
use crate::text::one_line;

/// How the contributions of a reviewed dimension are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    None,
    Voice,
    Group,
    Phase,
}

impl Grouping {
    #[must_use]
    pub fn next(self) -> Grouping {
        match self {
            Grouping::None => Grouping::Voice,
            Grouping::Voice => Grouping::Group,
            Grouping::Group => Grouping::Phase,
            Grouping::Phase => Grouping::None,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Grouping::None => "grouping-none",
            Grouping::Voice => "grouping-voice",
            Grouping::Group => "grouping-group",
            Grouping::Phase => "grouping-phase",
        }
    }
}

/// `s` must have gone through the privacy gate.
pub fn dimension(
    p: &Public,
    dim: &Dimension,
    grouping: Grouping,
    fw: &Framework,
    i: &I18n,
) -> Document {
    let s = p.session();
    let mut doc = Document::new(i);
    let record = s.dimension(&dim.id);
    let level = match record.and_then(|r| r.agreed_level) {
        Some(l) => format!("{l} {}", fw.level(l).map_or("", |x| x.name.as_str())),
        None => i.t("show-not-agreed"),
    };
    doc.push(Block::Heading(doc.pair(&i.t("agreement-scale"), &level)));
    let Some(r) = record else {
        return doc;
    };
    if !r.rationale.is_empty() {
        doc.push(Block::Paragraph(one_line(&r.rationale)));
    }
    ratings(&mut doc, p, r, fw, i);
    doc.push(Block::Subheading(format!(
        "{} · {}",
        t!(i, "contributions-count", count = r.contributions.len()),
        i.t(grouping.message_id())
    )));
    contributions(&mut doc, s, r, grouping, fw, i);
    doc.push(Block::Subheading(t!(
        i,
        "actions-count",
        count = r.actions.len()
    )));
    let actions = r
        .actions
        .iter()
        .map(|a| Item::led(i.t(a.status.message_id()), super::action_line(a, i)))
        .collect();
    doc.push(Block::Items(actions));
    doc
}

fn ratings(doc: &mut Document, p: &Public, r: &DimensionRecord, fw: &Framework, i: &I18n) {
    let s = p.session();
    doc.push(Block::Subheading(i.t("ratings-distribution")));
    if let Some(line) = super::session::hidden_line(p, &r.dimension, i) {
        doc.push(Block::Paragraph(line));
        return;
    }
    let bars = r
        .distribution(fw.levels.len())
        .into_iter()
        .enumerate()
        .map(|(level, n)| (level.to_string(), n))
        .collect();
    doc.push(Block::Bars(bars));
    let reasons = r
        .ratings
        .iter()
        .filter(|x| !x.reason.is_empty())
        .map(|rating| {
            let who = s
                .voice(rating.voice)
                .map_or_else(|| i.t("the-room"), |v| v.name.clone());
            Item::text(doc.pair(
                &format!("{} — {who}", rating.level),
                &one_line(&rating.reason),
            ))
        })
        .collect();
    doc.push(Block::Items(reasons));
}

fn contributions(
    doc: &mut Document,
    s: &Session,
    r: &DimensionRecord,
    grouping: Grouping,
    fw: &Framework,
    i: &I18n,
) {
    let key = |c: &Contribution| -> String {
        let voice = c.voice.and_then(|id| s.voice(id));
        match grouping {
            Grouping::None => String::new(),
            Grouping::Voice => voice.map_or_else(|| i.t("the-room"), |v| v.name.clone()),
            Grouping::Group => {
                voice.map_or_else(|| i.t("the-room"), |v| fw.group_label(&v.group).to_string())
            }
            Grouping::Phase => c
                .phase
                .as_deref()
                .map_or_else(|| i.t("phase-none"), |p| fw.phase_label(p).to_string()),
        }
    };
    // Phases in the order they happen (analysis, implementation, evaluation),
    // untagged last; the other groupings alphabetically.
    let phase_rank = |c: &Contribution| {
        c.phase
            .as_deref()
            .and_then(|p| fw.phases.iter().position(|x| x.id == p))
            .unwrap_or(usize::MAX)
    };
    let mut order: Vec<&Contribution> = r.contributions.iter().collect();
    order.sort_by_cached_key(|c| match grouping {
        Grouping::Phase => (phase_rank(c), String::new()),
        _ => (0, key(c)),
    });
    let mut items = Vec::new();
    let mut last: Option<String> = None;
    for c in order {
        let k = key(c);
        if grouping != Grouping::None && last.as_ref() != Some(&k) {
            if !items.is_empty() {
                doc.push(Block::Items(std::mem::take(&mut items)));
            }
            doc.push(Block::Paragraph(k.clone()));
            last = Some(k);
        }
        let who = c
            .voice
            .and_then(|id| s.voice(id))
            .map_or_else(|| i.t("the-room"), |v| v.name.clone());
        let phase = c
            .phase
            .as_deref()
            .map(|p| format!(" [{}]", fw.phase_label(p)))
            .unwrap_or_default();
        items.push(Item::led(format!("{who}{phase}"), one_line(&c.text)));
    }
    doc.push(Block::Items(items));
}
