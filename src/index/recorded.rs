//! `search` on the command line over the meetings' records (see `record`): each meeting's
//! haystacks scanned where they are read, the best hits made from the few records that hold
//! them. What it finds is what the app's whole search index finds, in the same order, with the
//! same texts, marks and scores: the matching, scoring and ranking rules are the index's own
//! (`literal`, `level_score`, the order of `hits`), and the haystacks come in its order.

use super::objectives::ObjectiveIndex;
use super::query::{Matches, Word, highlight, level_score, look_for_in};
use super::record::{Entry, Record, record_of};
use super::search::{About, Hit, Kind, Target};
use super::words::{INSIDE_FROM, Level, literal, words};
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{ActionItemRef, DecisionRef, ObjectiveId};
use crate::domain::meeting::Meeting;
use crate::store::hash::FileHash;
use chrono::NaiveDate;
use std::cmp::Reverse;

/// A match as ranked: (tier, score, day, where), where is (kind, the objective's or the
/// meeting's position, the haystack's in the meeting): the search index's order (objectives,
/// then decisions, action items and minutes, each meeting after meeting).
type Ranked = (u8, i64, Option<NaiveDate>, (u8, usize, u32));

/// The tag of the records in the cache.
pub const RECORD_TAG: &str = "stuurgroep search record 1";

/// One query, as the search index would run it: first with every word as typed, then (when
/// a word occurs nowhere) with each word looked up in the folder's words, as a typo of the
/// closest when it is not there.
#[derive(Debug, Clone)]
pub struct RecordQuery {
    matches: Matches,
    /// Fewer letters than match inside words: the minutes are left out.
    short: bool,
    /// Its words were looked up in the folder's words (see [`Self::typos`]).
    looked_up: bool,
}

/// What one meeting's record holds for a query.
#[derive(Debug)]
pub struct Scanned {
    /// Whether each word of the query occurs in some haystack of the meeting (any kind).
    found: Vec<bool>,
    /// (haystack, its kind, score) of each that matches every word, of the kind asked for.
    matched: Vec<(u32, Kind, i64)>,
    /// The meeting's day.
    date: Option<NaiveDate>,
    /// The hash of the meeting file's bytes: its record is found again by it.
    hash: FileHash,
    /// The record, when it was made now and something matched (else read again by `hash`).
    record: Vec<u8>,
    /// For a code: each decision (haystack) with its objectives, scored once the plan says
    /// which codes they had on the meeting's day.
    coded: Vec<(u32, Vec<ObjectiveId>)>,
}

impl RecordQuery {
    /// The query `query` of `kind`; none for nothing to look for.
    pub fn new(query: &str, kind: Option<Kind>) -> Option<Self> {
        let pattern = words(query.trim(), None);
        if pattern.is_empty() {
            return None;
        }
        if let Some(code) = ObjectiveCode::parse_loose(&pattern) {
            let matches = Matches { pattern, kind, code: Some(code), ..Matches::default() };
            return Some(Self { matches, short: false, looked_up: false });
        }
        let short = pattern.chars().filter(|c| *c != ' ').count() < INSIDE_FROM;
        let words = pattern.split(' ').map(|w| Word { typed: w.to_owned(), typos: None }).collect();
        let matches = Matches { pattern, kind, words, code: None, found: Vec::new() };
        Some(Self { matches, short, looked_up: false })
    }

    /// The query with each word that `found` says occurs nowhere looked up as the search
    /// index does in `vocabulary` (the folder's distinct words that start as it does): as a
    /// typo of the closest words.
    fn looked_up(&self, vocabulary: &str, found: &[bool]) -> Self {
        let words = self.matches.words.iter().zip(found);
        let words = words
            .map(|(w, &found)| if found { w.clone() } else { look_for_in(vocabulary, &w.typed) })
            .collect();
        let matches = Matches { words, ..self.matches.clone() };
        Self { matches, short: self.short, looked_up: true }
    }

    /// What the record in `bytes` holds for the query; none when it is not whole.
    /// `hash` is that of the meeting file's bytes.
    pub fn scan(&self, bytes: &[u8], hash: FileHash) -> Option<Scanned> {
        let record = Record::read(bytes)?;
        if let Some(code) = self.matches.code {
            return self.scan_code(&record, code, hash);
        }
        let words = &self.matches.words;
        // Most meetings of a long history lack a rare word: one look at all their word forms.
        let present: Vec<bool> = words.iter().map(|w| w.may_be_in(record.words)).collect();
        let mut found = vec![false; words.len()];
        let mut matched = Vec::new();
        if present.contains(&true) {
            for (i, entry) in record.entries().enumerate() {
                let levels: Vec<_> = words
                    .iter()
                    .zip(&present)
                    .map(|(w, here)| here.then(|| w.level(entry.words)).flatten())
                    .collect();
                found.iter_mut().zip(&levels).for_each(|(f, l)| *f |= l.is_some());
                if self.wanted(entry.kind) && levels.iter().all(Option::is_some) {
                    let score = levels.into_iter().flatten().map(level_score).sum();
                    matched.push((i as u32, entry.kind, score));
                }
            }
        }
        let date = Some(record.date);
        Some(Scanned { found, matched, date, hash, record: Vec::new(), coded: Vec::new() })
    }

    /// What a record holds for a code, as the search index's `code_matches` finds it: the
    /// decisions with objectives (scored in [`Self::hits`]), the action items and minutes
    /// that name the code.
    fn scan_code(
        &self,
        record: &Record<'_>,
        code: ObjectiveCode,
        hash: FileHash,
    ) -> Option<Scanned> {
        let phrase = words(&code.to_string(), None);
        let decisions = self.wanted(Kind::Decision);
        let meta = if decisions { Some(record.meta()?) } else { None };
        let (mut matched, mut coded) = (Vec::new(), Vec::new());
        for (i, entry) in record.entries().enumerate() {
            match (entry.kind, &meta) {
                (Kind::Decision, Some(meta)) => {
                    let objectives = &meta.places.get(i)?.2;
                    if !objectives.is_empty() {
                        coded.push((i as u32, objectives.clone()));
                    }
                }
                (Kind::Action | Kind::Minutes, _)
                    if self.wanted(entry.kind)
                        && literal(entry.words, &phrase) == Some(Level::Whole) =>
                {
                    matched.push((i as u32, entry.kind, 60));
                }
                _ => {}
            }
        }
        let date = Some(record.date);
        Some(Scanned { found: Vec::new(), matched, date, hash, record: Vec::new(), coded })
    }

    /// What `meeting` (in a file whose bytes hash to `hash`) holds for the query, and its
    /// record (kept in what is scanned too: it is not in the cache before the search ends).
    pub fn scan_meeting(&self, meeting: &Meeting, hash: FileHash) -> Option<(Scanned, Vec<u8>)> {
        let record = record_of(meeting);
        let mut scanned = self.scan(&record, hash)?;
        scanned.record = record.clone();
        Some((scanned, record))
    }

    /// The query with each word that occurs nowhere looked up as a typo in the words of the
    /// objectives and of the scanned meetings' records, and those meetings scanned again for
    /// it: the search index's way with such a word. None when a record cannot be read again
    /// by `fetch`.
    pub fn typos(
        &self,
        objectives: &ObjectiveIndex,
        meetings: &[Scanned],
        fetch: &dyn Fn(FileHash) -> Option<Vec<u8>>,
    ) -> Option<(Self, Vec<Scanned>)> {
        let records: Vec<std::borrow::Cow<'_, [u8]>> = meetings
            .iter()
            .map(|s| match s.record.is_empty() {
                true => fetch(s.hash).map(std::borrow::Cow::Owned),
                false => Some(std::borrow::Cow::Borrowed(s.record.as_slice())),
            })
            .collect::<Option<_>>()?;
        let read: Vec<Record<'_>> =
            records.iter().map(|r| Record::read(r)).collect::<Option<_>>()?;
        let texts: Vec<String> =
            objectives.all().iter().map(super::build::objective_haystack).collect();
        let mut found = self.objectives(&texts).1;
        for scanned in meetings {
            found.iter_mut().zip(&scanned.found).for_each(|(f, here)| *f |= here);
        }
        // A typo is of a word that starts as it does (see `typo_distance`): only those words
        // of the folder are gathered.
        let typed = self.matches.words.iter().zip(&found);
        let firsts: Vec<char> =
            typed.filter(|(_, f)| !**f).filter_map(|(w, _)| w.typed.chars().next()).collect();
        let starts = |w: &str| w.chars().next().is_some_and(|c| firsts.contains(&c));
        let forms: Vec<String> = texts.iter().map(|t| words(t, None)).collect();
        let forms = forms.iter().map(String::as_str).chain(read.iter().map(|r| r.words));
        let query = self.looked_up(&super::build::vocabulary_of(forms, starts), &found);
        let mut again = Vec::with_capacity(meetings.len());
        for (scanned, record) in meetings.iter().zip(&records) {
            let mut found = query.scan(record, scanned.hash)?;
            if !found.matched.is_empty() {
                found.record = record.to_vec();
            }
            again.push(found);
        }
        Some((query, again))
    }

    fn wanted(&self, kind: Kind) -> bool {
        self.matches.kind.is_none_or(|k| k == kind) && !(self.short && kind == Kind::Minutes)
    }

    /// The best `limit` hits among the objectives and the scanned meetings (in the folder's
    /// order), best first: none when a word of the query as typed occurs nowhere (it is then
    /// looked up, see [`Self::typos`]). `fetch` reads a record again by its file's hash.
    pub fn hits(
        &self,
        objectives: &ObjectiveIndex,
        meetings: &[Scanned],
        limit: usize,
        fetch: &dyn Fn(FileHash) -> Option<Vec<u8>>,
    ) -> Option<Vec<Hit>> {
        let texts: Vec<String> =
            objectives.all().iter().map(super::build::objective_haystack).collect();
        let (mut best, mut found) = match self.matches.code {
            Some(code) => (self.code_objectives(objectives, code), Vec::new()),
            None => self.objectives(&texts),
        };
        for (m, scanned) in meetings.iter().enumerate() {
            found.iter_mut().zip(&scanned.found).for_each(|(f, here)| *f |= here);
            for &(at, kind, score) in &scanned.matched {
                best.push((kind.tier(), score, scanned.date, (kind as u8, m, at)));
            }
            let (Some(code), Some(date)) = (self.matches.code, scanned.date) else { continue };
            for (at, ids) in &scanned.coded {
                let Some(score) = code_score(objectives, ids, date, code) else { continue };
                let place = (Kind::Decision as u8, m, *at);
                best.push((Kind::Decision.tier(), score, scanned.date, place));
            }
        }
        if found.contains(&false) && !self.looked_up {
            return None;
        }
        let key = |h: &Ranked| (h.0, Reverse(h.1), Reverse(h.2.unwrap_or(NaiveDate::MAX)), h.3);
        if best.len() > limit && limit > 0 {
            best.select_nth_unstable_by_key(limit - 1, key);
        }
        best.truncate(limit);
        best.sort_by_key(key);
        let hit = |&(_, score, _, (kind, m, at)): &Ranked| {
            if kind == Kind::Objective as u8 {
                let id = objectives.all().get(m)?.id.clone();
                let text = texts.get(m)?.clone();
                let (target, about) = (Target::Objective(id), About::default());
                return Some(self.hit(Kind::Objective, target, about, text, score));
            }
            let scanned = meetings.get(m)?;
            let read;
            let record = if scanned.record.is_empty() {
                read = fetch(scanned.hash)?;
                &read
            } else {
                &scanned.record
            };
            self.meeting_hit(record, at, score)
        };
        Some(best.iter().filter_map(hit).collect())
    }

    /// The objectives (their haystacks `texts`) that match, and which words they hold.
    fn objectives(&self, texts: &[String]) -> (Vec<Ranked>, Vec<bool>) {
        let mut found = vec![false; self.matches.words.len()];
        let mut best = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let form = words(text, None);
            let levels: Vec<_> = self.matches.words.iter().map(|w| w.level(&form)).collect();
            found.iter_mut().zip(&levels).for_each(|(f, l)| *f |= l.is_some());
            if self.wanted(Kind::Objective) && levels.iter().all(Option::is_some) {
                let score = levels.into_iter().flatten().map(level_score).sum();
                best.push((Kind::Objective.tier(), score, None, (Kind::Objective as u8, i, 0)));
            }
        }
        (best, found)
    }

    /// The objectives that had `code`: today's holder scores 100, an earlier one 80.
    fn code_objectives(&self, objectives: &ObjectiveIndex, code: ObjectiveCode) -> Vec<Ranked> {
        if !self.wanted(Kind::Objective) {
            return Vec::new();
        }
        let all = objectives.all().iter().enumerate();
        let had = all.filter(|(_, o)| o.codes.contains(&code));
        let score = |o: &super::objectives::ObjectiveEntry| {
            if o.is_active() && o.code == code { 100 } else { 80 }
        };
        let tier = Kind::Objective.tier();
        had.map(|(i, o)| (tier, score(o), None, (Kind::Objective as u8, i, 0))).collect()
    }

    /// The hit on haystack `at` of a scanned meeting.
    fn meeting_hit(&self, record: &[u8], at: u32, score: i64) -> Option<Hit> {
        let record = Record::read(record)?;
        let entry: Entry<'_> = record.entries().nth(at as usize)?;
        let text = record.text(&entry)?.to_owned();
        let meta = record.meta()?;
        let (number, outcome, objectives) = meta.places.get(at as usize)?.clone();
        let date = Some(record.date);
        let body = Some(meta.body.clone());
        let (target, about) = match entry.kind {
            Kind::Decision => {
                let about = About { date, body, outcome, objectives };
                (Target::Decision(DecisionRef::new(&meta.id, number)), about)
            }
            Kind::Action => {
                let about = About { date, body, ..About::default() };
                (Target::Action(ActionItemRef::new(&meta.id, number)), about)
            }
            Kind::Minutes => {
                let about = About { date, body, ..About::default() };
                (Target::Minutes(meta.id.clone(), number), about)
            }
            Kind::Objective => return None,
        };
        Some(self.hit(entry.kind, target, about, text, score))
    }

    fn hit(&self, kind: Kind, target: Target, about: About, text: String, score: i64) -> Hit {
        let matched = highlight(&text, &self.matches);
        Hit { kind, target, about, text, matched, score }
    }
}

/// How a decision under the objectives `ids`, taken on `date`, matches `code`: 100 when one
/// of them holds it today, 80 when one held it then (the search index's `codes`).
fn code_score(
    objectives: &ObjectiveIndex,
    ids: &[ObjectiveId],
    date: NaiveDate,
    code: ObjectiveCode,
) -> Option<i64> {
    let of = |o| objectives.codes_of_decision(o, date);
    let scores = ids.iter().filter_map(|id| objectives.get(id.as_str())).map(of);
    let score = |(today, then): (Option<ObjectiveCode>, Option<ObjectiveCode>)| {
        if today == Some(code) { Some(100) } else { (then == Some(code)).then_some(80) }
    };
    scores.filter_map(score).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_is_looked_up_in_the_records_words_not_in_a_search_index() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).unwrap();
        let objectives = ObjectiveIndex::build(&folder.plan.as_ref().unwrap().value);
        let query = RecordQuery::new("kansentarif", None).unwrap();
        let scan =
            |m: &crate::store::load::LoadedFile<Meeting>| query.scan_meeting(&m.value, m.hash);
        let scanned: Vec<Scanned> = folder.meetings.iter().filter_map(scan).map(|s| s.0).collect();
        let none = |_| None;
        assert!(query.hits(&objectives, &scanned, 20, &none).is_none(), "not found as typed");
        let (looked_up, again) = query.typos(&objectives, &scanned, &none).unwrap();
        let hits = looked_up.hits(&objectives, &again, 20, &none).unwrap();
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| words(&h.text, None).contains("kansentarie")), "{hits:?}");
    }
}
