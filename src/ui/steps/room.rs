//! Who is in the room: the voices, and the live headcount by group, gender and age.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::app::workshop::Workshop;
use crate::domain::session::{Voice, VoiceKind};
use crate::domain::summary;
use crate::t;
use crate::ui::theme::{Theme, panel};

pub fn render(app: &App, ws: &Workshop, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    // Below 100 columns the names matter more than the totals' width.
    let totals_share = if area.width < 100 { 32 } else { 42 };
    let [left, right] = Layout::horizontal([
        Constraint::Percentage(100 - totals_share),
        Constraint::Percentage(totals_share),
    ])
    .areas(area);
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

/// The voices of the room, one row each, then those of the series not here (yet).
fn voices(app: &App, ws: &Workshop, theme: Theme, list_area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let s = &ws.session;
    let absent = app.absent();
    let block = panel(t!(i, "room-voices", count = s.voices.len()), theme);
    let inner = block.inner(list_area);
    block.render(list_area, buf);
    let n = s.voices.len();
    // The roster takes what the room leaves, and at least half when both are long.
    let absent_height = if absent.is_empty() {
        0
    } else {
        let wanted = u16::try_from(absent.len() + 1).unwrap_or(u16::MAX);
        let room_rows = u16::try_from(n.max(1)).unwrap_or(u16::MAX);
        wanted
            .min(inner.height.saturating_sub(room_rows).max(inner.height / 2))
            .min(inner.height.saturating_sub(1))
    };
    let [here, roster] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(absent_height)]).areas(inner);
    let people: Vec<Voice> = absent.iter().map(|p| p.voice(0)).collect();
    let widths = widths(app, inner.width, s.voices.iter().chain(&people));
    let highlight = if ws.room.form.is_none() {
        theme.selected()
    } else {
        theme.muted()
    };
    let selected = ws.room.selected;
    if s.voices.is_empty() {
        crate::ui::para(vec![Line::styled(
            format!(" {}", i.t("room-empty")),
            theme.muted(),
        )])
        .render(here, buf);
    } else {
        // Each voice with its number, which picks them as speaker.
        let rows = |n: usize, v: &Voice, w: &[usize]| row(app, v, Some(n + 1), w);
        let at = (selected < n).then_some(selected);
        rows_in_view(buf, here, (&s.voices, &widths), rows, at, highlight);
    }
    if !roster.is_empty() {
        let [title, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(roster);
        crate::ui::paint::lines(
            buf,
            title,
            vec![Line::styled(
                format!(" {}", t!(i, "room-roster", count = absent.len())),
                theme.muted(),
            )],
            0,
        );
        let rows = |_: usize, v: &Voice, w: &[usize]| {
            row(app, v, None, w)
                .into_iter()
                .map(|(t, _)| (t, theme.muted()))
                .collect()
        };
        let at = selected.checked_sub(n).filter(|k| *k < people.len());
        rows_in_view(buf, list, (&people, &widths), rows, at, highlight);
    }
}

/// The columns of a voice's row: number, consent, name, headcount, group, gender.
/// The name grows first to its longest, then the group; room and roster share them
/// so that they stay aligned.
fn widths<'a>(app: &App, width: u16, voices: impl Iterator<Item = &'a Voice> + Clone) -> Vec<u16> {
    use crate::ui::columns::{Col, share_rest};
    let names = voices.clone().map(|v| v.name.as_str());
    let groups = voices.map(|v| app.framework.group_label(&v.group));
    let cols = [
        Col::fixed(2),
        Col::fixed(1),
        Col::text(10, names).wanting(18),
        Col::fixed(5),
        Col::text(8, groups).wanting(14),
        Col::fixed(6),
    ];
    // Two for the selection mark; what the cells leave stays at the end of the row,
    // so that a voice's headcount keeps beside its name.
    share_rest(width.saturating_sub(2), 1, &cols, &[2, 4], None)
}

type Row = Vec<(String, ratatui::style::Style)>;

/// Only the rows in view are built: 300 voices draw as fast as 3.
fn rows_in_view(
    buf: &mut Buffer,
    area: Rect,
    (voices, widths): (&[Voice], &[u16]),
    row: impl Fn(usize, &Voice, &[usize]) -> Row,
    selected: Option<usize>,
    highlight: ratatui::style::Style,
) {
    if area.is_empty() {
        return;
    }
    let cols: Vec<usize> = widths.iter().map(|w| usize::from(*w)).collect();
    let constraints: Vec<Constraint> = widths.iter().map(|w| Constraint::Length(*w)).collect();
    let in_view = usize::from(area.height).max(1);
    let at = selected.map(|s| s.min(voices.len().saturating_sub(1)));
    let first = at.map_or(0, |s| (s + 1).saturating_sub(in_view));
    let rows: Vec<Row> = voices[first.min(voices.len())..]
        .iter()
        .take(in_view)
        .enumerate()
        .map(|(k, v)| row(first + k, v, &cols))
        .collect();
    crate::ui::paint::table(
        buf,
        area,
        &constraints,
        None,
        &rows,
        at.map(|s| s - first),
        highlight,
    );
}

fn row(app: &App, v: &Voice, number: Option<usize>, cols: &[usize]) -> Row {
    let plain = ratatui::style::Style::default();
    let count = match v.kind {
        VoiceKind::Person => String::new(),
        VoiceKind::Group { headcount } => format!("×{headcount}"),
    };
    // Its own column, so names stay aligned.
    let consent = if v.consent_to_name { " " } else { "⊘" };
    let number = number.map_or(String::new(), |n| format!("{n:>2}"));
    vec![
        (number, plain),
        (consent.to_string(), plain),
        (crate::ui::fit(&v.name, cols[2]), plain),
        (count, plain),
        (
            crate::ui::fit(app.framework.group_label(&v.group), cols[4]),
            plain,
        ),
        (
            crate::ui::fit(&app.i18n.t(v.gender.short_message_id()), cols[5]),
            plain,
        ),
    ]
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
        .map(|(g, n)| format!("{}\u{a0}{n}", i.t(g.message_id())))
        .collect();
    if !genders.is_empty() {
        lines.push(Line::raw(format!(" {}", genders.join(" · "))));
    }
    let ages: Vec<String> = summary::by_age(s)
        .into_iter()
        .map(|(a, n)| format!("{}\u{a0}{n}", app.framework.age_label(a)))
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
