//! The home screen's actions and the read-only views opened from it (review, compare,
//! trend).

use super::keys::Ctx;
use super::{Action, App, Effect, Effects, Overlay, ReadFor, Screen, views};
use crate::domain::digest::Digest;
use crate::domain::session::Session;
use crate::store::Listed;
use crate::store::previous_meeting;

impl App {
    pub(super) fn home(&mut self, action: Action) -> Effects {
        let n = self.sessions.len();
        let last = n.saturating_sub(1);
        match action {
            Action::Up => self.home_selected = self.home_selected.saturating_sub(1),
            Action::Down => self.home_selected = (self.home_selected + 1).min(last),
            Action::PageUp => self.home_selected = self.home_selected.saturating_sub(10),
            Action::PageDown => self.home_selected = (self.home_selected + 10).min(last),
            Action::NewSession => {
                self.new_session();
                return vec![Effect::ReadNewDraft];
            }
            Action::NextMeeting => return self.next_meeting(),
            Action::Open => {
                if let Some(l) = self.sessions.get(self.home_selected) {
                    let previous = self.previous_of(l).map(|p| p.path.clone());
                    return vec![Effect::Open {
                        path: l.path.clone(),
                        previous,
                    }];
                }
            }
            Action::Back => return vec![Effect::Quit],
            Action::Review => return self.open_review(self.home_selected),
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
            Action::Compare => return self.open_compare(),
            Action::Trend => self.open_trend(),
            Action::Series => self.open_series(None),
            Action::Report => return self.read_for_report(self.home_selected),
            _ => {}
        }
        Vec::new()
    }

    /// Reads the latest meeting of the selected session's series, to continue it.
    fn next_meeting(&mut self) -> Effects {
        let Some(l) = self.sessions.get(self.home_selected) else {
            return Vec::new();
        };
        let series = l.digest.series.clone();
        if series.trim().is_empty() {
            self.say("no-series");
            return Vec::new();
        }
        self.next_of(&series)
    }

    /// Reads the latest meeting of `series`, to continue it.
    pub(super) fn next_of(&self, series: &str) -> Effects {
        let latest = self
            .sessions
            .iter()
            .filter(|x| x.digest.series == series)
            .max_by_key(|x| x.digest.started);
        latest.map_or_else(Vec::new, |x| {
            vec![Effect::Read {
                paths: vec![x.path.clone()],
                then: ReadFor::NextMeeting,
            }]
        })
    }

    fn previous_of(&self, l: &Listed) -> Option<&Listed> {
        previous_meeting(
            &self.sessions,
            &l.digest.series,
            &l.digest.id,
            l.digest.started,
        )
    }

    /// The `n`th session of the list read-only, with the previous meeting of its series.
    fn open_review(&self, n: usize) -> Effects {
        self.read_with_previous(n, ReadFor::Review)
    }

    /// The `n`th session of the list and the previous meeting of its series, read for
    /// its printable report.
    fn read_for_report(&self, n: usize) -> Effects {
        self.read_with_previous(n, ReadFor::Report)
    }

    /// Every meeting of `series`, read for the series' printable report.
    fn read_series_for_report(&self, series: &str) -> Effects {
        let paths: Vec<_> = self
            .sessions
            .iter()
            .filter(|l| l.digest.series == series)
            .map(|l| l.path.clone())
            .collect();
        if paths.is_empty() {
            return Vec::new();
        }
        vec![Effect::Read {
            paths,
            then: ReadFor::SeriesReport,
        }]
    }

    fn read_with_previous(&self, n: usize, then: ReadFor) -> Effects {
        let Some(l) = self.sessions.get(n) else {
            return Vec::new();
        };
        let mut paths = vec![l.path.clone()];
        paths.extend(self.previous_of(l).map(|p| p.path.clone()));
        vec![Effect::Read { paths, then }]
    }

    /// The selected session against the marked one, or else against the previous
    /// meeting of its series.
    fn open_compare(&mut self) -> Effects {
        let Some(l) = self.sessions.get(self.home_selected) else {
            return Vec::new();
        };
        let other = match self.marked.filter(|m| *m != self.home_selected) {
            Some(m) => self.sessions.get(m),
            None => self.previous_of(l),
        };
        let Some(other) = other else {
            let text = crate::t!(
                self.i18n,
                "no-previous-to-compare",
                mark = self.key(Ctx::Home, Action::Mark),
                compare = self.key(Ctx::Home, Action::Compare)
            );
            self.message = Some(super::Message { text, error: false });
            return Vec::new();
        };
        let mut paths = vec![l.path.clone(), other.path.clone()];
        // And the meetings between them, for what became of the actions meanwhile.
        let (a, b) = if l.digest.started <= other.digest.started {
            (&l.digest, &other.digest)
        } else {
            (&other.digest, &l.digest)
        };
        if a.series == b.series && !a.series.trim().is_empty() {
            paths.extend(
                self.sessions
                    .iter()
                    .filter(|x| {
                        x.digest.series == a.series
                            && x.digest.started > a.started
                            && x.digest.started < b.started
                    })
                    .map(|x| x.path.clone()),
            );
        }
        self.marked = None;
        vec![Effect::Read {
            paths,
            then: ReadFor::Compare,
        }]
    }

    fn open_trend(&mut self) {
        let Some(l) = self.sessions.get(self.home_selected) else {
            return;
        };
        if l.digest.series.trim().is_empty() {
            self.say("no-series");
            return;
        }
        let series = l.digest.series.clone();
        let id = l.digest.id.clone();
        self.open_trend_of(series, Some(&id), false);
    }

    /// The trend of `series`, on the meeting `id` (else its first).
    fn open_trend_of(&mut self, series: String, id: Option<&str>, from_series: bool) {
        let tr = crate::domain::trend::trend(
            &series,
            self.sessions.iter().map(|l| &l.digest),
            &self.framework,
        );
        let selected = tr
            .points
            .iter()
            .position(|p| Some(p.id.as_str()) == id)
            .unwrap_or(tr.points.len().saturating_sub(1));
        let gate = views::gate(&self.sessions);
        let meetings: Vec<_> = self
            .sessions
            .iter()
            .filter(|l| l.digest.series == series)
            .map(|l| gate.digest(&l.digest))
            .collect();
        let trend = crate::domain::trend::trend(&series, &meetings, &self.framework);
        self.screen = Screen::View(views::View::Trend(views::TrendView {
            series,
            selected,
            trend,
            by_group: None,
            from_series,
            cells: views::Memo::default(),
        }));
    }

    /// The series screen, on `series` if given. Built from the digests as the gate lets
    /// them out, like the home list, so it opens as fast.
    pub(super) fn open_series(&mut self, series: Option<&str>) {
        let gate = views::gate(&self.sessions);
        let digests: Vec<Digest> = self
            .sessions
            .iter()
            .map(|l| gate.digest(&l.digest))
            .collect();
        let lines =
            crate::domain::overview::overview(&digests, &self.framework, self.now.date_naive());
        if lines.is_empty() {
            self.say("series-none");
            return;
        }
        let selected = series
            .and_then(|s| lines.iter().position(|o| o.series == s))
            .unwrap_or(0);
        self.screen = Screen::View(views::View::Series(views::SeriesView { selected, lines }));
    }

    /// Sessions read in full for a view or a report: shown as others may see them.
    pub(super) fn read_for(&mut self, then: ReadFor, mut sessions: Vec<Session>) -> Effects {
        let view = match then {
            ReadFor::Report => {
                let mut it = sessions.into_iter();
                let Some(session) = it.next() else {
                    return Vec::new();
                };
                let session = views::shown(&session, &self.sessions);
                let previous = it.next().map(|p| views::shown(&p, &self.sessions));
                return self.report(&session, previous.as_deref());
            }
            ReadFor::SeriesReport => return self.series_report(&sessions),
            ReadFor::NextMeeting => {
                let Some(previous) = sessions.pop() else {
                    return Vec::new();
                };
                let s = crate::domain::series::next_meeting(
                    &previous,
                    crate::domain::ids::new_session_id(),
                    self.now,
                    &self.framework,
                );
                self.open(s, None, Some(previous));
                self.say("next-meeting-started");
                return Vec::new();
            }
            ReadFor::Review => {
                let mut it = sessions.into_iter();
                let Some(session) = it.next() else {
                    return Vec::new();
                };
                views::View::Review {
                    session: views::shown(&session, &self.sessions),
                    previous: it.next().map(|p| views::shown(&p, &self.sessions)),
                    tab: 0,
                    grouping: views::Grouping::None,
                    scroll: views::Scroll::default(),
                }
            }
            ReadFor::Compare => {
                // Always the earlier on the left; those in between for the actions.
                sessions.sort_by_key(|s| s.started);
                if sessions.len() < 2 {
                    return Vec::new();
                }
                let later = sessions.pop().expect("two at least");
                let earlier = sessions.remove(0);
                let gate = views::gate(&self.sessions);
                views::View::Compare {
                    earlier: Box::new(gate.session(&earlier)),
                    later: Box::new(gate.session(&later)),
                    between: sessions.iter().map(|s| gate.session(s)).collect(),
                    scroll: views::Scroll::default(),
                    laid: views::Laid::default(),
                }
            }
        };
        self.screen = Screen::View(view);
        Vec::new()
    }

    /// p on a view: the report of what it shows (a session, or a whole series).
    fn view_report(&self) -> Effects {
        match self.view() {
            Some(views::View::Review {
                session, previous, ..
            }) => self.report(session, previous.as_deref()),
            Some(views::View::Trend(t)) => self.read_series_for_report(&t.series),
            Some(views::View::Series(v)) => v
                .lines
                .get(v.selected)
                .map_or_else(Vec::new, |o| self.read_series_for_report(&o.series)),
            Some(views::View::Compare { .. }) | None => Vec::new(),
        }
    }

    pub(super) fn view_action(&mut self, action: Action) -> Effects {
        if action == Action::Report {
            return self.view_report();
        }
        let dims = self.framework.dimensions.len();
        let sessions = &self.sessions;
        let Screen::View(view) = &mut self.screen else {
            return Vec::new();
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
                    scroll.reset();
                }
                Action::PrevTab => {
                    *tab = (*tab + dims) % (dims + 1);
                    scroll.reset();
                }
                Action::Grouping => *grouping = grouping.next(),
                Action::Back => self.screen = Screen::Home,
                other => scroll.by(other),
            },
            views::View::Compare { scroll, .. } => match action {
                Action::Back => self.screen = Screen::Home,
                other => scroll.by(other),
            },
            views::View::Trend(views::TrendView {
                series,
                selected,
                by_group,
                from_series,
                ..
            }) => {
                let ids = series_ids(sessions, series);
                match action {
                    Action::Up => *selected = selected.saturating_sub(1),
                    Action::Down => *selected = (*selected + 1).min(ids.len().saturating_sub(1)),
                    // g: the chart, then each dimension by stakeholder group, then the chart.
                    Action::Grouping => {
                        *by_group = match *by_group {
                            None if dims > 0 => Some(0),
                            Some(n) if n + 1 < dims => Some(n + 1),
                            _ => None,
                        };
                    }
                    Action::NextTab | Action::PrevTab if by_group.is_some() => {
                        let n = by_group.unwrap_or(0);
                        *by_group = Some(if action == Action::NextTab {
                            (n + 1) % dims
                        } else {
                            (n + dims - 1) % dims
                        });
                    }
                    Action::Open => {
                        let at = ids
                            .get(*selected)
                            .and_then(|id| sessions.iter().position(|l| &l.digest.id == id));
                        if let Some(i) = at {
                            self.home_selected = i;
                            self.screen = Screen::Home;
                            return self.open_review(i);
                        }
                    }
                    Action::Back if *from_series => {
                        let series = series.clone();
                        self.open_series(Some(&series));
                    }
                    Action::Back => self.screen = Screen::Home,
                    _ => {}
                }
            }
            views::View::Series(v) => {
                let n = v.lines.len();
                let series = v.lines.get(v.selected).map(|o| o.series.clone());
                match action {
                    Action::Up => v.selected = v.selected.saturating_sub(1),
                    Action::Down => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
                    Action::Open => {
                        if let Some(s) = series {
                            self.open_trend_of(s, None, true);
                        }
                    }
                    Action::NextMeeting => {
                        if let Some(s) = series {
                            return self.next_of(&s);
                        }
                    }
                    Action::Back => self.screen = Screen::Home,
                    _ => {}
                }
            }
        }
        Vec::new()
    }
}

/// The ids of a series' meetings, oldest first.
fn series_ids(sessions: &[Listed], series: &str) -> Vec<String> {
    let mut v: Vec<&Digest> = sessions
        .iter()
        .map(|l| &l.digest)
        .filter(|s| s.series == series)
        .collect();
    v.sort_by_key(|s| s.started);
    v.iter().map(|s| s.id.clone()).collect()
}
