//! Styles that read on dark and light terminals, and without colour at all.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn title(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    /// Headings and the current step: a colour that holds on both backgrounds.
    pub fn accent(self) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        if self.color { s.fg(Color::Blue) } else { s }
    }

    pub fn selected(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn muted(self) -> Style {
        if self.color {
            Style::default().add_modifier(Modifier::DIM)
        } else {
            Style::default()
        }
    }

    pub fn warn(self) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        if self.color {
            s.fg(Color::Red)
        } else {
            s.add_modifier(Modifier::UNDERLINED)
        }
    }

    pub fn good(self) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        if self.color { s.fg(Color::Green) } else { s }
    }

    pub fn key(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
}

/// A titled section of a screen: a rule across the top with the title on it.
pub fn panel(title: impl std::fmt::Display, theme: Theme) -> ratatui::widgets::Block<'static> {
    ratatui::widgets::Block::default()
        .borders(ratatui::widgets::Borders::TOP)
        .title(ratatui::text::Span::styled(
            format!(" {title} "),
            theme.accent(),
        ))
}

/// "▰▰▱▱▱" for a level out of `max`; "·····" when none was agreed.
pub fn level_bar(level: Option<u8>, max: u8) -> String {
    (1..=max)
        .map(|i| match level {
            None => '·',
            Some(l) if i <= l => '▰',
            Some(_) => '▱',
        })
        .collect()
}
