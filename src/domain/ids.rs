//! Identifiers and file-name pieces. Ids are random (122 bits) so two laptops that
//! never talk to each other cannot produce the same one.

/// A fresh session id: 32 lowercase hex digits.
pub fn new_session_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// The first eight hex digits: enough to tell sessions apart in a folder and on screen.
pub fn short_id(id: &str) -> &str {
    let end = id.char_indices().nth(8).map_or(id.len(), |(i, _)| i);
    &id[..end]
}

/// The short id as a file name holds it: the ids Toguna makes are hex, but one read
/// from an edited file may hold anything, and `:` or `\` would not do on Windows.
pub fn file_id(id: &str) -> String {
    short_id(id)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// A file-name-safe rendering of a title: ASCII letters and digits, accents folded,
/// words joined by `-`, at most 40 characters. Scripts with no ASCII form (Arabic,
/// Tifinagh, CJK) give an empty slug; the caller then names the file by date and id alone.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in title.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c.to_ascii_lowercase());
            if out.len() > 40 {
                // Cut at the last whole word rather than mid-word.
                match out[..40].rfind('-') {
                    Some(at) => out.truncate(at),
                    None => out.truncate(40),
                }
                break;
            }
        } else {
            pending_dash = true;
        }
    }
    out
}

/// Latin letters with diacritics as their base letter, so "Ségou" becomes "segou".
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let s: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' => "c",
        'Ç' => "C",
        'è' | 'é' | 'ê' | 'ë' | 'ɛ' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ɛ' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ñ' => "n",
        'Ñ' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ɔ' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ɔ' => "O",
        'œ' => "oe",
        'Œ' => "OE",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' => "Y",
        'ß' => "ss",
        'ɲ' => "ny",
        'ŋ' => "ng",
        _ => "",
    };
    let single = if s.is_empty() { Some(c) } else { None };
    s.chars().chain(single)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(
            slug("Atelier de Ségou — 2ᵉ réunion!"),
            "atelier-de-segou-2-reunion"
        );
        assert_eq!(slug("  Mopti:  bilan  "), "mopti-bilan");
        assert_eq!(slug("ⵜⴰⵎⴰⵣⵉⵖⵜ"), "");
        assert_eq!(slug("Cœur de Bamako"), "coeur-de-bamako");
    }

    #[test]
    fn slugs_are_bounded() {
        assert!(slug(&"a b ".repeat(100)).len() <= 40);
        assert_eq!(
            slug("Dialogue de Ségou — réunion 1 (exemple fictif)"),
            "dialogue-de-segou-reunion-1-exemple"
        );
    }

    #[test]
    fn ids_are_unique_and_hex() {
        let a = new_session_id();
        let b = new_session_id();
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(short_id(&a).len(), 8);
        assert_eq!(short_id("abc"), "abc");
    }

    proptest! {
        #[test]
        fn slugs_are_always_file_safe(title in ".*") {
            let s = slug(&title);
            prop_assert!(s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!s.starts_with('-') && !s.ends_with('-'));
        }
    }
}
