//! The command line's words: a folder it could not read in full, arguments that make no
//! sense, the folder summary. The words of shared types are next to those types.

mod commands;
pub mod git_merge;
pub mod output;
pub mod plan;
pub mod remind;
pub mod update;

pub use commands::{BadArgument, SummaryHeading, bad_argument, binary_to_terminal, folder};
pub use commands::{config_unreadable, is_a_folder, package_failed, summary_heading};

use crate::i18n::Lang;

/// The line above the list of files a command could not read.
pub fn incomplete(lang: Lang, files: usize) -> String {
    match (lang, files) {
        (Lang::Nl, 1) => "1 bestand kon niet gelezen worden; het antwoord laat het weg:".into(),
        (Lang::Nl, n) => {
            format!("{n} bestanden konden niet gelezen worden; het antwoord laat ze weg:")
        }
        (Lang::En, 1) => "1 file could not be read; the answer leaves it out:".into(),
        (Lang::En, n) => format!("{n} files could not be read; the answer leaves them out:"),
    }
}

/// `export minutes` of a meeting whose file cannot be read.
pub fn meeting_unreadable(lang: Lang, meeting: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "de vergadering {meeting:?} staat in een bestand dat niet gelezen kan worden (zie hierboven)"
        ),
        Lang::En => format!("the meeting {meeting:?} is in a file that cannot be read (see above)"),
    }
}

/// `--as` while the members file cannot be read (or is not there): who `id` is is unknown.
pub fn members_unknown(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Nl => format!("kan niet nagaan wie {id:?} is: de leden zijn onbekend"),
        Lang::En => format!("cannot tell who {id:?} is: the members are unknown"),
    }
}

/// What the command line counts; [`count`] gives each its singular and plural.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    /// "besluit" / "decision".
    Decision,
    /// "actiepunt" / "action item".
    ActionItem,
    /// "vergadering" / "meeting".
    Meeting,
    /// "verschil" / "difference".
    Difference,
    /// "fout" / "error".
    Error,
    /// "waarschuwing" / "warning".
    Warning,
    /// "onthouding" / "abstention".
    Abstention,
}

/// A number with its noun, singular for exactly one (as Dutch and English both have it):
/// "1 besluit", "0 besluiten", "2 decisions". Every count the command line prints goes
/// through here.
pub fn count(lang: Lang, n: usize, noun: Noun) -> String {
    let (one, many) = match noun {
        Noun::Decision => lang_pair(lang, ("besluit", "besluiten"), ("decision", "decisions")),
        Noun::ActionItem => {
            lang_pair(lang, ("actiepunt", "actiepunten"), ("action item", "action items"))
        }
        Noun::Meeting => lang_pair(lang, ("vergadering", "vergaderingen"), ("meeting", "meetings")),
        Noun::Difference => {
            lang_pair(lang, ("verschil", "verschillen"), ("difference", "differences"))
        }
        Noun::Error => lang_pair(lang, ("fout", "fouten"), ("error", "errors")),
        Noun::Warning => {
            lang_pair(lang, ("waarschuwing", "waarschuwingen"), ("warning", "warnings"))
        }
        Noun::Abstention => {
            lang_pair(lang, ("onthouding", "onthoudingen"), ("abstention", "abstentions"))
        }
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

fn lang_pair(
    lang: Lang,
    nl: (&'static str, &'static str),
    en: (&'static str, &'static str),
) -> (&'static str, &'static str) {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// What a filter value was meant to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// `--outcome`.
    Outcome,
    /// `--status`.
    Status,
    /// `--body`.
    Body,
    /// `--municipality`.
    Municipality,
}

fn choice_word(lang: Lang, what: Choice) -> &'static str {
    match what {
        Choice::Outcome => lang.pick("onbekende uitkomst", "unknown outcome"),
        Choice::Status => lang.pick("onbekende status", "unknown status"),
        Choice::Body => lang.pick("onbekend orgaan", "unknown body"),
        Choice::Municipality => lang.pick("onbekende gemeente", "unknown municipality"),
    }
}

/// An `--outcome` or `--status` word that is none of them: "onbekende uitkomst "x": kies
/// aangenomen, verworpen, uitgesteld (of adopted, rejected, postponed)".
pub fn unknown_word(lang: Lang, what: Choice, value: &str, ours: &str, theirs: &str) -> String {
    let unknown = choice_word(lang, what);
    match lang {
        Lang::Nl => format!("{unknown} {value:?}: kies {ours} (of {theirs})"),
        Lang::En => format!("{unknown} {value:?}: choose {ours} (or {theirs})"),
    }
}

/// A `--body` or `--municipality` that names none: the message, then each valid one (id and
/// name) on a line of its own.
pub fn unknown_name(lang: Lang, what: Choice, value: &str, valid: &[String]) -> String {
    let mut out = format!(
        "{} {value:?}; {}",
        choice_word(lang, what),
        lang.pick("bekend zijn (id, naam):", "known are (id, name):")
    );
    for line in valid {
        out.push_str(&format!("\n  {line}"));
    }
    out
}

/// How the command line found the folder to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// `--dir`.
    Given,
    /// The current folder holds `data/plan.ron`.
    Here,
    /// A folder above the current one does (the nearest).
    Above,
    /// `$STUURGROEP_DIR`.
    Environment,
    /// The `folder` of the user's config file.
    Config,
    /// None of those: the bundled example.
    Example,
}

/// How the command line found the folder, after its path in the summary.
pub fn found(lang: Lang, source: Found) -> &'static str {
    use Found as S;
    match source {
        S::Given => lang.pick("gegeven met --dir", "given with --dir"),
        S::Here => lang.pick("de huidige map", "the current folder"),
        S::Above => lang.pick("boven de huidige map", "above the current folder"),
        S::Environment => lang.pick("uit $STUURGROEP_DIR", "from $STUURGROEP_DIR"),
        S::Config => lang.pick("uit het configuratiebestand", "from the config file"),
        S::Example => lang.pick("het meegeleverde voorbeeld", "the bundled example"),
    }
}

/// `stuurgroep man DIR` could not write its pages there.
pub fn man_not_written(lang: Lang, dir: &str, error: &std::io::Error) -> String {
    match lang {
        Lang::Nl => format!("kan de handleiding niet schrijven in {dir}: {error}"),
        Lang::En => format!("cannot write the manual pages into {dir}: {error}"),
    }
}

/// `generate` without `--dir`.
pub fn generate_needs_dir(lang: Lang) -> &'static str {
    lang.pick(
        "--dir MAP is nodig: de nieuwe map om te schrijven",
        "--dir PATH is required: the folder to write",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(Lang::Nl, 1, Noun::Abstention), "1 onthouding");
        assert_eq!(count(Lang::Nl, 0, Noun::Abstention), "0 onthoudingen");
        assert_eq!(count(Lang::En, 1, Noun::Meeting), "1 meeting");
        assert_eq!(count(Lang::En, 2, Noun::Warning), "2 warnings");
        assert_eq!(
            crate::tui::strings::conflicts::differences(Lang::Nl, 1, 0),
            "1 verschil, 0 te kiezen"
        );
        assert_eq!(
            crate::tui::strings::conflicts::differences(Lang::En, 3, 1),
            "3 differences, 1 to choose"
        );
        assert_eq!(crate::check::strings::totals(Lang::Nl, 1, 2), "1 fout, 2 waarschuwingen");
    }
}
