//! Words of the conflicts view in the app (the merge's own words are in
//! `domain/merge/strings.rs`).

use crate::i18n::Lang;

/// Words of the conflicts view in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Its title.
    Title,
    /// "Merged; the copy is now in".
    Merged,
    /// "The copy was put in".
    PutAway,
    /// "Not saved".
    NotSaved,
    /// Some elements still need a choice.
    Undecided,
    /// A copy of approved minutes, in the list.
    Tampering,
    /// A copy of a file that is not a meeting, in the list.
    NotAMeeting,
    /// A copy or original that cannot be read, in the list.
    Unreadable,
    /// The ancestor was found.
    AncestorFound,
    /// "Merge undone; restored".
    Undone,
    /// "Identical to the original; put away in".
    PutAwayIdentical,
    /// The copy being merged went from the folder.
    Gone,
    /// The title of the question before putting away a copy that holds more.
    PutAwayTitle,
    /// The keys of that question.
    PutAwayKeys,
    /// Marks a line only the original has.
    OnlyOriginal,
    /// Marks a line only the copy has.
    OnlyCopy,
    /// Taking the copy's version without an ancestor: what disappears, and press again.
    ConfirmCopy,
    /// No ancestor.
    NoAncestor,
    /// Pane title.
    Original,
    /// Pane title.
    Copy,
    /// The choice made.
    ToOriginal,
    /// The choice made.
    ToCopy,
    /// The choice made.
    ToBoth,
}

/// A word of the conflicts view.
pub fn view(lang: Lang, v: View) -> &'static str {
    let (nl, en) = match v {
        View::Title => ("Conflictkopieën", "Conflict copies"),
        View::Merged => ("Samengevoegd; de kopie staat nu in", "Merged; the copy is now in"),
        View::Undone => ("Samenvoegen ongedaan gemaakt; hersteld:", "Merge undone; restored:"),
        View::Gone => (
            "Elders samengevoegd of weggezet, niet meer in de map:",
            "Merged or put away elsewhere, no longer in the folder:",
        ),
        View::PutAwayIdentical => {
            ("Identiek aan het origineel; weggezet in", "Identical to the original; put away in")
        }
        View::PutAwayTitle => (
            " De kopie bevat wat het origineel mist: toch wegzetten? ",
            " The copy holds what the original lacks: put it away anyway? ",
        ),
        View::PutAwayKeys => (
            " j wegzetten (bewaard in .stuurgroep/resolved/, niet in de gegevens) · andere toets: niet",
            " y put away (kept in .stuurgroep/resolved/, not in the data) · any other key: don't",
        ),
        View::OnlyOriginal => ("  origineel: ", "  original: "),
        View::OnlyCopy => ("  kopie:     ", "  copy:     "),
        View::ConfirmCopy => (
            "Zonder voorouder verdwijnt de versie van het origineel; nog eens c om de kopie te nemen:",
            "Without an ancestor the original's version disappears; c again to take the copy's:",
        ),
        View::PutAway => ("Kopie weggezet in", "Copy put away in"),
        View::NotSaved => ("Niet bewaard", "Not saved"),
        View::Undecided => ("Eerst elk rood element kiezen.", "Choose every red element first."),
        View::Tampering => ("goedgekeurd verslag: geknoei?", "approved minutes: tampering?"),
        View::NotAMeeting => (
            "geen vergadering: met de hand samenvoegen, dan w",
            "not a meeting: merge by hand, then w",
        ),
        View::Unreadable => ("onleesbaar", "unreadable"),
        View::AncestorFound => ("voorouder gevonden", "ancestor found"),
        View::NoAncestor => {
            ("geen voorouder: alles is een keuze", "no ancestor: everything is a choice")
        }
        View::Original => (" Origineel ", " Original "),
        View::Copy => (" Kopie ", " Copy "),
        View::ToOriginal => (" → origineel", " → original"),
        View::ToCopy => (" → kopie", " → copy"),
        View::ToBoth => (" → beide", " → both"),
    };
    lang.pick(nl, en)
}

/// "3 verschillen, 1 te kiezen".
pub fn differences(lang: Lang, all: usize, choose: usize) -> String {
    let all = crate::i18n::plural(
        all,
        lang.pick("verschil", "difference"),
        lang.pick("verschillen", "differences"),
    );
    match lang {
        Lang::Nl => format!("{all}, {choose} te kiezen"),
        Lang::En => format!("{all}, {choose} to choose"),
    }
}
