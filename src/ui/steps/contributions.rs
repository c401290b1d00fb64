//! Contributions: the list of what was said, and the editor for what is being said.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::{list_panel, subtitle, voice_label};
use crate::app::keys::Ctx;
use crate::app::workshop::{Sub, Workshop};
use crate::app::{Action, App};
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
    let editor_h = if area.height > 14 { 6 } else { 4 };
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
    let phase = cs.phase.as_deref().map_or_else(
        || i.t("phase-none"),
        |p| app.framework.phase_label(p).to_string(),
    );
    let title = t!(
        i,
        "contribution-editor",
        voice = voice_label(ws, cs.voice, app),
        phase = phase,
        kind = i.t(cs.kind.message_id())
    );
    let title = if cs.editing.is_some() {
        format!("{} · {}", i.t("word-editing"), title)
    } else {
        title
    };
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
        Widget::render(&cs.editor, crate::ui::inset(inner), buf);
    } else {
        Line::styled(
            format!(
                " {}",
                t!(
                    i,
                    "contributions-type-hint",
                    type = app.key(Ctx::List, Action::Focus),
                    edit = app.key(Ctx::List, Action::Edit)
                )
            ),
            theme.muted(),
        )
        .render(inner, buf);
    }
}
