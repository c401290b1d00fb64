//! The session file format: how a session becomes text and back, and how files written
//! by older versions are brought up to date.

use crate::domain::session::{FORMAT_VERSION, Session};
use ron::ser::PrettyConfig;

/// One fixed layout so that saving an unchanged session rewrites it byte for byte,
/// with `\n` newlines on every OS.
pub fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
        .escape_strings(false)
}

const HEADER: &str =
    "// Toguna session file. Plain text: it can be read, diffed and, with care, edited.\n";

pub fn to_text(session: &Session) -> String {
    // Written straight into a string of about the right size: growing a 2 MB string
    // by doubling, then copying it behind the header, cost a tenth of a large save.
    let mut out = String::with_capacity(size_hint(session));
    out.push_str(HEADER);
    super::writer::session(&mut out, session);
    out.push('\n');
    out
}

/// A little above the size of the text of `session`: its free text plus what the
/// layout adds around each item (measured on generated sessions: 150 to 260 bytes).
pub fn size_hint(s: &Session) -> usize {
    let texts: usize = s
        .dimensions
        .iter()
        .map(|d| {
            d.contributions
                .iter()
                .map(|c| c.text.len() + 280)
                .sum::<usize>()
                + d.ratings
                    .iter()
                    .map(|r| r.reason.len() + 120)
                    .sum::<usize>()
                + d.actions
                    .iter()
                    .map(|a| a.text.len() + a.owner.len() + 200)
                    .sum::<usize>()
                + d.rationale.len()
        })
        .sum();
    let voices: usize = s
        .voices
        .iter()
        .map(|v| v.name.len() + v.organisation.len() + 300)
        .sum();
    let reviews: usize = s
        .action_review
        .iter()
        .map(|r| r.text.len() + r.note.len() + 300)
        .sum();
    4096 + texts + voices + reviews + s.notes.len()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    NotUtf8 {
        line: usize,
        col: usize,
        byte: usize,
    },
    NoVersion,
    Newer {
        found: u32,
        supported: u32,
    },
    /// `format_version` is there but no version that ever was: 0, or a number too
    /// large for any.
    NoSuchVersion {
        found: String,
        supported: u32,
    },
    /// `format_version` is not a whole number (`"2"`, `2.0`, `-1`...).
    VersionNotANumber {
        found: String,
    },
    /// Lines end with CR alone (as classic Mac OS wrote them).
    CrOnly,
    Syntax {
        line: usize,
        col: usize,
        /// The parser's code, worded at the edge (`store::syntax`).
        message: ron::error::Error,
    },
}

impl ParseError {
    /// Where in the file the problem is, when there is a place to point at.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            ParseError::NotUtf8 { line, col, .. } | ParseError::Syntax { line, col, .. } => {
                Some((*line, *col))
            }
            ParseError::NoVersion
            | ParseError::Newer { .. }
            | ParseError::NoSuchVersion { .. }
            | ParseError::VersionNotANumber { .. }
            | ParseError::CrOnly
            | ParseError::Empty => Some((1, 1)),
        }
    }
}

/// Fields of a file that Toguna does not know, and where the first of them is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// As serde names them: `colour`, `voices.0.nickname`.
    pub fields: Vec<String>,
    pub line: usize,
    pub col: usize,
}

pub fn from_bytes(bytes: &[u8]) -> Result<Session, ParseError> {
    from_text(utf8(bytes)?)
}

/// Parses a session and says which fields of the file it did not keep (slower than
/// `from_bytes`: for opening a file to edit it and for `check`, not for listing).
pub fn from_bytes_reporting(bytes: &[u8]) -> Result<(Session, Option<Unknown>), ParseError> {
    let text = prepare(utf8(bytes)?)?;
    let mut fields = Vec::new();
    let session = {
        let mut de = ron::Deserializer::from_str(&text).map_err(|e| syntax(&e))?;
        let session: Session =
            serde_ignored::deserialize(&mut de, |path| fields.push(path.to_string()))
                .map_err(|e| syntax(&de.span_error(e)))?;
        de.end().map_err(|e| syntax(&de.span_error(e)))?;
        session
    };
    let unknown = (!fields.is_empty()).then(|| {
        let (line, col) = place_of(&text, &fields[0]);
        Unknown { fields, line, col }
    });
    Ok((session, unknown))
}

pub(super) fn utf8(bytes: &[u8]) -> Result<&str, ParseError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let byte = e.valid_up_to();
        let before = &bytes[..byte];
        // A rare path (a file that is not text): no need for a faster count.
        #[allow(clippy::naive_bytecount)]
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let col = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        ParseError::NotUtf8 { line, col, byte }
    })
}

pub fn from_text(text: &str) -> Result<Session, ParseError> {
    let text = prepare(text)?;
    ron::from_str::<Session>(&text).map_err(|e| syntax(&e))
}

/// The text as ron is to read it, once its version says it can be: without the
/// byte-order mark Windows Notepad writes, and with `\n` for the CRLF of a file that
/// a Windows editor saved.
fn prepare(text: &str) -> Result<std::borrow::Cow<'_, str>, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let text = line_ends(text)?;
    match sniff_version(&text) {
        Sniffed::Missing => Err(ParseError::NoVersion),
        Sniffed::NotANumber(found) => Err(ParseError::VersionNotANumber { found }),
        Sniffed::Number(0) => Err(ParseError::NoSuchVersion {
            found: "0".into(),
            supported: FORMAT_VERSION,
        }),
        Sniffed::TooLarge(found) => Err(ParseError::NoSuchVersion {
            found,
            supported: FORMAT_VERSION,
        }),
        Sniffed::Number(v) if v > FORMAT_VERSION => Err(ParseError::Newer {
            found: v,
            supported: FORMAT_VERSION,
        }),
        // Older formats get their own reader and a migration here, one arm per version;
        // format 1 differs from 2 only by fields that have defaults.
        Sniffed::Number(_) => Ok(text),
    }
}

/// CRLF is taken as LF when every line ends so (a LF file keeps a CR typed in a text);
/// a file of CR alone is named as such, since ron would read it as one long line.
fn line_ends(text: &str) -> Result<std::borrow::Cow<'_, str>, ParseError> {
    use std::borrow::Cow;
    if !text.contains('\r') {
        return Ok(Cow::Borrowed(text));
    }
    if !text.contains('\n') {
        return Err(ParseError::CrOnly);
    }
    let bytes = text.as_bytes();
    let crlf = text
        .match_indices('\n')
        .all(|(at, _)| at > 0 && bytes[at - 1] == b'\r');
    Ok(if crlf {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    })
}

/// Where the field named last in `path` (`voices.0.colour`: `colour`) is written in
/// `text`, as editors count; the top of the file if it cannot be told.
fn place_of(text: &str, path: &str) -> (usize, usize) {
    let Some(name) = path
        .rsplit('.')
        .find(|s| !s.is_empty() && !s.chars().all(|c| c.is_ascii_digit()))
    else {
        return (1, 1);
    };
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    for (n, line) in text.lines().enumerate() {
        for (at, _) in line.match_indices(name) {
            let before_ok = !line[..at].ends_with(ident);
            let after = line[at + name.len()..].trim_start();
            if before_ok && after.starts_with(':') && !after.starts_with("::") {
                return (n + 1, line[..at].chars().count() + 1);
            }
        }
    }
    (1, 1)
}

fn syntax(e: &ron::error::SpannedError) -> ParseError {
    ParseError::Syntax {
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.clone(),
    }
}

/// What the `format_version` field says.
#[derive(Debug, PartialEq, Eq)]
enum Sniffed {
    Missing,
    Number(u32),
    /// All digits, but more than any version could be.
    TooLarge(String),
    NotANumber(String),
}

/// Reads `format_version` without parsing the whole file, so that a file from a newer
/// Toguna is refused with the right message even if its body would not parse here.
/// The field is the first of the file, so only the start is searched.
fn sniff_version(text: &str) -> Sniffed {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let mut rest = head;
    loop {
        let Some(at) = rest.find("format_version") else {
            return Sniffed::Missing;
        };
        let before = &rest[..at];
        rest = &rest[at + "format_version".len()..];
        // Skip mentions inside comments.
        let line_start = before.rfind('\n').map_or(0, |p| p + 1);
        if before[line_start..].contains("//") {
            continue;
        }
        let Some(value) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        let token: String = value
            .trim_start()
            .chars()
            .take_while(|c| !matches!(c, ',' | ')' | '\n') && !c.is_whitespace())
            .take(40)
            .collect();
        return if token.is_empty() {
            Sniffed::NotANumber(token)
        } else if token.chars().all(|c| c.is_ascii_digit()) {
            token
                .parse()
                .map_or(Sniffed::TooLarge(token), Sniffed::Number)
        } else {
            Sniffed::NotANumber(token)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_version_and_skips_comments() {
        assert_eq!(
            sniff_version("// format_version: 9\n(\n format_version: 1,"),
            Sniffed::Number(1)
        );
        assert_eq!(sniff_version("(format_version:12)"), Sniffed::Number(12));
        assert_eq!(sniff_version("(title: \"x\")"), Sniffed::Missing);
    }

    #[test]
    fn newer_versions_are_refused_before_parsing() {
        let err = from_text("(\n    format_version: 99,\n    what: Ever,\n)").unwrap_err();
        assert_eq!(
            err,
            ParseError::Newer {
                found: 99,
                supported: FORMAT_VERSION
            }
        );
        assert!(err.to_string().contains("newer Toguna"));
    }

    #[test]
    fn a_framework_written_with_the_session_layout_parses_back() {
        let fw = crate::domain::framework::Framework::builtin("fr");
        let text = ron::ser::to_string_pretty(&fw, pretty()).unwrap();
        assert_eq!(
            crate::domain::framework::Framework::parse(&text).unwrap(),
            fw
        );
    }

    #[test]
    fn invalid_utf8_points_at_the_byte() {
        let err = from_bytes(b"(\n  ab\xff").unwrap_err();
        assert_eq!(
            err,
            ParseError::NotUtf8 {
                line: 2,
                col: 5,
                byte: 6
            }
        );
    }

    fn sample() -> String {
        let fw = crate::domain::framework::Framework::builtin("en");
        let t = chrono::DateTime::parse_from_rfc3339("2026-03-14T09:00:00+00:00").unwrap();
        let s = Session::new("ab".repeat(16), "Réunion\nà Ségou".into(), t, "fr", &fw);
        to_text(&s)
    }

    #[test]
    fn a_byte_order_mark_and_crlf_line_ends_are_read_as_windows_editors_write_them() {
        let text = sample();
        let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        let s = from_bytes(windows.as_bytes()).unwrap();
        assert_eq!(s, from_text(&text).unwrap());
        assert_eq!(
            s.title, "Réunion\nà Ségou",
            "the newline in the title is a newline again"
        );
        let (again, unknown) = from_bytes_reporting(windows.as_bytes()).unwrap();
        assert_eq!((again, unknown), (s, None));
    }

    #[test]
    fn a_cr_typed_in_a_text_of_a_lf_file_is_kept() {
        let text = sample().replace("Réunion\nà", "Réunion\r\nà");
        assert_eq!(from_text(&text).unwrap().title, "Réunion\r\nà Ségou");
    }

    #[test]
    fn cr_only_line_ends_are_named() {
        let mac = sample().replace('\n', "\r");
        assert_eq!(from_text(&mac).unwrap_err(), ParseError::CrOnly);
    }

    #[test]
    fn each_wrong_version_is_named_for_what_it_is() {
        let with =
            |v: &str| sample().replace("format_version: 2,", &format!("format_version: {v},"));
        assert_eq!(
            from_text(&with("0")).unwrap_err(),
            ParseError::NoSuchVersion {
                found: "0".into(),
                supported: FORMAT_VERSION
            }
        );
        assert_eq!(
            from_text(&with("99999999999999999999")).unwrap_err(),
            ParseError::NoSuchVersion {
                found: "99999999999999999999".into(),
                supported: FORMAT_VERSION
            }
        );
        assert_eq!(
            from_text(&with("\"2\"")).unwrap_err(),
            ParseError::VersionNotANumber {
                found: "\"2\"".into()
            }
        );
        assert!(from_text(&with("1")).is_ok(), "format 1 still reads");
        assert!(from_text(&with("2")).is_ok());
    }

    #[test]
    fn unknown_fields_are_named_with_where_the_first_is() {
        let text = sample().replace(
            "    notes: \"\",",
            "    notes: \"\",\n    colour: \"blue\",",
        );
        let (s, unknown) = from_bytes_reporting(text.as_bytes()).unwrap();
        assert_eq!(s, from_text(&sample()).unwrap());
        let unknown = unknown.expect("the field is reported");
        assert_eq!(unknown.fields, ["colour"]);
        let line = text.lines().position(|l| l.contains("colour")).unwrap() + 1;
        assert_eq!((unknown.line, unknown.col), (line, 5));
        assert_eq!(from_bytes_reporting(sample().as_bytes()).unwrap().1, None);
    }
}
