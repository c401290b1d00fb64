//! Who is in the room: the voice form and turning it into a voice.

use super::form::{Field, Form};
use crate::domain::framework::Framework;
use crate::domain::session::{Gender, Voice, VoiceKind};
use crate::i18n::I18n;

pub fn voice_form(v: Option<&Voice>, fw: &Framework, i: &I18n, template: Option<&Voice>) -> Form {
    let base = v.or(template);
    let choices = |list: &[crate::domain::framework::Choice]| {
        list.iter()
            .map(|c| (c.id.clone(), c.label.clone()))
            .collect::<Vec<_>>()
    };
    let genders = Gender::ALL
        .iter()
        .map(|g| (format!("{g:?}"), i.t(g.message_id())))
        .collect();
    let kinds = vec![
        ("person".to_string(), i.t("voice-person")),
        ("group".to_string(), i.t("voice-group")),
    ];
    let (kind, headcount) = match base.map(|v| v.kind) {
        Some(VoiceKind::Group { headcount }) => ("group", headcount.to_string()),
        _ => ("person", String::new()),
    };
    let mut form = Form::new(vec![
        Field::text("name", "field-name", v.map_or("", |v| v.name.as_str())),
        Field::choice(
            "group",
            "field-group",
            choices(&fw.stakeholder_groups),
            base.map_or("", |v| v.group.as_str()),
        ),
        Field::choice(
            "gender",
            "field-gender",
            genders,
            &base.map_or("Unspecified".to_string(), |v| format!("{:?}", v.gender)),
        ),
        Field::choice(
            "age",
            "field-age",
            choices(&fw.age_bands),
            base.map_or("unspecified", |v| v.age_band.as_str()),
        ),
        Field::choice("kind", "field-kind", kinds, kind),
        Field::text("headcount", "field-headcount", &headcount),
        Field::text(
            "organisation",
            "field-organisation",
            v.map_or("", |v| v.organisation.as_str()),
        ),
        Field::toggle(
            "consent",
            "field-consent",
            v.is_some_and(|v| v.consent_to_name),
        ),
    ]);
    form.set_visible("headcount", kind == "group");
    form
}

/// Keeps the form's shape in step with its values (the headcount only for a group).
pub fn refresh(form: &mut Form) {
    let group = form.choice("kind") == "group";
    form.set_visible("headcount", group);
}

/// The voice the form describes, or the catalogue id of what is wrong with it.
pub fn voice_from(form: &Form, id: u32) -> Result<Voice, &'static str> {
    let name = form.text("name");
    if name.is_empty() {
        return Err("problem-name-required");
    }
    let kind = if form.choice("kind") == "group" {
        let digits: String = form
            .text("headcount")
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        match digits.parse::<u32>() {
            Ok(n) if (1..=100_000).contains(&n) => VoiceKind::Group { headcount: n },
            _ => return Err("problem-headcount"),
        }
    } else {
        VoiceKind::Person
    };
    let gender = Gender::ALL
        .into_iter()
        .find(|g| format!("{g:?}") == form.choice("gender"))
        .unwrap_or(Gender::Unspecified);
    Ok(Voice {
        id,
        kind,
        name,
        group: form.choice("group"),
        gender,
        age_band: form.choice("age"),
        organisation: form.text("organisation"),
        consent_to_name: form.toggle_value("consent"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_needs_a_headcount() {
        let fw = Framework::builtin("en");
        let i = I18n::with_extra_dir("en", None);
        let mut f = voice_form(None, &fw, &i, None);
        assert_eq!(voice_from(&f, 1), Err("problem-name-required"));
        f.set_text("name", "Jeunes de Sévaré");
        f.focus_on("kind");
        f.change(true);
        refresh(&mut f);
        assert_eq!(voice_from(&f, 1), Err("problem-headcount"));
        f.set_text("headcount", "14");
        let v = voice_from(&f, 3).unwrap();
        assert_eq!(v.kind, VoiceKind::Group { headcount: 14 });
        assert_eq!(v.id, 3);
        assert!(!v.consent_to_name, "consent is never assumed");
    }
}
