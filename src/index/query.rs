//! A query as the search runs it: its words and how each is looked for, what it matched
//! (the start of the next keystroke's search), and the chars of a hit to highlight.

use super::search::{Kind, SearchIndex};
use super::words::{INSIDE_FROM, Level, literal, typo_distance, typos_allowed, words};
use crate::domain::code::ObjectiveCode;

/// The chars of `text` that the query's words (or the words its typos stand for, or its
/// code) matched.
pub(super) fn highlight(text: &str, matches: &Matches) -> Vec<usize> {
    let mut origin = Vec::new();
    let form = words(text, Some(&mut origin));
    let code = matches.code.map(|c| words(&c.to_string(), None));
    let mut looked: Vec<&str> = code.as_deref().into_iter().collect();
    for w in &matches.words {
        match &w.typos {
            None => looked.push(&w.typed),
            Some(typos) => looked.extend(typos.iter().map(String::as_str)),
        }
    }
    let bytes = form.as_bytes();
    let mut marked: Vec<usize> = Vec::new();
    for w in looked.into_iter().filter(|w| !w.is_empty()) {
        let inside = w.chars().count() >= INSIDE_FROM;
        for (at, _) in form.match_indices(w) {
            if inside || at == 0 || bytes[at - 1] == b' ' {
                marked.extend(origin[at..at + w.len()].iter().map(|&o| o as usize));
            }
        }
    }
    marked.sort_unstable();
    marked.dedup();
    marked
}

pub(super) fn level_score(level: Level) -> i64 {
    match level {
        Level::Whole => 30,
        Level::Prefix => 20,
        Level::Inside => 10,
        Level::Typo => 5,
    }
}

/// At most this many words a typo may stand for.
pub(super) const TYPOS: usize = 8;

/// A word of the query and how it is looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    /// As typed (word form).
    pub(super) typed: String,
    /// Found nowhere as typed: the words it may be a typo of.
    pub(super) typos: Option<Vec<String>>,
}

impl Word {
    /// Whether it may match somewhere in `forms` (word forms, a cheap first look).
    pub(super) fn may_be_in(&self, forms: &str) -> bool {
        match &self.typos {
            None => forms.contains(&self.typed),
            Some(typos) => typos.iter().any(|t| forms.contains(t.as_str())),
        }
    }

    /// How well it matches in the word form `h`.
    pub(super) fn level(&self, h: &str) -> Option<Level> {
        match &self.typos {
            None => literal(h, &self.typed),
            Some(typos) => typos
                .iter()
                .any(|t| literal(h, t).is_some_and(|l| l >= Level::Prefix))
                .then_some(Level::Typo),
        }
    }
}

/// The haystacks a query matched, with how well: the starting point of the next, longer
/// query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    pub(super) pattern: String,
    pub(super) kind: Option<Kind>,
    pub(super) words: Vec<Word>,
    pub(super) code: Option<ObjectiveCode>,
    /// (haystack, how well).
    pub(super) found: Vec<(u32, i64)>,
}

impl Matches {
    /// How many haystacks matched.
    pub fn len(&self) -> usize {
        self.found.len()
    }

    /// Whether nothing matched.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Whether a query extending this one matches a subset of what this one matched: so
    /// when every word was matched as typed and was long enough to match inside words
    /// (a shorter one matched only word starts, and left the minutes out).
    pub(super) fn narrows(&self) -> bool {
        self.code.is_none()
            && !self.words.is_empty()
            && self
                .words
                .iter()
                .all(|w| w.typos.is_none() && w.typed.chars().count() >= INSIDE_FROM)
    }
}

/// Runs `work` over `items` on all cores and concatenates the results in order.
pub(super) fn parallel<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&[T]) -> Vec<R> + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads == 1 || items.len() < 4096 {
        return work(items);
    }
    let size = items.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = items.chunks(size).map(|c| s.spawn(|| work(c))).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

/// How `word` is looked for in a folder whose distinct words are `vocabulary` (each between
/// spaces): as typed when some word of it holds it, else as a typo of the closest words
/// (none: it matches nothing).
pub(super) fn look_for_in(vocabulary: &str, word: &str) -> Word {
    let inside = word.chars().count() >= INSIDE_FROM;
    let found =
        if inside { vocabulary.contains(word) } else { vocabulary.contains(&format!(" {word}")) };
    if found {
        return Word { typed: word.to_owned(), typos: None };
    }
    let chars: Vec<char> = word.chars().collect();
    let max = typos_allowed(chars.len());
    let mut close: Vec<(usize, &str)> = if max == 0 {
        Vec::new()
    } else {
        vocabulary
            .split(' ')
            .filter_map(|t| typo_distance(&chars, t, max).map(|d| (d, t)))
            .collect()
    };
    close.sort();
    close.truncate(TYPOS);
    Word { typed: word.to_owned(), typos: Some(close.into_iter().map(|(_, t)| t.into()).collect()) }
}

impl SearchIndex {
    /// How `word` is looked for in this folder (see [`look_for_in`]).
    pub(super) fn look_for(&self, word: &str) -> Word {
        look_for_in(&self.vocabulary, word)
    }

    /// What a code query finds: the objectives that had the code (today's holder first)
    /// and the decisions taken under it, and minutes or action items that name it.
    pub(super) fn code_matches(&self, code: ObjectiveCode, kind: Option<Kind>) -> Vec<(u32, i64)> {
        let mut found: Vec<(u32, i64)> = self
            .codes
            .iter()
            .filter(|(c, i, _)| {
                *c == code && kind.is_none_or(|k| self.kind_of(&self.haystacks[*i as usize]) == k)
            })
            .map(|&(_, i, today)| (i, if today { 100 } else { 80 }))
            .collect();
        // One entry per haystack, its best: sorting keeps this linear-logarithmic on a
        // long history, where one code has thousands of decisions.
        found.sort_unstable_by_key(|&(i, score)| (i, std::cmp::Reverse(score)));
        found.dedup_by_key(|(i, _)| *i);
        let phrase = words(&code.to_string(), None);
        for (i, h) in self.haystacks.iter().enumerate() {
            let k = self.kind_of(h);
            if matches!(k, Kind::Action | Kind::Minutes)
                && kind.is_none_or(|want| k == want)
                && literal(self.words_of(h), &phrase) == Some(Level::Whole)
            {
                found.push((i as u32, 60));
            }
        }
        found
    }
}
