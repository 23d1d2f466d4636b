//! Thousands of damaged copies of real folder files fed to the loader: it never panics, and
//! every failure names a line and column inside the file.

use std::path::{Path, PathBuf};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::domain::organisation::Members;
use stuurgroep::domain::plan::Plan;
use stuurgroep::generate::Rng;
use stuurgroep::store::format::{ParseError, parse};

/// One kind of damage a file can suffer on its way through a sync service or an editor.
fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = bytes.to_vec();
    let at = rng.below(b.len());
    match rng.below(7) {
        0 => b.truncate(at),
        1 => b[at] ^= 1 << rng.below(8),
        2 => b.insert(at, [0u8, 7, 8, 0x1b, 0x7f, b'\r', 0x0c][rng.below(7)]),
        3 => b
            .splice(at..at, [0xff, 0xfe, 0xc3, 0x28][..1 + rng.below(4)].iter().copied())
            .for_each(drop),
        4 => {
            b.remove(at);
        }
        5 => {
            let end = (at + rng.below(200)).min(b.len());
            let chunk = b[at..end].to_vec();
            b.splice(at..at, chunk).for_each(drop);
        }
        _ => b.splice(at..at, b"\x1b]0;pwned\x07".iter().copied()).for_each(drop),
    }
    b
}

fn check_located(result: Result<(), ParseError>, bytes: &[u8]) {
    if let Err(e) = result {
        let lines = bytes.split(|b| *b == b'\n').count();
        assert!(
            e.line >= 1 && e.line <= lines + 1,
            "line {} outside 1..={}: {e}",
            e.line,
            lines + 1
        );
        assert!(e.col >= 1, "{e}");
        assert!(!e.message.is_empty());
        assert!(
            !e.line_text.chars().any(|c| c.is_control() && c != '\t'),
            "control characters reach the screen: {:?}",
            e.line_text
        );
    }
}

fn example_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("data/plan.ron"), root.join("data/members.ron")];
    let meetings = root.join("meetings");
    for year in std::fs::read_dir(meetings).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(year.path()).into_iter().flatten().flatten() {
            files.push(f.path());
        }
    }
    files.retain(|f| f.exists());
    files.sort();
    files
}

#[test]
fn damaged_files_never_panic_and_are_always_located() {
    let files = example_files();
    assert!(files.len() >= 3, "the example folder is there");
    let mut rng = Rng(4);
    let mut fed = 0;
    let per_file = 6000 / files.len();
    for path in &files {
        let original = std::fs::read(path).unwrap();
        for _ in 0..per_file {
            let damaged = mutate(&original, &mut rng);
            let rel = Path::new("x.ron");
            let result = if path.ends_with("plan.ron") {
                parse::<Plan>(rel, &damaged).map(drop)
            } else if path.ends_with("members.ron") {
                parse::<Members>(rel, &damaged).map(drop)
            } else {
                parse::<Meeting>(rel, &damaged).map(drop)
            };
            check_located(result, &damaged);
            fed += 1;
        }
    }
    assert!(fed >= 5000, "{fed}");
}

#[test]
fn a_huge_file_is_refused_with_a_message() {
    let big = vec![b' '; stuurgroep::store::format::MAX_FILE_BYTES + 1];
    let err = parse::<Meeting>(Path::new("meetings/2021/x.ron"), &big).unwrap_err();
    assert_eq!((err.line, err.col), (1, 1));
    assert!(err.message.starts_with("file too large"), "{}", err.message);
}
