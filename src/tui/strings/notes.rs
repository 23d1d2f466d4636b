//! The editor's messages after a key (notes), in Dutch and English.

use super::editor::{refused, unknown_key};
use crate::i18n::Lang;
use crate::tui::editor::Note;

/// A message after a key.
pub fn note(lang: Lang, note: &Note) -> String {
    match lang {
        Lang::Nl => note_nl(note),
        Lang::En => note_en(note),
    }
}

/// The Dutch table of [`note`].
fn note_nl(note: &Note) -> String {
    let lang = Lang::Nl;
    match note {
        Note::Refused(e) => refused(lang, e),
        Note::ReadOnly => "Alleen lezen.".into(),
        Note::Approved(id) => format!("Verslag {id} goedgekeurd."),
        Note::NothingToApprove => "Geen eerder verslag van dit orgaan.".into(),
        Note::Sent => "Verslag verstuurd.".into(),
        Note::Unsent => "Verslag weer een ontwerp.".into(),
        Note::Redated(Ok(id)) => format!("Verplaatst: nu {id}."),
        Note::Redated(Err(why)) => format!("Niet verplaatst: {}", failure(lang, why)),
        Note::Cancelled(true) => "Vergadering geannuleerd.".into(),
        Note::Cancelled(false) => "Vergadering toch gehouden.".into(),
        Note::BadDate(t) => format!("Geen datum: {t:?}"),
        Note::BadTime(t) => format!("Geen uur: {t:?} (bv. 19:30-21:50)"),
        Note::BadVotes(t) => format!("Geen stemming: {t:?} (bv. 12 0 1)"),
        Note::SavedElsewhere(p) => format!("Kopie bewaard: {}", shown_path(p)),
        Note::NotSavedElsewhere(why) => format!("Kopie niet bewaard: {}", failure(lang, why)),
        Note::ApprovalNotSaved(id, why) => {
            format!("Goedkeuring van {id} NIET BEWAARD: {}", failure(lang, why))
        }
        Note::NotKept => {
            "Niet gesloten: niet alles is bewaard. Bewaar eerst een kopie elders (e).".into()
        }
        Note::UnknownKey(c) => unknown_key(lang, *c).trim_start().to_owned(),
        Note::NothingToUndo => "Niets (meer) ongedaan te maken.".into(),
        Note::NoOwner => {
            "Actiepunt toegevoegd zonder eigenaar (in het rood): e kiest er een.".into()
        }
        Note::NotAMember(name) => {
            let name = crate::text::printable(name);
            format!("Geen lid heet {name:?}: typ de naam van een lid, of kies met ↑ ↓.")
        }
        Note::YesOrNo => "j (ja) of n (nee)?".into(),
        Note::DraftKept => "Getypte tekst bewaard: dezelfde vraag biedt hem opnieuw aan.".into(),
        Note::NotFound(query) => {
            format!("{:?} staat niet in de notulen.", crate::text::printable(query))
        }
        Note::Plan(n) => super::editor_plan::note(lang, n),
        Note::NamesNotKept => "Stemming bij naam niet bewaard: Tab opent ze opnieuw.".into(),
        Note::NotClosed => {
            "Alleen een besluit van een besloten punt heeft een openbare omschrijving (B op het punt sluit het).".into()
        }
    }
}

/// The English table of [`note`].
fn note_en(note: &Note) -> String {
    let lang = Lang::En;
    match note {
        Note::Refused(e) => refused(lang, e),
        Note::ReadOnly => "Read-only.".into(),
        Note::Approved(id) => format!("Minutes {id} approved."),
        Note::NothingToApprove => "No earlier minutes of this body.".into(),
        Note::Sent => "Minutes marked sent.".into(),
        Note::Unsent => "Minutes a draft again.".into(),
        Note::Redated(Ok(id)) => format!("Moved: now {id}."),
        Note::Redated(Err(why)) => format!("Not moved: {}", failure(lang, why)),
        Note::Cancelled(true) => "Meeting cancelled.".into(),
        Note::Cancelled(false) => "Meeting held after all.".into(),
        Note::BadDate(t) => format!("Not a date: {t:?}"),
        Note::BadTime(t) => format!("Not a time: {t:?} (e.g. 19:30-21:50)"),
        Note::BadVotes(t) => format!("Not a vote count: {t:?} (e.g. 12 0 1)"),
        Note::SavedElsewhere(p) => format!("Copy saved: {}", shown_path(p)),
        Note::NotSavedElsewhere(why) => format!("Copy not saved: {}", failure(lang, why)),
        Note::ApprovalNotSaved(id, why) => {
            format!("Approval of {id} NOT SAVED: {}", failure(lang, why))
        }
        Note::NotKept => {
            "Not closed: not everything is saved. Save a copy elsewhere first (e).".into()
        }
        Note::UnknownKey(c) => unknown_key(lang, *c).trim_start().to_owned(),
        Note::NothingToUndo => "Nothing (more) to undo.".into(),
        Note::NoOwner => "Action item added without an owner (in red): e picks one.".into(),
        Note::NotAMember(name) => {
            let name = crate::text::printable(name);
            format!("No member is called {name:?}: type a member's name, or pick with ↑ ↓.")
        }
        Note::YesOrNo => "y (yes) or n (no)?".into(),
        Note::DraftKept => "What was typed is kept: the same question offers it again.".into(),
        Note::NotFound(query) => {
            format!("{:?} is not in the minutes.", crate::text::printable(query))
        }
        Note::Plan(n) => super::editor_plan::note(lang, n),
        Note::NamesNotKept => "The vote by name was not recorded: Tab opens it again.".into(),
        Note::NotClosed => {
            "Only a closed item's decision has a public description (B on the item closes it)."
                .into()
        }
    }
}

/// A path as the notes show it: slashed, safe to print.
fn shown_path(p: &std::path::Path) -> String {
    crate::text::printable(&crate::store::relpath::slashed(p).to_string())
}

/// A failure of the autosave-and-lock service, in words, safe to print.
pub(super) fn failure(lang: Lang, why: &crate::store::editing::EditingError) -> String {
    crate::text::printable(&crate::store::strings::editing_error(lang, why))
}
