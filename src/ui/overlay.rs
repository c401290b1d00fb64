//! Pop-ups over the screen: help, confirmations and pickers.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Clear, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};

use super::theme::Theme;
use crate::app::keys::{self, Ctx};
use crate::app::workshop::Step;
use crate::app::{Action, App, Confirm, Overlay, Picker};
use crate::i18n::Localise;

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [r] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(r);
    r
}

fn boxed(title: &str, theme: Theme) -> Block<'static> {
    Block::bordered().title(Span::styled(format!(" {title} "), theme.accent()))
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme { color: app.color };
    match &app.overlay {
        Overlay::None => {}
        Overlay::Help(scroll) => help(app, *scroll, theme, area, buf),
        Overlay::Errors(scroll) => errors(app, *scroll, theme, area, buf),
        Overlay::Confirm(what) => confirm(app, *what, theme, area, buf),
        Overlay::Picker(p) => picker(app, p, theme, area, buf),
    }
}

/// The keys of the screen under the pop-up, one line per thing to do.
fn help(app: &App, scroll: u16, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    // The help lists the keys of the screen under the overlay.
    let under = {
        let mut v = screen_contexts(app);
        v.retain(|c| *c != Ctx::Help);
        v
    };
    let labels = app.labels();
    let bindings: Vec<_> = keys::active(&under, |b| app.binding_applies(b));
    // One line per thing to do, with every key that does it; each key's label
    // is looked up once (the catalogue lookups are what the help costs).
    let mut grouped: Vec<(&str, Vec<String>)> = Vec::new();
    for b in &bindings {
        let label = b.key.label(&labels);
        match grouped.iter_mut().find(|(msg, _)| *msg == b.msg) {
            Some((_, labels)) => labels.push(label),
            None => grouped.push((b.msg, vec![label])),
        }
    }
    // The keys' column as wide as its widest entry (up to a point), so that
    // "PgDn, PgUp, ↓, ↑" never runs into its description.
    let keys: Vec<(String, &str)> = grouped
        .into_iter()
        .map(|(msg, labels)| (labels.join(", "), msg))
        .collect();
    let column = keys
        .iter()
        .map(|(k, _)| unicode_width::UnicodeWidthStr::width(k.as_str()))
        .max()
        .unwrap_or(0)
        .clamp(15, 24);
    let mut lines: Vec<Line> = keys
        .into_iter()
        .map(|(k, msg)| {
            let pad = column.saturating_sub(unicode_width::UnicodeWidthStr::width(k.as_str()));
            Line::from(vec![
                Span::styled(format!(" {k}{} ", " ".repeat(pad)), theme.key()),
                Span::raw(i.t(msg)),
            ])
        })
        .collect();
    let r = centered(
        area,
        area.width.saturating_sub(4).min(76),
        area.height.saturating_sub(2),
    );
    if app.focused_text_area_open() {
        lines.push(Line::default());
        lines.extend(super::hanging(
            " ",
            &i.t("help-editor"),
            r.width.saturating_sub(2) as usize,
            theme.muted(),
        ));
    }
    Clear.render(r, buf);
    let block = boxed(&i.t("help-title"), theme);
    let inner = block.inner(r);
    block.render(r, buf);
    // Each line starts with a space, which stands for the left margin that
    // `lines` keeps; there is none on the right, over the border.
    let margin = Rect {
        width: inner.width + 1,
        ..inner
    };
    super::paint::lines(buf, margin, lines, scroll);
}

/// The files of the folder that could not be read, and why.
fn errors(app: &App, scroll: u16, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let r = centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    let w = r.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    for e in &app.load_errors {
        lines.extend(super::hanging("• ", &e.localise(i), w, theme.warn()));
    }
    lines.push(Line::default());
    lines.extend(super::hanging(
        "",
        &i.t("errors-untouched"),
        w,
        theme.muted(),
    ));
    Clear.render(r, buf);
    Paragraph::new(lines)
        .block(boxed(&i.t("errors-title"), theme))
        .scroll((scroll, 0))
        .render(r, buf);
}

/// A question, the thing it is about, and the keys that answer it.
fn confirm(app: &App, what: Confirm, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let question = match what {
        Confirm::DeleteVoice(_) => i.t("confirm-delete-voice"),
        Confirm::DeleteContribution(_) => i.t("confirm-delete-contribution"),
        Confirm::DeleteAction(_) => i.t("confirm-delete-action"),
        Confirm::ClearRating(_) => i.t("confirm-clear-rating"),
        Confirm::Finish => i.t("confirm-finish"),
        Confirm::QuitUnsaved => i.t("confirm-quit-unsaved"),
    };
    // Say which one, so nobody deletes the wrong thing in a hurry.
    let item = app.workshop().and_then(|ws| {
        let dim = match ws.step {
            crate::app::workshop::Step::Dim(d, _) => app
                .framework
                .dimensions
                .get(d)
                .and_then(|x| ws.session.dimension(&x.id)),
            _ => None,
        };
        match what {
            Confirm::DeleteVoice(id) => ws.session.voice(id).map(|v| v.name.clone()),
            Confirm::DeleteContribution(n) => dim
                .and_then(|r| r.contributions.get(n))
                .map(|c| c.text.clone()),
            Confirm::DeleteAction(id) => dim
                .and_then(|r| r.actions.iter().find(|a| a.id == id))
                .map(|a| a.text.clone()),
            // Whose rating; what it says only once the room has seen it, as the list
            // behind shows it.
            Confirm::ClearRating(voice) => dim
                .and_then(|d| Some((d, d.ratings.iter().find(|r| r.voice == voice)?)))
                .zip(ws.session.voice(voice))
                .map(|((d, r), v)| match (d.ratings_revealed, r.reason.trim()) {
                    (false, _) => v.name.clone(),
                    (true, "") => format!("{} · {}", v.name, r.level),
                    (true, reason) => format!("{} · {} — {reason}", v.name, r.level),
                }),
            _ => None,
        }
    });
    let r = centered(area, 56, if item.is_some() { 8 } else { 6 });
    Clear.render(r, buf);
    let mut lines = vec![Line::raw(question)];
    if let Some(item) = item {
        lines.push(Line::styled(
            crate::t!(i, "quoted", text = super::fit(&item, 46)),
            theme.title(),
        ));
    }
    lines.push(Line::default());
    let keys = crate::t!(
        i,
        "confirm-keys",
        yes = app.key(Ctx::Confirm, Action::Yes),
        no = app.key(Ctx::Confirm, Action::No)
    );
    lines.push(Line::styled(keys, theme.key()));
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(boxed(&i.t("confirm-title"), theme))
        .render(r, buf);
}

/// A list to choose from: a step, a speaker, a series.
fn picker(app: &App, p: &Picker, theme: Theme, area: Rect, buf: &mut Buffer) {
    let i = &app.i18n;
    let (title, items, selected): (String, Vec<String>, usize) = match p {
        Picker::Step(s) => {
            let fw = &app.framework;
            let items = Step::all(fw)
                .into_iter()
                .map(|st| match st {
                    Step::Dim(d, sub) => {
                        format!("   {} · {}", fw.dimensions[d].name, i.t(sub.message_id()))
                    }
                    other => fw
                        .steps
                        .iter()
                        .find(|x| x.id == other.timebox(fw))
                        .map_or_else(|| other.id(fw), |x| x.label.clone()),
                })
                .collect();
            (i.t("picker-step"), items, *s)
        }
        Picker::Voice(s) => {
            // Each entry with its number (the room is 0), those the filter leaves.
            let voices = app
                .workshop()
                .map_or(&[][..], |w| w.session.voices.as_slice());
            let items = app
                .voice_entries()
                .into_iter()
                .map(|n| match n.checked_sub(1).and_then(|k| voices.get(k)) {
                    Some(v) => format!(
                        "{n:>2} {} · {}",
                        crate::text::one_line(&v.name),
                        app.framework.group_label(&v.group)
                    ),
                    None => format!("{n:>2} {}", i.t("the-room")),
                })
                .collect::<Vec<_>>();
            let items = if items.is_empty() {
                vec![i.t("picker-no-match")]
            } else {
                items
            };
            let title = if app.filter.is_empty() {
                i.t("picker-voice")
            } else {
                crate::t!(i, "picker-voice-filtered", filter = app.filter.as_str())
            };
            (title, items, *s)
        }
        Picker::Series(s) => (
            i.t("picker-series"),
            crate::store::series_names(&app.sessions),
            *s,
        ),
        Picker::Person(s) => {
            let items = app
                .absent()
                .iter()
                .map(|p| {
                    format!(
                        "{} · {}",
                        crate::text::one_line(&p.name),
                        app.framework.group_label(&p.group)
                    )
                })
                .collect();
            (i.t("picker-person"), items, *s)
        }
    };
    let height = (items.len() as u16 + 2)
        .min(area.height.saturating_sub(2))
        .max(3);
    let r = centered(area, 50, height);
    Clear.render(r, buf);
    // Borders and the "› " mark take four columns; a longer name ends with "…"
    // rather than being cut mid-word with nothing to say so.
    let room = usize::from(r.width.saturating_sub(4));
    let list = List::new(
        items
            .into_iter()
            .map(|item| ListItem::new(super::fit(&item, room)))
            .collect::<Vec<_>>(),
    )
    .block(boxed(&title, theme))
    .highlight_style(theme.selected())
    .highlight_symbol("› ");
    let mut state = ListState::default().with_selected(Some(selected));
    StatefulWidget::render(list, r, buf, &mut state);
}

fn screen_contexts(app: &App) -> Vec<Ctx> {
    app.contexts_without_overlay()
}
