//! The two promises made to the room, kept in one place: a name leaves a session only
//! with its person's consent, and ratings stay hidden until the facilitator reveals
//! them. Everything that leaves the capture screens (the views that may be projected,
//! every command, every export) is built from what the `Gate` lets through: a
//! `Public` session, or text it has gone over.
//!
//! Consent follows the person: within a series, the latest meeting's consent governs
//! every meeting. A person withheld is shown by their pseudonym (P and their person
//! number, the same at every meeting of the series); their name, in any spelling, is
//! replaced wherever it appears in free text, in this session or another of the folder.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset};

use super::digest::Digest;
use super::names::Matcher;
use super::series::{Link, link};
use super::session::{DimensionRecord, Session};

/// What replaces a withheld name that belongs to no voice of the session shown.
pub const WITHHELD: &str = "[…]";

/// A session as it may be shown: names only with consent, ratings only once revealed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Public {
    #[serde(flatten)]
    session: Session,
    /// Dimensions whose ratings are hidden, and how many voices have rated.
    #[serde(rename = "ratings_hidden")]
    hidden: Vec<Hidden>,
}

/// Ratings not revealed yet: only how many voices gave one may leave.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hidden {
    pub dimension: String,
    pub voices_rated: usize,
}

impl Public {
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// How many voices rated a dimension whose ratings are still hidden.
    pub fn hidden_ratings(&self, dimension: &str) -> Option<usize> {
        self.hidden
            .iter()
            .find(|h| h.dimension == dimension)
            .map(|h| h.voices_rated)
    }

    /// The dimensions whose ratings are hidden, with how many voices rated them.
    pub fn hidden(&self) -> &[Hidden] {
        &self.hidden
    }
}

#[derive(Debug, Clone, Default)]
pub struct Gate {
    /// Person numbers of every voice of the folder, by session, then voice.
    people: HashMap<String, HashMap<u32, u32>>,
    /// The consent of a person's latest meeting, and when it was, by series, then
    /// person.
    consent: HashMap<String, HashMap<u32, (bool, DateTime<FixedOffset>)>>,
    /// Every spelling of every name to withhold, with its series and person.
    withheld: Vec<(String, String, u32)>,
    /// All of them, each to be replaced by `WITHHELD`: for texts from outside a
    /// session, built once rather than for each title of a list.
    outside: Matcher,
    anonymize: bool,
    show_hidden_ratings: bool,
}

impl Gate {
    /// The gate for the sessions of a folder, as their digests describe them.
    pub fn new<'a>(folder: impl IntoIterator<Item = &'a Digest>) -> Gate {
        let mut by_series: HashMap<&str, Vec<&Digest>> = HashMap::new();
        for d in folder {
            by_series.entry(d.series.trim()).or_default().push(d);
        }
        let mut gate = Gate::default();
        let mut by_series: Vec<_> = by_series.into_iter().collect();
        by_series.sort_by(|a, b| a.0.cmp(b.0));
        for (series, mut meetings) in by_series {
            meetings.sort_by_key(|d| d.started);
            if series.is_empty() {
                // Sessions of no series: each voice is a person of its own meeting.
                for d in meetings {
                    gate.add_meetings(series, &[d], &link(&[d]));
                }
            } else {
                gate.add_meetings(series, &meetings, &link(&meetings));
            }
        }
        let mut added = HashSet::new();
        for (name, _, _) in &gate.withheld {
            if added.insert(name.as_str()) {
                gate.outside.add(name, WITHHELD);
            }
        }
        gate
    }

    fn add_meetings(&mut self, series: &str, meetings: &[&Digest], links: &[Link]) {
        let series_key = if series.is_empty() {
            // No series: consent is the meeting's own.
            meetings
                .first()
                .map_or(String::new(), |d| format!("#{}", d.id))
        } else {
            series.to_string()
        };
        // Looked up, not searched, and keyed by what is borrowed: a series of a
        // hundred meetings has thousands of voices.
        let person_of: HashMap<(&str, u32), u32> = links
            .iter()
            .map(|l| ((l.session.as_str(), l.voice), l.person))
            .collect();
        let consent = self.consent.entry(series_key.clone()).or_default();
        let mut names: HashMap<u32, Vec<&str>> = HashMap::new();
        // Each spelling of a person once, in the order first met.
        let mut withheld: Vec<(&str, u32)> = Vec::new();
        let mut listed: HashSet<(&str, u32)> = HashSet::new();
        for d in meetings {
            let people = self.people.entry(d.id.clone()).or_default();
            for v in &d.seen {
                let person = person_of
                    .get(&(d.id.as_str(), v.voice))
                    .copied()
                    .unwrap_or(v.voice);
                people.insert(v.voice, person);
                // Oldest first: the last meeting's consent is what stays.
                consent.insert(person, (v.consent, d.started));
                let spellings = names.entry(person).or_default();
                if !spellings.contains(&v.name.as_str()) {
                    spellings.push(&v.name);
                }
                if !v.consent && listed.insert((&v.name, person)) {
                    withheld.push((&v.name, person));
                }
            }
        }
        // Then every spelling of those whose latest word is no, person by person.
        let mut names: Vec<_> = names.into_iter().collect();
        names.sort_by_key(|(person, _)| *person);
        for (person, spellings) in names {
            if consent.get(&person).is_some_and(|(c, _)| !c) {
                for name in spellings {
                    if listed.insert((name, person)) {
                        withheld.push((name, person));
                    }
                }
            }
        }
        self.withheld.extend(
            withheld
                .into_iter()
                .map(|(name, person)| (name.to_string(), series_key.clone(), person)),
        );
    }

    /// Every voice is pseudonymised and organisations and facilitators' names dropped.
    #[must_use]
    pub fn anonymized(mut self, anonymize: bool) -> Gate {
        self.anonymize = anonymize;
        self
    }

    /// Ratings not yet revealed are let through too: only for the facilitator's own use,
    /// asked for by name (`--include-hidden-ratings`).
    #[must_use]
    pub fn showing_hidden_ratings(mut self, show: bool) -> Gate {
        self.show_hidden_ratings = show;
        self
    }

    fn series_key(s: &Session) -> String {
        if s.series.trim().is_empty() {
            format!("#{}", s.id)
        } else {
            s.series.trim().to_string()
        }
    }

    /// The person number of a voice of `s`.
    fn person(&self, s: &Session, voice: &super::session::Voice) -> u32 {
        if voice.person > 0 {
            return voice.person;
        }
        self.people
            .get(&s.id)
            .and_then(|p| p.get(&voice.id))
            .copied()
            .unwrap_or(voice.id)
    }

    /// Whether a voice of `s` may be named: its person's latest consent in the series
    /// (this meeting's own, if it is the latest).
    fn may_name(&self, s: &Session, voice: &super::session::Voice) -> bool {
        let person = self.person(s, voice);
        let latest = self
            .consent
            .get(&Self::series_key(s))
            .and_then(|c| c.get(&person));
        let consent = match latest {
            Some((later, at)) if *at > s.started => *later,
            _ => voice.consent_to_name,
        };
        consent && !voice.name.trim().is_empty()
    }

    /// Names in free text, with what replaces them: the pseudonyms of the voices of `s`
    /// first, then every other name withheld in the folder.
    fn matcher(&self, s: &Session, hidden: &[(String, String)]) -> Matcher {
        let mut m = Matcher::default();
        for (name, pseudonym) in hidden {
            m.add(name, pseudonym);
        }
        // This series' people first, under their pseudonyms: a name withheld in two
        // series is the pseudonym here, "[…]" elsewhere, whatever the order.
        let here = Self::series_key(s);
        for (name, _, person) in self.withheld.iter().filter(|(_, x, _)| *x == here) {
            m.add(name, &format!("P{person}"));
        }
        for (name, _, _) in self.withheld.iter().filter(|(_, x, _)| *x != here) {
            m.add(name, WITHHELD);
        }
        m
    }

    /// Text from outside a session (a title in a list): every withheld name replaced.
    pub fn text(&self, text: &str) -> String {
        self.outside.replace(text)
    }

    /// A digest as lists may show it: its texts gone over, hidden ratings' spread gone.
    pub fn digest(&self, d: &Digest) -> Digest {
        let mut out = d.clone();
        out.title = self.text(&d.title);
        out.place = self.text(&d.place);
        out.series = self.text(&d.series);
        for dim in &mut out.dimensions {
            if !dim.revealed && !self.show_hidden_ratings {
                dim.spread = None;
                dim.by_group.clear();
            }
        }
        out.withheld.clear();
        // Who came stays countable; by whom is not said.
        for v in &mut out.seen {
            v.name.clear();
            v.organisation.clear();
        }
        out
    }

    /// `s` as it may leave its file.
    pub fn session(&self, s: &Session) -> Public {
        let mut out = s.clone();
        let mut hidden_names: Vec<(String, String)> = Vec::new();
        for v in &mut out.voices {
            let person = self.person(s, v);
            let named = !self.anonymize && self.may_name(s, v);
            if !named {
                hidden_names.push((v.name.trim().to_string(), format!("P{person}")));
                v.name = format!("P{person}");
            }
            v.person = person;
            v.consent_to_name = named;
            if self.anonymize {
                v.organisation.clear();
            }
        }
        if self.anonymize {
            for (n, f) in out.facilitators.iter_mut().enumerate() {
                hidden_names.push((f.trim().to_string(), format!("F{}", n + 1)));
                *f = format!("F{}", n + 1);
            }
        }
        let m = self.matcher(s, &hidden_names);
        redact(&mut out, &m);
        let mut hidden = Vec::new();
        for d in &mut out.dimensions {
            if !d.ratings_revealed && !self.show_hidden_ratings {
                hidden.push(Hidden {
                    dimension: d.dimension.clone(),
                    voices_rated: d.ratings.len(),
                });
                d.ratings.clear();
            }
        }
        Public {
            session: out,
            hidden,
        }
    }
}

/// Words of names that are words of every sentence too.
const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "di", "da", "dos", "van", "von", "ben", "bin", "bint", "ould",
    "ag", "al", "el", "ibn", "abu", "mint",
];

/// Names of the voices of `s` who did not consent, and every part of them: what the
/// facilitator is warned of when a text holding one is saved. A given name or a
/// surname alone cannot be withheld later without hiding common words and family
/// names too, so it is caught at the source.
fn at_the_source(s: &Session) -> Matcher {
    let mut m = Matcher::default();
    let unnamed: Vec<_> = s.voices.iter().filter(|v| !v.consent_to_name).collect();
    let pseudonym =
        |v: &super::session::Voice| format!("P{}", if v.person > 0 { v.person } else { v.id });
    // Whole names first: "Awa" alone is the voice called Awa, not part of Awa Traoré.
    for v in &unnamed {
        m.add(&v.name, &pseudonym(v));
    }
    // A person's given name or surname alone; not a group's words ("youth",
    // "women"), nor the particles of names.
    for v in unnamed
        .iter()
        .filter(|v| v.kind == super::session::VoiceKind::Person)
    {
        for part in v.name.split(|c: char| !c.is_alphanumeric()) {
            if !PARTICLES.contains(&super::names::fold(part).as_str()) {
                m.add(part, &pseudonym(v));
            }
        }
    }
    m
}

/// The names (or parts of names) of voices of `s` without consent that `text` holds,
/// each with the pseudonym that would replace it.
pub fn names_in(s: &Session, text: &str) -> Vec<(String, String)> {
    let m = at_the_source(s);
    let mut out: Vec<(String, String)> = Vec::new();
    for (range, with) in m.find(text) {
        let found = (text[range].to_string(), with.to_string());
        if !out.contains(&found) {
            out.push(found);
        }
    }
    out
}

/// `text` with every name (or part of a name) of a voice of `s` without consent put
/// under its pseudonym.
pub fn pseudonymise(s: &Session, text: &str) -> String {
    at_the_source(s).replace(text)
}

/// Every text field of the session gone over.
fn redact(s: &mut Session, m: &Matcher) {
    let r = |text: &mut String| {
        if !text.is_empty() && m.found_in(text) {
            *text = m.replace(text);
        }
    };
    for field in [
        &mut s.title,
        &mut s.series,
        &mut s.intervention,
        &mut s.place,
        &mut s.notes,
    ] {
        r(field);
    }
    for f in &mut s.facilitators {
        r(f);
    }
    for v in &mut s.voices {
        r(&mut v.organisation);
    }
    for a in &mut s.action_review {
        r(&mut a.text);
        r(&mut a.owner);
        r(&mut a.note);
        for h in &mut a.history {
            r(&mut h.note);
        }
    }
    for d in &mut s.dimensions {
        redact_dimension(d, &r);
    }
}

fn redact_dimension(d: &mut DimensionRecord, r: &dyn Fn(&mut String)) {
    r(&mut d.rationale);
    for c in &mut d.contributions {
        r(&mut c.text);
    }
    for x in &mut d.ratings {
        r(&mut x.reason);
    }
    for a in &mut d.actions {
        r(&mut a.text);
        r(&mut a.owner);
    }
}

#[cfg(test)]
mod tests;
