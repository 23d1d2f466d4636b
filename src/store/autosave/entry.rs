//! One document's saving state as the worker moves it: due, saved, failed (with backoff) or
//! in conflict.

use super::{Entry, SaveState};
use crate::store::hash::FileHash;
use crate::store::save::{Base, SaveError};
use chrono::Utc;
use std::sync::Arc;
use std::time::{Duration, Instant};

impl<T> Entry<T> {
    pub(super) fn untracked() -> Self {
        Entry {
            base: None,
            epoch: 0,
            latest: None,
            dirty: false,
            state: SaveState::Unchanged,
            attempts: 0,
        }
    }

    pub(super) fn is_due(&self, now: Instant) -> bool {
        let ready = match &self.state {
            SaveState::Pending => true,
            SaveState::Failed { next_retry: Some(at), .. } => *at <= now,
            _ => false,
        };
        ready && self.dirty && self.base.is_some() && self.latest.is_some()
    }

    /// The state once new content arrived: a save in flight, a conflict and a retry already
    /// scheduled keep theirs (the worker picks the new content up from there).
    pub(super) fn state_after_submit(&self) -> SaveState {
        if self.base.is_none() {
            return SaveState::Failed {
                error: Arc::new(SaveError::NotTracked),
                attempts: 0,
                next_retry: None,
            };
        }
        match &self.state {
            SaveState::Saving
            | SaveState::Conflict { .. }
            | SaveState::Failed { next_retry: Some(_), .. } => self.state.clone(),
            _ => SaveState::Pending,
        }
    }

    pub(super) fn saved(&mut self, hash: FileHash) {
        self.base = Some(Base::after_save(hash));
        self.attempts = 0;
        self.state =
            if self.dirty { SaveState::Pending } else { SaveState::Saved { at: Utc::now(), hash } };
    }

    /// The content was not saved: it is dirty again (unless newer content already is).
    pub(super) fn failed(&mut self, error: SaveError) {
        self.dirty = true;
        self.attempts += 1;
        let conflict = matches!(error, SaveError::ChangedOnDisk(_) | SaveError::Missing(_));
        // Retrying helps only a disk that said no or a file held by another program; for the
        // rest (newer schema, path outside, not serialisable) only a new submission tries.
        let retry = matches!(error, SaveError::Io(..) | SaveError::Busy(..))
            .then(|| Instant::now() + retry_delay(self.attempts));
        let error = Arc::new(error);
        self.state = if conflict {
            SaveState::Conflict { error }
        } else {
            SaveState::Failed { error, attempts: self.attempts, next_retry: retry }
        };
    }
}

/// The wait before retry number `attempts`: 1 s, 2 s, 5 s, then every 10 s.
pub(super) fn retry_delay(attempts: u32) -> Duration {
    let seconds = match attempts {
        0 | 1 => 1,
        2 => 2,
        3 => 5,
        _ => 10,
    };
    Duration::from_secs(seconds)
}
