//! The word form search matches in: folded (case, accents), letters and digits only, one
//! space between words; how well a query word matches in it (whole word, start of a word,
//! inside a word, or a typo of a word); and the excerpt of a hit that is shown.

use crate::text::fold;

/// How well a query word matched; higher is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A word close to it (a typo).
    Typo = 0,
    /// Inside a word ("tarief" in "kansentarief").
    Inside = 1,
    /// The start of a word ("kansen" in "kansentarief").
    Prefix = 2,
    /// A whole word.
    Whole = 3,
}

/// Words shorter than this only match at the start of a word: "an" inside every "plan" is noise.
pub const INSIDE_FROM: usize = 3;

/// The word form of `text`: folded, letters and digits, words separated by one space. A
/// hyphen or apostrophe between letters joins them, so "UiT-pas" reads "uitpas" and the
/// query "uitpas" finds it. With `origin`, notes for each byte of the result which char of
/// `text` it came from (to highlight the original).
pub fn words(text: &str, mut origin: Option<&mut Vec<u32>>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut buf = [0u8; 4];
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        let owned;
        let folded: &str = if c.is_ascii() {
            buf[0] = c.to_ascii_lowercase() as u8;
            std::str::from_utf8(&buf[..1]).unwrap_or_default()
        } else {
            owned = fold(c.encode_utf8(&mut buf));
            &owned
        };
        let start = out.len();
        for f in folded.chars() {
            if f.is_alphanumeric() {
                out.push(f);
            } else if matches!(f, '-' | '\'' | '’')
                && out.ends_with(|p: char| p.is_alphanumeric())
                && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric())
            {
                // Joined: nothing written.
            } else if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        if let Some(origin) = origin.as_deref_mut() {
            origin.extend((start..out.len()).map(|_| i as u32));
        }
    }
    if out.ends_with(' ') {
        out.pop();
        if let Some(origin) = origin {
            origin.pop();
        }
    }
    out
}

/// The best level at which `word` (no spaces) occurs in `haystack` (word form), if at all.
/// `str::contains` looks first: it is the fast path for the many haystacks that miss.
pub fn literal(haystack: &str, word: &str) -> Option<Level> {
    if word.is_empty() || !haystack.contains(word) {
        return None;
    }
    let bytes = haystack.as_bytes();
    let inside = word.chars().count() >= INSIDE_FROM;
    let mut best = None;
    for (at, _) in haystack.match_indices(word) {
        let starts = at == 0 || bytes[at - 1] == b' ';
        let ends = at + word.len() == bytes.len() || bytes[at + word.len()] == b' ';
        let level = match (starts, ends) {
            (true, true) => return Some(Level::Whole),
            (true, false) => Level::Prefix,
            _ if inside => Level::Inside,
            _ => continue,
        };
        best = best.max(Some(level));
    }
    best
}

/// How many typos a word of `len` chars may have: none below 5 letters (too many short
/// words are one letter apart), one up to 8, two from 9.
pub fn typos_allowed(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The fewest edits that turn `word` into a start of `token` (the rest of the token is
/// free: a word being typed is a prefix), if at most `max`. Only tokens starting with the
/// same letter count: a typo in the first letter is rare, and the filter keeps the scan of
/// the vocabulary cheap.
pub fn typo_distance(word: &[char], token: &str, max: usize) -> Option<usize> {
    if word.first().is_none_or(|&w| !token.starts_with(w)) {
        return None;
    }
    let token: Vec<char> = token.chars().collect();
    if token.len() + max < word.len() {
        return None;
    }
    // Levenshtein rows over the token; the answer is the best cell of the last row.
    let mut row: Vec<usize> = (0..=token.len()).collect();
    for (i, w) in word.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        let mut best = row[0];
        for (j, t) in token.iter().enumerate() {
            let next = (prev + usize::from(w != t)).min(row[j] + 1).min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
            best = best.min(next);
        }
        if best > max {
            return None;
        }
    }
    row.into_iter().min().filter(|d| *d <= max)
}

/// The part of a hit's text to show in `width` chars: from the start of the sentence that
/// holds the first matched char (or a few words before the match, in a long sentence) on,
/// as much as fits, cut between words, never inside one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Excerpt {
    /// First char shown.
    pub start: usize,
    /// One past the last char shown.
    pub end: usize,
    /// Whether text before `start` is left out ("…" goes before).
    pub cut_before: bool,
    /// Whether text after `end` is left out ("…" goes after).
    pub cut_after: bool,
}

/// Chooses the excerpt of `text` around `first` (a char index) for `width` chars, the
/// ellipses included.
pub fn excerpt(text: &str, first: usize, width: usize) -> Excerpt {
    let chars: Vec<char> = text.chars().collect();
    let first = first.min(chars.len().saturating_sub(1));
    let blank = |k: usize| chars.get(k).is_none_or(|c| c.is_whitespace());
    let ends_sentence = |k: usize| matches!(chars[k], '.' | '?' | '!' | '\n') && blank(k + 1);
    let mut start = (0..first).rev().find(|&k| ends_sentence(k)).map_or(0, |k| k + 1);
    while start < first && blank(start) {
        start += 1;
    }
    let room = width.saturating_sub(2).max(1);
    if first - start > room / 3 {
        // A few words before the match, from a word's start.
        let from = first.saturating_sub(room / 4).max(start);
        start = (from..=first).find(|&k| k == 0 || blank(k - 1)).unwrap_or(first);
        if !(start == 0 || blank(start - 1)) {
            start = (1..=first).rev().find(|&k| blank(k - 1)).unwrap_or(0).max(from.min(first));
        }
    }
    let mut end = chars.len();
    if end - start > room {
        let limit = start + room;
        // The last blank at or before the limit ends the excerpt; a giant word is cut.
        end = (start + 1..=limit).rev().find(|&k| blank(k)).unwrap_or(limit);
    }
    while end > start && blank(end - 1) {
        end -= 1;
    }
    let rest_blank = chars[end..].iter().all(|c| c.is_whitespace());
    Excerpt { start, end, cut_before: start > 0, cut_after: !rest_blank }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_form_joins_hyphens_and_remembers_where_each_byte_came_from() {
        let mut origin = Vec::new();
        let w = words("De UiT-pas, één keer!", Some(&mut origin));
        assert_eq!(w, "de uitpas een keer");
        assert_eq!(origin.len(), w.len());
        assert_eq!(origin[3], 3);
        assert_eq!(origin[w.find("een").unwrap()], 12);
    }

    #[test]
    fn words_match_whole_at_the_start_inside_or_not_at_all() {
        let h = "de uitpas kansentarief";
        assert_eq!(literal(h, "uitpas"), Some(Level::Whole));
        assert_eq!(literal(h, "kansen"), Some(Level::Prefix));
        assert_eq!(literal(h, "tarief"), Some(Level::Inside));
        assert_eq!(literal(h, "ta"), None);
        assert_eq!(literal(h, "ocmw"), None);
    }

    #[test]
    fn a_typo_is_a_small_distance_to_the_start_of_a_word() {
        let w: Vec<char> = "kansentarif".chars().collect();
        assert_eq!(typo_distance(&w, "kansentarief", 2), Some(1));
        let w: Vec<char> = "boekenstot".chars().collect();
        assert_eq!(typo_distance(&w, "boekenstoet", 2), Some(1));
        assert_eq!(typo_distance(&w, "koekenstoet", 2), None);
    }

    #[test]
    fn an_excerpt_is_the_matched_sentence_cut_between_words() {
        let text = "Eerste zin. De stuurgroep adviseert de negen gemeenten om het kansentarief toe te kennen. Laatste.";
        let first = text.find("kansentarief").unwrap();
        let e = excerpt(text, first, 40);
        let shown: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert!(shown.contains("kansentarief"), "{shown}");
        assert!(shown.len() <= 38, "{shown}");
        let before = text.chars().nth(e.start - 1).unwrap();
        assert!(before == ' ', "starts at a word: {shown}");
        assert!(text[text.find(&shown).unwrap() + shown.len()..].starts_with(' '), "{shown}");
        let wide = excerpt(text, first, 200);
        let shown: String = text.chars().skip(wide.start).take(wide.end - wide.start).collect();
        assert!(shown.starts_with("De stuurgroep adviseert"), "from its sentence: {shown}");
        assert!(shown.ends_with("Laatste."), "{shown}");
        assert!(wide.cut_before && !wide.cut_after);
    }
}
