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
    /// A list that shares the screen with an editor: moving, help and home as in
    /// `Browse`, but no letter is a command; a printable key starts a new entry.
    Capture,
    Home,
    Workshop,
    Form,
    Setup,
    Editor,
    List,
    /// Who is in the room: the series' people, present or absent.
    Room,
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
    /// Alt with 0 to 9 (or the key of the digit on a French keyboard, unshifted),
    /// giving `Action::VoiceDigit`.
    AltDigits,
    /// Any printable key that no earlier binding takes: it is text.
    Text,
}

/// Whether a key shows in the one-line hint bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Only in the help.
    No,
    /// When there is room.
    Yes,
    /// Always: the way on and the way to help find room even in French at 80 columns.
    Vital,
    /// Like `Vital`, but only while this holds (the help lists it whenever it applies).
    While(When),
}

/// When a binding means something, so that the hint bar and the help never offer what
/// would do nothing (opening a session in an empty folder, finishing a finished one...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// The focused field of the form is a choice or a toggle, not text.
    ChoiceField,
    /// The folder holds sessions.
    Sessions,
    LoadErrors,
    NotLastStep,
    NotFirstStep,
    TrendView,
    SeriesView,
    /// The selected session of the home list belongs to a series.
    InSeries,
    /// The open session's series has people from other meetings.
    Roster,
    TrendByGroup,
    ReviewView,
    NotFinished,
    /// Last meeting's actions are there to review.
    ReviewItems,
    /// The list of the step (voices, contributions, actions) is not empty.
    ListItems,
    /// A text just saved names someone who did not consent.
    NamePending,
    /// The room screen is blanked by the facilitator.
    RoomBlank,
    /// Something was just deleted and can come back.
    Undo,
    /// The voice picker, which typing filters.
    VoicePicker,
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub ctx: Ctx,
    pub key: Key,
    pub action: Action,
    /// Catalogue id of what the key does.
    pub msg: &'static str,
    pub hint: Hint,
    pub when: When,
}

use Action as A;
use Ctx as C;
use Hint::{No, Vital, Yes};
use Key as K;
use KeyCode as KC;
use When as W;

const fn b(
    ctx: Ctx,
    key: Key,
    action: Action,
    msg: &'static str,
    hint: Hint,
    when: When,
) -> Binding {
    Binding {
        ctx,
        key,
        action,
        msg,
        hint,
        when,
    }
}

/// Every key of the app, one line each, read like a keymap: where, which key, what it
/// does, its words in the catalogue, whether the hint bar shows it, when it applies.
/// Within the contexts active at a moment, the first match wins.
#[rustfmt::skip]
pub const TABLE: &[Binding] = &[
    // Confirmation prompts take precedence over everything.
    b(C::Confirm, K::Char('y'),          A::Yes,            "key-yes",              Yes,   W::Always),
    b(C::Confirm, K::Char('o'),          A::Yes,            "key-yes",              No,    W::Always),
    b(C::Confirm, K::Code(KC::Enter),    A::Yes,            "key-yes",              No,    W::Always),
    b(C::Confirm, K::Char('n'),          A::No,             "key-no",               Yes,   W::Always),
    b(C::Confirm, K::Code(KC::Esc),      A::No,             "key-no",               No,    W::Always),
    // Quitting works from a question too: it saves and leaves, as anywhere else.
    b(C::Confirm, K::Ctrl('c'),          A::Quit,           "key-quit-now",         No,    W::Always),
    b(C::Confirm, K::Ctrl('q'),          A::Quit,           "key-quit-now",         No,    W::Always),
    b(C::Help,    K::Code(KC::Esc),      A::Back,           "key-close",            Yes,   W::Always),
    b(C::Help,    K::Char('?'),          A::Back,           "key-close",            No,    W::Always),
    b(C::Help,    K::Code(KC::F(1)),     A::Back,           "key-close",            No,    W::Always),
    b(C::Help,    K::Char('q'),          A::Back,           "key-close",            No,    W::Always),
    b(C::Help,    K::Code(KC::Up),       A::Up,             "key-scroll",           No,    W::Always),
    b(C::Help,    K::Code(KC::Down),     A::Down,           "key-scroll",           Yes,   W::Always),
    b(C::Scroll,  K::Code(KC::Down),     A::Down,           "key-scroll",           Yes,   W::Always),
    b(C::Scroll,  K::Code(KC::Up),       A::Up,             "key-scroll",           No,    W::Always),
    b(C::Picker,  K::Code(KC::Up),       A::Up,             "key-move",             Yes,   W::Always),
    b(C::Picker,  K::Code(KC::Down),     A::Down,           "key-move",             No,    W::Always),
    b(C::Picker,  K::Code(KC::Enter),    A::Submit,         "key-pick",             Yes,   W::Always),
    b(C::Picker,  K::Code(KC::Esc),      A::Back,           "key-cancel",           Yes,   W::Always),
    b(C::Picker,  K::Code(KC::Tab),      A::Down,           "key-move",             No,    W::Always),
    b(C::Picker,  K::ShiftTab,           A::Up,             "key-move",             No,    W::Always),
    b(C::Picker,  K::Code(KC::Backspace), A::Erase,         "key-erase",            No,    W::VoicePicker),
    b(C::Picker,  K::Text,               A::Filter,         "key-filter",           Yes,   W::VoicePicker),
    // Text being typed.
    b(C::Editor,  K::Code(KC::Enter),    A::Submit,         "key-submit",           Vital, W::Always),
    b(C::Editor,  K::Alt(KC::Enter),     A::Newline,        "key-newline",          Yes,   W::Always),
    b(C::Editor,  K::Code(KC::Esc),      A::Back,           "key-stop-typing",      Yes,   W::Always),
    b(C::Editor,  K::Ctrl('z'),          A::UndoTyping,     "key-undo-typing",      No,    W::Always),
    b(C::Contributions, K::Code(KC::Tab), A::PickVoice,     "key-pick-voice",       Yes,   W::Always),
    // One key per value, never a cycle: nothing to read back after pressing it. Alt
    // and F-keys, so that no text typed (French AltGr letters included) is taken.
    b(C::Contributions, K::AltDigits,    A::VoiceDigit(0),  "key-voice-number",     No,    W::Always),
    b(C::Contributions, K::Code(KC::F(2)), A::SetKind(0),   "key-kind",             No,    W::Always),
    b(C::Contributions, K::Code(KC::F(3)), A::SetKind(1),   "key-kind",             No,    W::Always),
    b(C::Contributions, K::Code(KC::F(4)), A::SetKind(2),   "key-kind",             No,    W::Always),
    b(C::Contributions, K::Code(KC::F(5)), A::SetKind(3),   "key-kind",             No,    W::Always),
    b(C::Contributions, K::Code(KC::F(6)), A::SetKind(4),   "key-kind",             No,    W::Always),
    b(C::Contributions, K::Code(KC::F(7)), A::SetPhase(0),  "key-phase",            No,    W::Always),
    b(C::Contributions, K::Code(KC::F(8)), A::SetPhase(1),  "key-phase",            No,    W::Always),
    b(C::Contributions, K::Code(KC::F(9)), A::SetPhase(2),  "key-phase",            No,    W::Always),
    b(C::Setup,   K::Ctrl('s'),          A::Submit,         "key-save",             Vital, W::Always),
    b(C::Setup,   K::Code(KC::Enter),    A::Advance,        "key-next-field",       No,    W::Always),
    b(C::Setup,   K::Code(KC::Esc),      A::Back,           "key-home",             Yes,   W::Always),
    b(C::Setup,   K::Ctrl('o'),          A::PickVoice,      "key-pick-series",      Yes,   W::Always),
    b(C::Form,    K::Code(KC::Tab),      A::NextField,      "key-next-field",       Yes,   W::Always),
    b(C::Form,    K::ShiftTab,           A::PrevField,      "key-prev-field",       No,    W::Always),
    b(C::Form,    K::Code(KC::Down),     A::NextField,      "key-next-field",       No,    W::Always),
    b(C::Form,    K::Code(KC::Up),       A::PrevField,      "key-prev-field",       No,    W::Always),
    b(C::Form,    K::Code(KC::Enter),    A::Submit,         "key-save",             Vital, W::Always),
    b(C::Form,    K::Ctrl('z'),          A::UndoTyping,     "key-undo-typing",      No,    W::Always),
    b(C::Form,    K::Code(KC::Esc),      A::Back,           "key-cancel",           Vital, W::Always),
    b(C::Form,    K::Char('?'),          A::Help,           "key-help",             Vital, W::ChoiceField),
    b(C::Form,    K::Char(' '),          A::Toggle,         "key-toggle",           No,    W::ChoiceField),
    b(C::Form,    K::Code(KC::Left),     A::Left,           "key-choice",           Yes,   W::ChoiceField),
    b(C::Form,    K::Code(KC::Right),    A::Right,          "key-choice",           No,    W::ChoiceField),
    // Rating a voice.
    b(C::Ratings, K::Digits,             A::Digit(0),       "key-rate",             Yes,   W::Always),
    b(C::Ratings, K::Code(KC::Left),     A::Left,           "key-level-down",       No,    W::Always),
    b(C::Ratings, K::Code(KC::Right),    A::Right,          "key-level-up",         No,    W::Always),
    b(C::Ratings, K::Code(KC::Delete),   A::ClearRating,    "key-clear-rating",     No,    W::Always),
    b(C::Ratings, K::Ctrl('d'),          A::ClearRating,    "key-clear-rating",     No,    W::Always),
    b(C::Ratings, K::Ctrl('z'),          A::Undo,           "key-undo",             Hint::While(W::Undo), W::Undo),
    b(C::Ratings, K::Ctrl('r'),          A::Reveal,         "key-reveal",           Yes,   W::Always),
    b(C::Ratings, K::Code(KC::Enter),    A::Focus,          "key-reason",           Yes,   W::Always),
    b(C::Ratings, K::Text,               A::Add,            "key-type-reason",      No,    W::Always),
    b(C::Agreement, K::Digits,           A::Digit(0),       "key-agree",            Yes,   W::Always),
    b(C::Agreement, K::Ctrl('r'),        A::Reveal,         "key-reveal",           Yes,   W::Always),
    b(C::Agreement, K::Code(KC::Enter),  A::Focus,          "key-rationale",        Yes,   W::Always),
    b(C::Agreement, K::Text,             A::Add,            "key-type-rationale",   No,    W::Always),
    b(C::Review,  K::Alt(KC::Char('d')), A::MarkDone,       "key-mark-done",        Yes,   W::ReviewItems),
    b(C::Review,  K::Alt(KC::Char('p')), A::MarkInProgress, "key-mark-in-progress", Yes,   W::ReviewItems),
    b(C::Review,  K::Alt(KC::Char('x')), A::MarkDropped,    "key-mark-dropped",     Yes,   W::ReviewItems),
    b(C::Review,  K::Code(KC::Enter),    A::Edit,           "key-note",             Yes,   W::ReviewItems),
    b(C::Review,  K::Text,               A::Add,            "key-type-note",        No,    W::ReviewItems),
    b(C::Summary, K::Char('f'),          A::Finish,         "key-finish",           Yes,   W::NotFinished),
    // Lists of things (voices, contributions, actions).
    b(C::Room,    K::Char(' '),          A::Toggle,         "key-present",          Yes,   W::Roster),
    b(C::Room,    K::Ctrl('k'),          A::LinkPerson,     "key-link-person",      No,    W::Roster),
    b(C::Room,    K::Ctrl('u'),          A::UnlinkPerson,   "key-unlink-person",    No,    W::Roster),
    // No letter opens, changes or deletes what is recorded: typing starts a new entry
    // (Capture's text key), and the rest takes keys that cannot be typed as text.
    b(C::List,    K::Code(KC::Enter),    A::Edit,           "key-edit",             Yes,   W::ListItems),
    b(C::List,    K::Code(KC::Delete),   A::Delete,         "key-delete",           Yes,   W::ListItems),
    b(C::List,    K::Ctrl('d'),          A::Delete,         "key-delete",           No,    W::ListItems),
    b(C::List,    K::Ctrl('z'),          A::Undo,           "key-undo",             Hint::While(W::Undo), W::Undo),
    b(C::Capture, K::Code(KC::Up),       A::Up,             "key-move",             No,    W::Always),
    b(C::Capture, K::Code(KC::Down),     A::Down,           "key-move",             No,    W::Always),
    b(C::Capture, K::Char('?'),          A::Help,           "key-help",             Vital, W::Always),
    b(C::Capture, K::Code(KC::Esc),      A::Back,           "key-home",             No,    W::Always),
    b(C::Capture, K::Text,               A::Add,            "key-type-new",         Yes,   W::Always),
    // Moving around.
    b(C::Browse,  K::Code(KC::Up),       A::Up,             "key-move",             No,    W::Always),
    b(C::Browse,  K::Code(KC::Down),     A::Down,           "key-move",             No,    W::Always),
    b(C::Browse,  K::Char('k'),          A::Up,             "key-move",             No,    W::Always),
    b(C::Browse,  K::Char('j'),          A::Down,           "key-move",             No,    W::Always),
    b(C::View,    K::Code(KC::Right),    A::NextTab,        "key-next-tab",         Yes,   W::ReviewView),
    b(C::View,    K::Code(KC::Tab),      A::NextTab,        "key-next-tab",         No,    W::ReviewView),
    b(C::View,    K::Code(KC::Left),     A::PrevTab,        "key-prev-tab",         No,    W::ReviewView),
    b(C::View,    K::ShiftTab,           A::PrevTab,        "key-prev-tab",         No,    W::ReviewView),
    b(C::View,    K::Char('g'),          A::Grouping,       "key-grouping",         Yes,   W::ReviewView),
    b(C::View,    K::Char('p'),          A::Report,         "key-report",           Yes,   W::ReviewView),
    b(C::View,    K::Code(KC::Enter),    A::Open,           "key-open-meeting",     Yes,   W::TrendView),
    b(C::View,    K::Char('g'),          A::Grouping,       "key-by-group",         Yes,   W::TrendView),
    b(C::View,    K::Char('p'),          A::Report,         "key-report",           Yes,   W::TrendView),
    b(C::View,    K::Code(KC::Right),    A::NextTab,        "key-next-dimension",   Yes,   W::TrendByGroup),
    b(C::View,    K::Code(KC::Left),     A::PrevTab,        "key-prev-dimension",   No,    W::TrendByGroup),
    b(C::View,    K::Code(KC::Enter),    A::Open,           "key-open-series",      Yes,   W::SeriesView),
    b(C::View,    K::Char('N'),          A::NextMeeting,    "key-next-meeting",     Yes,   W::SeriesView),
    b(C::View,    K::Char('p'),          A::Report,         "key-report",           Yes,   W::SeriesView),
    b(C::View,    K::Code(KC::PageDown), A::PageDown,       "key-scroll",           No,    W::Always),
    b(C::View,    K::Code(KC::PageUp),   A::PageUp,         "key-scroll",           No,    W::Always),
    b(C::Home,    K::Char('n'),          A::NewSession,     "key-new",              Yes,   W::Always),
    b(C::Home,    K::Char('N'),          A::NextMeeting,    "key-next-meeting",     Yes,   W::InSeries),
    b(C::Home,    K::Code(KC::Enter),    A::Open,           "key-open",             Yes,   W::Sessions),
    b(C::Home,    K::Char('q'),          A::Quit,           "key-quit",             Yes,   W::Always),
    b(C::Home,    K::Char('e'),          A::ShowErrors,     "key-errors",           Yes,   W::LoadErrors),
    b(C::Home,    K::Char('r'),          A::Review,         "key-review",           Yes,   W::Sessions),
    b(C::Home,    K::Char('c'),          A::Compare,        "key-compare",          Yes,   W::Sessions),
    b(C::Home,    K::Char('m'),          A::Mark,           "key-mark",             No,    W::Sessions),
    b(C::Home,    K::Char('t'),          A::Trend,          "key-trend",            Yes,   W::Sessions),
    b(C::Home,    K::Char('s'),          A::Series,         "key-series",           Yes,   W::Sessions),
    b(C::Home,    K::Char('p'),          A::Report,         "key-report",           Yes,   W::Sessions),
    b(C::Home,    K::Code(KC::Esc),      A::Quit,           "key-quit",             No,    W::Always),
    // Years of sessions: a page at a time.
    b(C::Home,    K::Code(KC::PageDown), A::PageDown,       "key-scroll",           No,    W::Always),
    b(C::Home,    K::Code(KC::PageUp),   A::PageUp,         "key-scroll",           No,    W::Always),
    b(C::Workshop, K::Code(KC::PageDown), A::NextStep,      "key-next-step",        Vital, W::NotLastStep),
    b(C::Workshop, K::Code(KC::PageUp),  A::PrevStep,       "key-prev-step",        Yes,   W::NotFirstStep),
    b(C::Workshop, K::Ctrl('g'),         A::GoToStep,       "key-go-to-step",       Yes,   W::Always),
    b(C::Workshop, K::Ctrl('p'),         A::Pseudonymise,   "key-pseudonymise",     Vital, W::NamePending),
    b(C::Workshop, K::Ctrl('e'),         A::BlankRoom,      "key-room-screen",      Hint::While(W::RoomBlank), W::Always),
    b(C::Browse,  K::Char('?'),          A::Help,           "key-help",             Vital, W::Always),
    b(C::Browse,  K::Char('q'),          A::Back,           "key-home",             No,    W::Always),
    b(C::Browse,  K::Code(KC::Esc),      A::Back,           "key-home",             No,    W::Always),
    // Where `?` is text (a field, an editor), F1 is the way to help, and says so.
    b(C::Global,  K::Code(KC::F(1)),     A::Help,           "key-help",             Vital, W::Always),
    b(C::Global,  K::Ctrl('l'),          A::SwitchLanguage, "key-language",         No,    W::Always),
    b(C::Global,  K::Ctrl('c'),          A::Quit,           "key-quit-now",         No,    W::Always),
    b(C::Global,  K::Ctrl('q'),          A::Quit,           "key-quit-now",         No,    W::Always),
];

/// What a key's label depends on besides the language: the top of the level scale.
pub struct Labels<'a> {
    pub i18n: &'a crate::i18n::I18n,
    pub max_level: u8,
}

/// The label of the first key bound to `action` in `ctx`, for messages that name it
/// ("Press v to reveal"): changing the binding changes the message.
pub fn key_for(ctx: Ctx, action: Action, labels: &Labels) -> String {
    TABLE
        .iter()
        .find(|b| b.ctx == ctx && b.action == action)
        .map(|b| b.key.label(labels))
        .unwrap_or_default()
}

impl Key {
    pub fn matches(self, ev: &KeyEvent) -> Option<Action> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        let hit = match self {
            Key::Char(c) => !ctrl && !alt && ev.code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && !alt && ev.code == KeyCode::Char(c),
            // Not with Ctrl: AltGr comes as Ctrl+Alt on Windows, and it is text.
            Key::Alt(code) => alt && !ctrl && ev.code == code,
            Key::Code(code) => !ctrl && !alt && ev.code == code && !is_shift_tab(ev),
            Key::ShiftTab => is_shift_tab(ev),
            Key::Digits => {
                if let (false, false, KeyCode::Char(c)) = (ctrl, alt, ev.code) {
                    return c.to_digit(10).map(|d| Action::Digit(d as u8));
                }
                false
            }
            Key::AltDigits => {
                if let (false, true, KeyCode::Char(c)) = (ctrl, alt, ev.code) {
                    return alt_digit(c).map(Action::VoiceDigit);
                }
                false
            }
            Key::Text => printable(ev).is_some(),
        };
        hit.then_some(Action::Quit)
    }

    /// How the key is written in the help and hint bar, in the interface language
    /// (French keyboards say Entrée, Échap, Suppr...).
    pub fn label(self, labels: &Labels) -> String {
        let i = labels.i18n;
        match self {
            Key::Char(' ') => i.t("keyname-space"),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
            Key::Alt(code) => format!("Alt+{}", code_label(code, i)),
            Key::Code(code) => code_label(code, i),
            Key::ShiftTab => i.t("keyname-shift-tab"),
            Key::Digits => format!("0-{}", labels.max_level),
            Key::AltDigits => "Alt+0-9".into(),
            Key::Text => i.t("keyname-text"),
        }
    }
}

/// The character a key types, if it types one: no Ctrl nor Alt, or both (`AltGr`, as
/// Windows reports it).
pub fn printable(ev: &KeyEvent) -> Option<char> {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    match ev.code {
        KeyCode::Char(c) if ctrl == alt && !c.is_control() => Some(c),
        _ => None,
    }
}

/// The digit of a key pressed with Alt: the digit itself, or the character the same key
/// gives unshifted on a French keyboard (where digits need Shift).
fn alt_digit(c: char) -> Option<u8> {
    if let Some(d) = c.to_digit(10) {
        return u8::try_from(d).ok();
    }
    "à&é\"'(-è_ç"
        .chars()
        .position(|x| x == c)
        .and_then(|d| u8::try_from(d).ok())
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
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Backspace => "⌫".into(),
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
                    Action::VoiceDigit(d) => Action::VoiceDigit(d),
                    _ => binding.action,
                });
            }
        }
    }
    None
}

/// The bindings of the given contexts that apply now, in table order; shadowed keys
/// (a key an earlier binding that applies already takes) are left out.
pub fn active(contexts: &[Ctx], applies: impl Fn(&Binding) -> bool) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for ctx in contexts {
        for binding in TABLE.iter().filter(|b| b.ctx == *ctx && applies(b)) {
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
        let shown = active(
            &[Ctx::Editor, Ctx::Contributions, Ctx::Workshop, Ctx::Global],
            |_| true,
        );
        let mut keys: Vec<_> = shown.iter().map(|b| b.key).collect();
        keys.dedup();
        assert_eq!(keys.len(), shown.len());
    }
}
