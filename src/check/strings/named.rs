//! The words of a vote by name against the rules.

use crate::domain::governance::NameProblem;
use crate::domain::meeting::Votes;
use crate::i18n::Lang;

/// "besluit X: erik-van-laethem stemt bij naam mee, maar meldde een belangenconflict voor dit punt".
pub(in crate::check) fn named_vote(lang: Lang, decision: &str, problem: &NameProblem) -> String {
    let said = match (problem, lang) {
        (NameProblem::Conflicted(m), Lang::Nl) => {
            format!("{m} stemt bij naam mee, maar meldde een belangenconflict voor dit punt")
        }
        (NameProblem::Conflicted(m), Lang::En) => {
            format!("{m} votes by name, but declared a conflict of interest for this item")
        }
        (NameProblem::NotAVoter(m), Lang::Nl) => {
            format!("{m} stemt bij naam mee, maar heeft geen stemrecht of was niet in de zaal")
        }
        (NameProblem::NotAVoter(m), Lang::En) => {
            format!("{m} votes by name, but has no vote or was not in the room")
        }
        (NameProblem::Twice(m), Lang::Nl) => format!("{m} staat twee keer bij de stemming"),
        (NameProblem::Twice(m), Lang::En) => format!("{m} is named twice in the vote"),
        (NameProblem::CountsDiffer { named, counted }, lang) => {
            let counted = counted.map_or_else(|| lang.pick("geen", "none").to_owned(), count);
            match lang {
                Lang::Nl => {
                    format!("de namen tellen op tot {}, de stemming zegt {counted}", count(*named))
                }
                Lang::En => {
                    format!("the names add up to {}, the votes say {counted}", count(*named))
                }
            }
        }
    };
    format!("{} {decision}: {said}", lang.pick("besluit", "decision"))
}

/// "9/2/1": for, against, abstaining.
fn count(v: Votes) -> String {
    format!("{}/{}/{}", v.yes, v.no, v.abstain)
}
