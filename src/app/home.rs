//! The home screen's actions and the read-only views opened from it (review, compare,
//! trend).

use super::folder::previous_meeting;
use super::{Action, App, Overlay, views};
use crate::domain::digest::Digest;

impl App {
    pub(super) fn home(&mut self, action: Action) {
        let n = self.sessions.len();
        match action {
            Action::Up => self.home_selected = self.home_selected.saturating_sub(1),
            Action::Down => self.home_selected = (self.home_selected + 1).min(n.saturating_sub(1)),
            Action::PageUp => self.home_selected = self.home_selected.saturating_sub(10),
            Action::PageDown => {
                self.home_selected = (self.home_selected + 10).min(n.saturating_sub(1));
            }
            Action::NewSession => self.new_session(),
            Action::Open => {
                if let Some(l) = self.sessions.get(self.home_selected).cloned()
                    && let Some(s) = self.read(&l)
                {
                    self.open(s, Some(l.path));
                }
            }
            Action::Back => self.quit = true,
            Action::Review => {
                if let Some(l) = self.sessions.get(self.home_selected).cloned()
                    && let Some(session) = self.read(&l)
                {
                    let previous = previous_meeting(
                        &self.sessions,
                        &l.digest.series,
                        &l.digest.id,
                        l.digest.started,
                    )
                    .cloned()
                    .and_then(|p| self.read(&p))
                    .map(|p| views::shown(&p, &self.sessions));
                    self.view = Some(views::View::Review {
                        session: views::shown(&session, &self.sessions),
                        previous,
                        tab: 0,
                        grouping: views::Grouping::None,
                        scroll: 0,
                    });
                }
            }
            Action::ShowErrors if !self.load_errors.is_empty() => {
                self.overlay = Overlay::Errors(0);
            }
            Action::Mark => {
                self.marked = if self.marked == Some(self.home_selected) {
                    None
                } else {
                    Some(self.home_selected)
                };
            }
            Action::Compare => self.open_compare(),
            Action::Trend => {
                if let Some(l) = self.sessions.get(self.home_selected) {
                    if l.digest.series.trim().is_empty() {
                        self.say("no-series");
                        return;
                    }
                    let series = l.digest.series.clone();
                    let tr = crate::domain::trend::trend(
                        &series,
                        self.sessions.iter().map(|l| &l.digest),
                        &self.framework,
                    );
                    let selected = tr
                        .points
                        .iter()
                        .position(|p| p.id == l.digest.id)
                        .unwrap_or(0);
                    self.view = Some(views::View::Trend { series, selected });
                }
            }
            _ => {}
        }
    }

    /// The selected session against the marked one, or else against the previous
    /// meeting of its series; always the earlier on the left.
    fn open_compare(&mut self) {
        let Some(l) = self.sessions.get(self.home_selected).cloned() else {
            return;
        };
        let other = match self.marked.filter(|m| *m != self.home_selected) {
            Some(m) => self.sessions.get(m),
            None => previous_meeting(
                &self.sessions,
                &l.digest.series,
                &l.digest.id,
                l.digest.started,
            ),
        };
        let Some(other) = other.cloned() else {
            self.say("no-previous-to-compare");
            return;
        };
        let (Some(this), Some(other)) = (self.read(&l), self.read(&other)) else {
            return;
        };
        let (a, b) = if other.started <= this.started {
            (other, this)
        } else {
            (this, other)
        };
        self.view = Some(views::View::Compare {
            earlier: views::shown(&a, &self.sessions),
            later: views::shown(&b, &self.sessions),
            scroll: 0,
        });
        self.marked = None;
    }

    pub(super) fn view_action(&mut self, action: Action) {
        let dims = self.framework.dimensions.len();
        let Some(view) = self.view.as_mut() else {
            return;
        };
        match view {
            views::View::Review {
                tab,
                grouping,
                scroll,
                ..
            } => match action {
                Action::NextTab => {
                    *tab = (*tab + 1) % (dims + 1);
                    *scroll = 0;
                }
                Action::PrevTab => {
                    *tab = (*tab + dims) % (dims + 1);
                    *scroll = 0;
                }
                Action::Grouping => *grouping = grouping.next(),
                Action::Back => self.close_view(),
                other => scroll_by(scroll, other),
            },
            views::View::Compare { scroll, .. } => match action {
                Action::Back => self.close_view(),
                other => scroll_by(scroll, other),
            },
            views::View::Trend { series, selected } => {
                let ids: Vec<String> = {
                    let mut v: Vec<&Digest> = self
                        .sessions
                        .iter()
                        .map(|l| &l.digest)
                        .filter(|s| &s.series == series)
                        .collect();
                    v.sort_by_key(|s| s.started);
                    v.iter().map(|s| s.id.clone()).collect()
                };
                match action {
                    Action::Up => *selected = selected.saturating_sub(1),
                    Action::Down => *selected = (*selected + 1).min(ids.len().saturating_sub(1)),
                    Action::Open => {
                        if let Some(i) = ids
                            .get(*selected)
                            .and_then(|id| self.sessions.iter().position(|l| &l.digest.id == id))
                        {
                            self.home_selected = i;
                            self.view = None;
                            self.home(Action::Review);
                        }
                    }
                    Action::Back => self.close_view(),
                    _ => {}
                }
            }
        }
    }

    fn close_view(&mut self) {
        self.view = None;
    }
}

/// A line or a page up or down in a read-only view.
fn scroll_by(scroll: &mut u16, action: Action) {
    *scroll = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(10),
        Action::PageDown => scroll.saturating_add(10),
        _ => *scroll,
    };
}
