//! Filter values as a member types them: an outcome or a status in Dutch or English, a body or
//! a municipality by (part of) its name, all folded as search folds them (case, accents,
//! spaces and hyphens), and an unknown one answered with the list of valid ones.

use crate::cli::strings::{Choice, unknown_name, unknown_word};
use crate::domain::meeting::Outcome;
use crate::i18n::Lang;
use crate::text::fold;
use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};

/// An `--outcome` or `--status` value left as typed, so that the command can answer a wrong
/// one in the user's language; `--help` and the completions list the words it takes.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub &'static [&'static str]);

impl TypedValueParser for Words {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().map(|w| PossibleValue::new(*w))))
    }
}

/// The words `--outcome` takes, English first.
pub const OUTCOME_WORDS: Words =
    Words(&["adopted", "rejected", "postponed", "aangenomen", "verworpen", "uitgesteld"]);

/// The words `--status` takes, English first.
pub const STATUS_WORDS: Words = Words(&[
    "open",
    "overdue",
    "done",
    "dropped",
    "te-laat",
    "achterstallig",
    "afgerond",
    "klaar",
    "geschrapt",
]);

/// An action item's status as `--status` asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not done yet (the overdue ones too).
    Open,
    /// Not done and past its due date.
    Overdue,
    /// Done.
    Done,
    /// Dropped.
    Dropped,
}

/// A value with its English word, its Dutch word, and other Dutch words that mean it.
type Row<T> = (T, &'static str, &'static str, &'static [&'static str]);

const OUTCOMES: [Row<Outcome>; 3] = [
    (Outcome::Adopted, "adopted", "aangenomen", &[]),
    (Outcome::Rejected, "rejected", "verworpen", &[]),
    (Outcome::Postponed, "postponed", "uitgesteld", &[]),
];

const STATUSES: [Row<Status>; 4] = [
    (Status::Open, "open", "open", &[]),
    (Status::Overdue, "overdue", "te laat", &["achterstallig"]),
    (Status::Done, "done", "afgerond", &["klaar"]),
    (Status::Dropped, "dropped", "geschrapt", &[]),
];

/// A word as filters compare it: folded, and without spaces, hyphens or other marks
/// ("Te-Laat" and "te laat" are one word).
fn key(value: &str) -> String {
    fold(value).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The value `word` means in `rows`, or the message listing the words it could have been.
fn pick<T: Copy>(rows: &[Row<T>], word: &str, what: Choice, lang: Lang) -> Result<T, String> {
    let wanted = key(word);
    let found = rows.iter().find(|(_, en, nl, more)| {
        !wanted.is_empty() && [*en, *nl].iter().chain(more.iter()).any(|w| key(w) == wanted)
    });
    found.map(|row| row.0).ok_or_else(|| {
        // The user's language first, then the other's words that differ.
        let (first, second): (Vec<&str>, Vec<&str>) = match lang {
            Lang::Nl => rows.iter().map(|r| (r.2, r.1)).unzip(),
            Lang::En => rows.iter().map(|r| (r.1, r.2)).unzip(),
        };
        let second: Vec<&str> = second.into_iter().filter(|w| !first.contains(w)).collect();
        unknown_word(lang, what, word, &first.join(", "), &second.join(", "))
    })
}

/// The outcome an `--outcome` value means: Dutch or English, any case.
pub fn outcome(word: &str, lang: Lang) -> Result<Outcome, String> {
    pick(&OUTCOMES, word, Choice::Outcome, lang)
}

/// The status a `--status` value means: Dutch or English, any case.
pub fn status(word: &str, lang: Lang) -> Result<Status, String> {
    pick(&STATUSES, word, Choice::Status, lang)
}

/// The ids of the `(id, name)` entries that `value` names, as search would find them: an
/// entry whose id or name is the value (folded) alone; else every entry where each word of
/// the value starts a word of its id or name, or the value run together starts the name run
/// together ("sint pieters" and "sintpieters" both find Sint-Pieters-Leeuw). None: the
/// message listing every entry.
pub fn named<'a>(
    entries: &[(&'a str, &'a str)],
    value: &str,
    what: Choice,
    lang: Lang,
) -> Result<Vec<&'a str>, String> {
    let wanted = key(value);
    let exact = entries.iter().find(|(id, name)| key(id) == wanted || key(name) == wanted);
    if let Some((id, _)) = exact.filter(|_| !wanted.is_empty()) {
        return Ok(vec![id]);
    }
    let words: Vec<String> = fold(value)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let found: Vec<&str> = entries
        .iter()
        .filter(|(id, name)| {
            let theirs = fold(&format!("{id} {name}"));
            let theirs: Vec<&str> = theirs.split(|c: char| !c.is_alphanumeric()).collect();
            let each = words.iter().all(|w| theirs.iter().any(|t| t.starts_with(w.as_str())));
            let joined = key(name).starts_with(&wanted) || key(id).starts_with(&wanted);
            !words.is_empty() && (each || joined)
        })
        .map(|(id, _)| *id)
        .collect();
    if found.is_empty() {
        let valid: Vec<String> =
            entries.iter().map(|(id, name)| format!("{id:<24} {name}")).collect();
        Err(unknown_name(lang, what, value, &valid))
    } else {
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_and_statuses_come_in_either_language_and_any_case() {
        assert_eq!(outcome("Aangenomen", Lang::En), Ok(Outcome::Adopted));
        assert_eq!(outcome("REJECTED", Lang::Nl), Ok(Outcome::Rejected));
        assert_eq!(status("te laat", Lang::Nl), Ok(Status::Overdue));
        assert_eq!(status("Achterstallig", Lang::Nl), Ok(Status::Overdue));
        assert_eq!(status("klaar", Lang::En), Ok(Status::Done));
        assert!(outcome("", Lang::Nl).is_err());
        // Every word --help lists is taken.
        for w in OUTCOME_WORDS.0 {
            assert!(outcome(w, Lang::Nl).is_ok(), "{w}");
        }
        for w in STATUS_WORDS.0 {
            assert!(status(w, Lang::Nl).is_ok(), "{w}");
        }
    }

    #[test]
    fn names_match_as_search_matches() {
        let list =
            [("sint-pieters-leeuw", "Sint-Pieters-Leeuw"), ("halle", "Halle"), ("herne", "Herne")];
        let find = |v: &str| named(&list, v, Choice::Municipality, Lang::Nl);
        assert_eq!(find("sint pieters leeuw"), Ok(vec!["sint-pieters-leeuw"]));
        assert_eq!(find("SINTPIETERS"), Ok(vec!["sint-pieters-leeuw"]));
        assert_eq!(find("leeuw"), Ok(vec!["sint-pieters-leeuw"]));
        assert_eq!(find("h"), Ok(vec!["halle", "herne"]));
        assert_eq!(find("Hallé"), Ok(vec!["halle"]));
        let error = find("Lier").unwrap_err();
        assert!(error.contains("\"Lier\"") && error.contains("Sint-Pieters-Leeuw"), "{error}");
        assert!(find(" - ").is_err());
    }
}
