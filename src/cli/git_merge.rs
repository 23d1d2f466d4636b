//! `stuurgroep git-merge %O %A %B %P`: git's merge driver for the folder's files. It merges a
//! meeting, the plan, the members or an update file element by element against the ancestor
//! git gives (%O), with the same merge as the conflicts view, and writes the result to %A in
//! the canonical form.
//!
//! When a person must choose, %A gets everything that merged with our version of what
//! overlaps, and a conflict copy beside the file (named as this app's own copies) holds the
//! same merge with their version of what overlaps: the copy and the file then differ in just
//! the choices, which `stuurgroep conflicts` and the app's conflicts view offer one by one.
//! The ancestor goes into the folder's versions and both name it, so a meeting's minutes are
//! still compared three-way there. Conflict markers would break the RON for every reader.

use super::ExitCode;
use crate::cli::strings::git_merge as words;
use crate::domain::meeting::Meeting;
use crate::domain::merge::{self, Choice, FileContent, merge_file};
use crate::i18n::Lang;
use crate::store::document::{MEETINGS_DIR, MEMBERS_PATH, PLAN_PATH, UPDATES_DIR};
use crate::store::format::{ParseError, parse, to_ron};
use crate::store::strings::disk_refused;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// The four paths git hands a merge driver.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The common ancestor's version (%O).
    pub ancestor: PathBuf,
    /// Our version (%A): the merge is written over it.
    pub ours: PathBuf,
    /// Their version (%B).
    pub theirs: PathBuf,
    /// The file's path in the repository (%P): which kind of file it is, and where the
    /// conflict copy goes.
    pub path: PathBuf,
}

/// Which file of the folder is merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Meeting,
    Plan,
    Members,
    Updates,
}

/// The three versions of one file, read.
struct Three<T> {
    /// `None` when both branches added the file (git then gives an empty ancestor).
    ancestor: Option<T>,
    ours: T,
    theirs: T,
    /// The ancestor's bytes, kept as a version when a person must choose.
    ancestor_bytes: Vec<u8>,
}

/// What the merge left: written to %A, and when a person must choose, the copy's content.
struct Outcome {
    merged: String,
    copy: Option<String>,
}

/// Runs the driver: 0 when everything merged, 1 when a person must choose (the conflict copy
/// written beside the file), 2 when it cannot merge (%A untouched).
pub fn run(args: &Args, lang: Lang) -> ExitCode {
    let command = "stuurgroep git-merge";
    let Some((root, kind)) = locate(&args.path) else {
        eprintln!("{command}: {}", words::unknown_file(lang, &slashed(&args.path)));
        return 2;
    };
    let outcome = match kind {
        Kind::Meeting => read::<Meeting>(args, lang).and_then(|t| merge_meeting(&root, t)),
        Kind::Plan => read(args, lang).and_then(|t| merge_other(t, FileContent::Plan)),
        Kind::Members => read(args, lang).and_then(|t| merge_other(t, FileContent::Members)),
        Kind::Updates => read(args, lang).and_then(|t| merge_other(t, FileContent::Updates)),
    };
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(why) => {
            eprintln!("{command}: {why}");
            return 2;
        }
    };
    // The copy first: should it fail, %A is still ours and git keeps its own conflict.
    let copy = match &outcome.copy {
        Some(text) => match write_copy(&args.path, text) {
            Ok(at) => Some(at),
            Err((at, e)) => {
                let said = words::merge_copy_not_written(lang, &slashed(&at), &e);
                eprintln!("{command}: {said}");
                return 2;
            }
        },
        None => None,
    };
    if let Err(e) = std::fs::write(&args.ours, &outcome.merged) {
        eprintln!("{command}: {}", disk_refused(lang, &args.ours, &e));
        return 2;
    }
    match copy {
        Some(at) => {
            eprintln!("{command}: {}", words::choose(lang, &slashed(&args.path), &slashed(&at)));
            1
        }
        None => 0,
    }
}

/// The folder the file is in (the part of %P before `meetings/` or `data/`), and its kind.
fn locate(path: &Path) -> Option<(PathBuf, Kind)> {
    let parts: Vec<_> = path.components().map(|c| c.as_os_str()).collect();
    let ron = path.extension().is_some_and(|e| e == "ron");
    let prefix = |n: usize| parts[..parts.len() - n].iter().collect::<PathBuf>();
    for (fixed, kind) in [(PLAN_PATH, Kind::Plan), (MEMBERS_PATH, Kind::Members)] {
        if path.ends_with(fixed) {
            return Some((prefix(Path::new(fixed).components().count()), kind));
        }
    }
    if ron && path.parent().is_some_and(|p| p.ends_with(UPDATES_DIR)) {
        return Some((prefix(Path::new(UPDATES_DIR).components().count() + 1), Kind::Updates));
    }
    let at = parts.iter().position(|p| Path::new(p) == Path::new(MEETINGS_DIR))?;
    (ron && at + 1 < parts.len()).then(|| (parts[..at].iter().collect(), Kind::Meeting))
}

/// Reads the three versions; a broken one is named with its side, line and column.
fn read<T: DeserializeOwned>(args: &Args, lang: Lang) -> Result<Three<T>, String> {
    let one = |file: &Path, side: words::Side| -> Result<(T, Vec<u8>), String> {
        let named = |e: ParseError| words::broken(lang, side, &e.to_string());
        let bytes = std::fs::read(file).map_err(|e| {
            named(ParseError {
                path: file.to_owned(),
                line: 1,
                col: 1,
                message: e.to_string(),
                line_text: String::new(),
                newer_version: None,
            })
        })?;
        // Named by its path in the repository: git's temporary names tell the user nothing.
        let value = parse::<T>(&args.path, &bytes).map_err(named)?;
        Ok((value, bytes))
    };
    let ancestor_bytes = std::fs::read(&args.ancestor).unwrap_or_default();
    let ancestor = if ancestor_bytes.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        Some(one(&args.ancestor, words::Side::Ancestor)?.0)
    };
    let (ours, _) = one(&args.ours, words::Side::Ours)?;
    let (theirs, _) = one(&args.theirs, words::Side::Theirs)?;
    Ok(Three { ancestor, ours, theirs, ancestor_bytes })
}

/// A meeting, merged as the conflicts view merges a copy: agenda items aligned by title,
/// what both added renumbered, then element by element and minutes by line.
fn merge_meeting(root: &Path, three: Three<Meeting>) -> Result<Outcome, String> {
    let ours = &three.ours;
    let (ancestor, theirs) = merge::align(three.ancestor.as_ref(), ours, &three.theirs);
    let (theirs, _) = merge::renumber(ancestor.as_ref(), ours, &theirs);
    let plain = crate::store::held::plain;
    // An approved meeting is never merged: a change beside an approval is a choice.
    if (ours.is_frozen() || theirs.is_frozen()) && plain(ours) != plain(&theirs) {
        let (mut ours, mut theirs) = (ours.clone(), theirs);
        if let Some(from) = keep_ancestor(root, &three.ancestor_bytes) {
            ours.edited_from = Some(from.clone());
            theirs.edited_from = Some(from);
        }
        return Ok(Outcome { merged: ron(&ours)?, copy: Some(ron(&theirs)?) });
    }
    let (mut merged, open) = merge::merge(ancestor.as_ref(), ours, &theirs);
    let ours_last = ours.agenda.iter().map(|i| i.number).max().unwrap_or(0);
    merge::place_taken_items(&mut merged, &theirs, ours_last);
    if open.is_empty() {
        return Ok(Outcome { merged: ron(&merged)?, copy: None });
    }
    let mut copy = merged.clone();
    merge::settle_all(&mut copy, &theirs, &open, &vec![Some(Choice::Theirs); open.len()]);
    if let Some(from) = keep_ancestor(root, &three.ancestor_bytes) {
        merged.edited_from = Some(from.clone());
        copy.edited_from = Some(from);
    }
    Ok(Outcome { merged: ron(&merged)?, copy: Some(ron(&copy)?) })
}

/// The plan, the members or an update file, merged three-way against the ancestor.
fn merge_other<T>(three: Three<T>, wrap: fn(T) -> FileContent) -> Result<Outcome, String> {
    let (a, o, t) = (three.ancestor.map(wrap), wrap(three.ours), wrap(three.theirs));
    let kinds = || "not one kind of file".to_owned();
    let merge = merge_file(a.as_ref(), &o, &t, &[]).ok_or_else(kinds)?;
    if merge.open.is_empty() {
        return Ok(Outcome { merged: content(&merge.merged)?, copy: None });
    }
    // Their version of every choice, the rest merged: the copy differs from the file in just
    // the choices, which is what the conflicts view (that has no ancestor for these) offers.
    let chosen: Vec<_> = merge.open.iter().map(|k| (k.clone(), Choice::Theirs)).collect();
    let copy = merge_file(a.as_ref(), &o, &t, &chosen).ok_or_else(kinds)?;
    Ok(Outcome { merged: content(&merge.merged)?, copy: Some(content(&copy.merged)?) })
}

/// The canonical text of a file that is not a meeting.
fn content(file: &FileContent) -> Result<String, String> {
    match file {
        FileContent::Plan(p) => ron(p),
        FileContent::Members(m) => ron(m),
        FileContent::Updates(u) => ron(u),
    }
}

fn ron<T: serde::Serialize>(value: &T) -> Result<String, String> {
    to_ron(value).map_err(|e| e.to_string())
}

/// Keeps the ancestor among the folder's versions, so the conflicts view merges the copy
/// three-way; returns its hash for `edited_from` (none without an ancestor, or when it cannot
/// be kept: the view then compares two-way).
fn keep_ancestor(root: &Path, bytes: &[u8]) -> Option<String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let cache = crate::store::versions::VersionCache::for_folder(root);
    cache.keep(bytes).ok().map(|h| h.to_string())
}

/// Writes the copy beside the file in the working tree (git runs the driver at its top),
/// under a name no file has; returns where.
fn write_copy(path: &Path, text: &str) -> Result<PathBuf, (PathBuf, std::io::Error)> {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let own = crate::store::names::OWN_DEVICE;
    let name = |t: chrono::DateTime<chrono::Utc>| {
        let stamp = t.format("%Y%m%d-%H%M%S");
        path.with_file_name(format!("{stem}.sync-conflict-{stamp}-{own}.ron"))
    };
    // A copy of this second already there (an earlier merge) is kept: the next second is free.
    let mut when = chrono::Utc::now();
    let mut at = name(when);
    while at.exists() {
        when += chrono::TimeDelta::seconds(1);
        at = name(when);
    }
    match crate::store::atomic::write_atomic(&at, text.as_bytes()) {
        Ok(()) => Ok(at),
        Err(e) => Err((at, e)),
    }
}

fn slashed(path: &Path) -> String {
    crate::store::relpath::slashed(path).to_string()
}
