//! What surrounds every screen: the header with the clocks, the steps, the hint bar.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::App;
use crate::app::keys::{self, Hint};
use crate::t;

/// Draws the frame and returns the area left for the screen itself.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Rect {
    let theme = Theme { color: app.color };
    let has_steps = app.workshop().is_some();
    let message = app.save_error.map_or_else(
        || app.message.as_ref().map(|m| (m.text.clone(), m.error)),
        |err| {
            let error = crate::i18n::io_kind(err, &app.i18n);
            Some((t!(app.i18n, "save-failed", error = error), true))
        },
    );
    // A message that does not fit wraps, up to three rows, rather than losing its
    // key words.
    let wrapped = message.as_ref().map_or_else(Vec::new, |(text, _)| {
        let mut lines = crate::text::wrap(0, text, usize::from(area.width));
        if lines.len() > 3 {
            lines.truncate(3);
            lines[2].push('…');
        }
        lines
    });
    let [header, steps, body, message_area, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(has_steps)),
        Constraint::Min(1),
        Constraint::Length(wrapped.len() as u16),
        Constraint::Length(1),
    ])
    .areas(area);

    header_line(app, theme, header.width as usize).render(header, buf);
    if has_steps {
        steps_line(app, theme, steps.width as usize).render(steps, buf);
    }
    if let Some((_, error)) = message {
        let style = if error { theme.warn() } else { theme.good() };
        let lines = wrapped
            .into_iter()
            .map(|l| Line::styled(super::fit(&l, message_area.width as usize), style))
            .collect();
        super::paint::lines(buf, message_area, lines, 0);
    }
    hint_line(app, theme, hints.width as usize).render(hints, buf);
    body
}

fn clock(secs: i64) -> String {
    let secs = secs.max(0);
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{:02}:{:02}", secs / 60, secs % 60)
    }
}

fn header_line(app: &App, theme: Theme, width: usize) -> Line<'static> {
    let i = &app.i18n;
    let Some(ws) = app.workshop() else {
        // While the folder is read, the count would say "no sessions": say nothing yet.
        let count = if app.loading && app.sessions.is_empty() {
            String::new()
        } else {
            t!(i, "home-count", count = app.sessions.len())
        };
        let left = format!(" {} ", i.t("app-name"));
        let pad = width.saturating_sub(left.width() + count.width() + 1);
        return Line::from(vec![
            Span::styled(left, theme.accent()),
            Span::raw(" ".repeat(pad)),
            Span::styled(count, theme.muted()),
        ]);
    };
    let fw = &app.framework;
    let step_secs = ws.step_seconds(fw, app.now);
    let boxed = fw
        .steps
        .iter()
        .find(|s| s.id == ws.step.timebox(fw))
        .map_or(0, |s| i64::from(s.minutes) * 60);
    let session_secs = ws.session_seconds(app.now);
    let over = boxed > 0 && step_secs > boxed;
    let timer = t!(
        i,
        "header-timer",
        step = clock(step_secs),
        box = clock(boxed),
        session = clock(session_secs)
    );
    let timer = if over {
        format!("{} {timer}", i.t("header-over"))
    } else {
        timer
    };
    let title = if ws.session.title.trim().is_empty() {
        i.t("new-session")
    } else {
        ws.session.title.clone()
    };
    let room = width.saturating_sub(timer.width() + 3);
    let title = super::fit(&title, room);
    let pad = width.saturating_sub(title.width() + timer.width() + 2);
    Line::from(vec![
        Span::styled(format!(" {title}"), theme.title()),
        Span::raw(" ".repeat(pad)),
        Span::styled(timer, if over { theme.warn() } else { theme.muted() }),
        Span::raw(" "),
    ])
}

/// Set-up › Room › Review › Wide › … with the current stage marked. (No "step n of
/// m": a step added to the framework would change every screen.)
fn steps_line(app: &App, theme: Theme, width: usize) -> Line<'static> {
    let Some(ws) = app.workshop() else {
        return Line::default();
    };
    let fw = &app.framework;
    let current = ws.step.stage();
    let stages = fw.stages();
    let label = |s| {
        fw.step_box(s)
            .map_or_else(|| s.id(fw).to_string(), |b| b.label.clone())
    };
    let full: usize = stages.iter().map(|s| label(*s).width() + 3).sum();
    if full > width {
        // Too narrow for every stage: the current one and the next.
        let at = stages.iter().position(|s| *s == current).unwrap_or(0);
        let mut spans = vec![
            Span::raw(" "),
            Span::styled(label(current), theme.selected()),
        ];
        if let Some(next) = stages.get(at + 1) {
            spans.push(Span::styled(format!(" › {}", label(*next)), theme.muted()));
        }
        return Line::from(spans);
    }
    let mut spans = vec![Span::raw(" ")];
    for (n, s) in stages.iter().enumerate() {
        if n > 0 {
            spans.push(Span::styled(" › ", theme.muted()));
        }
        let style = if *s == current {
            theme.selected()
        } else {
            theme.muted()
        };
        spans.push(Span::styled(label(*s), style));
    }
    Line::from(spans)
}

fn hint_line(app: &App, theme: Theme, width: usize) -> Line<'static> {
    let contexts = app.contexts();
    let mut seen: Vec<&str> = Vec::new();
    let hints: Vec<(String, String, bool, bool)> =
        keys::active(&contexts, |b| app.binding_applies(b))
            .into_iter()
            .filter(|b| app.hinted(b))
            .filter(|b| {
                let fresh = !seen.contains(&b.msg);
                seen.push(b.msg);
                fresh
            })
            .map(|b| {
                (
                    b.key.label(&app.labels()),
                    app.i18n.t(b.msg),
                    matches!(b.hint, Hint::Vital | Hint::While(_)),
                    b.action == crate::app::Action::Help,
                )
            })
            .collect();
    let cost = |(k, w, _, _): &(String, String, bool, bool)| k.width() + w.width() + 3;
    let reserved: usize = hints.iter().filter(|h| h.2).map(cost).sum();
    let mut used = reserved;
    let mut keep = vec![false; hints.len()];
    for (n, h) in hints.iter().enumerate() {
        if h.2 {
            keep[n] = true;
        } else if used + cost(h) <= width {
            used += cost(h);
            keep[n] = true;
        }
    }
    // When even the vital keys do not all fit, the way to help stays: the others
    // give way from the end.
    let mut order: Vec<usize> = (0..hints.len()).filter(|n| hints[*n].3).collect();
    order.extend((0..hints.len()).filter(|n| !hints[*n].3));
    let mut total = 0;
    let mut shown = vec![false; hints.len()];
    for n in order {
        if keep[n] && total + cost(&hints[n]) <= width {
            total += cost(&hints[n]);
            shown[n] = true;
        }
    }
    let mut spans = Vec::new();
    for (n, (key, what, _, _)) in hints.iter().enumerate() {
        if shown[n] {
            spans.push(Span::styled(format!(" {key}"), theme.key()));
            spans.push(Span::styled(format!(" {what} "), theme.muted()));
        }
    }
    Line::from(spans)
}
