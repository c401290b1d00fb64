//! Who is in the room: the voices, and the live headcount by group, gender and age.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::app::keys::Ctx;
use crate::app::workshop::Workshop;
use crate::app::{Action, App};
use crate::domain::session::VoiceKind;
use crate::domain::summary;
use crate::t;
use crate::ui::theme::{Theme, panel};

pub fn render(app: &App, ws: &Workshop, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(area);
    let form_height = ws.room.form.as_ref().map_or(0, |(_, f)| {
        f.fields.iter().filter(|f| f.visible).count() as u16 + 3
    });
    let [list_area, form_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(form_height)]).areas(left);

    voices(app, ws, theme, list_area, buf);
    if let Some((editing, form)) = &ws.room.form {
        let title = if editing.is_some() {
            i.t("room-edit-voice")
        } else {
            i.t("room-add-voice")
        };
        crate::ui::form::render_in_panel(app, title, form, form_area, buf);
    }

    totals(app, ws, theme, right, buf);
}

/// The voices of the room, one row each.
fn voices(app: &App, ws: &Workshop, theme: Theme, list_area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let s = &ws.session;
    let block = panel(t!(i, "room-voices", count = s.voices.len()), theme);
    let inner = block.inner(list_area);
    block.render(list_area, buf);
    if s.voices.is_empty() {
        crate::ui::para(vec![Line::styled(
            format!(
                " {}",
                t!(i, "room-empty", key = app.key(Ctx::List, Action::Add))
            ),
            theme.muted(),
        )])
        .render(inner, buf);
    } else {
        let widths = [
            Constraint::Length(1),
            Constraint::Fill(3),
            Constraint::Length(5),
            Constraint::Fill(3),
            Constraint::Length(6),
        ];
        let cols: Vec<usize> = Layout::horizontal(widths)
            .spacing(1)
            .split(Rect {
                width: inner.width.saturating_sub(2),
                ..inner
            })
            .iter()
            .map(|r| r.width as usize)
            .collect();
        // Only the rows in view are built: 300 voices draw as fast as 3.
        let in_view = usize::from(inner.height).max(1);
        let selected = ws.room.selected.min(s.voices.len() - 1);
        let first = (selected + 1).saturating_sub(in_view);
        let plain = ratatui::style::Style::default();
        let rows: Vec<Vec<(String, ratatui::style::Style)>> = s.voices[first..]
            .iter()
            .take(in_view)
            .map(|v| {
                let count = match v.kind {
                    VoiceKind::Person => String::new(),
                    VoiceKind::Group { headcount } => format!("×{headcount}"),
                };
                // Its own column, so names stay aligned.
                let consent = if v.consent_to_name { " " } else { "⊘" };
                vec![
                    (consent.to_string(), plain),
                    (crate::ui::fit(&v.name, cols[1]), plain),
                    (count, plain),
                    (
                        crate::ui::fit(app.framework.group_label(&v.group), cols[3]),
                        plain,
                    ),
                    (
                        crate::ui::fit(&i.t(v.gender.short_message_id()), cols[4]),
                        plain,
                    ),
                ]
            })
            .collect();
        let highlight = if ws.room.form.is_none() {
            theme.selected()
        } else {
            theme.muted()
        };
        crate::ui::paint::table(
            buf,
            inner,
            &widths,
            None,
            &rows,
            Some(selected - first),
            highlight,
        );
    }
}

/// The live headcount: the evidence for "wide".
fn totals(app: &App, ws: &Workshop, theme: Theme, right: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let s = &ws.session;
    let block = panel(i.t("room-summary"), theme);
    let inner = block.inner(right);
    block.render(right, buf);
    let mut lines = vec![Line::styled(
        format!(" {}", t!(i, "count-people", count = s.headcount())),
        theme.title(),
    )];
    for (group, _, people) in summary::by_group(s) {
        lines.push(Line::raw(format!(
            "  {} {}",
            crate::ui::fit(
                app.framework.group_label(group),
                inner.width.saturating_sub(8) as usize
            ),
            people
        )));
    }
    let genders: Vec<String> = summary::by_gender(s)
        .into_iter()
        .map(|(g, n)| format!("{} {n}", i.t(g.message_id())))
        .collect();
    if !genders.is_empty() {
        lines.push(Line::raw(format!(" {}", genders.join(" · "))));
    }
    let ages: Vec<String> = summary::by_age(s)
        .into_iter()
        .map(|(a, n)| format!("{} {n}", app.framework.age_label(a)))
        .collect();
    if !ages.is_empty() {
        lines.push(Line::raw(format!(" {}", ages.join(" · "))));
    }
    let absent = summary::absent_groups(s, &app.framework.stakeholder_groups);
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", t!(i, "room-absent", count = absent.len())),
        theme.warn(),
    ));
    let labels: Vec<&str> = absent
        .iter()
        .map(|g| app.framework.group_label(g))
        .collect();
    lines.push(Line::raw(format!(" {}", labels.join(" · "))));
    crate::ui::paint::lines(buf, inner, lines, 0);
}
