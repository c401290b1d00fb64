//! Sessions as a workbook for Excel: one sheet per table (sessions, people, what was
//! said, revealed ratings, agreed levels, actions, the review of actions, a codebook),
//! each coded value beside its label in the chosen language, dates as dates; for a
//! series, the levels per meeting with a line chart of them. The codes and values
//! are the JSON's and the CSV's (`report::data`); `output::xlsx` writes the file.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::data::{
    ActionStatus, ContributionKind, Export, Gender, SessionData, SessionStatus, VoiceKind,
};
use crate::domain::framework::Framework;
use crate::domain::privacy::Public;
use crate::i18n::I18n;
use crate::t;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub chart: Option<LineChart>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    Bool(bool),
    Date(NaiveDate),
    /// A time as it was in the room (the session's own offset).
    Time(NaiveDateTime),
}

/// A line chart of some columns of the sheet over one of them.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub title: String,
    pub categories: usize,
    pub values: Vec<usize>,
    pub max: u32,
}

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_string())
    }
}

fn int(n: impl Into<i64>) -> Cell {
    Cell::Int(n.into())
}

fn time(rfc3339: &str) -> Cell {
    DateTime::parse_from_rfc3339(rfc3339)
        .map_or_else(|_| text(rfc3339), |t| Cell::Time(t.naive_local()))
}

fn date(ymd: Option<&str>) -> Cell {
    ymd.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or(Cell::Empty, Cell::Date)
}

/// What every sheet but the first starts with: which session, on which day.
fn lead(s: &SessionData) -> [Cell; 2] {
    [text(&s.id), date(Some(s.date()))]
}

/// Labels of the framework and the catalogue, and the headers they give columns.
struct Words<'a> {
    fw: &'a Framework,
    i: &'a I18n,
}

impl Words<'_> {
    fn t(&self, id: &str) -> String {
        self.i.t(id)
    }

    /// The header of a column of codes: "Stakeholder group (code)".
    fn code(&self, id: &str) -> String {
        t!(self.i, "xlsx-code", column = self.i.t(id))
    }

    fn header(&self, cols: &[Col]) -> Vec<String> {
        cols.iter()
            .map(|c| match c {
                Col::Plain(id) => self.t(id),
                Col::Code(id) => self.code(id),
            })
            .collect()
    }

    fn level(&self, l: u8) -> String {
        self.fw.level(l).map(|x| x.name.clone()).unwrap_or_default()
    }
}

enum Col {
    Plain(&'static str),
    Code(&'static str),
}

use Col::{Code, Plain};

/// The workbook of `sessions` (oldest first for a series, with its levels sheet).
pub fn workbook(sessions: &[Public], series: bool, fw: &Framework, i: &I18n) -> Workbook {
    let data = Export::of(sessions);
    let w = Words { fw, i };
    let mut sheets = vec![
        sessions_sheet(&data, &w),
        people_sheet(&data, &w),
        contributions_sheet(&data, &w),
        ratings_sheet(&data, &w),
        levels_sheet(&data, &w),
        actions_sheet(&data, &w),
        review_sheet(&data, &w),
        codebook(&w),
    ];
    if series {
        sheets.insert(0, trend_sheet(&data, &w));
    }
    Workbook { sheets }
}

fn sessions_sheet(data: &Export, w: &Words) -> Sheet {
    let cols = [
        Plain("xlsx-col-session"),
        Plain("field-date-time"),
        Plain("field-title"),
        Plain("field-series"),
        Plain("field-intervention"),
        Plain("field-place"),
        Code("field-status"),
        Plain("field-status"),
        Plain("field-language"),
        Plain("field-facilitators"),
        Plain("md-people"),
        Plain("md-voices"),
        Plain("step-contributions"),
        Plain("step-actions"),
        Plain("xlsx-col-ended"),
    ];
    let rows = data
        .sessions
        .iter()
        .map(|s| {
            vec![
                text(&s.id),
                time(&s.started),
                text(&s.title),
                text(&s.series),
                text(&s.intervention),
                text(&s.place),
                text(s.status.code()),
                text(&w.t(s.status.message_id())),
                text(&s.language),
                text(&s.facilitators.join(", ")),
                int(s.people),
                int(s.voices.len() as u32),
                int(s
                    .dimensions
                    .iter()
                    .map(|d| d.contributions.len() as u32)
                    .sum::<u32>()),
                int(s
                    .dimensions
                    .iter()
                    .map(|d| d.actions.len() as u32)
                    .sum::<u32>()),
                s.ended.as_deref().map_or(Cell::Empty, time),
            ]
        })
        .collect();
    Sheet {
        name: w.t("xlsx-sheet-sessions"),
        header: w.header(&cols),
        rows,
        chart: None,
    }
}

fn people_sheet(data: &Export, w: &Words) -> Sheet {
    let cols = [
        Plain("xlsx-col-session"),
        Plain("field-date"),
        Plain("xlsx-col-voice-id"),
        Plain("xlsx-col-person-id"),
        Plain("field-name"),
        Code("field-kind"),
        Plain("field-kind"),
        Plain("field-headcount"),
        Code("field-group"),
        Plain("field-group"),
        Code("field-gender"),
        Plain("field-gender"),
        Code("field-age"),
        Plain("field-age"),
        Plain("field-organisation"),
        Plain("xlsx-col-named"),
        Plain("xlsx-col-spoke"),
        Plain("xlsx-col-rated"),
    ];
    let mut rows = Vec::new();
    for s in &data.sessions {
        for v in &s.voices {
            let mut row = lead(s).to_vec();
            row.extend([
                int(v.id),
                int(v.person),
                text(&v.name),
                text(v.kind.code()),
                text(&w.t(v.kind.message_id())),
                int(v.headcount),
                text(&v.stakeholder_group),
                text(w.fw.group_label(&v.stakeholder_group)),
                text(v.gender.code()),
                text(&w.t(v.gender.message_id())),
                text(&v.age_band),
                text(w.fw.age_label(&v.age_band)),
                text(&v.organisation),
                Cell::Bool(v.named),
                Cell::Bool(v.spoke),
                Cell::Bool(v.rated),
            ]);
            rows.push(row);
        }
    }
    Sheet {
        name: w.t("xlsx-sheet-people"),
        header: w.header(&cols),
        rows,
        chart: None,
    }
}

/// The voice's id, name, group code and label; empty for the room.
fn voice_cells(s: &SessionData, voice: Option<u32>, w: &Words) -> [Cell; 4] {
    match voice.and_then(|id| s.voice(id)) {
        None => [
            Cell::Empty,
            text(&w.t("the-room")),
            Cell::Empty,
            Cell::Empty,
        ],
        Some(v) => [
            int(v.id),
            text(&v.name),
            text(&v.stakeholder_group),
            text(w.fw.group_label(&v.stakeholder_group)),
        ],
    }
}

fn contributions_sheet(data: &Export, w: &Words) -> Sheet {
    let cols = [
        Plain("xlsx-col-session"),
        Plain("field-date"),
        Code("compare-dimension"),
        Plain("compare-dimension"),
        Plain("xlsx-col-voice-id"),
        Plain("xlsx-col-voice"),
        Code("field-group"),
        Plain("field-group"),
        Code("xlsx-col-phase"),
        Plain("xlsx-col-phase"),
        Code("xlsx-col-kind"),
        Plain("xlsx-col-kind"),
        Plain("xlsx-col-at"),
        Plain("xlsx-col-text"),
    ];
    let mut rows = Vec::new();
    for s in &data.sessions {
        for d in &s.dimensions {
            for c in &d.contributions {
                let mut row = lead(s).to_vec();
                row.extend([text(&d.dimension), text(w.fw.dimension_name(&d.dimension))]);
                row.extend(voice_cells(s, c.voice, w));
                let phase = c.phase.as_deref().unwrap_or("");
                row.extend([
                    text(phase),
                    text(if phase.is_empty() {
                        ""
                    } else {
                        w.fw.phase_label(phase)
                    }),
                    text(c.kind.code()),
                    text(&w.t(c.kind.message_id())),
                    time(&c.at),
                    text(&c.text),
                ]);
                rows.push(row);
            }
        }
    }
    Sheet {
        name: w.t("xlsx-sheet-contributions"),
        header: w.header(&cols),
        rows,
        chart: None,
    }
}

fn ratings_sheet(data: &Export, w: &Words) -> Sheet {
    let cols = [
        Plain("xlsx-col-session"),
        Plain("field-date"),
        Code("compare-dimension"),
        Plain("compare-dimension"),
        Plain("xlsx-col-voice-id"),
        Plain("xlsx-col-voice"),
        Code("field-group"),
        Plain("field-group"),
        Plain("report-col-level"),
        Plain("xlsx-col-level-name"),
        Plain("xlsx-col-reason"),
    ];
    let mut rows = Vec::new();
    for s in &data.sessions {
        for d in &s.dimensions {
            for r in &d.ratings {
                let mut row = lead(s).to_vec();
                row.extend([text(&d.dimension), text(w.fw.dimension_name(&d.dimension))]);
                row.extend(voice_cells(s, Some(r.voice), w));
                row.extend([int(r.level), text(&w.level(r.level)), text(&r.reason)]);
                rows.push(row);
            }
        }
    }
    Sheet {
        name: w.t("xlsx-sheet-ratings"),
        header: w.header(&cols),
        rows,
        chart: None,
    }
}

fn levels_sheet(data: &Export, w: &Words) -> Sheet {
    let cols = [
        Plain("xlsx-col-session"),
        Plain("field-date"),
        Code("compare-dimension"),
        Plain("compare-dimension"),
        Plain("report-col-level"),
        Plain("xlsx-col-level-name"),
        Plain("xlsx-col-rationale"),
        Plain("xlsx-col-revealed"),
        Plain("xlsx-col-voices-rated"),
    ];
    let mut rows = Vec::new();
    for s in &data.sessions {
        for d in &s.dimensions {
            let rated = s
                .ratings_hidden
                .iter()
                .find(|h| h.dimension == d.dimension)
                .map_or(d.ratings.len(), |h| h.voices_rated);
            let mut row = lead(s).to_vec();
            row.extend([
                text(&d.dimension),
                text(w.fw.dimension_name(&d.dimension)),
                d.agreed_level.map_or(Cell::Empty, int),
                text(&d.agreed_level.map(|l| w.level(l)).unwrap_or_default()),
                text(&d.rationale),
                Cell::Bool(d.ratings_revealed),
                int(rated as u32),
            ]);
            rows.push(row);
        }
    }
    Sheet {
        name: w.t("xlsx-sheet-levels"),
        header: w.header(&cols),
        rows,
        chart: None,
    }
}

fn status_cells(st: ActionStatus, w: &Words) -> [Cell; 2] {
    [text(st.code()), text(&w.t(st.message_id()))]
}

fn actions_sheet(data: &Export, w: &Words) -> Sheet {
    let cols = [
        Plain("xlsx-col-session"),
        Plain("field-date"),
        Code("compare-dimension"),
        Plain("compare-dimension"),
        Plain("xlsx-col-action-id"),
        Plain("field-action"),
        Plain("report-col-owner"),
        Plain("report-col-due"),
        Code("field-status"),
        Plain("field-status"),
    ];
    let mut rows = Vec::new();
    for s in &data.sessions {
        for d in &s.dimensions {
            for a in &d.actions {
                let mut row = lead(s).to_vec();
                row.extend([
                    text(&d.dimension),
                    text(w.fw.dimension_name(&d.dimension)),
                    int(a.id),
                    text(&a.text),
                    text(&a.owner),
                    date(a.due.as_deref()),
                ]);
                row.extend(status_cells(a.status, w));
                rows.push(row);
            }
        }
    }
    Sheet {
        name: w.t("xlsx-sheet-actions"),
        header: w.header(&cols),
        rows,
        chart: None,
    }
}

fn review_sheet(data: &Export, w: &Words) -> Sheet {
    let cols = [
        Plain("xlsx-col-session"),
        Plain("field-date"),
        Plain("xlsx-col-agreed-in"),
        Plain("xlsx-col-action-id"),
        Code("compare-dimension"),
        Plain("compare-dimension"),
        Plain("field-action"),
        Plain("report-col-owner"),
        Plain("report-col-due"),
        Code("field-status"),
        Plain("field-status"),
        Plain("xlsx-col-note"),
        Plain("xlsx-col-agreed-on"),
    ];
    let mut rows = Vec::new();
    for s in &data.sessions {
        for r in &s.action_review {
            let mut row = lead(s).to_vec();
            row.extend([
                text(&r.session),
                int(r.action),
                text(&r.dimension),
                text(w.fw.dimension_name(&r.dimension)),
                text(&r.text),
                text(&r.owner),
                date(r.due.as_deref()),
            ]);
            row.extend(status_cells(r.status, w));
            row.extend([text(&r.note), date(r.agreed.as_deref())]);
            rows.push(row);
        }
    }
    Sheet {
        name: w.t("xlsx-sheet-review"),
        header: w.header(&cols),
        rows,
        chart: None,
    }
}

/// Every coded value of the workbook, the CSV and the JSON, with its label.
fn codebook(w: &Words) -> Sheet {
    let fw = w.fw;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut add = |variable: &str, code: &str, label: &str| {
        rows.push(vec![text(variable), text(code), text(label)]);
    };
    for d in &fw.dimensions {
        add("dimension", &d.id, &d.name);
    }
    for l in &fw.levels {
        add("level", &l.value.to_string(), &l.name);
    }
    for g in &fw.stakeholder_groups {
        add("stakeholder_group", &g.id, &g.label);
    }
    for b in &fw.age_bands {
        add("age_band", &b.id, &b.label);
    }
    for p in &fw.phases {
        add("phase", &p.id, &p.label);
    }
    for k in ContributionKind::ALL {
        add("kind", k.code(), &w.t(k.message_id()));
    }
    for g in Gender::ALL {
        add("gender", g.code(), &w.t(g.message_id()));
    }
    for k in VoiceKind::ALL {
        add("voice_kind", k.code(), &w.t(k.message_id()));
    }
    for st in ActionStatus::ALL {
        add("status", st.code(), &w.t(st.message_id()));
    }
    for st in SessionStatus::ALL {
        add("session_status", st.code(), &w.t(st.message_id()));
    }
    Sheet {
        name: w.t("xlsx-sheet-codebook"),
        header: vec![
            w.t("xlsx-col-variable"),
            w.t("xlsx-col-code"),
            w.t("xlsx-col-label"),
        ],
        rows,
        chart: None,
    }
}

/// The agreed level of each dimension at each meeting, with a line chart of them.
fn trend_sheet(data: &Export, w: &Words) -> Sheet {
    let ids: Vec<&str> = w.fw.dimensions.iter().map(|d| d.id.as_str()).collect();
    let mut header = vec![w.t("field-date"), w.t("field-title")];
    header.extend(ids.iter().map(|d| w.fw.dimension_name(d).to_string()));
    let rows = data
        .sessions
        .iter()
        .map(|s| {
            let mut row = vec![date(Some(s.date())), text(&s.title)];
            row.extend(ids.iter().map(|id| {
                s.dimensions
                    .iter()
                    .find(|d| d.dimension == *id)
                    .and_then(|d| d.agreed_level)
                    .map_or(Cell::Empty, int)
            }));
            row
        })
        .collect();
    Sheet {
        name: w.t("xlsx-sheet-trend"),
        header,
        rows,
        chart: Some(LineChart {
            title: w.t("report-chart-levels"),
            categories: 0,
            values: (2..2 + ids.len()).collect(),
            max: u32::from(w.fw.max_level()),
        }),
    }
}
