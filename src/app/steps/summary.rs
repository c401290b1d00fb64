//! The summary: agreed levels against the previous meeting, who took part, every action;
//! the session is finished from here.

use super::{Cx, StepState};
use crate::app::keys::Ctx;
use crate::app::{Action, Confirm, Overlay};

#[derive(Debug, Default)]
pub struct SummaryState {
    /// Lines scrolled in the lists, which a small screen cannot hold.
    pub scroll: u16,
}

impl StepState for SummaryState {
    fn contexts(&self) -> Vec<Ctx> {
        vec![Ctx::Summary, Ctx::Browse]
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        // Enough for every wrapped line of the lists; drawing stops at the end.
        let most = u16::try_from(cx.session.all_actions().count() * 4 + 20).unwrap_or(u16::MAX);
        match action {
            Action::Finish => cx.ask(Overlay::Confirm(Confirm::Finish)),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = (self.scroll + 1).min(most),
            _ => {}
        }
    }

    fn confirmed(&mut self, cx: &mut Cx, what: Confirm) {
        if what == Confirm::Finish {
            let now = cx.now;
            cx.out.changed |= cx.session.finish(now);
        }
    }
}
