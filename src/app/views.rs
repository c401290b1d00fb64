//! Read-only views of past sessions: review one, compare two, follow a series.

use crate::domain::privacy::protect_among;
use crate::domain::session::Session;

pub use crate::report::review::Grouping;

#[derive(Debug, Clone)]
pub enum View {
    /// A session read-only; tab 0 is the overview, then one tab per dimension.
    Review {
        session: Box<Session>,
        previous: Option<Box<Session>>,
        tab: usize,
        grouping: Grouping,
        scroll: u16,
    },
    Compare {
        earlier: Box<Session>,
        later: Box<Session>,
        scroll: u16,
    },
    Trend {
        series: String,
        selected: usize,
    },
}

/// The session as it may be shown on a screen others can see: names only with consent.
pub fn shown(s: &Session, all: &[crate::store::Listed]) -> Box<Session> {
    let others = crate::domain::digest::withheld_names(all.iter().map(|l| &l.digest));
    Box::new(protect_among(s, false, &others))
}
