//! Set-up: the form, and the series already in the folder.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use crate::app::keys::Ctx;
use crate::app::workshop::Workshop;
use crate::app::{Action, App};
use crate::ui::theme::Theme;

pub fn render(app: &App, ws: &Workshop, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let block = Block::default().borders(Borders::TOP).title(Span::styled(
        format!(" {} ", i.t("setup-title")),
        theme.accent(),
    ));
    let inner = block.inner(area);
    block.render(area, buf);
    let [intro, form_area, extra] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(ws.setup.form.fields.len() as u16 + 2),
        Constraint::Min(0),
    ])
    .areas(inner);
    Line::styled(
        format!(
            " {}",
            crate::ui::fit(&i.t("setup-intro"), intro.width as usize - 1)
        ),
        theme.muted(),
    )
    .render(intro, buf);
    crate::ui::form::render_form(app, &ws.setup.form, form_area, buf);
    let warnings: Vec<Line> = ws
        .setup
        .warnings(&ws.session, app.now)
        .into_iter()
        .map(|w| Line::styled(format!(" ⚠ {}", i.t(w)), theme.warn()))
        .collect();
    let extra = if warnings.is_empty() {
        extra
    } else {
        let [top, rest] = Layout::vertical([
            Constraint::Length(warnings.len() as u16),
            Constraint::Min(0),
        ])
        .areas(extra);
        crate::ui::para(warnings).render(top, buf);
        rest
    };
    if ws.setup.form.focused().id == "series" {
        let series = crate::store::series_names(&app.sessions);
        if !series.is_empty() {
            let text = crate::t!(
                i,
                "setup-series-known",
                series = series.join(" · "),
                key = app.key(Ctx::Setup, Action::PickVoice)
            );
            crate::ui::para(vec![Line::styled(format!(" {text}"), theme.muted())])
                .render(extra, buf);
        }
    }
}
