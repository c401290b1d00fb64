//! Deterministic, realistic sessions of any size for the benchmarks.
//!
//! Included by each bench with `#[path = "gen.rs"] mod sample;` (`gen` is a reserved
//! word in edition 2024). No `rand`: a `SplitMix64` generator seeded by the caller, so
//! every run measures the same data.
//!
//! The "realistic" session of the performance issue is `session(seed, 30, 150, 12)`:
//! 30 voices, 150 contributions of 80–300 characters (French or English, some with
//! accents and line breaks), ratings from most voices on every dimension, agreed
//! levels, a dozen actions and the review of the previous meeting's actions; its file
//! is about 80 KB of RON.
//!
//! The generator's arithmetic runs on small seeds and counts: its casts cannot wrap.
#![allow(
    clippy::cast_possible_wrap,
    clippy::cast_sign_loss,
    clippy::too_many_lines,
    clippy::items_after_statements
)]
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use toguna::domain::framework::Framework;
use toguna::domain::session::{
    Action, ActionReview, ActionStatus, Contribution, ContributionKind, DimensionRecord,
    FORMAT_VERSION, FrameworkRef, Gender, Rating, Session, Status, Voice, VoiceKind,
};
use toguna::store::{Loaded, Store};

/// `SplitMix64`: tiny, fast, and good enough to pick words.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() - 1)]
    }
}

const FR: &[&str] = &[
    "Les femmes du quartier n'ont pas été consultées avant le lancement du projet.",
    "Nous avons appris l'existence du programme à la radio, après le début des travaux.",
    "Le comité de gestion se réunit, mais les décisions sont prises à Bamako.",
    "Les jeunes de Sévaré ont été recrutés comme main-d'œuvre, pas comme partenaires.",
    "Personne ne nous a demandé ce que nous pensions des résultats jusqu'ici.",
    "Le rapport d'évaluation n'a jamais été traduit en fulfulde ni en bambara.",
    "La mairie a participé à l'analyse du conflit, c'est un vrai progrès.",
    "Les chefs de quartier sont informés, mais ils ne peuvent rien modifier.",
    "Il faudrait que les associations de femmes siègent au comité de pilotage.",
    "Les réunions ont lieu en français, ce qui exclut une bonne partie des participants.",
    "Depuis la dernière réunion, deux représentantes des femmes ont rejoint le comité.",
    "Les forces de sécurité ne viennent jamais aux rencontres communautaires.",
    "Qui décide des priorités du programme ? Nous ne l'avons jamais su.",
    "Le budget n'est pas public : on ne sait pas combien a été dépensé pour le puits.",
    "Les leaders religieux ont joué un rôle clé dans la médiation entre éleveurs et agriculteurs.",
    "Seuls 3 des 20 ouvriers embauchés venaient de la commune, les autres de Ségou.",
    "L'ONG internationale a changé trois fois de coordinateur en un an.",
    "Les déplacés internes du camp de Socoura ne sont représentés par personne ici.",
    "On nous consulte sur les activités, jamais sur les objectifs ni sur le calendrier.",
    "La radio communautaire pourrait rendre compte des décisions chaque semaine.",
    "Les femmes rurales ne peuvent pas venir : les réunions tombent les jours de marché.",
    "Le suivi est fait par des consultants venus de l'extérieur, sans nous associer.",
    "Nous proposons que le comité présente ses comptes à la population deux fois par an.",
    "Les autorités coutumières veulent être associées dès l'analyse, pas à la fin.",
    "Est-ce que les indicateurs du projet ont été choisis avec la communauté ?",
    "Il y a eu un vrai changement : le plan d'action a été validé en assemblée générale.",
    "Les jeunes filles n'osent pas prendre la parole devant les anciens.",
    "Le financement s'arrête en décembre et personne n'a préparé la suite.",
];

const EN: &[&str] = &[
    "Women's groups were not invited to the planning meeting of the project.",
    "We heard about the programme on the radio, after the work had already started.",
    "The committee meets regularly, but the real decisions are taken in Bamako.",
    "Young people were hired as labourers, never treated as partners in the design.",
    "Nobody has asked us what we think of the results so far.",
    "The evaluation report was never translated into Fulfulde or Bambara.",
    "The town hall took part in the conflict analysis, which is real progress.",
    "Neighbourhood chiefs are informed, but they cannot change anything.",
    "Women's associations should have a seat on the steering committee.",
    "Meetings are held in French, which shuts out many of the people concerned.",
    "Since the last meeting, two women representatives have joined the committee.",
    "The security forces never come to the community meetings.",
    "Who sets the priorities of the programme? We have never been told.",
    "The budget is not public: nobody knows how much was spent on the borehole.",
    "Religious leaders played a key role in mediating between herders and farmers.",
    "Only 3 of the 20 workers hired came from the commune; the others came from Ségou.",
    "The international NGO changed its coordinator three times in one year.",
    "Displaced families from the Socoura camp are represented by no one here.",
    "We are consulted on activities, never on objectives or on the timetable.",
    "The community radio could report on the decisions every week.",
    "Rural women cannot attend: the meetings fall on market days.",
    "Monitoring is done by consultants from outside, without involving us.",
    "We propose that the committee presents its accounts to the population twice a year.",
    "Customary authorities want to be involved from the analysis, not at the end.",
    "Were the project's indicators chosen together with the community?",
    "There has been a real change: the action plan was adopted in a general assembly.",
    "Young women do not dare to speak in front of the elders.",
    "Funding ends in December and nobody has prepared what comes next.",
];

const PEOPLE: &[&str] = &[
    "Aïssata Maïga",
    "Moussa Traoré",
    "Fatoumata Diallo",
    "Oumar Cissé",
    "Mariam Koné",
    "Boubacar Touré",
    "Hawa Sidibé",
    "Seydou Keïta",
    "Kadiatou Sangaré",
    "Ibrahim Coulibaly",
    "Awa Doumbia",
    "Amadou Dicko",
    "Rokia Samaké",
    "Hamidou Bâ",
    "Djénéba Diarra",
    "Mahamane Alassane Haïdara",
    "Nana Aïcha Cissé",
    "Bakary Dembélé",
];

const GROUPS: &[&str] = &[
    "Jeunes de Sévaré",
    "Association des femmes de Médine",
    "Comité de gestion de l'eau",
    "Chefs de quartier de Bougoufié",
    "Éleveurs peuls de Fatoma",
    "Coopérative des maraîchères",
    "Conseil communal des jeunes",
    "Women traders of the Grand Marché",
];

const ORGS: &[&str] = &[
    "",
    "",
    "",
    "Association Benkadi",
    "Mairie de Mopti",
    "Croix-Rouge malienne",
    "ONG Tassaght",
    "Radio Jamana",
    "Conseil régional",
    "Direction régionale de l'hydraulique",
];

const PLACES: &[(&str, &str)] = &[
    ("Mopti", "Mopti, salle de la mairie"),
    ("Ségou", "Ségou, maison des jeunes"),
    ("Gao", "Gao, quartier Château, bureau du comité"),
    ("Tombouctou", "Tombouctou, centre culturel"),
    ("Sikasso", "Sikasso, salle de réunion du conseil de cercle"),
    ("Kayes", "Kayes, centre Jeunesse et Paix"),
    ("Douentza", "Douentza, école fondamentale"),
    ("Ménaka", "Ménaka, tente communautaire"),
    ("Koulikoro", "Koulikoro, centre de santé communautaire"),
    ("Bandiagara", "Bandiagara, case de la paix"),
];

/// The built-in framework in a language, parsed once.
pub fn framework(lang: &str) -> &'static Framework {
    static EN_FW: OnceLock<Framework> = OnceLock::new();
    static FR_FW: OnceLock<Framework> = OnceLock::new();
    if lang == "fr" {
        FR_FW.get_or_init(|| Framework::builtin("fr"))
    } else {
        EN_FW.get_or_init(|| Framework::builtin("en"))
    }
}

/// A paragraph of `lo..=hi` characters in the session's language (sometimes the
/// other one), of whole sentences, some separated by a line break. Short ones are more
/// frequent than long ones, as when a facilitator types what is said.
pub fn text(rng: &mut Rng, lang: &str, lo: usize, hi: usize) -> String {
    let bank = match (lang, rng.chance(0.1)) {
        ("fr", false) | ("en", true) => FR,
        _ => EN,
    };
    let target = (0..4).map(|_| rng.range(lo, hi)).min().unwrap_or(lo);
    let mut out = String::new();
    let mut chars = 0;
    while chars < target {
        if !out.is_empty() {
            out.push(if rng.chance(0.15) { '\n' } else { ' ' });
            chars += 1;
        }
        let s = rng.pick(bank);
        out.push_str(s);
        chars += s.chars().count();
    }
    if chars > hi || chars > target + 30 {
        // Cut at the last space before the target, as when the speaker is cut short.
        let keep = target.max(lo + 1).min(hi - 1);
        let cut: String = out.chars().take(keep).collect();
        let end = cut
            .rfind(' ')
            .filter(|&e| cut[..e].chars().count() >= lo)
            .unwrap_or(cut.len());
        out = format!("{}…", cut[..end].trim_end());
    }
    out
}

/// The id a generated session gets: random-looking, stable for a seed.
pub fn session_id(seed: u64) -> String {
    let mut r = Rng::new(seed.wrapping_mul(31).wrapping_add(7));
    format!("{:016x}{:016x}", r.next_u64(), r.next_u64())
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).expect("UTC")
}

/// When meeting `seed` starts: ten series (seed % 10), one meeting a month each.
pub fn started(seed: u64) -> DateTime<FixedOffset> {
    let series = seed % 10;
    let meeting = seed / 10;
    utc()
        .with_ymd_and_hms(2022, 1, 10, 8, 30, 0)
        .single()
        .expect("valid date")
        + Duration::days(meeting as i64 * 30 + series as i64)
        + Duration::minutes(series as i64 * 17)
}

/// A finished (or, one time in eight, in-progress) meeting of one of ten series.
pub fn session(seed: u64, voices: usize, contributions: usize, actions: usize) -> Session {
    let mut rng = Rng::new(seed);
    // Series 0, 3, 6 and 9 meet in English, the others in French.
    let lang = if (seed % 10).is_multiple_of(3) {
        "en"
    } else {
        "fr"
    };
    let fw = framework(lang);
    let (town, place) = PLACES[(seed % 10) as usize];
    let meeting = seed / 10 + 1;
    let start = started(seed);
    let finished = seed % 8 != 7;
    let (title, series, intervention) = if lang == "fr" {
        (
            format!("Dialogue communautaire de {town} — réunion {meeting}"),
            format!("Dialogue communautaire de {town}"),
            format!("Programme « Paix et cohésion sociale », cercle de {town}"),
        )
    } else {
        (
            format!("{town} community dialogue — meeting {meeting}"),
            format!("{town} community dialogue"),
            format!("Social cohesion and local governance programme, {town} district"),
        )
    };

    let mut vs = Vec::with_capacity(voices);
    for i in 0..voices {
        let group = rng.pick(&fw.stakeholder_groups).id.clone();
        let is_group = rng.chance(0.25);
        let (kind, name, gender) = if is_group {
            let gender = if group == "women" {
                Gender::Woman
            } else {
                Gender::Mixed
            };
            (
                VoiceKind::Group {
                    headcount: rng.range(3, 25) as u32,
                },
                rng.pick(GROUPS).to_string(),
                gender,
            )
        } else {
            let gender = match rng.range(0, 19) {
                0..=8 => Gender::Woman,
                9..=16 => Gender::Man,
                17 => Gender::Other,
                _ => Gender::Unspecified,
            };
            let name = if i < PEOPLE.len() {
                PEOPLE[(i + seed as usize) % PEOPLE.len()].to_string()
            } else {
                format!("{} ({})", rng.pick(PEOPLE), i + 1)
            };
            (VoiceKind::Person, name, gender)
        };
        vs.push(Voice {
            id: i as u32 + 1,
            person: i as u32 + 1,
            kind,
            name,
            group,
            gender,
            age_band: rng.pick(&fw.age_bands).id.clone(),
            organisation: rng.pick(ORGS).to_string(),
            consent_to_name: rng.chance(0.6),
        });
    }

    let dims = fw.dimensions.len();
    let mut at = start + Duration::minutes(35);
    let mut next_action = 1u32;
    let mut records = Vec::with_capacity(dims);
    for (d, dim) in fw.dimensions.iter().enumerate() {
        let n = contributions / dims + usize::from(d < contributions % dims);
        let mut cs = Vec::with_capacity(n);
        for _ in 0..n {
            at += Duration::seconds(rng.range(20, 90) as i64);
            cs.push(Contribution {
                voice: (voices > 0 && rng.chance(0.85)).then(|| rng.range(1, voices) as u32),
                text: text(&mut rng, lang, 80, 300),
                phase: rng
                    .chance(0.7)
                    .then(|| rng.pick(&fw.phases).id.clone())
                    .filter(|p| dim.phases.contains(p) || dim.phases.is_empty()),
                kind: *rng.pick(&ContributionKind::ALL),
                at,
            });
        }
        let center = rng.range(1, 4) as i64;
        let mut ratings = Vec::new();
        for v in &vs {
            if rng.chance(0.85) {
                let level = (center + rng.range(0, 2) as i64 - 1).clamp(0, 5) as u8;
                let reason = if rng.chance(0.3) {
                    text(&mut rng, lang, 20, 100)
                } else {
                    String::new()
                };
                ratings.push(Rating {
                    voice: v.id,
                    level,
                    reason,
                });
            }
        }
        let agreed = (finished || d + 1 < dims).then_some(center as u8);
        let n_actions = actions / dims + usize::from(d < actions % dims);
        let mut acts = Vec::with_capacity(n_actions);
        for _ in 0..n_actions {
            let prompt = rng.pick(&dim.action_prompts).clone();
            acts.push(Action {
                id: next_action,
                text: prompt,
                owner: if vs.is_empty() {
                    "Mairie".to_string()
                } else {
                    vs[rng.range(0, vs.len() - 1)].name.clone()
                },
                due: Some(start.date_naive() + Duration::days(rng.range(30, 120) as i64)),
                status: match rng.range(0, 9) {
                    0 => ActionStatus::InProgress,
                    1 => ActionStatus::Done,
                    _ => ActionStatus::Open,
                },
            });
            next_action += 1;
        }
        records.push(DimensionRecord {
            dimension: dim.id.clone(),
            contributions: cs,
            ratings,
            ratings_revealed: agreed.is_some(),
            agreed_level: agreed,
            rationale: if agreed.is_some() {
                text(&mut rng, lang, 100, 300)
            } else {
                String::new()
            },
            actions: acts,
        });
        at += Duration::minutes(10);
    }

    // The previous meeting of the series left actions; this one reviews them.
    let mut review = Vec::new();
    if seed >= 10 {
        let previous = session_id(seed - 10);
        for a in 0..actions * 2 / 3 {
            let d = &fw.dimensions[a % dims];
            review.push(ActionReview {
                session: previous.clone(),
                dimension: d.id.clone(),
                action: a as u32 + 1,
                text: rng.pick(&d.action_prompts).clone(),
                owner: rng.pick(PEOPLE).to_string(),
                due: None,
                status: match rng.range(0, 3) {
                    0 => ActionStatus::Done,
                    1 => ActionStatus::InProgress,
                    2 => ActionStatus::Dropped,
                    _ => ActionStatus::Open,
                },
                note: if rng.chance(0.4) {
                    text(&mut rng, lang, 30, 120)
                } else {
                    String::new()
                },
                agreed: None,
                history: Vec::new(),
            });
        }
    }

    let time_spent = fw
        .steps
        .iter()
        .map(|s| (s.id.clone(), s.minutes * 60 + rng.range(0, 600) as u32))
        .collect();

    Session {
        format_version: FORMAT_VERSION,
        id: session_id(seed),
        title,
        series,
        intervention,
        place: place.to_string(),
        started: start,
        ended: finished.then(|| at + Duration::minutes(15)),
        facilitators: vec![rng.pick(PEOPLE).to_string(), rng.pick(PEOPLE).to_string()],
        language: lang.to_string(),
        framework: FrameworkRef {
            id: fw.id.clone(),
            version: fw.version,
        },
        status: if finished {
            Status::Finished
        } else {
            Status::InProgress
        },
        current_step: if finished {
            "summary".into()
        } else {
            format!("{}/contributions", fw.dimensions[dims - 1].id)
        },
        voices: vs,
        action_review: review,
        dimensions: records,
        notes: text(&mut rng, lang, 0, 200),
        time_spent,
    }
}

/// The realistic session of the issue: 30 voices, 150 contributions, 12 actions.
pub fn realistic(seed: u64) -> Session {
    session(seed, 30, 150, 12)
}

/// `n` realistic sessions in memory, as the home screen would hold them after loading.
pub fn loaded(n: usize) -> Vec<Loaded> {
    (0..n as u64)
        .map(|seed| {
            let session = realistic(seed);
            Loaded {
                path: PathBuf::from(Store::file_name_for(&session)),
                session,
            }
        })
        .collect()
}

/// `n` realistic sessions as the lists know them (digests), newest last.
pub fn listed(n: usize) -> Vec<toguna::store::Listed> {
    loaded(n)
        .into_iter()
        .map(|l| toguna::store::Listed {
            digest: toguna::domain::digest::Digest::of(&l.session),
            path: l.path,
        })
        .collect()
}

/// Writes `n` realistic sessions (seeds `0..n`) to `dir` through the store, and returns
/// their paths. The average file size is printed the first time.
pub fn folder(dir: &Path, n: usize) -> Vec<PathBuf> {
    let store = Store::open(dir).expect("open the sessions folder");
    let paths: Vec<PathBuf> = (0..n as u64)
        .map(|seed| store.save_new(&realistic(seed)).expect("save a session"))
        .collect();
    static PRINTED: OnceLock<()> = OnceLock::new();
    PRINTED.get_or_init(|| {
        let total: u64 = paths
            .iter()
            .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
            .sum();
        println!(
            "generated {n} realistic session files: average {:.1} KB ({} bytes)",
            total as f64 / n.max(1) as f64 / 1000.0,
            total / n.max(1) as u64
        );
    });
    paths
}
