//! Words of the minutes and the list of decisions, as documents (Markdown, HTML).

use crate::i18n::Lang;

/// A fixed word or heading of the documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// "Verslag".
    Minutes,
    /// "Besluitenlijst".
    DecisionList,
    /// "Datum".
    Date,
    /// "Uur".
    Time,
    /// "Plaats".
    Place,
    /// "Voorzitter".
    Chair,
    /// "Secretaris".
    Secretary,
    /// "Aanwezig".
    Present,
    /// "Verontschuldigd".
    Excused,
    /// "Afwezig".
    Absent,
    /// "Gasten".
    Guests,
    /// "Besluit".
    Decision,
    /// "Stemming".
    Vote,
    /// "voor".
    Yes,
    /// "tegen".
    No,
    /// "onthouding".
    Abstain,
    /// "Doelstelling".
    Objectives,
    /// "Wijzigt".
    Amends,
    /// "Vervangt".
    Supersedes,
    /// "Actiepunten".
    Actions,
    /// "Wie".
    Owner,
    /// "Tegen" (due date).
    Due,
    /// "Opvolging".
    FollowUps,
    /// "Status van het verslag".
    Status,
    /// "Keurt goed".
    Approves,
    /// "Geen besluiten in deze periode."
    NoDecisions,
    /// "Agendapunt".
    Item,
}

/// The word in `lang`.
pub fn word(lang: Lang, w: Word) -> &'static str {
    use Word as W;
    let (nl, en) = match w {
        W::Minutes => ("Verslag", "Minutes"),
        W::DecisionList => ("Besluitenlijst", "List of decisions"),
        W::Date => ("Datum", "Date"),
        W::Time => ("Uur", "Time"),
        W::Place => ("Plaats", "Place"),
        W::Chair => ("Voorzitter", "Chair"),
        W::Secretary => ("Secretaris", "Secretary"),
        W::Present => ("Aanwezig", "Present"),
        W::Excused => ("Verontschuldigd", "Excused"),
        W::Absent => ("Afwezig", "Absent"),
        W::Guests => ("Gasten", "Guests"),
        W::Decision => ("Besluit", "Decision"),
        W::Vote => ("Stemming", "Vote"),
        W::Yes => ("voor", "for"),
        W::No => ("tegen", "against"),
        W::Abstain => ("onthouding", "abstaining"),
        W::Objectives => ("Doelstelling", "Objective"),
        W::Amends => ("Wijzigt", "Amends"),
        W::Supersedes => ("Vervangt", "Supersedes"),
        W::Actions => ("Actiepunten", "Action items"),
        W::Owner => ("Wie", "Who"),
        W::Due => ("Tegen", "Due"),
        W::FollowUps => ("Opvolging", "Follow-up"),
        W::Status => ("Status van het verslag", "Status of the minutes"),
        W::Approves => ("Keurt goed", "Approves"),
        W::NoDecisions => ("Geen besluiten in deze periode.", "No decisions in this period."),
        W::Item => ("Agendapunt", "Agenda item"),
    };
    lang.pick(nl, en)
}
