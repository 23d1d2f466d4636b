//! Who wrote the original of a conflict copy, as the people of the association know them: the
//! merge views label the original's side with it, as they label the copy with its device.

use super::document::MEMBERS_PATH;
use super::load::read_document;
use crate::domain::meeting::Meeting;
use crate::domain::organisation::Members;
use std::path::Path;

/// The writer of the meeting at `original` (relative to `root`): the holder of its lock (the
/// one writing it now, or the last one when a crash left the lock behind), else the meeting's
/// secretary by name, who writes its minutes. `None` when neither is known.
pub fn original(root: &Path, original: &Path) -> Option<String> {
    if let Some(Ok(lock)) = super::lock::read(root, original) {
        return Some(lock.name);
    }
    let meeting = read_document::<Meeting>(root, original).ok()?.value;
    let secretary = meeting.secretary?;
    let members = read_document::<Members>(root, Path::new(MEMBERS_PATH)).ok();
    let named = members.and_then(|m| m.value.member(&secretary).map(|s| s.name.clone()));
    Some(named.unwrap_or_else(|| secretary.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_holder_else_the_secretary_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let (root, rel) = (dir.path(), Path::new("meetings/2022/2022-10-11-stuurgroep.ron"));
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        for file in [rel, Path::new(MEMBERS_PATH)] {
            std::fs::create_dir_all(root.join(file).parent().unwrap()).unwrap();
            std::fs::copy(here.join(file), root.join(file)).unwrap();
        }
        assert_eq!(original(root, rel).as_deref(), Some("Lotte Verhaegen"));
        let holder = super::super::lock::Holder::new("jan-peeters".into(), "Jan Peeters");
        let guard = super::super::lock::acquire(root, rel, &holder, chrono::Utc::now()).unwrap();
        assert_eq!(original(root, rel).as_deref(), Some("Jan Peeters"));
        guard.release().unwrap();
        std::fs::remove_file(root.join(MEMBERS_PATH)).unwrap();
        assert_eq!(original(root, rel).as_deref(), Some("lotte-verhaegen"), "no members file");
    }
}
