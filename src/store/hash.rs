//! Content hashes: of a file's bytes (to notice changes on disk), and of a meeting's minutes
//! (recorded by the meeting that approves them, forming a hash chain).

use super::format::pretty_config;
use crate::domain::ids::{BodyId, MeetingId, MemberId};
use crate::domain::meeting::{AgendaItem, Approval, Attendance, Guest, Meeting, MinutesStatus};
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

/// The blake3 hash of a file's bytes as read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileHash(pub [u8; 32]);

impl FileHash {
    /// The hash of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self(*blake3::hash(bytes).as_bytes())
    }
}

impl std::fmt::Display for FileHash {
    /// `blake3:<hex>`, as files record it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "blake3:{}", blake3::Hash::from_bytes(self.0).to_hex())
    }
}

/// The hash that freezes a meeting's minutes: `blake3:<hex>` of its canonical RON with the
/// status left out, since approving the minutes changes their status and nothing else. The
/// canonical RON has `\n` line endings on every platform and a file's CRLF endings are undone
/// when it is read, so a hash recorded on one platform verifies on every other.
///
/// The RON goes straight into the hasher, a buffer at a time, with the line endings made
/// canonical on the way: the same bytes as `to_ron` writes, without holding them all.
pub fn minutes_hash(meeting: &Meeting) -> Result<String, ron::Error> {
    let mut into = Canonical::default();
    ron::ser::to_writer_pretty(&mut into, &Content::of(meeting), pretty_config())?;
    into.flush();
    // `to_ron`'s final line end, added after the line endings were made canonical.
    into.hasher.update(b"\n");
    Ok(format!("blake3:{}", into.hasher.finalize().to_hex()))
}

/// How many bytes [`Canonical`] gathers before hashing them: the serialiser writes a few bytes
/// at a time, and the hasher is fastest fed whole blocks.
const BUFFER: usize = 16 * 1024;

/// A writer that hashes what it is given with every `\r\n` and lone `\r` made `\n`, as
/// `canonical_newlines` does (a string value may hold a carriage return).
#[derive(Default)]
struct Canonical {
    hasher: blake3::Hasher,
    buffer: String,
    /// The last char written was a `\r` (already hashed as `\n`): a `\n` next is its pair.
    after_cr: bool,
}

impl Canonical {
    fn flush(&mut self) {
        self.hasher.update(self.buffer.as_bytes());
        self.buffer.clear();
    }
}

impl std::fmt::Write for Canonical {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        // Nearly every piece the serialiser writes is a few bytes without a `\r`: taken as
        // it is, without splitting (which is most of the time the hash takes).
        if !self.after_cr && !s.as_bytes().contains(&b'\r') {
            self.buffer.push_str(s);
            if self.buffer.len() >= BUFFER {
                self.flush();
            }
            return Ok(());
        }
        for (n, mut part) in s.split('\r').enumerate() {
            if n > 0 {
                self.buffer.push('\n');
                self.after_cr = true;
            }
            if self.after_cr && !part.is_empty() {
                part = part.strip_prefix('\n').unwrap_or(part);
                self.after_cr = false;
            }
            self.buffer.push_str(part);
        }
        if self.buffer.len() >= BUFFER {
            self.flush();
        }
        Ok(())
    }
}

/// A meeting as its minutes hash sees it, borrowed rather than cloned (`check` hashes every
/// approved meeting of the folder): written as the meeting itself is, but with the status
/// `Draft` and without `edited_from` (which version a save was edited from is bookkeeping
/// of the sync, not minutes). The fields, their order and when they are left out
/// are those of [`Meeting`].
#[derive(Serialize)]
#[serde(rename = "Meeting")]
struct Content<'a> {
    version: u32,
    id: &'a MeetingId,
    body: &'a BodyId,
    date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chair: Option<&'a MemberId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    secretary: Option<&'a MemberId>,
    status: MinutesStatus,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    attendance: &'a [Attendance],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    guests: &'a [Guest],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    approves: &'a [Approval],
    agenda: &'a [AgendaItem],
}

impl<'a> Content<'a> {
    fn of(meeting: &'a Meeting) -> Self {
        // Named field by field, without `..`: a field added to `Meeting` does not compile here
        // until it is decided whether the hash covers it.
        let Meeting {
            version,
            id,
            body,
            date,
            // Where the meeting was first planned: no part of its minutes.
            planned_as: _,
            start,
            end,
            location,
            chair,
            secretary,
            status: _,
            attendance,
            guests,
            approves,
            agenda,
            edited_from: _,
            // A state of the meeting, not of its minutes (as the status is).
            cancelled: _,
        } = meeting;
        Content {
            version: *version,
            id,
            body,
            date: *date,
            start: *start,
            end: *end,
            location: location.as_ref(),
            chair: chair.as_ref(),
            secretary: secretary.as_ref(),
            status: MinutesStatus::Draft,
            attendance,
            guests,
            approves,
            agenda,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::format::to_ron;

    /// The hash as it was first computed: of a changed clone of the meeting.
    fn hash_of_clone(meeting: &Meeting) -> String {
        let mut content = meeting.clone();
        content.status = MinutesStatus::Draft;
        content.edited_from = None;
        let text = to_ron(&content).expect("a meeting is always written");
        format!("blake3:{}", blake3::hash(text.as_bytes()).to_hex())
    }

    #[test]
    fn borrowed_view_hashes_the_bytes_the_clone_did() {
        let example = crate::store::load_folder(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
            .expect("the bundled example loads");
        assert!(example.meetings.len() > 5, "the example has meetings");
        for file in &example.meetings {
            let meeting = &file.value;
            assert_eq!(minutes_hash(meeting).ok(), Some(hash_of_clone(meeting)), "{:?}", file.path);
            // Status, edited_from and every optional field changed: still the same bytes.
            let mut changed = meeting.clone();
            changed.status = MinutesStatus::Approved { by: meeting.id.clone() };
            changed.edited_from = Some("blake3:00".into());
            changed.location = Some("Zaal \r\n\u{202e}\r\rB\r".into());
            // Longer than the writer's buffer, with line endings of every kind on the way.
            if let Some(item) = changed.agenda.first_mut() {
                item.minutes = "Lijn een.\r\nLijn twee.\rLijn drie.\n".repeat(BUFFER / 16);
            }
            changed.start = NaiveTime::from_hms_opt(19, 30, 0);
            changed.end = None;
            changed.chair = changed.secretary.take();
            assert_eq!(minutes_hash(&changed).ok(), Some(hash_of_clone(&changed)));
            assert_ne!(hash_of_clone(&changed), hash_of_clone(meeting), "the test changes content");
        }
    }

    #[test]
    fn every_approved_meeting_of_a_generated_history_hashes_as_before() {
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let history = tempfile::tempdir().expect("a temporary folder");
        crate::generate::generate_from(history.path(), 3, 2021, example).expect("generated");
        let folder = crate::store::load_folder(history.path()).expect("the history loads");
        let mut approved = 0;
        for file in &folder.meetings {
            assert_eq!(minutes_hash(&file.value).ok(), Some(hash_of_clone(&file.value)));
            for approval in &file.value.approves {
                let earlier = folder.meetings.iter().find(|m| m.value.id == approval.meeting);
                let earlier = earlier.expect("the generator approves meetings it wrote");
                // The hash recorded at approval is what the new function still gives.
                assert_eq!(minutes_hash(&earlier.value).ok().as_deref(), Some(&*approval.hash));
                approved += 1;
            }
        }
        assert!(approved > 20, "a three-year history approves its minutes ({approved})");
    }
}
