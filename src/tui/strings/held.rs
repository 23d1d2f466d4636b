//! Why the open meeting is read-only here, or no longer written from here: the editor's
//! header, worded from the service's typed reason (`store::editing::ReadOnly`).

use crate::i18n::Lang;
use crate::store::editing::ReadOnly;
use crate::store::lock::LockInfo;
use crate::store::strings::{held_by, lock_error, save_error};
use crate::text::printable;

/// Why the meeting is read-only: "goedgekeurd verslag", "wordt bewerkt door An ...".
pub fn read_only(lang: Lang, why: &ReadOnly) -> String {
    match (why, lang) {
        (ReadOnly::Frozen, Lang::Nl) => "goedgekeurd verslag".into(),
        (ReadOnly::Frozen, Lang::En) => "approved minutes".into(),
        (ReadOnly::Chosen, Lang::Nl) => "gekozen om alleen te lezen".into(),
        (ReadOnly::Chosen, Lang::En) => "chosen to read only".into(),
        // The store words its own errors and who holds a lock, in either language.
        (ReadOnly::Unsavable(e), _) => save_error(lang, e),
        (ReadOnly::Lock(e), _) => lock_error(lang, e),
        (ReadOnly::HeldBy(info), _) => held_by(lang, info),
    }
}

/// The header of an editor whose lock `by` took over: typing goes on into this app's copy
/// beside the meeting.
pub fn taken_over(lang: Lang, by: &LockInfo) -> String {
    let name = printable(&by.name);
    match lang {
        Lang::Nl => format!("overgenomen door {name}; wat je typt gaat naar je kopie ernaast (c)"),
        Lang::En => {
            format!("taken over by {name}; what you type goes into your copy beside it (c)")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_reads_in_the_users_language() {
        let missing = crate::store::save::SaveError::Missing("meetings/x.ron".into());
        let cases = [
            (ReadOnly::Frozen, "goedgekeurd verslag", "approved minutes"),
            (ReadOnly::Chosen, "gekozen om alleen te lezen", "chosen to read only"),
            (ReadOnly::Unsavable(missing.into()), "op schijf verwijderd", "removed on disk"),
        ];
        for (why, nl, en) in cases {
            assert!(read_only(Lang::Nl, &why).contains(nl), "{why:?}");
            assert!(read_only(Lang::En, &why).contains(en), "{why:?}");
        }
    }
}
