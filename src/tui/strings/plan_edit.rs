//! The words of the plan screen's edits: the popups' titles, the choices, why a value or a
//! change was refused, and what the status line says after a write.

use crate::i18n::Lang;
use crate::tui::session::plan_edit::{Edit, ValueError};

/// The title of the field in which the new value is typed, `what` naming what it is of.
pub fn field_title(lang: Lang, edit: &Edit, what: &str) -> String {
    match (edit, lang) {
        (Edit::Title(_), Lang::Nl) => format!("Nieuwe titel van {what}"),
        (Edit::Title(_), Lang::En) => format!("New title of {what}"),
        (Edit::Text(_), Lang::Nl) => format!("Nieuwe tekst van {what}"),
        (Edit::Text(_), Lang::En) => format!("New text of {what}"),
        (Edit::NewAction(_), Lang::Nl) => format!("Nieuwe actie onder {what}"),
        (Edit::NewAction(_), Lang::En) => format!("New action under {what}"),
        (Edit::Planning(_), Lang::Nl) => {
            format!("Planning van {what} (2021, 2022 · 2020 - 2025 · leeg: geen)")
        }
        (Edit::Planning(_), Lang::En) => {
            format!("Planning of {what} (2021, 2022 · 2020 - 2025 · empty: none)")
        }
        (Edit::Spreading(_), Lang::Nl) => {
            format!("Spreiding van {what} (alle gemeenten · Halle, Beersel · leeg: geen)")
        }
        (Edit::Spreading(_), Lang::En) => {
            format!("Spreading of {what} (all municipalities · Halle, Beersel · empty: none)")
        }
    }
}

/// The title of the picker of an objective's actions.
pub fn which_action(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Nl => format!("Welke actie van {what}?"),
        Lang::En => format!("Which action of {what}?"),
    }
}

/// The first option of that picker: a new action.
pub fn new_action(lang: Lang) -> &'static str {
    lang.pick("+ nieuwe actie", "+ new action")
}

/// The title of the picker of what to change of an action.
pub fn what_to_change(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Nl => format!("Wat wijzigen aan {what}?"),
        Lang::En => format!("What to change of {what}?"),
    }
}

/// An option of that picker.
pub fn edit_kind(lang: Lang, edit: &Edit) -> &'static str {
    match edit {
        Edit::Title(_) => lang.pick("titel", "title"),
        Edit::Text(_) | Edit::NewAction(_) => lang.pick("tekst", "text"),
        Edit::Planning(_) => lang.pick("planning", "planning"),
        Edit::Spreading(_) => lang.pick("spreiding", "spreading"),
    }
}

/// The title of the picker of the decision that allows the change.
pub fn which_decision(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Nl => format!("Welk besluit laat dit toe? ({what})"),
        Lang::En => format!("Which decision allows this? ({what})"),
    }
}

/// The label of the editorial option in the decision picker.
pub fn editorial_option(lang: Lang) -> String {
    match lang {
        Lang::Nl => "redactioneel: een tikfout, geen besluit nodig".into(),
        Lang::En => "editorial: a typo, no decision needed".into(),
    }
}

/// A value that cannot be written.
pub fn value_error(lang: Lang, e: &ValueError) -> String {
    match (e, lang) {
        (ValueError::UnknownMunicipality(name), _) => {
            crate::domain::strings::unknown_municipality(lang, name)
        }
    }
}

/// Why the user may not edit the plan: who may (`None`: the plan names nobody).
pub fn not_writer(lang: Lang, writer: Option<&str>) -> String {
    match (writer, lang) {
        (Some(name), Lang::Nl) => {
            format!(" Alleen {name} past het plan aan (writer in data/plan.ron).")
        }
        (Some(name), Lang::En) => {
            format!(" Only {name} edits the plan (writer in data/plan.ron).")
        }
        (None, Lang::Nl) => {
            " Het plan noemt niemand die het aanpast: zet writer in data/plan.ron.".into()
        }
        (None, Lang::En) => {
            " The plan names nobody who edits it: set writer in data/plan.ron.".into()
        }
    }
}

/// Keys shown under an objective that has no actions to pick from: only a new one.
pub fn only_operational(lang: Lang) -> &'static str {
    lang.pick(
        " Acties staan onder een operationele doelstelling: kies een OD.",
        " Actions sit under an operational objective: choose an OD.",
    )
}

/// The status line after a write: what changed, or why nothing was written.
pub fn written(lang: Lang, result: &Result<String, String>) -> String {
    use crate::text::printable as p;
    match (result, lang) {
        (Ok(what), Lang::Nl) => format!(" Plan aangepast: {} (data/plan.ron)", p(what)),
        (Ok(what), Lang::En) => format!(" Plan changed: {} (data/plan.ron)", p(what)),
        (Err(why), Lang::Nl) => format!(" Plan niet aangepast: {}", p(why)),
        (Err(why), Lang::En) => format!(" Plan not changed: {}", p(why)),
    }
}
