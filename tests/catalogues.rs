//! Both catalogues hold the same messages, and every message the code asks for exists.

use std::collections::BTreeSet;
use std::path::Path;

use toguna::i18n::{EN_FTL, FR_FTL, I18n, message_ids};

fn ids(ftl: &str) -> BTreeSet<String> {
    message_ids(ftl).into_iter().collect()
}

#[test]
fn english_and_french_have_the_same_messages() {
    let en = ids(EN_FTL);
    let fr = ids(FR_FTL);
    let only_en: Vec<_> = en.difference(&fr).collect();
    let only_fr: Vec<_> = fr.difference(&en).collect();
    assert!(only_en.is_empty(), "missing in fr.ftl: {only_en:?}");
    assert!(only_fr.is_empty(), "missing in en.ftl: {only_fr:?}");
    assert!(en.len() > 50);
}

#[test]
fn no_message_is_defined_twice() {
    for (name, ftl) in [("en", EN_FTL), ("fr", FR_FTL)] {
        let all = message_ids(ftl);
        let unique: BTreeSet<_> = all.iter().collect();
        assert_eq!(all.len(), unique.len(), "{name}.ftl repeats an id");
    }
}

/// Every literal message id in the source: `t!(x, "id"`, `.t("id")`, and the ids
/// returned by `message_id()` functions and `msg: "id"` fields of key tables.
fn ids_used_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_used_in(&path, out);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for (marker, skip_to_quote) in [("t!(", true), (".t(\"", false), ("msg: \"", false)] {
            let mut rest = squashed.as_str();
            while let Some(at) = rest.find(marker) {
                // `t!(` but not the end of `assert!(`.
                let macro_call = marker != "t!("
                    || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                rest = &rest[at + marker.len()..];
                if !macro_call {
                    continue;
                }
                let candidate = if skip_to_quote {
                    // t!(expr, "id" ...): the first string literal after the first comma.
                    match rest.split_once(',') {
                        Some((_, after)) => after.trim_start().strip_prefix('"'),
                        None => None,
                    }
                } else {
                    Some(rest)
                };
                if let Some((id, _)) = candidate.and_then(|c| c.split_once('"'))
                    && id.contains('-')
                    && id
                        .chars()
                        .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
                {
                    out.insert(id.to_string());
                }
            }
        }
        // `fn message_id(self) -> &'static str { match self { X => "id", ... } }`
        let mut rest = squashed.as_str();
        while let Some(at) = rest.find("fn message_id(") {
            rest = &rest[at..];
            let body_end = rest.find(" } } ").unwrap_or(rest.len());
            for part in rest[..body_end].split("=> \"").skip(1) {
                if let Some((id, _)) = part.split_once('"') {
                    out.insert(id.to_string());
                }
            }
            rest = &rest[1..];
        }
    }
}

#[test]
fn every_message_the_code_uses_exists() {
    let mut used = BTreeSet::new();
    ids_used_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(used.len() > 40, "the scan found too few ids: {used:?}");
    let en = ids(EN_FTL);
    let missing: Vec<_> = used.iter().filter(|id| !en.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "used in code, absent from the catalogues: {missing:?}"
    );
}

#[test]
fn the_command_line_help_is_complete_in_both_languages() {
    use clap::CommandFactory;
    for lang in ["en", "fr"] {
        let i = I18n::with_extra_dir(lang, None);
        let mut cmd = toguna::cli::localise::localise(toguna::cli::Cli::command(), &i);
        let mut texts = vec![cmd.render_long_help().to_string()];
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let sub = cmd.find_subcommand_mut(&name).unwrap();
            texts.push(sub.render_long_help().to_string());
        }
        for t in texts {
            assert!(
                !t.contains("cli-"),
                "a help text has no catalogue entry ({lang}):\n{t}"
            );
            if lang == "fr" {
                assert!(
                    !t.contains("Print help") && !t.contains("Usage:"),
                    "English left in:\n{t}"
                );
            }
        }
    }
}

/// Every string literal shaped like a message id (`word-word`) whose first word is the
/// first word of some catalogue id (key-, field-, problem-...) must be in the catalogue.
#[test]
fn every_id_shaped_literal_with_a_catalogue_prefix_exists() {
    fn literals(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                literals(&path, out);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, part) in text.split('"').enumerate() {
                let id_like = n % 2 == 1
                    && part.contains('-')
                    && part.starts_with(|c: char| c.is_ascii_lowercase())
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if id_like {
                    out.insert(part.to_string());
                }
            }
        }
    }
    let en = ids(EN_FTL);
    let prefixes: BTreeSet<&str> = en.iter().filter_map(|id| id.split('-').next()).collect();
    let mut found = BTreeSet::new();
    literals(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    let missing: Vec<_> = found
        .iter()
        .filter(|l| prefixes.contains(l.split('-').next().unwrap()) && !en.contains(*l))
        .collect();
    assert!(missing.is_empty(), "not in the catalogues: {missing:?}");
}

/// Keys are named in messages through the key table (a `{ $key }` argument), so that
/// changing a binding is one line: no message spells one by hand. The editor's own
/// keys (ratatui-textarea's) and the names of keys themselves are the exceptions.
#[test]
fn no_message_spells_a_key_by_hand() {
    let by_hand = regex_lite_free_scan;
    for (lang, ftl) in [("en", EN_FTL), ("fr", FR_FTL)] {
        for line in ftl.lines() {
            let id = line.split('=').next().unwrap_or("").trim();
            if id.starts_with("key") || id == "help-editor" || line.starts_with('#') {
                continue;
            }
            assert!(!by_hand(line), "{lang}: a key spelt by hand in: {line}");
        }
    }
}

/// "Press a ", "press Enter", "Appuyez sur e ", "Ctrl+O": a key written into the text.
fn regex_lite_free_scan(line: &str) -> bool {
    let lower = line.to_lowercase();
    for lead in ["press ", "appuyez sur ", "touche "] {
        let mut rest = lower.as_str();
        while let Some(at) = rest.find(lead) {
            rest = &rest[at + lead.len()..];
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            let named = ["enter", "entrée", "esc", "échap", "tab", "space", "espace"];
            if word.chars().count() == 1 || named.contains(&word.as_str()) {
                return true;
            }
        }
    }
    lower.contains("ctrl+") || lower.contains("alt+")
}

/// French typography: a non-breaking space (U+00A0) before `: ; ? !` and inside `« »`,
/// so that a line never breaks before the sign and the spacing is the French one.
#[test]
fn french_messages_follow_french_typography() {
    let mut wrong = Vec::new();
    for line in FR_FTL.lines().filter(|l| !l.trim_start().starts_with('#')) {
        // The text of the message, not the `id = ` before it.
        let text = match line.split_once(" = ") {
            Some((id, value)) if !id.contains(' ') && !id.is_empty() => value,
            _ => line,
        };
        let bad = [" :", " ;", " ?", " !", "« ", " »"]
            .iter()
            .any(|s| text.contains(s));
        let glued = text.char_indices().any(|(n, c)| {
            matches!(c, ';' | '?' | '!' | '»') && n > 0 && {
                let before = text[..n].chars().next_back().unwrap();
                before.is_alphanumeric() && c != '!' && c != '?'
            }
        });
        if bad || glued {
            wrong.push(line.to_string());
        }
    }
    assert!(
        wrong.is_empty(),
        "French typography wanted in:\n{}",
        wrong.join("\n")
    );
}
