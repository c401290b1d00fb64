//! A dimension's card: its definition, the questions for the room, what each level means.

use super::{Cx, StepState};
use crate::app::Action;
use crate::app::keys::Ctx;

#[derive(Debug, Default)]
pub struct CardState {
    pub scroll: crate::app::views::Scroll,
}

impl StepState for CardState {
    fn contexts(&self) -> Vec<Ctx> {
        vec![Ctx::Scroll, Ctx::Browse]
    }

    fn act(&mut self, _cx: &mut Cx, action: Action) {
        if matches!(action, Action::Up | Action::Down) {
            self.scroll.by(action);
        }
    }
}
