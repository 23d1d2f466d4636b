//! The words of the index's views (an action item's status, an objective's code then and
//! now, search hit groups) and of the listings built on them, in Dutch and English.

use super::actions::ActionStatus;
use super::objectives::{Carry, ObjectiveEntry};
use super::search::Kind;
use crate::i18n::Lang;

/// "open" / "afgerond" / "geschrapt", and "te laat" / "overdue" when it applies.
pub fn action_status(lang: Lang, status: ActionStatus, overdue: bool) -> &'static str {
    use ActionStatus as S;
    match (status, overdue) {
        (S::Open, true) => lang.pick("te laat", "overdue"),
        (S::Open, false) => lang.pick("open", "open"),
        (S::Done, _) => lang.pick("afgerond", "done"),
        (S::Dropped, _) => lang.pick("geschrapt", "dropped"),
    }
}

/// Today's code of an objective, with the code it had on `date` when that differs:
/// "SD2 OD5 (toen SD1 OD1)"; for an ended objective, the code of the one that carries it
/// today, "SD1 OD1, toen SD1 OD2 (samengevoegd)", and never bare a code another holds
/// today: "toen SD1 OD4 (beëindigd)".
pub fn code_label(lang: Lang, objective: &ObjectiveEntry, date: chrono::NaiveDate) -> String {
    let then = objective.code_on(date).unwrap_or(objective.code);
    let then_word = lang.pick("toen", "then");
    if let Some(c) = &objective.carried_by {
        return format!("{}, {then_word} {then} ({})", c.code, carry(lang, c.how));
    }
    if objective.code_taken {
        return format!("{then_word} {then} ({})", lang.pick("beëindigd", "ended"));
    }
    match objective.code_then(date) {
        Some(then) => format!("{} {}", objective.code, code_then(lang, &then.to_string())),
        None => objective.code.to_string(),
    }
}

/// How an ended objective passed to the one that carries it: "samengevoegd" / "merged".
pub fn carry(lang: Lang, how: Carry) -> &'static str {
    match how {
        Carry::Merged => lang.pick("samengevoegd", "merged"),
        Carry::Demoted => lang.pick("nu een actie", "now an action"),
    }
}

/// "(toen SD1 OD2)" / "(then SD1 OD2)".
pub fn code_then(lang: Lang, code: &str) -> String {
    match lang {
        Lang::Nl => format!("(toen {code})"),
        Lang::En => format!("(then {code})"),
    }
}

/// The heading of a group of search hits.
pub fn search_kind(lang: Lang, kind: Kind) -> &'static str {
    use Kind as K;
    match kind {
        K::Objective => lang.pick("Doelstellingen", "Objectives"),
        K::Decision => lang.pick("Besluiten", "Decisions"),
        K::Action => lang.pick("Actiepunten", "Action items"),
        K::Minutes => lang.pick("Notulen", "Minutes"),
    }
}

/// Words of the listing commands.
pub fn listing(lang: Lang, what: Listing) -> &'static str {
    match what {
        Listing::NoDecisions => lang.pick("Geen besluiten gevonden.", "No decisions found."),
        Listing::NoActions => lang.pick("Geen actiepunten gevonden.", "No action items found."),
        Listing::Decisions => lang.pick("besluiten", "decisions"),
        Listing::Meetings => lang.pick("vergaderingen", "meetings"),
        Listing::Actions => lang.pick("actiepunten", "action items"),
        Listing::Due => lang.pick("tegen", "due"),
        Listing::NotInForce => lang.pick("niet meer van kracht", "no longer in force"),
        Listing::SupersededBy => lang.pick("vervangen door", "superseded by"),
        Listing::AmendedBy => lang.pick("gewijzigd door", "amended by"),
        Listing::NothingFound => lang.pick("Niets gevonden.", "Nothing found."),
        Listing::Item => lang.pick("punt", "item"),
    }
}

/// The words of [`listing`].
#[derive(Debug, Clone, Copy)]
pub enum Listing {
    /// An empty decisions list.
    NoDecisions,
    /// An empty actions list.
    NoActions,
    /// "besluiten".
    Decisions,
    /// "vergaderingen".
    Meetings,
    /// "actiepunten".
    Actions,
    /// "tegen" before a due date.
    Due,
    /// A decision replaced or not adopted.
    NotInForce,
    /// Before the superseding decision.
    SupersededBy,
    /// Before the amending decisions.
    AmendedBy,
    /// An empty search.
    NothingFound,
    /// "punt" before an agenda item's number.
    Item,
}
