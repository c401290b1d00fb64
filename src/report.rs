//! Reports: sessions turned into documents of headings, facts, paragraphs, lists and
//! tables, in the interface language. Nothing here knows how a document is printed:
//! the back-ends of `output` (terminal text, Markdown) and the app's views draw them.
//!
//! Every builder takes sessions that already went through the privacy gate
//! (`domain::privacy`), so no report can name someone who did not consent.

pub mod actions;
pub mod compare;
pub mod list;
pub mod review;
pub mod room;
pub mod rows;
pub mod series;
pub mod session;
pub mod trend;

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
