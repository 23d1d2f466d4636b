//! A meeting's haystacks as `search` on the command line keeps them in the user's cache
//! (keyed by the hash of the meeting file's bytes): each text as written, its word form, and
//! what a hit on it needs to be printed, in a compact binary form that a query reads without
//! parsing the meeting or building a search index.
//!
//! The haystacks come in the order the app's search index has them: the decisions, then the
//! action items, then each agenda item's minutes sentence by sentence (see `build`).
//!
//! Layout (little endian): the meeting's day (`i32`, days from the common era), the length
//! and bytes of the [`Meta`] (JSON), the number of haystacks (`u32`), for each its kind
//! (`u8`), the lengths of its text and of its word form (`u32` each), then the texts end to
//! end, then the word forms, each followed by a line end (which no word form holds, so a word
//! found in the whole stretch lies inside one haystack).

use super::build::sentences;
use super::search::Kind;
use super::words::words;
use crate::domain::ids::{BodyId, MeetingId, ObjectiveId};
use crate::domain::meeting::{Meeting, Outcome};
use chrono::{Datelike, NaiveDate};

/// What the hits of one meeting need besides their texts: the meeting, and for each
/// haystack its number (the decision's, the action item's, the agenda item's), a
/// decision's outcome and objectives.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct Meta {
    pub(super) id: MeetingId,
    pub(super) body: BodyId,
    pub(super) places: Vec<(u32, Option<Outcome>, Vec<ObjectiveId>)>,
}

/// The bytes of one haystack's entry in the table.
const ENTRY: usize = 9;

/// The record of `meeting`.
pub(super) fn record_of(meeting: &Meeting) -> Vec<u8> {
    let mut places = Vec::new();
    let mut found: Vec<(Kind, &str)> = Vec::new();
    for (_, d) in meeting.decisions() {
        places.push((d.number, Some(d.outcome), d.objectives.clone()));
        found.push((Kind::Decision, &d.text));
    }
    for (_, a) in meeting.action_items() {
        places.push((a.number, None, Vec::new()));
        found.push((Kind::Action, &a.text));
    }
    for item in &meeting.agenda {
        for sentence in sentences(&item.minutes) {
            places.push((item.number, None, Vec::new()));
            found.push((Kind::Minutes, sentence));
        }
    }
    let meta = Meta { id: meeting.id.clone(), body: meeting.body.clone(), places };
    let meta = serde_json::to_vec(&meta).unwrap_or_default();
    let forms: Vec<String> = found.iter().map(|(_, text)| words(text, None)).collect();
    let mut out = Vec::new();
    out.extend(meeting.date.num_days_from_ce().to_le_bytes());
    out.extend((meta.len() as u32).to_le_bytes());
    out.extend(&meta);
    out.extend((found.len() as u32).to_le_bytes());
    for ((kind, text), form) in found.iter().zip(&forms) {
        out.push(*kind as u8);
        out.extend((text.len() as u32).to_le_bytes());
        out.extend((form.len() as u32).to_le_bytes());
    }
    found.iter().for_each(|(_, text)| out.extend(text.as_bytes()));
    for form in &forms {
        out.extend(form.as_bytes());
        out.push(b'\n');
    }
    out
}

/// A record as read: every length checked to lie inside it.
pub(super) struct Record<'a> {
    /// The meeting's day.
    pub(super) date: NaiveDate,
    meta: &'a [u8],
    table: &'a [u8],
    texts: &'a [u8],
    /// The word forms, each followed by a line end.
    pub(super) words: &'a str,
}

/// One haystack of a record.
pub(super) struct Entry<'a> {
    pub(super) kind: Kind,
    /// Where its text lies in the record's texts.
    text: std::ops::Range<usize>,
    /// Its word form.
    pub(super) words: &'a str,
}

impl<'a> Record<'a> {
    /// The record in `bytes`; none when it is not whole.
    pub(super) fn read(bytes: &'a [u8]) -> Option<Self> {
        let mut at = Cursor { bytes, at: 0 };
        let date = NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes(at.array()?))?;
        let meta_len = u32::from_le_bytes(at.array()?) as usize;
        let meta = at.take(meta_len)?;
        let count = u32::from_le_bytes(at.array()?) as usize;
        let table = at.take(count.checked_mul(ENTRY)?)?;
        let (mut texts, mut forms) = (0usize, 0usize);
        for entry in table.chunks_exact(ENTRY) {
            kind(entry[0])?;
            texts = texts.checked_add(u32_at(entry, 1) as usize)?;
            forms = forms.checked_add(u32_at(entry, 5) as usize + 1)?;
        }
        let texts = at.take(texts)?;
        let words = std::str::from_utf8(at.take(forms)?).ok()?;
        (at.at == bytes.len()).then_some(Self { date, meta, table, texts, words })
    }

    /// The haystacks, in order.
    pub(super) fn entries(&self) -> impl Iterator<Item = Entry<'a>> + '_ {
        let (mut text, mut form) = (0usize, 0usize);
        self.table.chunks_exact(ENTRY).map(move |entry| {
            let (text_len, form_len) = (u32_at(entry, 1) as usize, u32_at(entry, 5) as usize);
            let words = self.words.get(form..form + form_len).unwrap_or_default();
            let out = Entry {
                kind: kind(entry[0]).unwrap_or(Kind::Minutes),
                text: text..text + text_len,
                words,
            };
            text += text_len;
            form += form_len + 1;
            out
        })
    }

    /// The text of `entry` as written (none when it is not UTF-8).
    pub(super) fn text(&self, entry: &Entry<'_>) -> Option<&'a str> {
        std::str::from_utf8(self.texts.get(entry.text.clone())?).ok()
    }

    /// The meeting and the haystacks' numbers.
    pub(super) fn meta(&self) -> Option<Meta> {
        serde_json::from_slice(self.meta).ok()
    }
}

/// The kind written as `byte`.
fn kind(byte: u8) -> Option<Kind> {
    [Kind::Objective, Kind::Decision, Kind::Action, Kind::Minutes]
        .into_iter()
        .find(|k| *k as u8 == byte)
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or([0; 4]))
}

/// Reads a record front to back.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let part = self.bytes.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(part)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_and_a_cut_one_does_not() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).unwrap();
        let meeting = &folder.meetings.iter().max_by_key(|m| m.value.agenda.len()).unwrap().value;
        let bytes = record_of(meeting);
        let record = Record::read(&bytes).unwrap();
        assert_eq!(record.date, meeting.date);
        let meta = record.meta().unwrap();
        assert_eq!(meta.id, meeting.id);
        let entries: Vec<Entry<'_>> = record.entries().collect();
        assert_eq!(entries.len(), meta.places.len());
        let texts: Vec<&str> = meeting.decisions().map(|(_, d)| d.text.as_str()).collect();
        let read: Vec<&str> = entries.iter().map(|e| record.text(e).unwrap()).collect();
        assert_eq!(&read[..texts.len()], &texts[..]);
        assert!(entries.iter().all(|e| e.words == words(record.text(e).unwrap(), None)));
        assert!(entries.iter().any(|e| e.kind == Kind::Minutes));
        assert!(Record::read(&bytes[..bytes.len() - 1]).is_none());
        assert!(Record::read(&[bytes.as_slice(), b"x"].concat()).is_none());
    }
}
