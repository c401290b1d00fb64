//! The series of a folder as a table: the series screen and `toguna series` print it.

use super::{Block, Document, Table};
use crate::domain::framework::Framework;
use crate::domain::overview::{Overview, Standing};
use crate::i18n::I18n;

/// A level and which way it moved since it was agreed before: "3 ↑", "2 =", "1 ↓";
/// "2" when agreed once, "–" when never.
pub fn level(s: &Standing) -> String {
    let Some(level) = s.level else {
        return "–".to_string();
    };
    match s.change() {
        Some(std::cmp::Ordering::Greater) => format!("{level} ↑"),
        Some(std::cmp::Ordering::Less) => format!("{level} ↓"),
        Some(std::cmp::Ordering::Equal) => format!("{level} ="),
        None => level.to_string(),
    }
}

/// The columns' titles: the series, its meetings and last date, a column per dimension
/// (its name), people at the last meeting, open and overdue actions.
pub fn headers(fw: &Framework, i: &I18n) -> Vec<String> {
    let mut h = vec![i.t("col-series"), i.t("col-meetings"), i.t("col-last")];
    h.extend(fw.dimensions.iter().map(|d| d.name.clone()));
    h.extend([i.t("col-people"), i.t("col-open"), i.t("col-overdue")]);
    h
}

/// Shorter titles for the meetings, people, open and overdue columns, for a narrow
/// screen.
pub fn short_headers(i: &I18n) -> [String; 4] {
    [
        i.t("col-meetings-short"),
        i.t("col-people-short"),
        i.t("col-open-short"),
        i.t("col-overdue-short"),
    ]
}

/// One series' row, in the order of `headers`.
pub fn cells(o: &Overview, i: &I18n) -> Vec<String> {
    let mut row = vec![
        o.series.clone(),
        o.meetings.to_string(),
        i.date_short(o.last),
    ];
    row.extend(o.levels.iter().map(level));
    row.extend([
        o.people.to_string(),
        o.open_actions.to_string(),
        o.overdue_actions.to_string(),
    ]);
    row
}

pub fn document(all: &[Overview], fw: &Framework, i: &I18n) -> Document {
    let mut doc = Document::new(i);
    let header = headers(fw, i);
    let mut numeric = vec![true; header.len()];
    numeric[0] = false;
    numeric[2] = false;
    doc.push(Block::Table(Table {
        header: Some(header),
        rows: all.iter().map(|o| cells(o, i)).collect(),
        numeric,
    }));
    doc
}
