//! A dimension's card: its definition, the questions for the room, what each level means.

use super::{Cx, StepState};
use crate::app::Action;
use crate::app::keys::Ctx;

#[derive(Debug, Default)]
pub struct CardState {
    pub scroll: u16,
}

impl StepState for CardState {
    fn contexts(&self) -> Vec<Ctx> {
        vec![Ctx::Scroll, Ctx::Browse]
    }

    fn act(&mut self, _cx: &mut Cx, action: Action) {
        match action {
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = self.scroll.saturating_add(1),
            _ => {}
        }
    }
}
