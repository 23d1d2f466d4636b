//! Listing a folder's documents before they are loaded: the meetings and update files, the
//! conflict copies beside them, and what has a document's name but is no regular file.

use super::document::{MEETINGS_DIR, UPDATES_DIR};
use super::load::{ConflictCopy, NotAFile, OpenError, read_document};
use super::names::{Beside, NameKind, classify_beside, is_meeting_name, is_onedrive_copy};
use crate::domain::meeting::Meeting;
use crate::domain::updates::MemberUpdates;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The documents and conflict copies found in the folder.
#[derive(Debug, Default)]
pub(super) struct Scan {
    pub(super) meetings: Vec<PathBuf>,
    pub(super) updates: Vec<PathBuf>,
    pub(super) conflicts: Vec<ConflictCopy>,
    pub(super) not_files: Vec<NotAFile>,
}

/// The ids of the known bodies and members, when `data/members.ron` could be read.
pub(super) struct Known {
    pub(super) bodies: Option<Vec<String>>,
    pub(super) members: Option<Vec<String>>,
}

/// Which kind of folder a name is in.
#[derive(Clone, Copy)]
enum Place {
    /// `data/`: only `plan.ron` and `members.ron` are documents.
    Data,
    /// `data/updates/`: `<member>.ron`.
    Updates,
    /// `meetings/<year>/`: `<date>-<body>.ron`.
    Meetings,
}

/// The documents, copies and misplaced entries of the folder at `root`, each list sorted.
pub(super) fn scan(root: &Path, known: &Known) -> Result<Scan, OpenError> {
    let mut scan = Scan::default();
    // Of `data/` only the copies, links and folders: plan and members have fixed names.
    list(Neighbours::of(root, Path::new("data"), Place::Data, known), &mut scan)?;
    let updates = Neighbours::of(root, Path::new(UPDATES_DIR), Place::Updates, known);
    scan.updates = list(updates, &mut scan)?;
    let meetings_dir = Path::new(MEETINGS_DIR);
    for year in subfolders(root, meetings_dir, &mut scan.not_files)? {
        let year = meetings_dir.join(year);
        let found = list(Neighbours::of(root, &year, Place::Meetings, known), &mut scan)?;
        scan.meetings.extend(found);
    }
    scan.meetings.sort();
    scan.updates.sort();
    scan.conflicts.sort_by(|a, b| a.path.cmp(&b.path));
    scan.not_files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(scan)
}

/// The documents directly in `dir` (relative); conflict copies go to `scan.conflicts`.
/// Symbolic links are not followed (a link could lead out of the folder): a link or a folder
/// with a document's name goes to `scan.not_files`, so that it is reported, not skipped.
fn list(mut folder: Neighbours, scan: &mut Scan) -> Result<Vec<PathBuf>, OpenError> {
    let mut documents = Vec::new();
    let dir = folder.dir;
    let entries = entries(folder.root, dir)?;
    folder.names = entries.iter().filter(|(_, t)| t.is_file()).map(|(n, _)| n.to_owned()).collect();
    for (name, file_type) in &entries {
        let kind = classify_beside(name, &folder);
        match kind {
            NameKind::Ignored => {}
            _ if !file_type.is_file() => {
                scan.not_files.push(NotAFile { path: dir.join(name), link: file_type.is_symlink() })
            }
            NameKind::Document => documents.push(dir.join(name)),
            NameKind::ConflictCopy { service, original } => scan.conflicts.push(ConflictCopy {
                path: dir.join(name),
                original: dir.join(original),
                service,
            }),
        }
    }
    Ok(documents)
}

/// One folder's regular files, and what tells a OneDrive copy `NAME-MACHINE.ron` from a
/// document whose id has a hyphen: what the file holds, else the known ids.
struct Neighbours<'a> {
    root: &'a Path,
    dir: &'a Path,
    place: Place,
    known: &'a Known,
    names: Vec<String>,
}

impl<'a> Neighbours<'a> {
    fn of(root: &'a Path, dir: &'a Path, place: Place, known: &'a Known) -> Self {
        Self { root, dir, place, known, names: Vec::new() }
    }
}

impl Beside for Neighbours<'_> {
    fn has(&self, stem: &str) -> bool {
        self.names.iter().any(|n| n.strip_suffix(".ron") == Some(stem))
    }

    fn is_copy(&self, stem: &str, original: &str, machine: &str) -> bool {
        let rel = self.dir.join(format!("{stem}.ron"));
        let (holds, named_for_known) = match self.place {
            Place::Data => return true,
            Place::Updates => (
                read_document::<MemberUpdates>(self.root, &rel)
                    .ok()
                    .map(|f| f.value.member.to_string()),
                self.known.members.as_ref().map(|m| m.iter().any(|id| id == stem)),
            ),
            Place::Meetings => (
                read_document::<Meeting>(self.root, &rel).ok().map(|f| f.value.id.to_string()),
                self.known
                    .bodies
                    .as_ref()
                    .map(|b| is_meeting_name(stem, |body| b.iter().any(|id| id == body))),
            ),
        };
        is_onedrive_copy(stem, original, machine, holds.as_deref(), named_for_known)
    }
}

/// The year folders of `dir`; a symbolic link among them goes to `not_files`.
fn subfolders(
    root: &Path,
    dir: &Path,
    not_files: &mut Vec<NotAFile>,
) -> Result<Vec<String>, OpenError> {
    let mut names = Vec::new();
    for (name, file_type) in entries(root, dir)? {
        if name.starts_with('.') {
            continue;
        }
        if file_type.is_dir() {
            names.push(name);
        } else if file_type.is_symlink() {
            not_files.push(NotAFile { path: dir.join(name), link: true });
        }
    }
    names.sort();
    Ok(names)
}

/// The entries of `root/dir` with their type (a link's own, not its target's); a missing
/// folder is empty.
fn entries(root: &Path, dir: &Path) -> Result<Vec<(String, fs::FileType)>, OpenError> {
    let full = root.join(dir);
    let entries = match fs::read_dir(&full) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(OpenError::Io(full, e)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| OpenError::Io(full.clone(), e))?;
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if let Some(name) = entry.file_name().to_str() {
            names.push((name.to_owned(), file_type));
        }
    }
    Ok(names)
}
