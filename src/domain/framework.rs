//! The reflection framework is data: dimensions, questions, the level scale and the
//! stakeholder groups all come from a RON file so an organisation can adapt them
//! without recompiling.

use serde::{Deserialize, Serialize};

/// Default frameworks compiled into the binary, one per language.
pub const BUILTIN_EN: &str = include_str!("../../assets/frameworks/local-ownership.en.ron");
pub const BUILTIN_FR: &str = include_str!("../../assets/frameworks/local-ownership.fr.ron");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framework {
    pub id: String,
    pub version: u32,
    pub language: String,
    pub title: String,
    pub source: String,
    /// The questions that frame every session (whose analysis, who implements, ...).
    pub framing_questions: Vec<String>,
    pub levels: Vec<Level>,
    pub dimensions: Vec<Dimension>,
    pub phases: Vec<Choice>,
    pub stakeholder_groups: Vec<Choice>,
    pub age_bands: Vec<Choice>,
    /// The age bands counted as young people in the participation figures (the
    /// African Youth Charter counts up to 35).
    #[serde(default)]
    pub young: Vec<String>,
    pub steps: Vec<StepBox>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub value: u8,
    pub name: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub definition: String,
    pub guiding_questions: Vec<String>,
    /// Ids of the phases (analysis, implementation, evaluation) this dimension looks at.
    pub phases: Vec<String>,
    /// What each level of the scale looks like for this dimension, in scale order.
    pub level_descriptors: Vec<String>,
    /// Suggestions for actions, drawn from the policy note's recommendations.
    pub action_prompts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepBox {
    pub id: String,
    pub label: String,
    /// Default time-box in minutes.
    pub minutes: u32,
}

/// What makes a framework file unusable. The words are in the catalogues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameworkError {
    Parse {
        line: usize,
        col: usize,
        message: ron::error::Error,
    },
    EmptyScale,
    /// Levels must run 0, 1, 2... in order.
    LevelOrder {
        found: u8,
        at: usize,
    },
    NoDimensions,
    Descriptors {
        dimension: String,
        found: usize,
        expected: usize,
    },
    UnknownPhase {
        dimension: String,
        phase: String,
    },
    Duplicate {
        what: IdKind,
        id: String,
    },
    /// A step of the workshop the framework gives no label and time-box for.
    MissingStep(String),
    /// A step the program does not know.
    UnknownStep(String),
    /// `young` names an age band the framework does not have.
    UnknownYoungBand(String),
}

/// The lists of a framework whose ids must be unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Dimension,
    Phase,
    StakeholderGroup,
    AgeBand,
    Step,
}

/// The stages of a workshop, in the order a room goes through them. The framework's
/// `steps` give each its label and time-box, and must name exactly these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Setup,
    Room,
    Review,
    /// The framework's dimension of this index.
    Dimension(usize),
    Summary,
}

impl Stage {
    /// The id the framework's `steps` and the session's `time_spent` use.
    pub fn id(self, fw: &Framework) -> &str {
        match self {
            Stage::Setup => "setup",
            Stage::Room => "room",
            Stage::Review => "review",
            Stage::Dimension(d) => &fw.dimensions[d].id,
            Stage::Summary => "summary",
        }
    }
}

impl Framework {
    pub fn parse(text: &str) -> Result<Self, FrameworkError> {
        let fw: Framework = ron::from_str(text).map_err(|e| FrameworkError::Parse {
            line: e.span.start.line,
            col: e.span.start.col,
            message: e.code,
        })?;
        fw.validate()?;
        Ok(fw)
    }

    /// The framework compiled into the binary for a language ("fr" or anything else).
    pub fn builtin(lang: &str) -> Self {
        let text = if lang.starts_with("fr") {
            BUILTIN_FR
        } else {
            BUILTIN_EN
        };
        Self::parse(text).expect("the built-in framework is valid")
    }

    pub fn builtin_text(lang: &str) -> &'static str {
        if lang.starts_with("fr") {
            BUILTIN_FR
        } else {
            BUILTIN_EN
        }
    }

    /// Checks what serde cannot: the scale is contiguous, every dimension describes every
    /// level, ids are unique, and the steps are the workshop's, so the rest of the
    /// program can index without surprises.
    pub fn validate(&self) -> Result<(), FrameworkError> {
        if self.levels.is_empty() {
            return Err(FrameworkError::EmptyScale);
        }
        for (at, level) in self.levels.iter().enumerate() {
            if usize::from(level.value) != at {
                return Err(FrameworkError::LevelOrder {
                    found: level.value,
                    at,
                });
            }
        }
        if self.dimensions.is_empty() {
            return Err(FrameworkError::NoDimensions);
        }
        for d in &self.dimensions {
            if d.level_descriptors.len() != self.levels.len() {
                return Err(FrameworkError::Descriptors {
                    dimension: d.id.clone(),
                    found: d.level_descriptors.len(),
                    expected: self.levels.len(),
                });
            }
            if let Some(p) = d
                .phases
                .iter()
                .find(|p| !self.phases.iter().any(|c| &c.id == *p))
            {
                return Err(FrameworkError::UnknownPhase {
                    dimension: d.id.clone(),
                    phase: p.clone(),
                });
            }
        }
        self.unique_ids()?;
        if let Some(y) = self
            .young
            .iter()
            .find(|y| !self.age_bands.iter().any(|b| &b.id == *y))
        {
            return Err(FrameworkError::UnknownYoungBand(y.clone()));
        }
        self.steps_are_the_workshops()
    }

    fn unique_ids(&self) -> Result<(), FrameworkError> {
        fn choices(list: &[Choice]) -> Vec<&str> {
            list.iter().map(|c| c.id.as_str()).collect()
        }
        for (what, ids) in [
            (
                IdKind::Dimension,
                self.dimensions.iter().map(|d| d.id.as_str()).collect(),
            ),
            (IdKind::Phase, choices(&self.phases)),
            (IdKind::StakeholderGroup, choices(&self.stakeholder_groups)),
            (IdKind::AgeBand, choices(&self.age_bands)),
            (
                IdKind::Step,
                self.steps.iter().map(|s| s.id.as_str()).collect(),
            ),
        ] {
            let mut seen = std::collections::BTreeSet::new();
            if let Some(id) = ids.into_iter().find(|id| !seen.insert(*id)) {
                return Err(FrameworkError::Duplicate {
                    what,
                    id: id.to_string(),
                });
            }
        }
        Ok(())
    }

    /// Every stage of the workshop has its entry in `steps`, and nothing else does.
    fn steps_are_the_workshops(&self) -> Result<(), FrameworkError> {
        let stages: Vec<&str> = self.stages().into_iter().map(|s| s.id(self)).collect();
        if let Some(unknown) = self.steps.iter().find(|s| !stages.contains(&s.id.as_str())) {
            return Err(FrameworkError::UnknownStep(unknown.id.clone()));
        }
        match stages
            .into_iter()
            .find(|id| !self.steps.iter().any(|s| s.id == *id))
        {
            Some(missing) => Err(FrameworkError::MissingStep(missing.to_string())),
            None => Ok(()),
        }
    }

    /// The stages of a workshop run with this framework, in order.
    pub fn stages(&self) -> Vec<Stage> {
        let mut v = vec![Stage::Setup, Stage::Room, Stage::Review];
        v.extend((0..self.dimensions.len()).map(Stage::Dimension));
        v.push(Stage::Summary);
        v
    }

    /// The label and time-box of a stage.
    pub fn step_box(&self, stage: Stage) -> Option<&StepBox> {
        let id = stage.id(self);
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn max_level(&self) -> u8 {
        (self.levels.len() - 1) as u8
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn level(&self, value: u8) -> Option<&Level> {
        self.levels.get(usize::from(value))
    }

    pub fn group_label<'a>(&'a self, id: &'a str) -> &'a str {
        label_of(&self.stakeholder_groups, id)
    }

    pub fn age_label<'a>(&'a self, id: &'a str) -> &'a str {
        label_of(&self.age_bands, id)
    }

    pub fn phase_label<'a>(&'a self, id: &'a str) -> &'a str {
        label_of(&self.phases, id)
    }

    pub fn dimension_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.dimension(id).map_or(id, |d| d.name.as_str())
    }
}

/// Unknown ids (from a session run with another framework) show as themselves.
fn label_of<'a>(choices: &'a [Choice], id: &'a str) -> &'a str {
    choices
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.label.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_frameworks_are_valid_and_parallel() {
        let en = Framework::builtin("en");
        let fr = Framework::builtin("fr");
        assert_eq!(en.id, fr.id);
        assert_eq!(en.version, fr.version);
        assert_eq!(en.language, "en");
        assert_eq!(fr.language, "fr");
        let ids = |f: &Framework| {
            (
                f.dimensions
                    .iter()
                    .map(|d| d.id.clone())
                    .collect::<Vec<_>>(),
                f.stakeholder_groups
                    .iter()
                    .map(|d| d.id.clone())
                    .collect::<Vec<_>>(),
                f.age_bands.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
                f.phases.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
                f.steps.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(ids(&en), ids(&fr), "both languages must share every id");
        assert_eq!(en.levels.len(), fr.levels.len());
        assert_eq!(en.framing_questions.len(), 4);
        assert_eq!(fr.framing_questions.len(), 4);
        assert_eq!(
            ids(&en).0,
            ["wide", "systematic", "deep"].map(String::from).to_vec()
        );
        for d in en.dimensions.iter().chain(&fr.dimensions) {
            assert!(!d.guiding_questions.is_empty(), "{}", d.id);
            assert!(!d.action_prompts.is_empty(), "{}", d.id);
        }
    }

    #[test]
    fn the_stakeholder_groups_of_the_brief_are_all_there() {
        let en = Framework::builtin("en");
        assert_eq!(en.stakeholder_groups.len(), 12);
        assert!(en.stakeholder_groups.iter().any(|g| g.id == "un-mission"));
    }

    #[test]
    fn validation_catches_a_scale_out_of_order() {
        let mut fw = Framework::builtin("en");
        fw.levels.swap(0, 1);
        assert_eq!(
            fw.validate(),
            Err(FrameworkError::LevelOrder { found: 1, at: 0 })
        );
    }

    #[test]
    fn validation_catches_missing_descriptors() {
        let mut fw = Framework::builtin("en");
        fw.dimensions[1].level_descriptors.pop();
        assert!(matches!(
            fw.validate(),
            Err(FrameworkError::Descriptors { dimension, found: 5, expected: 6 }) if dimension == "systematic"
        ));
    }

    #[test]
    fn the_steps_must_be_the_workshops_steps() {
        let mut fw = Framework::builtin("en");
        fw.steps.retain(|s| s.id != "review");
        assert_eq!(
            fw.validate(),
            Err(FrameworkError::MissingStep("review".into()))
        );
        let mut fw = Framework::builtin("fr");
        fw.steps.push(StepBox {
            id: "tea-break".into(),
            label: "Pause".into(),
            minutes: 10,
        });
        assert_eq!(
            fw.validate(),
            Err(FrameworkError::UnknownStep("tea-break".into()))
        );
        // A dimension's step is named by the dimension's id.
        let mut fw = Framework::builtin("en");
        fw.dimensions[2].id = "profond".into();
        assert_eq!(
            fw.validate(),
            Err(FrameworkError::UnknownStep("deep".into()))
        );
    }

    #[test]
    fn parse_errors_carry_a_position() {
        let err = Framework::parse("(\n  id: 3,\n)").unwrap_err();
        assert!(
            matches!(err, FrameworkError::Parse { line: 2, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn unknown_ids_show_as_themselves() {
        let fw = Framework::builtin("en");
        assert_eq!(fw.group_label("martians"), "martians");
        assert_eq!(fw.dimension_name("wide"), "Wide");
    }
}
