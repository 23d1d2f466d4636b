//! Finds where in a file a finding points, by searching the text for what it is about.
//! Files are read only when a finding needs a place, so a clean folder costs nothing.
//!
//! A value can be spelled in several ways in a RON file: `"piet\\x"`, `r#"piet\x"#`, or with
//! `\u{1b}` for a control character. Needles are spelled plainly (`"piet\x"`), and searched
//! in a plain view of the file where every string literal is written as `"its value"`, each
//! character of that view remembering its line and column in the file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Lazily reads files and finds the n-th occurrence of a needle.
#[derive(Default)]
pub struct Locator {
    root: PathBuf,
    texts: HashMap<PathBuf, Plain>,
    /// How many times each (file, needle) was asked for, so that repeated findings
    /// about the same text point at successive occurrences.
    asked: HashMap<(PathBuf, String), usize>,
}

impl Locator {
    /// A locator over the folder at `root`.
    pub fn new(root: &Path) -> Self {
        Self { root: root.to_owned(), ..Self::default() }
    }

    /// The line and column of the next occurrence of `needle` in `path`, if any.
    pub fn next(&mut self, path: &Path, needle: &str) -> Option<(usize, usize)> {
        let asked = self.asked.entry((path.to_owned(), needle.to_owned())).or_insert(0);
        let n = *asked;
        *asked += 1;
        self.nth(path, needle, n)
    }

    /// The line and column of occurrence `n` (0-based) of `needle` in `path`, or of the last
    /// one if there are fewer.
    pub fn nth(&mut self, path: &Path, needle: &str, n: usize) -> Option<(usize, usize)> {
        let plain = self.texts.entry(path.to_owned()).or_insert_with(|| {
            Plain::of(&std::fs::read_to_string(self.root.join(path)).unwrap_or_default())
        });
        let text = &plain.text;
        let found = text.match_indices(needle).nth(n).or_else(|| text.match_indices(needle).last());
        found.and_then(|(offset, _)| plain.at.get(offset).copied())
    }

    /// The line and column of the first `needle` after occurrence `n` (0-based) of `anchor`
    /// in `path` (a member's name within one decision, say); else where the anchor is.
    pub fn after(
        &mut self,
        path: &Path,
        anchor: &str,
        n: usize,
        needle: &str,
    ) -> Option<(usize, usize)> {
        let at = self.nth(path, anchor, n)?;
        let plain = self.texts.get(path)?;
        let from = plain.at.iter().position(|p| *p == at)?;
        let found = plain.text[from..].find(needle).map(|o| from + o);
        found.and_then(|offset| plain.at.get(offset).copied()).or(Some(at))
    }
}

/// A file's text with its string literals decoded, and where each byte of it came from.
#[derive(Default)]
struct Plain {
    text: String,
    /// Line and column in the file of the character that gave each byte of `text`.
    at: Vec<(usize, usize)>,
}

impl Plain {
    fn of(source: &str) -> Self {
        let chars: Vec<char> = source.chars().collect();
        let mut places = Vec::with_capacity(chars.len());
        let (mut line, mut col) = (1, 1);
        for c in &chars {
            places.push((line, col));
            (line, col) = if *c == '\n' { (line + 1, 1) } else { (line, col + 1) };
        }
        let mut plain = Plain::default();
        let mut i = 0;
        while let Some(&c) = chars.get(i) {
            i += match (c, raw_string_start(&chars[i..])) {
                ('"', _) => plain.quoted(&chars[i..], &places[i..]),
                (_, Some(hashes)) => plain.raw(&chars[i..], &places[i..], hashes),
                _ => {
                    plain.push(c, places[i]);
                    1
                }
            };
        }
        plain
    }

    fn push(&mut self, c: char, at: (usize, usize)) {
        self.text.push(c);
        self.at.extend(std::iter::repeat_n(at, c.len_utf8()));
    }

    /// A `"…"` literal at the start of `chars`, decoded; returns how many chars it took.
    fn quoted(&mut self, chars: &[char], places: &[(usize, usize)]) -> usize {
        self.push('"', places[0]);
        let mut i = 1;
        while let Some(&c) = chars.get(i) {
            match c {
                '"' => {
                    self.push('"', places[i]);
                    return i + 1;
                }
                '\\' => {
                    let (value, used) = unescape(&chars[i + 1..]);
                    self.push(value, places[i]);
                    i += 1 + used;
                }
                _ => {
                    self.push(c, places[i]);
                    i += 1;
                }
            }
        }
        i
    }

    /// A raw literal `r#"…"#` with `hashes` hashes at the start of `chars`, as `"…"`.
    fn raw(&mut self, chars: &[char], places: &[(usize, usize)], hashes: usize) -> usize {
        self.push('"', places[0]);
        let close: Vec<char> =
            std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
        let mut i = hashes + 2;
        while let Some(&c) = chars.get(i) {
            if chars[i..].starts_with(&close) {
                self.push('"', places[i]);
                return i + close.len();
            }
            self.push(c, places[i]);
            i += 1;
        }
        i
    }
}

/// The number of `#` of a raw string literal starting at `chars` (`r"`, `r#"`, …).
fn raw_string_start(chars: &[char]) -> Option<usize> {
    let mut it = chars.iter().copied();
    if it.next() != Some('r') {
        return None;
    }
    let mut hashes = 0;
    for c in it {
        match c {
            '#' => hashes += 1,
            '"' => return Some(hashes),
            _ => return None,
        }
    }
    None
}

/// The character an escape stands for (`chars` starts after the `\`), and how many chars
/// the escape took; an unknown escape stands for itself.
fn unescape(chars: &[char]) -> (char, usize) {
    let text: String = chars.iter().take(12).collect();
    let hex = |digits: &str| u32::from_str_radix(digits, 16).ok().and_then(char::from_u32);
    match text.chars().next() {
        Some('n') => ('\n', 1),
        Some('t') => ('\t', 1),
        Some('r') => ('\r', 1),
        Some('0') => ('\0', 1),
        Some('x') => text.get(1..3).and_then(hex).map_or(('x', 1), |c| (c, 3)),
        Some('u') => {
            let body = text.strip_prefix("u{").and_then(|t| t.split_once('}'));
            body.and_then(|(digits, _)| hex(digits).map(|c| (c, digits.len() + 3)))
                .unwrap_or(('u', 1))
        }
        Some(c) => (c, 1),
        None => ('\\', 0),
    }
}

/// The needle for a string value: `"value"`, as the plain view spells every literal.
pub fn quoted(value: &str) -> String {
    format!("\"{value}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(source: &str, needle: &str) -> Option<(usize, usize)> {
        let plain = Plain::of(source);
        plain.text.find(needle).and_then(|o| plain.at.get(o).copied())
    }

    #[test]
    fn values_are_found_however_the_file_spells_them() {
        let file = "(\n    a: \"x\",\n    owner: r#\"piet\\x\"#,\n    b: \"kl\\u{1b}aas\", c: \"é\\\"\\\\\",\n)\n";
        assert_eq!(place(file, &quoted("piet\\x")), Some((3, 12)));
        assert_eq!(place(file, &quoted("kl\u{1b}aas")), Some((4, 8)));
        assert_eq!(place(file, "c: \"é\"\\\""), Some((4, 23)));
        // A control character written as itself, and a multi-line raw text after it.
        let raw = "(\n  x: \"a\u{9b}b\",\n  text: r\"één\ntwee\"\n)";
        assert_eq!(place(raw, &quoted("a\u{9b}b")), Some((2, 6)));
        assert_eq!(place(raw, "twee"), Some((4, 1)));
    }
}
