//! The words of the store: why a folder cannot be opened, a file not saved, a lock not
//! taken, a merge not written or undone, who holds a meeting, which sync service made a
//! copy; in Dutch and English side by side, the operating system's own message inside a
//! frame in the user's language.

use super::load::OpenError;
use super::lock::LockInfo;
use super::names::SyncService;
use super::relpath::slashed;
use super::undo::UndoError;
use crate::i18n::Lang;
use crate::text::printable;

/// Who made a conflict copy: the sync service, or this app itself.
pub fn service(lang: Lang, service: SyncService) -> &'static str {
    use SyncService as S;
    match service {
        S::Syncthing => "Syncthing",
        S::Dropbox => "Dropbox",
        S::Nextcloud => "Nextcloud",
        S::OneDrive => "OneDrive",
        S::Stuurgroep => lang.pick("bewaard door stuurgroep", "kept by stuurgroep"),
    }
}

/// The line printed when a folder cannot be opened.
pub fn cannot_open(lang: Lang, error: &OpenError) -> String {
    use OpenError as E;
    match (error, lang) {
        (E::NotAFolder(p), Lang::Nl) => format!("{}: deze map bestaat niet", p.display()),
        (E::NotAStuurgroepFolder(p), Lang::Nl) => {
            format!("{}: geen stuurgroep-map (er is geen data/plan.ron)", p.display())
        }
        (E::Io(p, e), Lang::Nl) => format!("{}: kan niet gelezen worden: {e}", p.display()),
        (e, Lang::En) => e.to_string(),
    }
}

/// Why approved minutes open read-only.
pub fn frozen(lang: Lang) -> &'static str {
    lang.pick("goedgekeurd verslag", "approved minutes")
}

/// "wordt bewerkt door An Peeters op laptop-an sinds 19:31".
pub fn held_by(lang: Lang, info: &LockInfo) -> String {
    let since = info.since.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M");
    let (name, machine) = (printable(&info.name), printable(&info.machine));
    if lang == Lang::Nl {
        format!("wordt bewerkt door {name} op {machine} sinds {since}")
    } else {
        format!("being edited by {name} on {machine} since {since}")
    }
}

/// The header of an editor whose lock was taken over: by whom, and that the text typed here
/// is beside the meeting as a conflict copy (when there was any).
pub fn taken_over(lang: Lang, info: &LockInfo, kept: bool) -> String {
    let name = printable(&info.name);
    match (lang, kept) {
        (Lang::Nl, true) => format!("overgenomen door {name}; jouw tekst staat ernaast (c)"),
        (Lang::En, true) => format!("taken over by {name}; your text is beside it (c)"),
        (Lang::Nl, false) => format!("overgenomen door {name}"),
        (Lang::En, false) => format!("taken over by {name}"),
    }
}

/// The header of a meeting opened read-only by choice.
pub fn read_only_chosen(lang: Lang) -> &'static str {
    lang.pick("gekozen om alleen te lezen", "chosen to read only")
}

/// Why a meeting's date stays: `file` (the plan, an owner's updates) refers to it.
pub fn referenced_in(lang: Lang, file: &str) -> String {
    let file = printable(file);
    match lang {
        Lang::Nl => format!("{file} verwijst naar deze vergadering; de datum blijft."),
        Lang::En => format!("{file} refers to this meeting; the date stays."),
    }
}

/// Why a merge could not be undone, in words.
pub fn undo_error(lang: Lang, e: &UndoError) -> String {
    use crate::domain::merge::strings::{Say, say};
    match e {
        UndoError::NoMerge(_) => say(lang, Say::NoMerge).to_owned(),
        UndoError::ChangedSince(p) => format!("{}: {}", slashed(p), say(lang, Say::ChangedSince)),
        UndoError::Io(..) => e.to_string(),
    }
}
