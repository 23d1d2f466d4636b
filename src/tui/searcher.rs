//! Running the search bar's queries: narrowing from the previous keystroke's matches, and, in
//! the running app, on a thread of its own so that typing never waits for the search.

use super::ctx::Ctx;
use crate::index::search::{Hit, Kind, Matches};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// How many hits the search shows.
pub const HITS: usize = 50;

/// Runs queries one after another, each narrowing what the one before matched, a kind at a
/// time: objectives, decisions and action items first, the minutes (most of a long history's
/// text, and ranked below the rest) only when those leave room among the hits shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Searcher {
    /// What the last query of each kind matched, in [`KINDS`] order: the minutes' may be of a
    /// shorter query typed earlier, which still narrows (it matched a superset).
    last: [Matches; 4],
}

/// The kinds, in the order of their haystacks in the index (ties keep this order).
const KINDS: [Kind; 4] = [Kind::Objective, Kind::Decision, Kind::Action, Kind::Minutes];

/// The first hits of a query: complete when the minutes cannot be among them.
pub struct First {
    /// The hits, grouped as shown.
    pub hits: Vec<Hit>,
    /// Whether these are all the hits shown (the minutes rank below the rest, so they have
    /// no place once the rest fill the list).
    pub complete: bool,
    /// The hits of the other kinds, best first, ungrouped: what the minutes join.
    ranked: Vec<Hit>,
}

impl Searcher {
    /// The hits of `query`, grouped by kind: the group with the best hit first, best first
    /// within each group.
    pub fn hits(&mut self, ctx: &Ctx, query: &str) -> Vec<Hit> {
        let first = self.first(ctx, query);
        if first.complete { first.hits } else { self.with_minutes(ctx, query, first) }
    }

    /// The hits of `query` among objectives, decisions and action items: what a keystroke
    /// shows at once.
    pub fn first(&mut self, ctx: &Ctx, query: &str) -> First {
        let mut ranked = Vec::new();
        for k in 0..3 {
            ranked.extend(self.kind(ctx, query, k));
        }
        rank(&mut ranked);
        let complete = ranked.len() >= HITS;
        ranked.truncate(HITS);
        First { hits: grouped(ranked.clone()), complete, ranked }
    }

    /// All hits of `query`: `first`'s with the minutes' joined.
    pub fn with_minutes(&mut self, ctx: &Ctx, query: &str, first: First) -> Vec<Hit> {
        let mut ranked = first.ranked;
        ranked.extend(self.kind(ctx, query, 3));
        rank(&mut ranked);
        ranked.truncate(HITS);
        grouped(ranked)
    }

    /// Matches the minutes for `query` ahead of need, so that the next keystroke narrows
    /// from them: work for the search thread while the user types.
    pub fn prepare_minutes(&mut self, ctx: &Ctx, query: &str) {
        let search = ctx.search();
        self.last[3] = search.matches(query, Some(KINDS[3]), Some(&self.last[3]));
    }

    /// The best hits of `query` of the kind `KINDS[k]`, narrowing from its last matches.
    fn kind(&mut self, ctx: &Ctx, query: &str, k: usize) -> Vec<Hit> {
        let search = ctx.search();
        let matches = search.matches(query, Some(KINDS[k]), Some(&self.last[k]));
        let hits = search.hits(&ctx.folder, &ctx.index, &matches, HITS);
        self.last[k] = matches;
        hits
    }
}

/// Orders hits of several kinds as the index orders one search's: objectives and decisions,
/// then action items, then minutes; by how well, then newest first. Stable: hits of one kind
/// come in that order already, and kinds tie in their haystacks' order.
fn rank(hits: &mut [Hit]) {
    let tier = |k: Kind| match k {
        Kind::Objective | Kind::Decision => 0,
        Kind::Action => 1,
        Kind::Minutes => 2,
    };
    let date = |h: &Hit| std::cmp::Reverse(h.about.date.unwrap_or(chrono::NaiveDate::MAX));
    hits.sort_by_key(|h| (tier(h.kind), std::cmp::Reverse(h.score), date(h)));
}

/// Best-first hits grouped by kind: the group with the best hit first (the sort is stable).
fn grouped(mut hits: Vec<Hit>) -> Vec<Hit> {
    let mut kinds: Vec<Kind> = Vec::new();
    for h in &hits {
        if !kinds.contains(&h.kind) {
            kinds.push(h.kind);
        }
    }
    hits.sort_by_key(|h| kinds.iter().position(|k| *k == h.kind));
    hits
}

/// A search thread: queries go in, hits come out, and only the newest query waiting is run.
pub struct SearchWorker {
    queries: Sender<String>,
    results: Receiver<(String, Vec<Hit>, bool)>,
}

impl SearchWorker {
    /// Starts the thread, which first builds the haystacks and runs the check (work the
    /// first frame did not wait for); `wake` is called when the check is done and when
    /// hits arrive.
    pub fn spawn(ctx: Arc<Ctx>, wake: crate::store::reload::Wake) -> Self {
        let (queries, inbox) = mpsc::channel::<String>();
        let (outbox, results) = mpsc::channel();
        std::thread::spawn(move || {
            // The check on a thread of its own: a search typed meanwhile (or waiting for the
            // rest of the folder to load) waits for the haystacks only.
            let (checking, woken) = (Arc::clone(&ctx), wake.clone());
            std::thread::spawn(move || {
                checking.prepare_check();
                woken.wake();
                let_go(checking);
            });
            ctx.search();
            wake.wake();
            serve(&ctx, &inbox, &outbox, &wake);
            let_go(ctx);
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
        self.results.try_iter().last().map(|(query, hits, _)| (query, hits))
    }

    /// Waits (at most `timeout`) for the complete hits of `query`: Enter right after typing
    /// jumps to what was typed, not to the hits of a shorter query.
    pub fn wait_for(&self, query: &str, timeout: std::time::Duration) -> Option<Vec<Hit>> {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(std::time::Instant::now())?;
            match self.results.recv_timeout(left) {
                Ok((q, hits, true)) if q == query => return Some(hits),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
    }
}

/// After a reload the replaced folder is freed by whoever lets go of it last; when that is
/// this thread, the freed pages go back to the system.
fn let_go(ctx: Arc<Ctx>) {
    if let Some(old) = Arc::into_inner(ctx) {
        drop(old);
        crate::index::give_back_memory();
    }
}

/// Answers queries until the app lets go of the worker, skipping those a newer one replaced.
/// Each answer comes with whether it is complete: the other kinds' hits come first, the
/// minutes' after them when they have a place in the list.
fn serve(
    ctx: &Ctx,
    inbox: &Receiver<String>,
    outbox: &mpsc::Sender<(String, Vec<Hit>, bool)>,
    wake: &crate::store::reload::Wake,
) {
    let mut searcher = Searcher::default();
    let mut next: Option<String> = None;
    loop {
        let Some(mut query) = next.take().or_else(|| inbox.recv().ok()) else { return };
        loop {
            match inbox.try_recv() {
                Ok(newer) => query = newer,
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => return,
            }
        }
        let first = searcher.first(ctx, &query);
        let complete = first.complete;
        if outbox.send((query.clone(), first.hits.clone(), complete)).is_err() {
            return;
        }
        wake.wake();
        if !complete {
            let hits = searcher.with_minutes(ctx, &query, first);
            if outbox.send((query, hits, true)).is_err() {
                return;
            }
            wake.wake();
            continue;
        }
        match inbox.try_recv() {
            Ok(newer) => next = Some(newer),
            // Idle until the next key: its minutes will narrow from these.
            Err(TryRecvError::Empty) => searcher.prepare_minutes(ctx, &query),
            Err(TryRecvError::Disconnected) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_at_a_time_finds_what_one_search_of_every_kind_finds_keystroke_by_keystroke() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let ctx = Ctx::new(crate::store::load_folder(root).unwrap(), crate::i18n::Lang::Nl);
        let search = ctx.search();
        let queries = ["kansentarief", "uitpas", "sd2 od3", "drogenbos boekenstoet", "vergadering"];
        for query in queries.into_iter().chain(["zennetoer", "ocmw kansentarief", "u"]) {
            let mut searcher = Searcher::default();
            for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let typed = &query[..end];
                let whole = grouped(search.search(&ctx.folder, &ctx.index, typed, None, HITS));
                assert_eq!(searcher.hits(&ctx, typed), whole, "{typed}");
            }
        }
        // A word found mostly in the minutes: the first answer is not complete.
        let mut searcher = Searcher::default();
        let first = searcher.first(&ctx, "notulen");
        assert!(!first.complete);
        assert!(
            searcher.with_minutes(&ctx, "notulen", first).iter().any(|h| h.kind == Kind::Minutes)
        );
    }
}
