//! Giving memory back to the system once a reload's old state is dropped.
//!
//! glibc's allocator keeps freed memory in its arenas for the next allocation instead of
//! returning it: after a live reload the app would hold the old folder's pages for good (the
//! resident set nearly doubled after one reload of a twenty-year history). Elsewhere
//! (Windows, macOS, musl) the allocator returns large frees by itself and nothing is done.

/// Returns the heap's free pages to the system: call right after dropping a replaced state
/// (the old folder, index and search index). Takes a few milliseconds; never fails.
pub fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own arenas under their locks; it takes no
    // pointer of ours and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    /// The resident set in bytes, from /proc (Linux only).
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn resident() -> usize {
        let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let line = text.lines().find(|l| l.starts_with("VmRSS:")).unwrap_or_default();
        line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0usize) * 1024
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn freed_small_blocks_leave_the_resident_set_once_given_back() {
        // Many small blocks, as a parsed folder is made of: glibc keeps them after the drop.
        let blocks: Vec<Vec<u8>> = (0..400_000).map(|i| vec![i as u8; 200]).collect();
        let full = resident();
        drop(blocks);
        super::give_back_memory();
        let after = resident();
        assert!(full > 60 << 20, "the blocks were resident: {full}");
        assert!(after + (40 << 20) < full, "given back: {full} -> {after}");
    }
}
