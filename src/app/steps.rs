//! The steps of a workshop. Each step is a file of `steps/` that holds its screen's
//! state, the keys it takes, what they do and the text it keeps as a draft; its view is
//! a file of `ui/steps/`; its label and time-box are an entry of the framework's
//! `steps` (checked against `Framework::stages` when the framework loads).

pub mod actions;
pub mod agreement;
pub mod card;
pub mod contributions;
pub mod ratings;
pub mod review;
pub mod room;
pub mod setup;
pub mod summary;

use chrono::{DateTime, FixedOffset};
use ratatui_textarea::TextArea;

use super::form::Form;
use super::keys::Ctx;
use super::{Action, Confirm, Message, Overlay, Picker};
use crate::domain::edit::Removed;
use crate::domain::framework::{Framework, Stage};
use crate::domain::session::Session;
use crate::i18n::I18n;
use crate::store::draft::Draft;

/// The parts of a dimension, in the order a room goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sub {
    Card,
    Contributions,
    Ratings,
    Agreement,
    Actions,
}

impl Sub {
    pub const ALL: [Sub; 5] = [
        Sub::Card,
        Sub::Contributions,
        Sub::Ratings,
        Sub::Agreement,
        Sub::Actions,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Sub::Card => "card",
            Sub::Contributions => "contributions",
            Sub::Ratings => "ratings",
            Sub::Agreement => "agreement",
            Sub::Actions => "actions",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Sub::Card => "step-card",
            Sub::Contributions => "step-contributions",
            Sub::Ratings => "step-ratings",
            Sub::Agreement => "step-agreement",
            Sub::Actions => "step-actions",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Setup,
    Room,
    Review,
    Dim(usize, Sub),
    Summary,
}

impl Step {
    /// Every step of a workshop run with `fw`, in order: each stage of the framework,
    /// a dimension's in its five parts.
    pub fn all(fw: &Framework) -> Vec<Step> {
        fw.stages()
            .into_iter()
            .flat_map(|stage| match stage {
                Stage::Setup => vec![Step::Setup],
                Stage::Room => vec![Step::Room],
                Stage::Review => vec![Step::Review],
                Stage::Dimension(d) => Sub::ALL.iter().map(|s| Step::Dim(d, *s)).collect(),
                Stage::Summary => vec![Step::Summary],
            })
            .collect()
    }

    /// The stage of the framework this step belongs to (and counts its time against).
    pub fn stage(self) -> Stage {
        match self {
            Step::Setup => Stage::Setup,
            Step::Room => Stage::Room,
            Step::Review => Stage::Review,
            Step::Dim(d, _) => Stage::Dimension(d),
            Step::Summary => Stage::Summary,
        }
    }

    /// How the step is recorded in the session file to resume there.
    pub fn id(self, fw: &Framework) -> String {
        match self {
            Step::Dim(d, sub) => format!("{}/{}", fw.dimensions[d].id, sub.id()),
            other => other.stage().id(fw).to_string(),
        }
    }

    /// A bare dimension id (as a hand-edited file may say) means its card.
    pub fn parse(id: &str, fw: &Framework) -> Option<Step> {
        Step::all(fw)
            .into_iter()
            .find(|s| s.id(fw) == id)
            .or_else(|| {
                fw.dimensions
                    .iter()
                    .position(|d| d.id == id)
                    .map(|d| Step::Dim(d, Sub::Card))
            })
    }

    /// The framework step whose time-box this step counts against.
    pub fn timebox(self, fw: &Framework) -> &str {
        self.stage().id(fw)
    }
}

/// A text of the session that may name someone, to put a pseudonym in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRef {
    Contribution {
        dim: usize,
        index: usize,
    },
    Reason {
        dim: usize,
        voice: u32,
    },
    Rationale {
        dim: usize,
    },
    /// An action's text and who carries it.
    Action {
        dim: usize,
        id: u32,
    },
    ReviewNote {
        index: usize,
    },
}

impl TextRef {
    /// The texts it points at, to read or to change.
    fn texts<'a>(self, s: &'a mut Session, fw: &Framework) -> Vec<&'a mut String> {
        let dim = |d: usize| fw.dimensions[d].id.clone();
        match self {
            TextRef::Contribution { dim: d, index } => s
                .dimension_mut(&dim(d))
                .contributions
                .get_mut(index)
                .map(|c| vec![&mut c.text])
                .unwrap_or_default(),
            TextRef::Reason { dim: d, voice } => s
                .dimension_mut(&dim(d))
                .ratings
                .iter_mut()
                .find(|r| r.voice == voice)
                .map(|r| vec![&mut r.reason])
                .unwrap_or_default(),
            TextRef::Rationale { dim: d } => vec![&mut s.dimension_mut(&dim(d)).rationale],
            TextRef::Action { dim: d, id } => s
                .dimension_mut(&dim(d))
                .actions
                .iter_mut()
                .find(|a| a.id == id)
                .map(|a| vec![&mut a.text, &mut a.owner])
                .unwrap_or_default(),
            TextRef::ReviewNote { index } => s
                .action_review
                .get_mut(index)
                .map(|r| vec![&mut r.note])
                .unwrap_or_default(),
        }
    }

    /// The names of voices without consent the texts hold, with their pseudonyms.
    pub fn names(self, s: &Session, fw: &Framework) -> Vec<(String, String)> {
        let mut copy = s.clone();
        let texts: Vec<String> = self
            .texts(&mut copy, fw)
            .into_iter()
            .map(|t| t.clone())
            .collect();
        let mut out = Vec::new();
        for t in texts {
            for found in crate::domain::privacy::names_in(s, &t) {
                if !out.contains(&found) {
                    out.push(found);
                }
            }
        }
        out
    }

    /// Puts the pseudonyms in place of those names; says whether anything changed.
    pub fn pseudonymise(self, s: &mut Session, fw: &Framework) -> bool {
        let reference = s.clone();
        let mut changed = false;
        for t in self.texts(s, fw) {
            let new = crate::domain::privacy::pseudonymise(&reference, t);
            if new != *t {
                *t = new;
                changed = true;
            }
        }
        changed
    }
}

/// What a step is given to act: the session and what surrounds it. It reports what it
/// did on `out`, and the app turns that into effects (a save when something changed).
pub struct Cx<'a> {
    pub session: &'a mut Session,
    /// The previous meeting of the series, if any.
    pub previous: Option<&'a Session>,
    pub fw: &'a Framework,
    pub i18n: &'a I18n,
    pub now: DateTime<FixedOffset>,
    /// The series of the folder, most recent first (for the set-up's picker).
    pub series: &'a [String],
    /// The highest person number the series' other meetings use.
    pub people: u32,
    /// Everyone of the series' other meetings, as last seen, most recent first (given
    /// to the room step only).
    pub roster: &'a [crate::domain::digest::Seen],
    pub out: Outcome,
}

#[derive(Debug, Default)]
pub struct Outcome {
    /// The session changed and must be saved.
    pub changed: bool,
    pub overlay: Option<Overlay>,
    pub message: Option<Message>,
    /// Go on to the next step.
    pub next_step: bool,
    /// A text just saved names someone who did not consent.
    pub named: Option<TextRef>,
}

impl Cx<'_> {
    pub fn ask(&mut self, overlay: Overlay) {
        self.out.overlay = Some(overlay);
    }

    pub fn say(&mut self, msg_id: &str) {
        self.out.message = Some(Message {
            text: self.i18n.t(msg_id),
            error: false,
        });
    }

    pub fn warn(&mut self, text: String) {
        self.out.message = Some(Message { text, error: true });
    }

    /// A text was saved: if it names someone who did not consent, the facilitator is
    /// told at once, with the key that puts their pseudonym in its place. Nothing
    /// waits for an answer: typing goes on, and the text stays as typed unless asked.
    pub fn check_names(&mut self, at: TextRef) {
        if !at.names(self.session, self.fw).is_empty() {
            self.out.named = Some(at);
        }
    }

    /// Something was just deleted (or not, if it was gone already): the session has
    /// changed, and the message says so with the key that brings it back.
    pub fn deleted(&mut self, removed: Option<Removed>, msg_id: &str, ctx: Ctx) -> Option<Removed> {
        if removed.is_some() {
            self.out.changed = true;
            let key = self.key(ctx, Action::Undo);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("key", key);
            let text = self.i18n.ta(msg_id, &args);
            self.out.message = Some(Message { text, error: false });
        }
        removed
    }

    /// Puts back what was deleted; where it stands again, to select it.
    pub fn put_back(&mut self, removed: Option<Removed>, msg_id: &str) -> Option<usize> {
        let removed = removed?;
        let at = removed.at();
        self.session.put_back(removed).then(|| {
            self.out.changed = true;
            self.say(msg_id);
            at
        })
    }

    /// The label of the key for `action` in `ctx`, for a message that names it.
    pub fn key(&self, ctx: Ctx, action: Action) -> String {
        let labels = super::keys::Labels {
            i18n: self.i18n,
            max_level: self.fw.max_level(),
        };
        super::keys::key_for(ctx, action, &labels)
    }

    /// The person number for a voice new to the series.
    pub fn new_person(&self) -> u32 {
        crate::domain::series::next_person(
            self.session
                .voices
                .iter()
                .map(|v| v.person)
                .chain([self.people]),
        )
    }

    /// The id of the framework's `d`th dimension.
    pub fn dim_id(&self, d: usize) -> String {
        self.fw.dimensions[d].id.clone()
    }
}

/// What every step does. Defaults are for steps that have nothing of the kind.
pub trait StepState {
    /// The key contexts of the step, most specific first (the workshop's and the
    /// global ones follow).
    fn contexts(&self) -> Vec<Ctx>;

    fn act(&mut self, cx: &mut Cx, action: Action);

    /// The editor typed text goes to, if one is open.
    fn editor(&mut self) -> Option<&mut TextArea<'static>> {
        None
    }

    /// The form open in the step, if any.
    fn form(&self) -> Option<&Form> {
        None
    }

    /// Whether something is open inside the step, which Esc closes before leaving.
    fn is_open(&self) -> bool {
        false
    }

    /// Whether the list of the step holds items (for the keys that act on one).
    fn has_items(&self, _session: &Session, _fw: &Framework) -> bool {
        false
    }

    /// Text typed and not yet in the session, to keep beside it.
    fn draft(&self, _session: &Session, _fw: &Framework) -> Option<Draft> {
        None
    }

    /// Puts back a draft of this step's; false if it is not one.
    fn restore(&mut self, _session: &Session, _fw: &Framework, _d: &Draft) -> bool {
        false
    }

    /// The facilitator moves to another step: text typed for a record goes into it.
    /// False when the step cannot be left as it is (the set-up without a title).
    fn leave(&mut self, _cx: &mut Cx) -> bool {
        true
    }

    /// Text was typed into the step's editor (what waits for a next key forgets it).
    fn typed(&mut self) {}

    /// A printable key with no editor to go to (a choice of a form takes it).
    fn type_char(&mut self, _c: char) {}

    /// Whether something just deleted can come back.
    fn can_undo(&self) -> bool {
        false
    }

    /// The session is closed (home, quit, a signal): what is confirmed goes into it. A
    /// form the facilitator has not confirmed stays as typed, kept as a draft, and is
    /// never saved as a record.
    fn close(&mut self, cx: &mut Cx) {
        self.leave(cx);
    }

    /// A confirmation this step asked for was answered yes.
    fn confirmed(&mut self, _cx: &mut Cx, _what: Confirm) {}

    /// A choice was made in a picker this step opened.
    fn picked(&mut self, _cx: &mut Cx, _picker: &Picker, _index: usize) {}
}
