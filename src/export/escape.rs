//! Making folder text inert in each output format.
//!
//! Hostile characters ([`crate::text::is_hostile`]: control characters, bidirectional
//! overrides and isolates) are shown as `\u{202e}` in every format, as on the terminal. A
//! numeric character reference (`&#x202E;`) would not do for HTML: the browser turns it back
//! into the override, which then reorders the text after it; and dropping the character
//! silently would hide from the reader that the file holds something odd. The visible
//! marker keeps the text in its order and says what was there.

use crate::text::{is_hostile, visible};

/// Text for HTML and XML content and attribute values: `& < > " '` escaped, and hostile
/// characters and the non-characters U+FFFE and U+FFFF (which XML 1.0 cannot carry) shown
/// as `\u{..}`.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if is_hostile(c) || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {
                out.push_str(&visible(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// Text for a writer that escapes XML itself (the DOCX): hostile characters and the
/// non-characters XML cannot carry shown as `\u{..}`, line breaks and tabs kept.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if is_hostile(c) || matches!(c, '\u{FFFE}' | '\u{FFFF}') => out.push_str(&visible(c)),
            c => out.push(c),
        }
    }
    out
}

/// A CSV cell: quoted, quotes doubled, hostile characters shown as `\u{..}`, a tab made a
/// space, and a leading `= + - @` (which spreadsheets run as a
/// formula) neutralised with a `'`.
pub fn csv(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| match c {
            '\t' => " ".to_owned(),
            c if is_hostile(c) => visible(c),
            c => c.to_string(),
        })
        .collect();
    let inert = if clean.starts_with(['=', '+', '-', '@']) { format!("'{clean}") } else { clean };
    format!("\"{}\"", inert.replace('"', "\"\""))
}

/// Markdown text: hostile characters made visible, and characters that would start markup
/// at a line start or inline (HTML tags among them) escaped.
pub fn markdown(text: &str) -> String {
    let printable = crate::text::printable(text);
    let mut out = String::with_capacity(printable.len());
    for c in printable.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_comes_out_inert() {
        assert_eq!(
            xml("<script>alert('x')</script> & \u{1b}[2J"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; \\u{1b}[2J"
        );
        assert_eq!(xml("a\u{FFFF}b\u{FFFE}c"), "a\\u{ffff}b\\u{fffe}c");
        assert_eq!(csv("=cmd|' /C calc'!A0"), "\"'=cmd|' /C calc'!A0\"");
        assert_eq!(csv("zegt \"ja\""), "\"zegt \"\"ja\"\"\"");
        assert_eq!(markdown("<b>*x*</b>"), "\\<b\\>\\*x\\*\\</b\\>");
        // C1's CSI and a right-to-left override: visible, in the text's own order.
        for hostile in ["a\u{9b}2Jb", "a\u{202e}b"] {
            for out in [xml(hostile), csv(hostile), markdown(hostile)] {
                assert!(!out.chars().any(is_hostile), "{out:?}");
                assert!(out.contains("u{9b}") || out.contains("u{202e}"), "{out:?}");
            }
        }
    }
}
