//! Writing a member's own follow-up into `data/updates/<member>.ron`: read, append, stamp,
//! save atomically over exactly what was read. Two writers at once (the app and the command
//! line, two terminals) are serialised on this machine by an OS lock and, across machines
//! through the sync service, by the save refusing to write over a file that changed since it
//! was read: then it reads again and appends again, so no update is ever lost.

use super::document::{UnsafeId, updates_path};
use super::format::{ParseError, parse};
use super::hash::FileHash;
use super::save::{Base, SaveError, save_with};
use super::stamp::stamped;
use super::versions::VersionCache;
use crate::domain::ids::MemberId;
use crate::domain::updates::{MemberUpdates, OwnerUpdate};
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// How often a write is tried again when the file changed between reading and renaming.
const ATTEMPTS: usize = 20;

/// Why an update was not written. The file on disk is untouched in every case.
#[derive(Debug)]
pub enum UpdateError {
    /// The member id cannot be a file name.
    Unsafe(UnsafeId),
    /// The file exists but is not a valid update file: never written over.
    Unreadable(Box<ParseError>),
    /// The file is someone else's (its `member` names another member).
    OtherMember(PathBuf, MemberId),
    /// Reading or saving failed.
    Save(SaveError),
}

/// Appends `update` to `member`'s update file in the folder at `root` (made when missing);
/// the file's path relative to the folder.
pub fn record(root: &Path, member: &MemberId, update: OwnerUpdate) -> Result<PathBuf, UpdateError> {
    record_with(root, member, update, &mut |_| Ok(()))
}

/// [`record`] with a hook before each step of the atomic write, to test interruptions.
pub fn record_with(
    root: &Path,
    member: &MemberId,
    update: OwnerUpdate,
    before: &mut dyn FnMut(super::atomic::SaveStep) -> io::Result<()>,
) -> Result<PathBuf, UpdateError> {
    let rel = updates_path(member).map_err(UpdateError::Unsafe)?;
    let _local = local_guard(&root.join(&rel));
    let versions = VersionCache::for_folder(root);
    let mut last = None;
    for _ in 0..ATTEMPTS {
        let (mut file, base) = read(root, &rel, member)?;
        file.updates.push(update.clone());
        let value = stamped(&versions, &file, file.written_as.clone().as_deref());
        match save_with(root, &rel, &value, base, before) {
            Ok(_) => return Ok(rel),
            // Another machine's copy arrived in between: read it and append to it.
            Err(e @ SaveError::ChangedOnDisk(_)) => last = Some(e),
            Err(e) => return Err(UpdateError::Save(e)),
        }
    }
    Err(UpdateError::Save(last.unwrap_or(SaveError::ChangedOnDisk(rel))))
}

/// The update file as it is on disk and the base to save over it; a new one when missing.
fn read(root: &Path, rel: &Path, member: &MemberId) -> Result<(MemberUpdates, Base), UpdateError> {
    let bytes = match fs::read(root.join(rel)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Ok((MemberUpdates::new(member.clone()), Base::new_file()));
        }
        Err(e) => return Err(UpdateError::Save(SaveError::Io(rel.to_owned(), e))),
    };
    let file: MemberUpdates =
        parse(rel, &bytes).map_err(|e| UpdateError::Unreadable(Box::new(e)))?;
    if &file.member != member {
        return Err(UpdateError::OtherMember(rel.to_owned(), file.member));
    }
    Ok((file, Base::after_save(FileHash::of(&bytes))))
}

/// Holds an OS lock for writing `path` while it lives, so that two processes on this machine
/// append one after the other rather than both over the same version. Best effort: without a
/// temp folder the save's own check still refuses to lose a write.
fn local_guard(path: &Path) -> Option<File> {
    crate::store::lock::host::machine_guard(path, ".write")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meeting::FollowUpStatus;

    fn update(note: &str) -> OwnerUpdate {
        OwnerUpdate {
            action: "2022-06-14-stuurgroep/A4".parse().unwrap(),
            date: chrono::NaiveDate::from_ymd_opt(2022, 9, 6).unwrap(),
            status: FollowUpStatus::Done,
            note: note.into(),
        }
    }

    #[test]
    fn a_missing_file_is_made_and_a_second_update_appended_and_stamped() {
        let dir = tempfile::tempdir().unwrap();
        let me: MemberId = "an-peeters".into();
        let rel = record(dir.path(), &me, update("eerste")).unwrap();
        assert_eq!(rel, Path::new("data/updates/an-peeters.ron"));
        record(dir.path(), &me, update("tweede")).unwrap();
        let text = fs::read_to_string(dir.path().join(&rel)).unwrap();
        assert!(text.starts_with("#![enable(implicit_some)]\n(\n    version: 1,\n"), "{text}");
        let file: MemberUpdates = parse(&rel, text.as_bytes()).unwrap();
        let notes: Vec<&str> = file.updates.iter().map(|u| u.note.as_str()).collect();
        assert_eq!(notes, ["eerste", "tweede"]);
        assert!(file.written_as.is_some() && file.written_from.is_some());
    }

    #[test]
    fn a_broken_or_foreign_file_is_never_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let me: MemberId = "an-peeters".into();
        let path = dir.path().join("data/updates/an-peeters.ron");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, "(version: 1, member: \"an-peeters\", upd").unwrap();
        let e = record(dir.path(), &me, update("x")).unwrap_err();
        assert!(matches!(e, UpdateError::Unreadable(_)), "{e:?}");
        let foreign = "(version: 1, member: \"jolien-maes\", updates: [])\n";
        fs::write(&path, foreign).unwrap();
        let e = record(dir.path(), &me, update("x")).unwrap_err();
        assert!(matches!(e, UpdateError::OtherMember(..)), "{e:?}");
        assert_eq!(fs::read_to_string(&path).unwrap(), foreign);
    }

    #[test]
    fn a_write_interrupted_at_any_step_leaves_the_old_file_whole() {
        use super::super::atomic::SaveStep;
        let dir = tempfile::tempdir().unwrap();
        let me: MemberId = "an-peeters".into();
        let rel = record(dir.path(), &me, update("eerste")).unwrap();
        let before = fs::read(dir.path().join(&rel)).unwrap();
        for step in [SaveStep::WriteHalf, SaveStep::SyncTemp, SaveStep::Rename] {
            let mut crash =
                |s: SaveStep| if s == step { Err(io::Error::other("killed")) } else { Ok(()) };
            assert!(record_with(dir.path(), &me, update("half"), &mut crash).is_err());
            assert_eq!(fs::read(dir.path().join(&rel)).unwrap(), before, "{step:?}");
        }
    }

    #[test]
    fn a_change_arriving_between_read_and_rename_is_read_again_and_kept() {
        use super::super::atomic::SaveStep;
        let dir = tempfile::tempdir().unwrap();
        let me: MemberId = "an-peeters".into();
        let rel = record(dir.path(), &me, update("eerste")).unwrap();
        let mut arrived = false;
        let root = dir.path().to_owned();
        let mut sync = |s: SaveStep| {
            if s == SaveStep::SyncTemp && !arrived {
                arrived = true;
                // The sync service brings this member's update from their other machine.
                let path = root.join("data/updates/an-peeters.ron");
                let mut theirs: MemberUpdates = parse(&path, &fs::read(&path)?).unwrap();
                theirs.updates.push(update("van de laptop"));
                fs::write(&path, super::super::format::to_ron(&theirs).unwrap())?;
            }
            Ok(())
        };
        record_with(dir.path(), &me, update("van hier"), &mut sync).unwrap();
        let file: MemberUpdates = parse(&rel, &fs::read(dir.path().join(&rel)).unwrap()).unwrap();
        let notes: Vec<&str> = file.updates.iter().map(|u| u.note.as_str()).collect();
        assert_eq!(notes, ["eerste", "van de laptop", "van hier"]);
    }
}
