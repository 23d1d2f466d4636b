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
        let to = r.email.as_deref().filter(|a| is_address(a));
        if to.is_none() {
            let warning = words::no_address_warning(lang, &r.name, &shown);
            eprintln!("{COMMAND}: {}", printable(&warning));
        }
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
    if let Some(from) = &scope.from {
        headers.push(format!("From: {}", from.header()));
    }
    if let Some(to) = to {
        let to = Mailbox { name: Some(r.name.clone()), address: to.to_owned() };
        headers.push(format!("To: {}", to.header()));
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

/// A name and address for `From:` and `To:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    /// The display name, if any.
    pub name: Option<String>,
    /// The address.
    pub address: String,
}

impl Mailbox {
    /// As RFC 5322 writes it: a name with specials quoted, one not plain ASCII encoded as
    /// RFC 2047 words (never the address), then the address in angle brackets.
    pub fn header(&self) -> String {
        let Some(name) = self.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
            return self.address.clone();
        };
        let ascii = name.chars().all(|c| c.is_ascii_graphic() || c == ' ');
        let phrase = if !ascii {
            encode_words(name)
        } else if name.chars().any(|c| SPECIALS.contains(c)) {
            format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""))
        } else {
            name.to_owned()
        };
        format!("{phrase} <{}>", self.address)
    }
}

/// RFC 5322's specials: a display name holding one is quoted.
const SPECIALS: &str = "()<>[]:;@\\,.\"";

/// Whether `a` looks like an address that can go into a header as is: one `@` with
/// something on both sides, no spaces, no control characters, no specials but dots.
fn is_address(a: &str) -> bool {
    let plain =
        a.chars().all(|c| c.is_ascii_graphic() && (c == '.' || c == '@' || !SPECIALS.contains(c)));
    let parts = a.split_once('@');
    plain && matches!(parts, Some((l, d)) if !l.is_empty() && !d.is_empty() && !d.contains('@'))
}

/// The sender `value` means: a member id (with their name and address), "Name <address>" or
/// an address; or why not.
pub fn sender(
    value: &str,
    members: Option<&crate::domain::organisation::Members>,
    lang: crate::i18n::Lang,
) -> Result<Mailbox, String> {
    let value = value.trim();
    if let Some(m) = members.and_then(|ms| ms.member(&value.into())) {
        return match m.email.as_deref().filter(|a| is_address(a)) {
            Some(a) => Ok(Mailbox { name: Some(m.name.clone()), address: a.to_owned() }),
            None => Err(words::sender_without_address(lang, &m.name)),
        };
    }
    let (name, address) = match value.rsplit_once('<') {
        Some((name, rest)) => {
            (Some(name.trim().trim_matches('"').to_owned()), rest.trim_end_matches('>').trim())
        }
        None => (None, value),
    };
    if !is_address(address) {
        return Err(words::bad_sender(lang, value));
    }
    Ok(Mailbox { name, address: address.to_owned() })
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
    use super::{Mailbox, encode_words, is_address};

    #[test]
    fn a_mailbox_encodes_or_quotes_its_name_and_never_its_address() {
        let m =
            |name: &str| Mailbox { name: Some(name.into()), address: "a.b@halle.example".into() };
        assert_eq!(m("An Peeters").header(), "An Peeters <a.b@halle.example>");
        assert_eq!(m("Peeters, An").header(), "\"Peeters, An\" <a.b@halle.example>");
        assert_eq!(m("Hélène").header(), "=?utf-8?Q?H=C3=A9l=C3=A8ne?= <a.b@halle.example>");
        assert!(is_address("an.peeters@halle.example"));
        for bad in
            ["an peeters@halle", "@halle", "an@", "a@b@c", "an<x>@halle", "an@halle\r\nBcc: x"]
        {
            assert!(!is_address(bad), "{bad:?}");
        }
    }

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
