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
        Error::InvalidValueForType { found, .. } => {
            t!(i, "ron-wrong-type", found = found.as_str())
        }
        Error::Message(m) => t!(i, "ron-value", message = m.as_str()),
        other => t!(i, "ron-value", message = other.to_string()),
    }
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
}
