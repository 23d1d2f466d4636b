//! The command line's words: a folder it could not read in full, arguments that make no
//! sense, the folder summary. The words of shared types are next to those types.

mod commands;
pub mod git_merge;

pub use commands::{BadArgument, SummaryHeading, bad_argument, binary_to_terminal, folder};
pub use commands::{config_unreadable, is_a_folder, summary_heading};

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
