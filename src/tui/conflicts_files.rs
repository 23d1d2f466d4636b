//! The conflicts view's own parts for a copy of the plan, the members or an update file:
//! every copy read (a meeting's or one of these), which elements "both" can keep, the merge
//! written with the user's choices, and what such a copy holds apart from its original, in
//! words.

use super::conflicts::{ConflictNote, Entry, Resolving};
use crate::domain::merge::strings::file_element;
use crate::domain::merge::updates::UpdateElement;
use crate::domain::merge::{Choice, FileElement, Side};
use crate::i18n::Lang;
use crate::store::conflict::{CompareError, Compared};
use crate::store::file_conflict::FileCompared;
use crate::store::load::ConflictCopy;
use crate::store::relpath::slashed;
use crate::store::strings::merge_write_error;
use crate::store::textdiff::DiffLine;
use crate::tui::strings::conflicts::file_element_text;
use std::path::Path;

/// A copy read and compared with its original.
// A folder holds a handful of copies at most: the size of a meeting's is no concern.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Read {
    /// A copy of a meeting.
    Meeting(Compared),
    /// A copy of the plan, the members or an update file.
    File(Box<FileCompared>),
}

impl Read {
    /// Whether the copy's content is the original's.
    pub fn identical(&self) -> bool {
        match self {
            Read::Meeting(c) => c.identical,
            Read::File(f) => f.identical,
        }
    }

    /// Whether it is a copy of approved minutes that differs from them.
    pub fn tampering(&self) -> bool {
        matches!(self, Read::Meeting(c) if c.tampering())
    }

    /// Whether it has no common ancestor with its original.
    pub fn no_ancestor(&self) -> bool {
        match self {
            Read::Meeting(c) => c.ancestor.is_none(),
            Read::File(f) => f.ancestor.is_none(),
        }
    }

    /// How many elements differ, and how many of them both sides changed.
    pub fn counts(&self) -> (usize, usize) {
        let both =
            |sides: &mut dyn Iterator<Item = Side>| sides.filter(|s| *s == Side::Both).count();
        match self {
            Read::Meeting(c) => {
                (c.differences.len(), both(&mut c.differences.iter().map(|d| d.side)))
            }
            Read::File(f) => {
                (f.differences().len(), both(&mut f.differences().iter().map(|d| d.side)))
            }
        }
    }
}

/// Every conflict copy of the folder at `root`, read and compared against the ancestors kept
/// in the folder and in the user's cache. Writes nothing.
pub fn read_all(root: &Path, copies: &[ConflictCopy]) -> Vec<Entry> {
    let cache = crate::store::versions::VersionCache::for_folder(root);
    let read = |c: &ConflictCopy| match FileCompared::read_with(root, c, &cache) {
        Some(Ok(f)) => Ok(Read::File(Box::new(f))),
        Some(Err(why)) => Err(CompareError::Unreadable(why)),
        None => Compared::read(root, c, Some(&cache)).map(Read::Meeting),
    };
    copies.iter().map(|c| (c.clone(), read(c))).collect()
}

/// Whether "both" can be chosen for the selected element: an update entry can be held
/// twice; an objective, an action, a member or a seat is one thing with one version, so
/// "both" would silently keep the original's only. A meeting's elements can.
pub fn both_allowed(r: &Resolving) -> bool {
    match r.files.get(r.selected) {
        None => true,
        Some(d) => matches!(d.key, FileElement::Updates(UpdateElement::Entry(..))),
    }
}

/// Writes the merge of the file copy `f` with the choices of `r` into the folder at `root`
/// (the original kept in the folder's history first, as for a meeting); says what was done.
pub fn write(f: &FileCompared, r: &Resolving, root: &Path, lang: Lang) -> ConflictNote {
    let choices: Vec<(FileElement, Choice)> =
        r.files.iter().zip(&r.choices).filter_map(|(d, c)| c.map(|c| (d.key.clone(), c))).collect();
    let merge = f.merge_with(&choices);
    if !merge.open.is_empty() {
        return ConflictNote::Undecided;
    }
    match f.write_merge(root, &merge) {
        Ok(to) => ConflictNote::Merged(to.map(|p| slashed(&p).to_string()).unwrap_or_default()),
        Err(why) => ConflictNote::Failed(merge_write_error(lang, &why)),
    }
}

/// What a copy of one of these files holds apart from its original, element by element as
/// text (never the file's RON): every difference without an ancestor, else those the copy
/// changed.
pub fn diff(f: &FileCompared, lang: Lang) -> Vec<DiffLine> {
    let mut lines = Vec::new();
    for d in f.differences().iter().filter(|d| f.ancestor.is_none() || d.side != Side::Ours) {
        lines.push(DiffLine::Heading(file_element(lang, &d.key)));
        let ours = file_element_text(lang, &f.original, &d.key);
        let theirs = file_element_text(lang, &f.theirs, &d.key);
        lines.extend(crate::store::textdiff::lines(&ours, &theirs));
    }
    lines
}
