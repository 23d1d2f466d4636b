//! What every command writes: its answer on stdout, written so that a reader that goes away
//! (`| head`) ends the command quietly, and the files it could not read named on stderr.

use super::ExitCode;
use crate::check::finding::FindingKind;
use crate::check::strings::finding;
use crate::cli::strings::incomplete;
use crate::i18n::Lang;
use crate::store::Folder;
use crate::store::strings::cannot_open;
use crate::text::printable;
use std::io::{BufWriter, ErrorKind, StdoutLock, Write};
use std::path::Path;

/// Writes `text` to standard output and flushes it.
pub fn emit(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The language the command speaks, set once when the command line is read: every command's
/// answer passes through [`written`], which would otherwise need it from each of them.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// Sets the language [`written`] says a failed answer in (the first call wins).
pub fn speak(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The exit status once the answer is written. A closed pipe is not an error: the reader has
/// what it wanted (as `head` does), so the command keeps its status and says nothing. Any
/// other write error is named on stderr, in the user's language, and is status 2.
pub fn written(command: &str, result: std::io::Result<()>, status: ExitCode) -> ExitCode {
    match result {
        Ok(()) => status,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => status,
        Err(e) => {
            let lang = LANG.get().copied().unwrap_or_default();
            eprintln!("{command}: {}", crate::cli::strings::output::stdout_failed(lang, &e));
            2
        }
    }
}

/// `emit`, then `written`.
pub fn answer(command: &str, text: &str, status: ExitCode) -> ExitCode {
    written(command, emit(text), status)
}

/// Standard output behind one buffer: an answer written to it goes out in large pieces as
/// it is made, and is never held whole. Flush it at the end, and give what that gave to
/// [`written`].
pub fn buffered_stdout() -> BufWriter<StdoutLock<'static>> {
    BufWriter::with_capacity(64 * 1024, std::io::stdout().lock())
}

/// A value written as its `Display` text: a JSON string made as it is written.
pub struct Shown<T>(pub T);

impl<T: std::fmt::Display> serde::Serialize for Shown<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// Loads the folder at `dir` keeping of each meeting only what `keep` makes of it (see
/// `load_folder_keeping`) through the user's cache, or says on stderr why it cannot (then
/// exit with 2).
pub fn open_keeping<U: Send>(
    dir: &Path,
    command: &str,
    lang: Lang,
    keep: impl Fn(crate::store::LoadedFile<crate::domain::meeting::Meeting>) -> U + Sync,
) -> Result<(Folder, Vec<U>), ExitCode> {
    crate::store::load::load_folder_keeping_cached(dir, keep).map_err(|e| {
        eprintln!("{command}: {}", cannot_open(lang, &e));
        2
    })
}

/// Loads the folder at `dir` through the user's cache of parsed documents (see
/// `store::cache`), or says on stderr why it cannot (then exit with 2).
pub fn open_cached(dir: &Path, command: &str, lang: Lang) -> Result<Folder, ExitCode> {
    crate::store::load::load_folder_cached(dir).map_err(|e| {
        eprintln!("{command}: {}", cannot_open(lang, &e));
        2
    })
}

/// Names on stderr each file of the folder that could not be read (where, and what was
/// expected) and says that the answer leaves them out: 1 when there is one, else 0.
pub fn unreadable(folder: &Folder, command: &str, lang: Lang) -> ExitCode {
    let total = folder.errors.len() + folder.not_files.len();
    if total == 0 {
        return 0;
    }
    let mut out = format!("{command}: {}\n", incomplete(lang, total));
    for (_, line) in broken(folder, lang) {
        out.push_str(&format!("  {line}\n"));
    }
    // stderr closed too: nothing left to tell anyone.
    let _ = std::io::stderr().lock().write_all(printable(&out).as_bytes());
    1
}

/// Each file of the folder that could not be read, as `path:line:col: what was wrong` (a
/// link or a folder has no place in it: just its path).
pub fn broken(folder: &Folder, lang: Lang) -> Vec<(&Path, String)> {
    let parse = folder.errors.iter().map(|e| {
        let kind = FindingKind::Unreadable {
            message: e.message.clone(),
            line_text: e.line_text.clone(),
            newer_version: e.newer_version,
        };
        let line = format!("{}:{}:{}: ", crate::store::relpath::slashed(&e.path), e.line, e.col);
        (e.path.as_path(), line + &finding(lang, &kind))
    });
    let not_files = folder.not_files.iter().map(|n| {
        let kind = FindingKind::NotAFile { link: n.link };
        (
            n.path.as_path(),
            format!("{}: {}", crate::store::relpath::slashed(&n.path), finding(lang, &kind)),
        )
    });
    parse.chain(not_files).collect()
}
