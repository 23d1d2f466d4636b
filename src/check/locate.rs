//! Finds where in a file a finding points, by searching the text for what it is about.
//! Files are read only when a finding needs a place, so a clean folder costs nothing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Lazily reads files and finds the n-th occurrence of a needle.
#[derive(Default)]
pub struct Locator {
    root: PathBuf,
    texts: HashMap<PathBuf, String>,
    /// How many times each (file, needle) was asked for, so that repeated findings
    /// about the same text point at successive occurrences.
    asked: HashMap<(PathBuf, String), usize>,
}

impl Locator {
    /// A locator over the folder at `root`.
    pub fn new(root: &Path) -> Self {
        Self { root: root.to_owned(), ..Self::default() }
    }

    /// The line and column of the next occurrence of `needle` in `path`, if any.
    pub fn next(&mut self, path: &Path, needle: &str) -> Option<(usize, usize)> {
        let asked = self.asked.entry((path.to_owned(), needle.to_owned())).or_insert(0);
        let n = *asked;
        *asked += 1;
        self.nth(path, needle, n)
    }

    /// The line and column of occurrence `n` (0-based) of `needle` in `path`, or of the last
    /// one if there are fewer.
    pub fn nth(&mut self, path: &Path, needle: &str, n: usize) -> Option<(usize, usize)> {
        let text = self
            .texts
            .entry(path.to_owned())
            .or_insert_with(|| std::fs::read_to_string(self.root.join(path)).unwrap_or_default());
        let found = text.match_indices(needle).nth(n).or_else(|| text.match_indices(needle).last());
        found.map(|(offset, _)| line_col(text, offset))
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// The needle for a string value as the RON writer spells it: `"value"`.
pub fn quoted(value: &str) -> String {
    format!("\"{value}\"")
}
