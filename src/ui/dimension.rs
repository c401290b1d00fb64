//! The five parts of a dimension: card, contributions, ratings, agreement, actions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::theme::{Theme, level_bar, panel};
use crate::app::App;
use crate::app::workshop::{Sub, Workshop};
use crate::domain::summary::public_name;
use crate::t;

/// "Wide · Contributions" with the five parts, the current one marked.
fn subtitle(app: &App, d: usize, current: Sub, theme: Theme, area: Rect, buf: &mut Buffer) -> Rect {
    let [top, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let mut spans = vec![Span::styled(
        format!(" {} ", app.framework.dimensions[d].name),
        theme.accent(),
    )];
    for sub in Sub::ALL {
        let style = if sub == current {
            theme.selected()
        } else {
            theme.muted()
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(app.i18n.t(sub.message_id()), style));
    }
    Line::from(spans).render(top, buf);
    rest
}

pub fn card(app: &App, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let area = subtitle(app, d, Sub::Card, theme, area, buf);
    let dim = &app.framework.dimensions[d];
    let i = &app.i18n;
    let w = area.width as usize;
    let mut lines = vec![Line::default()];
    lines.extend(super::hanging(" ", &dim.definition, w, theme.title()));
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", i.t("card-questions")),
        theme.title(),
    ));
    for q in &dim.guiding_questions {
        lines.extend(super::hanging("  • ", q, w, theme.key()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", i.t("card-levels")),
        theme.title(),
    ));
    for (level, desc) in app.framework.levels.iter().zip(&dim.level_descriptors) {
        lines.extend(super::hanging(
            &format!("  {} ", level.value),
            &format!("{} — {desc}", level.name),
            w,
            theme.key(),
        ));
    }
    scrolled(
        lines,
        app.workshop.as_ref().map_or(0, |w| w.dims[d].card_scroll),
        theme,
        area,
        buf,
    );
}

/// Lines shown from `scroll`, with a mark when more lies below or above.
pub fn scrolled(
    lines: Vec<Line<'static>>,
    scroll: u16,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let total = lines.len() as u16;
    let scroll = scroll.min(total.saturating_sub(area.height));
    super::paint::plain(buf, area, &lines, scroll);
    if area.height == 0 || area.width < 3 {
        return;
    }
    let x = area.right() - 2;
    if scroll + area.height < total {
        Line::styled("▼", theme.accent()).render(Rect::new(x, area.bottom() - 1, 1, 1), buf);
    }
    if scroll > 0 {
        Line::styled("▲", theme.accent()).render(Rect::new(x, area.y, 1, 1), buf);
    }
}

/// A titled panel with a list of lines, one of them selected, or a hint when empty.
#[allow(clippy::too_many_arguments)]
fn list_panel(
    title: String,
    empty: String,
    count: usize,
    line: &dyn Fn(usize) -> String,
    selected: usize,
    active: bool,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let block = panel(title, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if count == 0 {
        super::para(vec![Line::styled(format!(" {empty}"), theme.muted())]).render(inner, buf);
        return;
    }
    // Only the rows in view are formatted: a session of 5,000 contributions draws as
    // fast as one of 5.
    let width = inner.width.saturating_sub(2) as usize;
    let selected = selected.min(count - 1);
    let rows = usize::from(inner.height).max(1);
    let first = (selected + 1).saturating_sub(rows);
    let items: Vec<String> = (first..count.min(first + rows))
        .map(|n| super::fit(&line(n), width))
        .collect();
    let highlight = if active {
        theme.selected()
    } else {
        theme.muted()
    };
    super::paint::list(buf, inner, &items, Some(selected - first), highlight);
}

fn voice_label(ws: &Workshop, voice: Option<u32>, app: &App) -> String {
    match voice.and_then(|id| ws.session.voice(id)) {
        // The facilitator sees the names; "⊘" marks those not to be named in reports.
        Some(v) if v.consent_to_name => v.name.clone(),
        Some(v) => format!("⊘ {} ({})", v.name, public_name(v)),
        None => app.i18n.t("the-room"),
    }
}

pub fn contributions(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Contributions, theme, area, buf);
    let cs = &ws.dims[d].contrib;
    let dim_id = &app.framework.dimensions[d].id;
    let list = ws
        .session
        .dimension(dim_id)
        .map(|r| r.contributions.as_slice())
        .unwrap_or(&[]);
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
        i.t("contributions-empty"),
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
        super::fit(&format!(" {title} "), editor_area.width as usize),
        if cs.typing {
            theme.accent()
        } else {
            theme.muted()
        },
    ));
    let inner = block.inner(editor_area);
    block.render(editor_area, buf);
    if cs.typing {
        Widget::render(&cs.editor, super::inset(inner), buf);
    } else {
        Line::styled(
            format!(" {}", i.t("contributions-type-hint")),
            theme.muted(),
        )
        .render(inner, buf);
    }
}

fn distribution(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let dim_id = &app.framework.dimensions[d].id;
    let Some(record) = ws.session.dimension(dim_id) else {
        return;
    };
    let block = panel(i.t("ratings-distribution"), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines = Vec::new();
    if !record.ratings_revealed {
        lines.push(Line::raw(format!(
            " {}",
            t!(
                i,
                "ratings-hidden",
                given = record.ratings.len(),
                voices = ws.session.voices.len()
            )
        )));
        lines.push(Line::styled(
            format!(" {}", i.t("ratings-reveal-hint")),
            theme.muted(),
        ));
    } else {
        let dist = record.distribution(app.framework.levels.len());
        let most = dist.iter().copied().max().unwrap_or(0).max(1);
        let bar_room = inner.width.saturating_sub(8) as u32;
        for (level, n) in dist.iter().enumerate() {
            let len = (n * bar_room).div_ceil(most).min(bar_room) as usize;
            let len = if *n == 0 { 0 } else { len.max(1) };
            lines.push(Line::from(vec![
                Span::styled(format!(" {level} "), theme.key()),
                Span::styled("█".repeat(len), theme.accent()),
                Span::raw(format!(" {n}")),
            ]));
        }
    }
    super::paint::lines(buf, inner, lines, 0);
}

pub fn ratings(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Ratings, theme, area, buf);
    let rs = &ws.dims[d].ratings;
    let dim_id = &app.framework.dimensions[d].id;
    let record = ws.session.dimension(dim_id);
    let reason_h = if rs.reason.is_some() { 4 } else { 0 };
    let [main, reason_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(reason_h)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(main);
    let max = app.framework.max_level();
    let line = |n: usize| {
        let v = &ws.session.voices[n];
        let rating = record.and_then(|r| r.ratings.iter().find(|x| x.voice == v.id));
        let name = voice_label(ws, Some(v.id), app);
        let revealed = record.is_some_and(|r| r.ratings_revealed);
        // Until revealed, the screen (maybe projected) says only who has rated,
        // so that early ratings do not sway later ones.
        match rating {
            None => format!("· {} {name}", level_bar(None, max)),
            Some(_) if !revealed => format!("✓ {} {name}", "•".repeat(usize::from(max))),
            Some(r) => format!(
                "{} {} {name}  {}",
                r.level,
                level_bar(Some(r.level), max),
                r.reason
            ),
        }
    };
    list_panel(
        i.t("ratings-title"),
        i.t("ratings-no-voices"),
        ws.session.voices.len(),
        &line,
        rs.selected,
        true,
        theme,
        left,
        buf,
    );
    distribution(app, ws, d, right, buf);
    if let Some(reason) = &rs.reason {
        let who = ws
            .session
            .voices
            .get(rs.selected)
            .map(|v| voice_label(ws, Some(v.id), app))
            .unwrap_or_default();
        let block = panel(t!(i, "ratings-reason", voice = who), theme);
        let inner = block.inner(reason_area);
        block.render(reason_area, buf);
        Widget::render(reason, super::inset(inner), buf);
    }
}

pub fn agreement(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Agreement, theme, area, buf);
    let dim = &app.framework.dimensions[d];
    let record = ws.session.dimension(&dim.id);
    let agreed = record.and_then(|r| r.agreed_level);
    let [main, rationale_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(5)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(main);
    let block = panel(i.t("agreement-scale"), theme);
    let inner = block.inner(left);
    block.render(left, buf);
    // Every level on one line, so the whole scale is always in view; the chosen
    // level's full description below.
    let w = inner.width as usize;
    let mut lines = Vec::new();
    for (level, desc) in app.framework.levels.iter().zip(&dim.level_descriptors) {
        let chosen = agreed == Some(level.value);
        let mark = if chosen { "▶" } else { " " };
        let head = format!("{mark}{} {}", level.value, level.name);
        let rest = super::fit(
            &format!(" — {desc}"),
            w.saturating_sub(head.chars().count()),
        );
        let style = if chosen {
            theme.selected()
        } else {
            theme.key()
        };
        lines.push(Line::from(vec![Span::styled(head, style), Span::raw(rest)]));
    }
    if let Some(desc) = agreed.and_then(|l| dim.level_descriptors.get(usize::from(l))) {
        lines.push(Line::default());
        lines.extend(super::hanging(" ", desc, w, theme.title()));
    }
    super::paint::plain(buf, inner, &lines, 0);

    let [prev_area, dist_area] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(2)]).areas(right);
    let block = panel(i.t("agreement-previous"), theme);
    let inner = block.inner(prev_area);
    block.render(prev_area, buf);
    let prev = ws.previous.as_ref().map(|p| (p, p.agreed_level(&dim.id)));
    let text = match prev {
        None => i.t("agreement-no-previous"),
        Some((p, None)) => t!(
            i,
            "agreement-previous-none",
            date = i.date(p.started.date_naive())
        ),
        Some((p, Some(l))) => t!(
            i,
            "agreement-previous-level",
            level = l,
            name = app.framework.level(l).map_or("", |x| x.name.as_str()),
            date = i.date(p.started.date_naive())
        ),
    };
    super::para(vec![Line::raw(format!(" {text}"))]).render(inner, buf);
    distribution(app, ws, d, dist_area, buf);

    let ds = &ws.dims[d];
    let block = panel(i.t("agreement-rationale"), theme);
    let inner = block.inner(rationale_area);
    block.render(rationale_area, buf);
    match &ds.rationale {
        Some(ed) => Widget::render(ed, super::inset(inner), buf),
        None => {
            let text = record.map_or("", |r| r.rationale.as_str());
            let line = if text.is_empty() {
                Line::styled(format!(" {}", i.t("agreement-hint")), theme.muted())
            } else {
                Line::raw(format!(" {text}"))
            };
            super::para(vec![line]).render(inner, buf);
        }
    }
}

pub fn actions(app: &App, ws: &Workshop, d: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    let i = &app.i18n;
    let area = subtitle(app, d, Sub::Actions, theme, area, buf);
    let dim = &app.framework.dimensions[d];
    let st = &ws.dims[d].actions;
    let list = ws
        .session
        .dimension(&dim.id)
        .map(|r| r.actions.as_slice())
        .unwrap_or(&[]);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
    let form_h = if st.form.is_some() { 6 } else { 0 };
    let [list_area, form_area] =
        Layout::vertical([Constraint::Min(2), Constraint::Length(form_h)]).areas(left);
    let line = |n: usize| {
        let a = &list[n];
        let mut text = a.text.clone();
        if !a.owner.is_empty() {
            text.push_str(&format!(" — {}", a.owner));
        }
        if let Some(due) = a.due {
            text.push_str(&format!(" ({})", i.date(due)));
        }
        text
    };
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
        super::form::render_in_panel(app, title, form, form_area, buf);
    }
    let block = panel(i.t("actions-prompts"), theme);
    let inner = block.inner(right);
    block.render(right, buf);
    let lines: Vec<Line> = dim
        .action_prompts
        .iter()
        .map(|p| Line::raw(format!(" • {p}")))
        .collect();
    super::paint::lines(buf, inner, lines, 0);
}
