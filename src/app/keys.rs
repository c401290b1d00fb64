//! The one key table. It drives both the key handling and the on-screen help, so the
//! two can never disagree (the way gitui does it).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where a binding applies. The app lists the contexts active at any moment, most
/// specific first; the first binding that matches wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Global,
    /// Keys that only make sense when no text is being typed.
    Browse,
    Home,
    Workshop,
    Form,
    Setup,
    Editor,
    List,
    Contributions,
    Ratings,
    Agreement,
    Review,
    Summary,
    Picker,
    Confirm,
    Help,
    /// Read-only views: review, compare, trend.
    View,
    /// Long text to scroll (the card of a dimension, a review).
    Scroll,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Alt(KeyCode),
    Code(KeyCode),
    ShiftTab,
    /// 0 to 9, giving `Action::Digit`.
    Digits,
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub ctx: Ctx,
    pub key: Key,
    pub action: Action,
    /// Catalogue id of what the key does.
    pub msg: &'static str,
    /// Shown in the one-line hint bar.
    pub hint: bool,
}

const fn b(ctx: Ctx, key: Key, action: Action, msg: &'static str, hint: bool) -> Binding {
    Binding {
        ctx,
        key,
        action,
        msg,
        hint,
    }
}

use Action as A;
use Ctx as C;
use Key as K;

pub const TABLE: &[Binding] = &[
    // Confirmation prompts take precedence over everything.
    b(C::Confirm, K::Char('y'), A::Yes, "key-yes", true),
    b(C::Confirm, K::Char('o'), A::Yes, "key-yes", false),
    b(
        C::Confirm,
        K::Code(KeyCode::Enter),
        A::Yes,
        "key-yes",
        false,
    ),
    b(C::Confirm, K::Char('n'), A::No, "key-no", true),
    b(C::Confirm, K::Code(KeyCode::Esc), A::No, "key-no", false),
    b(C::Help, K::Code(KeyCode::Esc), A::Back, "key-close", true),
    b(C::Help, K::Char('?'), A::Back, "key-close", false),
    b(C::Help, K::Code(KeyCode::F(1)), A::Back, "key-close", false),
    b(C::Help, K::Char('q'), A::Back, "key-close", false),
    b(C::Help, K::Code(KeyCode::Up), A::Up, "key-scroll", false),
    b(C::Help, K::Code(KeyCode::Down), A::Down, "key-scroll", true),
    b(
        C::Scroll,
        K::Code(KeyCode::Down),
        A::Down,
        "key-scroll",
        true,
    ),
    b(C::Scroll, K::Code(KeyCode::Up), A::Up, "key-scroll", false),
    b(C::Picker, K::Code(KeyCode::Up), A::Up, "key-move", true),
    b(
        C::Picker,
        K::Code(KeyCode::Down),
        A::Down,
        "key-move",
        false,
    ),
    b(
        C::Picker,
        K::Code(KeyCode::Enter),
        A::Submit,
        "key-pick",
        true,
    ),
    b(
        C::Picker,
        K::Code(KeyCode::Esc),
        A::Back,
        "key-cancel",
        true,
    ),
    b(C::Picker, K::Code(KeyCode::Tab), A::Down, "key-move", false),
    // Text being typed.
    b(
        C::Editor,
        K::Code(KeyCode::Enter),
        A::Submit,
        "key-submit",
        true,
    ),
    b(
        C::Editor,
        K::Alt(KeyCode::Enter),
        A::Newline,
        "key-newline",
        true,
    ),
    b(
        C::Editor,
        K::Code(KeyCode::Esc),
        A::Back,
        "key-stop-typing",
        true,
    ),
    b(
        C::Contributions,
        K::Code(KeyCode::Tab),
        A::PickVoice,
        "key-pick-voice",
        true,
    ),
    b(
        C::Contributions,
        K::Ctrl('t'),
        A::CyclePhase,
        "key-phase",
        true,
    ),
    b(
        C::Contributions,
        K::Ctrl('k'),
        A::CycleKind,
        "key-kind",
        true,
    ),
    b(C::Setup, K::Code(KeyCode::Esc), A::Back, "key-home", true),
    b(
        C::Setup,
        K::Ctrl('o'),
        A::PickVoice,
        "key-pick-series",
        true,
    ),
    b(
        C::Form,
        K::Code(KeyCode::Tab),
        A::NextField,
        "key-next-field",
        true,
    ),
    b(C::Form, K::ShiftTab, A::PrevField, "key-prev-field", false),
    b(
        C::Form,
        K::Code(KeyCode::Down),
        A::NextField,
        "key-next-field",
        false,
    ),
    b(
        C::Form,
        K::Code(KeyCode::Up),
        A::PrevField,
        "key-prev-field",
        false,
    ),
    b(
        C::Form,
        K::Code(KeyCode::Enter),
        A::Submit,
        "key-save",
        true,
    ),
    b(C::Form, K::Code(KeyCode::Esc), A::Back, "key-cancel", true),
    b(C::Form, K::Char(' '), A::Toggle, "key-toggle", false),
    b(C::Form, K::Code(KeyCode::Left), A::Left, "key-choice", true),
    b(
        C::Form,
        K::Code(KeyCode::Right),
        A::Right,
        "key-choice",
        false,
    ),
    // Rating a voice.
    b(C::Ratings, K::Digits, A::Digit(0), "key-rate", true),
    b(
        C::Ratings,
        K::Code(KeyCode::Left),
        A::Left,
        "key-level-down",
        false,
    ),
    b(
        C::Ratings,
        K::Code(KeyCode::Right),
        A::Right,
        "key-level-up",
        false,
    ),
    b(
        C::Ratings,
        K::Code(KeyCode::Delete),
        A::ClearRating,
        "key-clear-rating",
        false,
    ),
    b(
        C::Ratings,
        K::Char('x'),
        A::ClearRating,
        "key-clear-rating",
        false,
    ),
    b(C::Ratings, K::Char('v'), A::Reveal, "key-reveal", true),
    b(
        C::Ratings,
        K::Code(KeyCode::Enter),
        A::Focus,
        "key-reason",
        true,
    ),
    b(C::Agreement, K::Digits, A::Digit(0), "key-agree", true),
    b(C::Agreement, K::Char('v'), A::Reveal, "key-reveal", true),
    b(
        C::Agreement,
        K::Code(KeyCode::Enter),
        A::Focus,
        "key-rationale",
        true,
    ),
    b(C::Agreement, K::Char('e'), A::Focus, "key-rationale", false),
    b(C::Review, K::Char('d'), A::MarkDone, "key-mark-done", true),
    b(
        C::Review,
        K::Char('p'),
        A::MarkInProgress,
        "key-mark-in-progress",
        true,
    ),
    b(
        C::Review,
        K::Char('x'),
        A::MarkDropped,
        "key-mark-dropped",
        true,
    ),
    b(
        C::Review,
        K::Code(KeyCode::Enter),
        A::Edit,
        "key-note",
        true,
    ),
    b(C::Summary, K::Char('f'), A::Finish, "key-finish", true),
    // Lists of things (voices, contributions, actions).
    b(C::List, K::Char('a'), A::Add, "key-add", true),
    b(C::List, K::Code(KeyCode::Enter), A::Edit, "key-edit", true),
    b(C::List, K::Char('e'), A::Edit, "key-edit", false),
    b(C::List, K::Char('d'), A::Delete, "key-delete", true),
    b(
        C::List,
        K::Code(KeyCode::Delete),
        A::Delete,
        "key-delete",
        false,
    ),
    b(C::List, K::Char('i'), A::Focus, "key-type", false),
    // Moving around.
    b(C::Browse, K::Code(KeyCode::Up), A::Up, "key-move", false),
    b(
        C::Browse,
        K::Code(KeyCode::Down),
        A::Down,
        "key-move",
        false,
    ),
    b(C::Browse, K::Char('k'), A::Up, "key-move", false),
    b(C::Browse, K::Char('j'), A::Down, "key-move", false),
    b(
        C::View,
        K::Code(KeyCode::Right),
        A::NextTab,
        "key-next-tab",
        true,
    ),
    b(
        C::View,
        K::Code(KeyCode::Tab),
        A::NextTab,
        "key-next-tab",
        false,
    ),
    b(
        C::View,
        K::Code(KeyCode::Left),
        A::PrevTab,
        "key-prev-tab",
        false,
    ),
    b(C::View, K::ShiftTab, A::PrevTab, "key-prev-tab", false),
    b(C::View, K::Char('g'), A::Grouping, "key-grouping", true),
    b(
        C::View,
        K::Code(KeyCode::Enter),
        A::Open,
        "key-open-meeting",
        true,
    ),
    b(
        C::View,
        K::Code(KeyCode::PageDown),
        A::PageDown,
        "key-scroll",
        false,
    ),
    b(
        C::View,
        K::Code(KeyCode::PageUp),
        A::PageUp,
        "key-scroll",
        false,
    ),
    b(C::Home, K::Char('n'), A::NewSession, "key-new", true),
    b(C::Home, K::Code(KeyCode::Enter), A::Open, "key-open", true),
    b(C::Home, K::Char('q'), A::Quit, "key-quit", true),
    b(C::Home, K::Char('e'), A::ShowErrors, "key-errors", true),
    b(C::Home, K::Char('r'), A::Review, "key-review", true),
    b(C::Home, K::Char('c'), A::Compare, "key-compare", true),
    b(C::Home, K::Char('m'), A::Mark, "key-mark", false),
    b(C::Home, K::Char('t'), A::Trend, "key-trend", true),
    b(C::Home, K::Code(KeyCode::Esc), A::Quit, "key-quit", false),
    // Years of sessions: a page at a time.
    b(
        C::Home,
        K::Code(KeyCode::PageDown),
        A::PageDown,
        "key-scroll",
        false,
    ),
    b(
        C::Home,
        K::Code(KeyCode::PageUp),
        A::PageUp,
        "key-scroll",
        false,
    ),
    b(
        C::Workshop,
        K::Code(KeyCode::PageDown),
        A::NextStep,
        "key-next-step",
        true,
    ),
    b(
        C::Workshop,
        K::Code(KeyCode::PageUp),
        A::PrevStep,
        "key-prev-step",
        true,
    ),
    b(
        C::Workshop,
        K::Ctrl('g'),
        A::GoToStep,
        "key-go-to-step",
        true,
    ),
    b(C::Browse, K::Char('?'), A::Help, "key-help", true),
    b(C::Browse, K::Char('q'), A::Back, "key-home", false),
    b(C::Browse, K::Code(KeyCode::Esc), A::Back, "key-home", false),
    b(
        C::Global,
        K::Code(KeyCode::F(1)),
        A::Help,
        "key-help",
        false,
    ),
    b(
        C::Global,
        K::Ctrl('l'),
        A::SwitchLanguage,
        "key-language",
        false,
    ),
    b(C::Global, K::Ctrl('c'), A::Quit, "key-quit-now", false),
    b(C::Global, K::Ctrl('q'), A::Quit, "key-quit-now", false),
];

impl Key {
    pub fn matches(self, ev: &KeyEvent) -> Option<Action> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        let hit = match self {
            Key::Char(c) => !ctrl && !alt && ev.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && !alt && ev.code == KeyCode::Char(c),
            Key::Alt(code) => alt && ev.code == code,
            Key::Code(code) => !ctrl && !alt && ev.code == code && !is_shift_tab(ev),
            Key::ShiftTab => is_shift_tab(ev),
            Key::Digits => {
                if let (false, false, KeyCode::Char(c)) = (ctrl, alt, ev.code) {
                    return c.to_digit(10).map(|d| Action::Digit(d as u8));
                }
                false
            }
        };
        hit.then_some(Action::Quit)
    }

    /// How the key is written in the help and hint bar, in the interface language
    /// (French keyboards say Entrée, Échap, Suppr...).
    pub fn label(self, i: &crate::i18n::I18n) -> String {
        match self {
            Key::Char(' ') => i.t("keyname-space"),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
            Key::Alt(code) => format!("Alt+{}", code_label(code, i)),
            Key::Code(code) => code_label(code, i),
            Key::ShiftTab => i.t("keyname-shift-tab"),
            Key::Digits => "0-5".into(),
        }
    }
}

fn is_shift_tab(ev: &KeyEvent) -> bool {
    ev.code == KeyCode::BackTab
        || (ev.code == KeyCode::Tab && ev.modifiers.contains(KeyModifiers::SHIFT))
}

fn code_label(code: KeyCode, i: &crate::i18n::I18n) -> String {
    match code {
        KeyCode::Enter => i.t("keyname-enter"),
        KeyCode::Esc => i.t("keyname-esc"),
        KeyCode::Tab => "Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => i.t("keyname-pgup"),
        KeyCode::PageDown => i.t("keyname-pgdn"),
        KeyCode::Delete => i.t("keyname-del"),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

/// The action for a key in the given contexts, most specific first.
pub fn resolve(contexts: &[Ctx], ev: &KeyEvent) -> Option<Action> {
    for ctx in contexts {
        for binding in TABLE.iter().filter(|b| b.ctx == *ctx) {
            if let Some(found) = binding.key.matches(ev) {
                return Some(match found {
                    Action::Digit(d) => Action::Digit(d),
                    _ => binding.action,
                });
            }
        }
    }
    None
}

/// The bindings of the given contexts, once per message, in table order; shadowed keys
/// (a key an earlier context already takes) are left out.
pub fn active(contexts: &[Ctx]) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for ctx in contexts {
        for binding in TABLE.iter().filter(|b| b.ctx == *ctx) {
            if out.iter().any(|o| o.key == binding.key) {
                continue;
            }
            out.push(binding);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_first_matching_context_wins() {
        let ev = key(KeyCode::Char('q'));
        assert_eq!(resolve(&[Ctx::Home, Ctx::Browse], &ev), Some(Action::Quit));
        assert_eq!(resolve(&[Ctx::Browse], &ev), Some(Action::Back));
        // While typing, letters are text, not commands.
        assert_eq!(
            resolve(&[Ctx::Editor, Ctx::Workshop, Ctx::Global], &ev),
            None
        );
    }

    #[test]
    fn digits_carry_their_value() {
        let ev = key(KeyCode::Char('4'));
        assert_eq!(resolve(&[Ctx::Ratings], &ev), Some(Action::Digit(4)));
    }

    #[test]
    fn shift_tab_is_not_tab() {
        let ev = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(resolve(&[Ctx::Form], &ev), Some(Action::PrevField));
        assert_eq!(
            resolve(&[Ctx::Form], &key(KeyCode::Tab)),
            Some(Action::NextField)
        );
    }

    #[test]
    fn every_context_has_a_way_out_and_help_lists_no_duplicate_key() {
        for ctx in [Ctx::Form, Ctx::Editor, Ctx::Picker, Ctx::Help, Ctx::Confirm] {
            assert!(
                TABLE
                    .iter()
                    .any(|b| b.ctx == ctx && matches!(b.action, Action::Back | Action::No)),
                "{ctx:?}"
            );
        }
        let shown = active(&[Ctx::Editor, Ctx::Contributions, Ctx::Workshop, Ctx::Global]);
        let mut keys: Vec<_> = shown.iter().map(|b| b.key).collect();
        keys.dedup();
        assert_eq!(keys.len(), shown.len());
    }
}
