//! Everything the user can ask for. Keys map to these through the key table.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Back,
    SwitchLanguage,
    // Home
    NewSession,
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
    Newline,
    Add,
    Edit,
    Delete,
    Focus,
    PickVoice,
    CyclePhase,
    CycleKind,
    Digit(u8),
    ClearRating,
    Reveal,
    MarkDone,
    MarkInProgress,
    MarkDropped,
    Finish,
    Yes,
    No,
}
