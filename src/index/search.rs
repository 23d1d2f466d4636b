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

/// One searchable text.
#[derive(Debug, Clone)]
struct Haystack {
    kind: Kind,
    target: Target,
    text: String,
    folded: String,
    /// For each char of `folded`, the index of the char of `text` it came from.
    origin: Vec<usize>,
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
    codes: Vec<(ObjectiveCode, usize)>,
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
                format!("{} · {}", codes.join(" · "), o.title),
            );
        }
        for d in &index.decisions {
            s.push(Kind::Decision, Target::Decision(d.reference.clone()), d.text.clone());
        }
        for a in &index.actions {
            s.push(Kind::Action, Target::Action(a.reference.clone()), a.text.clone());
        }
        for m in folder.meetings.iter().map(|f| &f.value) {
            for item in &m.agenda {
                for sentence in sentences(&item.minutes) {
                    s.push(
                        Kind::Minutes,
                        Target::Minutes(m.id.clone(), item.number),
                        sentence.to_owned(),
                    );
                }
            }
        }
        s
    }

    fn push(&mut self, kind: Kind, target: Target, text: String) {
        let (folded, origin) = fold_with_origin(&text);
        self.haystacks.push(Haystack { kind, target, text, folded, origin });
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
        let pattern = fold(query.trim());
        if pattern.is_empty() {
            return Vec::new();
        }
        let matcher = SkimMatcherV2::default().ignore_case();
        let exact_code = ObjectiveCode::parse_loose(&pattern);
        let mut hits: Vec<Hit> = self
            .haystacks
            .iter()
            .enumerate()
            .filter(|(_, h)| kind.is_none_or(|k| h.kind == k))
            .filter_map(|(i, h)| {
                let (score, indices) = matcher.fuzzy_indices(&h.folded, &pattern)?;
                let code_bonus = match exact_code {
                    Some(code) if self.codes.contains(&(code, i)) => 1_000,
                    _ => 0,
                };
                let matched = indices.iter().filter_map(|&c| h.origin.get(c).copied()).collect();
                Some(Hit {
                    kind: h.kind,
                    target: h.target.clone(),
                    text: h.text.clone(),
                    matched,
                    score: score + weight(h.kind) + code_bonus,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.kind.cmp(&b.kind)));
        hits.truncate(limit);
        hits
    }
}

/// The sentences of a text: split after ". ", "? ", "! " and at line ends.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['\n', '.', '?', '!'])
        .map(str::trim)
        .filter(|s| s.chars().filter(|c| c.is_alphanumeric()).count() > 1)
}

/// `fold`, char by char, remembering which original char each folded char came from.
fn fold_with_origin(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (i, c) in text.chars().enumerate() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
            origin.push(i);
            continue;
        }
        for f in fold(c.encode_utf8(&mut buf)).chars() {
            folded.push(f);
            origin.push(i);
        }
    }
    (folded, origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_remembers_where_each_char_came_from() {
        let (folded, origin) = fold_with_origin("Initiëren");
        assert_eq!(folded, "initieren");
        assert_eq!(origin, vec![0, 1, 2, 3, 4, 5, 6, 7, 8]);
    }

    #[test]
    fn sentences_split_at_full_stops_and_lines() {
        let got: Vec<&str> = sentences("Eén. Twee? Drie!\nVier\n\n5.").collect();
        assert_eq!(got, vec!["Eén.", "Twee?", "Drie!", "Vier"]);
    }
}
