//! `search` on the command line: the haystacks one query can find, without keeping the word
//! form of every text of the folder (the app keeps them for the next keystroke; one query
//! does not need them).

use super::Index;
use super::search::{SearchIndex, vocabulary};
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
        // Whether each word occurs in some haystack: what the whole index's vocabulary says.
        let mut found = vec![false; typed.len()];
        let mut s = Self::build_keeping(folder, index, &mut |haystack| {
            let mut all = true;
            for (word, found) in typed.iter().zip(found.iter_mut()) {
                let here = literal(haystack, word).is_some();
                *found |= here;
                all &= here;
            }
            all
        });
        if found.contains(&false) {
            return None;
        }
        s.vocabulary = vocabulary(&s.words);
        Some(s)
    }
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
    fn typos_and_codes_need_the_whole_index() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).unwrap();
        let index = Index::build(&folder);
        for query in ["kansentarif", "boekenstot drogenbos", "sd2 od3", "SD1OD5", "  ", "-"] {
            assert!(SearchIndex::for_query(&folder, &index, query).is_none(), "{query}");
        }
    }
}
