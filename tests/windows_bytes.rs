//! One set of bytes everywhere: what the app writes is the same on Linux and Windows (compared
//! with committed files, so a run for either platform compares against the same bytes), and a
//! folder whose files arrived with CRLF line endings (Notepad, git's `autocrlf`, a sync client)
//! loads, checks clean and is written back with `\n` only where the app changes it.

use std::fs;
use std::path::{Path, PathBuf};
use stuurgroep::check::check;
use stuurgroep::domain::meeting::MinutesStatus;
use stuurgroep::store::hash::minutes_hash;
use stuurgroep::store::{Base, Document, LoadedFile, SaveError, load_folder, save};

/// A small folder written by the app: plan, members, approved minutes with accents, quotes
/// and a tab, and the draft meeting that approved them. Regenerate it only when the schema
/// changes, and never by hand: its bytes are the point.
const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/same-bytes");
const APPROVED: &str = "meetings/2021/2021-01-12-stuurgroep.ron";
const DRAFT: &str = "meetings/2021/2021-03-16-stuurgroep.ron";
/// The minutes hash of the approved meeting, as recorded in the draft that approves it.
const APPROVED_HASH: &str =
    "blake3:ab0f0116134e01f66e8018ccd7cdef5f1dacac9dcf83c2f735a70c56883c73b6";

/// Every file under `dir` (recursively), relative to it, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![PathBuf::new()];
    while let Some(rel) = todo.pop() {
        for entry in fs::read_dir(dir.join(&rel)).unwrap() {
            let entry = entry.unwrap();
            let child = rel.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() { todo.push(child) } else { out.push(child) }
        }
    }
    out.sort();
    out
}

/// A copy of the folder's `data/` and `meetings/` in a temp folder, every line ending `\r\n`.
fn crlf_copy(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for top in ["data", "meetings"] {
        for rel in files(&from.join(top)) {
            let text = fs::read_to_string(from.join(top).join(&rel)).unwrap();
            assert!(!text.contains('\r'), "{} is committed with \\r", rel.display());
            let target = to.path().join(top).join(&rel);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(target, text.replace('\n', "\r\n")).unwrap();
        }
    }
    to
}

/// Writes `file` to `root` through the app's save, as a new file.
fn write_new<T: Document>(root: &Path, file: &LoadedFile<T>) {
    save(root, &file.path, &file.value, Base::new_file()).unwrap();
}

#[test]
fn the_app_writes_the_committed_bytes_for_the_same_content() {
    let folder = load_folder(Path::new(FIXTURE)).unwrap();
    assert!(folder.errors.is_empty(), "{:?}", folder.errors);
    let out = tempfile::tempdir().unwrap();
    write_new(out.path(), folder.plan.as_ref().unwrap());
    write_new(out.path(), folder.members.as_ref().unwrap());
    for meeting in &folder.meetings {
        write_new(out.path(), meeting);
    }
    let written = files(out.path());
    assert_eq!(written, files(Path::new(FIXTURE)));
    for rel in written {
        let ours = fs::read(out.path().join(&rel)).unwrap();
        let committed = fs::read(Path::new(FIXTURE).join(&rel)).unwrap();
        assert!(!ours.contains(&b'\r'), "{} written with \\r", rel.display());
        assert!(ours == committed, "{}: not the committed bytes", rel.display());
    }
}

#[test]
fn the_committed_folder_checks_clean_with_the_recorded_hash() {
    let folder = load_folder(Path::new(FIXTURE)).unwrap();
    let report = check(&folder);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let approved = folder.meetings.iter().find(|m| m.path.ends_with(APPROVED)).unwrap();
    let draft = folder.meetings.iter().find(|m| m.path.ends_with(DRAFT)).unwrap();
    assert_eq!(minutes_hash(&approved.value).unwrap(), APPROVED_HASH);
    assert_eq!(draft.value.approves[0].hash, APPROVED_HASH);
}

#[test]
fn a_crlf_copy_of_the_bundled_example_checks_clean() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = crlf_copy(example);
    let folder = load_folder(copy.path()).unwrap();
    assert!(folder.errors.is_empty(), "{:?}", folder.errors);
    // The same content: minutes that show, search and export without a stray `\r`.
    let values =
        |f: &stuurgroep::store::Folder| f.meetings.iter().map(|m| m.value.clone()).collect();
    let lf: Vec<_> = values(&load_folder(example).unwrap());
    assert!(values(&folder) == lf, "the CRLF copy reads as other content");
    let approved = folder
        .meetings
        .iter()
        .filter(|m| matches!(m.value.status, MinutesStatus::Approved { .. }))
        .count();
    assert!(approved > 10, "the example has approved minutes to verify");
    let report = check(&folder);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn a_crlf_file_is_rewritten_with_newline_only_when_the_app_changes_it() {
    let copy = crlf_copy(Path::new(FIXTURE));
    let root = copy.path();
    let before = fs::read(root.join(APPROVED)).unwrap();
    let folder = load_folder(root).unwrap();
    assert!(check(&folder).findings.is_empty());
    let mut draft = folder.meetings.into_iter().find(|m| m.path.ends_with(DRAFT)).unwrap();
    draft.value.agenda[0].minutes.push_str("\nEen zin die er bij kwam.");
    save(root, &draft.path, &draft.value, draft.base().unwrap()).unwrap();
    let saved = fs::read_to_string(root.join(DRAFT)).unwrap();
    assert!(!saved.contains('\r'), "{saved:?}");
    assert!(saved.contains("Tweede regel met \"aanhalingstekens\".\nEen zin die er bij kwam."));
    assert_eq!(fs::read(root.join(APPROVED)).unwrap(), before, "an unchanged file is left as is");
    assert!(check(&load_folder(root).unwrap()).findings.is_empty());
}

#[test]
fn a_crlf_file_converted_on_disk_after_loading_is_not_overwritten() {
    let copy = crlf_copy(Path::new(FIXTURE));
    let root = copy.path();
    let folder = load_folder(root).unwrap();
    let draft = folder.meetings.into_iter().find(|m| m.path.ends_with(DRAFT)).unwrap();
    // A sync client turns the line endings back to `\n`: other bytes, the same content.
    let theirs = fs::read_to_string(root.join(DRAFT)).unwrap().replace("\r\n", "\n");
    fs::write(root.join(DRAFT), &theirs).unwrap();
    let err = save(root, &draft.path, &draft.value, draft.base().unwrap()).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk(_)), "{err}");
    assert_eq!(fs::read_to_string(root.join(DRAFT)).unwrap(), theirs);
}
