//! The executive summary, computed from the data: levels now and before, the biggest
//! change, the widest perception gap between stakeholder groups, participation, and
//! what became of the actions.

use crate::domain::digest::{ReviewTally, by_group, seen_of};
use crate::domain::framework::Framework;
use crate::domain::indicators::Participation;
use crate::domain::privacy::Public;
use crate::domain::session::Session;
use crate::i18n::I18n;
use crate::t;

/// "2.5" / "2,5".
pub fn tenths(value: u32, i: &I18n) -> String {
    t!(i, "fmt-decimal", int = value / 10, frac = value % 10)
}

pub fn participation_of(s: &Session, fw: &Framework) -> Participation {
    Participation::of(&seen_of(s), fw)
}

/// "24 people (9 voices): 42 % women, 25 % young people."
pub fn people_line(p: &Participation, voices: usize, i: &I18n) -> String {
    t!(
        i,
        "report-people",
        people = p.people,
        voices = voices,
        women = p.women_share().unwrap_or(0),
        young = p.young_share().unwrap_or(0)
    )
}

/// The dimensions of the framework, then any other the session recorded.
pub fn dimension_ids(s: &Session, fw: &Framework) -> Vec<String> {
    let mut ids: Vec<String> = fw.dimensions.iter().map(|d| d.id.clone()).collect();
    for d in &s.dimensions {
        if !ids.contains(&d.dimension) {
            ids.push(d.dimension.clone());
        }
    }
    ids
}

fn level(l: Option<u8>) -> String {
    l.map_or_else(|| "–".to_string(), |l| l.to_string())
}

/// The largest change of an agreed level between two meetings: (dimension, before,
/// after), none when no level moved.
pub fn biggest_change(
    ids: &[String],
    before: &Session,
    after: &Session,
) -> Option<(String, u8, u8)> {
    ids.iter()
        .filter_map(|d| {
            let (b, a) = (before.agreed_level(d)?, after.agreed_level(d)?);
            (a != b).then(|| (d.clone(), b, a))
        })
        .max_by_key(|(_, b, a)| a.abs_diff(*b))
}

fn change_sentence(change: Option<(String, u8, u8)>, fw: &Framework, i: &I18n) -> String {
    match change {
        None => i.t("report-summary-no-change"),
        Some((d, b, a)) => t!(
            i,
            "report-summary-change",
            dimension = fw.dimension_name(&d),
            direction = if a > b { "up" } else { "down" },
            before = b,
            after = a
        ),
    }
}

/// The dimension where two stakeholder groups' revealed ratings are furthest apart,
/// as a sentence; none when no dimension has two groups' ratings.
pub fn widest_gap(s: &Session, ids: &[String], fw: &Framework, i: &I18n) -> Option<String> {
    let (dim, low, high) = ids
        .iter()
        .filter_map(|d| {
            let groups = by_group(s, d);
            let low = groups.iter().min_by_key(|g| g.spread.mean_tenths)?.clone();
            let high = groups.iter().max_by_key(|g| g.spread.mean_tenths)?.clone();
            (low.group != high.group).then(|| (d.clone(), low, high))
        })
        .max_by_key(|(_, l, h)| h.spread.mean_tenths - l.spread.mean_tenths)?;
    Some(t!(
        i,
        "report-summary-gap",
        dimension = fw.dimension_name(&dim),
        low = fw.group_label(&low.group),
        low_mean = tenths(low.spread.mean_tenths, i),
        high = fw.group_label(&high.group),
        high_mean = tenths(high.spread.mean_tenths, i)
    ))
}

fn absent_sentence(p: &Participation, fw: &Framework, i: &I18n) -> String {
    if p.absent.is_empty() {
        return i.t("report-summary-none-absent");
    }
    let groups: Vec<&str> = p.absent.iter().map(|g| fw.group_label(g)).collect();
    t!(i, "report-summary-absent", groups = groups.join(", "))
}

fn review_sentence(t: &ReviewTally, agreed: usize, i: &I18n) -> String {
    t!(
        i,
        "report-summary-actions",
        reviewed = t.reviewed,
        done = t.done,
        progress = t.in_progress,
        dropped = t.dropped,
        agreed = agreed
    )
}

/// The paragraph that opens a meeting's report.
pub fn session(p: &Public, previous: Option<&Public>, fw: &Framework, i: &I18n) -> String {
    let s = p.session();
    let ids = dimension_ids(s, fw);
    let before = previous.map(Public::session);
    let levels: Vec<String> = ids
        .iter()
        .map(|d| {
            let name = fw.dimension_name(d);
            match before {
                Some(b) => t!(
                    i,
                    "report-summary-level-before",
                    dimension = name,
                    level = level(s.agreed_level(d)),
                    before = level(b.agreed_level(d))
                ),
                None => format!("{name} {}", level(s.agreed_level(d))),
            }
        })
        .collect();
    let mut out = vec![t!(i, "report-summary-levels", levels = levels.join(", "))];
    if let Some(b) = before {
        out.push(change_sentence(biggest_change(&ids, b, s), fw, i));
    }
    out.extend(widest_gap(s, &ids, fw, i));
    let part = participation_of(s, fw);
    out.push(people_line(&part, s.voices.len(), i));
    out.push(absent_sentence(&part, fw, i));
    out.push(review_sentence(
        &ReviewTally::of(s),
        s.all_actions().count(),
        i,
    ));
    out.join(" ")
}

/// The paragraph that opens a series' report: first and latest meeting side by side.
pub fn series(meetings: &[&Session], fw: &Framework, i: &I18n) -> String {
    let (Some(first), Some(last)) = (meetings.first(), meetings.last()) else {
        return String::new();
    };
    let ids = dimension_ids(last, fw);
    let mut out = vec![t!(
        i,
        "report-series-span",
        count = meetings.len(),
        first = i.date(first.started.date_naive()),
        last = i.date(last.started.date_naive())
    )];
    let levels: Vec<String> = ids
        .iter()
        .map(|d| {
            format!(
                "{} {} → {}",
                fw.dimension_name(d),
                level(first.agreed_level(d)),
                level(last.agreed_level(d))
            )
        })
        .collect();
    out.push(t!(i, "report-series-levels", levels = levels.join(", ")));
    if meetings.len() > 1 {
        out.push(change_sentence(biggest_change(&ids, first, last), fw, i));
    }
    out.extend(widest_gap(last, &ids, fw, i));
    let (a, b) = (participation_of(first, fw), participation_of(last, fw));
    out.push(t!(
        i,
        "report-series-people",
        first = a.people,
        last = b.people,
        women_first = a.women_share().unwrap_or(0),
        women_last = b.women_share().unwrap_or(0),
        young_first = a.young_share().unwrap_or(0),
        young_last = b.young_share().unwrap_or(0)
    ));
    out.push(absent_sentence(&b, fw, i));
    out.join(" ")
}
