//! What a command says when what it writes cannot be written (its answer on standard output,
//! a generated folder) or a copy cannot be compared. The operating system's (or parser's) own
//! message comes after the sentence, made printable.

use crate::i18n::Lang;
use crate::text::printable;

/// Standard output refused the answer (a full disk, a terminal gone).
pub fn stdout_failed(lang: Lang, error: &std::io::Error) -> String {
    let error = printable(&error.to_string());
    match lang {
        Lang::Nl => format!("kan het antwoord niet naar de standaarduitvoer schrijven: {error}"),
        Lang::En => format!("cannot write the answer to standard output: {error}"),
    }
}

/// `generate` could not make its folder at `dir`.
pub fn generate_failed(lang: Lang, dir: &str, error: &std::io::Error) -> String {
    let error = printable(&error.to_string());
    match lang {
        Lang::Nl => format!("kan de gegenereerde map niet schrijven in {dir}: {error}"),
        Lang::En => format!("cannot write the generated folder into {dir}: {error}"),
    }
}

/// `conflicts --json`: the copy at `copy` (or its original) cannot be read, so not compared.
pub fn copy_not_compared(lang: Lang, copy: &str, why: &str) -> String {
    let why = printable(why);
    match lang {
        Lang::Nl => format!("kan {copy} niet met het origineel vergelijken: {why}"),
        Lang::En => format!("cannot compare {copy} with its original: {why}"),
    }
}
