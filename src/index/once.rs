//! `search` on the command line: the haystacks one query can find, without keeping the word
//! form of every text of the folder (the app keeps them for the next keystroke; one query
//! does not need them).

use super::Index;
use super::build::{Keep, vocabulary};
use super::prefilter::contains_loosely;
use super::search::SearchIndex;
use super::words::{literal, words};
use crate::domain::code::ObjectiveCode;
use crate::store::load::Folder;

impl SearchIndex {
    /// The search index of only the haystacks that hold every word of `query` as typed: a
    /// search for `query` in it finds what the whole index finds, in the same order. None when
    /// that would not hold: a code ("sd2 od3" finds decisions by their objectives' codes), a
    /// word found nowhere as typed (it is looked for as a typo of every word of the folder),
    /// or nothing to look for.
    pub fn for_query(folder: &Folder, index: &Index, query: &str) -> Option<Self> {
        let pattern = words(query.trim(), None);
        if pattern.is_empty() || ObjectiveCode::parse_loose(&pattern).is_some() {
            return None;
        }
        let typed: Vec<&str> = pattern.split(' ').collect();
        let mut query = Query { found: vec![false; typed.len()], typed };
        let mut s = Self::build_keeping(folder, index, &mut query);
        if query.found.contains(&false) {
            return None;
        }
        s.vocabulary = vocabulary(&s.words);
        Some(s)
    }
}

/// The haystacks that hold every word of a query as typed.
struct Query<'a> {
    typed: Vec<&'a str>,
    /// Whether each word occurs in some haystack: what the whole index's vocabulary says.
    found: Vec<bool>,
}

impl Keep for Query<'_> {
    fn may_keep(&mut self, text: &str) -> bool {
        let mut all = true;
        for (word, found) in self.typed.iter().zip(&self.found) {
            let may = may_hold(text, word);
            if may && !found {
                // Folded to learn whether the word occurs at all.
                return true;
            }
            all &= may;
        }
        all
    }

    fn keep(&mut self, haystack: &str) -> bool {
        let mut all = true;
        for (word, found) in self.typed.iter().zip(self.found.iter_mut()) {
            let here = literal(haystack, word).is_some();
            *found |= here;
            all &= here;
        }
        all
    }
}

/// Whether the word form of `text` may hold `word` (itself a word form); false only when it
/// surely does not. Folding is the costly part of a search's build, and most texts are plain
/// ASCII: their word form is their letters and digits lowercased, a hyphen or an apostrophe
/// between two of them left out, anything else a space. So `word` must stand in `text` as
/// typed, case aside, with at most hyphens and apostrophes between its letters. Any other
/// text is folded to know.
fn may_hold(text: &str, word: &str) -> bool {
    if !text.is_ascii() {
        return true;
    }
    // An ASCII text's word form is ASCII.
    word.is_ascii() && contains_loosely(text.as_bytes(), word.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::search::Kind;

    #[test]
    fn one_query_finds_what_the_whole_index_finds_in_the_same_order() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).unwrap();
        let index = Index::build(&folder);
        let whole = SearchIndex::build(&folder, &index);
        let queries = [
            "uitpas",
            "UiT-pas",
            "kansentarief ocmw",
            "OCMW kansentarief",
            "drogenbos boekenstoet",
            "initieren",
            "de",
            "u",
            "ui",
            "uitp",
            "digitale week",
            "2022",
            "stuurgroep",
            "boekenstoet",
        ];
        let kinds = [None, Some(Kind::Decision), Some(Kind::Minutes), Some(Kind::Objective)];
        for query in queries {
            let once = SearchIndex::for_query(&folder, &index, query);
            let once = once.unwrap_or_else(|| panic!("{query}: every word is in the example"));
            assert!(once.len() < whole.len(), "{query}: keeps only what holds every word");
            for kind in kinds {
                for limit in [3, 50, 1000] {
                    let a = once.search(&folder, &index, query, kind, limit);
                    let b = whole.search(&folder, &index, query, kind, limit);
                    assert_eq!(a, b, "{query} {kind:?} {limit}");
                }
            }
        }
        assert!(!whole.search(&folder, &index, "uitpas", None, 50).is_empty());
    }

    #[test]
    fn a_text_is_spared_folding_only_when_it_surely_lacks_the_word() {
        assert!(!may_hold("De stuurgroep adviseert.", "uitpas"));
        assert!(may_hold("De UITPAS, kansentarief.", "uitpas"));
        assert!(may_hold("De UiT-pas.", "uitpas"), "a hyphen joins");
        assert!(!may_hold("De UiT- pas.", "uitpas"), "a hyphen and a space part");
        assert!(may_hold("Initiëren.", "initieren"), "an accent: folded to know");
        assert!(!may_hold("Initieren.", "initiëren"), "an ASCII text has no accents");
        assert!(may_hold("Uitpas", "uitpas") && !may_hold("Uitpa", "uitpas"));
        for text in ["", "u", "UITPAS!", "x uitpa s", "1 ui tpas 2", "-uitpas-", "uit--"] {
            let form = words(text, None);
            assert_eq!(may_hold(text, "uitpas"), form.contains("uitpas"), "{text:?}");
        }
    }

    #[test]
    fn typos_and_codes_need_the_whole_index() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).unwrap();
        let index = Index::build(&folder);
        for query in ["kansentarif", "boekenstot drogenbos", "sd2 od3", "SD1OD5", "  ", "-"] {
            assert!(SearchIndex::for_query(&folder, &index, query).is_none(), "{query}");
        }
    }
}
