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

/// `text` wrapped at `width` columns, each line after the first indented by `indent` spaces
/// (the first is indented too), paragraphs kept.
pub fn wrap(text: &str, width: usize, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let needed =
                line.chars().count() + word.chars().count() + usize::from(!line.is_empty());
            if !line.is_empty() && indent + needed > width {
                out.push_str(&format!("{pad}{line}\n"));
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            out.push_str(&format!("{pad}{line}\n"));
        }
    }
    out
}

#[cfg(test)]
mod wrap_tests {
    #[test]
    fn wraps_at_the_width_with_an_indent() {
        let wrapped = super::wrap("een twee drie vier vijf\nzes", 14, 2);
        assert_eq!(wrapped, "  een twee\n  drie vier\n  vijf\n  zes\n");
        assert!(wrapped.lines().all(|l| l.chars().count() <= 14));
    }
}

/// `text` folded for matching: lower case, accents dropped ("Initiëren" → "initieren").
/// Done once when an index is built, not per keystroke.
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod fold_tests {
    #[test]
    fn accents_and_case_fold() {
        assert_eq!(super::fold("Initiëren UiT-pas Één"), "initieren uit-pas een");
    }
}
