//! The editor's messages after a key (notes), in Dutch and English.

use super::editor::{refused, unknown_key};
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
            Lang::Nl => format!("Niet verplaatst: {}", failure(lang, why)),
            Lang::En => format!("Not moved: {}", failure(lang, why)),
        },
        Note::Cancelled(true) => lang.pick("Vergadering geannuleerd.", "Meeting cancelled.").into(),
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
            let why = failure(lang, why);
            if nl { format!("Kopie niet bewaard: {why}") } else { format!("Copy not saved: {why}") }
        }
        Note::ApprovalNotSaved(id, why) => {
            let why = failure(lang, why);
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
                "Actiepunt toegevoegd zonder eigenaar (in het rood): e kiest er een.",
                "Action item added without an owner (in red): e picks one.",
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
        Note::NotFound(query) => {
            let query = crate::text::printable(query);
            if nl {
                format!("{query:?} staat niet in de notulen.")
            } else {
                format!("{query:?} is not in the minutes.")
            }
        }
    }
}

/// A failure of the autosave-and-lock service, in words, safe to print.
pub(super) fn failure(lang: Lang, why: &crate::store::editing::EditingError) -> String {
    crate::text::printable(&crate::store::strings::editing_error(lang, why))
}
