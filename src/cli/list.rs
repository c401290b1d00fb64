//! `toguna list`: the sessions of the folder, newest first.

use serde::Serialize;

use super::table::render;
use crate::context::Context;
use crate::domain::digest::Digest;
use crate::domain::framework::Framework;
use crate::domain::session::Status;
use crate::store::Listed;
use crate::t;

#[derive(Debug, Serialize)]
struct Row<'a> {
    id: &'a str,
    file: String,
    started: String,
    title: &'a str,
    series: &'a str,
    place: &'a str,
    status: &'static str,
    agreed_levels: std::collections::BTreeMap<&'a str, Option<u8>>,
}

pub fn filter<'a>(sessions: &'a [Listed], series: Option<&str>) -> Vec<&'a Listed> {
    sessions
        .iter()
        .filter(|l| series.is_none_or(|s| l.digest.series == s))
        .collect()
}

pub fn json(sessions: &[&Listed], fw: &Framework) -> String {
    let rows: Vec<Row> = sessions
        .iter()
        .map(|l| {
            let s = &l.digest;
            Row {
                id: &s.id,
                file: l.path.display().to_string(),
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
            }
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&rows).expect("serialisable");
    out.push('\n');
    out
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

/// The table for a terminal `width` columns wide (titles are shortened to fit).
pub fn text(sessions: &[&Listed], ctx: &Context, width: usize) -> String {
    let i = &ctx.i18n;
    if sessions.is_empty() {
        return format!("{}\n", t!(i, "list-empty", dir = ctx.store_dir()));
    }
    // One column for the levels, headed by the dimensions' initials ("W S D"), so the
    // table fits a narrow terminal; the title takes what room is left.
    let initials: Vec<String> = ctx
        .framework
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
        .map(|l| unicode_width::UnicodeWidthStr::width(i.t(l.digest.status.message_id()).as_str()))
        .max()
        .unwrap_or(0);
    let fixed = 10 + 8 + status_w + initials.len() * 2 + 5 * 2 + 18;
    let title_w = width.saturating_sub(fixed).clamp(16, 48);
    let rows: Vec<Vec<String>> = sessions
        .iter()
        .map(|l| {
            let s = &l.digest;
            let levels: Vec<String> = ctx
                .framework
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
                crate::ui::fit(&s.title, title_w),
                crate::ui::fit(&s.series, 16),
                i.t(s.status.message_id()),
                levels.join(" "),
            ]
        })
        .collect();
    render(&header, &rows)
}
