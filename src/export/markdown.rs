//! A report to share with participants and partners. It reads well as plain text and
//! renders well as Markdown.

use std::fmt::Write;

use crate::domain::framework::Framework;
use crate::domain::session::{ActionStatus, Session};
use crate::domain::summary;
use crate::i18n::I18n;
use crate::t;

/// Pipes and newlines would break a table cell.
fn cell(text: &str) -> String {
    crate::cli::table::one_line(text).replace('|', "\\|")
}

/// `s` and `previous` must already be protected (`privacy::protect`).
pub fn report(s: &Session, previous: Option<&Session>, fw: &Framework, i: &I18n) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", crate::cli::table::one_line(&s.title));
    let facts = crate::cli::show::facts(s, i);
    for (k, v) in facts.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(
            o,
            "- {}",
            t!(
                i,
                "label-value",
                label = format!("**{k}**"),
                value = crate::cli::table::one_line(v)
            )
        );
    }

    let _ = writeln!(o, "\n## {}\n", i.t("summary-people"));
    let _ = writeln!(
        o,
        "{}\n",
        t!(
            i,
            "show-participation",
            voices = s.voices.len(),
            people = s.headcount()
        )
    );
    let _ = writeln!(
        o,
        "| {} | {} | {} |",
        i.t("field-group"),
        i.t("md-voices"),
        i.t("md-people")
    );
    let _ = writeln!(o, "|---|---:|---:|");
    for (group, voices, people) in summary::by_group(s) {
        let _ = writeln!(
            o,
            "| {} | {voices} | {people} |",
            cell(fw.group_label(group))
        );
    }
    let genders: Vec<String> = summary::by_gender(s)
        .into_iter()
        .map(|(g, n)| format!("{} {n}", i.t(g.message_id())))
        .collect();
    let ages: Vec<String> = summary::by_age(s)
        .into_iter()
        .map(|(a, n)| format!("{} {n}", fw.age_label(a)))
        .collect();
    let bold = |id: &str| format!("**{}**", i.t(id));
    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "- {}",
        t!(
            i,
            "label-value",
            label = bold("field-gender"),
            value = genders.join(", ")
        )
    );
    let _ = writeln!(
        o,
        "- {}",
        t!(
            i,
            "label-value",
            label = bold("field-age"),
            value = ages.join(", ")
        )
    );
    let absent: Vec<&str> = summary::absent_groups(s, &fw.stakeholder_groups)
        .into_iter()
        .map(|g| fw.group_label(g))
        .collect();
    if !absent.is_empty() {
        let _ = writeln!(
            o,
            "- {}",
            t!(
                i,
                "label-value",
                label = bold("md-absent"),
                value = absent.join(", ")
            )
        );
    }

    if !s.action_review.is_empty() {
        let _ = writeln!(o, "\n## {}\n", i.t("show-review"));
        for r in &s.action_review {
            let status = if r.status == ActionStatus::Open {
                i.t("review-not-reviewed")
            } else {
                i.t(r.status.message_id())
            };
            let mut line = format!(
                "- {}",
                t!(
                    i,
                    "label-value",
                    label = format!("**{status}**"),
                    value = crate::cli::table::one_line(&r.text)
                )
            );
            if !r.note.is_empty() {
                let _ = write!(line, " — {}", crate::cli::table::one_line(&r.note));
            }
            let _ = writeln!(o, "{line}");
        }
    }

    let voice_name = |id: Option<u32>| match id.and_then(|id| s.voice(id)) {
        Some(v) => format!("{} ({})", v.name, fw.group_label(&v.group)),
        None => i.t("the-room"),
    };
    for d in &s.dimensions {
        let name = fw.dimension_name(&d.dimension);
        let level = match d.agreed_level {
            Some(l) => format!("{l} — {}", fw.level(l).map_or("", |x| x.name.as_str())),
            None => i.t("show-not-agreed"),
        };
        let _ = writeln!(o, "\n## {name}: {level}\n");
        if !d.rationale.is_empty() {
            let _ = writeln!(o, "{}\n", crate::cli::table::one_line(&d.rationale));
        }
        if !d.ratings.is_empty() {
            if d.ratings_revealed {
                let dist = d.distribution(fw.levels.len());
                let cells: Vec<String> = dist
                    .iter()
                    .enumerate()
                    .map(|(l, n)| format!("{l}: {n}"))
                    .collect();
                let _ = writeln!(
                    o,
                    "**{}** {}\n",
                    i.t("show-distribution"),
                    cells.join(" · ")
                );
                for r in d.ratings.iter().filter(|r| !r.reason.is_empty()) {
                    let _ = writeln!(
                        o,
                        "- {} — {}: {}",
                        r.level,
                        voice_name(Some(r.voice)),
                        crate::cli::table::one_line(&r.reason)
                    );
                }
                let _ = writeln!(o);
            } else {
                let _ = writeln!(o, "{}\n", i.t("show-ratings-hidden"));
            }
        }
        if !d.contributions.is_empty() {
            let _ = writeln!(o, "### {}\n", i.t("step-contributions"));
            for c in &d.contributions {
                let phase = c
                    .phase
                    .as_deref()
                    .map(|p| format!(", {}", fw.phase_label(p)))
                    .unwrap_or_default();
                let _ = writeln!(
                    o,
                    "- *{}{phase}*: {}",
                    voice_name(c.voice),
                    crate::cli::table::one_line(&c.text)
                );
            }
            let _ = writeln!(o);
        }
        if !d.actions.is_empty() {
            let _ = writeln!(o, "### {}\n", i.t("step-actions"));
            for a in &d.actions {
                let mut line = format!("- [ ] {}", crate::cli::table::one_line(&a.text));
                if !a.owner.is_empty() {
                    let _ = write!(line, " — {}", crate::cli::table::one_line(&a.owner));
                }
                if let Some(due) = a.due {
                    let _ = write!(line, " ({})", t!(i, "show-due", date = i.date(due)));
                }
                let _ = writeln!(o, "{line}");
            }
        }
    }

    let _ = writeln!(o, "\n## {}\n", i.t("md-comparison"));
    match previous {
        None => {
            let _ = writeln!(o, "{}", i.t("summary-no-previous"));
        }
        Some(p) => {
            o.push_str(&crate::cli::compare::render(p, s, fw, i, true));
        }
    }
    o
}

/// How many actions of the comparison had each fate, for one line of text.
pub fn fates_line(c: &crate::domain::compare::Comparison, i: &I18n) -> String {
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
