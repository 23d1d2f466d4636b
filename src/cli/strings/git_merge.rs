//! The words of `stuurgroep git-merge`, git's merge driver.

use crate::i18n::Lang;
use crate::text::printable;

/// Which of the three versions git gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The common ancestor (%O).
    Ancestor,
    /// Ours, the branch merged into (%A).
    Ours,
    /// Theirs, the branch being merged (%B).
    Theirs,
}

/// A version that cannot be read: `why` holds the file, line and column.
pub fn broken(lang: Lang, side: Side, why: &str) -> String {
    let side = match side {
        Side::Ancestor => lang.pick("de gemeenschappelijke voorganger", "the common ancestor"),
        Side::Ours => lang.pick("onze versie", "our version"),
        Side::Theirs => lang.pick(
            "hun versie (de tak die samengevoegd wordt)",
            "their version (the branch being merged)",
        ),
    };
    match lang {
        Lang::Nl => format!("{side} kan niet gelezen worden: {why}; niets samengevoegd"),
        Lang::En => format!("{side} cannot be read: {why}; nothing merged"),
    }
}

/// %P is no file of the folder this driver merges.
pub fn unknown_file(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "{path} is geen vergadering, plan, ledenlijst of opvolgingsbestand; niets samengevoegd"
        ),
        Lang::En => {
            format!("{path} is no meeting, plan, members or update file; nothing merged")
        }
    }
}

/// What is left to choose, and where their version waits.
pub fn choose(lang: Lang, path: &str, copy: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "in {path} is wat beide takken anders veranderden een keuze: {path} houdt onze versie \
             ervan, {copy} de hunne (al het andere is samengevoegd). Kies met `stuurgroep \
             conflicts` of in de app, dan `git add {path}`."
        ),
        Lang::En => format!(
            "in {path}, what both branches changed differently is a choice: {path} holds our \
             version of it, {copy} theirs (everything else is merged). Choose with `stuurgroep \
             conflicts` or in the app, then `git add {path}`."
        ),
    }
}

/// `git-merge` could not keep their version of the choices beside the file, at `copy`.
pub fn merge_copy_not_written(lang: Lang, copy: &str, error: &std::io::Error) -> String {
    let error = printable(&error.to_string());
    match lang {
        Lang::Nl => format!("kan hun versie niet bewaren als {copy}: {error}; niets samengevoegd"),
        Lang::En => format!("cannot keep their version as {copy}: {error}; nothing merged"),
    }
}
