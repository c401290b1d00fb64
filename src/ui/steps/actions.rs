//! Actions: the list, the form, and the framework's ideas.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::subtitle;
use crate::app::App;
use crate::app::workshop::{Sub, Workshop};
use crate::domain::session::Action;
use crate::t;
use crate::ui::columns::{Col, share_rest};
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
    let form_h = if st.form.is_some() { 6 } else { 0 };
    let [left, right] = if area.width < 80 {
        // Too narrow for two columns: the ideas take the width under the list, and
        // give way to the form while an action is typed (a column of one word a line
        // helped nobody, and squeezed the form's fields).
        if st.form.is_some() {
            [area, Rect::default()]
        } else {
            let list_h = (list.len() as u16 + 2).clamp(3, (area.height / 2).max(3));
            Layout::vertical([Constraint::Length(list_h), Constraint::Min(0)]).areas(area)
        }
    } else {
        // Below 100 columns the actions matter more than the ideas' width.
        let ideas = if area.width < 100 { 30 } else { 40 };
        Layout::horizontal([
            Constraint::Percentage(100 - ideas),
            Constraint::Percentage(ideas),
        ])
        .areas(area)
    };
    let [list_area, form_area] =
        Layout::vertical([Constraint::Min(2), Constraint::Length(form_h)]).areas(left);
    actions_table(
        app,
        list,
        (st.selected, st.form.is_none()),
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
    if right.height == 0 {
        return;
    }
    let block = panel(i.t("actions-prompts"), theme);
    let inner = block.inner(right);
    block.render(right, buf);
    let width = usize::from(inner.width.saturating_sub(1));
    let mut lines: Vec<Line> = dim
        .action_prompts
        .iter()
        .flat_map(|p| crate::ui::hanging(" • ", p, width, ratatui::style::Style::default()))
        .collect();
    crate::ui::cut_short(&mut lines, usize::from(inner.height), width);
    crate::ui::paint::plain(buf, inner, &lines, 0);
}

/// The actions agreed, one row each: what, who and by when, the owner and the date
/// kept whole before the text takes the rest.
fn actions_table(
    app: &App,
    list: &[Action],
    (selected, active): (usize, bool),
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let i = &app.i18n;
    let block = panel(t!(i, "actions-count", count = list.len()), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if list.is_empty() {
        crate::ui::para(vec![Line::styled(
            format!(" {}", i.t("actions-empty")),
            theme.muted(),
        )])
        .render(inner, buf);
        return;
    }
    let selected = selected.min(list.len() - 1);
    let rows_in_view = usize::from(inner.height).max(1);
    let first = (selected + 1).saturating_sub(rows_in_view);
    let shown = &list[first..list.len().min(first + rows_in_view)];
    let dues: Vec<String> = shown
        .iter()
        .map(|a| a.due.map_or_else(String::new, |d| i.date_short(d)))
        .collect();
    let owners = shown.iter().map(|a| a.owner.as_str());
    let cols = [
        Col::text(16, shown.iter().map(|a| a.text.as_str())),
        Col::text(0, owners).wanting(if area.width < 70 { 10 } else { 20 }),
        Col::text(0, dues.iter().map(String::as_str)),
    ];
    let widths = share_rest(inner.width.saturating_sub(2), 1, &cols, &[2, 1, 0], Some(0));
    let rows: Vec<Vec<(String, ratatui::style::Style)>> = shown
        .iter()
        .zip(&dues)
        .map(|(a, due)| {
            [a.text.as_str(), a.owner.as_str(), due.as_str()]
                .iter()
                .zip(&widths)
                .map(|(t, w)| {
                    (
                        crate::ui::fit(t, usize::from(*w)),
                        ratatui::style::Style::default(),
                    )
                })
                .collect()
        })
        .collect();
    let constraints: Vec<Constraint> = widths.iter().map(|w| Constraint::Length(*w)).collect();
    let highlight = if active {
        theme.selected()
    } else {
        theme.muted()
    };
    crate::ui::paint::table(
        buf,
        inner,
        &constraints,
        None,
        &rows,
        Some(selected - first),
        highlight,
    );
}
