//! Text in any script survives byte for byte and never breaks a layout.

#[path = "common/common.rs"]
mod common;

use common::Driver;
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toguna::app::App;
use toguna::app::workshop::{Step, Sub};

const CORPUS: &[&str] = &[
    "Les femmes n'ont pas été consultées — « jamais » !",
    "الصلح خير، والمشاركة حق للجميع",
    "ⵜⴰⵎⴰⵣⵉⵖⵜ ⴷ ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵉⵎⴰⵣⵉⵖⵏ",
    "地方自主权 — 女性和青年的参与",
    "👩🏾‍🌾👨🏿‍🏫 🇲🇱 ✊🏽",
    "e\u{301}le\u{300}ve combining ñ\u{303}",
    "\u{202e}right-to-left override\u{202c} and \u{200f}RLM",
    "control \u{7} bell \u{1b}[31m escape \u{0} nul \t tab",
    "Antidisestablishmentarianismantidisestablishmentarianismantidisestablishmentarianismxxxxxxxxxxxxxxxxxxxx",
    "line one\nline two\n\nline four",
];

fn screen(app: &App, w: u16, h: u16) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    let buf = t.backend().buffer().clone();
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn every_script_survives_and_every_screen_keeps_its_frame() {
    let mut d = Driver::new("fr");
    let go = |d: &mut Driver, step| {
        let fx = d.app.go_to(step);
        d.exec.run(&mut d.app, fx);
    };
    d.key(KeyCode::Char('n')).paste(CORPUS[1]).ctrl('s');
    for text in CORPUS {
        d.paste(text).key(KeyCode::Enter).key(KeyCode::Esc);
    }
    go(&mut d, Step::Dim(0, Sub::Contributions));
    for text in CORPUS {
        d.paste(text).key(KeyCode::Enter);
    }
    go(&mut d, Step::Dim(0, Sub::Agreement));
    d.key(KeyCode::Char('2'))
        .paste(CORPUS[2])
        .key(KeyCode::Enter);

    // Byte for byte on disk (voice names are single-line fields: newlines become spaces).
    let s = d.on_disk();
    let wide = s.dimension("wide").unwrap();
    let texts: Vec<&str> = wide.contributions.iter().map(|c| c.text.as_str()).collect();
    let expected: Vec<String> = CORPUS.iter().map(|t| t.trim().to_string()).collect();
    assert_eq!(texts, expected);
    assert_eq!(s.title, CORPUS[1]);
    assert_eq!(wide.rationale, CORPUS[2]);
    assert_eq!(s.voices.len(), CORPUS.len());
    assert_eq!(s.voices[2].name, CORPUS[2]);

    // Every step at 80x24 and a narrow 60x16: the header, the steps line and the hint
    // bar stay where they are, whatever the text in between.
    for (w, h) in [(80, 24), (60, 16), (160, 48)] {
        for step in Step::all(&d.app.framework) {
            go(&mut d, step);
            let rows = screen(&d.app, w, h);
            assert!(
                rows[0].contains("Étape"),
                "header at {w}x{h} on {step:?}:\n{}",
                rows.join("\n")
            );
            let hints = rows.last().unwrap();
            assert!(!hints.trim().is_empty(), "hint bar at {w}x{h} on {step:?}");
            for text in CORPUS {
                let start: String = text.chars().take(6).collect();
                assert!(
                    !hints.contains(&start),
                    "text spilled into the hint bar at {step:?}: {hints:?}"
                );
            }
            for row in &rows {
                assert!(
                    !row.contains('\u{1b}'),
                    "a raw escape reached the screen at {step:?}"
                );
            }
        }
    }
}
