//! Read-only views of past sessions: review one, compare two, follow a series.

use crate::domain::privacy::{Gate, Public};
use crate::domain::session::Session;

pub use crate::report::review::Grouping;

#[derive(Debug, Clone)]
pub enum View {
    /// A session read-only; tab 0 is the overview, then one tab per dimension.
    Review {
        session: Box<Public>,
        previous: Option<Box<Public>>,
        tab: usize,
        grouping: Grouping,
        scroll: u16,
    },
    Compare {
        earlier: Box<Public>,
        later: Box<Public>,
        /// The meetings of the series between the two, for the actions' fates.
        between: Vec<Public>,
        scroll: u16,
    },
    Trend(TrendView),
    /// Every series of the folder, one row each.
    Series(SeriesView),
}

#[derive(Debug, Clone)]
pub struct SeriesView {
    pub selected: usize,
    pub lines: Vec<crate::domain::overview::Overview>,
}

/// A series over its meetings: the levels' chart, or one dimension's levels by
/// stakeholder group, above a row per meeting.
#[derive(Debug, Clone)]
pub struct TrendView {
    pub series: String,
    pub selected: usize,
    /// The series' trend, from its meetings as the room may see them: gone through
    /// the gate and worked out once, when the view opened, not at every frame.
    pub trend: crate::domain::trend::Trend,
    /// The dimension shown by stakeholder group, if not the chart.
    pub by_group: Option<usize>,
    /// Opened from the series screen, to go back to it.
    pub from_series: bool,
}

/// The gate for what this folder's screens may show.
pub fn gate(all: &[crate::store::Listed]) -> Gate {
    Gate::new(all.iter().map(|l| &l.digest))
}

/// The session as it may be shown on a screen others can see: names only with
/// consent, ratings only once revealed.
pub fn shown(s: &Session, all: &[crate::store::Listed]) -> Box<Public> {
    Box::new(gate(all).session(s))
}
