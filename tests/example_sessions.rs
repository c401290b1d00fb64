//! The illustrative example sessions of `sessions/`, built here in code and written
//! through the store, so that the committed files are exactly what Toguna writes.
//!
//! The people, groups, figures and events are fictional. To (re)generate the folder:
//!
//!     TOGUNA_BLESS_EXAMPLES=1 cargo test --test example_sessions
//!
//! Without the variable the tests check the committed files byte for byte.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Once;

use chrono::{DateTime, FixedOffset, NaiveDate};
use toguna::domain::framework::Framework;
use toguna::domain::session::ContributionKind::{
    Concern, Evidence, Observation, Proposal, Question,
};
use toguna::domain::session::{
    Action, ActionReview, ActionStatus, Contribution, ContributionKind, Gender, Rating, Session,
    Status, Voice, VoiceKind,
};
use toguna::store::{Store, format};

const BLESS: &str = "TOGUNA_BLESS_EXAMPLES";

const NOTE_EN: &str = "Illustrative example: the people, groups, figures and events are fictional.";
const NOTE_FR: &str = "Exemple fictif : les personnes, groupes, chiffres et faits sont inventés, à titre d'illustration.";

fn sessions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions")
}

fn time(rfc3339: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(rfc3339).expect("a fixed, valid date")
}

fn day(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("a fixed, valid day")
}

/// A meeting being filled in, in the order a facilitator would: set-up, room, review,
/// then each dimension.
struct Meeting {
    s: Session,
}

impl Meeting {
    fn new(id: &str, title: &str, lang: &str, started: &str) -> Meeting {
        let fw = Framework::builtin(lang);
        Meeting {
            s: Session::new(id.into(), title.into(), time(started), lang, &fw),
        }
    }

    fn setup(&mut self, series: &str, intervention: &str, place: &str, facilitators: &[&str]) {
        self.s.series = series.into();
        self.s.intervention = intervention.into();
        self.s.place = place.into();
        self.s.facilitators = facilitators.iter().map(|f| f.to_string()).collect();
        self.s.notes = if self.s.language == "fr" {
            NOTE_FR
        } else {
            NOTE_EN
        }
        .into();
    }

    fn note(&mut self, line: &str) {
        self.s.notes.push('\n');
        self.s.notes.push_str(line);
    }

    fn add_voice(&mut self, mut voice: Voice) -> u32 {
        voice.id = self.s.next_voice_id();
        self.s.voices.push(voice);
        self.s.voices.last().expect("just pushed").id
    }

    fn person(
        &mut self,
        name: &str,
        group: &str,
        gender: Gender,
        age_band: &str,
        organisation: &str,
        consent: bool,
    ) -> u32 {
        self.add_voice(Voice {
            id: 0,
            kind: VoiceKind::Person,
            name: name.into(),
            group: group.into(),
            gender,
            age_band: age_band.into(),
            organisation: organisation.into(),
            consent_to_name: consent,
        })
    }

    fn group(
        &mut self,
        name: &str,
        headcount: u32,
        group: &str,
        gender: Gender,
        age_band: &str,
        consent: bool,
    ) -> u32 {
        self.add_voice(Voice {
            id: 0,
            kind: VoiceKind::Group { headcount },
            name: name.into(),
            group: group.into(),
            gender,
            age_band: age_band.into(),
            organisation: String::new(),
            consent_to_name: consent,
        })
    }

    /// Records what became of an action of `earlier`, copying its text and owner.
    fn review(&mut self, earlier: &Session, action: u32, status: ActionStatus, note: &str) {
        let (dimension, a) = earlier
            .all_actions()
            .find(|(_, a)| a.id == action)
            .expect("the reviewed action exists in the earlier meeting");
        self.s.action_review.push(ActionReview {
            session: earlier.id.clone(),
            dimension: dimension.into(),
            action,
            text: a.text.clone(),
            owner: a.owner.clone(),
            status,
            note: note.into(),
        });
    }

    /// A contribution; its time follows the time-boxes of the steps (set-up, room and
    /// review take 35 minutes, then 45 per dimension), five minutes apart.
    fn say(
        &mut self,
        dim: &str,
        voice: Option<u32>,
        phase: &str,
        kind: ContributionKind,
        text: &str,
    ) {
        let step = match dim {
            "wide" => 0,
            "systematic" => 1,
            _ => 2,
        };
        let started = self.s.started;
        let d = self.s.dimension_mut(dim);
        let minutes = 35 + 45 * step + 3 + 5 * d.contributions.len() as i64;
        d.contributions.push(Contribution {
            voice,
            text: text.into(),
            phase: (!phase.is_empty()).then(|| phase.to_string()),
            kind,
            at: started + chrono::Duration::minutes(minutes),
        });
    }

    fn rate(&mut self, dim: &str, ratings: &[(u32, u8, &str)]) {
        let d = self.s.dimension_mut(dim);
        d.ratings = ratings
            .iter()
            .map(|&(voice, level, reason)| Rating {
                voice,
                level,
                reason: reason.into(),
            })
            .collect();
        d.ratings_revealed = true;
    }

    fn agree(&mut self, dim: &str, level: u8, rationale: &str) {
        let d = self.s.dimension_mut(dim);
        d.agreed_level = Some(level);
        d.rationale = rationale.into();
    }

    fn act(&mut self, dim: &str, text: &str, owner: &str, due: &str) -> u32 {
        let id = self.s.next_action_id();
        self.s.dimension_mut(dim).actions.push(Action {
            id,
            text: text.into(),
            owner: owner.into(),
            due: Some(day(due)),
            status: ActionStatus::Open,
        });
        id
    }

    fn finish(mut self, ended: &str) -> Session {
        self.s.status = Status::Finished;
        self.s.ended = Some(time(ended));
        self.s.current_step = "summary".into();
        self.s
    }

    /// Saved mid-meeting, at `step`.
    fn pause(mut self, step: &str) -> Session {
        self.s.status = Status::InProgress;
        self.s.ended = None;
        self.s.current_step = step.into();
        self.s
    }
}

use Gender::{Man, Mixed, Woman};

const AN: &str = "analysis";
const IM: &str = "implementation";
const EV: &str = "evaluation";
const NONE: &str = "";

// ---------------------------------------------------------------------------------------
// Mopti (English, 3 meetings)
// ---------------------------------------------------------------------------------------

const MOPTI_SERIES: &str = "Mopti community security dialogue";
const MOPTI_INTERVENTION: &str = "Community violence reduction (CVR) projects, Mopti region, continued after MINUSMA's withdrawal by the Sahel Peace Consortium (INGOs)";
const MOPTI_FACILITATORS: [&str; 2] = ["Mariam Kansaye", "Boubacar Togo"];

fn mopti() -> Vec<Session> {
    let m1 = mopti_1();
    let m2 = mopti_2(&m1);
    let m3 = mopti_3(&m2);
    vec![m1, m2, m3]
}

fn mopti_1() -> Session {
    let mut m = Meeting::new(
        "4d0f3a6e9b1c47e2a5d8c3f1e7b20a91",
        "Mopti dialogue — meeting 1 (illustrative example)",
        "en",
        "2025-03-12T09:00:00+00:00",
    );
    m.setup(
        MOPTI_SERIES,
        MOPTI_INTERVENTION,
        "Mopti, town hall meeting room",
        &MOPTI_FACILITATORS,
    );
    m.note("Held in the town hall: the youth centre was closed for repairs.");

    let chief = m.person(
        "Hamadoun Dicko",
        "leaders",
        Man,
        "60-plus",
        "Council of village chiefs, Socoura",
        true,
    );
    let imam = m.person(
        "Alpha Oumar Cissé",
        "leaders",
        Man,
        "60-plus",
        "Komoguel mosque committee",
        true,
    );
    let p_a = m.person("Participant A", "cso", Woman, "35-59", "", false);
    let cso = m.group(
        "Network of Mopti civil society organisations",
        3,
        "cso",
        Mixed,
        "35-59",
        true,
    );
    let council = m.person(
        "Adama Guindo",
        "local-authority",
        Man,
        "35-59",
        "Mopti town council",
        true,
    );
    let p_b = m.person("Participant B", "security-forces", Man, "35-59", "", false);
    let ingo = m.person(
        "Sarah Whitfield",
        "ingo",
        Woman,
        "35-59",
        "Sahel Peace Consortium, CVR programme manager",
        true,
    );
    let p_c = m.person("Participant C", "youth", Man, "18-24", "", false);
    let fishers = m.group(
        "Fishers' and herders' associations of the cercle",
        4,
        "other",
        Man,
        "mixed",
        true,
    );
    let kadidia = m.person(
        "Kadidia Tembely",
        "women",
        Woman,
        "35-59",
        "Women's market-garden cooperative, Mopti",
        true,
    );

    // Wide
    m.say(
        "wide",
        None,
        AN,
        Observation,
        "The CVR projects were chosen in Bamako and announced on community radio. Nobody here was asked which villages or which activities.",
    );
    m.say(
        "wide",
        Some(council),
        IM,
        Evidence,
        "Of the 14 CVR micro-projects in the cercle, 11 went to contractors from Mopti town. The villages only provided labour.",
    );
    m.say(
        "wide",
        Some(kadidia),
        AN,
        Concern,
        "Women were not at the launch meeting. We learned about the market-garden project when the fences were already up.",
    );
    m.say(
        "wide",
        Some(p_c),
        IM,
        Concern,
        "Young people are hired for the cash-for-work weeks, then nothing. They call it \"violence reduction\"; in the villages we call it 'a month's wages'.",
    );
    m.say(
        "wide",
        Some(chief),
        EV,
        Observation,
        "The evaluators came in a convoy, stayed two hours in the town hall and left. The villages across the river never saw them.",
    );
    m.say(
        "wide",
        Some(ingo),
        AN,
        Question,
        "Which groups did we miss in the conflict analysis? We would like names of structures, not of individuals.",
    );
    m.say(
        "wide",
        Some(imam),
        NONE,
        Proposal,
        "As the Book says, «الصلح خير» (as-sulhu khayr): reconciliation is best. Let the village peace committees that already exist choose who sits at the table.",
    );
    m.rate(
        "wide",
        &[
            (chief, 1, "We hear about it on the radio, nothing more."),
            (imam, 1, "Informed after the decisions."),
            (
                p_a,
                0,
                "Women's organisations were absent from every phase.",
            ),
            (cso, 2, "Our network was consulted once, in Bamako."),
            (council, 2, "The council was consulted on the sites."),
            (p_b, 1, "Informed through the prefecture."),
            (ingo, 2, "We consulted, but far too narrowly."),
            (p_c, 0, "Youth are labour, not partners."),
            (fishers, 1, "Told about the projects, never asked."),
            (kadidia, 1, "We learned about it late."),
        ],
    );
    m.agree(
        "wide",
        1,
        "Most groups hear about the projects once decisions are made; a few notables and the town council were consulted once. Women and youth are absent from analysis and evaluation.",
    );
    m.act(
        "wide",
        "Invite the women's cooperatives and the youth associations of the three communes to the next meeting, through their own networks.",
        "Kadidia Tembely and the CSO network",
        "2025-05-15",
    );
    m.act(
        "wide",
        "Share the list of CVR micro-projects, their sites and contractors with the three communes.",
        "Sahel Peace Consortium",
        "2025-04-30",
    );

    // Systematic
    m.say(
        "systematic",
        Some(cso),
        AN,
        Observation,
        "There is no regular forum. The consortium calls us when a donor mission is coming.",
    );
    m.say(
        "systematic",
        Some(council),
        IM,
        Evidence,
        "The communal security council has existed on paper since 2019. It has met twice.",
    );
    m.say(
        "systematic",
        Some(p_b),
        IM,
        Concern,
        "Meetings are announced the day before. People from the villages cannot travel at such short notice; the roads are not safe.",
    );
    m.say(
        "systematic",
        Some(ingo),
        NONE,
        Proposal,
        "We could hold a quarterly briefing in Mopti for all partners.",
    );
    m.say(
        "systematic",
        None,
        EV,
        Question,
        "Who keeps the minutes of these meetings, and who receives them?",
    );
    m.say(
        "systematic",
        Some(imam),
        NONE,
        Proposal,
        "Build on the village peace committees instead of a new structure that will leave with the project.",
    );
    m.rate(
        "systematic",
        &[
            (chief, 1, "Meetings only when they need us."),
            (imam, 1, "Briefings, no follow-up."),
            (p_a, 0, "Nothing regular exists."),
            (cso, 1, "Called before donor visits only."),
            (council, 2, "The security council exists, at least."),
            (p_b, 1, "Short notice, no calendar."),
            (ingo, 1, "Honestly, ad hoc."),
            (fishers, 0, "We were never invited to a meeting."),
            (kadidia, 1, "Informed when it suits them."),
        ],
    );
    m.agree(
        "systematic",
        1,
        "Briefings happen when the consortium needs them, with no calendar, no minutes and no follow-up. The communal security council exists but does not meet.",
    );
    m.act(
        "systematic",
        "Propose a monthly dialogue platform hosted by the town council, with a fixed calendar and minutes shared in French and Fulfulde.",
        "Adama Guindo (town council)",
        "2025-06-01",
    );
    m.act(
        "systematic",
        "Revive the communal security council, with two sessions before July.",
        "Communal security council secretariat",
        "2025-06-30",
    );

    // Deep
    m.say(
        "deep",
        Some(p_a),
        AN,
        Concern,
        "We have never seen a budget. How can we say whether the money reached the villages?",
    );
    m.say(
        "deep",
        Some(fishers),
        IM,
        Evidence,
        "The water point for the transhumance corridor was built where the herds never pass. Nobody asked the herders.",
    );
    m.say(
        "deep",
        Some(kadidia),
        EV,
        Concern,
        "Women who criticise the project in public are told they work for foreigners. It is not safe to disagree openly.",
    );
    m.say(
        "deep",
        Some(ingo),
        EV,
        Observation,
        "Our results framework reports to the donor. The communities have not seen the indicators.",
    );
    m.say(
        "deep",
        None,
        NONE,
        Question,
        "What happens when the funding ends in 2026? Who will maintain what has been built?",
    );
    m.say(
        "deep",
        Some(council),
        NONE,
        Proposal,
        "Present the budget per commune at the town hall and on the radio, in Fulfulde and Bamanankan.",
    );
    m.rate(
        "deep",
        &[
            (chief, 0, "We know nothing of the money."),
            (imam, 1, "Some news through the radio."),
            (p_a, 0, "No budget, no results, no space."),
            (cso, 1, "We get documents, too late."),
            (council, 1, "The council gets summaries."),
            (ingo, 1, "We share results with authorities only."),
            (p_c, 0, "Nobody asks what we think."),
            (fishers, 0, "Decided without us."),
            (kadidia, 0, "It is not safe to speak."),
        ],
    );
    m.agree(
        "deep",
        0,
        "No information on budgets or results reaches local actors; the project answers to its donor; there is no safe space to disagree and no exit strategy has been discussed.",
    );
    m.act(
        "deep",
        "Publish a one-page summary of the CVR budget per commune and read it on community radio in Fulfulde and Bamanankan.",
        "Sahel Peace Consortium",
        "2025-06-15",
    );
    m.finish("2025-03-12T12:25:00+00:00")
}

fn mopti_2(m1: &Session) -> Session {
    let mut m = Meeting::new(
        "7a2c9e04d6b84f1395e0c7a2b8d41f63",
        "Mopti dialogue — meeting 2 (illustrative example)",
        "en",
        "2025-07-09T09:00:00+00:00",
    );
    m.setup(
        MOPTI_SERIES,
        MOPTI_INTERVENTION,
        "Sévaré, youth centre",
        &MOPTI_FACILITATORS,
    );

    let chief = m.person(
        "Hamadoun Dicko",
        "leaders",
        Man,
        "60-plus",
        "Council of village chiefs, Socoura",
        true,
    );
    let imam = m.person(
        "Alpha Oumar Cissé",
        "leaders",
        Man,
        "60-plus",
        "Komoguel mosque committee",
        true,
    );
    let p_a = m.person("Participant A", "cso", Woman, "35-59", "", false);
    let cso = m.group(
        "Network of Mopti civil society organisations",
        2,
        "cso",
        Mixed,
        "35-59",
        true,
    );
    let council = m.person(
        "Adama Guindo",
        "local-authority",
        Man,
        "35-59",
        "Mopti town council",
        true,
    );
    let p_b = m.person("Participant B", "security-forces", Man, "35-59", "", false);
    let ingo = m.person(
        "Sarah Whitfield",
        "ingo",
        Woman,
        "35-59",
        "Sahel Peace Consortium, CVR programme manager",
        true,
    );
    let p_c = m.person("Participant C", "youth", Man, "18-24", "", false);
    let fishers = m.group(
        "Fishers' and herders' associations of the cercle",
        3,
        "other",
        Man,
        "mixed",
        true,
    );
    let kadidia = m.person(
        "Kadidia Tembely",
        "women",
        Woman,
        "35-59",
        "Women's market-garden cooperative, Mopti",
        true,
    );
    let federation = m.group(
        "Federation of women's cooperatives of Mopti",
        6,
        "women",
        Woman,
        "mixed",
        true,
    );
    let youth = m.group(
        "Youth associations of Socoura and Fatoma",
        5,
        "youth",
        Mixed,
        "18-24",
        true,
    );
    let p_d = m.person("Participant D", "youth", Woman, "18-24", "", false);

    m.review(
        m1,
        1,
        ActionStatus::Done,
        "The federation of women's cooperatives and two youth associations are here today.",
    );
    m.review(
        m1,
        2,
        ActionStatus::InProgress,
        "List shared with Mopti commune only; Socoura and Fatoma are still waiting.",
    );
    m.review(
        m1,
        3,
        ActionStatus::Done,
        "The town council agreed; the platform met on 14 May and 18 June.",
    );
    m.review(
        m1,
        4,
        ActionStatus::Dropped,
        "The prefecture postponed twice; the monthly platform plays that role for now.",
    );
    m.review(
        m1,
        5,
        ActionStatus::InProgress,
        "Read once on community radio in Fulfulde in June; the Bamanankan version is still missing.",
    );

    // Wide
    m.say(
        "wide",
        Some(federation),
        AN,
        Observation,
        "This is the first time our federation is invited. We have 23 cooperatives in the cercle; we can tell you which villages suffer most from land conflicts.",
    );
    m.say(
        "wide",
        Some(youth),
        IM,
        Concern,
        "Cash-for-work is still the only role for young people. We want to help choose the projects, not only dig.",
    );
    m.say(
        "wide",
        Some(p_c),
        AN,
        Evidence,
        "In Fatoma the youth association mapped six places where young men are approached by armed groups. We gave the map to the consortium in June.",
    );
    m.say(
        "wide",
        Some(ingo),
        AN,
        Observation,
        "The new project cycle started with two community workshops in May: 41 participants, 15 of them women.",
    );
    m.say(
        "wide",
        Some(p_d),
        EV,
        Question,
        "Will women and young people be in the evaluation team too, or only in the workshops?",
    );
    m.say(
        "wide",
        None,
        NONE,
        Observation,
        "The villages of the flooded delta are still not represented: the crossing is not safe in the rainy season.",
    );
    m.rate(
        "wide",
        &[
            (chief, 2, "More groups are here than in March."),
            (imam, 2, "Consulted, yes."),
            (p_a, 1, "Women came, but only to workshops."),
            (cso, 2, "Consulted, not deciding."),
            (council, 3, "The council is involved now."),
            (p_b, 2, "Better than before."),
            (ingo, 2, "Consultation is wider, still consultation."),
            (p_c, 2, "They took our map."),
            (fishers, 1, "The delta is still missing."),
            (kadidia, 2, "We are asked now."),
            (federation, 2, "First invitation."),
            (youth, 1, "Still only labour."),
            (p_d, 2, "Asked, not yet heard."),
        ],
    );
    m.agree(
        "wide",
        2,
        "Women's and youth groups are now consulted in the analysis; they are still absent from implementation decisions and from evaluation, and the delta villages are not reached.",
    );
    m.act(
        "wide",
        "Include two women's and two youth representatives in the committee that selects the next micro-projects.",
        "Sahel Peace Consortium, with the platform",
        "2025-09-30",
    );
    m.act(
        "wide",
        "Hold one platform meeting in Konna, with participants' transport paid.",
        "Network of Mopti CSOs",
        "2025-10-31",
    );

    // Systematic
    m.say(
        "systematic",
        Some(council),
        IM,
        Evidence,
        "The platform met on 14 May and 18 June, with minutes. But the agenda is still written by the consortium.",
    );
    m.say(
        "systematic",
        Some(cso),
        NONE,
        Concern,
        "Two meetings are a beginning, not a mechanism. Everything depends on one person at the town hall.",
    );
    m.say(
        "systematic",
        Some(federation),
        NONE,
        Proposal,
        "Rotate the chair between the town council, the CSOs and the traditional leaders.",
    );
    m.say(
        "systematic",
        Some(p_b),
        NONE,
        Observation,
        "The communal security council did not meet. The platform is the only place where we sit with civilians.",
    );
    m.say(
        "systematic",
        None,
        EV,
        Question,
        "If the consortium stops paying for the tea and the transport, will the platform still meet?",
    );
    m.rate(
        "systematic",
        &[
            (chief, 1, "Two meetings only."),
            (imam, 2, "A forum exists now."),
            (p_a, 1, "Their agenda, not ours."),
            (cso, 1, "Not yet a mechanism."),
            (council, 2, "Minutes are kept."),
            (p_b, 2, "The only place we meet civilians."),
            (ingo, 1, "Still our agenda and our money."),
            (fishers, 1, "Too far from the delta."),
            (federation, 1, "Too early to say."),
            (youth, 1, "We were not told of May."),
        ],
    );
    m.agree(
        "systematic",
        1,
        "The platform has met twice, on the consortium's agenda and budget, with no calendar or local chair yet. Too early to call it a mechanism.",
    );
    m.act(
        "systematic",
        "Adopt a written calendar for the platform (second Wednesday of each month) and a rotating co-chair.",
        "Adama Guindo (town council)",
        "2025-08-13",
    );
    m.act(
        "systematic",
        "Agree with the consortium who pays transport and meals after 2026.",
        "Platform members",
        "2025-11-15",
    );

    // Deep
    m.say(
        "deep",
        Some(p_a),
        EV,
        Evidence,
        "The budget summary was read on community radio in June, in Fulfulde. People phoned in to ask about the Fatoma market.",
    );
    m.say(
        "deep",
        Some(fishers),
        IM,
        Concern,
        "We still do not know what the corridor water point cost, nor who decided where it went.",
    );
    m.say(
        "deep",
        Some(federation),
        NONE,
        Question,
        "Our three questions for the consortium:\n1. How much went to each commune?\n2. Who chose the contractors?\n3. What happens in 2026?",
    );
    m.say(
        "deep",
        Some(kadidia),
        NONE,
        Concern,
        "It is still hard for women to criticise in public. Today we wrote our points on paper and the facilitator read them out.",
    );
    m.say(
        "deep",
        Some(ingo),
        EV,
        Proposal,
        "We could train ten platform members to follow the project's indicators with us, twice a year.",
    );
    m.say(
        "deep",
        Some(imam),
        NONE,
        Observation,
        "The mosque committee now announces the platform meetings after Friday prayer.",
    );
    m.rate(
        "deep",
        &[
            (chief, 1, "Some news, little detail."),
            (imam, 1, "People hear more now."),
            (p_a, 1, "The radio summary helped."),
            (cso, 1, "Information, no means to use it."),
            (council, 2, "We can raise concerns now."),
            (ingo, 1, "No joint monitoring yet."),
            (p_c, 0, "Still nothing for youth."),
            (fishers, 0, "The corridor is still a mystery."),
            (kadidia, 1, "Speaking is still risky."),
            (federation, 1, "Questions, no answers yet."),
        ],
    );
    m.agree(
        "deep",
        1,
        "Some information now reaches the population (the budget summary on the radio), but too little to analyse; no joint monitoring yet; criticism is still unsafe in public.",
    );
    m.act(
        "deep",
        "Train ten platform members, at least four women and three young people, to follow the project's indicators.",
        "Sahel Peace Consortium",
        "2025-10-31",
    );
    m.finish("2025-07-09T12:40:00+00:00")
}

fn mopti_3(m2: &Session) -> Session {
    let mut m = Meeting::new(
        "b9e15c7a30f2486db1a4e9c0d7f35e28",
        "Mopti dialogue — meeting 3 (illustrative example)",
        "en",
        "2025-11-19T09:00:00+00:00",
    );
    m.setup(
        MOPTI_SERIES,
        MOPTI_INTERVENTION,
        "Sévaré, youth centre",
        &MOPTI_FACILITATORS,
    );
    m.note("Two participants asked that the platform minutes leave out their names.");

    let chief = m.person(
        "Hamadoun Dicko",
        "leaders",
        Man,
        "60-plus",
        "Council of village chiefs, Socoura",
        true,
    );
    let imam = m.person(
        "Alpha Oumar Cissé",
        "leaders",
        Man,
        "60-plus",
        "Komoguel mosque committee",
        true,
    );
    let p_a = m.person("Participant A", "cso", Woman, "35-59", "", false);
    let cso = m.group(
        "Network of Mopti civil society organisations",
        2,
        "cso",
        Mixed,
        "35-59",
        true,
    );
    let council = m.person(
        "Adama Guindo",
        "local-authority",
        Man,
        "35-59",
        "Mopti town council",
        true,
    );
    let p_b = m.person("Participant B", "security-forces", Man, "35-59", "", false);
    let ingo = m.person(
        "Sarah Whitfield",
        "ingo",
        Woman,
        "35-59",
        "Sahel Peace Consortium, CVR programme manager",
        true,
    );
    let p_c = m.person("Participant C", "youth", Man, "18-24", "", false);
    let fishers = m.group(
        "Fishers' and herders' associations of the cercle",
        3,
        "other",
        Man,
        "mixed",
        true,
    );
    let kadidia = m.person(
        "Kadidia Tembely",
        "women",
        Woman,
        "35-59",
        "Women's market-garden cooperative, Mopti",
        true,
    );
    let federation = m.group(
        "Federation of women's cooperatives of Mopti",
        7,
        "women",
        Woman,
        "mixed",
        true,
    );
    let youth = m.group(
        "Youth associations of Socoura and Fatoma",
        6,
        "youth",
        Mixed,
        "18-24",
        true,
    );
    let p_d = m.person("Participant D", "youth", Woman, "18-24", "", false);
    let konna = m.group(
        "Delegation of the Konna fishing villages",
        4,
        "other",
        Mixed,
        "mixed",
        true,
    );

    m.review(
        m2,
        1,
        ActionStatus::Done,
        "Two women and two young people sat on the selection committee in September; 3 of the 8 projects chosen were theirs.",
    );
    m.review(
        m2,
        2,
        ActionStatus::Done,
        "The platform met in Konna on 8 October: 34 participants, transport paid.",
    );
    m.review(
        m2,
        3,
        ActionStatus::Done,
        "Calendar adopted: second Wednesday of each month. The women's federation chaired in October.",
    );
    m.review(
        m2,
        4,
        ActionStatus::InProgress,
        "The consortium pays until June 2026; the town council plans a budget line for 2026, not yet voted.",
    );
    m.review(
        m2,
        5,
        ActionStatus::InProgress,
        "First session held for 8 members (4 women, 2 young people); the second is planned for January.",
    );

    // Wide
    m.say(
        "wide",
        Some(konna),
        AN,
        Observation,
        "For the first time the platform came to us. Before, we had only heard of the projects on the radio.",
    );
    m.say(
        "wide",
        Some(federation),
        IM,
        Evidence,
        "Three of the eight new micro-projects were proposed by women's cooperatives, and two are run by them.",
    );
    m.say(
        "wide",
        Some(youth),
        IM,
        Evidence,
        "Our association runs the Fatoma rice-husking unit itself, with a committee of five young people elected in the village.",
    );
    m.say(
        "wide",
        Some(p_d),
        EV,
        Concern,
        "The December evaluation is still planned by a consultant from Bamako. We want to be in the team.",
    );
    m.say(
        "wide",
        Some(ingo),
        AN,
        Observation,
        "The conflict analysis was updated with the platform in September; the Fatoma youth map moved two project sites.",
    );
    m.say(
        "wide",
        None,
        NONE,
        Question,
        "How are the representatives chosen, and do they report back to their villages?",
    );
    m.rate(
        "wide",
        &[
            (chief, 3, "The villages are taking part."),
            (imam, 3, "Many voices today."),
            (p_a, 2, "Evaluation is still closed to us."),
            (cso, 3, "Involved in two phases of three."),
            (council, 3, "Real change since March."),
            (p_b, 3, "Broad participation."),
            (ingo, 3, "Analysis and implementation are shared."),
            (p_c, 3, "Our map changed the sites."),
            (fishers, 2, "The delta came once."),
            (kadidia, 3, "Women chose projects."),
            (federation, 4, "We decide with them now."),
            (youth, 3, "We run a project ourselves."),
            (p_d, 2, "Not in the evaluation yet."),
            (konna, 2, "First time for us."),
        ],
    );
    m.agree(
        "wide",
        3,
        "Women, youth, leaders, CSOs and the town council took part in analysis and implementation; the evaluation remains outside their hands and the delta villages were reached only once.",
    );
    m.act(
        "wide",
        "Put two platform members, a woman and a young person, in the December evaluation team.",
        "Sarah Whitfield (Sahel Peace Consortium)",
        "2025-12-10",
    );
    m.act(
        "wide",
        "Ask each representative to report back to their village or association within a month, and note it in the minutes.",
        "Platform co-chairs",
        "2025-12-31",
    );

    // Systematic
    m.say(
        "systematic",
        Some(council),
        IM,
        Evidence,
        "The platform has met every second Wednesday since August: four meetings, minutes signed by both co-chairs.",
    );
    m.say(
        "systematic",
        Some(cso),
        NONE,
        Observation,
        "The co-chairs now draft the agenda; the consortium adds its points.",
    );
    m.say(
        "systematic",
        Some(p_b),
        NONE,
        Concern,
        "The security forces are invited, but we cannot attend without an order from above.",
    );
    m.say(
        "systematic",
        Some(fishers),
        NONE,
        Proposal,
        "Hold every third meeting outside Mopti town, as in Konna.",
    );
    m.say(
        "systematic",
        Some(ingo),
        NONE,
        Observation,
        "We still pay for transport; the council's line for 2026 has not been voted.",
    );
    m.say(
        "systematic",
        Some(chief),
        EV,
        Observation,
        "The chiefs' council now announces the platform's decisions in the villages.",
    );
    m.rate(
        "systematic",
        &[
            (chief, 2, "Regular, but their money."),
            (imam, 2, "A known calendar now."),
            (p_a, 2, "Better, still fragile."),
            (cso, 2, "We draft the agenda."),
            (council, 3, "Minutes, calendar, co-chairs."),
            (p_b, 1, "We cannot attend freely."),
            (ingo, 2, "Decisions still sit with us."),
            (fishers, 2, "Regular in Mopti at least."),
            (federation, 3, "We chaired in October."),
            (youth, 2, "It holds, for now."),
            (konna, 2, "One meeting outside town."),
        ],
    );
    m.agree(
        "systematic",
        2,
        "A forum meets regularly with minutes and a locally drafted agenda, but it depends on the consortium's money and its decisions remain the consortium's.",
    );
    m.act(
        "systematic",
        "Get the platform's line in the 2026 town council budget voted in December.",
        "Adama Guindo (town council)",
        "2025-12-20",
    );
    m.act(
        "systematic",
        "Hold the February platform meeting in a delta village.",
        "Platform co-chairs",
        "2026-02-11",
    );

    // Deep
    m.say(
        "deep",
        Some(p_a),
        EV,
        Evidence,
        "The trained members compared the indicators with what they see: two of the five water points reported as working are dry.",
    );
    m.say(
        "deep",
        Some(kadidia),
        NONE,
        Observation,
        "Women spoke out in the meeting today, not only on paper. It is easier with the federation in the room.",
    );
    m.say(
        "deep",
        Some(ingo),
        NONE,
        Concern,
        "The exit strategy is still a donor document, in English. We have not discussed it here.",
    );
    m.say(
        "deep",
        None,
        EV,
        Question,
        "Who will read the December evaluation, and in which language?",
    );
    m.say(
        "deep",
        Some(imam),
        NONE,
        Proposal,
        "Present the evaluation results in the mosque courtyard and at the market, as was done for the budget.",
    );
    m.say(
        "deep",
        Some(youth),
        IM,
        Concern,
        "Some of our members were threatened after the Konna meeting. People say the platform works for foreigners.",
    );
    m.rate(
        "deep",
        &[
            (chief, 1, "The exit is not ours to discuss yet."),
            (imam, 2, "People can question the results now."),
            (p_a, 2, "We checked the water points ourselves."),
            (cso, 1, "Partial information."),
            (council, 2, "Concerns are heard."),
            (ingo, 1, "Exit strategy not shared."),
            (p_c, 1, "Speaking is risky."),
            (kadidia, 1, "Better, not safe yet."),
            (federation, 2, "We asked and were answered."),
            (youth, 1, "Threats after Konna."),
            (p_d, 1, "Evaluation not ours."),
        ],
    );
    m.agree(
        "deep",
        1,
        "Local actors now check some results themselves, but plans, budgets and the exit strategy are not fully shared, and speaking out still carries risk.",
    );
    m.act(
        "deep",
        "Translate the exit strategy into French and Fulfulde and discuss it at the January platform meeting.",
        "Sahel Peace Consortium",
        "2026-01-14",
    );
    m.act(
        "deep",
        "Agree a simple rule for members who feel threatened: whom to call, and minutes without names.",
        "Network of Mopti CSOs",
        "2026-01-14",
    );
    m.finish("2025-11-19T12:50:00+00:00")
}

// ---------------------------------------------------------------------------------------
// Gao (English, 2 meetings, the second saved mid-meeting)
// ---------------------------------------------------------------------------------------

const GAO_SERIES: &str = "Gao water committee follow-up";
const GAO_INTERVENTION: &str =
    "Borehole rehabilitation and water-management committees, Gao town (WASH Sahel Alliance, INGO)";
const GAO_FACILITATORS: [&str; 1] = ["Ousmane Maïga"];

fn gao() -> Vec<Session> {
    let g1 = gao_1();
    let g2 = gao_2(&g1);
    vec![g1, g2]
}

fn gao_1() -> Session {
    let mut m = Meeting::new(
        "2e8b6d1f94a04c7fb3e5a1d0c962f7b4",
        "Gao water committee — meeting 1 (illustrative example)",
        "en",
        "2025-04-23T08:30:00+00:00",
    );
    m.setup(
        GAO_SERIES,
        GAO_INTERVENTION,
        "Gao, Château neighbourhood, water committee office",
        &GAO_FACILITATORS,
    );

    let committee = m.group(
        "Water committee of Château neighbourhood",
        5,
        "other",
        Mixed,
        "mixed",
        true,
    );
    let p_a = m.person("Participant A", "women", Woman, "35-59", "", false);
    let elder = m.person(
        "Mohamed Ag Alhassane",
        "leaders",
        Man,
        "60-plus",
        "Tamasheq families of Château",
        true,
    );
    let youth = m.group("Youth of Sosso Koïra", 4, "youth", Man, "18-24", true);
    let council = m.person(
        "Aïcha Maïga",
        "local-authority",
        Woman,
        "35-59",
        "Gao town council, water and sanitation",
        true,
    );
    let ingo = m.person(
        "Tom Brennan",
        "ingo",
        Man,
        "35-59",
        "WASH Sahel Alliance",
        true,
    );
    let p_b = m.person("Participant B", "other", Man, "25-34", "", false);

    m.say(
        "wide",
        Some(committee),
        AN,
        Observation,
        "The committee was elected in 2023 with the INGO, but only heads of household voted.",
    );
    m.say(
        "wide",
        Some(p_a),
        IM,
        Concern,
        "Women carry the water and pay the fees, but there is one woman out of nine on the committee.",
    );
    m.say(
        "wide",
        Some(youth),
        IM,
        Evidence,
        "Our banner at the borehole says \"ⴰⵎⴰⵏ ⵉⵎⴰⵏ\" (aman iman, 'water is life' in Tamasheq). We painted it, but nobody asked us about the pump's opening hours.",
    );
    m.say(
        "wide",
        Some(ingo),
        EV,
        Question,
        "Who else should sit on the committee for its next term?",
    );
    m.rate(
        "wide",
        &[
            (committee, 2, "We were elected, by a few."),
            (p_a, 1, "Women are told, not asked."),
            (elder, 2, "The elders were consulted."),
            (youth, 1, "Nobody asked the young."),
            (council, 2, "Consulted on the fees."),
            (ingo, 2, "Consultation, not more."),
        ],
    );
    m.agree(
        "wide",
        2,
        "Heads of household and elders were consulted when the committee was set up; women and young people, who use the water most, have no say.",
    );
    m.act(
        "wide",
        "Hold an open election to renew the committee, with seats for women and young people.",
        "Water committee of Château",
        "2025-07-31",
    );

    m.say(
        "systematic",
        Some(council),
        IM,
        Evidence,
        "The committee meets the town council once a year, when the fees are set.",
    );
    m.say(
        "systematic",
        Some(p_b),
        IM,
        Concern,
        "When the pump breaks I call the INGO office in Bamako. Nobody here can order the spare parts.",
    );
    m.say(
        "systematic",
        Some(committee),
        NONE,
        Proposal,
        "A monthly meeting at the committee office, open to every user of the borehole.",
    );
    m.say(
        "systematic",
        None,
        EV,
        Question,
        "Where are the minutes of the last meeting on fees?",
    );
    m.rate(
        "systematic",
        &[
            (committee, 1, "Once a year is not a mechanism."),
            (p_a, 1, "We hear the new fees, that's all."),
            (elder, 1, "No regular meeting."),
            (council, 2, "The yearly meeting exists."),
            (ingo, 1, "Everything goes through us."),
            (p_b, 0, "No one to call here."),
        ],
    );
    m.agree(
        "systematic",
        1,
        "One meeting a year with the town council, no minutes, and repairs depend on the INGO in Bamako.",
    );
    m.act(
        "systematic",
        "Start a monthly users' meeting at the committee office, on the first Saturday of the month.",
        "Aïcha Maïga (town council)",
        "2025-06-07",
    );

    m.say(
        "deep",
        Some(elder),
        NONE,
        Concern,
        "We do not know how much money is in the committee's account.",
    );
    m.say(
        "deep",
        Some(p_a),
        EV,
        Evidence,
        "The fee went from 10 to 25 CFA francs per 20-litre can in January. Nobody explained why.",
    );
    m.say(
        "deep",
        Some(ingo),
        NONE,
        Observation,
        "The project ends in March 2026; after that the committee is on its own.",
    );
    m.say(
        "deep",
        Some(youth),
        NONE,
        Proposal,
        "Post the accounts at the borehole every month, in French and in Songhai.",
    );
    m.rate(
        "deep",
        &[
            (committee, 1, "We keep accounts, nobody sees them."),
            (p_a, 0, "We pay without knowing why."),
            (elder, 1, "No figures shared."),
            (youth, 1, "We can ask, not check."),
            (council, 1, "The town council sees a summary."),
            (ingo, 1, "Exit not prepared."),
        ],
    );
    m.agree(
        "deep",
        1,
        "Users hear about the fees but see no accounts; the exit in 2026 has not been prepared with them.",
    );
    m.act(
        "deep",
        "Post the committee's accounts at the borehole each month.",
        "Treasurer of the water committee",
        "2025-05-31",
    );
    m.finish("2025-04-23T10:45:00+00:00")
}

fn gao_2(g1: &Session) -> Session {
    let mut m = Meeting::new(
        "c5f0a93b2e7d41a8906b4e1fd3c28a57",
        "Gao water committee — meeting 2 (illustrative example)",
        "en",
        "2025-09-24T08:30:00+00:00",
    );
    m.setup(
        GAO_SERIES,
        GAO_INTERVENTION,
        "Gao, Château neighbourhood, water committee office",
        &GAO_FACILITATORS,
    );
    m.note("Saved during the deep dimension: ratings given but not yet revealed, to show a session still in progress.");

    let committee = m.group(
        "Water committee of Château neighbourhood",
        6,
        "other",
        Mixed,
        "mixed",
        true,
    );
    let p_a = m.person("Participant A", "women", Woman, "35-59", "", false);
    let elder = m.person(
        "Mohamed Ag Alhassane",
        "leaders",
        Man,
        "60-plus",
        "Tamasheq families of Château",
        true,
    );
    let youth = m.group("Youth of Sosso Koïra", 3, "youth", Mixed, "18-24", true);
    let council = m.person(
        "Aïcha Maïga",
        "local-authority",
        Woman,
        "35-59",
        "Gao town council, water and sanitation",
        true,
    );
    let ingo = m.person(
        "Tom Brennan",
        "ingo",
        Man,
        "35-59",
        "WASH Sahel Alliance",
        true,
    );
    let women = m.group(
        "Women water users of Château",
        4,
        "women",
        Woman,
        "mixed",
        false,
    );

    m.review(
        g1,
        1,
        ActionStatus::Done,
        "Election held on 26 July: three women and two young people now sit on the committee.",
    );
    m.review(
        g1,
        2,
        ActionStatus::InProgress,
        "Held in June and August; the July meeting was cancelled because of insecurity on the road.",
    );
    m.review(
        g1,
        3,
        ActionStatus::Dropped,
        "Posting the balance in public was judged unsafe after a theft; the accounts are read out at the monthly meeting instead.",
    );

    m.say(
        "wide",
        Some(committee),
        EV,
        Evidence,
        "The July election brought 212 voters, 97 of them women. The committee now has eleven members.",
    );
    m.say(
        "wide",
        Some(women),
        IM,
        Observation,
        "We chose the new opening hours ourselves: early morning and after the afternoon prayer.",
    );
    m.say(
        "wide",
        Some(elder),
        NONE,
        Concern,
        "The families living near the river still come to the borehole but have nobody on the committee.",
    );
    m.say(
        "wide",
        Some(youth),
        IM,
        Proposal,
        "Two of us could be trained as borehole mechanics with Participant B.",
    );
    m.rate(
        "wide",
        &[
            (committee, 3, "Women and youth elected."),
            (p_a, 3, "We decided the hours."),
            (elder, 2, "The river families are missing."),
            (youth, 3, "We are on the committee now."),
            (council, 3, "A real election."),
            (ingo, 3, "They run it; we support."),
            (women, 3, "Our choice of hours was kept."),
        ],
    );
    m.agree(
        "wide",
        3,
        "Women and young people were elected and shape how the borehole is run; the families by the river are still not represented.",
    );
    m.act(
        "wide",
        "Co-opt a representative of the river families onto the committee.",
        "Chair of the water committee",
        "2025-11-30",
    );

    m.say(
        "systematic",
        Some(council),
        IM,
        Evidence,
        "Two monthly meetings out of three have been held, with minutes kept in the committee's register.",
    );
    m.say(
        "systematic",
        Some(committee),
        NONE,
        Concern,
        "When the road is unsafe the meeting is cancelled; we have no other way to meet.",
    );
    m.say(
        "systematic",
        Some(ingo),
        NONE,
        Observation,
        "Spare parts can now be ordered from a supplier in Gao instead of through Bamako.",
    );
    m.say(
        "systematic",
        Some(women),
        NONE,
        Proposal,
        "When a meeting is cancelled, hold it the next Saturday in the mosque courtyard.",
    );
    m.rate(
        "systematic",
        &[
            (committee, 2, "Monthly, when it can."),
            (p_a, 2, "Meetings, with minutes."),
            (elder, 2, "It is a start."),
            (youth, 2, "Regular enough."),
            (council, 3, "Minutes in the register."),
            (ingo, 2, "Still fragile."),
            (women, 2, "Cancelled once already."),
        ],
    );
    m.agree(
        "systematic",
        2,
        "A monthly users' meeting exists and keeps minutes, but insecurity interrupts it and there is no fallback.",
    );
    m.act(
        "systematic",
        "Agree a fallback place and date for cancelled monthly meetings.",
        "Aïcha Maïga (town council)",
        "2025-10-04",
    );

    m.say(
        "deep",
        Some(p_a),
        EV,
        Evidence,
        "The treasurer read the accounts in August: 1,240,000 CFA francs collected since January, 310,000 spent on repairs.",
    );
    m.say(
        "deep",
        Some(elder),
        NONE,
        Question,
        "Who will hold the account when the INGO leaves in March?",
    );
    m.say(
        "deep",
        Some(youth),
        IM,
        Concern,
        "Reading the accounts out loud is good, but those who miss the meeting never hear them.",
    );
    // Ratings given but not revealed yet: the session was saved at this point.
    let d = m.s.dimension_mut("deep");
    d.ratings = [
        (committee, 2),
        (p_a, 2),
        (elder, 1),
        (youth, 2),
        (council, 2),
    ]
    .into_iter()
    .map(|(voice, level)| Rating {
        voice,
        level,
        reason: String::new(),
    })
    .collect();
    d.ratings_revealed = false;
    m.pause("deep/ratings")
}

// ---------------------------------------------------------------------------------------
// Ségou (French, 3 meetings)
// ---------------------------------------------------------------------------------------

const SEGOU_SERIES: &str = "Dialogue de Ségou sur la sécurité humaine";
const SEGOU_INTERVENTION: &str = "Programme de cohésion sociale et de sécurité humaine, cercles de Ségou et de Macina (Consortium Sahel Cohésion, ONG internationales)";
const SEGOU_FACILITATORS: [&str; 2] = ["Fatoumata Coulibaly", "Ibrahim Sanogo"];

fn segou() -> Vec<Session> {
    let s1 = segou_1();
    let s2 = segou_2(&s1);
    let s3 = segou_3(&s2);
    vec![s1, s2, s3]
}

fn segou_1() -> Session {
    let mut m = Meeting::new(
        "5b7e2c9d1a0f4e86b3d5c8a07e9f2d14",
        "Dialogue de Ségou — réunion 1 (exemple fictif)",
        "fr",
        "2025-02-20T09:30:00+00:00",
    );
    m.setup(
        SEGOU_SERIES,
        SEGOU_INTERVENTION,
        "Ségou, salle de conférence de la mairie",
        &SEGOU_FACILITATORS,
    );

    let mairie = m.person(
        "Bakary Traoré",
        "local-authority",
        Man,
        "35-59",
        "Mairie de Ségou, adjoint au maire",
        true,
    );
    let musoya = m.group(
        "Coopérative des femmes « Musoya » de Pélengana",
        5,
        "women",
        Woman,
        "mixed",
        true,
    );
    let reseau = m.person(
        "Aïssata Dicko",
        "cso",
        Woman,
        "25-34",
        "Réseau des OSC de Ségou",
        true,
    );
    let p_a = m.person("Participant A", "youth", Man, "18-24", "", false);
    let chef = m.person(
        "Cheick Oumar Diarra",
        "leaders",
        Man,
        "60-plus",
        "Chef de quartier de Médine",
        true,
    );
    let p_b = m.person("Participant B", "security-forces", Man, "35-59", "", false);
    let consortium = m.person(
        "Claire Dubois",
        "ingo",
        Woman,
        "35-59",
        "Consortium Sahel Cohésion, coordinatrice",
        true,
    );
    let eleveurs = m.person(
        "Hamidou Bah",
        "other",
        Man,
        "35-59",
        "Association des éleveurs du Macina",
        true,
    );
    let p_c = m.person("Participant C", "women", Woman, "25-34", "", false);
    let bozo = m.group("Pêcheurs bozo de Ségou", 3, "other", Man, "mixed", true);
    let radio = m.person(
        "Moussa Sylla",
        "academia-media",
        Man,
        "25-34",
        "Radio communautaire de Ségou",
        true,
    );

    // Large
    m.say(
        "wide",
        Some(reseau),
        AN,
        Observation,
        "L'analyse du contexte a été faite par un cabinet de Bamako. Les OSC de Ségou ont été consultées une seule fois, en atelier d'une demi-journée.",
    );
    m.say(
        "wide",
        Some(musoya),
        IM,
        Concern,
        "Les femmes sont invitées aux ateliers, mais on ne leur demande jamais de choisir les activités. On nous donne les kits, c'est tout.",
    );
    m.say(
        "wide",
        Some(eleveurs),
        AN,
        Concern,
        "Les éleveurs peuls du Macina n'ont pas été consultés, alors que c'est entre éleveurs et agriculteurs que les conflits sont les plus graves.",
    );
    m.say(
        "wide",
        Some(p_a),
        EV,
        Question,
        "Qui va évaluer le programme ? Les jeunes seront-ils interrogés, ou seulement les chefs ?",
    );
    m.say(
        "wide",
        None,
        NONE,
        Observation,
        "Les personnes déplacées du Macina qui vivent à Ségou ne sont représentées par personne.",
    );
    m.say(
        "wide",
        Some(consortium),
        IM,
        Evidence,
        "Nous avons 14 partenaires de mise en œuvre ; 12 sont des ONG basées à Bamako ou à Ségou.",
    );
    m.say(
        "wide",
        Some(chef),
        NONE,
        Proposal,
        "Il faut passer par les chefs de quartier et les associations qui existent déjà, pas en créer de nouvelles.",
    );
    m.rate(
        "wide",
        &[
            (mairie, 2, "La mairie a été consultée."),
            (musoya, 1, "Informées, pas consultées."),
            (reseau, 2, "Un seul atelier."),
            (p_a, 1, "Les jeunes ne sont pas là."),
            (chef, 2, "Les notables sont consultés."),
            (p_b, 2, "Consultés sur la sécurité."),
            (consortium, 2, "Trop peu de groupes."),
            (eleveurs, 0, "Les éleveurs sont absents."),
            (p_c, 1, "Les déplacées sont oubliées."),
            (bozo, 1, "On l'apprend par la radio."),
            (radio, 2, "Consultation, sans suite."),
        ],
    );
    m.agree(
        "wide",
        2,
        "Quelques acteurs (OSC de la ville, mairie, notables) sont consultés ; les femmes, les jeunes, les éleveurs et les déplacés restent à l'écart des décisions.",
    );
    m.act(
        "wide",
        "Inviter à la prochaine réunion l'association des éleveurs du Macina et une association de femmes déplacées.",
        "Aïssata Dicko (réseau des OSC)",
        "2025-04-30",
    );
    m.act(
        "wide",
        "Partager la cartographie des acteurs du consortium avec le réseau des OSC.",
        "Consortium Sahel Cohésion",
        "2025-03-31",
    );

    // Systématique
    m.say(
        "systematic",
        Some(mairie),
        IM,
        Evidence,
        "Le cadre de concertation communal existe depuis 2016 ; il ne s'est pas réuni depuis 2022, faute de moyens.",
    );
    m.say(
        "systematic",
        Some(consortium),
        NONE,
        Observation,
        "Nous faisons un point avec les autorités chaque trimestre, mais les OSC n'y sont pas.",
    );
    m.say(
        "systematic",
        Some(bozo),
        IM,
        Concern,
        "On apprend les réunions la veille, par téléphone. Les pêcheurs sont sur le fleuve.",
    );
    m.say(
        "systematic",
        Some(p_b),
        NONE,
        Observation,
        "Les FDS et les civils ne se rencontrent qu'après un incident. Il n'y a pas d'espace pour parler avant.",
    );
    m.say(
        "systematic",
        Some(radio),
        NONE,
        Proposal,
        "La radio peut annoncer le calendrier des réunions une semaine à l'avance, en bambara et en fulfulde.",
    );
    m.say(
        "systematic",
        None,
        EV,
        Question,
        "Qui garde les comptes rendus, et qui les reçoit ?",
    );
    m.rate(
        "systematic",
        &[
            (mairie, 1, "Le cadre est en sommeil."),
            (musoya, 1, "Des réunions au hasard."),
            (reseau, 1, "Pas de calendrier."),
            (p_a, 0, "Rien pour les jeunes."),
            (chef, 1, "On nous prévient tard."),
            (p_b, 1, "Seulement après les incidents."),
            (consortium, 2, "Nos points trimestriels existent."),
            (eleveurs, 0, "Aucun contact."),
            (bozo, 1, "Prévenus la veille."),
            (radio, 1, "Pas de suivi."),
        ],
    );
    m.agree(
        "systematic",
        1,
        "Des réunions ont lieu quand le consortium le décide, sans calendrier ni compte rendu partagé ; le cadre de concertation communal est en sommeil.",
    );
    m.act(
        "systematic",
        "Relancer le cadre de concertation communal avec une réunion par trimestre, ouverte aux OSC.",
        "Bakary Traoré (mairie)",
        "2025-05-31",
    );
    m.act(
        "systematic",
        "Annoncer chaque réunion sur la radio communautaire une semaine à l'avance.",
        "Moussa Sylla (radio)",
        "2025-04-15",
    );

    // Profond
    m.say(
        "deep",
        Some(p_c),
        AN,
        Concern,
        "On nous demande nos besoins à chaque mission, mais on ne voit jamais le résultat. Les déplacées sont fatiguées de répondre.",
    );
    m.say(
        "deep",
        Some(reseau),
        IM,
        Evidence,
        "Le budget du programme n'existe qu'en anglais, sur le site du bailleur.",
    );
    m.say(
        "deep",
        Some(musoya),
        EV,
        Concern,
        "Quand une femme critique le projet, on dit qu'elle veut « sa part ». Il n'y a pas d'espace sûr pour le dire.",
    );
    m.say(
        "deep",
        Some(consortium),
        NONE,
        Observation,
        "Le programme s'arrête fin 2026. La stratégie de sortie n'a pas encore été discutée avec les communautés.",
    );
    m.say(
        "deep",
        Some(radio),
        NONE,
        Proposal,
        "Ce que la radio peut faire :\n– une émission mensuelle sur le programme ;\n– des questions des auditeurs en direct ;\n– les réponses du consortium la semaine suivante.",
    );
    m.say(
        "deep",
        Some(chef),
        EV,
        Proposal,
        "Présenter les résultats chaque année devant le conseil de quartier, en bambara.",
    );
    m.rate(
        "deep",
        &[
            (mairie, 1, "Des informations partielles."),
            (musoya, 0, "Pas d'espace pour critiquer."),
            (reseau, 1, "Budget en anglais seulement."),
            (p_a, 1, "On entend parler du programme."),
            (chef, 1, "Informés, sans plus."),
            (consortium, 1, "Nous rendons compte au bailleur."),
            (eleveurs, 0, "Rien ne nous parvient."),
            (p_c, 1, "Des questions, jamais de réponses."),
            (radio, 2, "On peut poser des questions."),
        ],
    );
    m.agree(
        "deep",
        1,
        "Les acteurs locaux reçoivent des informations partielles et tardives (budget en anglais seulement) ; ils n'ont ni les moyens ni l'espace pour analyser ou contester ; pas de stratégie de sortie partagée.",
    );
    m.act(
        "deep",
        "Traduire en français le budget et les résultats du programme, et en faire un résumé en bambara.",
        "Consortium Sahel Cohésion",
        "2025-05-31",
    );
    m.finish("2025-02-20T12:55:00+00:00")
}

fn segou_2(s1: &Session) -> Session {
    let mut m = Meeting::new(
        "8f3d1b6a4c2e49f0a7b5d9e13c6f8a02",
        "Dialogue de Ségou — réunion 2 (exemple fictif)",
        "fr",
        "2025-06-18T09:30:00+00:00",
    );
    m.setup(
        SEGOU_SERIES,
        SEGOU_INTERVENTION,
        "Ségou, salle de conférence de la mairie",
        &SEGOU_FACILITATORS,
    );

    let mairie = m.person(
        "Bakary Traoré",
        "local-authority",
        Man,
        "35-59",
        "Mairie de Ségou, adjoint au maire",
        true,
    );
    let musoya = m.group(
        "Coopérative des femmes « Musoya » de Pélengana",
        6,
        "women",
        Woman,
        "mixed",
        true,
    );
    let reseau = m.person(
        "Aïssata Dicko",
        "cso",
        Woman,
        "25-34",
        "Réseau des OSC de Ségou",
        true,
    );
    let p_a = m.person("Participant A", "youth", Man, "18-24", "", false);
    let chef = m.person(
        "Cheick Oumar Diarra",
        "leaders",
        Man,
        "60-plus",
        "Chef de quartier de Médine",
        true,
    );
    let consortium = m.person(
        "Claire Dubois",
        "ingo",
        Woman,
        "35-59",
        "Consortium Sahel Cohésion, coordinatrice",
        true,
    );
    let eleveurs = m.person(
        "Hamidou Bah",
        "other",
        Man,
        "35-59",
        "Association des éleveurs du Macina",
        true,
    );
    let p_c = m.person("Participant C", "women", Woman, "25-34", "", false);
    let bozo = m.group("Pêcheurs bozo de Ségou", 3, "other", Man, "mixed", true);
    let radio = m.person(
        "Moussa Sylla",
        "academia-media",
        Man,
        "25-34",
        "Radio communautaire de Ségou",
        true,
    );
    let jekafo = m.group(
        "Ton des jeunes « Jɛkafɔ » de Macina",
        5,
        "youth",
        Mixed,
        "18-24",
        true,
    );
    let deplacees = m.group(
        "Groupe de femmes déplacées (nom non communiqué)",
        4,
        "women",
        Woman,
        "mixed",
        false,
    );

    m.review(
        s1,
        1,
        ActionStatus::Done,
        "L'association des éleveurs du Macina et un groupe de femmes déplacées sont présents aujourd'hui.",
    );
    m.review(
        s1,
        2,
        ActionStatus::Done,
        "Cartographie partagée en avril ; le réseau y a signalé 9 associations manquantes.",
    );
    m.review(
        s1,
        3,
        ActionStatus::InProgress,
        "Le cadre de concertation s'est réuni le 22 mai ; la réunion suivante n'a pas encore de date.",
    );
    m.review(
        s1,
        4,
        ActionStatus::Done,
        "Annonces faites en bambara et en fulfulde pour les réunions de mai et de juin.",
    );
    m.review(
        s1,
        5,
        ActionStatus::InProgress,
        "Traduction française faite ; le résumé en bambara est en cours.",
    );

    // Large
    m.say(
        "wide",
        Some(eleveurs),
        AN,
        Evidence,
        "Nous sommes venus à quatre du Macina, avec l'accord des chefs de village. C'est la première fois qu'on nous invite à Ségou pour ce programme.",
    );
    m.say(
        "wide",
        Some(deplacees),
        IM,
        Concern,
        "Les activités génératrices de revenus ont été choisies sans nous : teinture et savon, alors que nous sommes des cultivatrices.",
    );
    m.say(
        "wide",
        Some(jekafo),
        AN,
        Observation,
        "Notre ton a fait sa propre enquête auprès de 120 jeunes du Macina. Nous voulons la présenter au consortium.",
    );
    m.say(
        "wide",
        Some(consortium),
        IM,
        Observation,
        "Parmi les 14 partenaires de mise en œuvre, 3 sont maintenant des associations locales.",
    );
    m.say(
        "wide",
        Some(p_a),
        EV,
        Concern,
        "L'évaluation à mi-parcours a été faite en mars, sans nous. On a seulement vu passer les enquêteurs.",
    );
    m.say(
        "wide",
        None,
        NONE,
        Question,
        "Comment les représentants sont-ils choisis, et rendent-ils compte à leur base ?",
    );
    m.rate(
        "wide",
        &[
            (mairie, 2, "Plus de groupes présents."),
            (musoya, 2, "Consultées maintenant."),
            (reseau, 2, "Élargi, mais consultatif."),
            (p_a, 1, "L'évaluation sans nous."),
            (chef, 3, "Tout le monde est là."),
            (consortium, 2, "Toujours de la consultation."),
            (eleveurs, 2, "Enfin invités."),
            (p_c, 2, "On nous écoute un peu."),
            (bozo, 2, "Consultés."),
            (radio, 2, "Plus large qu'en février."),
            (jekafo, 1, "Notre enquête attend."),
            (deplacees, 1, "Activités choisies sans nous."),
        ],
    );
    m.agree(
        "wide",
        2,
        "Plus de groupes sont présents (éleveurs, déplacées, jeunes du Macina) et consultés, mais ils ne participent toujours ni aux décisions de mise en œuvre ni à l'évaluation.",
    );
    m.act(
        "wide",
        "Présenter l'enquête du ton « Jɛkafɔ » au comité de pilotage du consortium.",
        "Ton « Jɛkafɔ » et Claire Dubois",
        "2025-08-31",
    );
    m.act(
        "wide",
        "Réserver au moins 4 des 14 contrats de mise en œuvre à des associations locales pour la phase 2.",
        "Consortium Sahel Cohésion",
        "2025-09-30",
    );

    // Systématique
    m.say(
        "systematic",
        Some(mairie),
        IM,
        Evidence,
        "Le cadre de concertation s'est réuni le 22 mai avec 27 participants, dont 8 femmes. Le compte rendu a été lu à la radio.",
    );
    m.say(
        "systematic",
        Some(radio),
        EV,
        Evidence,
        "Deux émissions mensuelles ont eu lieu : 17 appels d'auditeurs, surtout sur l'eau et les champs.",
    );
    m.say(
        "systematic",
        Some(reseau),
        NONE,
        Concern,
        "Le cadre dépend encore du consortium pour le transport et la restauration.",
    );
    m.say(
        "systematic",
        Some(chef),
        NONE,
        Observation,
        "Les chefs de quartier sont invités maintenant. C'est nouveau.",
    );
    m.say(
        "systematic",
        Some(bozo),
        NONE,
        Proposal,
        "Tenir une réunion sur deux le samedi, le jour où les pêcheurs ne sont pas sur le fleuve.",
    );
    m.rate(
        "systematic",
        &[
            (mairie, 2, "Le cadre s'est réuni."),
            (musoya, 2, "Une réunion, un compte rendu."),
            (reseau, 1, "Une seule réunion, c'est fragile."),
            (p_a, 1, "Pas encore de calendrier."),
            (chef, 2, "Nous sommes invités."),
            (consortium, 2, "Le cadre revit."),
            (eleveurs, 2, "On nous a prévenus à temps."),
            (bozo, 1, "Toujours en semaine."),
            (radio, 3, "L'émission fait le lien."),
            (jekafo, 2, "C'est un début."),
        ],
    );
    m.agree(
        "systematic",
        2,
        "Le cadre de concertation se réunit de nouveau et ses comptes rendus circulent, mais il n'a pas encore de calendrier fixe et le consortium fixe l'ordre du jour.",
    );
    m.act(
        "systematic",
        "Adopter un calendrier trimestriel du cadre de concertation, avec une réunion sur deux le samedi.",
        "Bakary Traoré (mairie)",
        "2025-07-31",
    );

    // Profond
    m.say(
        "deep",
        Some(p_c),
        IM,
        Concern,
        "On ne sait toujours pas qui a décidé des activités pour les déplacées, ni combien elles ont coûté.",
    );
    m.say(
        "deep",
        Some(reseau),
        AN,
        Evidence,
        "Le budget traduit en français a été remis au réseau le 5 juin : 42 pages. Personne n'a eu le temps de l'analyser.",
    );
    m.say(
        "deep",
        Some(musoya),
        NONE,
        Proposal,
        "Former quelques femmes et quelques jeunes à lire un budget, pour qu'ils puissent l'expliquer aux autres.",
    );
    m.say(
        "deep",
        Some(consortium),
        EV,
        Question,
        "Seriez-vous d'accord pour suivre avec nous cinq indicateurs choisis ensemble ?",
    );
    m.say(
        "deep",
        None,
        NONE,
        Observation,
        "On parle plus librement qu'en février : plusieurs femmes ont pris la parole devant tout le monde.",
    );
    m.rate(
        "deep",
        &[
            (mairie, 1, "Le budget est arrivé, illisible."),
            (musoya, 1, "Il faut savoir lire un budget."),
            (reseau, 1, "42 pages sans appui."),
            (chef, 1, "Informés."),
            (consortium, 1, "Pas de suivi conjoint."),
            (eleveurs, 1, "On commence à savoir."),
            (p_c, 0, "Toujours rien sur les déplacées."),
            (radio, 2, "Les auditeurs posent des questions."),
            (jekafo, 1, "Pas d'espace pour les jeunes."),
            (deplacees, 0, "Rien ne nous est expliqué."),
        ],
    );
    m.agree(
        "deep",
        1,
        "Les informations arrivent (budget traduit) mais sous une forme que peu de gens peuvent analyser ; aucun suivi conjoint ; la sortie n'est pas discutée.",
    );
    m.act(
        "deep",
        "Organiser deux jours de formation à la lecture du budget pour 12 membres du cadre (dont 6 femmes et 3 jeunes).",
        "Réseau des OSC de Ségou",
        "2025-09-15",
    );
    m.act(
        "deep",
        "Choisir ensemble cinq indicateurs de suivi et une date de revue conjointe.",
        "Claire Dubois (consortium)",
        "2025-09-30",
    );
    m.finish("2025-06-18T13:05:00+00:00")
}

fn segou_3(s2: &Session) -> Session {
    let mut m = Meeting::new(
        "e1a7c4f92b5d4038c6e0f8b1a9d74c35",
        "Dialogue de Ségou — réunion 3 (exemple fictif)",
        "fr",
        "2025-10-15T09:30:00+00:00",
    );
    m.setup(
        SEGOU_SERIES,
        SEGOU_INTERVENTION,
        "Macina, maison des jeunes",
        &SEGOU_FACILITATORS,
    );
    m.note("Réunion tenue à Macina à la demande des participants de la réunion 2.");

    let mairie = m.person(
        "Bakary Traoré",
        "local-authority",
        Man,
        "35-59",
        "Mairie de Ségou, adjoint au maire",
        true,
    );
    let musoya = m.group(
        "Coopérative des femmes « Musoya » de Pélengana",
        4,
        "women",
        Woman,
        "mixed",
        true,
    );
    let reseau = m.person(
        "Aïssata Dicko",
        "cso",
        Woman,
        "25-34",
        "Réseau des OSC de Ségou",
        true,
    );
    let p_a = m.person("Participant A", "youth", Man, "18-24", "", false);
    let chef = m.person(
        "Cheick Oumar Diarra",
        "leaders",
        Man,
        "60-plus",
        "Chef de quartier de Médine",
        true,
    );
    let consortium = m.person(
        "Claire Dubois",
        "ingo",
        Woman,
        "35-59",
        "Consortium Sahel Cohésion, coordinatrice",
        true,
    );
    let eleveurs = m.person(
        "Hamidou Bah",
        "other",
        Man,
        "35-59",
        "Association des éleveurs du Macina",
        true,
    );
    let bozo = m.group("Pêcheurs bozo de Ségou", 2, "other", Man, "mixed", true);
    let radio = m.person(
        "Moussa Sylla",
        "academia-media",
        Man,
        "25-34",
        "Radio communautaire de Ségou",
        true,
    );
    let jekafo = m.group(
        "Ton des jeunes « Jɛkafɔ » de Macina",
        6,
        "youth",
        Mixed,
        "18-24",
        true,
    );
    let deplacees = m.group(
        "Groupe de femmes déplacées (nom non communiqué)",
        5,
        "women",
        Woman,
        "mixed",
        false,
    );
    let p_d = m.person("Participant D", "leaders", Man, "60-plus", "", false);
    let oumou = m.person(
        "Oumou Kanté",
        "women",
        Woman,
        "25-34",
        "Association des femmes de Macina",
        true,
    );
    let p_b = m.person("Participant B", "security-forces", Man, "35-59", "", false);

    m.review(
        s2,
        1,
        ActionStatus::Done,
        "Enquête présentée le 28 août ; le comité de pilotage a ajouté une activité de médiation agricole menée par les jeunes.",
    );
    m.review(
        s2,
        2,
        ActionStatus::InProgress,
        "3 contrats attribués à des associations locales ; le quatrième est en négociation.",
    );
    m.review(
        s2,
        3,
        ActionStatus::Done,
        "Calendrier adopté : janvier, avril, juillet, octobre ; les réunions d'avril et d'octobre ont lieu le samedi.",
    );
    m.review(
        s2,
        4,
        ActionStatus::Done,
        "Formation tenue les 9 et 10 septembre : 13 participants, dont 7 femmes et 4 jeunes.",
    );
    m.review(
        s2,
        5,
        ActionStatus::Dropped,
        "Abandonnée sous cette forme : le cadre de concertation choisira lui-même ses indicateurs en janvier.",
    );

    // Large
    m.say(
        "wide",
        Some(oumou),
        AN,
        Observation,
        "À Macina, les femmes ont choisi elles-mêmes leurs représentantes au cadre de concertation, en assemblée.",
    );
    m.say(
        "wide",
        Some(jekafo),
        IM,
        Evidence,
        "Notre ton mène la médiation agricole dans 4 villages, avec les éleveurs. Deux litiges de champs ont été réglés sans aller au tribunal.",
    );
    m.say(
        "wide",
        Some(eleveurs),
        IM,
        Evidence,
        "Éleveurs et agriculteurs ont négocié ensemble le calendrier des couloirs de passage pour la saison sèche.",
    );
    m.say(
        "wide",
        Some(deplacees),
        EV,
        Concern,
        "Nous participons à la mise en œuvre, mais l'évaluation finale est encore confiée à un bureau d'études.",
    );
    m.say(
        "wide",
        Some(p_d),
        NONE,
        Observation,
        "Les villages de la rive droite sont invités pour la première fois. La traversée du fleuve reste dangereuse.",
    );
    m.say(
        "wide",
        Some(consortium),
        EV,
        Proposal,
        "Intégrer deux membres du cadre de concertation dans l'équipe d'évaluation finale.",
    );
    m.rate(
        "wide",
        &[
            (mairie, 3, "Tous les groupes participent."),
            (musoya, 3, "Nous choisissons nos représentantes."),
            (reseau, 3, "Deux phases sur trois."),
            (p_a, 2, "L'évaluation nous échappe."),
            (chef, 3, "Une vraie participation."),
            (consortium, 3, "Analyse et mise en œuvre partagées."),
            (eleveurs, 3, "Les couloirs négociés ensemble."),
            (bozo, 2, "Les pêcheurs un peu moins."),
            (radio, 3, "Large et visible."),
            (jekafo, 4, "Nous menons la médiation."),
            (deplacees, 2, "Pas dans l'évaluation."),
            (p_d, 3, "Enfin invités."),
            (oumou, 3, "Les femmes du Macina sont là."),
        ],
    );
    m.agree(
        "wide",
        3,
        "Femmes, jeunes, éleveurs, déplacées et autorités participent à l'analyse et à la mise en œuvre et choisissent leurs représentants ; l'évaluation reste entre les mains du consortium.",
    );
    m.act(
        "wide",
        "Inclure deux membres du cadre (une femme, un jeune) dans l'équipe d'évaluation finale.",
        "Claire Dubois (consortium)",
        "2026-01-31",
    );

    // Systématique
    m.say(
        "systematic",
        Some(mairie),
        IM,
        Evidence,
        "Le cadre de concertation s'est réuni en juillet et en octobre aux dates prévues ; les comptes rendus sont affichés à la mairie.",
    );
    m.say(
        "systematic",
        Some(reseau),
        NONE,
        Observation,
        "L'ordre du jour est maintenant préparé par un bureau de trois membres élus, dont une femme.",
    );
    m.say(
        "systematic",
        Some(p_b),
        NONE,
        Observation,
        "Les FDS ont participé à la réunion de juillet. La sécurité des marchés a été discutée avant qu'il y ait un incident.",
    );
    m.say(
        "systematic",
        Some(radio),
        EV,
        Evidence,
        "L'émission mensuelle continue ; la mairie en paie la moitié depuis septembre.",
    );
    m.say(
        "systematic",
        Some(bozo),
        NONE,
        Concern,
        "Le cadre siège à Ségou. Macina voudrait une réunion sur deux chez elle.",
    );
    m.say(
        "systematic",
        None,
        NONE,
        Question,
        "Que devient le cadre quand le consortium partira, fin 2026 ?",
    );
    m.rate(
        "systematic",
        &[
            (mairie, 3, "Calendrier tenu, comptes rendus affichés."),
            (musoya, 3, "Le bureau prépare l'ordre du jour."),
            (reseau, 3, "Un vrai mécanisme."),
            (p_a, 2, "Encore loin de Macina."),
            (chef, 3, "Régulier."),
            (consortium, 3, "Nous suivons leur ordre du jour."),
            (eleveurs, 3, "On sait quand on se réunit."),
            (bozo, 2, "Tout se passe à Ségou."),
            (radio, 4, "La mairie cofinance."),
            (jekafo, 3, "Nous y avons un siège."),
            (oumou, 3, "Nous sommes prévenues à temps."),
            (p_b, 3, "Un espace avant les incidents."),
        ],
    );
    m.agree(
        "systematic",
        3,
        "Le cadre se réunit selon un calendrier connu, les acteurs locaux préparent l'ordre du jour et le suivi est publié ; il dépend encore du financement du consortium.",
    );
    m.act(
        "systematic",
        "Tenir la réunion de janvier à Macina.",
        "Bureau du cadre de concertation",
        "2026-01-17",
    );
    m.act(
        "systematic",
        "Inscrire le fonctionnement du cadre au budget communal 2026.",
        "Bakary Traoré (mairie)",
        "2025-12-31",
    );

    // Profond
    m.say(
        "deep",
        Some(musoya),
        EV,
        Evidence,
        "Après la formation, nous avons repéré dans le budget une ligne « transport » plus grosse que celle des activités des femmes. Le consortium l'a corrigée.",
    );
    m.say(
        "deep",
        Some(p_a),
        NONE,
        Concern,
        "Des jeunes qui ont pris la parole à Macina ont été menacés par téléphone. Il faut protéger ceux qui parlent.",
    );
    m.say(
        "deep",
        Some(consortium),
        EV,
        Observation,
        "La stratégie de sortie est rédigée ; nous voulons la discuter ici avant de l'envoyer au bailleur.",
    );
    m.say(
        "deep",
        Some(chef),
        NONE,
        Proposal,
        "Présenter les résultats au marché et à la mosquée, comme on annonce les mariages.",
    );
    m.say(
        "deep",
        Some(p_d),
        EV,
        Question,
        "Qu'est-ce qu'un succès pour vous, et qu'est-ce qu'un succès pour nous ? Ce n'est peut-être pas la même chose.",
    );
    m.say(
        "deep",
        None,
        NONE,
        Observation,
        "Plusieurs participantes préfèrent que leur nom n'apparaisse pas dans le compte rendu ; c'est noté.",
    );
    m.rate(
        "deep",
        &[
            (mairie, 2, "Le budget est lu et discuté."),
            (musoya, 3, "Nous avons fait corriger le budget."),
            (reseau, 2, "Analyse possible, suivi pas encore."),
            (p_a, 1, "Parler reste dangereux."),
            (chef, 2, "Nous sommes informés à temps."),
            (consortium, 2, "La sortie sera discutée."),
            (eleveurs, 2, "On peut poser nos questions."),
            (radio, 2, "Les réponses arrivent."),
            (jekafo, 1, "Menaces après Macina."),
            (deplacees, 2, "On nous explique maintenant."),
            (oumou, 2, "Mieux informées."),
        ],
    );
    m.agree(
        "deep",
        2,
        "Les acteurs locaux sont informés et peuvent analyser une partie du budget, ce qui a déjà changé une décision ; le suivi conjoint n'existe pas encore et prendre la parole reste risqué.",
    );
    m.act(
        "deep",
        "Discuter la stratégie de sortie en réunion du cadre, en bambara et en fulfulde, avant l'envoi au bailleur.",
        "Consortium Sahel Cohésion",
        "2026-01-17",
    );
    m.act(
        "deep",
        "Convenir d'une règle de protection : pas de noms dans les comptes rendus sans accord, et un contact à appeler en cas de menace.",
        "Réseau des OSC de Ségou",
        "2025-11-30",
    );
    m.finish("2025-10-15T13:10:00+00:00")
}

/// Every example session, series by series, oldest meeting first.
fn examples() -> Vec<Session> {
    let mut all = mopti();
    all.extend(gao());
    all.extend(segou());
    all
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

fn blessing() -> bool {
    std::env::var(BLESS).is_ok_and(|v| v == "1")
}

/// With `TOGUNA_BLESS_EXAMPLES=1`, writes the examples through the store, once, before
/// any test of this file reads the folder.
fn bless_if_asked() {
    static ONCE: Once = Once::new();
    if !blessing() {
        return;
    }
    ONCE.call_once(|| {
        let dir = sessions_dir();
        let store = Store::open(&dir).expect("the sessions folder opens");
        for s in examples() {
            let path = dir.join(Store::file_name_for(&s));
            store.save(&s, &path).expect("an example saves");
        }
    });
}

#[test]
fn examples_on_disk_are_exactly_what_the_store_writes() {
    bless_if_asked();
    let dir = sessions_dir();
    let examples = examples();
    let expected: BTreeMap<String, String> = examples
        .iter()
        .map(|s| (Store::file_name_for(s), format::to_text(s)))
        .collect();
    assert_eq!(
        expected.len(),
        examples.len(),
        "two examples share a file name"
    );
    let hint = format!("regenerate with `{BLESS}=1 cargo test --test example_sessions`");
    for (name, text) in &expected {
        let path = dir.join(name);
        let on_disk = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}; {hint}", path.display()));
        if on_disk != text.as_bytes() {
            let on_disk = String::from_utf8_lossy(&on_disk);
            let line = on_disk
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| on_disk.lines().count().min(text.lines().count()));
            panic!(
                "{} differs from what the store writes, from line {}; {hint}",
                path.display(),
                line + 1
            );
        }
    }
    let mut others = Vec::new();
    for entry in fs::read_dir(&dir).expect("the sessions folder exists") {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".ron") && !expected.contains_key(&name) {
            others.push(name);
        }
    }
    assert!(
        others.is_empty(),
        "sessions/ holds files that are not examples: {others:?}"
    );
}

#[test]
fn examples_all_load() {
    bless_if_asked();
    let store = Store::open(sessions_dir()).expect("the sessions folder opens");
    let load = store.load_all().expect("the sessions folder reads");
    let errors: Vec<String> = load.errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let sessions: Vec<&Session> = load.sessions.iter().map(|l| &l.session).collect();
    assert!(sessions.len() >= 8, "only {} sessions", sessions.len());

    // What was loaded is what was built.
    for example in examples() {
        let loaded = sessions
            .iter()
            .find(|s| s.id == example.id)
            .unwrap_or_else(|| panic!("example {} is not in the folder", example.title));
        assert_eq!(**loaded, example, "{} does not round-trip", example.title);
    }

    let mut series: BTreeMap<&str, Vec<&Session>> = BTreeMap::new();
    for s in &sessions {
        series.entry(s.series.as_str()).or_default().push(s);
    }
    assert_eq!(series.len(), 3, "series: {:?}", series.keys());
    assert!(
        series.values().filter(|m| m.len() >= 3).count() >= 2,
        "two series should have three meetings or more"
    );

    for s in &sessions {
        let ctx = &s.title;
        assert!(
            s.id.len() == 32
                && s.id
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
            "{ctx}: id {} is not 32 lowercase hex digits",
            s.id
        );
        let fw = Framework::builtin(&s.language);
        let has = |choices: &[toguna::domain::framework::Choice], id: &str| {
            choices.iter().any(|c| c.id == id)
        };
        let mut ids: Vec<u32> = s.voices.iter().map(|v| v.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), s.voices.len(), "{ctx}: voice ids repeat");
        for v in &s.voices {
            assert!(
                has(&fw.stakeholder_groups, &v.group),
                "{ctx}: group {}",
                v.group
            );
            assert!(
                has(&fw.age_bands, &v.age_band),
                "{ctx}: age band {}",
                v.age_band
            );
        }
        for d in &s.dimensions {
            assert!(
                fw.dimension(&d.dimension).is_some(),
                "{ctx}: {}",
                d.dimension
            );
            for c in &d.contributions {
                if let Some(v) = c.voice {
                    assert!(
                        s.voice(v).is_some(),
                        "{ctx}: contribution by unknown voice {v}"
                    );
                }
                if let Some(p) = &c.phase {
                    assert!(has(&fw.phases, p), "{ctx}: phase {p}");
                }
                assert!(c.at >= s.started, "{ctx}: contribution before the start");
            }
            for r in &d.ratings {
                assert!(
                    s.voice(r.voice).is_some(),
                    "{ctx}: rating by unknown voice {}",
                    r.voice
                );
                assert!(r.level <= fw.max_level(), "{ctx}: level {}", r.level);
            }
            if let Some(level) = d.agreed_level {
                assert!(level <= fw.max_level(), "{ctx}: agreed level {level}");
            }
        }
        for r in &s.action_review {
            let earlier = sessions
                .iter()
                .find(|e| e.id == r.session)
                .unwrap_or_else(|| {
                    panic!("{ctx}: reviews an action of unknown session {}", r.session)
                });
            assert_eq!(earlier.series, s.series, "{ctx}: reviews another series");
            assert!(
                earlier.started < s.started,
                "{ctx}: reviews a later meeting"
            );
            let action = earlier
                .dimension(&r.dimension)
                .and_then(|d| d.actions.iter().find(|a| a.id == r.action))
                .unwrap_or_else(|| {
                    panic!(
                        "{ctx}: action {} of {} not found in {}",
                        r.action, r.dimension, earlier.title
                    )
                });
            assert_eq!(action.text, r.text, "{ctx}: review text differs");
            assert_eq!(action.owner, r.owner, "{ctx}: review owner differs");
        }
        if s.status == Status::Finished {
            assert!(
                s.ended.is_some_and(|e| e > s.started),
                "{ctx}: finished without an end"
            );
        }
    }
}
