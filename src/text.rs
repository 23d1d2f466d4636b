//! Text from files is shown, never executed: control characters and escape sequences are
//! made visible before anything reaches a terminal.

/// `text` with every control character except newline and tab replaced by `\u{..}`.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(super::printable("a\u{1b}[2Jb\nc\u{7}"), "a\\u{1b}[2Jb\nc\\u{7}");
    }
}
