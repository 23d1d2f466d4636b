//! The commands' cache of parsed documents in the user's cache folder: the answers are the
//! same with it as without it, a changed file is seen, a broken one named, a damaged cache
//! ignored and rewritten, and nothing is written in the shared folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The commands that read through the cache.
const COMMANDS: [&[&str]; 7] = [
    &["decisions", "--json"],
    &["actions", "--json"],
    &["decisions"],
    &["search", "uitpas"],
    &["search", "kansentarif", "--json"],
    &["check"],
    &["check", "--json"],
];

const LAST: &str = "meetings/2022/2022-10-11-stuurgroep.ron";

/// A copy of the bundled example folder and a cache folder of its own.
struct Setup {
    folder: tempfile::TempDir,
    cache: tempfile::TempDir,
}

impl Setup {
    fn new() -> Self {
        let folder = tempfile::tempdir().expect("temp dir");
        let from = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["data", "meetings"] {
            copy_tree(&from.join(sub), &folder.path().join(sub));
        }
        Self { folder, cache: tempfile::tempdir().expect("temp dir") }
    }

    /// Runs `args` on the folder; `cache` is `STUURGROEP_CACHE` (`always`: the example is
    /// small, and is otherwise not cached).
    fn run(&self, args: &[&str], cache: &str) -> Output {
        Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
            .args(args)
            .arg("--dir")
            .arg(self.folder.path())
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("STUURGROEP_CONFIG", "/nonexistent/stuurgroep/config.ron")
            .env("XDG_CACHE_HOME", self.cache.path())
            .env("STUURGROEP_CACHE", cache)
            .output()
            .expect("the binary runs")
    }

    /// The cache files written.
    fn cache_files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        files_under(self.cache.path(), &mut files);
        files
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.folder.path().join(rel);
        let text = std::fs::read_to_string(&path).expect("readable");
        assert!(text.contains(from), "{rel} lacks {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("written");
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder to copy") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
    out.sort();
}

/// What a user sees of a run: status, stdout, stderr.
fn seen(out: &Output) -> (Option<i32>, String, String) {
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME, which Windows does not read")]
fn every_answer_is_the_same_with_the_cache_as_without_it() {
    let setup = Setup::new();
    let mut in_folder = Vec::new();
    files_under(setup.folder.path(), &mut in_folder);
    setup.run(COMMANDS[0], "off");
    assert!(setup.cache_files().is_empty(), "STUURGROEP_CACHE=off writes no cache");
    for args in COMMANDS {
        let without = seen(&setup.run(args, "off"));
        assert_eq!(without.0, Some(0), "{args:?}: {}", without.2);
        // The first run parses and writes the cache, the second reads it.
        for round in ["writing the cache", "reading it"] {
            assert_eq!(seen(&setup.run(args, "always")), without, "{args:?}, {round}");
        }
    }
    // One file for the folder in each cache: the parsed documents, the search records, the
    // minutes hashes.
    let mut kinds: Vec<String> = setup
        .cache_files()
        .iter()
        .filter_map(|f| f.parent()?.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["minutes", "parsed", "search"], "one cache file for the folder in each");
    let mut after = Vec::new();
    files_under(setup.folder.path(), &mut after);
    assert_eq!(after, in_folder, "nothing is written in the shared folder");
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME, which Windows does not read")]
fn a_file_changed_with_the_same_size_and_time_is_read_again() {
    let setup = Setup::new();
    let args = ["decisions", "--json"];
    assert!(seen(&setup.run(&args, "always")).1.contains("budgetbeheer"));
    let path = setup.folder.path().join(LAST);
    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).expect("a time");
    // Same length, same modification time: only the bytes tell the change.
    setup.edit(LAST, "budgetbeheer bij het OCMW.", "budgetplanning bij OCMW.");
    let file = std::fs::File::options().write(true).open(&path).expect("opened");
    file.set_modified(modified).expect("time set back");
    drop(file);
    let (status, out, err) = seen(&setup.run(&args, "always"));
    assert_eq!(status, Some(0), "{err}");
    assert!(out.contains("budgetplanning bij OCMW."), "the changed text is shown");
    assert!(!out.contains("budgetbeheer bij het OCMW."), "the old text is gone");
    assert_eq!((status, out, err), seen(&setup.run(&args, "off")));
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME, which Windows does not read")]
fn a_file_broken_after_it_was_cached_is_named() {
    let setup = Setup::new();
    for args in [&["decisions"][..], &["search", "uitpas"], &["check"]] {
        assert_eq!(setup.run(args, "always").status.code(), Some(0));
    }
    setup.edit(LAST, "text: \"De stuurgroep adviseert", "text: De stuurgroep adviseert");
    for args in [&["decisions"][..], &["search", "uitpas"], &["check"]] {
        let (status, out, err) = seen(&setup.run(args, "always"));
        assert_eq!(status, Some(1), "{args:?}");
        let named = if args[0] == "check" { &out } else { &err };
        assert!(named.contains("2022-10-11-stuurgroep.ron:"), "{args:?} names the file: {err}");
        assert_eq!((status, out, err), seen(&setup.run(args, "off")), "{args:?}");
    }
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME, which Windows does not read")]
fn a_damaged_cache_is_ignored_and_rewritten() {
    let setup = Setup::new();
    let args = ["decisions", "--json"];
    let without = seen(&setup.run(&args, "off"));
    assert_eq!(seen(&setup.run(&args, "always")), without);
    let [cache] = &setup.cache_files()[..] else { panic!("one cache file") };
    let healthy = std::fs::read(cache).expect("the cache");
    let mut flipped = healthy.clone();
    let middle = flipped.len() * 3 / 4;
    flipped[middle] ^= 0x20;
    let damages: [(&str, Vec<u8>); 4] = [
        ("cut short", healthy[..healthy.len() / 2].to_vec()),
        ("a byte changed in an entry", flipped),
        ("garbage", b"not a cache at all".repeat(100)),
        ("empty", Vec::new()),
    ];
    for (damage, bytes) in damages {
        std::fs::write(cache, &bytes).expect("damaged");
        assert_eq!(seen(&setup.run(&args, "always")), without, "{damage}");
        let rewritten = std::fs::read(cache).expect("the cache");
        assert_eq!(rewritten.len(), healthy.len(), "{damage}: the cache is written again");
        assert_eq!(seen(&setup.run(&args, "always")), without, "{damage}, then read");
    }
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME, which Windows does not read")]
fn approved_minutes_changed_after_their_hash_was_cached_are_reported() {
    let setup = Setup::new();
    let args = ["check"];
    let (status, clean, _) = seen(&setup.run(&args, "always"));
    assert_eq!(status, Some(0), "{clean}");
    // The minutes of a meeting that a later one approved, changed once `check` cached their hash.
    let rel = "meetings/2020/2020-09-22-stuurgroep.ron";
    let text = std::fs::read_to_string(setup.folder.path().join(rel)).expect("readable");
    let at = text.find("minutes: \"").expect("minutes") + "minutes: \"".len();
    std::fs::write(
        setup.folder.path().join(rel),
        format!("{}Gewijzigd. {}", &text[..at], &text[at..]),
    )
    .expect("written");
    let changed = seen(&setup.run(&args, "always"));
    assert_eq!(changed.0, Some(1), "the changed minutes are an error: {}", changed.1);
    assert!(changed.1.contains("2020-09-22-stuurgroep"), "{}", changed.1);
    assert_eq!(changed, seen(&setup.run(&args, "off")), "as without the cache");
}
