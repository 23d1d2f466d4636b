//! The words of the popup in which a member reports on their own action item.

use crate::domain::meeting::FollowUpStatus;
use crate::i18n::Lang;

/// The popup's title: what is reported on.
pub fn title(lang: Lang, action: &str) -> String {
    match lang {
        Lang::Nl => format!("Melden: {action}"),
        Lang::En => format!("Report: {action}"),
    }
}

/// The label before the statuses.
pub fn status(lang: Lang) -> &'static str {
    lang.pick("Stand:", "Status:")
}

/// A status as the popup offers it.
pub fn status_word(lang: Lang, status: FollowUpStatus) -> &'static str {
    crate::domain::strings::follow_up_status(lang, status)
}

/// The label above the note.
pub fn note(lang: Lang) -> &'static str {
    lang.pick("Notitie:", "Note:")
}

/// The keys of the popup.
pub fn keys(lang: Lang) -> &'static str {
    lang.pick(
        "Tab: andere stand · Enter: melden · Esc: annuleren",
        "Tab: other status · Enter: report · Esc: cancel",
    )
}

/// What the follow-up item of the next meeting says of an action item its owner reported on.
pub fn by_owner(lang: Lang) -> &'static str {
    lang.pick("gemeld door de eigenaar", "reported by the owner")
}
