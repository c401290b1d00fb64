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

/// The text of each French message, its `{ ... }` placeables and `--options` taken out:
/// what a reader sees around the values.
fn french_texts() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in FR_FTL.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let (id, text) = match line.split_once(" = ") {
            Some((id, value)) if !id.contains(' ') && !id.is_empty() => {
                (id.to_string(), value.to_string())
            }
            _ => match out.last() {
                Some((id, _)) => (id.clone(), line.to_string()),
                None => continue,
            },
        };
        let mut clean = String::new();
        let mut depth = 0u32;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ if depth == 0 => clean.push(c),
                _ => {}
            }
        }
        // Selector variants: `[one] text`.
        let clean = clean
            .trim_start()
            .trim_start_matches('*')
            .split_once("] ")
            .filter(|_| clean.trim_start().starts_with(['[', '*']))
            .map_or(clean.clone(), |(_, t)| t.to_string());
        // An option and its value are the command line's, not French: `--sessions-dir sessions`.
        let mut words = Vec::new();
        let mut skip_next = false;
        for w in clean.split(' ') {
            if std::mem::take(&mut skip_next) {
                continue;
            }
            if w.starts_with("--") {
                skip_next = w == "--sessions-dir";
                continue;
            }
            if !w.starts_with("TOGUNA_") {
                words.push(w);
            }
        }
        let clean = words.join(" ");
        out.push((id, clean));
    }
    out
}

/// English left in a French message reads as a bug; "session" is the English word
/// here (French says "séance", see TERMINOLOGY.md).
#[test]
fn no_french_message_has_english_words() {
    let english = [
        "the", "and", "with", "from", "this", "that", "your", "you", "not", "yet", "file",
        "folder", "press", "error", "warning", "meeting", "rating", "ratings", "none", "only",
        "should", "session", "sessions", "values", "expected", "found", "missing", "unknown",
        "invalid", "help", "print", "options",
    ];
    let mut wrong = Vec::new();
    for (id, text) in french_texts() {
        for word in text.split(|c: char| !c.is_alphabetic()) {
            if english.contains(&word) {
                wrong.push(format!("{id}: «{word}» in {text}"));
            }
        }
    }
    assert!(wrong.is_empty(), "English in French:\n{}", wrong.join("\n"));
}

/// "3 faite(s)" and "nommé·e" are what selectors and rewording are for.
#[test]
fn no_french_message_has_a_parenthesised_or_dotted_plural() {
    let wrong: Vec<_> = french_texts()
        .into_iter()
        .filter(|(_, t)| t.contains("(s)") || t.contains("(e)") || t.contains("·e"))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// A counted message: its id, the variables that count, and what it must say at 0, 1
/// and 5 in French, then in English ("" where any wording will do).
type Counted = (
    &'static str,
    &'static [&'static str],
    [&'static str; 3],
    [&'static str; 3],
);

const COUNTED: &[Counted] = &[
    (
        "show-counts",
        &["contributions", "ratings"],
        [
            "aucune contribution, aucune appréciation",
            "une contribution, une appréciation",
            "5 contributions, 5 appréciations",
        ],
        [
            "0 contributions, 0 ratings",
            "one contribution, one rating",
            "5 contributions, 5 ratings",
        ],
    ),
    (
        "room-rated",
        &["given"],
        [
            "Aucune voix sur 10 n'a encore noté.",
            "1 voix sur 10 a noté",
            "5 voix sur 10 ont noté",
        ],
        ["", "1 of 10 voices", "5 of 10 voices"],
    ),
    (
        "ratings-hidden",
        &["given"],
        [
            "aucune voix sur 10 n'a encore noté",
            "1 voix sur 10 a noté",
            "5 voix sur 10 ont noté",
        ],
        ["", "", ""],
    ),
    (
        "home-count",
        &["count"],
        ["aucune séance", "une séance", "5 séances"],
        ["", "", "5 sessions"],
    ),
    (
        "encrypt-done",
        &["count"],
        [
            "Aucune séance",
            "Une séance est désormais chiffrée. Gardez la phrase secrète en lieu sûr\u{a0}: sans elle, elle ne peut",
            "5 séances sont désormais chiffrées",
        ],
        ["", "", ""],
    ),
    (
        "decrypt-done",
        &["count"],
        [
            "Aucune séance",
            "Une séance est déchiffrée",
            "5 séances sont déchiffrées",
        ],
        ["", "", ""],
    ),
    (
        "series-title",
        &["count"],
        ["Aucune série", "Une série", "5 séries"],
        ["No series", "One series", "5 series"],
    ),
    (
        "compare-fates",
        &["done", "dropped", "unreviewed"],
        [
            "0 faite, 0 en cours, 0 abandonnée, 0 non revue.",
            "1 faite, 0 en cours, 1 abandonnée, 1 non revue.",
            "5 faites, 0 en cours, 5 abandonnées, 5 non revues.",
        ],
        [
            "0 done, 0 in progress, 0 dropped, 0 not reviewed.",
            "1 done, 0 in progress, 1 dropped, 1 not reviewed.",
            "5 done, 0 in progress, 5 dropped, 5 not reviewed.",
        ],
    ),
    (
        "report-summary-actions",
        &["reviewed", "agreed", "done", "dropped"],
        [
            "Aucune action d'une séance précédente n'a été revue\u{a0}; aucune nouvelle action n'a été retenue.",
            "Sur l'action des séances précédentes revue, 1 faite, 0 en cours, 1 abandonnée\u{a0}; une nouvelle action a été retenue.",
            "Sur les 5 actions des séances précédentes revues, 5 faites, 0 en cours, 5 abandonnées\u{a0}; 5 nouvelles actions ont été retenues.",
        ],
        [
            "No action of an earlier meeting was reviewed; no new action was agreed.",
            "Of the action reviewed from earlier meetings, 1 done, 0 in progress, 1 dropped; one new action was agreed.",
            "Of the 5 actions reviewed from earlier meetings, 5 done, 0 in progress, 5 dropped; 5 new actions were agreed.",
        ],
    ),
    (
        "report-series-actions",
        &["agreed", "done", "dropped"],
        [
            "Aucune action n'a été retenue au cours de la série.",
            "Une action a été retenue au cours de la série\u{a0}; à sa dernière revue\u{a0}: 1 faite",
            "5 actions ont été retenues au cours de la série\u{a0}; à leur dernière revue\u{a0}: 5 faites, 0 en cours, 5 abandonnées",
        ],
        [
            "No action was agreed over the series.",
            "One action was agreed over the series; at its latest review: 1 done",
            "5 actions were agreed over the series; at their latest review: 5 done, 0 in progress, 5 dropped",
        ],
    ),
    (
        "passphrase-retry",
        &["left"],
        [
            "Phrase secrète incorrecte.",
            "Dernier essai",
            "Encore 5 essais.",
        ],
        ["Wrong passphrase.", "One more try", "5 more tries."],
    ),
    (
        "ron-length",
        &["found"],
        [
            "il n'y a rien ici",
            "il y a ici un seul élément",
            "il y a ici 5 éléments",
        ],
        [
            "there is nothing here",
            "there is one item here",
            "there are 5 items here",
        ],
    ),
    (
        "report-people",
        &["people", "voices"],
        [
            "Personne n'a été inscrit dans la salle.",
            "Une personne a participé (une voix)",
            "5 personnes ont participé (5 voix)",
        ],
        [
            "Nobody was recorded in the room.",
            "One person took part (one voice)",
            "5 people took part (5 voices)",
        ],
    ),
    (
        "series-actions",
        &["open", "overdue"],
        [
            "Aucune action ouverte",
            "Une action ouverte, dont une en retard",
            "5 actions ouvertes, dont 5 en retard",
        ],
        [
            "No action open",
            "One action open, one of them overdue",
            "5 actions open, 5 of them overdue",
        ],
    ),
    (
        "series-span",
        &["meetings", "people"],
        [
            "personne à la dernière",
            "une séance · une personne à la dernière",
            "5 séances · 5 personnes à la dernière",
        ],
        [
            "nobody at the last",
            "one meeting · one person at the last",
            "5 meetings · 5 people at the last",
        ],
    ),
    (
        "compare-said",
        &["after"],
        ["aucune contribution", "une contribution", "5 contributions"],
        ["0 contributions", "one contribution", "5 contributions"],
    ),
    (
        "contributions-count",
        &["count"],
        ["Contributions", "Une contribution", "5 contributions"],
        ["Contributions", "One contribution", "5 contributions"],
    ),
    (
        "actions-count",
        &["count"],
        ["Actions", "Une action", "5 actions"],
        ["Actions", "One action", "5 actions"],
    ),
    (
        "room-voices",
        &["count"],
        ["Voix", "Une voix", "5 voix"],
        ["Voices", "One voice", "5 voices"],
    ),
    (
        "room-absent",
        &["count"],
        [
            "Tous les groupes d'acteurs sont présents",
            "Un groupe est absent\u{a0}:",
            "5 groupes sont absents\u{a0}:",
        ],
        [
            "Every stakeholder group is present",
            "One group is absent:",
            "5 groups are absent:",
        ],
    ),
    (
        "room-contributions",
        &["count"],
        [
            "Rien de dit pour l'instant.",
            "Une contribution",
            "5 contributions",
        ],
        ["Nothing said yet.", "One contribution", "5 contributions"],
    ),
    (
        "room-distribution",
        &["count"],
        [
            "Personne n'a noté.",
            "Une voix a noté",
            "Comment 5 voix ont noté",
        ],
        ["Nobody rated.", "One voice rated", "How 5 voices rated"],
    ),
    (
        "count-people",
        &["count"],
        ["aucune personne", "1 personne", "5 personnes"],
        ["0 people", "1 person", "5 people"],
    ),
    (
        "show-group-count",
        &["voices", "people"],
        [
            "aucune voix, aucune personne",
            "une voix, une personne",
            "5 voix, 5 personnes",
        ],
        [
            "0 voices, 0 people",
            "one voice, one person",
            "5 voices, 5 people",
        ],
    ),
    (
        "show-participation",
        &["voices", "people"],
        [
            "aucune voix, aucune personne",
            "une voix, une personne",
            "5 voix, 5 personnes",
        ],
        ["", "", ""],
    ),
    (
        "check-summary",
        &["good", "bad"],
        [
            "aucun fichier de séance valide, aucun problème",
            "un fichier de séance valide, un fichier pose problème",
            "5 fichiers de séance valides, 5 fichiers posent problème",
        ],
        ["", "", ""],
    ),
];

/// Every counted message, at zero, one and many, in both languages: zero is never
/// singular ("une contribution" for none), and the verb agrees.
#[test]
fn counted_messages_read_right_at_zero_one_and_many() {
    use fluent_bundle::{FluentArgs, FluentValue};
    let cases = COUNTED;
    for (lang, pick) in [("fr", 0usize), ("en", 1)] {
        let i = I18n::with_extra_dir(lang, None);
        for (id, vars, fr, en) in cases {
            let wanted = if pick == 0 { fr } else { en };
            for (n, want) in [0, 1, 5].into_iter().zip(wanted.iter()) {
                let mut args = FluentArgs::new();
                for v in *vars {
                    args.set(*v, FluentValue::from(n));
                }
                args.set(
                    "voices",
                    FluentValue::from(if vars.contains(&"voices") { n } else { 10 }),
                );
                args.set("key", FluentValue::from("x"));
                // What else the messages print, that does not count here.
                for v in ["progress", "open", "women", "young", "before", "after"] {
                    if !vars.contains(&v) {
                        args.set(v, FluentValue::from(0));
                    }
                }
                for v in ["dimension", "kinds", "first", "last", "series", "list"] {
                    args.set(v, FluentValue::from("x"));
                }
                let got = i.ta(id, &args);
                assert!(
                    got.contains(want),
                    "{lang} {id} at {n}: {got:?} lacks {want:?}"
                );
                assert!(!got.contains("{$"), "{lang} {id} at {n}: {got:?}");
            }
        }
    }
}

/// The framework's texts follow the same typography as the catalogue.
#[test]
fn the_french_framework_follows_french_typography() {
    let fw = include_str!("../assets/frameworks/local-ownership.fr.ron");
    let wrong: Vec<_> = fw
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .filter(|l| {
            [" :", " ;", " ?", " !", "« ", " »"]
                .iter()
                .any(|s| l.contains(s))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// French puts zero with one ("0 faite"), so a `[one]` variant that does not print its
/// number ("Une personne a participé") would be said for none. Each such selector has
/// a `[0]` variant, or is here with why it is never shown at zero.
#[test]
fn french_selectors_that_spell_one_have_a_zero() {
    const NEVER_ZERO: &[(&str, &str)] = &[
        // Shown only when a file could not be read.
        ("home-load-errors", "count"),
        // Shown only when someone of the series is not in the room yet.
        ("room-roster", "count"),
        // A trend, a series and its report hold one meeting at least.
        ("trend-title", "count"),
        ("report-series-span", "count"),
        ("report-count-meetings", "count"),
        ("series-span", "meetings"),
        // An ambiguous name matches two series at least.
        ("err-several-series", "count"),
        // Said about the names just typed, one at least.
        ("named-warning", "count"),
        // Whoever took part is in a voice: the count of voices follows one of people.
        ("report-people", "voices"),
        // Said about the fields found, one at least.
        ("err-unknown-fields", "count"),
    ];
    // The open selectors: message, variable, its variants (key, text).
    type Variants = Vec<(String, String)>;
    let mut open: Vec<(String, String, Variants)> = Vec::new();
    let mut id = String::new();
    let mut wrong = Vec::new();
    for line in FR_FTL.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let trimmed = line.trim_start();
        if let Some((name, _)) = line.split_once(" = ")
            && !name.is_empty()
            && !name.contains(' ')
        {
            id = name.to_string();
        }
        if trimmed.starts_with('}')
            && let Some((msg, var, variants)) = open.pop()
        {
            let text = |key: &str| variants.iter().find(|(k, _)| k == key).map(|(_, t)| t);
            if let Some(one) = text("one")
                && text("0").is_none()
                && !one.contains(&format!("{{ ${var} }}"))
                && !NEVER_ZERO.contains(&(msg.as_str(), var.as_str()))
            {
                wrong.push(format!("{msg} (${var}): {one}"));
            }
        }
        if let Some(rest) = trimmed.trim_start_matches('*').strip_prefix('[')
            && let Some((key, text)) = rest.split_once(']')
            && let Some((_, _, variants)) = open.last_mut()
        {
            variants.push((key.to_string(), text.trim().to_string()));
        }
        if let Some(at) = line.rfind("{ $")
            && line.trim_end().ends_with("->")
        {
            let var = line[at + 3..].split_whitespace().next().unwrap_or("");
            open.push((id.clone(), var.to_string(), Vec::new()));
        }
    }
    assert!(open.is_empty(), "a selector left open: {open:?}");
    assert!(
        wrong.is_empty(),
        "said at zero as if one:\n{}",
        wrong.join("\n")
    );
}
