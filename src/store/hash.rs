//! Content hashes: of a file's bytes (to notice changes on disk), and of a meeting's minutes
//! (recorded by the meeting that approves them, forming a hash chain).

use super::format::to_ron;
use crate::domain::meeting::{Meeting, MinutesStatus};

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
pub fn minutes_hash(meeting: &Meeting) -> Result<String, ron::Error> {
    let mut content = meeting.clone();
    content.status = MinutesStatus::Draft;
    // Which version a save was edited from is bookkeeping of the sync, not minutes.
    content.edited_from = None;
    let text = to_ron(&content)?;
    Ok(format!("blake3:{}", blake3::hash(text.as_bytes()).to_hex()))
}
