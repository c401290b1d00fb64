//! The printable report of a series: the trend of levels and of participation over
//! the meetings, every action's story, then each meeting in brief.

use chrono::NaiveDate;

use super::summary::{self, participation_of};
use crate::domain::digest::{Digest, ReviewTally};
use crate::domain::framework::Framework;
use crate::domain::privacy::Public;
use crate::domain::session::{ActionReview, ActionStatus, Session};
use crate::domain::trend::{Trend, trend};
use crate::i18n::I18n;
use crate::report::actions::{review_detail, story};
use crate::report::{Block, Chart, ChartKind, Document, Item, Series, Table};
use crate::t;
use crate::text::one_line;

/// The report of the meetings of a series, `meetings` oldest first.
pub fn series(meetings: &[Public], fw: &Framework, i: &I18n) -> Document {
    let sessions: Vec<&Session> = meetings.iter().map(Public::session).collect();
    let name = sessions
        .first()
        .map(|s| one_line(&s.series))
        .unwrap_or_default();
    let digests: Vec<Digest> = sessions.iter().map(|s| Digest::of(s)).collect();
    let tr = trend(
        sessions.first().map_or("", |s| s.series.as_str()),
        &digests,
        fw,
    );
    let fates = fates(&sessions);
    let mut doc = Document::new(i);
    doc.push(Block::Title(name));
    doc.push(Block::Facts(cover(&sessions, i)));
    doc.push(Block::Heading(i.t("report-summary")));
    let mut text = summary::series(&sessions, fw, i);
    text.push(' ');
    text.push_str(&fates_sentence(&fates, i));
    doc.push(Block::Paragraph(text));
    doc.push(Block::PageBreak);
    super::method::push(&mut doc, fw, i);
    doc.push(Block::PageBreak);
    doc.push(Block::Heading(i.t("report-trend")));
    doc.push(Block::Chart(levels_chart(&tr, fw, i)));
    doc.push(Block::Chart(people_chart(&tr, i)));
    doc.push(Block::Chart(shares_chart(&tr, i)));
    doc.push(Block::Table(meetings_table(&sessions, fw, i)));
    doc.push(Block::PageBreak);
    doc.push(Block::Heading(i.t("report-actions")));
    if fates.is_empty() {
        doc.push(Block::Paragraph(i.t("summary-no-actions")));
    } else {
        doc.push(Block::Table(fates_table(&fates, fw, i)));
    }
    doc.push(Block::PageBreak);
    doc.push(Block::Heading(i.t("report-meetings")));
    for s in &sessions {
        brief(&mut doc, s, fw, i);
    }
    doc
}

fn cover(sessions: &[&Session], i: &I18n) -> Vec<(String, String)> {
    let distinct = |f: &dyn Fn(&Session) -> Vec<String>| {
        let mut all: Vec<String> = Vec::new();
        for s in sessions {
            for v in f(s) {
                let v = one_line(&v);
                if !v.trim().is_empty() && !all.contains(&v) {
                    all.push(v);
                }
            }
        }
        all.join(", ")
    };
    let span = match (sessions.first(), sessions.last()) {
        (Some(a), Some(b)) => format!(
            "{} – {}",
            i.date(a.started.date_naive()),
            i.date(b.started.date_naive())
        ),
        _ => String::new(),
    };
    vec![
        (
            i.t("report-meetings-count"),
            t!(i, "report-count-meetings", count = sessions.len()),
        ),
        (i.t("field-date"), span),
        (
            i.t("field-intervention"),
            distinct(&|s| vec![s.intervention.clone()]),
        ),
        (i.t("field-place"), distinct(&|s| vec![s.place.clone()])),
        (
            i.t("field-facilitators"),
            distinct(&|s| s.facilitators.clone()),
        ),
    ]
}

fn dates(tr: &Trend, i: &I18n) -> Vec<String> {
    tr.points
        .iter()
        .map(|p| i.date_short(p.started.date_naive()))
        .collect()
}

fn levels_chart(tr: &Trend, fw: &Framework, i: &I18n) -> Chart {
    Chart {
        title: i.t("report-chart-levels"),
        kind: ChartKind::Lines,
        categories: dates(tr, i),
        series: tr
            .dimensions
            .iter()
            .enumerate()
            .map(|(n, d)| Series {
                name: fw.dimension_name(d).to_string(),
                values: tr
                    .points
                    .iter()
                    .map(|p| p.levels[n].map(u32::from))
                    .collect(),
            })
            .collect(),
        max: u32::from(fw.max_level()),
        unit: String::new(),
    }
}

fn people_chart(tr: &Trend, i: &I18n) -> Chart {
    Chart {
        title: i.t("report-chart-people"),
        kind: ChartKind::Lines,
        categories: dates(tr, i),
        series: vec![Series {
            name: i.t("md-people"),
            values: tr
                .points
                .iter()
                .map(|p| Some(p.participation.people))
                .collect(),
        }],
        max: 0,
        unit: String::new(),
    }
}

fn shares_chart(tr: &Trend, i: &I18n) -> Chart {
    let line = |name: String, f: &dyn Fn(&crate::domain::trend::Point) -> Option<u32>| Series {
        name,
        values: tr.points.iter().map(f).collect(),
    };
    Chart {
        title: i.t("report-chart-shares"),
        kind: ChartKind::Lines,
        categories: dates(tr, i),
        series: vec![
            line(i.t("report-women"), &|p| p.participation.women_share()),
            line(i.t("report-young"), &|p| p.participation.young_share()),
            line(i.t("report-done"), &|p| p.review.completion()),
        ],
        max: 100,
        unit: i.t("report-percent-sign"),
    }
}

fn share(v: Option<u32>, i: &I18n) -> String {
    v.map_or_else(
        || "–".into(),
        |v| format!("{v}{}", i.t("report-percent-sign")),
    )
}

fn meetings_table(sessions: &[&Session], fw: &Framework, i: &I18n) -> Table {
    let ids = sessions
        .last()
        .map(|s| summary::dimension_ids(s, fw))
        .unwrap_or_default();
    let mut header = vec![i.t("col-date"), i.t("col-title")];
    header.extend(ids.iter().map(|d| fw.dimension_name(d).to_string()));
    header.extend([
        i.t("md-people"),
        i.t("report-women"),
        i.t("report-young"),
        i.t("report-col-reviewed"),
    ]);
    let rows = sessions
        .iter()
        .map(|s| {
            let p = participation_of(s, fw);
            let t = ReviewTally::of(s);
            // A date is not broken over two lines.
            let date = i.date_short(s.started.date_naive()).replace(' ', "\u{a0}");
            let mut row = vec![date, one_line(&s.title)];
            row.extend(ids.iter().map(|d| {
                s.agreed_level(d)
                    .map_or_else(|| "–".into(), |l| l.to_string())
            }));
            row.extend([
                p.people.to_string(),
                share(p.women_share(), i),
                share(p.young_share(), i),
                t!(i, "report-done-of", done = t.done, reviewed = t.reviewed),
            ]);
            row
        })
        .collect();
    let mut numeric = vec![true; header.len()];
    numeric[0] = false;
    numeric[1] = false;
    Table {
        header: Some(header),
        rows,
        numeric,
    }
}

/// An action agreed at a meeting of the series and what the latest meeting that
/// reviewed it said.
struct Fate<'a> {
    agreed: NaiveDate,
    dimension: &'a str,
    action: &'a crate::domain::session::Action,
    latest: Option<(&'a ActionReview, NaiveDate)>,
}

impl Fate<'_> {
    fn status(&self) -> ActionStatus {
        self.latest.map_or(self.action.status, |(r, _)| r.status)
    }
}

fn fates<'a>(sessions: &[&'a Session]) -> Vec<Fate<'a>> {
    let mut out = Vec::new();
    for (n, s) in sessions.iter().enumerate() {
        for (dimension, action) in s.all_actions() {
            let latest = sessions[n + 1..]
                .iter()
                .filter_map(|m| {
                    m.action_review
                        .iter()
                        .find(|r| r.session == s.id && r.action == action.id)
                        .map(|r| (r, m.started.date_naive()))
                })
                .next_back();
            out.push(Fate {
                agreed: s.started.date_naive(),
                dimension,
                action,
                latest,
            });
        }
    }
    out
}

fn fates_sentence(fates: &[Fate], i: &I18n) -> String {
    let count = |st: ActionStatus| fates.iter().filter(|f| f.status() == st).count();
    t!(
        i,
        "report-series-actions",
        agreed = fates.len(),
        done = count(ActionStatus::Done),
        progress = count(ActionStatus::InProgress),
        dropped = count(ActionStatus::Dropped),
        open = count(ActionStatus::Open)
    )
}

fn fates_table(fates: &[Fate], fw: &Framework, i: &I18n) -> Table {
    let rows = fates
        .iter()
        .map(|f| {
            let a = f.action;
            let (late_on, story) = match f.latest {
                Some((r, on)) => (on, review_detail(r, on, i)),
                None => (f.agreed, story(Some(f.agreed), [], i)),
            };
            let late = crate::report::actions::overdue(a.due, f.status(), late_on);
            vec![
                super::action_cell(&a.text, &story),
                fw.dimension_name(f.dimension).to_string(),
                one_line(&a.owner),
                super::due(a.due, late, i),
                super::status(f.status(), i),
            ]
        })
        .collect();
    Table {
        header: Some(super::actions_header(i)),
        rows,
        numeric: vec![false; 5],
    }
}

/// One meeting in a few lines: when and where, levels, who came, what became of the
/// actions it reviewed and those it agreed.
fn brief(doc: &mut Document, s: &Session, fw: &Framework, i: &I18n) {
    doc.push(Block::Subheading(format!(
        "{} — {}",
        i.date(s.started.date_naive()),
        one_line(&s.title)
    )));
    doc.push(Block::Facts(vec![
        (i.t("field-place"), one_line(&s.place)),
        (
            i.t("field-facilitators"),
            one_line(&s.facilitators.join(", ")),
        ),
        (
            i.t("summary-levels"),
            summary::dimension_ids(s, fw)
                .iter()
                .map(|d| {
                    let l = s
                        .agreed_level(d)
                        .map_or_else(|| "–".into(), |l| l.to_string());
                    format!("{} {l}", fw.dimension_name(d))
                })
                .collect::<Vec<_>>()
                .join(" · "),
        ),
    ]));
    let part = participation_of(s, fw);
    let t = ReviewTally::of(s);
    doc.push(Block::Paragraph(format!(
        "{} {}",
        summary::people_line(&part, s.voices.len(), i),
        t!(
            i,
            "report-summary-actions",
            reviewed = t.reviewed,
            done = t.done,
            progress = t.in_progress,
            dropped = t.dropped,
            agreed = s.all_actions().count()
        )
    )));
    let items: Vec<Item> = s
        .all_actions()
        .map(|(_, a)| Item::text(crate::report::action_line(a, i)))
        .collect();
    doc.push(Block::Items(items));
}
