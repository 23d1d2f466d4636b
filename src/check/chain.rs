//! The hash of the minutes of every approved meeting, computed on all cores: writing each
//! approved meeting out again to hash it is most of what `check` does besides reading the
//! folder, and the meetings are independent of each other.

use crate::store::hash::minutes_hash;
use crate::store::load::Folder;
use std::collections::{HashMap, HashSet};

/// The minutes hash of each meeting of `folder` that a meeting approves, by id (`None` when
/// it cannot be written, which never matches a recorded hash).
pub(super) fn approved_hashes(folder: &Folder) -> HashMap<&str, Option<String>> {
    let approved: HashSet<&str> = folder
        .meetings
        .iter()
        .flat_map(|m| m.value.approves.iter().map(|a| a.meeting.as_str()))
        .collect();
    let meetings: Vec<_> =
        folder.meetings.iter().filter(|m| approved.contains(m.value.id.as_str())).collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = meetings.len().div_ceil(workers).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = meetings
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|m| (m.value.id.as_str(), minutes_hash(&m.value).ok()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // A worker that panicked leaves its meetings out: they then read as mismatched.
        handles.into_iter().filter_map(|h| h.join().ok()).flatten().collect()
    })
}
