//! Search over objectives, decisions, action items and minutes. Haystacks are kept in their
//! word form (folded: case, accents; see `words`) once, when the index is built. Every word
//! of a query must match (whole, as the start of a word, inside one, or, for a word found
//! nowhere as typed, as a typo of a word) before a haystack is ranked at all; then
//! objectives and decisions come before action items, those before minutes, and within
//! that by how well the words match, newest first. A query that reads as a code ("sd2 od3")
//! finds the objectives that had that code, today or earlier, and the decisions taken under it.

use super::Index;
use super::hits::Place;
use super::initials::Initials;
use super::query::{level_score, parallel};
use super::words::{INSIDE_FROM, words};

pub use super::query::Matches;
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{ActionItemRef, BodyId, DecisionRef, MeetingId, ObjectiveId};
use crate::domain::meeting::Outcome;
use crate::store::load::Folder;
use chrono::NaiveDate;

pub use super::words::{Excerpt, excerpt};

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// An objective (code, earlier codes, title).
    Objective,
    /// A decision's text.
    Decision,
    /// An action item's text.
    Action,
    /// A sentence of the minutes.
    Minutes,
}

impl Kind {
    /// Where the kind ranks: objectives and decisions, then action items, then minutes.
    pub(super) fn tier(self) -> u8 {
        match self {
            Kind::Objective | Kind::Decision => 0,
            Kind::Action => 1,
            Kind::Minutes => 2,
        }
    }
}

/// Where a hit leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An objective.
    Objective(ObjectiveId),
    /// A decision.
    Decision(DecisionRef),
    /// An action item.
    Action(ActionItemRef),
    /// An agenda item's minutes.
    Minutes(MeetingId, u32),
}

/// What a member needs to judge a hit besides its text: when, which body, and for a
/// decision its outcome and objectives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct About {
    /// The meeting's day (none for an objective).
    pub date: Option<NaiveDate>,
    /// The meeting's body.
    pub body: Option<BodyId>,
    /// A decision's outcome.
    pub outcome: Option<Outcome>,
    /// A decision's objectives.
    pub objectives: Vec<ObjectiveId>,
}

/// A search hit: where it leads, what it is about, the text, and the matched chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// What it is.
    pub kind: Kind,
    /// Where it leads.
    pub target: Target,
    /// Date, body, outcome, objectives.
    pub about: About,
    /// The text that matched (for minutes: the sentence).
    pub text: String,
    /// Indices of the matched chars in `text`, to highlight.
    pub matched: Vec<usize>,
    /// How well it matched; higher is better.
    pub score: i64,
}

/// A stretch of a buffer (bytes).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Span {
    pub(super) start: u32,
    pub(super) len: u32,
}

impl Span {
    /// The stretch of `text` it marks (nothing when out of range).
    pub(super) fn of(self, text: &str) -> &str {
        let start = self.start as usize;
        text.get(start..start + self.len as usize).unwrap_or_default()
    }
}

/// One searchable text: only its word form lives here, end to end with the others in one
/// buffer; its text as written stays in the folder and the index, found again by its place
/// (the sentences of one item share theirs): a twenty-year history has over a hundred
/// thousand haystacks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Haystack {
    /// Index into the places.
    pub(super) place: u32,
    /// The text as written, within its place's text (a sentence of the minutes), or within
    /// the objectives' own texts.
    pub(super) text: Span,
    /// The word form.
    pub(super) words: Span,
}

/// All haystacks of a folder, in word form. Built with a folder and its index, and read with
/// the same two: the hits' texts, targets and dates are found there by position.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub(super) haystacks: Vec<Haystack>,
    pub(super) places: Vec<(Place, Option<NaiveDate>)>,
    /// The objectives' haystacks as written (their codes and title, which no file holds so).
    pub(super) objective_texts: String,
    pub(super) words: String,
    /// Every distinct word, each between spaces (" aan actie ... "): one string, so that
    /// whether a query word occurs anywhere is a single fast `contains`.
    pub(super) vocabulary: String,
    /// (code, haystack, whether it is today's): objectives by every code they had,
    /// decisions by their objectives' codes today and on the day.
    pub(super) codes: Vec<(ObjectiveCode, u32, bool)>,
    /// The first letter of a query, answered without a scan (none when not every haystack
    /// was kept).
    pub(super) initials: Option<Initials>,
}

impl SearchIndex {
    pub(super) fn kind_of(&self, h: &Haystack) -> Kind {
        self.places.get(h.place as usize).map_or(Kind::Minutes, |(p, _)| p.kind())
    }

    pub(super) fn words_of(&self, h: &Haystack) -> &str {
        h.words.of(&self.words)
    }

    /// Number of haystacks.
    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    /// Whether there is nothing to search.
    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    /// The best `limit` hits for `query` in `folder` (the one it was built from, with its
    /// `index`), best first, optionally of one kind only.
    pub fn search(
        &self,
        folder: &Folder,
        index: &Index,
        query: &str,
        kind: Option<Kind>,
        limit: usize,
    ) -> Vec<Hit> {
        self.hits(folder, index, &self.matches(query, kind, None), limit)
    }

    /// Every haystack that matches `query`, with how well. When `previous` was the search
    /// for a prefix of this query and matched by the typed words only, just what it matched
    /// is looked at again: whatever holds the longer words holds the shorter ones, so each
    /// keystroke narrows the work. A query of one or two letters leaves the minutes out:
    /// nearly every sentence holds them.
    pub fn matches(&self, query: &str, kind: Option<Kind>, previous: Option<&Matches>) -> Matches {
        let pattern = words(query.trim(), None);
        let mut m = Matches { pattern, kind, ..Matches::default() };
        if m.pattern.is_empty() {
            return m;
        }
        if let Some(code) = ObjectiveCode::parse_loose(&m.pattern) {
            m.found = self.code_matches(code, kind);
            m.code = Some(code);
            return m;
        }
        m.words = m
            .pattern
            .split(' ')
            .map(|w| match previous.and_then(|p| p.words.iter().find(|x| x.typed == w)) {
                Some(known) => known.clone(),
                None => self.look_for(w),
            })
            .collect();
        if m.words.iter().any(|w| w.typos.as_ref().is_some_and(Vec::is_empty)) {
            return m;
        }
        if let [w] = m.words.as_slice()
            && w.typos.is_none()
            && let Some(found) =
                self.initials.as_ref().and_then(|t| t.matches(self, &w.typed, kind))
        {
            m.found = found;
            return m;
        }
        let short = m.pattern.chars().filter(|c| *c != ' ').count() < INSIDE_FROM;
        let narrowed = previous
            .filter(|p| p.narrows() && p.kind == kind && m.pattern.starts_with(&p.pattern))
            .filter(|_| m.words.iter().all(|w| w.typos.is_none()))
            .map(|p| p.found.iter().map(|(i, _)| *i).collect::<Vec<u32>>());
        let candidates: Vec<u32> = narrowed.unwrap_or_else(|| {
            (0..self.haystacks.len() as u32)
                .filter(|&i| {
                    let k = self.kind_of(&self.haystacks[i as usize]);
                    kind.is_none_or(|want| k == want) && !(short && k == Kind::Minutes)
                })
                .collect()
        });
        m.found = parallel(&candidates, |chunk| {
            chunk
                .iter()
                .filter_map(|&i| {
                    let h = self.words_of(&self.haystacks[i as usize]);
                    let mut score = 0;
                    for w in &m.words {
                        score += level_score(w.level(h)?);
                    }
                    Some((i, score))
                })
                .collect()
        });
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> (Folder, Index, SearchIndex) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).unwrap();
        let index = Index::build(&folder);
        let search = SearchIndex::build(&folder, &index);
        (folder, index, search)
    }

    #[test]
    fn two_letters_leave_the_minutes_out_and_the_third_brings_them_back() {
        let (folder, all, index) = example();
        let kinds = |m: &Matches| {
            index
                .hits(&folder, &all, m, 1000)
                .iter()
                .map(|h| h.kind)
                .collect::<std::collections::HashSet<_>>()
        };
        let short = index.matches("ui", None, None);
        assert!(!kinds(&short).contains(&Kind::Minutes));
        let longer = index.matches("uitp", None, Some(&short));
        assert!(kinds(&longer).contains(&Kind::Minutes), "narrowing from a short query");
        assert_eq!(longer, index.matches("uitp", None, None));
    }

    #[test]
    fn each_keystroke_narrowed_from_the_last_finds_what_a_fresh_search_finds() {
        let (folder, all, index) = example();
        let hits = |m: &Matches| index.hits(&folder, &all, m, 50);
        for query in ["kansentarief", "uitpas kansen", "drogenbos boekenstoet", "sd2 od3"] {
            let mut last = Matches::default();
            for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let typed = &query[..end];
                let next = index.matches(typed, None, Some(&last));
                let fresh = index.matches(typed, None, None);
                assert_eq!(hits(&next), hits(&fresh), "{typed}");
                last = next;
            }
        }
    }
}
