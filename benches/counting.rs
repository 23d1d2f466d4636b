//! The system allocator, counting the bytes in use and their peak: the heap a bench or the
//! memory example measures. Shared by `benches/lean.rs` and `examples/memory.rs`.
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The system allocator, counting.
pub struct Counting;

/// Whether the bytes are counted. A process that only times work switches it off before it
/// allocates much (the app does not count): the counters are shared by every thread, and
/// two threads allocating at once would pass their cache line back and forth at every
/// allocation, a cost of the bench alone.
pub static COUNTING: AtomicBool = AtomicBool::new(true);

/// Heap bytes in use now.
pub static IN_USE: AtomicUsize = AtomicUsize::new(0);
/// The most heap bytes in use since the last reset.
pub static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        if COUNTING.load(Ordering::Relaxed) {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;
