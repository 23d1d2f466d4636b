//! The hash of the minutes of every approved meeting, computed on all cores: writing each
//! approved meeting out again to hash it is most of what `check` does besides reading the
//! folder, and the meetings are independent of each other. A command keeps each hash in the
//! user's cache, by the hash of the meeting file's bytes (which the minutes hash follows from),
//! so an unchanged meeting is not written out again the next time.

use super::{FindingKind, Findings, Known, Severity};
use crate::store::cache::Cache;
use crate::store::hash::minutes_hash;
use crate::store::load::{Folder, LoadedFile};
use std::collections::{HashMap, HashSet};

/// The tag of the minutes hashes in the cache.
const TAG: &str = "stuurgroep minutes hash 1";

/// The minutes hash of each meeting of `folder` (as read from disk) that a meeting approves,
/// by id (`None` when it cannot be written, which never matches a recorded hash).
pub(super) fn approved_hashes(folder: &Folder) -> HashMap<&str, Option<String>> {
    let approved: HashSet<&str> = folder
        .meetings
        .iter()
        .flat_map(|m| m.value.approves.iter().map(|a| a.meeting.as_str()))
        .collect();
    let meetings: Vec<_> =
        folder.meetings.iter().filter(|m| approved.contains(m.value.id.as_str())).collect();
    // The folder is as read from disk (the command line's): each meeting is what its bytes
    // say, so a hash kept by the bytes' hash is its hash.
    let cache =
        Cache::for_folder_named(&folder.root, folder.files_read.saturating_sub(2), "minutes");
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = meetings.len().div_ceil(workers).max(1);
    let hashes = std::thread::scope(|s| {
        let handles: Vec<_> = meetings
            .chunks(chunk)
            .map(|part| {
                let cache = cache.as_ref();
                s.spawn(move || part.iter().map(|m| hash_of(m, cache)).collect::<Vec<_>>())
            })
            .collect();
        // A worker that panicked leaves its meetings out: they then read as mismatched.
        handles.into_iter().filter_map(|h| h.join().ok()).flatten().collect()
    });
    // A cache that cannot be written only makes the next check as slow as this one.
    let _ = cache.map(Cache::save);
    hashes
}

/// The id and minutes hash of `meeting`, from `cache` when it holds it (and kept there).
fn hash_of<'a>(
    meeting: &'a LoadedFile<crate::domain::meeting::Meeting>,
    cache: Option<&Cache>,
) -> (&'a str, Option<String>) {
    let id = meeting.value.id.as_str();
    let cached = cache.and_then(|c| c.raw(TAG, meeting.hash));
    if let Some(hash) = cached.and_then(|bytes| String::from_utf8(bytes).ok()) {
        return (id, Some(hash));
    }
    let hash = minutes_hash(&meeting.value).ok();
    if let (Some(cache), Some(hash)) = (cache, &hash) {
        cache.keep_raw(TAG, meeting.hash, hash.clone().into_bytes());
    }
    (id, hash)
}

/// The hash chain: each approval of a meeting in the folder (not unreadable) records the hash
/// its minutes still have, from `hashes` ([`approved_hashes`]); a meeting the approval names
/// that is not there is `check_meetings`'s finding.
pub(super) fn check_hashes(
    folder: &Folder,
    known: &Known,
    by_id: &super::meetings::ById<'_>,
    hashes: &HashMap<&str, Option<String>>,
    findings: &mut Findings,
) {
    for m in folder.meetings.iter().map(|f| &f.value) {
        for approval in &m.approves {
            if known.unreadable(&approval.meeting) {
                continue;
            }
            let Some(approved) = by_id.get(approval.meeting.as_str()) else { continue };
            let hash = hashes.get(approval.meeting.as_str()).and_then(Option::as_deref);
            if hash != Some(approval.hash.as_str()) {
                findings.push(
                    &approved.path,
                    None,
                    Severity::Error,
                    FindingKind::HashMismatch { approved_by: m.id.to_string() },
                );
            }
        }
    }
}
