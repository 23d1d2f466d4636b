//! Text from files is shown, never executed: control characters and escape sequences are
//! made visible before anything reaches a terminal.

/// Whether `c` must never reach a terminal or a document as itself: a control character
/// (C0, DEL, C1 such as U+009B, the one-byte CSI) other than newline and tab, or a
/// bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which reorders what is
/// shown after it ("Trojan source").
pub fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How a hostile character is shown: `\u{1b}`, `\u{202e}`.
pub fn visible(c: char) -> String {
    format!("\\u{{{:x}}}", c as u32)
}

/// `text` with every hostile character ([`is_hostile`]) replaced by its visible `\u{..}`.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hostile(c) {
            out.push_str(&visible(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// `value` as pretty JSON in which every hostile character ([`is_hostile`]) is a `\uXXXX`
/// escape: serde_json escapes only C0 controls and would write U+009B or U+202E as they are,
/// for the terminal or the next program to act on.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, InertJson::default());
    match value.serialize(&mut ser) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Writes the items one by one as the pretty JSON array [`json`] makes of them (hostile
/// characters escaped alike) to `writer`, which is never given the whole array at once.
pub fn write_json_seq<W, I>(writer: W, items: I) -> std::io::Result<()>
where
    W: std::io::Write,
    I: IntoIterator,
    I::Item: serde::Serialize,
{
    let mut ser = serde_json::Serializer::with_formatter(writer, InertJson::default());
    serde::Serializer::collect_seq(&mut ser, items).map_err(std::io::Error::from)
}

/// Where the first hostile character of `text` is, and which. Printable ASCII, newline and
/// tab (most of any text) are passed over byte by byte, without decoding characters.
fn first_hostile(text: &str) -> Option<(usize, char)> {
    let other = text.bytes().position(|b| !matches!(b, b' '..=b'~' | b'\n' | b'\t'))?;
    // Every byte before `other` is ASCII, so it starts a character.
    text[other..].char_indices().find(|(_, c)| is_hostile(*c)).map(|(i, c)| (other + i, c))
}

/// serde_json's pretty layout, with hostile characters escaped in strings.
#[derive(Default)]
struct InertJson(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for InertJson {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some((i, c)) = first_hostile(rest) {
            writer.write_all(&rest.as_bytes()[..i])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{:04x}", unit)?;
            }
            rest = &rest[i + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(super::printable("a\u{1b}[2Jb\nc\u{7}"), "a\\u{1b}[2Jb\nc\\u{7}");
        // C1's one-byte CSI, and a right-to-left override that would reorder the line.
        assert_eq!(
            super::printable("x\u{9b}2Jy\u{202e}cba\u{2066}"),
            "x\\u{9b}2Jy\\u{202e}cba\\u{2066}"
        );
    }

    #[test]
    fn json_escapes_what_serde_json_writes_raw() {
        let value = serde_json::json!({ "text": "a\u{9b}b\u{202e}c\u{1b}d \"é\" 😀" });
        let json = super::json(&value);
        assert_eq!(json, "{\n  \"text\": \"a\\u009bb\\u202ec\\u001bd \\\"é\\\" 😀\"\n}");
        assert_eq!(
            json,
            serde_json::to_string_pretty(&value)
                .unwrap()
                .replace('\u{9b}', "\\u009b")
                .replace('\u{202e}', "\\u202e")
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
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

    #[test]
    fn first_hostile_finds_what_a_scan_of_every_character_finds() {
        let naive = |t: &str| t.char_indices().find(|(_, c)| super::is_hostile(*c));
        for text in [
            "",
            "plain ascii\nand a\ttab",
            "del \u{7f} here",
            "café \u{202e} after an accent",
            "a\u{9b}b",
            "\u{2066}first",
            "all é ü ñ, nothing hostile",
            "esc \u{1b}[31m",
        ] {
            assert_eq!(super::first_hostile(text), naive(text), "{text:?}");
        }
    }
}
