//! The memory of the app's state, measured: the heap bytes the loaded folder, the index, the
//! app's context and the search haystacks hold (a counting allocator), beside the folder's
//! size on disk; then the resident set (`VmRSS`, peak `VmHWM` from /proc/self/status) after
//! the state is built and after each of three reloads that build a new state, swap it in and
//! drop the old one, as the app does when others change the folder.
//!
//! `cargo run --release --example memory -- /tmp/hist20 [reloads]`

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;

#[path = "../benches/counting.rs"]
mod counting;
use counting::{IN_USE, PEAK};

const MB: f64 = 1_000_000.0;

/// Heap bytes in use now.
fn heap() -> usize {
    IN_USE.load(Ordering::Relaxed)
}

/// A field of /proc/self/status in bytes (0 where there is none).
fn status(field: &str) -> usize {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = text.lines().find(|l| l.starts_with(field));
    let kb = line.and_then(|l| l.split_whitespace().nth(1)).and_then(|n| n.parse().ok());
    kb.unwrap_or(0usize) * 1024
}

/// Bytes of the `.ron` files under `dir`.
fn ron_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                ron_bytes(&path)
            } else if path.extension().is_some_and(|x| x == "ron") {
                e.metadata().map_or(0, |m| m.len())
            } else {
                0
            }
        })
        .sum()
}

/// The app's state as it holds it: the context of the loaded folder and its search haystacks.
fn state(root: &Path) -> Ctx {
    let folder = stuurgroep::store::load_folder(root).expect("a stuurgroep folder");
    let ctx = Ctx::open(folder, Lang::Nl);
    ctx.search();
    ctx
}

fn row(what: &str, bytes: usize, disk: f64) {
    println!("{what:<24} {:>7.1} MB  {:>5.2}x the folder", bytes as f64 / MB, bytes as f64 / disk);
}

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).expect("usage: memory FOLDER [reloads]"));
    let reloads: usize = std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(3);
    let disk = ron_bytes(&root) as f64;
    println!("folder on disk: {:.1} MB of RON", disk / MB);
    let start = heap();
    let mut ctx = Some(state(&root));
    row("heap: app state (Ctx)", heap() - start, disk);
    row("resident set", status("VmRSS:"), disk);
    row("resident peak", status("VmHWM:"), disk);
    for n in 1..=reloads {
        // As the app's loop: the new state is built while the old is still shown, then swapped.
        let fresh = state(&root);
        drop(ctx.replace(fresh));
        stuurgroep::index::give_back_memory();
        row(&format!("resident after reload {n}"), status("VmRSS:"), disk);
    }
    row("resident peak", status("VmHWM:"), disk);
    row("heap peak", PEAK.load(Ordering::Relaxed), disk);
    drop(ctx);
    breakdown(&root, disk);
}

/// Where the heap goes: the parsed folder, the index, the search index, each on its own.
fn breakdown(root: &Path, disk: f64) {
    let start = heap();
    let folder = stuurgroep::store::load_folder(root).expect("a stuurgroep folder");
    let loaded = heap();
    let index = stuurgroep::index::Index::build(&folder);
    let indexed = heap();
    let search = stuurgroep::index::search::SearchIndex::build(&folder, &index);
    let searched = heap();
    row("heap: parsed folder", loaded - start, disk);
    row("heap: index", indexed - loaded, disk);
    row("heap: search index", searched - indexed, disk);
    row("heap: all three", searched - start, disk);
    drop((search, index, folder));
}
