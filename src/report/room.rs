//! What the room screen (`toguna present`) shows of the step the facilitator is on,
//! built from a session that went through the privacy gate: names only with consent,
//! ratings only once revealed. Text being typed and drafts never get here: only what
//! the session file holds. How it is drawn (large type, bars) is the view's business.

use super::{Block, Document, Item, Table};
use crate::domain::digest::Digest;
use crate::domain::framework::{Framework, Stage};
use crate::domain::privacy::Public;
use crate::domain::session::{ActionStatus, Session, Voice};
use crate::domain::summary;
use crate::i18n::I18n;
use crate::t;
use crate::text::one_line;

/// The part of a dimension the room is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Card,
    Contributions,
    Ratings,
    Agreement,
    Actions,
}

impl Part {
    const ALL: [(Part, &'static str, &'static str); 5] = [
        (Part::Card, "card", "step-card"),
        (Part::Contributions, "contributions", "step-contributions"),
        (Part::Ratings, "ratings", "step-ratings"),
        (Part::Agreement, "agreement", "step-agreement"),
        (Part::Actions, "actions", "step-actions"),
    ];

    fn parse(id: &str) -> Option<Part> {
        Part::ALL
            .iter()
            .find(|(_, x, _)| *x == id)
            .map(|(p, _, _)| *p)
    }

    fn message_id(self) -> &'static str {
        Part::ALL
            .iter()
            .find(|(p, _, _)| *p == self)
            .map_or("step-card", |(_, _, m)| m)
    }
}

/// Where the facilitator is, as a session's `current_step` says it ("wide/ratings").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    Setup,
    Room,
    Review,
    Dimension(usize, Part),
    Summary,
}

impl At {
    /// A step id of the app; a bare dimension id means its card, and anything else
    /// (a hand-edited file, another framework) the set-up.
    pub fn parse(id: &str, fw: &Framework) -> At {
        match id {
            "setup" => At::Setup,
            "room" => At::Room,
            "review" => At::Review,
            "summary" => At::Summary,
            _ => {
                let (dim, part) = id.split_once('/').unwrap_or((id, "card"));
                match fw.dimensions.iter().position(|d| d.id == dim) {
                    Some(d) => At::Dimension(d, Part::parse(part).unwrap_or(Part::Card)),
                    None => At::Setup,
                }
            }
        }
    }

    fn stage(self) -> Stage {
        match self {
            At::Setup => Stage::Setup,
            At::Room => Stage::Room,
            At::Review => Stage::Review,
            At::Dimension(d, _) => Stage::Dimension(d),
            At::Summary => Stage::Summary,
        }
    }
}

/// A level as the room reads it: its number, its name, what it means here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub value: u8,
    pub name: String,
    pub meaning: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// Headings, facts, lists, tables: drawn as the review screens draw documents.
    Text(Document),
    /// The latest contributions last; the view keeps the newest that fit.
    Latest { count: String, items: Vec<Item> },
    /// Ratings not revealed: only how many voices have rated, of how many.
    Hidden {
        given: usize,
        voices: usize,
        line: String,
    },
    /// Revealed: how many voices gave each level, as bars.
    Distribution {
        line: String,
        bars: Vec<(String, u32)>,
    },
    /// The agreed level, beside last meeting's.
    Agreed {
        label: String,
        level: Option<Shown>,
        none: String,
        previous_label: String,
        previous: Option<Shown>,
        previous_none: String,
        rationale: String,
    },
}

/// Everything the room screen draws, apart from the running seconds of the timer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    /// The session's title as it may leave the file: all a blanked screen shows.
    pub title: String,
    /// The facilitator blanked the room screen.
    pub blank: bool,
    /// The step, in small type: "Wide · Ratings".
    pub step: String,
    /// The step in large type: the title at the set-up, a dimension, a stage.
    pub heading: String,
    /// What stands in large type when the heading does not fit: the stage.
    pub short_heading: String,
    /// Seconds already spent on the step's time-box, before it was entered this time.
    pub banked: i64,
    /// The time-box, in seconds (0: none).
    pub timebox: i64,
    /// "of 40:00", under the timer; "Over time!" once past it.
    pub of: String,
    pub over: String,
    pub view: View,
}

/// What the room sees of `p` with the facilitator at `step`; `previous` is last
/// meeting's digest, through the gate too.
pub fn build(
    p: &Public,
    previous: Option<&Digest>,
    step: &str,
    blank: bool,
    fw: &Framework,
    i: &I18n,
) -> Room {
    let s = p.session();
    let at = At::parse(step, fw);
    let stage = at.stage();
    let stage_label = fw
        .step_box(stage)
        .map_or_else(|| stage.id(fw).to_string(), |b| b.label.clone());
    let title = if s.title.trim().is_empty() {
        i.t("new-session")
    } else {
        one_line(&s.title)
    };
    let (step_line, heading) = match at {
        At::Dimension(_, part) => (
            format!("{stage_label} · {}", i.t(part.message_id())),
            stage_label.clone(),
        ),
        At::Setup => (stage_label.clone(), title.clone()),
        At::Room | At::Review | At::Summary => (stage_label.clone(), stage_label.clone()),
    };
    let timebox = fw.step_box(stage).map_or(0, |b| i64::from(b.minutes) * 60);
    let banked = s.time_spent.get(stage.id(fw)).copied().unwrap_or(0);
    Room {
        title,
        blank,
        step: step_line,
        heading,
        short_heading: stage_label,
        banked: i64::from(banked),
        timebox,
        of: t!(i, "room-timebox", box = clock(timebox)),
        over: i.t("header-over"),
        view: view(p, previous, at, fw, i),
    }
}

/// "04:05", or "1:02:03" past an hour.
pub fn clock(secs: i64) -> String {
    let secs = secs.max(0);
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{:02}:{:02}", secs / 60, secs % 60)
    }
}

fn view(p: &Public, previous: Option<&Digest>, at: At, fw: &Framework, i: &I18n) -> View {
    let s = p.session();
    match at {
        At::Setup => View::Text(setup(s, fw, i)),
        At::Room => View::Text(people(s, fw, i)),
        At::Review => View::Text(review(s, i)),
        At::Summary => View::Text(summary(s, previous, fw, i)),
        At::Dimension(d, part) => {
            let dim = &fw.dimensions[d];
            let empty = crate::domain::session::DimensionRecord::empty(&dim.id);
            let record = s.dimension(&dim.id).unwrap_or(&empty);
            match part {
                Part::Card => View::Text(card(d, fw, i)),
                Part::Contributions => latest(s, record, fw, i),
                Part::Ratings => ratings(p, record, fw, i),
                Part::Agreement => agreed(record, previous, d, fw, i),
                Part::Actions => View::Text(actions(record, i)),
            }
        }
    }
}

fn setup(s: &Session, fw: &Framework, i: &I18n) -> Document {
    let mut doc = Document::new(i);
    let when = i.date_time(s.started.naive_local());
    doc.push(Block::Facts(vec![
        (i.t("field-series"), one_line(&s.series)),
        (i.t("field-intervention"), one_line(&s.intervention)),
        (i.t("field-place"), one_line(&s.place)),
        (i.t("field-date"), when),
    ]));
    doc.push(Block::Heading(i.t("room-framing")));
    let questions = fw
        .framing_questions
        .iter()
        .enumerate()
        .map(|(n, q)| Item::text(format!("{}. {q}", n + 1)))
        .collect();
    doc.push(Block::Items(questions));
    doc
}

/// Who is in the room: counts and groups, never a name.
fn people(s: &Session, fw: &Framework, i: &I18n) -> Document {
    let mut doc = Document::new(i);
    doc.push(Block::Heading(t!(
        i,
        "show-participation",
        voices = s.voices.len(),
        people = s.headcount()
    )));
    let rows: Vec<Vec<String>> = summary::by_group(s)
        .into_iter()
        .map(|(group, voices, people)| {
            vec![
                fw.group_label(group).to_string(),
                voices.to_string(),
                people.to_string(),
            ]
        })
        .collect();
    if !rows.is_empty() {
        doc.push(Block::Table(Table {
            header: Some(vec![i.t("field-group"), i.t("md-voices"), i.t("md-people")]),
            rows,
            numeric: vec![false, true, true],
        }));
    }
    let genders: Vec<String> = summary::by_gender(s)
        .into_iter()
        .map(|(g, n)| format!("{} {n}", i.t(g.message_id())))
        .collect();
    let ages: Vec<String> = summary::by_age(s)
        .into_iter()
        .map(|(a, n)| format!("{} {n}", fw.age_label(a)))
        .collect();
    let absent: Vec<&str> = summary::absent_groups(s, &fw.stakeholder_groups)
        .into_iter()
        .map(|g| fw.group_label(g))
        .collect();
    doc.push(Block::Facts(vec![
        (i.t("field-gender"), genders.join(", ")),
        (i.t("field-age"), ages.join(", ")),
        (i.t("md-absent"), absent.join(", ")),
    ]));
    doc
}

fn review(s: &Session, i: &I18n) -> Document {
    let mut doc = Document::new(i);
    if s.action_review.is_empty() {
        doc.push(Block::Paragraph(i.t("room-nothing-to-review")));
        return doc;
    }
    let items = s
        .action_review
        .iter()
        .map(|r| {
            let status = if r.status == ActionStatus::Open {
                i.t("review-not-reviewed")
            } else {
                i.t(r.status.message_id())
            };
            let mut text = one_line(&r.text);
            if !r.owner.trim().is_empty() {
                text = format!("{text} — {}", one_line(&r.owner));
            }
            Item::led(status, text).with_detail(one_line(&r.note))
        })
        .collect();
    doc.push(Block::Items(items));
    doc
}

fn card(d: usize, fw: &Framework, i: &I18n) -> Document {
    let dim = &fw.dimensions[d];
    let mut doc = Document::new(i);
    doc.push(Block::Paragraph(dim.definition.clone()));
    doc.push(Block::Heading(i.t("card-questions")));
    doc.push(Block::Items(
        dim.guiding_questions.iter().map(Item::text).collect(),
    ));
    doc.push(Block::Heading(i.t("card-levels")));
    let levels = fw
        .levels
        .iter()
        .zip(&dim.level_descriptors)
        .map(|(l, desc)| Item::led(format!("{} {}", l.value, l.name), desc.clone()))
        .collect();
    doc.push(Block::Items(levels));
    doc
}

/// Who said it, as the room may know: a name with consent, else the pseudonym the
/// gate gave, with the stakeholder group.
fn who(v: Option<&Voice>, fw: &Framework, i: &I18n) -> String {
    match v {
        Some(v) => format!("{} ({})", one_line(&v.name), fw.group_label(&v.group)),
        None => i.t("the-room"),
    }
}

fn latest(
    s: &Session,
    d: &crate::domain::session::DimensionRecord,
    fw: &Framework,
    i: &I18n,
) -> View {
    let items = d
        .contributions
        .iter()
        .map(|c| {
            let voice = c.voice.and_then(|id| s.voice(id));
            Item::led(who(voice, fw, i), one_line(&c.text))
        })
        .collect();
    View::Latest {
        count: t!(i, "room-contributions", count = d.contributions.len()),
        items,
    }
}

fn ratings(
    p: &Public,
    d: &crate::domain::session::DimensionRecord,
    fw: &Framework,
    i: &I18n,
) -> View {
    let voices = p.session().voices.len();
    if let Some(given) = p.hidden_ratings(&d.dimension) {
        return View::Hidden {
            given,
            voices,
            line: t!(i, "room-rated", given = given, voices = voices),
        };
    }
    let bars = d
        .distribution(fw.levels.len())
        .into_iter()
        .zip(&fw.levels)
        .map(|(n, l)| (format!("{} {}", l.value, l.name), n))
        .collect();
    View::Distribution {
        line: t!(i, "room-distribution", count = d.ratings.len()),
        bars,
    }
}

fn shown(level: Option<u8>, d: usize, fw: &Framework) -> Option<Shown> {
    let value = level?;
    let l = fw.level(value)?;
    Some(Shown {
        value,
        name: l.name.clone(),
        meaning: fw.dimensions[d]
            .level_descriptors
            .get(usize::from(value))
            .cloned()
            .unwrap_or_default(),
    })
}

fn agreed(
    record: &crate::domain::session::DimensionRecord,
    previous: Option<&Digest>,
    d: usize,
    fw: &Framework,
    i: &I18n,
) -> View {
    let dim = &fw.dimensions[d].id;
    let before = previous.and_then(|p| {
        p.dimensions
            .iter()
            .find(|x| &x.dimension == dim)
            .and_then(|x| x.agreed_level)
    });
    View::Agreed {
        label: i.t("agreement-scale"),
        level: shown(record.agreed_level, d, fw),
        none: i.t("room-not-agreed"),
        previous_label: i.t("agreement-previous"),
        previous: shown(before, d, fw),
        previous_none: if previous.is_some() {
            i.t("room-previous-none")
        } else {
            i.t("agreement-no-previous")
        },
        rationale: one_line(&record.rationale),
    }
}

fn actions(d: &crate::domain::session::DimensionRecord, i: &I18n) -> Document {
    let mut doc = Document::new(i);
    if d.actions.is_empty() {
        doc.push(Block::Paragraph(i.t("room-no-actions")));
        return doc;
    }
    doc.push(Block::Items(
        d.actions
            .iter()
            .map(|a| Item::text(super::action_line(a, i)))
            .collect(),
    ));
    doc
}

/// The agreed levels against the previous meeting's, then every action.
fn summary(s: &Session, previous: Option<&Digest>, fw: &Framework, i: &I18n) -> Document {
    let mut doc = Document::new(i);
    let max = fw.max_level();
    let level = |l: Option<u8>| match l {
        Some(l) => format!("{} {l}", bar(Some(l), max)),
        None => bar(None, max),
    };
    let rows = fw
        .dimensions
        .iter()
        .map(|dim| {
            let before = previous.and_then(|p| {
                p.dimensions
                    .iter()
                    .find(|x| x.dimension == dim.id)
                    .and_then(|x| x.agreed_level)
            });
            let mut row = vec![dim.name.clone(), level(s.agreed_level(&dim.id))];
            if previous.is_some() {
                row.push(level(before));
            }
            row
        })
        .collect();
    let mut header = vec![i.t("summary-levels"), i.t("room-this-meeting")];
    if previous.is_some() {
        header.push(i.t("agreement-previous"));
    }
    doc.push(Block::Table(Table {
        numeric: vec![false; header.len()],
        header: Some(header),
        rows,
    }));
    if previous.is_none() {
        doc.push(Block::Paragraph(i.t("summary-no-previous")));
    }
    doc.push(Block::Heading(i.t("summary-actions")));
    let items: Vec<Item> = s
        .dimensions
        .iter()
        .flat_map(|d| {
            d.actions.iter().map(|a| {
                Item::led(
                    fw.dimension_name(&d.dimension).to_string(),
                    super::action_line(a, i),
                )
            })
        })
        .collect();
    if items.is_empty() {
        doc.push(Block::Paragraph(i.t("summary-no-actions")));
    } else {
        doc.push(Block::Items(items));
    }
    doc
}

/// "▰▰▱▱▱" for a level out of `max`; "·····" when none was agreed.
fn bar(level: Option<u8>, max: u8) -> String {
    (1..=max)
        .map(|n| match level {
            None => '·',
            Some(l) if n <= l => '▰',
            Some(_) => '▱',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::privacy::Gate;
    use crate::domain::session::{Contribution, ContributionKind, Gender, Rating, VoiceKind};

    fn session() -> Session {
        let fw = Framework::builtin("en");
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00+00:00").unwrap();
        let mut s = Session::new("ab12".into(), "Gao".into(), t, "en", &fw);
        for (id, name, consent) in [(1, "Mariétou Kéïta", false), (2, "Oumar Touré", true)] {
            s.voices.push(Voice {
                id,
                person: id,
                kind: VoiceKind::Person,
                name: name.into(),
                group: "women".into(),
                gender: Gender::Woman,
                age_band: "35-59".into(),
                organisation: String::new(),
                consent_to_name: consent,
            });
        }
        let wide = s.dimension_mut("wide");
        wide.contributions.push(Contribution {
            voice: Some(1),
            text: "Mariétou Kéïta says the pump is broken".into(),
            phase: None,
            kind: ContributionKind::Observation,
            at: t,
        });
        wide.ratings.push(Rating {
            voice: 1,
            level: 3,
            reason: "Because".into(),
        });
        s
    }

    fn room(s: &Session, step: &str) -> Room {
        let fw = Framework::builtin("en");
        let gate = Gate::new([&Digest::of(s)]);
        build(
            &gate.session(s),
            None,
            step,
            false,
            &fw,
            crate::i18n::english(),
        )
    }

    #[test]
    fn a_voice_without_consent_is_its_pseudonym_and_its_name_is_nowhere() {
        let r = room(&session(), "wide/contributions");
        let View::Latest { items, .. } = &r.view else {
            panic!("{:?}", r.view)
        };
        assert_eq!(items[0].lead.as_deref(), Some("P1 (Women's group)"));
        assert_eq!(items[0].text, "P1 says the pump is broken");
        let all = format!("{r:?}");
        assert!(!all.contains("Kéïta") && !all.contains("Mariétou"), "{all}");
    }

    #[test]
    fn hidden_ratings_are_only_a_count_then_a_distribution() {
        let mut s = session();
        let r = room(&s, "wide/ratings");
        assert_eq!(
            r.view,
            View::Hidden {
                given: 1,
                voices: 2,
                line: "1 of 2 voices has rated".into()
            }
        );
        s.dimension_mut("wide").ratings_revealed = true;
        let View::Distribution { bars, .. } = room(&s, "wide/ratings").view else {
            panic!()
        };
        assert_eq!(bars[3], ("3 Involved".to_string(), 1));
    }

    #[test]
    fn steps_are_read_as_the_app_writes_them() {
        let fw = Framework::builtin("en");
        assert_eq!(
            At::parse("deep/agreement", &fw),
            At::Dimension(2, Part::Agreement)
        );
        assert_eq!(At::parse("systematic", &fw), At::Dimension(1, Part::Card));
        assert_eq!(At::parse("nowhere", &fw), At::Setup);
        let r = room(&session(), "wide/actions");
        assert_eq!(
            (r.step.as_str(), r.heading.as_str()),
            ("Wide · Actions", "Wide")
        );
        assert_eq!(r.timebox, 40 * 60);
    }
}
