//! Making folder text inert in each output format.

/// Text for HTML and XML content and attribute values: `& < > " '` escaped, control
/// characters other than newline and tab, and the non-characters U+FFFE and U+FFFF, dropped
/// (XML 1.0 cannot carry them).
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
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// A CSV cell: quoted, quotes doubled, control characters dropped, and a leading `= + - @`
/// (which spreadsheets run as a formula) neutralised with a `'`.
pub fn csv(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control() || *c == '\n').collect();
    let inert = if clean.starts_with(['=', '+', '-', '@']) { format!("'{clean}") } else { clean };
    format!("\"{}\"", inert.replace('"', "\"\""))
}

/// Markdown text: control characters made visible, and characters that would start markup
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
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; [2J"
        );
        assert_eq!(xml("a\u{FFFF}b\u{FFFE}c"), "abc");
        assert_eq!(csv("=cmd|' /C calc'!A0"), "\"'=cmd|' /C calc'!A0\"");
        assert_eq!(csv("zegt \"ja\""), "\"zegt \"\"ja\"\"\"");
        assert_eq!(markdown("<b>*x*</b>"), "\\<b\\>\\*x\\*\\</b\\>");
    }
}
