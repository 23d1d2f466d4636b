//! The words of the store: why a folder cannot be opened, a file not saved, a lock not
//! taken, a merge not written or undone, who holds a meeting, which sync service made a
//! copy; in Dutch and English side by side, the operating system's own message inside a
//! frame in the user's language.

use super::document::PLAN_PATH;
use super::load::OpenError;
use super::lock::{LockError, LockInfo};
use super::names::SyncService;
use super::relpath::slashed;
use super::save::SaveError;
use super::undo::UndoError;
use crate::domain::SCHEMA_VERSION;
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
    let nl = lang == Lang::Nl;
    match error {
        E::NotAFolder(p) if nl => format!("{}: deze map bestaat niet", p.display()),
        E::NotAFolder(p) => format!("{}: no such folder", p.display()),
        E::NotAStuurgroepFolder(p) if nl => {
            format!("{}: geen stuurgroep-map (er is geen {PLAN_PATH})", p.display())
        }
        E::NotAStuurgroepFolder(p) => {
            format!("{}: not a stuurgroep folder (there is no {PLAN_PATH})", p.display())
        }
        E::Io(p, e) if nl => {
            format!("{}: kan niet gelezen worden: {}", p.display(), os_in(lang, e))
        }
        E::Io(p, e) => format!("{}: {}", p.display(), os_in(lang, e)),
    }
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

/// Why a lock is no longer ours: "overgenomen door An Peeters".
fn taken_over(lang: Lang, info: &LockInfo) -> String {
    let name = printable(&info.name);
    format!("{} {name}", lang.pick("overgenomen door", "taken over by"))
}

/// Why a meeting open read-only cannot move: "alleen lezen".
pub fn read_only(lang: Lang) -> &'static str {
    lang.pick("alleen lezen", "read-only")
}

/// Why a merge could not be undone, in words.
pub fn undo_error(lang: Lang, e: &UndoError) -> String {
    use crate::domain::merge::strings::{Say, say};
    match e {
        UndoError::NoMerge(_) => say(lang, Say::NoMerge).to_owned(),
        UndoError::ChangedSince(p) => format!("{}: {}", slashed(p), say(lang, Say::ChangedSince)),
        UndoError::Io(p, why) if lang == Lang::Nl => {
            format!("{}: niet ongedaan gemaakt: {}", slashed(p), os_in(lang, why))
        }
        UndoError::Io(p, why) => format!("{}: {}", slashed(p), os_in(lang, why)),
    }
}

/// The operating system's own message (in the system's words, which the app cannot
/// translate), made safe to print: always inside a sentence in the user's language. A file
/// still in use when the retries gave up says so in the user's words around the OS's.
fn os(e: &std::io::Error) -> String {
    printable(&e.to_string())
}

fn os_in(lang: Lang, e: &std::io::Error) -> String {
    let Some(cause) = super::atomic::still_busy_cause(e) else { return os(e) };
    let secs = super::atomic::BUSY_RETRY_FOR.as_secs();
    match lang {
        Lang::Nl => format!("na {secs} s nog in gebruik door een ander programma: {}", os(cause)),
        Lang::En => format!("still in use by another program after {secs} s: {}", os(cause)),
    }
}

/// Why a file was not saved, in words; the file on disk is untouched in every case.
pub fn save_error(lang: Lang, e: &SaveError) -> String {
    use SaveError as E;
    let secs = super::atomic::BUSY_RETRY_FOR.as_secs();
    let (path, nl, en) = match e {
        E::ChangedOnDisk(p) => (
            p,
            "op schijf gewijzigd sinds het gelezen werd; niet overschreven".to_owned(),
            "changed on disk since it was read; not overwritten".to_owned(),
        ),
        E::Missing(p) => (
            p,
            "op schijf verwijderd sinds het gelezen werd; niet geschreven".to_owned(),
            "removed on disk since it was read; not written".to_owned(),
        ),
        E::NewerVersion { path, version } => (
            path,
            format!(
                "geschreven door een nieuwere versie van stuurgroep (schema {version}, deze schrijft {SCHEMA_VERSION}); alleen lezen"
            ),
            format!(
                "written by a newer version of stuurgroep (schema {version}, this one writes {SCHEMA_VERSION}); read-only"
            ),
        ),
        E::OutsideFolder(p) => (
            p,
            "buiten de map; niet geschreven".to_owned(),
            "outside the folder; not written".to_owned(),
        ),
        E::Serialize(p, why) => (
            p,
            format!("kan niet als RON geschreven worden: {why}"),
            format!("cannot be written as RON: {why}"),
        ),
        E::Io(p, why) => (p, format!("niet geschreven: {}", os_in(lang, why)), os_in(lang, why)),
        E::Busy(p, _) => (
            p,
            format!(
                "{secs} s in gebruik door een ander programma (een sync-client die het uploadt, een virusscanner); niet geschreven"
            ),
            format!(
                "in use by another program (a sync client uploading it, a virus scanner) for {secs} s; not written"
            ),
        ),
        E::Exists(p) => (
            p,
            "bestaat al; niet overschreven".to_owned(),
            "exists already; not overwritten".to_owned(),
        ),
        E::NotTracked => {
            let (nl, en) = ("niet geopend om te bewaren", "not opened for saving");
            return lang.pick(nl, en).to_owned();
        }
    };
    format!("{}: {}", slashed(path), if lang == Lang::Nl { nl } else { en })
}

/// Why a meeting's lock could not be taken, refreshed or released, in words.
pub fn lock_error(lang: Lang, e: &LockError) -> String {
    let nl = lang == Lang::Nl;
    match e {
        LockError::HeldBy(info) => held_by(lang, info),
        LockError::Stale(info) => {
            let refreshed = info.refreshed.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M");
            let held = held_by(lang, info);
            if nl {
                format!("{held}, niet meer ververst sinds {refreshed}")
            } else {
                format!("{held}, not refreshed since {refreshed}")
            }
        }
        LockError::LostTo(info) => taken_over(lang, info),
        LockError::Unreadable { path, message } => {
            let (path, message) = (slashed(path), printable(message));
            if nl {
                format!("{path}: onleesbaar slotbestand ({message}); behandeld als bezet")
            } else {
                format!("{path}: unreadable lock file ({message}); treated as held")
            }
        }
        LockError::OutsideFolder(p) if nl => format!("{}: buiten de map", slashed(p)),
        LockError::OutsideFolder(p) => format!("{}: outside the folder", slashed(p)),
        LockError::Io(p, why) if nl => {
            format!(
                "{}: slotbestand niet te lezen of te schrijven: {}",
                slashed(p),
                os_in(lang, why)
            )
        }
        LockError::Io(p, why) => {
            format!("{}: lock file not read or written: {}", slashed(p), os_in(lang, why))
        }
    }
}

/// The disk refused to read, write or remove `path`: the OS's message, framed.
pub fn disk_refused(lang: Lang, path: &std::path::Path, e: &std::io::Error) -> String {
    match lang {
        Lang::Nl => format!("{}: de schijf weigert ({})", slashed(path), os_in(lang, e)),
        Lang::En => format!("{}: {}", slashed(path), os_in(lang, e)),
    }
}

/// An id that cannot be a file name.
pub fn unsafe_id(lang: Lang, e: &super::document::UnsafeId) -> String {
    let id = printable(&e.0);
    match lang {
        Lang::Nl => format!("de id {id:?} kan geen bestandsnaam zijn"),
        Lang::En => format!("the id {id:?} cannot be used as a file name"),
    }
}

/// Why a merge was not written, or not all of it, in words.
pub fn merge_write_error(lang: Lang, e: &super::conflict::WriteError) -> String {
    use super::conflict::WriteError as W;
    let nl = lang == Lang::Nl;
    match e {
        W::Save(e) => save_error(lang, e),
        W::Read(p, why) => disk_refused(lang, p, why),
        W::KeepOriginal(why) if nl => {
            format!(
                "het origineel kon niet bewaard worden; niets samengevoegd: {}",
                os_in(lang, why)
            )
        }
        W::KeepOriginal(why) => {
            format!("the original could not be kept; nothing merged: {}", os_in(lang, why))
        }
        W::PutAway(p, why) if nl => format!(
            "samengevoegd, maar de kopie kon niet weggezet worden: {}",
            disk_refused(lang, p, why)
        ),
        W::PutAway(p, why) => {
            format!("merged, but the copy could not be put away: {}", disk_refused(lang, p, why))
        }
        W::Record(why) if nl => format!(
            "samengevoegd, maar zonder verslag kan het niet ongedaan gemaakt worden: {}",
            os(why)
        ),
        W::Record(why) => {
            format!("merged, but without its record it cannot be undone: {}", os_in(lang, why))
        }
        W::Held(p, info) if nl => {
            format!("niets samengevoegd: {} {}", slashed(p), held_by(lang, info))
        }
        W::Held(p, info) => format!("nothing merged: {} {}", slashed(p), held_by(lang, info)),
    }
}

/// Why the autosave-and-lock service did not do what was asked, in words.
pub fn editing_error(lang: Lang, e: &super::editing::EditingError) -> String {
    use super::editing::EditingError as E;
    match e {
        E::WouldLose => lang.pick("niet alles is bewaard", "not everything is saved").into(),
        // Said after "cannot open", "not moved": the meeting or file alone is the reason.
        E::NotLoaded(id) => id.to_string(),
        E::NoMembers => super::document::MEMBERS_PATH.into(),
        E::Exists(p) => slashed(p).to_string(),
        E::UnsafeId(e) => unsafe_id(lang, e),
        E::Disk(p, why) => disk_refused(lang, p, why),
        E::Save(e) => save_error(lang, e),
        E::Autosave(e) => save_error(lang, e),
        E::Lock(e) => lock_error(lang, e),
        E::Edit(e) => crate::domain::strings::edit_error(lang, e),
        E::ReadOnly => read_only(lang).into(),
        E::HeldElsewhere(what, info) => format!("{what}: {}", held_by(lang, info)),
    }
}

/// Why a member's follow-up was not written, in words.
pub fn update_error(lang: Lang, e: &super::updates_write::UpdateError) -> String {
    use super::updates_write::UpdateError as U;
    match (e, lang) {
        (U::Unsafe(e), _) => unsafe_id(lang, e),
        (U::Unreadable(e), Lang::Nl) => format!(
            "{}: kan niet gelezen worden en wordt niet overschreven: {}",
            slashed(&e.path),
            printable(&e.to_string())
        ),
        (U::Unreadable(e), Lang::En) => format!(
            "{}: unreadable, so not written over: {}",
            slashed(&e.path),
            printable(&e.to_string())
        ),
        (U::OtherMember(p, who), Lang::Nl) => {
            format!(
                "{}: dit bestand is van {}; niet geschreven",
                slashed(p),
                printable(who.as_str())
            )
        }
        (U::OtherMember(p, who), Lang::En) => {
            format!("{}: this file is {}'s; not written", slashed(p), printable(who.as_str()))
        }
        (U::Save(e), _) => save_error(lang, e),
    }
}

/// Why the plan was not written, in words: the lock, the unreadable plan or the failed
/// write as the store says them; the refused change as `refused` words it (the verbs and
/// the editor word their own refusals).
pub fn plan_write_error<E>(
    lang: Lang,
    e: &super::plan_write::PlanWriteError<E>,
    refused: impl FnOnce(&E) -> String,
) -> String {
    use super::plan_write::PlanWriteError as W;
    match e {
        W::Locked(e) => lock_error(lang, e),
        W::Unreadable(e) => format!("{}:{}:{}: {}", slashed(&e.path), e.line, e.col, e.message),
        W::Refused(e) => refused(e),
        W::Save(e) => save_error(lang, e),
    }
}
