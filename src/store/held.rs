//! Whether text of a meeting is somewhere in the folder already: the editor closes without
//! writing anything when it is, and keeps a conflict copy only when it is not.

use crate::domain::meeting::Meeting;
use std::path::Path;

/// A meeting without the version it was edited from: what a person typed.
pub fn plain(meeting: &Meeting) -> Meeting {
    Meeting { edited_from: None, ..meeting.clone() }
}

/// Whether `ours` is, apart from `edited_from`, the meeting at `rel` or one of its conflict
/// copies in the same folder.
pub fn in_folder(root: &Path, rel: &Path, ours: &Meeting) -> bool {
    let same = |path: &Path| {
        std::fs::read(path)
            .ok()
            .and_then(|b| super::format::parse::<Meeting>(path, &b).ok())
            .is_some_and(|m| &plain(&m) == ours)
    };
    if same(&root.join(rel)) {
        return true;
    }
    let (Some(dir), Some(name)) = (rel.parent(), rel.file_name().and_then(|n| n.to_str())) else {
        return false;
    };
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else { return false };
    entries.filter_map(Result::ok).any(|entry| {
        let sibling = entry.file_name().to_string_lossy().into_owned();
        let copy_of_ours = matches!(
            super::names::classify(&sibling, |_| true),
            super::names::NameKind::ConflictCopy { original, .. } if original == name
        );
        copy_of_ours && same(&entry.path())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_is_in_the_folder_as_the_file_or_a_copy_whatever_it_was_edited_from() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let rel = Path::new("meetings/2022/2022-10-11-stuurgroep.ron");
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
        let bytes = std::fs::read(&example).unwrap();
        std::fs::create_dir_all(root.join("meetings/2022")).unwrap();
        std::fs::write(root.join(rel), &bytes).unwrap();
        let mut ours: Meeting = super::super::format::parse(rel, &bytes).unwrap();
        ours.edited_from = Some("blake3:00".into());
        assert!(in_folder(root, rel, &plain(&ours)));
        ours.location = Some("Halle".into());
        assert!(!in_folder(root, rel, &plain(&ours)));
        let copy = "meetings/2022/2022-10-11-stuurgroep.sync-conflict-20221011-200000-ABCDEFG.ron";
        let text = super::super::format::to_ron(&ours).unwrap();
        std::fs::write(root.join(copy), text).unwrap();
        assert!(in_folder(root, rel, &plain(&ours)));
    }
}
