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

#[derive(Debug, thiserror::Error)]
pub enum FrameworkError {
    #[error("{line}:{col}: {message}")]
    Parse {
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{0}")]
    Invalid(String),
}

impl Framework {
    pub fn parse(text: &str) -> Result<Self, FrameworkError> {
        let fw: Framework = ron::from_str(text).map_err(|e| FrameworkError::Parse {
            line: e.span.start.line,
            col: e.span.start.col,
            message: e.code.to_string(),
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
    /// level, and ids are unique, so the rest of the program can index without surprises.
    pub fn validate(&self) -> Result<(), FrameworkError> {
        let bad = |m: String| Err(FrameworkError::Invalid(m));
        if self.levels.is_empty() {
            return bad("the level scale is empty".into());
        }
        for (i, level) in self.levels.iter().enumerate() {
            if usize::from(level.value) != i {
                return bad(format!(
                    "levels must run 0, 1, 2... in order; found {} at position {}",
                    level.value, i
                ));
            }
        }
        if self.dimensions.is_empty() {
            return bad("no dimensions".into());
        }
        for d in &self.dimensions {
            if d.level_descriptors.len() != self.levels.len() {
                return bad(format!(
                    "dimension `{}` describes {} levels but the scale has {}",
                    d.id,
                    d.level_descriptors.len(),
                    self.levels.len()
                ));
            }
            for p in &d.phases {
                if !self.phases.iter().any(|c| &c.id == p) {
                    return bad(format!("dimension `{}` names unknown phase `{p}`", d.id));
                }
            }
        }
        for (what, ids) in [
            (
                "dimension",
                self.dimensions.iter().map(|d| &d.id).collect::<Vec<_>>(),
            ),
            ("phase", self.phases.iter().map(|c| &c.id).collect()),
            (
                "stakeholder group",
                self.stakeholder_groups.iter().map(|c| &c.id).collect(),
            ),
            ("age band", self.age_bands.iter().map(|c| &c.id).collect()),
            ("step", self.steps.iter().map(|c| &c.id).collect()),
        ] {
            let mut seen = std::collections::BTreeSet::new();
            for id in ids {
                if !seen.insert(id) {
                    return bad(format!("{what} id `{id}` appears twice"));
                }
            }
        }
        Ok(())
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

    pub fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, crate::store::format::pretty()).expect("serialisable")
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
        assert!(
            fw.validate()
                .unwrap_err()
                .to_string()
                .contains("levels must run")
        );
    }

    #[test]
    fn validation_catches_missing_descriptors() {
        let mut fw = Framework::builtin("en");
        fw.dimensions[1].level_descriptors.pop();
        let err = fw.validate().unwrap_err().to_string();
        assert!(err.contains("systematic"), "{err}");
    }

    #[test]
    fn printed_framework_parses_back() {
        let fw = Framework::builtin("fr");
        assert_eq!(Framework::parse(&fw.to_ron()).unwrap(), fw);
    }

    #[test]
    fn parse_errors_carry_a_position() {
        let err = Framework::parse("(\n  id: 3,\n)").unwrap_err().to_string();
        assert!(err.starts_with("2:"), "{err}");
    }

    #[test]
    fn unknown_ids_show_as_themselves() {
        let fw = Framework::builtin("en");
        assert_eq!(fw.group_label("martians"), "martians");
        assert_eq!(fw.dimension_name("wide"), "Wide");
    }
}
