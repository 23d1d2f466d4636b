//! `search` on the command line over the meetings' records (see `record`): each meeting's
//! haystacks scanned where they are read, the best hits made from the few records that hold
//! them. What it finds is what the app's whole search index finds, in the same order, with the
//! same texts, marks and scores: the matching, scoring and ranking rules are the index's own
//! (`literal`, `level_score`, the order of `hits`), and the haystacks come in its order.

use super::objectives::ObjectiveIndex;
use super::query::{Matches, Word, highlight, level_score};
use super::record::{Entry, Record, record_of};
use super::search::{About, Hit, Kind, Target};
use super::words::{INSIDE_FROM, literal, words};
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{ActionItemRef, DecisionRef};
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

/// One query, as the search index would run it with every word found as typed.
#[derive(Debug)]
pub struct RecordQuery {
    matches: Matches,
    /// Fewer letters than match inside words: the minutes are left out.
    short: bool,
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
}

impl RecordQuery {
    /// The query `query` of `kind`; none for a code or nothing to look for (the search
    /// index answers those).
    pub fn new(query: &str, kind: Option<Kind>) -> Option<Self> {
        let pattern = words(query.trim(), None);
        if pattern.is_empty() || ObjectiveCode::parse_loose(&pattern).is_some() {
            return None;
        }
        let short = pattern.chars().filter(|c| *c != ' ').count() < INSIDE_FROM;
        let words = pattern.split(' ').map(|w| Word { typed: w.to_owned(), typos: None }).collect();
        let matches = Matches { pattern, kind, words, code: None, found: Vec::new() };
        Some(Self { matches, short })
    }

    /// What the record in `bytes` holds for the query; none when it is not whole.
    /// `hash` is that of the meeting file's bytes.
    pub fn scan(&self, bytes: &[u8], hash: FileHash) -> Option<Scanned> {
        let record = Record::read(bytes)?;
        let words = &self.matches.words;
        // Most meetings of a long history lack a rare word: one look at all their word forms.
        let present: Vec<bool> = words.iter().map(|w| record.words.contains(&w.typed)).collect();
        let mut found = vec![false; words.len()];
        let mut matched = Vec::new();
        if present.contains(&true) {
            for (i, entry) in record.entries().enumerate() {
                let levels: Vec<_> = words
                    .iter()
                    .zip(&present)
                    .map(|(w, here)| here.then(|| literal(entry.words, &w.typed)).flatten())
                    .collect();
                found.iter_mut().zip(&levels).for_each(|(f, l)| *f |= l.is_some());
                if self.wanted(entry.kind) && levels.iter().all(Option::is_some) {
                    let score = levels.into_iter().flatten().map(level_score).sum();
                    matched.push((i as u32, entry.kind, score));
                }
            }
        }
        let date = Some(record.date);
        Some(Scanned { found, matched, date, hash, record: Vec::new() })
    }

    /// What `meeting` (in a file whose bytes hash to `hash`) holds for the query, and its
    /// record.
    pub fn scan_meeting(&self, meeting: &Meeting, hash: FileHash) -> Option<(Scanned, Vec<u8>)> {
        let record = record_of(meeting);
        let mut scanned = self.scan(&record, hash)?;
        if !scanned.matched.is_empty() {
            scanned.record = record.clone();
        }
        Some((scanned, record))
    }

    fn wanted(&self, kind: Kind) -> bool {
        self.matches.kind.is_none_or(|k| k == kind) && !(self.short && kind == Kind::Minutes)
    }

    /// The best `limit` hits among the objectives and the scanned meetings (in the folder's
    /// order), best first: none when a word of the query occurs nowhere (the search index
    /// then looks for it as a typo). `fetch` reads a record again by its file's hash.
    pub fn hits(
        &self,
        objectives: &ObjectiveIndex,
        meetings: &[Scanned],
        limit: usize,
        fetch: &dyn Fn(FileHash) -> Option<Vec<u8>>,
    ) -> Option<Vec<Hit>> {
        let texts: Vec<String> =
            objectives.all().iter().map(super::build::objective_haystack).collect();
        let (mut best, mut found) = self.objectives(&texts);
        for (m, scanned) in meetings.iter().enumerate() {
            found.iter_mut().zip(&scanned.found).for_each(|(f, here)| *f |= here);
            for &(at, kind, score) in &scanned.matched {
                best.push((kind.tier(), score, scanned.date, (kind as u8, m, at)));
            }
        }
        if found.contains(&false) {
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
            let levels: Vec<_> =
                self.matches.words.iter().map(|w| literal(&form, &w.typed)).collect();
            found.iter_mut().zip(&levels).for_each(|(f, l)| *f |= l.is_some());
            if self.wanted(Kind::Objective) && levels.iter().all(Option::is_some) {
                let score = levels.into_iter().flatten().map(level_score).sum();
                best.push((Kind::Objective.tier(), score, None, (Kind::Objective as u8, i, 0)));
            }
        }
        (best, found)
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
