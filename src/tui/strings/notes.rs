//! The editor's messages after a key: what was done, refused or not saved.

use super::editor::unknown_key;
use crate::domain::edit::EditError;
use crate::i18n::Lang;
use crate::tui::editor::Note;

/// A message after a key.
pub fn note(lang: Lang, note: &Note) -> String {
    let nl = lang == Lang::Nl;
    match note {
        Note::Refused(e) => refused(lang, e),
        Note::ReadOnly => lang.pick("Alleen lezen.", "Read-only.").into(),
        Note::Approved(id) => {
            if nl {
                format!("Verslag {id} goedgekeurd.")
            } else {
                format!("Minutes {id} approved.")
            }
        }
        Note::NothingToApprove => lang
            .pick("Geen eerder verslag van dit orgaan.", "No earlier minutes of this body.")
            .into(),
        Note::Sent => lang.pick("Verslag verstuurd.", "Minutes marked sent.").into(),
        Note::Unsent => lang.pick("Verslag weer een ontwerp.", "Minutes a draft again.").into(),
        Note::Redated(Ok(id)) => match lang {
            Lang::Nl => format!("Verplaatst: nu {id}."),
            Lang::En => format!("Moved: now {id}."),
        },
        Note::Redated(Err(why)) => match lang {
            Lang::Nl => format!("Niet verplaatst: {}", crate::text::printable(why)),
            Lang::En => format!("Not moved: {}", crate::text::printable(why)),
        },
        Note::Cancelled(true) => {
            lang.pick("Vergadering geannuleerd.", "Meeting cancelled.").into()
        }
        Note::Cancelled(false) => {
            lang.pick("Vergadering toch gehouden.", "Meeting held after all.").into()
        }
        Note::BadDate(t) => {
            if nl {
                format!("Geen datum: {t:?}")
            } else {
                format!("Not a date: {t:?}")
            }
        }
        Note::BadTime(t) => {
            if nl {
                format!("Geen uur: {t:?} (bv. 19:30-21:50)")
            } else {
                format!("Not a time: {t:?} (e.g. 19:30-21:50)")
            }
        }
        Note::BadVotes(t) => {
            if nl {
                format!("Geen stemming: {t:?} (bv. 12 0 1)")
            } else {
                format!("Not a vote count: {t:?} (e.g. 12 0 1)")
            }
        }
        Note::SavedElsewhere(p) => {
            let p = crate::text::printable(&crate::store::relpath::slashed(p).to_string());
            if nl { format!("Kopie bewaard: {p}") } else { format!("Copy saved: {p}") }
        }
        Note::NotSavedElsewhere(why) => {
            let why = crate::text::printable(why);
            if nl { format!("Kopie niet bewaard: {why}") } else { format!("Copy not saved: {why}") }
        }
        Note::ApprovalNotSaved(id, why) => {
            let why = crate::text::printable(why);
            if nl {
                format!("Goedkeuring van {id} NIET BEWAARD: {why}")
            } else {
                format!("Approval of {id} NOT SAVED: {why}")
            }
        }
        Note::NotKept => lang
            .pick(
                "Niet gesloten: niet alles is bewaard. Bewaar eerst een kopie elders (e).",
                "Not closed: not everything is saved. Save a copy elsewhere first (e).",
            )
            .into(),
        Note::UnknownKey(c) => unknown_key(lang, *c).trim_start().to_owned(),
        Note::NothingToUndo => {
            lang.pick("Niets (meer) ongedaan te maken.", "Nothing (more) to undo.").into()
        }
        Note::NoOwner => lang
            .pick(
                "Actiepunt nog niet toegevoegd: het heeft een eigenaar nodig. De tekst is bewaard: a biedt hem opnieuw aan.",
                "Action item not added yet: it needs an owner. Its text is kept: a offers it again.",
            )
            .into(),
        Note::NotAMember(name) => {
            let name = crate::text::printable(name);
            if nl {
                format!("Geen lid heet {name:?}: typ de naam van een lid, of kies met ↑ ↓.")
            } else {
                format!("No member is called {name:?}: type a member's name, or pick with ↑ ↓.")
            }
        }
        Note::YesOrNo => lang.pick("j (ja) of n (nee)?", "y (yes) or n (no)?").into(),
        Note::DraftKept => lang
            .pick(
                "Getypte tekst bewaard: dezelfde vraag biedt hem opnieuw aan.",
                "What was typed is kept: the same question offers it again.",
            )
            .into(),
    }
}

/// Why the editor refused a change, in words.
pub fn refused(lang: Lang, e: &EditError) -> String {
    let nl = lang == Lang::Nl;
    match e {
        EditError::Frozen => lang
            .pick("Goedgekeurd verslag: niet te wijzigen.", "Approved minutes cannot change.")
            .into(),
        EditError::NoSuchItem => lang.pick("Niets geselecteerd.", "Nothing selected.").into(),
        EditError::ItemNotEmpty => lang
            .pick(
                "Dit punt is niet leeg (notulen, besluiten, acties): eerst die schrappen.",
                "This item is not empty (minutes, decisions, actions): remove those first.",
            )
            .into(),
        EditError::Unlinked(n) => {
            let list = n.iter().map(|n| format!("B{n}")).collect::<Vec<_>>().join(", ");
            if nl {
                format!("Nog zonder doelstelling: {list}. Koppel ze eerst (d).")
            } else {
                format!("Still without an objective: {list}. Link them first (d).")
            }
        }
        EditError::NotSameBody => {
            lang.pick("Verslag van een ander orgaan.", "Minutes of another body.").into()
        }
        EditError::NotEarlier => {
            lang.pick("Geen eerdere vergadering.", "Not an earlier meeting.").into()
        }
        EditError::AlreadyApproved => lang.pick("Al goedgekeurd.", "Approved already.").into(),
        EditError::EndBeforeStart => {
            lang.pick("Het einde ligt voor de aanvang.", "The end is before the start.").into()
        }
        EditError::HoldsDecisions => lang
            .pick(
                "Deze vergadering nam besluiten: ze vond plaats.",
                "This meeting took decisions: it was held.",
            )
            .into(),
        EditError::NotADraft => lang
            .pick(
                "Het verslag is verstuurd: niet meer te verwijderen.",
                "The minutes were sent: no longer removable.",
            )
            .into(),
        EditError::Referenced => lang
            .pick(
                "Er staan actiepunten of goedkeuringen in: annuleer de vergadering (X) in plaats van ze te verwijderen.",
                "It holds action items or approvals: cancel the meeting (X) instead of removing it.",
            )
            .into(),
        EditError::DateTaken => lang
            .pick(
                "Op die dag is er al een vergadering van dit orgaan: kies een andere datum.",
                "This body meets on that day already: pick another date.",
            )
            .into(),
        EditError::ApprovedRefers => lang
            .pick(
                "Goedgekeurde notulen verwijzen naar deze vergadering: de datum blijft.",
                "Approved minutes refer to this meeting: the date stays.",
            )
            .into(),
        EditError::TooManyVotes(cast, present) => {
            if nl {
                format!("{cast} stemmen, maar {present} leden aanwezig: tel opnieuw.")
            } else {
                format!("{cast} votes, but {present} members present: count again.")
            }
        }
        EditError::VotesAgainstOutcome(outcome, v) => {
            let (yes, no) = (v.yes, v.no);
            match (nl, outcome) {
                (true, crate::domain::meeting::Outcome::Adopted) => format!(
                    "Aangenomen met meer stemmen tegen ({no}) dan voor ({yes}): pas de uitkomst aan (u) of de stemming."
                ),
                (true, _) => format!(
                    "Verworpen met meer stemmen voor ({yes}) dan tegen ({no}): pas de uitkomst aan (u) of de stemming."
                ),
                (false, crate::domain::meeting::Outcome::Adopted) => format!(
                    "Adopted with more votes against ({no}) than for ({yes}): change the outcome (u) or the votes."
                ),
                (false, _) => format!(
                    "Rejected with more votes for ({yes}) than against ({no}): change the outcome (u) or the votes."
                ),
            }
        }
    }
}
