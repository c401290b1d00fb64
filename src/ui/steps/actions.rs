//! Actions: the list, the form, and the framework's ideas.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{list_panel, subtitle};
use crate::app::App;
use crate::app::workshop::{Sub, Workshop};
use crate::t;
use crate::ui::theme::{Theme, panel};

pub fn render(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Actions, theme, area, buf);
    let dim = &app.framework.dimensions[d];
    let st = &ws.dims[d].actions;
    let list = ws
        .session
        .dimension(&dim.id)
        .map_or(&[][..], |r| r.actions.as_slice());
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
    let form_h = if st.form.is_some() { 6 } else { 0 };
    let [list_area, form_area] =
        Layout::vertical([Constraint::Min(2), Constraint::Length(form_h)]).areas(left);
    let line = |n: usize| crate::report::action_line(&list[n], i);
    list_panel(
        t!(i, "actions-count", count = list.len()),
        i.t("actions-empty"),
        list.len(),
        &line,
        st.selected,
        st.form.is_none(),
        theme,
        list_area,
        buf,
    );
    if let Some((editing, form)) = &st.form {
        let title = if editing.is_some() {
            i.t("actions-edit")
        } else {
            i.t("actions-add")
        };
        crate::ui::form::render_in_panel(app, title, form, form_area, buf);
    }
    let block = panel(i.t("actions-prompts"), theme);
    let inner = block.inner(right);
    block.render(right, buf);
    let lines: Vec<Line> = dim
        .action_prompts
        .iter()
        .map(|p| Line::raw(format!(" • {p}")))
        .collect();
    crate::ui::paint::lines(buf, inner, lines, 0);
}
