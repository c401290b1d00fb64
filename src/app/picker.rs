//! The pickers: a step to go to, who speaks, a series, a person of the series. Who
//! speaks is found by typing: a voice's number picks it, letters narrow the list to
//! the names, pseudonyms, groups and initials they are in (case and accents aside).

use super::{Action, App, Effects, Overlay, Picker};
use crate::app::workshop::Step;
use crate::domain::names::fold;
use crate::domain::summary::public_name;

impl App {
    pub(super) fn picker(&mut self, p: &Picker, action: Action) -> Effects {
        let len = self.picker_len(p).max(1);
        let idx = p.index();
        match action {
            // Both ways round: the last is one key above the first.
            Action::Up => self.overlay = Overlay::Picker(p.at((idx + len - 1) % len)),
            Action::Down => self.overlay = Overlay::Picker(p.at((idx + 1) % len)),
            Action::Erase => {
                self.filter.pop();
                self.overlay = Overlay::Picker(p.at(0));
            }
            Action::Submit => {
                self.overlay = Overlay::None;
                // Picked before the filter goes: it says which voice the place means.
                let fx = if self.picker_len(p) == 0 {
                    Vec::new()
                } else {
                    self.picked(p)
                };
                self.filter.clear();
                return fx;
            }
            Action::Back => {
                self.overlay = Overlay::None;
                self.filter.clear();
            }
            _ => {}
        }
        Vec::new()
    }

    /// A printable key in a picker: the voice picker narrows to what matches, and a
    /// number that names one voice alone picks it.
    pub(super) fn picker_typed(&mut self, c: char) -> Effects {
        let Overlay::Picker(p @ Picker::Voice(_)) = self.overlay.clone() else {
            return Vec::new();
        };
        self.filter.push(c);
        let entries = self.voice_entries();
        self.overlay = Overlay::Picker(p.at(0));
        let digits = self.filter.chars().all(|c| c.is_ascii_digit());
        if digits && entries.len() == 1 && entries[0].to_string() == self.filter {
            return self.picker(&p.at(0), Action::Submit);
        }
        Vec::new()
    }

    pub fn picker_len(&self, p: &Picker) -> usize {
        match p {
            Picker::Step(_) => Step::all(&self.framework).len(),
            Picker::Voice(_) => self.voice_entries().len(),
            Picker::Series(_) => crate::store::series_names(&self.sessions).len(),
            Picker::Person(_) => self.absent().len(),
        }
    }

    /// The entries of the voice picker the filter leaves, by number: 0 is the room,
    /// `n` the `n`th voice of the room list.
    pub fn voice_entries(&self) -> Vec<usize> {
        let voices = self
            .workshop()
            .map_or(&[][..], |w| w.session.voices.as_slice());
        let all = 0..=voices.len();
        let typed = self.filter.trim();
        if typed.is_empty() {
            return all.collect();
        }
        if typed.chars().all(|c| c.is_ascii_digit()) {
            return all.filter(|n| n.to_string().starts_with(typed)).collect();
        }
        let typed = fold(typed);
        let room = fold(&self.i18n.t("the-room"));
        all.filter(|&n| {
            let Some(v) = n.checked_sub(1).and_then(|i| voices.get(i)) else {
                return room.contains(&typed);
            };
            let name = fold(&v.name);
            let initials: String = name
                .split(|c: char| !c.is_alphanumeric())
                .filter_map(|w| w.chars().next())
                .collect();
            name.contains(&typed)
                || initials.starts_with(&typed)
                || fold(&public_name(v)).contains(&typed)
                || fold(self.framework.group_label(&v.group)).contains(&typed)
        })
        .collect()
    }

    fn picked(&mut self, p: &Picker) -> Effects {
        match p {
            Picker::Step(i) => match Step::all(&self.framework).get(*i) {
                Some(step) => self.go_to(*step),
                None => Vec::new(),
            },
            Picker::Voice(i) => {
                // The step is told the entry's number, not its place in the filtered list.
                let Some(n) = self.voice_entries().get(*i).copied() else {
                    return Vec::new();
                };
                self.with_step(|state, cx| state.picked(cx, &Picker::Voice(n), n))
            }
            Picker::Series(i) | Picker::Person(i) => {
                let i = *i;
                self.with_step(|state, cx| state.picked(cx, p, i))
            }
        }
    }
}
