//! Reports: sessions turned into documents of headings, facts, paragraphs, lists and
//! tables, in the interface language. Nothing here knows how a document is printed:
//! the back-ends of `output` (terminal text, Markdown) and the app's views draw them.
//!
//! Every builder takes sessions that already went through the privacy gate
//! (`domain::privacy`), so no report can name someone who did not consent.

pub mod actions;
pub mod compare;
pub mod data;
pub mod list;
pub mod printed;
pub mod review;
pub mod room;
pub mod rows;
pub mod series;
pub mod session;
pub mod trend;
pub mod workbook;

use crate::i18n::I18n;

/// A document: blocks in reading order, and how this language joins a label to its
/// value ("Place: Gao", « Lieu : Gao »).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub blocks: Vec<Block>,
    pub colon: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's title (a session's title).
    Title(String),
    /// A section; what follows belongs to it until the next heading.
    Heading(String),
    /// A part of a section.
    Subheading(String),
    /// Labels and their values, aligned; empty values are left out by every back-end.
    Facts(Vec<(String, String)>),
    Paragraph(String),
    Items(Vec<Item>),
    Table(Table),
    /// How many gave each value (ratings by level): bars where a back-end can draw.
    Bars(Vec<(String, u32)>),
    /// Figures to draw (the printable report's charts); back-ends that cannot draw
    /// print its table (`Chart::table`).
    Chart(Chart),
    /// Where a printed page should end (the printable report's sections).
    PageBreak,
}

/// A chart: categories along one axis, one or more series of values over them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub title: String,
    pub kind: ChartKind,
    /// What each value is of (a level, a meeting's date, a stakeholder group).
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// The top of the value axis (the top of the level scale, 100 for shares).
    pub max: u32,
    /// Written after each value ("%" for shares, nothing for counts).
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub name: String,
    /// One per category; none where there is nothing to show (no level agreed).
    pub values: Vec<Option<u32>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Upright bars side by side per category (a distribution of ratings).
    Columns,
    /// Bars across, one category a line (long labels: stakeholder groups).
    Bars,
    /// A line per series over the categories in order (meetings over time).
    Lines,
}

impl Chart {
    /// The chart as a table, for back-ends that cannot draw: a row per category.
    pub fn table(&self) -> Table {
        let mut header = vec![String::new()];
        header.extend(self.series.iter().map(|s| s.name.clone()));
        let rows = self
            .categories
            .iter()
            .enumerate()
            .map(|(n, c)| {
                let mut row = vec![c.clone()];
                row.extend(self.series.iter().map(|s| {
                    s.values
                        .get(n)
                        .copied()
                        .flatten()
                        .map_or_else(|| "–".to_string(), |v| format!("{v}{}", self.unit))
                }));
                row
            })
            .collect();
        let mut numeric = vec![true; header.len()];
        numeric[0] = false;
        Table {
            header: Some(header),
            rows,
            numeric,
        }
    }
}

/// One entry of a list: an optional lead ("done", a speaker), its text and a detail
/// (a note, who and when).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub lead: Option<String>,
    pub text: String,
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// None for a table that is only rows (the lines of a small chart).
    pub header: Option<Vec<String>>,
    pub rows: Vec<Vec<String>>,
    /// Columns of numbers, aligned to the right where a back-end can.
    pub numeric: Vec<bool>,
}

impl Item {
    pub fn text(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            ..Item::default()
        }
    }

    pub fn led(lead: impl Into<String>, text: impl Into<String>) -> Item {
        Item {
            lead: Some(lead.into()),
            text: text.into(),
            detail: None,
        }
    }

    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Item {
        let detail = detail.into();
        self.detail = (!detail.is_empty()).then_some(detail);
        self
    }
}

impl Document {
    pub fn new(i: &I18n) -> Document {
        Document {
            blocks: Vec::new(),
            colon: colon(i),
        }
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// `label: value` the way this language writes it.
    pub fn pair(&self, label: &str, value: &str) -> String {
        format!("{label}{}{value}", self.colon)
    }
}

/// An action of a meeting as one line: what, who, by when.
pub fn action_line(a: &crate::domain::session::Action, i: &I18n) -> String {
    actions::agreed(a, i)
}

/// How the language joins a label to its value: the catalogue's `label-value` with
/// nothing on either side.
pub fn colon(i: &I18n) -> String {
    crate::t!(i, "label-value", label = "", value = "")
}
