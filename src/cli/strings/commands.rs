//! The words of the commands: their arguments, the folder summary, where an export goes.

use crate::i18n::Lang;

/// "map" / "folder".
pub fn folder(lang: Lang) -> &'static str {
    lang.pick("map", "folder")
}

/// Headings of the folder summary.
pub fn summary_heading(lang: Lang, what: SummaryHeading) -> &'static str {
    match what {
        SummaryHeading::Objectives => lang.pick("Doelstellingen vandaag", "Objectives today"),
        SummaryHeading::LatestMeetings => lang.pick("Laatste vergaderingen", "Latest meetings"),
        SummaryHeading::Hint => lang.pick(
            "`stuurgroep` in een terminal opent de app; `stuurgroep check` valideert de map.",
            "`stuurgroep` in a terminal opens the app; `stuurgroep check` validates the folder.",
        ),
    }
}

/// The headings of [`summary_heading`].
#[derive(Debug, Clone, Copy)]
pub enum SummaryHeading {
    /// Above the objectives tree.
    Objectives,
    /// Above the list of meetings.
    LatestMeetings,
    /// The closing hint.
    Hint,
}

/// A command-line argument that makes no sense.
pub fn bad_argument(lang: Lang, what: BadArgument, value: &str) -> String {
    match (what, lang) {
        (BadArgument::Date, Lang::Nl) => {
            format!("ongeldige datum {value:?}: schrijf 2021-03-16, 2021-03 of 2021")
        }
        (BadArgument::Date, Lang::En) => {
            format!("invalid date {value:?}: write 2021-03-16, 2021-03 or 2021")
        }
        (BadArgument::Objective, Lang::Nl) => format!(
            "onbekende doelstelling {value:?}: geef een code zoals \"SD2 OD1\" (ook een oude) of een id"
        ),
        (BadArgument::Objective, Lang::En) => format!(
            "unknown objective {value:?}: give a code like \"SD2 OD1\" (an old one works too) or an id"
        ),
        (BadArgument::Meeting, Lang::Nl) => {
            format!("onbekende vergadering {value:?}: geef een id zoals 2021-03-16-stuurgroep")
        }
        (BadArgument::Meeting, Lang::En) => {
            format!("unknown meeting {value:?}: give an id like 2021-03-16-stuurgroep")
        }
        (BadArgument::Body, Lang::Nl) => format!("onbekend orgaan {value:?}"),
        (BadArgument::Body, Lang::En) => format!("unknown body {value:?}"),
        (BadArgument::Member, Lang::Nl) => format!("onbekend lid {value:?}"),
        (BadArgument::Member, Lang::En) => format!("unknown member {value:?}"),
        (BadArgument::Municipality, Lang::Nl) => format!("onbekende gemeente {value:?}"),
        (BadArgument::Municipality, Lang::En) => format!("unknown municipality {value:?}"),
    }
}

/// What kind of argument was wrong.
#[derive(Debug, Clone, Copy)]
pub enum BadArgument {
    /// `--from`, `--to`.
    Date,
    /// `--od`.
    Objective,
    /// `--body`.
    Body,
    /// A meeting id.
    Meeting,
    /// `--owner`.
    Member,
    /// `--municipality`.
    Municipality,
}

/// Refusing to write a binary document to a terminal.
pub fn binary_to_terminal(lang: Lang) -> &'static str {
    lang.pick(
        "een ODT-bestand is binair: schrijf het naar een bestand met -o BESTAND.odt",
        "an ODT file is binary: write it to a file with -o FILE.odt",
    )
}

/// `-o` names a folder, not a file.
pub fn is_a_folder(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Nl => format!("{path} is een map: geef een bestandsnaam"),
        Lang::En => format!("{path} is a folder: give a file name"),
    }
}

/// Building an ODT or DOCX document (`format`) failed before anything was written; `e` is
/// the library's or OS's message, framed in the user's words like the disk errors.
pub fn package_failed(lang: Lang, format: &str, e: &std::io::Error) -> String {
    let why = crate::text::printable(&e.to_string());
    match lang {
        Lang::Nl => format!("het {format}-bestand kon niet opgebouwd worden ({why})"),
        Lang::En => format!("the {format} file could not be built ({why})"),
    }
}

/// The user's settings file cannot be read (`why` names it, with line and column): the
/// defaults hold.
pub fn config_unreadable(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Nl => format!("instellingen niet gelezen, de standaard geldt: {why}"),
        Lang::En => format!("settings not read, the defaults hold: {why}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_package_is_framed_in_the_users_language() {
        let e = std::io::Error::other("invalid Zip archive");
        assert_eq!(
            package_failed(Lang::Nl, "ODT", &e),
            "het ODT-bestand kon niet opgebouwd worden (invalid Zip archive)"
        );
        assert_eq!(
            package_failed(Lang::En, "DOCX", &e),
            "the DOCX file could not be built (invalid Zip archive)"
        );
    }
}
