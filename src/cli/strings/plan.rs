//! The words of `stuurgroep plan`: what a change did, why one was refused, the plan shown.

use crate::domain::plan::{Change, PlanChangeError as E};
use crate::i18n::Lang;

/// What a history event says, in a line: "hernummerd SD1 OD3 → SD1 OD2".
pub fn change(lang: Lang, c: &Change) -> String {
    let w = |nl: &str, en: &str| lang.pick(nl, en).to_owned();
    match c {
        Change::Added { code } => format!("{} {code}", w("toegevoegd als", "added as")),
        Change::Renumbered { from, to } => {
            format!("{} {from} → {to}", w("hernummerd", "renumbered"))
        }
        Change::Moved { from, to } => format!("{} {from} → {to}", w("verplaatst", "moved")),
        Change::Retitled { previous } => {
            format!("{} {previous:?}", w("nieuwe tekst; was", "new text; was"))
        }
        Change::Merged { into } => format!("{} {into}", w("samengevoegd met", "merged into")),
        Change::Split { into } => {
            let ids: Vec<&str> = into.iter().map(|i| i.as_str()).collect();
            format!("{} {}", w("gesplitst in", "split into"), ids.join(", "))
        }
        Change::Demoted { under, action } => {
            format!("{} {action} {} {under}", w("werd actie", "became action"), w("onder", "under"))
        }
        Change::Removed => w("geschrapt", "removed"),
        Change::Replanned { .. } => w("nieuwe planning", "new planning"),
        Change::Respread { .. } => w("nieuwe spreiding", "new spreiding"),
    }
}

/// Why a change was refused.
pub fn refused(lang: Lang, e: &E) -> String {
    crate::domain::strings::plan_refused(lang, e)
}

/// `--by` names no decision of the folder.
pub fn no_decision(lang: Lang, reference: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "--by {reference:?}: geen besluit in deze map (schrijf zoals 2021-03-16-stuurgroep/2)"
        ),
        Lang::En => format!(
            "--by {reference:?}: no decision in this folder (write like 2021-03-16-stuurgroep/2)"
        ),
    }
}

/// `--by` names a decision that was not adopted.
pub fn not_adopted(lang: Lang, reference: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "het besluit {reference} werd niet aangenomen: het kan het plan niet veranderen"
        ),
        Lang::En => format!("the decision {reference} was not adopted: it cannot change the plan"),
    }
}

/// A code or id that finds no objective, or several.
pub fn no_objective(lang: Lang, query: &str, found: &[String]) -> String {
    match (lang, found.is_empty()) {
        (Lang::Nl, true) => format!("{query:?}: geen doelstelling met die code of dat id"),
        (Lang::En, true) => format!("{query:?}: no objective has that code or id"),
        (Lang::Nl, false) => format!(
            "{query:?} had vroeger meerdere doelstellingen; kies een id: {}",
            found.join(", ")
        ),
        (Lang::En, false) => format!(
            "{query:?} was the code of several objectives; choose an id: {}",
            found.join(", ")
        ),
    }
}

/// A code that cannot be read.
pub fn bad_code(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Nl => format!("{value:?} is geen code zoals \"SD2 OD1\""),
        Lang::En => format!("{value:?} is not a code like \"SD2 OD1\""),
    }
}

/// A `--into` part of `split` that is not `CODE;ID;TITLE[;ACTION,ACTION]`.
pub fn bad_part(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Nl => {
            format!("--into {value:?}: schrijf \"CODE;ID;TITEL\" of \"CODE;ID;TITEL;ACTIE,ACTIE\"")
        }
        Lang::En => {
            format!("--into {value:?}: write \"CODE;ID;TITLE\" or \"CODE;ID;TITLE;ACTION,ACTION\"")
        }
    }
}

/// Who writes the plan is not known.
pub fn who(lang: Lang) -> &'static str {
    lang.pick(
        "zeg wie je bent met --as LID (of zet member in het configuratiebestand)",
        "say who you are with --as MEMBER (or set member in the config file)",
    )
}

/// Another instance holds the plan's lock (`held`: who, where, since): nothing written.
pub fn locked(lang: Lang, held: &str) -> String {
    match lang {
        Lang::Nl => format!("data/plan.ron {held}; niets geschreven"),
        Lang::En => format!("data/plan.ron is {held}; nothing written"),
    }
}

/// The plan was written: what changed.
pub fn written(lang: Lang, what: &str, decision: &str) -> String {
    match lang {
        Lang::Nl => format!("data/plan.ron geschreven: {what} ({decision})"),
        Lang::En => format!("data/plan.ron written: {what} ({decision})"),
    }
}

/// Headings of `plan show`.
pub fn heading(lang: Lang, history: bool) -> &'static str {
    match history {
        true => lang.pick("geschiedenis", "history"),
        false => lang.pick("acties", "actions"),
    }
}

/// The mark of an objective that ended, with how.
pub fn ended(lang: Lang, how: &str) -> String {
    format!("({}: {how})", lang.pick("beëindigd", "ended"))
}

/// A change to the plan on a folder with unreadable files (named above it): refused.
pub fn half_read(lang: Lang) -> &'static str {
    lang.pick(
        "niet alle bestanden van de map zijn gelezen: herstel ze eerst; niets geschreven",
        "not every file of the folder could be read: mend them first; nothing written",
    )
}

/// `plan apply` names no meeting of the folder.
pub fn no_meeting(lang: Lang, meeting: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "{meeting:?}: geen vergadering in deze map (schrijf zoals 2022-10-11-stuurgroep)"
        ),
        Lang::En => {
            format!("{meeting:?}: no meeting in this folder (write like 2022-10-11-stuurgroep)")
        }
    }
}

/// `plan apply` found nothing the plan does not hold yet.
pub fn nothing_to_apply(lang: Lang, meeting: &str) -> String {
    match lang {
        Lang::Nl => {
            format!("data/plan.ron bevat de planwijzigingen van {meeting} al; niets geschreven")
        }
        Lang::En => {
            format!("data/plan.ron holds the plan changes of {meeting} already; nothing written")
        }
    }
}

/// `plan apply` wrote the changes of these decisions.
pub fn applied(lang: Lang, decisions: &[String]) -> String {
    match lang {
        Lang::Nl => {
            format!("data/plan.ron geschreven: de planwijzigingen van {}", decisions.join(", "))
        }
        Lang::En => format!("data/plan.ron written: the plan changes of {}", decisions.join(", ")),
    }
}

/// The `n`-th plan change of `decision` was refused, and why: nothing written.
pub fn decision_refused(lang: Lang, decision: &str, n: usize, why: &str) -> String {
    match lang {
        Lang::Nl => format!("besluit {decision}, planwijziging {n}: {why}; niets geschreven"),
        Lang::En => format!("decision {decision}, plan change {n}: {why}; nothing written"),
    }
}
/// `--editorial` given to another verb than retitle.
pub fn editorial_only(lang: Lang) -> &'static str {
    lang.pick(
        "--editorial kan enkel bij retitle (een tikfout); geef --by BESLUIT",
        "--editorial works with retitle only (a typo); give --by DECISION",
    )
}

/// The mark of an action taken out of the plan.
pub fn removed(lang: Lang) -> &'static str {
    lang.pick("geschrapt", "removed")
}
