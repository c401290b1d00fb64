//! The sessions of a folder, newest first: a table for people, rows for scripts.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::{Block, Document, Table};
use crate::domain::digest::Digest;
use crate::domain::framework::Framework;
use crate::domain::session::Status;
use crate::i18n::I18n;
use crate::text::{fit, width};

/// One session as `toguna list --json` prints it.
#[derive(Debug, Serialize)]
pub struct Row<'a> {
    pub id: &'a str,
    pub file: String,
    pub started: String,
    pub title: &'a str,
    pub series: &'a str,
    pub place: &'a str,
    pub status: &'static str,
    pub agreed_levels: BTreeMap<&'a str, Option<u8>>,
}

pub fn rows<'a>(sessions: &[(&Path, &'a Digest)], fw: &'a Framework) -> Vec<Row<'a>> {
    sessions
        .iter()
        .map(|(path, s)| Row {
            id: &s.id,
            file: path.display().to_string(),
            started: s.started.to_rfc3339(),
            title: &s.title,
            series: &s.series,
            place: &s.place,
            status: match s.status {
                Status::InProgress => "in-progress",
                Status::Finished => "finished",
            },
            agreed_levels: dimension_ids(s, fw)
                .into_iter()
                .map(|d| (d, s.agreed_level(d)))
                .collect(),
        })
        .collect()
}

/// The framework's dimensions, then any other the session recorded.
fn dimension_ids<'a>(s: &'a Digest, fw: &'a Framework) -> Vec<&'a str> {
    let mut ids: Vec<&str> = fw.dimensions.iter().map(|d| d.id.as_str()).collect();
    for d in &s.dimensions {
        if !ids.contains(&d.dimension.as_str()) {
            ids.push(&d.dimension);
        }
    }
    ids
}

/// The table for a terminal `columns` wide (titles are shortened to fit).
pub fn document(sessions: &[&Digest], fw: &Framework, i: &I18n, columns: usize) -> Document {
    let mut doc = Document::new(i);
    // One column for the levels, headed by the dimensions' initials ("W S D"), so the
    // table fits a narrow terminal; the title takes what room is left.
    let initials: Vec<String> = fw
        .dimensions
        .iter()
        .map(|d| d.name.chars().next().map(String::from).unwrap_or_default())
        .collect();
    let header = vec![
        i.t("col-date"),
        i.t("col-id"),
        i.t("col-title"),
        i.t("col-series"),
        i.t("col-status"),
        initials.join(" "),
    ];
    let status_w = sessions
        .iter()
        .map(|s| width(&i.t(s.status.message_id())))
        .max()
        .unwrap_or(0);
    let fixed = 10 + 8 + status_w + initials.len() * 2 + 5 * 2 + 18;
    let title_w = columns.saturating_sub(fixed).clamp(16, 48);
    let rows = sessions
        .iter()
        .map(|s| {
            let levels: Vec<String> = fw
                .dimensions
                .iter()
                .map(|d| {
                    s.agreed_level(&d.id)
                        .map_or_else(|| "–".to_string(), |l| l.to_string())
                })
                .collect();
            vec![
                s.started.format("%Y-%m-%d").to_string(),
                crate::domain::ids::short_id(&s.id).to_string(),
                fit(&s.title, title_w),
                fit(&s.series, 16),
                i.t(s.status.message_id()),
                levels.join(" "),
            ]
        })
        .collect();
    doc.push(Block::Table(Table {
        header: Some(header),
        rows,
        numeric: vec![false; 6],
    }));
    doc
}
