//! Everything the user can ask for. Keys map to these through the key table.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Back,
    SwitchLanguage,
    // Home
    NewSession,
    /// The next meeting of the selected session's series, continuing the last one.
    NextMeeting,
    /// The list of series, the M&E officer's view of the folder.
    Series,
    Open,
    Up,
    Down,
    PageUp,
    PageDown,
    // Workshop navigation
    NextStep,
    PrevStep,
    GoToStep,
    // Forms and lists
    NextField,
    PrevField,
    Left,
    Right,
    Toggle,
    Submit,
    /// Enter in the set-up: the next field, or on the last one, save.
    Advance,
    Newline,
    Add,
    Edit,
    Delete,
    Focus,
    PickVoice,
    /// A digit typed with Alt: the voice of that number speaks (0: the room).
    VoiceDigit(u8),
    /// The `n`th phase of the framework (again: no phase).
    SetPhase(u8),
    /// The `n`th kind of contribution.
    SetKind(u8),
    /// What was just deleted comes back.
    Undo,
    /// The last word, paste or line break typed in the text being edited goes.
    UndoTyping,
    /// A printable key in a picker narrows it.
    Filter,
    /// The last letter of a picker's filter goes.
    Erase,
    Digit(u8),
    ClearRating,
    Reveal,
    MarkDone,
    MarkInProgress,
    MarkDropped,
    Finish,
    Review,
    Compare,
    Mark,
    Trend,
    NextTab,
    PrevTab,
    Grouping,
    ShowErrors,
    Yes,
    No,
    /// The pseudonym in place of a name flagged in the text just saved.
    Pseudonymise,
    /// The printable report of the session selected or reviewed, written to a file.
    Report,
    /// The room screen (`toguna present`) shows only the title, or everything again.
    BlankRoom,
    /// A voice of the room is the same person as one of an earlier meeting.
    LinkPerson,
    /// A voice of the room is someone new, not the person it was linked to.
    UnlinkPerson,
}
