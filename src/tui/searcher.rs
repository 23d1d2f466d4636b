//! Running the search bar's queries: narrowing from the previous keystroke's matches, and, in
//! the running app, on a thread of its own so that typing never waits for the search.

use super::ctx::Ctx;
use crate::index::search::{Hit, Kind, Matches};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// How many hits the search shows.
pub const HITS: usize = 50;

/// Runs queries one after another, each narrowing what the one before matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Searcher {
    last: Matches,
}

impl Searcher {
    /// The hits of `query`, grouped by kind: the group with the best hit first, best first
    /// within each group.
    pub fn hits(&mut self, ctx: &Ctx, query: &str) -> Vec<Hit> {
        let matches = ctx.search().matches(query, None, Some(&self.last));
        let mut hits = ctx.search().hits(&ctx.folder, &ctx.index, &matches, HITS);
        self.last = matches;
        let mut kinds: Vec<Kind> = Vec::new();
        for h in &hits {
            if !kinds.contains(&h.kind) {
                kinds.push(h.kind);
            }
        }
        // Hits come best first and the sort is stable.
        hits.sort_by_key(|h| kinds.iter().position(|k| *k == h.kind));
        hits
    }
}

/// A search thread: queries go in, hits come out, and only the newest query waiting is run.
pub struct SearchWorker {
    queries: Sender<String>,
    results: Receiver<(String, Vec<Hit>)>,
}

impl SearchWorker {
    /// Starts the thread, which first builds the haystacks and runs the check (work the
    /// first frame did not wait for); `wake` is called when the check is done and when
    /// hits arrive.
    pub fn spawn(ctx: Arc<Ctx>, wake: crate::store::reload::Wake) -> Self {
        let (queries, inbox) = mpsc::channel::<String>();
        let (outbox, results) = mpsc::channel();
        std::thread::spawn(move || {
            ctx.prepare();
            wake.wake();
            serve(&ctx, &inbox, &outbox, &wake);
            // After a reload the replaced folder is freed by whoever lets go of it last;
            // when that is this thread, the freed pages go back to the system.
            if let Some(old) = Arc::into_inner(ctx) {
                drop(old);
                crate::index::give_back_memory();
            }
        });
        Self { queries, results }
    }

    /// Asks for the hits of `query`.
    pub fn submit(&self, query: String) {
        // A closed channel means the thread is gone; the bar then keeps its last hits.
        let _ = self.queries.send(query);
    }

    /// The newest result that arrived, if any.
    pub fn poll(&self) -> Option<(String, Vec<Hit>)> {
        self.results.try_iter().last()
    }

    /// Waits (at most `timeout`) for the hits of `query`: Enter right after typing jumps to
    /// what was typed, not to the hits of a shorter query.
    pub fn wait_for(&self, query: &str, timeout: std::time::Duration) -> Option<Vec<Hit>> {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(std::time::Instant::now())?;
            match self.results.recv_timeout(left) {
                Ok((q, hits)) if q == query => return Some(hits),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
    }
}

/// Answers queries until the app lets go of the worker, skipping those a newer one replaced.
fn serve(
    ctx: &Ctx,
    inbox: &Receiver<String>,
    outbox: &mpsc::Sender<(String, Vec<Hit>)>,
    wake: &crate::store::reload::Wake,
) {
    let mut searcher = Searcher::default();
    while let Ok(mut query) = inbox.recv() {
        loop {
            match inbox.try_recv() {
                Ok(newer) => query = newer,
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => return,
            }
        }
        let hits = searcher.hits(ctx, &query);
        if outbox.send((query, hits)).is_err() {
            return;
        }
        wake.wake();
    }
}
