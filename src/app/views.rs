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
        scroll: Scroll,
    },
    Compare {
        earlier: Box<Public>,
        later: Box<Public>,
        /// The meetings of the series between the two, for the actions' fates.
        between: Vec<Public>,
        scroll: Scroll,
        /// The comparison as last laid out, for as long as the width and language hold.
        laid: Laid,
    },
    Trend(TrendView),
    /// Every series of the folder, one row each.
    Series(SeriesView),
}

/// How far a read-only text is scrolled. How long the text is, the state learns only
/// once a frame has laid it out at the terminal's width: each frame says how far it
/// can go (`fit`), and keys move within that, so a hundred ↓ stop at the last page
/// and the first ↑ after them moves at once.
#[derive(Debug, Clone, Default)]
pub struct Scroll {
    top: u16,
    /// The last first line the last frame could show; `None` before any frame.
    most: std::cell::Cell<Option<u16>>,
}

impl Scroll {
    /// The first line shown.
    pub fn top(&self) -> u16 {
        self.most.get().map_or(self.top, |most| self.top.min(most))
    }

    /// `lines` of text in `height` rows: where it can go, and the first line shown.
    pub fn fit(&self, lines: usize, height: u16) -> u16 {
        let most = lines.saturating_sub(usize::from(height));
        self.most.set(Some(u16::try_from(most).unwrap_or(u16::MAX)));
        self.top()
    }

    /// A line or a page up or down; other actions leave it.
    pub fn by(&mut self, action: crate::app::Action) {
        use crate::app::Action;
        let top = self.top();
        self.top = match action {
            Action::Up => top.saturating_sub(1),
            Action::Down => top.saturating_add(1),
            Action::PageUp => top.saturating_sub(10),
            Action::PageDown => top.saturating_add(10),
            _ => top,
        };
        self.top = self.top();
    }

    /// Back to the first line.
    pub fn reset(&mut self) {
        self.top = 0;
    }
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
