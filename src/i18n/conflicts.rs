//! Words of `stuurgroep conflicts`.

use super::Lang;
use crate::domain::merge::{Element, Side};

/// An element, as a reader names it: "agendapunt 2: notulen", "besluit 5".
pub fn element(lang: Lang, e: &Element) -> String {
    let nl = lang == Lang::Nl;
    match e {
        Element::Details => lang
            .pick(
                "datum, uur, plaats, voorzitter, secretaris",
                "date, time, place, chair, secretary",
            )
            .into(),
        Element::Status => lang.pick("status van het verslag", "status of the minutes").into(),
        Element::Attendance(m) => format!("{} {m}", lang.pick("aanwezigheid", "attendance")),
        Element::Guests => lang.pick("gasten", "guests").into(),
        Element::Approvals => lang.pick("goedkeuringen", "approvals").into(),
        Element::ItemTitle(n) => {
            if nl {
                format!("agendapunt {n}: titel")
            } else {
                format!("agenda item {n}: title")
            }
        }
        Element::Minutes(n) => {
            if nl {
                format!("agendapunt {n}: notulen")
            } else {
                format!("agenda item {n}: minutes")
            }
        }
        Element::Decision(n) => format!("{} {n}", lang.pick("besluit", "decision")),
        Element::Action(n) => format!("{} A{n}", lang.pick("actiepunt", "action item")),
        Element::FollowUp(r) => format!("{} {r}", lang.pick("opvolging van", "follow-up of")),
    }
}

/// Who changed it.
pub fn side(lang: Lang, s: Side) -> &'static str {
    match s {
        Side::Ours => lang.pick("enkel in het origineel gewijzigd", "changed in the original only"),
        Side::Theirs => lang.pick("enkel in de kopie gewijzigd", "changed in the copy only"),
        Side::BothAdded => lang.pick(
            "aan beide kanten toegevoegd: beide blijven",
            "added on both sides: both are kept",
        ),
        Side::Both => {
            lang.pick("aan beide kanten gewijzigd: kies", "changed on both sides: choose")
        }
    }
}

/// Messages of the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    /// No conflict copies.
    None,
    /// "copy of".
    CopyOf,
    /// The ancestor was found.
    Ancestor,
    /// No ancestor: every difference is a choice.
    NoAncestor,
    /// An approved meeting has a conflict copy.
    Tampering,
    /// A conflict copy of a file that is not a meeting.
    NotAMeeting,
    /// `merge` without `--auto`.
    OnlyAuto,
    /// The file is not a conflict copy.
    NotACopy,
    /// Everything merged; the copy moved.
    Merged,
    /// Merged in part; the copy stays.
    Partly,
}

/// A message.
pub fn say(lang: Lang, s: Say) -> &'static str {
    let (nl, en) = match s {
        Say::None => ("Geen conflictkopieën.", "No conflict copies."),
        Say::CopyOf => ("kopie van", "copy of"),
        Say::Ancestor => ("gemeenschappelijke voorouder gevonden", "common ancestor found"),
        Say::NoAncestor => (
            "geen gemeenschappelijke voorouder: elk verschil is een keuze",
            "no common ancestor: every difference is a choice",
        ),
        Say::Tampering => (
            "GOEDGEKEURD verslag met een conflictkopie: mogelijk geknoei, niet samengevoegd",
            "APPROVED minutes with a conflict copy: possible tampering, not merged",
        ),
        Say::NotAMeeting => {
            ("geen vergadering: met de hand samenvoegen", "not a meeting: merge by hand")
        }
        Say::OnlyAuto => (
            "samenvoegen met keuzes gebeurt (nog) niet hier; gebruik --auto voor de eenzijdige wijzigingen",
            "merging with choices is not done here (yet); use --auto for the one-sided changes",
        ),
        Say::NotACopy => ("geen conflictkopie", "not a conflict copy"),
        Say::Merged => ("samengevoegd; de kopie staat nu in", "merged; the copy is now in"),
        Say::Partly => (
            "eenzijdige wijzigingen samengevoegd; de kopie blijft voor de keuzes",
            "one-sided changes merged; the copy stays for the choices",
        ),
    };
    lang.pick(nl, en)
}
