//! Whether a file's bytes may hold a query's words, without parsing it: `search` on the
//! command line parses (or reads from the cache) only the meetings that may, as `rg` reads
//! every file but looks closely only at those that match.
//!
//! The test is loose but sound: it answers false only when no text of the document can hold
//! every word in its word form (see `words`). A text of a document stands in the file as
//! written, except for the escapes of a RON string: `\n`, `\t`, `\"`, `\\` put a letter or a
//! mark where the text has a line end or a mark, which only adds letters next to a word, never
//! takes one out of it. A `\u{..}` or `\x..` escape can spell a letter, so a file that has one
//! may hold anything.

use super::words::words;

/// Whether the RON file `bytes` may hold a text whose word form holds each of `typed` (word
/// forms, as a query's words are): false only when surely not.
pub fn may_hold_all(bytes: &[u8], typed: &[&str]) -> bool {
    if has_letter_escape(bytes) {
        return true;
    }
    typed.iter().all(|word| may_hold(bytes, word))
}

/// Whether the file `bytes` may hold `word` (a word form) in the word form of one of its texts.
fn may_hold(bytes: &[u8], word: &str) -> bool {
    if word.is_ascii() && contains_loosely(bytes, word.as_bytes()) {
        return true;
    }
    // A word that holds a char outside ASCII (an accent folds to a letter) is folded to know.
    around_non_ascii(bytes).any(|run| words(run, None).contains(word))
}

/// Whether a `\u` or `\x` escape (which may spell a letter) is in `bytes`.
fn has_letter_escape(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| w[0] == b'\\' && matches!(w[1], b'u' | b'x' | b'\''))
}

/// Each stretch of `bytes` around a char outside ASCII that can be (part of) one word:
/// letters, digits, hyphens, apostrophes and chars outside ASCII.
fn around_non_ascii(bytes: &[u8]) -> impl Iterator<Item = &str> {
    let in_word = |b: u8| !b.is_ascii() || b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'');
    let mut at = 0;
    std::iter::from_fn(move || {
        let offset = bytes.get(at..)?.iter().position(|b| !b.is_ascii())?;
        let found = at + offset;
        let start = bytes[..found].iter().rposition(|b| !in_word(*b)).map_or(0, |i| i + 1);
        let end =
            bytes[found..].iter().position(|b| !in_word(*b)).map_or(bytes.len(), |i| found + i);
        at = end;
        // A stretch cut inside a char (not UTF-8) cannot happen: its bounds are ASCII bytes.
        Some(std::str::from_utf8(&bytes[start..end]).unwrap_or_default())
    })
}

/// Whether `needle` (lowercase, letters and digits) stands in `haystack`, ASCII case aside,
/// hyphens and apostrophes inside it skipped.
pub(super) fn contains_loosely(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else { return true };
    let upper = first.to_ascii_uppercase();
    let mut from = 0;
    while let Some(offset) = haystack[from..].iter().position(|b| *b == first || *b == upper) {
        let i = from + offset;
        let mut at = i + 1;
        let same = rest.iter().all(|n| {
            while haystack.get(at).is_some_and(|b| matches!(b, b'-' | b'\'')) {
                at += 1;
            }
            let same = haystack.get(at).is_some_and(|b| b.to_ascii_lowercase() == *n);
            at += 1;
            same
        });
        if same {
            return true;
        }
        from = i + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the word forms of the file's strings say: the truth the loose test must not miss.
    fn truth(ron_string: &str, word: &str) -> bool {
        let value: String = ron::from_str(ron_string).expect("a RON string");
        words(&value, None).contains(word)
    }

    #[test]
    fn never_misses_a_word_the_texts_hold() {
        let cases = [
            (r#""De UiT-pas werkt.""#, "uitpas"),
            (r#""Initiëren""#, "initieren"),
            (r#""initi\u{e9}ren""#, "initieren"),
            (r#""eind.\nUitpas""#, "uitpas"),
            (r#""x\"uitpas\"""#, "uitpas"),
            (r#""Ça va""#, "ca"),
            (r#""naïef-plan""#, "naiefplan"),
            (r#""plan-naïef""#, "plannaief"),
            (r#""don't""#, "dont"),
            (r#""uit’pas""#, "uitpas"),
        ];
        for (file, word) in cases {
            assert!(truth(file, word), "{file} holds {word}");
            assert!(may_hold_all(file.as_bytes(), &[word]), "{file} may hold {word}");
        }
        // A word whose form keeps a char outside ASCII.
        let word = words("Straße", None);
        assert!(
            truth(r#""de straße""#, &word) && may_hold_all("\"de Straße\"".as_bytes(), &[&word])
        );
    }

    #[test]
    fn says_no_when_surely_not() {
        for (file, word) in [
            (r#""De stuurgroep adviseert.""#, "uitpas"),
            (r#""De UiT- pas.""#, "uitpas"),
            (r#""Initiëren""#, "initiaren"),
            (r#""café kansen""#, "cafekansen"),
        ] {
            assert!(!truth(file, word), "{file} lacks {word}");
            assert!(!may_hold_all(file.as_bytes(), &[word]), "{file} surely lacks {word}");
        }
        assert!(!may_hold_all(br#""uitpas" "ocmw""#, &["uitpas", "kansentarief"]));
        assert!(may_hold_all(br#""uitpas" "kansentarief""#, &["uitpas", "kansentarief"]));
    }
}
