//! The command line's words: a folder it could not read in full, arguments that make no
//! sense, the folder summary. The words of shared types are next to those types.

pub mod git_merge;

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
