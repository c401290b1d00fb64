//! Contributions: the list of what was said, and the editor for what is being said.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::{list_panel, subtitle, voice_label};
use crate::app::keys::Ctx;
use crate::app::steps::contributions::ContribState;
use crate::app::workshop::{Sub, Workshop};
use crate::app::{Action, App};
use crate::domain::session::Contribution;
use crate::t;
use crate::ui::theme::Theme;

pub fn render(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Contributions, theme, area, buf);
    let cs = &ws.dims[d].contrib;
    let dim_id = &app.framework.dimensions[d].id;
    let list = ws
        .session
        .dimension(dim_id)
        .map_or(&[][..], |r| r.contributions.as_slice());
    let mut editor_h = if area.height > 14 { 6 } else { 4 };
    // Not typing, the panel shows the selected contribution in full, line breaks
    // kept, growing up to what the list can spare (three rows).
    let preview = (!cs.typing && !list.is_empty()).then(|| {
        let c = &list[cs.selected.min(list.len() - 1)];
        // Wrapped as every text of the app, its own line breaks kept.
        let lines = crate::ui::hanging(
            " ",
            &c.text,
            usize::from(area.width),
            ratatui::style::Style::default(),
        );
        editor_h = editor_h
            .max(lines.len() as u16 + 2)
            .min(area.height.saturating_sub(3).max(editor_h));
        (c, lines)
    });
    let [list_area, editor_area] =
        Layout::vertical([Constraint::Min(2), Constraint::Length(editor_h)]).areas(area);
    let line = |n: usize| {
        let c = &list[n];
        let who = voice_label(ws, c.voice, app);
        let kind = i.t(c.kind.message_id());
        let tags = match c.phase.as_deref() {
            Some(p) => format!(" [{} · {kind}]", app.framework.phase_label(p)),
            None => format!(" [{kind}]"),
        };
        t!(
            i,
            "label-value",
            label = format!("{who}{tags}"),
            value = c.text.as_str()
        )
    };
    list_panel(
        t!(i, "contributions-count", count = list.len()),
        t!(
            i,
            "contributions-empty",
            key = app.key(Ctx::Editor, Action::Submit)
        ),
        list.len(),
        &line,
        cs.selected,
        !cs.typing,
        theme,
        list_area,
        buf,
    );
    let title = editor_title(app, ws, cs, preview.as_ref().map(|(c, _)| *c));
    let block = Block::default().borders(Borders::TOP).title(Span::styled(
        crate::ui::fit(&format!(" {title} "), editor_area.width as usize),
        if cs.typing {
            theme.accent()
        } else {
            theme.muted()
        },
    ));
    let inner = block.inner(editor_area);
    block.render(editor_area, buf);
    if cs.typing {
        let [text, keys] = if inner.height >= 3 {
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner)
        } else {
            [inner, Rect::default()]
        };
        Widget::render(&cs.editor, crate::ui::inset(text), buf);
        Line::styled(format!(" {}", editor_keys(app)), theme.muted()).render(keys, buf);
    } else {
        preview_panel(app, preview.map(|(_, l)| l), theme, inner, buf);
    }
}

/// The panel's title: who speaks next, with the phase and kind kept, or, while the
/// list has the focus, who said the selected contribution.
fn editor_title(
    app: &App,
    ws: &Workshop,
    cs: &ContribState,
    selected: Option<&Contribution>,
) -> String {
    let i = &app.i18n;
    let phase = |p: Option<&str>| {
        p.map_or_else(
            || i.t("phase-none"),
            |p| app.framework.phase_label(p).to_string(),
        )
    };
    let mut title = if let Some(c) = selected {
        t!(
            i,
            "contribution-editor",
            voice = voice_label(ws, c.voice, app),
            phase = phase(c.phase.as_deref()),
            kind = i.t(c.kind.message_id())
        )
    } else {
        // Who speaks with their number, which Alt and that digit give.
        let number = cs
            .voice
            .and_then(|id| ws.session.voices.iter().position(|v| v.id == id))
            .map_or(0, |n| n + 1);
        t!(
            i,
            "contribution-editor",
            voice = format!("{number} {}", voice_label(ws, cs.voice, app)),
            phase = phase(cs.phase.as_deref()),
            kind = i.t(cs.kind.message_id())
        )
    };
    if cs.editing.is_some() {
        title = format!("{} · {}", i.t("word-editing"), title);
    } else if cs.kept && cs.typing {
        // What the next one keeps of the last one, before it is saved.
        title = format!("{title} · {}", i.t("contribution-kept"));
    }
    title
}

/// The selected contribution in full above the hint of what keys do on the list.
fn preview_panel(
    app: &App,
    lines: Option<Vec<Line<'static>>>,
    theme: Theme,
    inner: Rect,
    buf: &mut Buffer,
) {
    let i = &app.i18n;
    let hint = t!(
        i,
        "contributions-type-hint",
        edit = app.key(Ctx::List, Action::Edit),
        delete = app.key(Ctx::List, Action::Delete)
    );
    let mut lines = lines.unwrap_or_default();
    let height = usize::from(inner.height);
    // The hint wraps when the text leaves it the rows (at 60 columns it names the key
    // that deletes only on its second line); otherwise it keeps the last row, cut.
    let mut hint_lines = crate::ui::hanging(" ", &hint, inner.width as usize, theme.muted());
    if lines.len() + hint_lines.len() > height && hint_lines.len() > 1 {
        // No room to wrap: the short wording, which still names both keys.
        let short = t!(
            i,
            "contributions-type-hint-short",
            edit = app.key(Ctx::List, Action::Edit),
            delete = app.key(Ctx::List, Action::Delete)
        );
        hint_lines = vec![Line::styled(
            crate::ui::fit(&format!(" {short}"), inner.width as usize),
            theme.muted(),
        )];
    }
    let room = height.saturating_sub(hint_lines.len());
    crate::ui::cut_short(&mut lines, room, inner.width as usize);
    let hint_rows = (hint_lines.len() as u16).min(inner.height);
    let hint_area = if lines.is_empty() {
        inner
    } else {
        Rect {
            y: inner.bottom().saturating_sub(hint_rows),
            height: hint_rows,
            ..inner
        }
    };
    crate::ui::paint::lines(buf, inner, lines, 0);
    crate::ui::paint::plain(buf, hint_area, &hint_lines, 0);
}

/// The direct keys of the editor: who speaks, the kind, the phase, from the key table.
fn editor_keys(app: &App) -> String {
    let span = |first: Action, last: Action| {
        format!(
            "{}-{}",
            app.key(Ctx::Contributions, first),
            app.key(Ctx::Contributions, last)
        )
    };
    let phases = u8::try_from(app.framework.phases.len().clamp(1, 3)).unwrap_or(3);
    t!(
        app.i18n,
        "contribution-keys",
        voice = format!(
            "{}/{}",
            app.key(Ctx::Contributions, Action::PickVoice),
            app.key(Ctx::Contributions, Action::VoiceDigit(0))
        ),
        kind = span(Action::SetKind(0), Action::SetKind(4)),
        phase = span(Action::SetPhase(0), Action::SetPhase(phases - 1))
    )
}
