//! What the RON parser found wrong in a file, in the reader's language: the parser
//! speaks English ("Expected colon"), so its error codes are mapped to catalogue
//! messages here. Whatever it says in free text (a date it could not read) is kept,
//! inside a sentence of the reader's language.

use ron::error::Error;

use crate::i18n::I18n;
use crate::t;

/// `Error` as a sentence: what was expected, what was found, or which field.
pub fn worded(e: &Error, i: &I18n) -> String {
    if let Some(what) = expected(e) {
        return t!(i, "ron-expected", what = i.t(what));
    }
    match e {
        Error::Eof => i.t("ron-eof"),
        Error::UnexpectedChar(c) => t!(i, "ron-unexpected-char", found = c.to_string()),
        Error::TrailingCharacters => i.t("ron-trailing"),
        Error::ExpectedDifferentStructName { expected, found } => t!(
            i,
            "ron-struct-name",
            expected = *expected,
            found = found.as_str()
        ),
        Error::NoSuchStructField {
            expected, found, ..
        } => t!(
            i,
            "ron-unknown-field",
            found = found.as_str(),
            expected = expected.join(", ")
        ),
        Error::MissingStructField { field, .. } => t!(i, "ron-missing-field", field = *field),
        Error::DuplicateStructField { field, .. } => {
            t!(i, "ron-duplicate-field", field = *field)
        }
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => t!(
            i,
            "ron-unknown-variant",
            found = found.as_str(),
            expected = expected.join(", ")
        ),
        Error::IntegerOutOfBounds => i.t("ron-out-of-bounds"),
        Error::InvalidIntegerDigit { digit, .. } => {
            t!(i, "ron-unexpected-char", found = digit.to_string())
        }
        Error::InvalidEscape(_) => i.t("ron-escape"),
        Error::UnclosedBlockComment | Error::UnclosedLineComment => i.t("ron-comment"),
        Error::InvalidValueForType { expected, found } => {
            if let Some(what) = expected_kind(expected) {
                t!(
                    i,
                    "ron-wrong-type-for",
                    what = i.t(what),
                    found = found_kind(found, i)
                )
            } else {
                t!(i, "ron-wrong-type", found = found_kind(found, i))
            }
        }
        Error::ExpectedDifferentLength { found, .. } => t!(i, "ron-length", found = *found),
        Error::InvalidIdentifier(name) | Error::SuggestRawIdentifier(name) => {
            t!(i, "ron-bad-name", found = name.as_str())
        }
        Error::ExceededRecursionLimit => i.t("ron-too-deep"),
        // A date or time chrono could not read: its reasons are English, and what helps
        // is the form to write.
        Error::Message(m) if CHRONO.contains(&m.as_str()) => i.t("ron-date"),
        Error::Message(m) => t!(i, "ron-value", message = m.as_str()),
        // The parser's rarer codes (attributes, raw values, byte strings…) are about
        // syntax a session never uses: where they are is what helps, not their English.
        _ => i.t("ron-other"),
    }
}

/// What chrono says of a date or time it cannot read (`chrono::format::ParseError`).
const CHRONO: &[&str] = &[
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "bad or unsupported format string",
];

/// The catalogue id of the kind of value serde expected, from its English (`a string`,
/// `u32`, `struct Voice`), for the kinds a session holds.
fn expected_kind(expected: &str) -> Option<&'static str> {
    let first = expected.split_whitespace().next().unwrap_or("");
    Some(match first {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => "ron-what-integer",
        "f32" | "f64" => "ron-what-number",
        "option" => "ron-what-option",
        "unit" => "ron-what-unit",
        "struct" | "tuple" => "ron-what-paren",
        "enum" | "variant" | "field" => "ron-what-identifier",
        _ => match expected {
            "a string" | "a borrowed string" | "string" => "ron-what-string",
            "a boolean" => "ron-what-boolean",
            "a character" | "a char" | "char" => "ron-what-char",
            "a sequence" => "ron-what-array",
            "a map" => "ron-what-map",
            _ => return None,
        },
    })
}

/// The value found, as ron (`the unsigned integer `5``) or serde (`integer `5``) names
/// it, in the reader's language, with the value itself kept.
fn found_kind(found: &str, i: &I18n) -> String {
    const KINDS: &[(&str, &str)] = &[
        ("boolean", "ron-found-boolean"),
        ("unsigned integer", "ron-found-integer"),
        ("signed integer", "ron-found-integer"),
        ("integer", "ron-found-integer"),
        ("floating point number", "ron-found-number"),
        ("floating point", "ron-found-number"),
        ("UTF-8 character", "ron-found-char"),
        ("character", "ron-found-char"),
        ("char", "ron-found-char"),
        ("string", "ron-found-string"),
    ];
    let plain = found
        .strip_prefix("the ")
        .or_else(|| found.strip_prefix("an "))
        .or_else(|| found.strip_prefix("a "))
        .unwrap_or(found);
    // The value, between backquotes (`5`) or, for a string, double quotes.
    let value = |kind: &str| {
        let v = plain[kind.len()..].trim();
        v.strip_prefix('`')
            .and_then(|v| v.strip_suffix('`'))
            .unwrap_or(v)
            .to_string()
    };
    for (kind, id) in KINDS {
        if plain.starts_with(kind) {
            let v = value(kind);
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(&v);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("value", v);
            return i.ta(id, &args);
        }
    }
    let id = match plain {
        "unit value" => "ron-found-unit",
        "optional value" | "Option value" => "ron-found-option",
        "sequence" => "ron-found-list",
        "map" => "ron-found-map",
        "newtype struct" => "ron-found-struct",
        "enum" | "unit variant" | "newtype variant" | "tuple variant" | "struct variant" => {
            "ron-found-variant"
        }
        _ if plain.starts_with("byte") => "ron-found-bytes",
        // serde's `Unexpected::Other`: free text a deserializer wrote, kept as it is.
        _ => return t!(i, "ron-found-other", value = found),
    };
    i.t(id)
}

/// The catalogue id of what the parser expected, for the `Expected…` codes.
fn expected(e: &Error) -> Option<&'static str> {
    Some(match e {
        Error::ExpectedArray => "ron-what-array",
        Error::ExpectedArrayEnd => "ron-what-array-end",
        Error::ExpectedBoolean => "ron-what-boolean",
        Error::ExpectedComma => "ron-what-comma",
        Error::ExpectedChar => "ron-what-char",
        Error::ExpectedFloat => "ron-what-number",
        Error::ExpectedInteger => "ron-what-integer",
        Error::ExpectedOption => "ron-what-option",
        Error::ExpectedOptionEnd | Error::ExpectedStructLikeEnd => "ron-what-paren-end",
        Error::ExpectedMap => "ron-what-map",
        Error::ExpectedMapColon => "ron-what-colon",
        Error::ExpectedMapEnd => "ron-what-map-end",
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => "ron-what-paren",
        Error::ExpectedUnit => "ron-what-unit",
        Error::ExpectedString | Error::ExpectedByteString => "ron-what-string",
        Error::ExpectedStringEnd => "ron-what-string-end",
        Error::ExpectedIdentifier => "ron-what-identifier",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Error {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            a: u32,
            b: String,
        }
        ron::from_str::<S>(text).unwrap_err().code
    }

    #[test]
    fn the_parser_is_translated() {
        let fr = I18n::with_extra_dir("fr", None);
        let en = I18n::with_extra_dir("en", None);
        let missing_colon = code("(a 1, b: \"x\")");
        assert_eq!(
            worded(&missing_colon, &fr),
            "il fallait ici un deux-points («\u{a0}:\u{a0}»)"
        );
        assert_eq!(worded(&missing_colon, &en), "expected a colon (“:”) here");
        let unclosed = code("(a: 1, b: \"x\"");
        assert!(!worded(&unclosed, &fr).contains("Expected"));
        let missing = code("(a: 1)");
        assert_eq!(worded(&missing, &fr), "il manque le champ «\u{a0}b\u{a0}»");
        for text in [
            "(a: 1, b: 2)",
            "(a: x, b: \"\")",
            "(a: 1, b: \"x\") z",
            "(a: 1, c: 2)",
        ] {
            let w = worded(&code(text), &fr);
            assert!(
                !w.contains("Expected") && !w.starts_with("ron"),
                "{text}: {w}"
            );
        }
    }

    /// What serde found and expected, named in English by ron or by serde, is worded
    /// in the reader's language, the value kept.
    #[test]
    fn found_and_expected_kinds_are_translated() {
        let fr = I18n::with_extra_dir("fr", None);
        let en = I18n::with_extra_dir("en", None);
        let wrong = |expected: &str, found: &str| Error::InvalidValueForType {
            expected: expected.into(),
            found: found.into(),
        };
        let cases = [
            (
                wrong("a string", "the unsigned integer `5`"),
                "il fallait ici un texte entre guillemets droits, et non le nombre entier 5",
                "expected a text in double quotes here, not the whole number 5",
            ),
            (
                wrong("u32", "string \"cinq\""),
                "il fallait ici un nombre entier, et non le texte «\u{a0}cinq\u{a0}»",
                "expected a whole number here, not the text “cinq”",
            ),
            (
                wrong("a formatted date", "integer `5`"),
                "cette valeur n'est pas de la sorte attendue (trouvé\u{a0}: le nombre entier 5)",
                "this value is not of the expected kind (found the whole number 5)",
            ),
            (
                wrong("struct Voice", "the boolean `true`"),
                "il fallait ici une parenthèse ouvrante (« ( »), et non le booléen true",
                "",
            ),
            (
                wrong("option", "a sequence"),
                "il fallait ici Some(…) ou None, et non une liste entre crochets",
                "expected Some(…) or None here, not a list in brackets",
            ),
        ];
        for (e, want_fr, want_en) in cases {
            assert_eq!(
                worded(&e, &fr).replace('\u{a0}', " "),
                want_fr.replace('\u{a0}', " ")
            );
            if !want_en.is_empty() {
                assert_eq!(worded(&e, &en), want_en);
            }
        }
        // chrono's reasons, and ron's own English, never show.
        for e in [
            Error::Message("input contains invalid characters".into()),
            Error::SuggestRawIdentifier("5".into()),
            Error::ExpectedDifferentLength {
                expected: "a tuple of size 2".into(),
                found: 3,
            },
            Error::ExceededRecursionLimit,
            Error::ExpectedRawValue,
        ] {
            let w = worded(&e, &fr);
            for english in ["input", "Found", "tuple", "Expected", "raw", "size"] {
                assert!(!w.contains(english), "{e:?}: {w}");
            }
        }
    }
}
