//! What surrounds every screen: the header with the clocks, the steps, the hint bar.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::App;
use crate::app::keys;
use crate::app::workshop::Step;
use crate::t;

/// Draws the frame and returns the area left for the screen itself.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Rect {
    let theme = Theme { color: app.color };
    let has_steps = app.workshop.is_some();
    let has_message = app.message.is_some() || app.save_error.is_some();
    let [header, steps, body, message, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(has_steps)),
        Constraint::Min(1),
        Constraint::Length(u16::from(has_message)),
        Constraint::Length(1),
    ])
    .areas(area);

    header_line(app, theme, header.width as usize).render(header, buf);
    if has_steps {
        steps_line(app, theme, steps.width as usize).render(steps, buf);
    }
    if let Some(err) = &app.save_error {
        let text = t!(app.i18n, "save-failed", error = err.as_str());
        Line::styled(super::fit(&text, message.width as usize), theme.warn()).render(message, buf);
    } else if let Some(m) = &app.message {
        let style = if m.error { theme.warn() } else { theme.good() };
        Line::styled(super::fit(&m.text, message.width as usize), style).render(message, buf);
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
    let Some(ws) = &app.workshop else {
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

/// Setup › Room › Review › Wide › … with the current stage marked, and the position
/// within all steps.
fn steps_line(app: &App, theme: Theme, width: usize) -> Line<'static> {
    let Some(ws) = &app.workshop else {
        return Line::default();
    };
    let fw = &app.framework;
    let all = Step::all(fw.dimensions.len());
    let at = all.iter().position(|s| *s == ws.step).unwrap_or(0);
    let current = ws.step.timebox(fw);
    let position = format!(" {}/{}", at + 1, all.len());
    let full: usize =
        fw.steps.iter().map(|s| s.label.width() + 3).sum::<usize>() + position.width();
    if full > width {
        // Too narrow for every stage: the position, the current stage and the next.
        let stage = fw.steps.iter().position(|s| s.id == current).unwrap_or(0);
        let mut spans = vec![
            Span::styled(position.clone(), theme.muted()),
            Span::raw(" "),
            Span::styled(fw.steps[stage].label.clone(), theme.selected()),
        ];
        if let Some(next) = fw.steps.get(stage + 1) {
            spans.push(Span::styled(format!(" › {}", next.label), theme.muted()));
        }
        return Line::from(spans);
    }
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (n, s) in fw.steps.iter().enumerate() {
        let label = s.label.clone();
        let sep = if n == 0 { "" } else { " › " };
        if used + sep.width() + label.width() + position.width() > width {
            spans.push(Span::raw(" …"));
            break;
        }
        spans.push(Span::styled(sep, theme.muted()));
        let style = if s.id == current {
            theme.selected()
        } else {
            theme.muted()
        };
        used += sep.width() + label.width();
        spans.push(Span::styled(label, style));
    }
    spans.push(Span::styled(position, theme.muted()));
    Line::from(spans)
}

fn hint_line(app: &App, theme: Theme, width: usize) -> Line<'static> {
    let contexts = app.contexts();
    let mut seen: Vec<&str> = Vec::new();
    let hints: Vec<(String, String, bool)> = keys::active(&contexts)
        .into_iter()
        .filter(|b| b.hint && app.binding_applies(b))
        .filter(|b| {
            let fresh = !seen.contains(&b.msg);
            seen.push(b.msg);
            fresh
        })
        .map(|b| {
            // The way on and the way to help always find room, even in French at 80.
            let vital = matches!(
                b.msg,
                "key-help" | "key-next-step" | "key-submit" | "key-save"
            );
            (b.key.label(&app.i18n), app.i18n.t(b.msg), vital)
        })
        .collect();
    let cost = |(k, w, _): &(String, String, bool)| k.width() + w.width() + 3;
    let reserved: usize = hints.iter().filter(|h| h.2).map(cost).sum();
    let mut used = reserved;
    let mut keep = vec![false; hints.len()];
    for (n, h) in hints.iter().enumerate() {
        if h.2 {
            keep[n] = used <= width || cost(h) <= width;
        } else if used + cost(h) <= width {
            used += cost(h);
            keep[n] = true;
        }
    }
    let mut spans = Vec::new();
    let mut total = 0;
    for (n, (key, what, _)) in hints.iter().enumerate() {
        if !keep[n] || total + key.width() + what.width() + 3 > width {
            continue;
        }
        total += key.width() + what.width() + 3;
        spans.push(Span::styled(format!(" {key}"), theme.key()));
        spans.push(Span::styled(format!(" {what} "), theme.muted()));
    }
    Line::from(spans)
}
