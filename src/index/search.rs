//! Fuzzy search over objectives, decisions, action items and minutes. Haystacks are folded
//! (case, accents) once, when the index is built; a query is folded once and scored with
//! fuzzy-matcher. Titles and decision texts rank above minutes; a query that reads as a code
//! ("sd2 od3") puts the objectives that had that code, today or earlier, first.

use super::Index;
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{ActionItemRef, DecisionRef, MeetingId, ObjectiveId};
use crate::store::load::Folder;
use crate::text::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// What a hit is, in the order results are grouped.
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

/// A stretch of one of the index's texts.
#[derive(Debug, Clone, Copy, Default)]
struct Span {
    start: u32,
    len: u32,
}

/// One searchable text. Its strings live end to end in the index's arenas and its target in
/// a shared table (the sentences of one item share theirs): a twenty-year history has over a
/// hundred thousand haystacks, and a string or target apiece cost more than the text itself.
#[derive(Debug, Clone)]
struct Haystack {
    kind: Kind,
    /// Index into the targets.
    target: u32,
    /// As written, to show.
    text: Span,
    /// Folded (case, accents); empty for minutes, which match by their compact form only.
    folded: Span,
    /// Folded, with only letters and digits, for the word tier.
    compact: Span,
}

/// A search hit: where it leads, the text, and the matched characters of that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// What it is.
    pub kind: Kind,
    /// Where it leads.
    pub target: Target,
    /// The text that matched (for minutes: the sentence).
    pub text: String,
    /// Indices of the matched chars in `text`, to highlight.
    pub matched: Vec<usize>,
    /// The score; higher is better.
    pub score: i64,
}

/// All haystacks of a folder, folded once.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    haystacks: Vec<Haystack>,
    targets: Vec<Target>,
    texts: String,
    folded: String,
    compacts: String,
    codes: Vec<(ObjectiveCode, usize)>,
}

/// Appends `text` to `arena`; where it went.
fn keep(arena: &mut String, text: &str) -> Span {
    let start = arena.len() as u32;
    arena.push_str(text);
    Span { start, len: text.len() as u32 }
}

fn at(arena: &str, span: Span) -> &str {
    let start = span.start as usize;
    arena.get(start..start + span.len as usize).unwrap_or_default()
}

/// Extra score per kind, so that titles and decisions rank above minutes.
fn weight(kind: Kind) -> i64 {
    match kind {
        Kind::Objective => 60,
        Kind::Decision => 40,
        Kind::Action => 30,
        Kind::Minutes => 0,
    }
}

impl SearchIndex {
    /// Builds the haystacks of `folder` with its `index`.
    pub fn build(folder: &Folder, index: &Index) -> Self {
        let mut s = SearchIndex::default();
        for o in index.objectives.all() {
            let codes: Vec<String> = o.codes.iter().rev().map(ToString::to_string).collect();
            let at = s.haystacks.len();
            s.codes.extend(o.codes.iter().map(|c| (*c, at)));
            s.push(
                Kind::Objective,
                Target::Objective(o.id.clone()),
                &format!("{} · {}", codes.join(" · "), o.title),
            );
        }
        for d in &index.decisions {
            s.push(Kind::Decision, Target::Decision(d.reference.clone()), &d.text);
        }
        for a in &index.actions {
            s.push(Kind::Action, Target::Action(a.reference.clone()), &a.text);
        }
        for m in folder.meetings.iter().map(|f| &f.value) {
            for item in &m.agenda {
                for sentence in sentences(&item.minutes) {
                    s.push(Kind::Minutes, Target::Minutes(m.id.clone(), item.number), sentence);
                }
            }
        }
        s
    }

    fn push(&mut self, kind: Kind, target: Target, text: &str) {
        if self.targets.last() != Some(&target) {
            self.targets.push(target);
        }
        let folded = fold_chars(text, None);
        let haystack = Haystack {
            kind,
            target: self.targets.len() as u32 - 1,
            text: keep(&mut self.texts, text),
            folded: if kind == Kind::Minutes {
                Span::default()
            } else {
                keep(&mut self.folded, &folded)
            },
            compact: keep(&mut self.compacts, &compact(&folded)),
        };
        self.haystacks.push(haystack);
    }

    fn text(&self, h: &Haystack) -> &str {
        at(&self.texts, h.text)
    }

    fn folded(&self, h: &Haystack) -> &str {
        at(&self.folded, h.folded)
    }

    fn compact(&self, h: &Haystack) -> &str {
        at(&self.compacts, h.compact)
    }

    /// Whether `h` holds the pattern's chars in order (what any match needs); minutes are
    /// looked at in their compact form, with the pattern's letters and digits.
    fn holds(&self, h: &Haystack, pattern: &str, compact_pattern: &str) -> bool {
        if h.kind == Kind::Minutes {
            !compact_pattern.is_empty() && is_subsequence(compact_pattern, self.compact(h))
        } else {
            is_subsequence(pattern, self.folded(h))
        }
    }

    /// Number of haystacks.
    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    /// Whether there is nothing to search.
    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    /// The best `limit` hits for `query`, best first, optionally of one kind only.
    pub fn search(&self, query: &str, kind: Option<Kind>, limit: usize) -> Vec<Hit> {
        self.hits(&self.matches(query, kind, None), limit)
    }

    /// Every haystack that matches `query`, scored. When `previous` was the search for a
    /// prefix of this query, only what it matched is looked at again: a longer pattern
    /// matches a subset of what its prefix matched, so each keystroke narrows the work.
    ///
    /// Two tiers keep a keystroke within a frame on a 20-year history: haystacks that hold
    /// every typed word (accents, case and punctuation ignored: "uitpas" finds "UiT-pas")
    /// are ranked cheaply by where the words stand; only when they are fewer than `WANTED`
    /// does the fuzzy matcher look for scattered matches in titles, decisions and actions
    /// (minutes only ever match by words: a scattered match in a long sentence is noise).
    /// A query of one or two letters leaves the minutes out: nearly every sentence holds
    /// them, and titles, decisions and actions are what such a query is after.
    pub fn matches(&self, query: &str, kind: Option<Kind>, previous: Option<&Matches>) -> Matches {
        let pattern = fold(query.trim());
        let short = pattern.chars().count() < SHORT;
        if pattern.is_empty() {
            return Matches { pattern, kind, short, ..Matches::default() };
        }
        // A short query's matches lack the minutes: a longer one cannot narrow from them.
        let narrowed = previous
            .filter(|p| p.kind == kind && !p.pattern.is_empty() && pattern.starts_with(&p.pattern))
            .filter(|p| short || !p.short)
            .map(|p| p.subsequence.clone());
        let candidates: Vec<u32> = narrowed.unwrap_or_else(|| {
            (0..self.haystacks.len() as u32)
                .filter(|&i| {
                    let k = self.haystacks[i as usize].kind;
                    kind.is_none_or(|want| k == want) && !(short && k == Kind::Minutes)
                })
                .collect()
        });
        let compact_pattern = compact(&pattern);
        let subsequence = parallel(&candidates, |chunk| {
            chunk
                .iter()
                .copied()
                .filter(|&i| self.holds(&self.haystacks[i as usize], &pattern, &compact_pattern))
                .collect()
        });
        let words: Vec<String> =
            pattern.split_whitespace().map(compact).filter(|w| !w.is_empty()).collect();
        let code_hits: Vec<usize> = ObjectiveCode::parse_loose(&pattern)
            .map(|code| self.codes.iter().filter(|(c, _)| *c == code).map(|(_, i)| *i).collect())
            .unwrap_or_default();
        let bonus = |i: u32| {
            weight(self.haystacks[i as usize].kind)
                + if code_hits.contains(&(i as usize)) { 1_000 } else { 0 }
        };
        let mut found: Vec<(u32, i64)> = parallel(&subsequence, |chunk| {
            chunk
                .iter()
                .filter_map(|&i| {
                    let h = &self.haystacks[i as usize];
                    let mut score = 200;
                    for w in &words {
                        let at = self.compact(h).find(w.as_str())?;
                        score -= (at.min(400) / 4) as i64;
                    }
                    Some((i, score + bonus(i)))
                })
                .collect()
        });
        if found.len() < WANTED {
            let matcher = SkimMatcherV2::default().ignore_case();
            let have: std::collections::HashSet<u32> = found.iter().map(|(i, _)| *i).collect();
            for &i in subsequence.iter().filter(|i| !have.contains(i)) {
                let h = &self.haystacks[i as usize];
                if h.kind == Kind::Minutes {
                    continue;
                }
                if let Some(score) = matcher.fuzzy_match(self.folded(h), &pattern) {
                    found.push((i, score / 2 + bonus(i)));
                }
            }
        }
        Matches { pattern, kind, short, subsequence, found }
    }

    /// The best `limit` of `matches`, best first, with the matched characters.
    pub fn hits(&self, matches: &Matches, limit: usize) -> Vec<Hit> {
        let mut best = matches.found.clone();
        let order = |a: &(u32, i64), b: &(u32, i64)| {
            b.1.cmp(&a.1)
                .then(self.haystacks[a.0 as usize].kind.cmp(&self.haystacks[b.0 as usize].kind))
                .then(a.0.cmp(&b.0))
        };
        if best.len() > limit && limit > 0 {
            best.select_nth_unstable_by(limit - 1, order);
            best.truncate(limit);
        }
        best.sort_by(order);
        best.truncate(limit);
        let matcher = SkimMatcherV2::default().ignore_case();
        best.into_iter()
            .map(|(i, score)| {
                let h = &self.haystacks[i as usize];
                let text = self.text(h).to_owned();
                // Folded again for the few hits shown: where each folded char came from.
                let (folded, origin) = fold_with_origin(&text);
                let matched = matcher
                    .fuzzy_indices(&folded, &matches.pattern)
                    .map(|(_, ix)| ix)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|&c| origin.get(c).map(|&o| o as usize))
                    .collect();
                let target = self.targets[h.target as usize].clone();
                Hit { kind: h.kind, target, text, matched, score }
            })
            .collect()
    }
}

/// How many word matches make the fuzzy tier unnecessary.
const WANTED: usize = 50;

/// Patterns shorter than this many letters are not looked for in the minutes.
const SHORT: usize = 3;

/// The haystacks a pattern matched, with their scores: the starting point of the next,
/// longer pattern.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    pattern: String,
    kind: Option<Kind>,
    /// Whether the pattern was too short to look in the minutes.
    short: bool,
    /// Every haystack that holds the pattern's chars in order: the superset that the next,
    /// longer pattern is looked for in.
    subsequence: Vec<u32>,
    found: Vec<(u32, i64)>,
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
}

/// Whether the chars of `pattern` occur in `text` in order (what any fuzzy match needs),
/// checked without allocating; spaces in the pattern are skipped as the matcher skips them.
fn is_subsequence(pattern: &str, text: &str) -> bool {
    let mut rest = text.chars();
    pattern.chars().filter(|c| !c.is_whitespace()).all(|p| rest.any(|t| t == p))
}

/// Runs `work` over `items` on all cores and concatenates the results in order.
fn parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&[T]) -> Vec<R> + Sync) -> Vec<R> {
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

/// The sentences of a text: split after ". ", "? ", "! " and at line ends.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['\n', '.', '?', '!'])
        .map(str::trim)
        .filter(|s| s.chars().filter(|c| c.is_alphanumeric()).count() > 1)
}

/// Only the letters and digits of `text`.
fn compact(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// `fold`, char by char, remembering which original char each folded char came from.
fn fold_with_origin(text: &str) -> (String, Vec<u32>) {
    let mut origin = Vec::with_capacity(text.len());
    let folded = fold_chars(text, Some(&mut origin));
    (folded, origin)
}

/// `fold`, char by char; with `origin`, noting which original char each folded char came from.
fn fold_chars(text: &str, mut origin: Option<&mut Vec<u32>>) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (i, c) in text.chars().enumerate() {
        let start = folded.len();
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            folded.push_str(&fold(c.encode_utf8(&mut buf)));
        }
        if let Some(origin) = origin.as_deref_mut() {
            origin.extend(folded[start..].chars().map(|_| i as u32));
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_remembers_where_each_char_came_from() {
        let (folded, origin) = fold_with_origin("Initiëren");
        assert_eq!(folded, "initieren");
        assert_eq!(origin, (0..9).collect::<Vec<u32>>());
    }

    #[test]
    fn two_letters_leave_the_minutes_out_and_the_third_brings_them_back() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).unwrap();
        let index = SearchIndex::build(&folder, &crate::index::Index::build(&folder));
        let kinds = |m: &Matches| {
            index.hits(m, 1000).iter().map(|h| h.kind).collect::<std::collections::HashSet<_>>()
        };
        let short = index.matches("ui", None, None);
        assert!(!kinds(&short).contains(&Kind::Minutes));
        let longer = index.matches("uitp", None, Some(&short));
        assert!(kinds(&longer).contains(&Kind::Minutes), "narrowing from a short query");
        assert_eq!(longer, index.matches("uitp", None, None));
    }

    #[test]
    fn sentences_split_at_full_stops_and_lines() {
        let got: Vec<&str> = sentences("Eén. Twee? Drie!\nVier\n\n5.").collect();
        assert_eq!(got, vec!["Eén.", "Twee?", "Drie!", "Vier"]);
    }
}
