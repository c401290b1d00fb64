//! `toguna show`: a readable summary of one session for the terminal.

use std::fmt::Write;

use crate::domain::framework::Framework;
use crate::domain::session::Session;
use crate::domain::summary;
use crate::i18n::I18n;
use crate::t;

/// The context of a session as (label, value) pairs, for summaries and reports.
pub fn facts(s: &Session, i: &I18n) -> Vec<(String, String)> {
    let when = format!(
        "{}, {}",
        i.date(s.started.date_naive()),
        i.time(s.started.time())
    );
    vec![
        (i.t("field-date"), when),
        (i.t("field-series"), s.series.clone()),
        (i.t("field-intervention"), s.intervention.clone()),
        (i.t("field-place"), s.place.clone()),
        (i.t("field-facilitators"), s.facilitators.join(", ")),
        (i.t("field-status"), i.t(s.status.message_id())),
    ]
}

pub fn render(s: &Session, fw: &Framework, i: &I18n) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{}", s.title);
    let _ = writeln!(
        o,
        "{}",
        "=".repeat(unicode_width::UnicodeWidthStr::width(s.title.as_str()).clamp(3, 78))
    );
    let mut facts = facts(s, i);
    facts.push((
        i.t("field-framework"),
        format!("{} v{}", s.framework.id, s.framework.version),
    ));
    let width = facts
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (k, v) in facts.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(o, "  {k:<width$}  {}", super::table::one_line(v));
    }

    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "{}",
        t!(
            i,
            "show-participation",
            voices = s.voices.len(),
            people = s.headcount()
        )
    );
    for (group, voices, people) in summary::by_group(s) {
        let _ = writeln!(
            o,
            "  - {}",
            t!(
                i,
                "show-group-line",
                group = fw.group_label(group),
                count = t!(i, "show-group-count", voices = voices, people = people)
            )
        );
    }

    if !s.action_review.is_empty() {
        let _ = writeln!(o);
        let _ = writeln!(o, "{}", i.t("show-review"));
        for r in &s.action_review {
            let status = if r.status == crate::domain::session::ActionStatus::Open {
                i.t("review-not-reviewed")
            } else {
                i.t(r.status.message_id())
            };
            let _ = writeln!(o, "  - [{status}] {}", super::table::one_line(&r.text));
            if !r.note.is_empty() {
                let _ = writeln!(o, "    {}", super::table::one_line(&r.note));
            }
        }
    }

    for d in &s.dimensions {
        let _ = writeln!(o);
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
        let _ = writeln!(o, "{name} — {level}");
        if !d.rationale.is_empty() {
            let _ = writeln!(o, "  {}", super::table::one_line(&d.rationale));
        }
        let _ = writeln!(
            o,
            "  {}",
            t!(
                i,
                "show-counts",
                contributions = d.contributions.len(),
                ratings = d.ratings.len()
            )
        );
        if !d.ratings.is_empty() && !d.ratings_revealed {
            let _ = writeln!(o, "  {}", i.t("show-ratings-hidden"));
        } else if !d.ratings.is_empty() {
            let dist = d.distribution(fw.levels.len());
            let cells: Vec<String> = dist
                .iter()
                .enumerate()
                .map(|(lvl, n)| format!("{lvl}:{n}"))
                .collect();
            let _ = writeln!(o, "  {} {}", i.t("show-distribution"), cells.join("  "));
        }
        for a in &d.actions {
            let mut line = format!(
                "  - [{}] {}",
                i.t(a.status.message_id()),
                super::table::one_line(&a.text)
            );
            if !a.owner.is_empty() {
                let _ = write!(line, " — {}", super::table::one_line(&a.owner));
            }
            if let Some(due) = a.due {
                let _ = write!(line, " ({})", t!(i, "show-due", date = i.date(due)));
            }
            let _ = writeln!(o, "{line}");
        }
    }
    if !s.notes.is_empty() {
        let _ = writeln!(o);
        let _ = writeln!(o, "{}", i.t("field-notes"));
        for line in s.notes.lines() {
            let _ = writeln!(o, "  {line}");
        }
    }
    o
}
