//! How an action reads in every document: what, who, by when, and its story across the
//! meetings of its series ("agreed 12 Mar → in progress (9 Jul) → done (19 Nov)").

use std::fmt::Write;

use chrono::NaiveDate;

use crate::domain::session::{Action, ActionReview, ActionStatus};
use crate::i18n::I18n;
use crate::t;
use crate::text::one_line;

/// An action as one line: what, who, by when ("Invite the youth — Mayor's office (due
/// 30 April 2026)"); `overdue` adds that the date has passed.
pub fn line(text: &str, owner: &str, due: Option<NaiveDate>, overdue: bool, i: &I18n) -> String {
    let mut out = one_line(text);
    if !owner.is_empty() {
        let _ = write!(out, " — {}", one_line(owner));
    }
    if let Some(due) = due {
        let due = if overdue {
            t!(i, "show-due-overdue", date = i.date(due))
        } else {
            t!(i, "show-due", date = i.date(due))
        };
        let _ = write!(out, " ({due})");
    }
    out
}

/// An action of this meeting.
pub fn agreed(a: &Action, i: &I18n) -> String {
    line(&a.text, &a.owner, a.due, false, i)
}

/// Whether an action reviewed on `on` is late: its date has passed and it is still open
/// or in progress.
pub fn overdue(due: Option<NaiveDate>, status: ActionStatus, on: NaiveDate) -> bool {
    due.is_some_and(|d| d < on) && status.is_open()
}

/// An action reviewed at a meeting held on `on`.
pub fn reviewed(r: &ActionReview, on: NaiveDate, i: &I18n) -> String {
    line(&r.text, &r.owner, r.due, overdue(r.due, r.status, on), i)
}

/// The story of an action: when it was agreed, then what each meeting said of it.
pub fn story(
    agreed: Option<NaiveDate>,
    steps: impl IntoIterator<Item = (NaiveDate, ActionStatus)>,
    i: &I18n,
) -> String {
    let mut parts: Vec<String> = agreed
        .map(|d| t!(i, "review-agreed", date = i.date_short(d)))
        .into_iter()
        .collect();
    parts.extend(steps.into_iter().map(|(date, s)| {
        let status = if s == ActionStatus::Open {
            i.t("review-not-reviewed")
        } else {
            i.t(s.message_id())
        };
        t!(i, "review-step", status = status, date = i.date_short(date))
    }));
    parts.join(" → ")
}

/// The story of a reviewed action up to and including the meeting that reviews it
/// (held on `on`), then that meeting's note.
pub fn review_detail(r: &ActionReview, on: NaiveDate, i: &I18n) -> String {
    let steps = r
        .history
        .iter()
        .map(|h| (h.date, h.status))
        .chain(std::iter::once((on, r.status)));
    let mut out = story(r.agreed, steps, i);
    if !r.note.trim().is_empty() {
        out.push_str(" — ");
        out.push_str(&one_line(&r.note));
    }
    out
}
