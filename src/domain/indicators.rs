//! Who was in the room, as the M&E officer reports it: people (a group of 12 is 12),
//! women, young people, and the framework's stakeholder groups present and absent.

use super::digest::Seen;
use super::framework::Framework;
use super::session::Gender;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Participation {
    pub people: u32,
    /// People recorded as women: a women's group counts its headcount; a mixed group
    /// counts nothing here, so the share is a floor.
    pub women: u32,
    /// People in the framework's young age bands (a group counts its headcount).
    pub young: u32,
    /// The framework's stakeholder groups present, in the framework's order.
    pub groups: Vec<String>,
    /// The framework's stakeholder groups no voice came from, in the same order.
    pub absent: Vec<String>,
}

impl Participation {
    pub fn of(seen: &[Seen], fw: &Framework) -> Participation {
        let count = |keep: &dyn Fn(&Seen) -> bool| -> u32 {
            seen.iter().filter(|v| keep(v)).map(|v| v.headcount).sum()
        };
        let (groups, absent) = fw
            .stakeholder_groups
            .iter()
            .map(|g| g.id.clone())
            .partition(|g| seen.iter().any(|v| &v.group == g));
        Participation {
            people: count(&|_| true),
            women: count(&|v| v.gender == Gender::Woman),
            young: count(&|v| fw.young.contains(&v.age_band)),
            groups,
            absent,
        }
    }

    pub fn women_share(&self) -> Option<u32> {
        percent(self.women, self.people)
    }

    pub fn young_share(&self) -> Option<u32> {
        percent(self.young, self.people)
    }
}

/// `part` of `whole` in whole percent, rounded; none of nothing.
pub fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(group: &str, headcount: u32, gender: Gender, age: &str) -> Seen {
        Seen {
            voice: 1,
            person: 1,
            name: String::new(),
            group: group.into(),
            consent: true,
            headcount,
            gender,
            age_band: age.into(),
            organisation: String::new(),
            is_group: headcount > 1,
        }
    }

    #[test]
    fn people_are_counted_in_people_and_groups_against_the_framework() {
        let fw = Framework::builtin("en");
        let p = Participation::of(
            &[
                seen("women", 12, Gender::Woman, "mixed"),
                seen("youth", 5, Gender::Mixed, "18-24"),
                seen("leaders", 1, Gender::Man, "60-plus"),
                seen("ingo", 1, Gender::Woman, "25-34"),
            ],
            &fw,
        );
        assert_eq!((p.people, p.women, p.young), (19, 13, 6));
        assert_eq!(p.women_share(), Some(68));
        assert_eq!(p.young_share(), Some(32));
        assert_eq!(p.groups, ["women", "youth", "leaders", "ingo"]);
        assert!(p.absent.contains(&"un-mission".to_string()));
        assert_eq!(p.groups.len() + p.absent.len(), fw.stakeholder_groups.len());
    }

    #[test]
    fn an_empty_room_has_no_shares() {
        let p = Participation::of(&[], &Framework::builtin("fr"));
        assert_eq!(p.people, 0);
        assert_eq!(p.women_share(), None);
        assert!(p.groups.is_empty());
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
    }
}
