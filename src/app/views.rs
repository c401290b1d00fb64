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
        /// The comparison as last laid out, for as long as the width and language hold.
        laid: Laid,
    },
    Trend(TrendView),
    /// Every series of the folder, one row each.
    Series(SeriesView),
}

/// What a view drew last, kept between frames for as long as what it was drawn for
/// (a width, a language…) holds: building and wrapping a comparison, or the rows of a
/// long trend, takes longer than a frame may.
#[derive(Debug, Clone)]
pub struct Memo<K, T>(std::cell::RefCell<Option<(K, T)>>);

impl<K, T> Default for Memo<K, T> {
    fn default() -> Self {
        Memo(std::cell::RefCell::new(None))
    }
}

impl<K: PartialEq, T> Memo<K, T> {
    /// What was made for `key`: kept, or `make()`'s.
    pub fn get(&self, key: K, make: impl FnOnce() -> T) -> std::cell::Ref<'_, T> {
        let fresh = matches!(&*self.0.borrow(), Some((k, _)) if *k == key);
        if !fresh {
            *self.0.borrow_mut() = Some((key, make()));
        }
        std::cell::Ref::map(self.0.borrow(), |c| &c.as_ref().expect("just made").1)
    }
}

/// A comparison's lines, for a width, language and colour.
pub type Laid = Memo<(u16, String, bool), Vec<ratatui::text::Line<'static>>>;

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
    /// The table's cells, for a language and whether ratings' spreads fit.
    pub cells: Memo<(String, bool), Vec<Vec<String>>>,
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
