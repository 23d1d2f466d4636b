//! The words of the vote by name in the editor: its title, each member's vote, the keys.

use crate::domain::meeting::{Vote, Votes};
use crate::i18n::Lang;

/// The list's title: "Stemming bij naam – besluit 3".
pub fn title(lang: Lang, decision: u32) -> String {
    format!(" {} {decision} ", lang.pick("Stemming bij naam – besluit", "Vote by name – decision"))
}

/// A member's vote as the list shows it; none yet: a dot.
pub fn vote(lang: Lang, vote: Option<Vote>) -> &'static str {
    match vote {
        Some(Vote::Yes) => lang.pick("voor", "for"),
        Some(Vote::No) => lang.pick("tegen", "against"),
        Some(Vote::Abstain) => lang.pick("onthouding", "abstains"),
        None => "·",
    }
}

/// What the names set add up to: "9 voor, 2 tegen, 1 onthouding · 3 nog niet".
pub fn counts(lang: Lang, v: Votes, open: usize) -> String {
    let abstentions = crate::export::strings::minutes::abstentions(lang, v.abstain);
    let (yes, no) = (v.yes, v.no);
    match lang {
        Lang::Nl => format!("{yes} voor, {no} tegen, {abstentions} · {open} nog niet"),
        Lang::En => format!("{yes} for, {no} against, {abstentions} · {open} not yet"),
    }
}

/// The keys of the list.
pub fn keys(lang: Lang) -> &'static str {
    lang.pick(
        "v voor · t tegen · o onthouding · spatie wist · V: de rest voor · Enter bewaart · Esc terug",
        "f for · n against · a abstains · space clears · F: the rest for · Enter records · Esc back",
    )
}
