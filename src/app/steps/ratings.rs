//! Each voice's level for a dimension, with a reason; hidden from the room until the
//! facilitator reveals them, so that early ratings do not sway later ones.

use ratatui_textarea::TextArea;

use super::{Cx, StepState};
use crate::app::form::{editor, text_of};
use crate::app::keys::Ctx;
use crate::app::{Action, Confirm, Overlay};
use crate::domain::edit::Removed;
use crate::domain::framework::Framework;
use crate::domain::session::Session;
use crate::store::draft::Draft;

#[derive(Debug)]
pub struct RatingState {
    pub dim: usize,
    pub selected: usize,
    pub reason: Option<TextArea<'static>>,
    /// The rating just removed, to bring back.
    removed: Option<Removed>,
}

impl RatingState {
    pub fn new(dim: usize) -> RatingState {
        RatingState {
            dim,
            selected: 0,
            reason: None,
            removed: None,
        }
    }

    /// A reason is typed into only when it is empty, or opened with Enter: a digit or a
    /// letter never adds to one already said.
    fn open_if_empty(&mut self, cx: &mut Cx, reason: Option<String>) {
        match reason {
            Some(r) if r.is_empty() => self.reason = Some(editor("")),
            Some(_) => {
                let text = crate::t!(
                    cx.i18n,
                    "reason-open-with",
                    key = cx.key(Ctx::Ratings, Action::Focus)
                );
                cx.out.message = Some(crate::app::Message { text, error: false });
            }
            None => {
                let text = crate::t!(cx.i18n, "rate-first", max = cx.fw.max_level());
                cx.out.message = Some(crate::app::Message { text, error: false });
            }
        }
    }

    /// The voice selected, if the room has any.
    fn voice(&self, s: &Session) -> Option<u32> {
        let n = s.voices.len();
        s.voices
            .get(self.selected.min(n.saturating_sub(1)))
            .map(|v| v.id)
    }

    fn save_reason(&mut self, cx: &mut Cx, voice: u32) {
        if let Some(reason) = self.reason.take() {
            let dim = cx.dim_id(self.dim);
            let text = text_of(&reason).trim().to_string();
            cx.out.changed |= cx.session.set_reason(&dim, voice, &text);
            cx.check_names(super::TextRef::Reason {
                dim: self.dim,
                voice,
            });
        }
    }

    fn act_on(&mut self, cx: &mut Cx, voice: u32, action: Action) {
        let dim = cx.dim_id(self.dim);
        let max = cx.fw.max_level();
        let last = cx.session.voices.len() - 1;
        let level = |s: &Session| {
            s.dimension(&dim)
                .and_then(|r| r.ratings.iter().find(|r| r.voice == voice))
                .map(|r| (r.level, r.reason.clone()))
        };
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Digit(l) if l <= max => {
                cx.out.changed |= cx.session.rate(&dim, voice, l);
                let reason = level(cx.session).map(|(_, r)| r);
                self.open_if_empty(cx, reason);
            }
            Action::Add => self.open_if_empty(cx, level(cx.session).map(|(_, r)| r)),
            Action::Digit(_) => {
                let text = crate::t!(cx.i18n, "problem-level-range", max = max);
                cx.warn(text);
            }
            Action::Left | Action::Right => {
                let now = level(cx.session).map_or(0, |(l, _)| l);
                let to = if action == Action::Left {
                    now.saturating_sub(1)
                } else {
                    (now + 1).min(max)
                };
                cx.out.changed |= cx.session.rate(&dim, voice, to);
            }
            // A rating and its reason go only once asked, as any record does.
            Action::ClearRating if level(cx.session).is_some() => {
                cx.ask(Overlay::Confirm(Confirm::ClearRating(voice)));
            }
            Action::Undo => {
                cx.put_back(self.removed.take(), "rating-back");
            }
            Action::Focus => {
                if let Some((_, reason)) = level(cx.session) {
                    self.reason = Some(editor(&reason));
                }
            }
            Action::Reveal => cx.out.changed |= cx.session.toggle_reveal(&dim),
            _ => {}
        }
    }
}

impl StepState for RatingState {
    fn contexts(&self) -> Vec<Ctx> {
        if self.reason.is_some() {
            vec![Ctx::Editor]
        } else {
            vec![Ctx::Ratings, Ctx::Capture]
        }
    }

    fn act(&mut self, cx: &mut Cx, action: Action) {
        let Some(voice) = self.voice(cx.session) else {
            if action == Action::Reveal {
                let dim = cx.dim_id(self.dim);
                cx.out.changed |= cx.session.toggle_reveal(&dim);
            }
            return;
        };
        if let Some(reason) = &mut self.reason {
            match action {
                Action::Newline => reason.insert_newline(),
                Action::Submit | Action::Back => {
                    self.save_reason(cx, voice);
                    if action == Action::Submit {
                        self.selected = (self.selected + 1).min(cx.session.voices.len() - 1);
                    }
                }
                _ => {}
            }
            return;
        }
        self.act_on(cx, voice, action);
    }

    fn editor(&mut self) -> Option<&mut TextArea<'static>> {
        self.reason.as_mut()
    }

    fn is_open(&self) -> bool {
        self.reason.is_some()
    }

    fn can_undo(&self) -> bool {
        self.removed.is_some()
    }

    fn confirmed(&mut self, cx: &mut Cx, what: Confirm) {
        if let Confirm::ClearRating(voice) = what {
            let dim = cx.dim_id(self.dim);
            let taken = cx.session.take_rating(&dim, voice);
            self.removed = cx.deleted(taken, "rating-cleared", Ctx::Ratings);
        }
    }

    fn has_items(&self, session: &Session, _fw: &Framework) -> bool {
        !session.voices.is_empty()
    }

    fn draft(&self, session: &Session, fw: &Framework) -> Option<Draft> {
        let text = text_of(self.reason.as_ref()?);
        let voice = self.voice(session)?;
        let dim = &fw.dimensions[self.dim].id;
        let stored = session
            .dimension(dim)
            .and_then(|r| r.ratings.iter().find(|r| r.voice == voice))
            .map(|r| r.reason.as_str());
        (!text.trim().is_empty() && stored != Some(text.as_str())).then(|| Draft {
            step: format!("{dim}/ratings"),
            field: "reason".into(),
            text,
            voice: Some(voice),
            ..Draft::default()
        })
    }

    fn restore(&mut self, session: &Session, _fw: &Framework, d: &Draft) -> bool {
        if d.field != "reason" {
            return false;
        }
        let Some(at) = d
            .voice
            .and_then(|v| session.voices.iter().position(|w| w.id == v))
        else {
            return false;
        };
        self.selected = at;
        self.reason = Some(editor(&d.text));
        true
    }

    fn leave(&mut self, cx: &mut Cx) -> bool {
        if let Some(voice) = self.voice(cx.session) {
            self.save_reason(cx, voice);
        }
        self.reason = None;
        true
    }
}
