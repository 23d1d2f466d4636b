//! `search` on the command line reads only the meetings whose files may hold the query's
//! words: its hits are the app's hits (the whole search index of the whole folder), in the
//! same order, for plain words, accents, several words, typos and a code, on the example
//! and on a generated history, with the cache empty, filled, and switched off.

use std::path::Path;
use std::process::Command;
use stuurgroep::index::Index;
use stuurgroep::index::search::{Kind, SearchIndex};

const QUERIES: [&str; 19] = [
    "uitpas",
    "UiT-pas",
    "kansentarief ocmw",
    "initieren",
    "boekenstoet drogenbos",
    "de",
    "zaal najaar",
    "coordinator lennik",
    "2023",
    "kansentarif",
    "uitpass",
    "kansentarif ocmw",
    "boekenstot",
    "oxmw",
    "sd2 od3",
    "SD1 OD2",
    "sd1 od4",
    "sd4od4",
    "niets-dat-bestaat",
];

fn cli_hits(dir: &Path, cache: &Path, setting: &str, query: &str, kind: Option<&str>) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stuurgroep"));
    command.args(["search", query, "--json", "--limit", "1000", "--dir"]).arg(dir);
    command.args(kind.map(|k| ["--kind", k]).into_iter().flatten());
    let out = command
        .env("STUURGROEP_CONFIG", "/nonexistent/stuurgroep/config.ron")
        .env("XDG_CACHE_HOME", cache)
        .env("STUURGROEP_CACHE", setting)
        .output()
        .expect("the binary runs");
    assert!(out.stderr.is_empty(), "{query}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn same_hits(dir: &Path) {
    let cache = tempfile::tempdir().expect("temp dir");
    let folder = stuurgroep::store::load_folder(dir).expect("the folder loads");
    let index = Index::build(&folder);
    let search = SearchIndex::build(&folder, &index);
    // The app's hits for a query, as `search --json` prints them.
    let app_hits = |query: &str, kind: Option<Kind>| {
        let hits = search.search(&folder, &index, query, kind, 1000);
        format!("{}\n", stuurgroep::cli::search::json(&hits))
    };
    let mut found = 0;
    for query in QUERIES {
        for (kind, arg) in [(None, None), (Some(Kind::Minutes), Some("minutes"))] {
            let want = app_hits(query, kind);
            found += usize::from(want != "[]\n");
            // Empty cache (each file parsed and cached), then filled (most files skipped
            // unparsed), then none (each parsed).
            for setting in ["always", "always", "off"] {
                let got = cli_hits(dir, cache.path(), setting, query, arg);
                assert_eq!(got, want, "{query} {kind:?} cache {setting}");
            }
        }
    }
    assert!(found >= 8, "most queries find something ({found})");
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME")]
fn the_example_gives_the_apps_hits() {
    same_hits(Path::new(env!("CARGO_MANIFEST_DIR")));
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME")]
fn a_generated_history_gives_the_apps_hits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(["generate", "--years", "1", "--dir"])
        .arg(dir.path())
        .env("STUURGROEP_CONFIG", "/nonexistent/stuurgroep/config.ron")
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    same_hits(dir.path());
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME")]
fn a_broken_file_is_named_though_it_cannot_hold_the_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let from = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = |sub: &str| {
        let status = Command::new("cp").arg("-r").arg(from.join(sub)).arg(dir.path()).status();
        assert!(status.expect("cp runs").success());
    };
    copy("data");
    copy("meetings");
    let cache = tempfile::tempdir().expect("temp dir");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
            .args(["search", "uitpas", "--dir"])
            .arg(dir.path())
            .env("STUURGROEP_CONFIG", "/nonexistent/stuurgroep/config.ron")
            .env("XDG_CACHE_HOME", cache.path())
            .env("STUURGROEP_CACHE", "always")
            .output()
            .expect("the binary runs")
    };
    assert!(run().status.success(), "a clean folder, the cache filled");
    let broken = dir.path().join("meetings/2021/2021-03-30-raad-van-bestuur.ron");
    let text = std::fs::read_to_string(&broken).expect("readable");
    assert!(!text.to_lowercase().contains("uitpas"), "a file that cannot hold the word");
    std::fs::write(&broken, text.replacen("id:", "id;", 1)).expect("written");
    let out = run();
    assert_eq!(out.status.code(), Some(1), "the answer is incomplete");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2021-03-30-raad-van-bestuur.ron"), "{stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).is_empty(), "the other hits are given");
}

/// The app's hits for `query` in the folder at `dir` as it is now, as `search --json` prints them.
fn app_json(dir: &Path, query: &str) -> String {
    let folder = stuurgroep::store::load_folder(dir).expect("the folder loads");
    let index = Index::build(&folder);
    let hits = SearchIndex::build(&folder, &index).search(&folder, &index, query, None, 1000);
    format!("{}\n", stuurgroep::cli::search::json(&hits))
}

/// Flips a byte in the middle of each search cache under `cache` (the records), or in its
/// header (`at_start`, where the build that wrote it is named); how many it changed.
fn damage(cache: &Path, at_start: bool) -> usize {
    let dir = cache.join("stuurgroep/search");
    let mut changed = 0;
    for entry in std::fs::read_dir(dir).expect("the search cache was written").flatten() {
        let mut bytes = std::fs::read(entry.path()).expect("readable");
        let at = if at_start { 50 } else { bytes.len() / 2 };
        bytes[at] ^= 0x20;
        std::fs::write(entry.path(), bytes).expect("written");
        changed += 1;
    }
    changed
}

#[test]
#[cfg_attr(windows, ignore = "sets XDG_CACHE_HOME, runs cp")]
fn the_cache_cold_warm_damaged_from_another_build_and_after_a_change_gives_the_apps_hits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let from = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["data", "meetings"] {
        let status = Command::new("cp").arg("-r").arg(from.join(sub)).arg(dir.path()).status();
        assert!(status.expect("cp runs").success());
    }
    let cache = tempfile::tempdir().expect("temp dir");
    let queries = ["uitpas", "kansentarief ocmw", "de", "zeldzaamwoord", "kansentarif"];
    let same = |when: &str| {
        for query in queries {
            let want = app_json(dir.path(), query);
            assert_eq!(cli_hits(dir.path(), cache.path(), "always", query, None), want, "{when}");
        }
    };
    same("cold");
    same("warm");
    assert!(damage(cache.path(), false) > 0);
    same("the records damaged");
    same("the records written again");
    assert!(damage(cache.path(), true) > 0);
    same("a cache from another build");
    // One file changed between two runs: its new words are found, its old ones no more.
    let changed = dir.path().join("meetings/2021/2021-03-30-raad-van-bestuur.ron");
    let text = std::fs::read_to_string(&changed).expect("readable");
    let at = text.find("text: \"").expect("a decision") + "text: \"".len();
    std::fs::write(&changed, format!("{}Zeldzaamwoord. {}", &text[..at], &text[at..]))
        .expect("written");
    assert_ne!(app_json(dir.path(), "zeldzaamwoord"), "[]\n", "the new word is there");
    same("one file changed");
    same("one file changed, warm");
}
