use super::*;

fn draw(w: u16, h: u16, series: &[(&str, char, &[Option<u8>])]) -> Vec<String> {
    let names: Vec<String> = [
        "Absent",
        "Informed",
        "Consulted",
        "Involved",
        "Shared",
        "Led",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    let meetings: Vec<String> = (0..series[0].2.len())
        .map(|k| format!("m{}", k + 1))
        .collect();
    let chart = LevelChart {
        series: series
            .iter()
            .map(|(name, mark, levels)| Series {
                name,
                mark: *mark,
                color: Color::Reset,
                levels,
            })
            .collect(),
        level_names: &names,
        meetings: &meetings,
        axis: Style::default(),
        focus: meetings.len().saturating_sub(1),
        window_note: &|from, to| format!("{from}-{to}"),
    };
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    chart.render(area, &mut buf);
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect()
}

/// The row whose label is `level`.
fn label_row(lines: &[String], level: u8) -> usize {
    lines
        .iter()
        .position(|l| l.starts_with(&format!("{level}")) && l.contains('┤'))
        .unwrap_or_else(|| panic!("no label {level}:\n{}", lines.join("\n")))
}

#[test]
fn every_mark_sits_on_the_row_of_its_level_at_every_size() {
    let wide: &[Option<u8>] = &[Some(1), Some(2), Some(3)];
    let deep: &[Option<u8>] = &[Some(0), Some(1), Some(1)];
    for (w, h) in [(60, 10), (60, 12), (80, 14), (120, 25), (200, 40), (40, 9)] {
        let lines = draw(w, h, &[("Wide", '●', wide), ("Deep", '▲', deep)]);
        let rows: Vec<usize> = (0..=5).map(|l| label_row(&lines, l)).collect();
        // Labels top to bottom, evenly spaced.
        let gaps: Vec<usize> = rows.windows(2).map(|p| p[0] - p[1]).collect();
        assert!(
            gaps.iter().all(|g| *g == gaps[0] && *g > 0),
            "{w}x{h}: {rows:?}"
        );
        for (mark, levels) in [('●', wide), ('▲', deep)] {
            let found: Vec<usize> = lines
                .iter()
                .enumerate()
                .filter(|(_, l)| l.contains(mark))
                .map(|(n, _)| n)
                .filter(|n| *n > 0)
                .collect();
            let wanted: std::collections::BTreeSet<usize> = levels
                .iter()
                .map(|l| rows[usize::from(l.unwrap())])
                .collect();
            assert_eq!(
                found.into_iter().collect::<std::collections::BTreeSet<_>>(),
                wanted,
                "{w}x{h} {mark}:\n{}",
                lines.join("\n")
            );
        }
    }
}

#[test]
fn two_dimensions_at_one_level_both_show_and_the_legend_stays_above() {
    let same: &[Option<u8>] = &[Some(2), Some(2)];
    for (w, h) in [(60, 9), (80, 12), (160, 30)] {
        let lines = draw(
            w,
            h,
            &[
                ("Wide", '●', same),
                ("Systematic", '◆', same),
                ("Deep", '▲', same),
            ],
        );
        let row = label_row(&lines, 2);
        for mark in ['●', '◆', '▲'] {
            assert_eq!(
                lines[row].matches(mark).count(),
                2,
                "{w}x{h} {mark}:\n{}",
                lines.join("\n")
            );
        }
        // The legend is the first line, and nothing of the plot is on it.
        assert!(lines[0].starts_with("● Wide  ◆ Systematic"), "{}", lines[0]);
        assert!(!lines[0].contains('┤') && !lines[0].contains('│'));
    }
}

#[test]
fn level_names_beside_the_figures_when_wide_and_dates_under_the_meetings() {
    let levels: &[Option<u8>] = &[Some(1), None, Some(4)];
    let lines = draw(120, 20, &[("Wide", '●', levels)]);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("4 Shared") && l.contains('┤'))
    );
    let last = lines.last().unwrap();
    assert!(
        last.contains("m1") && last.contains("m2") && last.contains("m3"),
        "{last}"
    );
    // The meeting without a level has no mark.
    assert_eq!(
        lines.iter().map(|l| l.matches('●').count()).sum::<usize>() - 1,
        2
    );
    // Too small for a row per level: nothing is drawn rather than a wrong chart.
    let tiny = draw(60, 8, &[("Wide", '●', levels)]);
    assert!(tiny.iter().all(|l| l.trim().is_empty()));
}

#[test]
fn a_long_series_shows_the_meetings_that_fit_apart_around_the_focus() {
    let same: Vec<Option<u8>> = vec![Some(2); 50];
    for (w, h) in [(60, 10), (80, 14), (120, 20)] {
        let lines = draw(
            w,
            h,
            &[
                ("Wide", '●', &same),
                ("Systematic", '◆', &same),
                ("Deep", '▲', &same),
            ],
        );
        let row = &lines[label_row(&lines, 2)];
        let shown = row.matches('●').count();
        assert!(
            (2..50).contains(&shown),
            "{w}x{h}: {shown}\n{}",
            lines.join("\n")
        );
        // Every meeting drawn keeps its three marks, and marks of two meetings never touch.
        for mark in ['◆', '▲'] {
            assert_eq!(
                row.matches(mark).count(),
                shown,
                "{w}x{h}:\n{}",
                lines.join("\n")
            );
        }
        assert!(!row.contains("▲●"), "{w}x{h}: {row}");
        // The focus is the last meeting: the note says which are drawn, an arrow that
        // earlier ones are off the chart.
        let note = format!("{}-50", 50 - shown + 1);
        assert!(lines[0].ends_with(&note), "{w}x{h}: {}", lines[0]);
        assert!(lines[lines.len() - 2].contains('◂'), "{}", lines.join("\n"));
        assert!(!lines[lines.len() - 2].contains('▸'));
    }
}
