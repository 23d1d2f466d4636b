//! Reading and writing RON: deterministic pretty output, and parse errors that name the
//! file, line and column.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

/// Files larger than this are refused: no folder file is anywhere near it, and reading
/// one would stall the app.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Writes `value` as the canonical RON of the folder: pretty, 4-space indents, raw strings
/// for multi-line text (readable in an editor), `Some` left implicit, `\n` line endings and a
/// final newline. The same value always gives the same bytes, on every platform.
pub fn to_ron<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let mut text = ron::ser::to_string_pretty(value, pretty_config())?;
    // A string value can still hold a carriage return (one parsed from a `\r` escape in a
    // hand-written file); written raw, it would make the bytes differ from what loading the
    // file gives back, and so the content hash.
    if text.contains('\r') {
        text = canonical_newlines(&text).into_owned();
    }
    text.push('\n');
    Ok(text)
}

/// The pretty printer's settings. The line ending is set: ron's default is `\r\n` on
/// Windows, which would give other bytes, and so other content hashes, than everywhere else.
pub(super) fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// `text` with every line ending made `\n`: `\r\n` (Notepad, git's `autocrlf`, a sync client
/// on Windows) and a lone `\r` alike, as the editor does with pasted text. Loading a file goes
/// through this, so a file that arrives with CRLF line endings reads as the same content (with
/// the same minutes hash) as the file that was written.
pub fn canonical_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Why a file could not be read, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The file, relative to the folder.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub col: usize,
    /// What was wrong, e.g. "Expected comma".
    pub message: String,
    /// The offending line, control characters made visible.
    pub line_text: String,
    /// The schema version the file claims, when it is newer than this build reads.
    pub newer_version: Option<u32>,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = super::relpath::slashed(&self.path);
        write!(f, "{path}:{}:{}: {}", self.line, self.col, self.message)
    }
}

/// Parses `bytes` (the content of `path`) as a `T`.
pub fn parse<T: DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T, ParseError> {
    let at = |line: usize, col: usize, message: String, text: &str| ParseError {
        path: path.to_owned(),
        line,
        col,
        message,
        line_text: visible_line(text, line),
        newer_version: None,
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(at(
            1,
            1,
            format!(
                "file too large: {} MB (the limit is {} MB)",
                bytes.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            "",
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let (line, col) = end_position(&valid);
            let whole = String::from_utf8_lossy(bytes);
            return Err(at(line, col, "invalid UTF-8: the file is not text".into(), &whole));
        }
    };
    // Lines and columns stay where they were: only the `\r` before a `\n` goes (a lone `\r`
    // becomes the line break an editor shows there).
    let text = &*canonical_newlines(text);
    // Implicit `Some` also without the file saying so: hand-written files leave it out.
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str::<T>(text).map_err(|e| {
        let mut err =
            at(e.span.start.line.max(1), e.span.start.col.max(1), e.code.to_string(), text);
        err.newer_version = declared_version(text).filter(|v| *v > crate::domain::SCHEMA_VERSION);
        err
    })
}

/// The line and column just after `text`.
fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let last = text.rsplit('\n').next().unwrap_or("");
    (line, last.chars().count() + 1)
}

/// Line `line` (1-based) of `text`, with control characters shown as `\u{..}` so that an
/// escape sequence in a broken file never reaches the terminal.
fn visible_line(text: &str, line: usize) -> String {
    let raw = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    crate::text::printable(&raw.chars().take(200).collect::<String>())
}

/// The `version` a file declares as its first field, found without a full parse, so that a
/// file from a newer schema can be named as such even when this build cannot parse it.
pub fn declared_version(text: &str) -> Option<u32> {
    let mut rest = text.trim_start();
    while let Some(after) = rest.strip_prefix("#![") {
        rest = after.split_once(']')?.1.trim_start();
        // `#![enable(implicit_some)]` has a `)` before the `]`; split_once on ']' handles it.
    }
    let rest = rest.strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_version_is_found_behind_attributes() {
        assert_eq!(declared_version("#![enable(implicit_some)]\n(\n    version: 7,\n"), Some(7));
        assert_eq!(declared_version("(version:2)"), Some(2));
        assert_eq!(declared_version("(id: 1, version: 2)"), None);
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = parse::<u32>(Path::new("x.ron"), b"12\nab\xffcd").unwrap_err();
        assert_eq!((err.line, err.col), (2, 3));
    }

    #[test]
    fn the_line_ending_is_set_to_newline_whatever_the_platform() {
        // ron's own default is "\r\n" on Windows: on Linux only this assertion notices a
        // config that leaves it unset.
        assert_eq!(pretty_config().new_line, "\n");
        let text = to_ron(&vec![("a".to_owned(), "one\ntwo\r\nthree\rfour".to_owned())]).unwrap();
        assert!(!text.contains('\r'), "{text:?}");
        assert!(text.contains("one\ntwo\nthree\nfour"), "{text:?}");
    }

    #[test]
    fn crlf_and_lone_cr_become_newline_and_nothing_else_changes() {
        assert_eq!(canonical_newlines("a\r\nb\rc\n\r\n"), "a\nb\nc\n\n");
        assert!(matches!(canonical_newlines("a\nb"), Cow::Borrowed("a\nb")));
    }

    #[test]
    fn a_crlf_file_parses_to_the_value_of_the_lf_file() {
        let value = vec!["first line\nsecond line".to_owned(), "x".to_owned()];
        let lf = to_ron(&value).unwrap();
        let crlf = lf.replace('\n', "\r\n");
        let parsed: Vec<String> = parse(Path::new("x.ron"), crlf.as_bytes()).unwrap();
        assert_eq!(parsed, value);
        assert_eq!(to_ron(&parsed).unwrap(), lf);
    }

    #[test]
    fn a_crlf_file_s_errors_are_located_on_the_same_line_and_column() {
        let err = parse::<Vec<u32>>(Path::new("x.ron"), b"[\r\n  1,\r\n  x,\r\n]").unwrap_err();
        assert_eq!((err.line, err.col), (3, 3));
    }

    #[test]
    fn control_characters_in_the_shown_line_are_made_visible() {
        assert_eq!(visible_line("a\u{1b}[31mb", 1), "a\\u{1b}[31mb");
    }
}
