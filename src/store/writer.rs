//! The session file written by hand, byte for byte what `ron::ser::to_string_pretty`
//! writes with `format::pretty()`, in well under half the time: the generic serializer
//! validates every field name and goes through `fmt::Write` for every piece, which made
//! saving a session of 5,000 contributions miss its 10 ms. Reading still goes through
//! serde and ron. A property test holds this writer to ron's output for arbitrary
//! sessions, so a field added to `Session` and not here fails the tests.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};

use crate::domain::session::{
    Action, ActionReview, ActionStatus, Contribution, ContributionKind, DimensionRecord, Gender,
    Rating, Session, Status, Voice, VoiceKind,
};

/// Appends the RON of `s` (without the header comment or the final newline).
pub fn session(out: &mut String, s: &Session) {
    let mut w = Writer { out, depth: 0 };
    w.open('(');
    w.field("format_version", |w| w.num(s.format_version));
    w.field("id", |w| w.str(&s.id));
    w.field("title", |w| w.str(&s.title));
    w.field("series", |w| w.str(&s.series));
    w.field("intervention", |w| w.str(&s.intervention));
    w.field("place", |w| w.str(&s.place));
    w.field("started", |w| w.datetime(&s.started));
    w.field("ended", |w| w.option(s.ended.as_ref(), Writer::datetime));
    w.field("facilitators", |w| w.seq(&s.facilitators, |w, f| w.str(f)));
    w.field("language", |w| w.str(&s.language));
    w.field("framework", |w| {
        w.open('(');
        w.field("id", |w| w.str(&s.framework.id));
        w.field("version", |w| w.num(s.framework.version));
        w.close(')');
    });
    w.field("status", |w| {
        w.raw(match s.status {
            Status::InProgress => "InProgress",
            Status::Finished => "Finished",
        });
    });
    w.field("current_step", |w| w.str(&s.current_step));
    w.field("voices", |w| w.seq(&s.voices, voice));
    w.field("action_review", |w| w.seq(&s.action_review, action_review));
    w.field("dimensions", |w| w.seq(&s.dimensions, dimension));
    w.field("notes", |w| w.str(&s.notes));
    w.field("time_spent", |w| {
        if s.time_spent.is_empty() {
            return w.raw("{}");
        }
        w.open('{');
        for (step, seconds) in &s.time_spent {
            w.indent();
            w.str(step);
            w.raw(": ");
            w.num(*seconds);
            w.raw(",\n");
        }
        w.close('}');
    });
    w.close(')');
}

fn voice(w: &mut Writer, v: &Voice) {
    w.open('(');
    w.field("id", |w| w.num(v.id));
    w.field("person", |w| w.num(v.person));
    w.field("kind", |w| match v.kind {
        VoiceKind::Person => w.raw("Person"),
        VoiceKind::Group { headcount } => {
            w.raw("Group");
            w.open('(');
            w.field("headcount", |w| w.num(headcount));
            w.close(')');
        }
    });
    w.field("name", |w| w.str(&v.name));
    w.field("group", |w| w.str(&v.group));
    w.field("gender", |w| {
        w.raw(match v.gender {
            Gender::Woman => "Woman",
            Gender::Man => "Man",
            Gender::Mixed => "Mixed",
            Gender::Other => "Other",
            Gender::Unspecified => "Unspecified",
        });
    });
    w.field("age_band", |w| w.str(&v.age_band));
    w.field("organisation", |w| w.str(&v.organisation));
    w.field("consent_to_name", |w| w.bool(v.consent_to_name));
    w.close(')');
}

fn action_review(w: &mut Writer, r: &ActionReview) {
    w.open('(');
    w.field("session", |w| w.str(&r.session));
    w.field("dimension", |w| w.str(&r.dimension));
    w.field("action", |w| w.num(r.action));
    w.field("text", |w| w.str(&r.text));
    w.field("owner", |w| w.str(&r.owner));
    w.field("due", |w| w.option(r.due.as_ref(), |w, d| w.date(*d)));
    w.field("status", |w| action_status(w, r.status));
    w.field("note", |w| w.str(&r.note));
    w.field("agreed", |w| w.option(r.agreed.as_ref(), |w, d| w.date(*d)));
    w.field("history", |w| {
        w.seq(&r.history, |w, h| {
            w.open('(');
            w.field("session", |w| w.str(&h.session));
            w.field("date", |w| w.date(h.date));
            w.field("status", |w| action_status(w, h.status));
            w.field("note", |w| w.str(&h.note));
            w.close(')');
        });
    });
    w.close(')');
}

fn dimension(w: &mut Writer, d: &DimensionRecord) {
    w.open('(');
    w.field("dimension", |w| w.str(&d.dimension));
    w.field("contributions", |w| w.seq(&d.contributions, contribution));
    w.field("ratings", |w| w.seq(&d.ratings, rating));
    w.field("ratings_revealed", |w| w.bool(d.ratings_revealed));
    w.field("agreed_level", |w| {
        w.option(d.agreed_level.as_ref(), |w, l| w.num(*l));
    });
    w.field("rationale", |w| w.str(&d.rationale));
    w.field("actions", |w| w.seq(&d.actions, action));
    w.close(')');
}

fn contribution(w: &mut Writer, c: &Contribution) {
    w.open('(');
    w.field("voice", |w| w.option(c.voice.as_ref(), |w, v| w.num(*v)));
    w.field("text", |w| w.str(&c.text));
    w.field("phase", |w| w.option(c.phase.as_ref(), |w, p| w.str(p)));
    w.field("kind", |w| {
        w.raw(match c.kind {
            ContributionKind::Observation => "Observation",
            ContributionKind::Evidence => "Evidence",
            ContributionKind::Concern => "Concern",
            ContributionKind::Proposal => "Proposal",
            ContributionKind::Question => "Question",
        });
    });
    w.field("at", |w| w.datetime(&c.at));
    w.close(')');
}

fn rating(w: &mut Writer, r: &Rating) {
    w.open('(');
    w.field("voice", |w| w.num(r.voice));
    w.field("level", |w| w.num(r.level));
    w.field("reason", |w| w.str(&r.reason));
    w.close(')');
}

fn action(w: &mut Writer, a: &Action) {
    w.open('(');
    w.field("id", |w| w.num(a.id));
    w.field("text", |w| w.str(&a.text));
    w.field("owner", |w| w.str(&a.owner));
    w.field("due", |w| w.option(a.due.as_ref(), |w, d| w.date(*d)));
    w.field("status", |w| action_status(w, a.status));
    w.close(')');
}

fn action_status(w: &mut Writer, s: ActionStatus) {
    w.raw(match s {
        ActionStatus::Open => "Open",
        ActionStatus::InProgress => "InProgress",
        ActionStatus::Done => "Done",
        ActionStatus::Dropped => "Dropped",
    });
}

struct Writer<'a> {
    out: &'a mut String,
    depth: usize,
}

impl Writer<'_> {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("    ");
        }
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.out.push('\n');
        self.depth += 1;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        self.indent();
        self.out.push(bracket);
    }

    fn field(&mut self, name: &str, value: impl FnOnce(&mut Self)) {
        self.indent();
        self.out.push_str(name);
        self.out.push_str(": ");
        value(self);
        self.out.push_str(",\n");
    }

    fn seq<T>(&mut self, items: &[T], item: impl Fn(&mut Self, &T)) {
        if items.is_empty() {
            return self.raw("[]");
        }
        self.open('[');
        for x in items {
            self.indent();
            item(self, x);
            self.out.push_str(",\n");
        }
        self.close(']');
    }

    fn option<T>(&mut self, value: Option<&T>, some: impl FnOnce(&mut Self, &T)) {
        match value {
            None => self.raw("None"),
            Some(v) => {
                self.raw("Some(");
                some(self, v);
                self.out.push(')');
            }
        }
    }

    fn num(&mut self, n: impl std::fmt::Display) {
        let _ = write!(self.out, "{n}");
    }

    fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    /// Plain text as it is; a raw string (`r#"…"#`, with one `#` more than the longest
    /// run of them inside) when it holds a quote or a backslash.
    fn str(&mut self, s: &str) {
        if !s.contains(['"', '\\']) {
            self.out.push('"');
            self.out.push_str(s);
            self.out.push('"');
            return;
        }
        let mut longest = 0;
        let mut run = 0;
        for c in s.chars() {
            run = if c == '#' { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        let hashes = "#".repeat(longest + 1);
        self.out.push('r');
        self.out.push_str(&hashes);
        self.out.push('"');
        self.out.push_str(s);
        self.out.push('"');
        self.out.push_str(&hashes);
    }

    /// As chrono writes it (RFC 3339, `Z` for UTC, fractions only when there are
    /// some); the common case, whole seconds in years 0 to 9999, without allocating.
    fn datetime(&mut self, d: &DateTime<FixedOffset>) {
        use chrono::{Datelike, Timelike};
        let local = d.naive_local();
        let offset = d.offset().local_minus_utc();
        if local.nanosecond() != 0 || !(0..=9999).contains(&local.year()) || offset % 60 != 0 {
            let _ = write!(
                self.out,
                "\"{}\"",
                d.to_rfc3339_opts(SecondsFormat::AutoSi, true)
            );
            return;
        }
        let _ = write!(
            self.out,
            "\"{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            local.year(),
            local.month(),
            local.day(),
            local.hour(),
            local.minute(),
            local.second()
        );
        if offset == 0 {
            self.out.push_str("Z\"");
        } else {
            let sign = if offset < 0 { '-' } else { '+' };
            let minutes = offset.abs() / 60;
            let _ = write!(self.out, "{sign}{:02}:{:02}\"", minutes / 60, minutes % 60);
        }
    }

    fn date(&mut self, d: NaiveDate) {
        let _ = write!(self.out, "\"{d}\"");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::Framework;
    use crate::domain::session::ReviewStep;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn by_ron(s: &Session) -> String {
        ron::ser::to_string_pretty(s, crate::store::format::pretty()).unwrap()
    }

    fn by_hand(s: &Session) -> String {
        let mut out = String::new();
        session(&mut out, s);
        out
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[a-zé«»\\n\\t\"\\\\#r ⵜمرحبا你👩🏾‍🌾\u{301}]{0,30}",
        ]
    }

    fn when() -> impl Strategy<Value = DateTime<FixedOffset>> {
        (
            -14i32..14,
            -50_000_000_000i64..250_000_000_000,
            0u32..2_000_000_000,
        )
            .prop_map(|(tz, secs, nanos)| {
                let nanos = match nanos % 4 {
                    0 => 0,
                    1 => nanos % 1000 * 1_000_000,
                    _ => nanos % 1_000_000_000,
                };
                FixedOffset::east_opt(tz * 3600 + tz * 60 + if nanos % 7 == 0 { 17 } else { 0 })
                    .unwrap()
                    .timestamp_opt(secs, nanos)
                    .unwrap()
            })
    }

    prop_compose! {
        fn arb_session()(
            strings in proptest::collection::vec(text(), 12),
            started in when(),
            ended in proptest::option::of(when()),
            flags in proptest::collection::vec(any::<u32>(), 8),
            voices in 0usize..4,
            items in 0usize..4,
            steps in proptest::collection::btree_map(text(), any::<u32>(), 0..3),
            due in proptest::option::of(-1_000_000i32..3_000_000),
        ) -> Session {
            let fw = Framework::builtin("en");
            let mut s = Session::new(strings[0].clone(), strings[1].clone(), started, "en", &fw);
            s.series = strings[2].clone();
            s.intervention = strings[3].clone();
            s.place = strings[4].clone();
            s.ended = ended;
            s.facilitators = strings[5..5 + flags[0] as usize % 3].to_vec();
            s.status = if flags[1] % 2 == 0 { Status::InProgress } else { Status::Finished };
            s.notes = strings[8].clone();
            s.time_spent = steps;
            for n in 0..voices {
                s.voices.push(Voice {
                    id: flags[2].wrapping_add(n as u32),
                    person: flags[2].wrapping_add(n as u32),
                    kind: if n % 2 == 0 { VoiceKind::Person } else { VoiceKind::Group { headcount: flags[3] } },
                    name: strings[9 + n % 3].clone(),
                    group: strings[6].clone(),
                    gender: Gender::ALL[(flags[4] as usize + n) % 5],
                    age_band: strings[7].clone(),
                    organisation: strings[n % 12].clone(),
                    consent_to_name: n % 3 == 0,
                });
            }
            for n in 0..items {
                s.action_review.push(ActionReview {
                    session: strings[n].clone(),
                    dimension: "wide".into(),
                    action: flags[5],
                    text: strings[n + 1].clone(),
                    owner: strings[n + 2].clone(),
                    due: due.and_then(NaiveDate::from_num_days_from_ce_opt),
                    status: [ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped][n],
                    note: strings[n + 3].clone(),
                    agreed: (n % 2 == 0).then(|| started.date_naive()),
                    history: (0..n)
                        .map(|k| ReviewStep {
                            session: strings[k].clone(),
                            date: started.date_naive(),
                            status: ActionStatus::ALL[k % 4],
                            note: strings[k + 1].clone(),
                        })
                        .collect(),
                });
                let d = &mut s.dimensions[n % 3];
                d.contributions.push(Contribution {
                    voice: (n % 2 == 0).then_some(flags[6]),
                    text: strings[n + 4].clone(),
                    phase: (n % 3 != 0).then(|| strings[n].clone()),
                    kind: ContributionKind::ALL[n % 5],
                    at: started,
                });
                d.ratings.push(Rating { voice: flags[7], level: (n % 6) as u8, reason: strings[n + 5].clone() });
                d.ratings_revealed = n % 2 == 1;
                d.agreed_level = (n % 2 == 0).then_some(n as u8);
                d.rationale = strings[n + 6].clone();
                d.actions.push(Action {
                    id: n as u32,
                    text: strings[n + 7].clone(),
                    owner: strings[n + 8].clone(),
                    due: due.and_then(NaiveDate::from_num_days_from_ce_opt),
                    status: ActionStatus::Done,
                });
            }
            s
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn writes_exactly_what_ron_writes(s in arb_session()) {
            prop_assert_eq!(by_hand(&s), by_ron(&s));
        }
    }

    #[test]
    fn an_empty_session_too() {
        let fw = Framework::builtin("fr");
        let at = DateTime::parse_from_rfc3339("2026-11-27T14:05:00+01:00").unwrap();
        let s = Session::new(String::new(), String::new(), at, "fr", &fw);
        assert_eq!(by_hand(&s), by_ron(&s));
    }
}
