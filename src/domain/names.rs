//! Finding a person's name in free text however it is written: in any case, with or
//! without accents or with other ones, decomposed, with its parts glued, hyphenated or
//! split by any spacing or punctuation, or in the other order. Only whole words match,
//! so "Ali" is found in "Ali said" but not in "Mali" or "Alimata".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A letter as it is compared: lower case, accents off, a few letters of Bambara and
/// Arabic brought to the one a keyboard without them would type.
fn fold_char(c: char, out: &mut String) {
    for d in std::iter::once(c).nfkd() {
        if is_combining_mark(d) || d == '\u{640}' {
            // Accents, Arabic short vowels, the Arabic elongation mark.
            continue;
        }
        match d {
            'ß' => out.push_str("ss"),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ɛ' | 'Ɛ' => out.push('e'),
            'ɔ' | 'Ɔ' | 'ø' | 'Ø' => out.push('o'),
            'ɲ' | 'Ɲ' => out.push_str("ny"),
            'ŋ' | 'Ŋ' => out.push_str("ng"),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            other => out.extend(other.to_lowercase()),
        }
    }
}

/// `text` folded as names are compared.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Letters and digits (after folding) make words; everything else separates them.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of `text`: each with where it stands in the text and how it folds.
fn words(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut folded = String::new();
    for (at, c) in text.char_indices() {
        // A combining mark belongs to the word it follows, whatever its category.
        let part_of_word = is_word(c) || (start.is_some() && is_combining_mark(c));
        if part_of_word {
            start.get_or_insert(at);
            fold_char(c, &mut folded);
        } else if let Some(s) = start.take() {
            out.push((s..at, std::mem::take(&mut folded)));
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), folded));
    }
    out
}

/// A name to find: its parts folded, joined, and where one part ends and the next
/// begins (a word of the text may hold several parts glued, never half of one).
#[derive(Debug, Clone)]
struct Pattern {
    joined: String,
    /// Byte offsets in `joined` where a part ends, the last one included.
    cuts: Vec<usize>,
}

impl Pattern {
    fn of(parts: &[String]) -> Pattern {
        let mut joined = String::new();
        let mut cuts = Vec::new();
        for p in parts {
            joined.push_str(p);
            cuts.push(joined.len());
        }
        Pattern { joined, cuts }
    }

    /// How many words from `words[i]` on spell the name, if they do.
    fn matches_at(&self, words: &[(std::ops::Range<usize>, String)], i: usize) -> Option<usize> {
        let mut at = 0;
        for (n, (_, w)) in words[i..].iter().enumerate() {
            if w.is_empty() || !self.joined[at..].starts_with(w.as_str()) {
                return None;
            }
            at += w.len();
            // A word ends where a part of the name ends, never inside one.
            if !self.cuts.contains(&at) {
                return None;
            }
            if at == self.joined.len() {
                return Some(n + 1);
            }
        }
        None
    }
}

/// Names to find in texts, each with what replaces it.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    /// By the first letter they fold to, longest first in each, so that "Awa Traoré"
    /// is taken before "Awa": a word is tried only against the names it can start
    /// (a folder withholds thousands of spellings, and trying them all at each word of
    /// each title made listing slow).
    by_first: std::collections::HashMap<char, Vec<(Pattern, String)>>,
    known: std::collections::HashSet<(String, Vec<usize>)>,
}

impl Matcher {
    /// Adds `name`, to be replaced by `with`. A name of less than two letters is not
    /// looked for: replacing every "A" would hide nothing and spoil the text.
    pub fn add(&mut self, name: &str, with: &str) {
        let parts: Vec<String> = words(name).into_iter().map(|(_, w)| w).collect();
        if parts.iter().map(|p| p.chars().count()).sum::<usize>() < 2 {
            return;
        }
        let mut reversed = parts.clone();
        reversed.reverse();
        for order in [parts, reversed] {
            let p = Pattern::of(&order);
            let Some(first) = p.joined.chars().next() else {
                continue;
            };
            if self.known.insert((p.joined.clone(), p.cuts.clone())) {
                let bucket = self.by_first.entry(first).or_default();
                // After those as long or longer: the first added wins a tie.
                let at = bucket.partition_point(|(q, _)| q.joined.len() >= p.joined.len());
                bucket.insert(at, (p, with.to_string()));
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// Where names stand in `text` (byte ranges), each with its replacement.
    pub fn find<'a>(&'a self, text: &str) -> Vec<(std::ops::Range<usize>, &'a str)> {
        if self.known.is_empty() {
            return Vec::new();
        }
        let words = words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let hit = words[i]
                .1
                .chars()
                .next()
                .and_then(|c| self.by_first.get(&c))
                .and_then(|bucket| {
                    bucket
                        .iter()
                        .find_map(|(p, with)| p.matches_at(&words, i).map(|n| (n, with.as_str())))
                });
            match hit {
                Some((n, with)) => {
                    out.push((words[i].0.start..words[i + n - 1].0.end, with));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// `text` with every name found replaced.
    pub fn replace(&self, text: &str) -> String {
        let found = self.find(text);
        if found.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (range, with) in found {
            out.push_str(&text[last..range.start]);
            out.push_str(with);
            last = range.end;
        }
        out.push_str(&text[last..]);
        out
    }

    /// Whether `text` holds one of the names.
    pub fn found_in(&self, text: &str) -> bool {
        !self.find(text).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(name: &str) -> Matcher {
        let mut m = Matcher::default();
        m.add(name, "P5");
        m
    }

    #[test]
    fn every_spelling_of_a_name_is_found() {
        let m = matcher("Mariétou Kéïta");
        for text in [
            "said Mariétou Kéïta.",
            "said mariétou kéïta.",
            "said MARIÉTOU KÉÏTA.",
            "said Marietou Keita.",
            "said Mariètou Kéita.",
            "said Marie\u{301}tou Ke\u{301}i\u{308}ta.",
            "said MariétouKéïta.",
            "said Mariétou-Kéïta.",
            "said Mariétou  Kéïta.",
            "said Mariétou\nKéïta.",
            "said Mariétou\u{a0}Kéïta.",
            "said Kéïta Mariétou.",
            "said Kéïta, Mariétou.",
        ] {
            assert_eq!(m.replace(text), "said P5.", "{text:?}");
        }
    }

    #[test]
    fn a_short_name_is_found_only_as_a_word() {
        let m = matcher("Ali");
        assert_eq!(
            m.replace("Ali came from Mali with Alimata."),
            "P5 came from Mali with Alimata."
        );
        assert_eq!(m.replace("ali, ALI"), "P5, P5");
        assert!(
            matcher("A").is_empty(),
            "one letter is not a name to withhold"
        );
    }

    #[test]
    fn names_in_bambara_arabic_and_tifinagh() {
        assert_eq!(
            matcher("Ɲɛlɛ Kɔnɛ").replace("Nyele Kone said so"),
            "P5 said so"
        );
        assert_eq!(matcher("ɲɛlɛ kɔnɛ").replace("ƝƐLƐ KƆNƐ"), "P5");
        assert_eq!(matcher("أحمد").replace("قال احمد"), "قال P5");
        assert_eq!(matcher("أَحْمَد").replace("أحمد"), "P5");
        assert_eq!(matcher("ⵎⵓⵃⴰ ⵓⵍⵃⴰ").replace("ⵎⵓⵃⴰ-ⵓⵍⵃⴰ ⵉⵏⵏⴰ"), "P5 ⵉⵏⵏⴰ");
    }

    #[test]
    fn half_a_part_never_matches() {
        let m = matcher("Awa Traoré");
        assert_eq!(m.replace("Awat Raoré"), "Awat Raoré");
        assert_eq!(m.replace("Awa Traoréss"), "Awa Traoréss");
        assert_eq!(m.replace("AwaTraoré"), "P5");
    }

    /// The matcher as it was first written: every name tried at every word, longest
    /// first, the first added winning a tie.
    fn find_reference(names: &[(&str, &str)], text: &str) -> Vec<(std::ops::Range<usize>, String)> {
        let mut patterns: Vec<(Pattern, String)> = Vec::new();
        for (name, with) in names {
            let parts: Vec<String> = words(name).into_iter().map(|(_, w)| w).collect();
            if parts.iter().map(|p| p.chars().count()).sum::<usize>() < 2 {
                continue;
            }
            let mut reversed = parts.clone();
            reversed.reverse();
            for order in [parts, reversed] {
                let p = Pattern::of(&order);
                if !patterns
                    .iter()
                    .any(|(q, _)| q.joined == p.joined && q.cuts == p.cuts)
                {
                    patterns.push((p, with.to_string()));
                }
            }
        }
        patterns.sort_by_key(|(p, _)| std::cmp::Reverse(p.joined.len()));
        let words = words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match patterns
                .iter()
                .find_map(|(p, with)| p.matches_at(&words, i).map(|n| (n, with.clone())))
            {
                Some((n, with)) => {
                    out.push((words[i].0.start..words[i + n - 1].0.end, with));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    proptest::proptest! {
        /// Trying only the names a word can start finds what trying them all found.
        #[test]
        fn the_matcher_finds_what_trying_every_name_finds(
            names in proptest::collection::vec("[aAéb]{1,3}( [abé]{1,3}){0,2}", 1..12),
            text in "[aAébÉ ,-]{0,40}",
        ) {
            let pairs: Vec<(String, String)> = names
                .iter()
                .enumerate()
                .map(|(n, name)| (name.clone(), format!("P{n}")))
                .collect();
            let refs: Vec<(&str, &str)> =
                pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            let mut m = Matcher::default();
            for (name, with) in &refs {
                m.add(name, with);
            }
            let got: Vec<_> = m.find(&text).into_iter().map(|(r, w)| (r, w.to_string())).collect();
            proptest::prop_assert_eq!(got, find_reference(&refs, &text));
        }
    }

    #[test]
    fn the_longest_name_is_taken_first() {
        let mut m = Matcher::default();
        m.add("Awa", "P1");
        m.add("Awa Traoré", "P2");
        assert_eq!(m.replace("Awa Traoré met Awa"), "P2 met P1");
    }
}
