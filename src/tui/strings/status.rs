//! The words of the browser's status line: notices after a key or a background job.

use super::editor::unknown_key;
use super::notes::failure;
use crate::i18n::Lang;
use crate::tui::session::Notice;

/// A message on the status line while browsing.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    use Notice as N;
    match notice {
        N::NotSecretary(me) => match lang {
            Lang::Nl => format!(
                " Alleen de secretaris schrijft hier; jij bent {} (w: iemand anders).",
                crate::text::printable(me)
            ),
            Lang::En => format!(
                " Only the body's secretary writes here; you are {} (w: someone else).",
                crate::text::printable(me)
            ),
        },
        N::Identified(me) => match lang {
            Lang::Nl => format!(" Je bent {}.", crate::text::printable(me)),
            Lang::En => format!(" You are {}.", crate::text::printable(me)),
        },
        N::BadDate(t) => match lang {
            Lang::Nl => format!(" Geen datum: {t:?}"),
            Lang::En => format!(" Not a date: {t:?}"),
        },
        N::BadTime(t) => match lang {
            Lang::Nl => format!(" Geen uur: {t:?} (bv. 19:30; leeg: geen)"),
            Lang::En => format!(" Not a time: {t:?} (e.g. 19:30; empty: none)"),
        },
        N::YesOrNo => lang.pick(" j (ja) of n (nee)?", " y (yes) or n (no)?").into(),
        N::StIgnore(Ok(())) => lang.pick(" .stignore aangevuld.", " .stignore extended.").into(),
        N::StIgnore(Err(why)) => match lang {
            Lang::Nl => format!(" .stignore niet aangevuld: {}", crate::text::printable(why)),
            Lang::En => format!(" .stignore not extended: {}", crate::text::printable(why)),
        },
        N::UnknownKey(c) => unknown_key(lang, *c),
        N::KeptAsCopy(rel) => match lang {
            Lang::Nl => format!(
                " Iemand anders wijzigde dit verslag: jouw versie staat ernaast als {}; c om samen te voegen.",
                crate::text::printable(rel)
            ),
            Lang::En => format!(
                " Someone else changed these minutes: your version is beside them as {}; c to merge.",
                crate::text::printable(rel)
            ),
        },
        N::PutBack(rel) => match lang {
            Lang::Nl => {
                format!(" Verslag was verdwenen, weer bewaard: {}", crate::text::printable(rel))
            }
            Lang::En => {
                format!(" The minutes had gone, saved again: {}", crate::text::printable(rel))
            }
        },
        N::Removed(Ok(rel)) => match lang {
            Lang::Nl => {
                format!(" Vergadering verwijderd, opzij gezet in {}", crate::text::printable(rel))
            }
            Lang::En => format!(" Meeting removed, put aside in {}", crate::text::printable(rel)),
        },
        N::Removed(Err(why)) => match lang {
            Lang::Nl => format!(" Vergadering niet verwijderd: {}", failure(lang, why)),
            Lang::En => format!(" Meeting not removed: {}", failure(lang, why)),
        },
        N::Copied(what) => match lang {
            Lang::Nl => format!(" Naar het klembord: {}", crate::text::printable(what)),
            Lang::En => format!(" To the clipboard: {}", crate::text::printable(what)),
        },
        N::CannotOpen(why) => match lang {
            Lang::Nl => format!(" Niet te openen: {}", failure(lang, why)),
            Lang::En => format!(" Cannot open: {}", failure(lang, why)),
        },
    }
}
