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
    Syntax {
        line: usize,
        col: usize,
        message: String,
    },
}

impl ParseError {
    /// Where in the file the problem is, when there is a place to point at.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            ParseError::NotUtf8 { line, col, .. } | ParseError::Syntax { line, col, .. } => {
                Some((*line, *col))
            }
            ParseError::NoVersion | ParseError::Newer { .. } | ParseError::Empty => Some((1, 1)),
        }
    }
}

pub fn from_bytes(bytes: &[u8]) -> Result<Session, ParseError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
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
            return Err(ParseError::NotUtf8 { line, col, byte });
        }
    };
    from_text(text)
}

pub fn from_text(text: &str) -> Result<Session, ParseError> {
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let version = sniff_version(text).ok_or(ParseError::NoVersion)?;
    match version {
        v if v > FORMAT_VERSION => Err(ParseError::Newer {
            found: v,
            supported: FORMAT_VERSION,
        }),
        // Older formats get their own reader and a migration here, one arm per version.
        _ => ron::from_str::<Session>(text).map_err(|e| syntax(&e)),
    }
}

fn syntax(e: &ron::error::SpannedError) -> ParseError {
    ParseError::Syntax {
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    }
}

/// Reads `format_version` without parsing the whole file, so that a file from a newer
/// Toguna is refused with the right message even if its body would not parse here.
/// The field is the first of the file, so only the start is searched.
fn sniff_version(text: &str) -> Option<u32> {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let mut rest = head;
    loop {
        let at = rest.find("format_version")?;
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
        let value = value.trim_start();
        let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
        return digits.parse().ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_version_and_skips_comments() {
        assert_eq!(
            sniff_version("// format_version: 9\n(\n format_version: 1,"),
            Some(1)
        );
        assert_eq!(sniff_version("(format_version:12)"), Some(12));
        assert_eq!(sniff_version("(title: \"x\")"), None);
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
}
