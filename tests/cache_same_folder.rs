//! The folder read through the cache of parsed documents is the folder parsed: every
//! document the same value, the same hash of its bytes, the same broken files, on the
//! bundled example and on a generated history. The app starts from it.

use std::path::Path;
use stuurgroep::store::load::{Folder, load_folder, load_folder_cached};

fn assert_same(cached: &Folder, parsed: &Folder, what: &str) {
    assert_eq!(cached.plan, parsed.plan, "{what}: plan");
    assert_eq!(cached.members, parsed.members, "{what}: members");
    assert_eq!(cached.meetings.len(), parsed.meetings.len(), "{what}: meetings");
    for (c, p) in cached.meetings.iter().zip(&parsed.meetings) {
        assert_eq!(c, p, "{what}: {}", p.path.display());
    }
    assert_eq!(cached.updates, parsed.updates, "{what}: updates");
    assert_eq!(cached.errors, parsed.errors, "{what}: broken files");
    assert_eq!(cached.files_read, parsed.files_read, "{what}: files read");
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME, which Windows does not read")]
fn a_folder_read_through_the_cache_is_the_folder_parsed() {
    let cache = tempfile::tempdir().expect("temp dir");
    // SAFETY: the only test of this binary; nothing else reads the environment meanwhile.
    unsafe {
        std::env::set_var("XDG_CACHE_HOME", cache.path());
        std::env::set_var("STUURGROEP_CACHE", "always");
    }
    let history = tempfile::tempdir().expect("temp dir");
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    stuurgroep::generate::generate_from(history.path(), 2, 2020, example).expect("generated");
    for (root, what) in [(example, "the example"), (history.path(), "two years generated")] {
        let parsed = load_folder(root).expect("a folder");
        for round in ["writing the cache", "reading it"] {
            let cached = load_folder_cached(root).expect("a folder");
            assert_same(&cached, &parsed, &format!("{what}, {round}"));
        }
    }
    let written = std::fs::read_dir(cache.path().join("stuurgroep/parsed")).expect("written");
    assert_eq!(written.count(), 2, "one cache per folder");
}
