//! Names never leave the session file without consent.
//!
//! Every export goes through `protect`: a voice that did not consent to be named is
//! shown by a stable pseudonym (P + its id), and its name is also replaced wherever it
//! appears in free text (contributions, reasons, actions, notes). With `anonymize`,
//! every voice and facilitator gets a pseudonym and organisations are dropped.

use crate::domain::session::Session;
use crate::domain::summary::public_name;

pub fn protect(s: &Session, anonymize: bool) -> Session {
    protect_among(s, anonymize, &[])
}

/// The names of every voice, in any of `sessions`, that did not consent to be named:
/// a name said in one meeting may be quoted in another.
pub fn withheld_names<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Vec<String> {
    let mut names: Vec<String> = sessions
        .into_iter()
        .flat_map(crate::domain::digest::withheld_of)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// What replaces a withheld name that belongs to no voice of the exported session.
pub const WITHHELD: &str = "[…]";

/// `protect`, also withholding `others` (names of non-consenting voices of other
/// meetings) wherever they appear in free text.
pub fn protect_among(s: &Session, anonymize: bool, others: &[String]) -> Session {
    let mut out = s.clone();
    // (name, pseudonym) to replace in free text, longest names first so that
    // "Awa Traoré" is replaced before "Awa".
    let mut names: Vec<(String, String)> = Vec::new();
    for v in &mut out.voices {
        let hide = anonymize || !v.consent_to_name;
        if hide {
            let pseudonym = format!("P{}", v.id);
            if v.name.trim().chars().count() >= 2 {
                names.push((v.name.trim().to_string(), pseudonym.clone()));
            }
            v.name = pseudonym;
            v.consent_to_name = false;
        } else {
            v.name = public_name(v);
        }
        if anonymize {
            v.organisation.clear();
        }
    }
    if anonymize {
        for (n, f) in out.facilitators.iter_mut().enumerate() {
            if f.trim().chars().count() >= 2 {
                names.push((f.trim().to_string(), format!("F{}", n + 1)));
            }
            *f = format!("F{}", n + 1);
        }
    }
    for other in others {
        if !names.iter().any(|(n, _)| n == other) {
            names.push((other.clone(), WITHHELD.to_string()));
        }
    }
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.chars().count()));
    let redact = |text: &mut String| {
        for (name, pseudonym) in &names {
            if text.contains(name.as_str()) {
                *text = replace_words(text, name, pseudonym);
            }
        }
    };
    redact(&mut out.notes);
    for r in &mut out.action_review {
        redact(&mut r.text);
        redact(&mut r.owner);
        redact(&mut r.note);
    }
    for d in &mut out.dimensions {
        redact(&mut d.rationale);
        for c in &mut d.contributions {
            redact(&mut c.text);
        }
        for r in &mut d.ratings {
            redact(&mut r.reason);
        }
        for a in &mut d.actions {
            redact(&mut a.text);
            redact(&mut a.owner);
        }
    }
    out
}

/// Replaces `name` where it stands as whole words: "Awa" goes, "Awareness" stays.
fn replace_words(text: &str, name: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = rest[..at]
            .chars()
            .next_back()
            .or_else(|| out.chars().next_back());
        let after = rest[at + name.len()..].chars().next();
        let bounded =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..at]);
        out.push_str(if bounded { with } else { name });
        rest = &rest[at + name.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::Framework;
    use crate::domain::session::*;

    fn session() -> Session {
        let fw = Framework::builtin("en");
        let at = chrono::DateTime::parse_from_rfc3339("2026-01-01T10:00:00+00:00").unwrap();
        let mut s = Session::new("x".into(), "t".into(), at, "en", &fw);
        s.facilitators = vec!["Moussa Keïta".into()];
        for (id, name, consent) in [
            (1, "Awa Traoré", false),
            (2, "Bintou", true),
            (3, "Awa", false),
        ] {
            s.voices.push(Voice {
                id,
                kind: VoiceKind::Person,
                name: name.into(),
                group: "women".into(),
                gender: Gender::Woman,
                age_band: "mixed".into(),
                organisation: "Benkadi".into(),
                consent_to_name: consent,
            });
        }
        s.dimension_mut("wide").contributions.push(Contribution {
            voice: Some(2),
            text: "As Awa Traoré said, and Awa too".into(),
            phase: None,
            kind: ContributionKind::Observation,
            at,
        });
        s.dimension_mut("wide").actions.push(Action {
            id: 1,
            text: "Call Bintou".into(),
            owner: "Awa Traoré".into(),
            due: None,
            status: ActionStatus::Open,
        });
        s
    }

    #[test]
    fn names_without_consent_never_leave() {
        let p = protect(&session(), false);
        let text = format!("{p:?}");
        assert!(!text.contains("Awa"), "{text}");
        assert_eq!(p.voices[0].name, "P1");
        assert_eq!(p.voices[1].name, "Bintou");
        assert_eq!(p.voices[0].organisation, "Benkadi");
        let c = &p.dimension("wide").unwrap().contributions[0];
        assert_eq!(c.text, "As P1 said, and P3 too");
        assert_eq!(p.dimension("wide").unwrap().actions[0].owner, "P1");
        assert_eq!(p.facilitators, ["Moussa Keïta"]);
    }

    #[test]
    fn names_are_replaced_as_whole_words_only() {
        assert_eq!(
            replace_words("Awa, Awareness and Awa.", "Awa", "P3"),
            "P3, Awareness and P3."
        );
        assert_eq!(replace_words("ÉricÉric Éric", "Éric", "P1"), "ÉricÉric P1");
    }

    #[test]
    fn names_from_other_meetings_are_withheld_too() {
        let mut s = session();
        s.notes = "Fanta Diarra came last time".into();
        let p = protect_among(&s, false, &["Fanta Diarra".to_string()]);
        assert_eq!(p.notes, "[…] came last time");
    }

    #[test]
    fn anonymize_hides_every_name_and_organisation() {
        let p = protect(&session(), true);
        let text = format!("{p:?}");
        for name in ["Awa", "Bintou", "Moussa", "Benkadi"] {
            assert!(!text.contains(name), "{name} in {text}");
        }
        assert_eq!(p.facilitators, ["F1"]);
        assert_eq!(p.dimension("wide").unwrap().actions[0].text, "Call P2");
    }
}
