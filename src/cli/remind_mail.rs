//! `remind --format eml`: one ready-to-send RFC 5322 message per owner, written atomically
//! into the folder the user gave.

use super::ExitCode;
use super::remind::{Reminder, Scope, plain_lists};
use crate::cli::strings::remind as words;
use crate::text::printable;
use std::path::Path;

/// Writes each owner's message into `dir` (made when missing) and lists the files on
/// stdout: `status` when all are written, else 2 with the failures on stderr.
pub fn write_all(dir: &Path, reminders: &[Reminder], scope: &Scope, status: ExitCode) -> ExitCode {
    const COMMAND: &str = "stuurgroep remind";
    let lang = scope.lang;
    if let Err(e) = std::fs::create_dir_all(dir) {
        let shown = crate::store::relpath::slashed(dir).to_string();
        eprintln!("{COMMAND}: {}", printable(&words::cannot_write(lang, &shown, &e.to_string())));
        return 2;
    }
    let mut listed = String::new();
    let mut failed = false;
    for r in reminders {
        let path = dir.join(format!("{}.eml", r.stem));
        let shown = crate::store::relpath::slashed(&path).to_string();
        // The members file has no e-mail addresses (yet): every message goes without To.
        let to: Option<&str> = None;
        match crate::store::atomic::write_atomic(&path, message(r, scope, to).as_bytes()) {
            Ok(()) => listed.push_str(&format!("{}\n", words::written_file(lang, &shown, to))),
            Err(e) => {
                failed = true;
                let line = words::cannot_write(lang, &shown, &e.to_string());
                eprintln!("{COMMAND}: {}", printable(&line));
            }
        }
    }
    if reminders.is_empty() {
        listed = format!("{}\n", words::nothing(lang));
    }
    let code = super::stdio::answer(COMMAND, &printable(&listed), status);
    if failed { 2 } else { code }
}

/// The whole message: headers, a blank line, the body; CRLF line ends, UTF-8 sent as 8bit.
fn message(r: &Reminder, scope: &Scope, to: Option<&str>) -> String {
    let lang = scope.lang;
    let mut headers = Vec::new();
    if let Some(to) = to {
        headers.push(format!("To: {}", encode_words(&format!("{} <{to}>", r.name))));
    }
    headers.push(format!("Subject: {}", encode_words(&words::subject(lang, &r.name, scope.today))));
    // The day reminded on at 08:00 UTC: the same bytes for the same `--on`.
    let date = scope.today.and_hms_opt(8, 0, 0).unwrap_or_default().and_utc();
    headers.push(format!("Date: {}", date.format("%a, %d %b %Y %H:%M:%S +0000")));
    headers.push("MIME-Version: 1.0".into());
    headers.push("Content-Type: text/plain; charset=utf-8".into());
    headers.push("Content-Transfer-Encoding: 8bit".into());
    let mut body = String::new();
    if to.is_none() {
        body.push_str(&words::no_address(lang, &r.name));
        body.push_str("\n\n");
    }
    body.push_str(&words::greeting(lang, &r.name));
    body.push_str("\n\n");
    body.push_str(&plain_lists(r, scope));
    body.push('\n');
    body.push_str(words::closing(lang));
    body.push('\n');
    let text = format!("{}\n\n{body}", headers.join("\n"));
    printable(&text).lines().map(|l| format!("{l}\r\n")).collect()
}

/// A header value as RFC 2047 encoded words ("Q" encoding) when it is not plain ASCII; each
/// word at most 75 characters, folded onto continuation lines.
fn encode_words(value: &str) -> String {
    if value.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
        return value.to_owned();
    }
    const OPEN: &str = "=?utf-8?Q?";
    let mut words = Vec::new();
    let mut current = String::new();
    for c in value.chars() {
        let mut piece = String::new();
        match c {
            ' ' => piece.push('_'),
            c if c.is_ascii_alphanumeric() => piece.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    piece.push_str(&format!("={b:02X}"));
                }
            }
        }
        // A character is never split between words (RFC 2047 section 5).
        if OPEN.len() + current.len() + piece.len() + 2 > 75 {
            words.push(format!("{OPEN}{current}?="));
            current.clear();
        }
        current.push_str(&piece);
    }
    words.push(format!("{OPEN}{current}?="));
    words.join("\n ")
}

#[cfg(test)]
mod tests {
    use super::encode_words;

    #[test]
    fn a_header_with_accents_is_encoded_in_short_words() {
        assert_eq!(encode_words("plain words"), "plain words");
        let encoded = encode_words(
            "Herinnering actiepunten voor Hélène Declercq-Vanderstraeten (2022-11-01)",
        );
        assert!(encoded.starts_with("=?utf-8?Q?Herinnering_"), "{encoded}");
        assert!(encoded.contains("H=C3=A9l=C3=A8ne"), "{encoded}");
        assert!(encoded.lines().count() > 1, "{encoded}");
        assert!(encoded.lines().all(|l| l.trim_start().len() <= 75), "{encoded}");
    }
}
