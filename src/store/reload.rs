//! The reload policy beside the watcher: after someone else changed the folder it is loaded
//! again on a thread of its own (a large folder never stalls the screen), and a file that is
//! broken now but was not before (half synced) is given a few seconds to arrive whole before
//! the app shows it broken. Whoever waits for the result is woken when it is there.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How often a reload that finds a freshly broken file waits for the rest of it to arrive.
pub const RETRIES: u32 = 3;

/// How long such a reload waits before it tries again.
pub const RETRY_AFTER: Duration = Duration::from_secs(1);

/// Wakes whoever waits for background work (the app's event loop): something arrived.
#[derive(Clone)]
pub struct Wake(Arc<dyn Fn() + Send + Sync>);

impl Wake {
    /// A wake that calls `f`.
    pub fn new(f: impl Fn() + Send + Sync + 'static) -> Self {
        Self(Arc::new(f))
    }

    /// A wake that wakes no one (the waiter looks by itself).
    pub fn none() -> Self {
        Self::new(|| {})
    }

    /// Says that something arrived.
    pub fn wake(&self) {
        (self.0)()
    }
}

/// A folder's loading again after it changed elsewhere; `T` is what a load gives.
pub struct Reload<T> {
    load: Arc<dyn Fn() -> Option<T> + Send + Sync>,
    broken: fn(&T) -> Vec<PathBuf>,
    /// A reload that is due, and how often it found a freshly broken file.
    due: Option<(Instant, u32)>,
    /// A reload under way on its thread, and how often it found a freshly broken file.
    loading: Option<(Receiver<Option<T>>, u32)>,
    wake: Wake,
}

impl<T: Send + 'static> Reload<T> {
    /// A policy loading with `load`, telling broken files by `broken`, waking `wake` when a
    /// load is done.
    pub fn new(
        load: impl Fn() -> Option<T> + Send + Sync + 'static,
        broken: fn(&T) -> Vec<PathBuf>,
        wake: Wake,
    ) -> Self {
        Self { load: Arc::new(load), broken, due: None, loading: None, wake }
    }

    /// The wake this policy calls, for other background work of the same waiter.
    pub fn waker(&self) -> Wake {
        self.wake.clone()
    }

    /// Files changed elsewhere: load again now (unless a reload is due already).
    pub fn request(&mut self) {
        if self.due.is_none() {
            self.due = Some((Instant::now(), 0));
        }
    }

    /// When the waiter must look again by itself: a reload that waits for a half-synced file.
    pub fn next_due(&self) -> Option<Instant> {
        self.due.map(|(at, _)| at)
    }

    /// Whether nothing is due or under way.
    pub fn is_idle(&self) -> bool {
        self.due.is_none() && self.loading.is_none()
    }

    /// Starts a due reload, and gives what a finished one loaded, to be shown instead of
    /// `current`; a load that found a freshly broken file waits and tries again.
    pub fn poll(&mut self, current: &T) -> Option<T> {
        if let Some((loaded, tries)) = &self.loading {
            let tries = *tries;
            match loaded.try_recv() {
                Err(TryRecvError::Empty) => return None,
                Ok(Some(new)) => {
                    self.loading = None;
                    let before = (self.broken)(current);
                    let fresh = (self.broken)(&new).iter().any(|p| !before.contains(p));
                    if !(fresh && tries < RETRIES) {
                        return Some(new);
                    }
                    self.due = Some((Instant::now() + RETRY_AFTER, tries + 1));
                }
                _ => self.loading = None,
            }
            return None;
        }
        let (due, tries) = self.due?;
        if Instant::now() < due {
            return None;
        }
        self.due = None;
        let (tx, rx) = channel();
        let (load, wake) = (Arc::clone(&self.load), self.wake.clone());
        std::thread::spawn(move || {
            let _ = tx.send(load());
            wake.wake();
        });
        self.loading = Some((rx, tries));
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Waits (at most ten seconds) for a reload to give something.
    fn settle(r: &mut Reload<Vec<PathBuf>>, current: &Vec<PathBuf>) -> Option<Vec<PathBuf>> {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Some(new) = r.poll(current) {
                return Some(new);
            }
            if r.is_idle() {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    #[test]
    fn a_freshly_broken_file_is_given_time_and_the_waiter_is_woken() {
        // Loads: first a half-synced file broken, then whole.
        let loads = Arc::new(Mutex::new(vec![vec![], vec![PathBuf::from("a.ron")]]));
        let from = Arc::clone(&loads);
        let woken = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&woken);
        let wake = Wake::new(move || {
            count.fetch_add(1, Ordering::SeqCst);
        });
        let mut r = Reload::new(move || from.lock().ok()?.pop(), |v| v.clone(), wake);
        assert!(r.poll(&Vec::new()).is_none() && r.is_idle(), "nothing asked, nothing loaded");
        r.request();
        let started = Instant::now();
        let shown = settle(&mut r, &Vec::new());
        assert_eq!(shown, Some(Vec::new()), "the whole file is shown, not the broken one");
        assert!(started.elapsed() >= RETRY_AFTER, "it waited for the rest of the file");
        assert_eq!(woken.load(Ordering::SeqCst), 2, "woken once per load");
    }
}
