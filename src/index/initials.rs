//! The first letter of a search, answered from a table: which haystacks hold a word starting
//! with each ASCII letter or digit. A one-letter query would otherwise be matched from scratch
//! against every objective, decision and action item (about 95,000 texts at 40 years) on the
//! keystroke a user makes most often; the table makes it a walk over bits.

use super::query::level_score;
use super::search::{Kind, SearchIndex};
use super::words::Level;

/// Per ASCII letter or digit, over the haystacks before the minutes (a one-letter query
/// leaves the minutes out): a bit per haystack for "a word starts with it", and one for "a
/// word is just it" (rare, so kept only for the characters that have one).
#[derive(Debug, Clone, Default)]
pub(super) struct Initials {
    /// Indexed by [`slot`]: words starting with the character.
    starts: Vec<Vec<u64>>,
    /// Indexed by [`slot`]: words that are the character alone.
    whole: Vec<Option<Vec<u64>>>,
}

/// Where a character's bits are kept: 0–9 for digits, 10–35 for letters.
fn slot(c: u8) -> Option<usize> {
    match c {
        b'0'..=b'9' => Some(usize::from(c - b'0')),
        b'a'..=b'z' => Some(usize::from(c - b'a') + 10),
        _ => None,
    }
}

/// Ten digits and 26 letters.
const SLOTS: usize = 36;

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

fn get(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|b| b & (1 << (i % 64)) != 0)
}

impl Initials {
    /// The table of `search`'s haystacks (built whole, every haystack kept).
    pub(super) fn of(search: &SearchIndex) -> Self {
        let covers = search.haystacks.iter().take_while(|h| search.kind_of(h) != Kind::Minutes);
        let covers = covers.count();
        let size = covers.div_ceil(64);
        let mut t = Initials { starts: vec![vec![0; size]; SLOTS], whole: vec![None; SLOTS] };
        for (i, h) in search.haystacks[..covers].iter().enumerate() {
            for word in search.words_of(h).split(' ') {
                let Some(s) = word.bytes().next().and_then(slot) else { continue };
                set(&mut t.starts[s], i);
                if word.len() == 1 {
                    set(t.whole[s].get_or_insert_with(|| vec![0; size]), i);
                }
            }
        }
        t
    }

    /// What a query of the one word form `word` matches among haystacks of `kind` (all but
    /// the minutes when none), as the full scan finds it: every haystack with a word starting
    /// with it, in order, a word that is just it scoring as a whole word. None when the
    /// table cannot answer (not one ASCII letter or digit).
    pub(super) fn matches(
        &self,
        search: &SearchIndex,
        word: &str,
        kind: Option<Kind>,
    ) -> Option<Vec<(u32, i64)>> {
        let &[c] = word.as_bytes() else { return None };
        let s = slot(c)?;
        let (starts, whole) = (&self.starts[s], self.whole[s].as_deref());
        let mut found = Vec::new();
        for (n, &bits) in starts.iter().enumerate() {
            let mut left = bits;
            while left != 0 {
                let i = n * 64 + left.trailing_zeros() as usize;
                left &= left - 1;
                if kind.is_some_and(|want| search.kind_of(&search.haystacks[i]) != want) {
                    continue;
                }
                let level = match whole.is_some_and(|w| get(w, i)) {
                    true => Level::Whole,
                    false => Level::Prefix,
                };
                found.push((i as u32, level_score(level)));
            }
        }
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Index;

    #[test]
    fn every_first_letter_finds_what_the_full_scan_finds() {
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let history = tempfile::tempdir().expect("a temporary folder");
        crate::generate::generate_from(history.path(), 2, 2020, example).expect("generated");
        let kinds = [Kind::Objective, Kind::Decision, Kind::Action, Kind::Minutes].map(Some);
        for root in [example, history.path()] {
            let folder = crate::store::load_folder(root).expect("a folder");
            let index = Index::build(&folder);
            let table = SearchIndex::build(&folder, &index);
            assert!(table.initials.is_some(), "the app's index has the table");
            let scan = SearchIndex { initials: None, ..table.clone() };
            let (mut found, mut whole) = (0, 0);
            for c in ('a'..='z').chain('0'..='9') {
                // Typed in capitals too: the query is folded before the table is asked.
                for query in [c.to_string(), c.to_ascii_uppercase().to_string()] {
                    for kind in [None].into_iter().chain(kinds) {
                        let fast = table.matches(&query, kind, None);
                        let full = scan.matches(&query, kind, None);
                        assert_eq!(fast, full, "{root:?}: {query:?} of {kind:?}");
                        let hits = |s: &SearchIndex, m| s.hits(&folder, &index, m, 50);
                        assert_eq!(hits(&table, &fast), hits(&scan, &full), "{query:?}");
                        found += fast.len();
                        whole += fast.found.iter().filter(|(_, s)| *s == 30).count();
                    }
                }
            }
            assert!(found > 1000, "{root:?}: the letters find something ({found})");
            assert!(whole > 0, "{root:?}: some letter is a word of its own");
        }
    }
}
