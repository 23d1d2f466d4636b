//! Meetings removed in the app are put aside in the folder, never deleted: a meeting created
//! by mistake goes to `.stuurgroep/removed/`, where it can be fetched back by hand.

use std::io;
use std::path::{Path, PathBuf};

/// Where removed meetings go, relative to the folder.
pub const REMOVED_DIR: &str = ".stuurgroep/removed";

/// Moves the file at `rel` into [`REMOVED_DIR`] (one rename, so it is never half in both
/// places); a name taken there by an earlier removal gets a number. Its place there,
/// relative to the folder.
pub fn put_aside(root: &Path, rel: &Path) -> io::Result<PathBuf> {
    let dir = Path::new(REMOVED_DIR);
    std::fs::create_dir_all(root.join(dir))?;
    let name = rel.file_name().ok_or_else(|| io::Error::other("no file name"))?;
    let stem = Path::new(name).file_stem().unwrap_or(name).to_string_lossy().into_owned();
    let ext = Path::new(name).extension().map(|e| e.to_string_lossy().into_owned());
    let mut target = dir.join(name);
    let mut n = 1;
    while root.join(&target).exists() {
        n += 1;
        let numbered = match &ext {
            Some(ext) => format!("{stem}.{n}.{ext}"),
            None => format!("{stem}.{n}"),
        };
        target = dir.join(numbered);
    }
    std::fs::rename(root.join(rel), root.join(&target))?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_goes_aside_and_a_second_of_the_same_name_is_numbered() {
        let dir = tempfile::tempdir().unwrap();
        let rel = Path::new("meetings/2027/2027-01-20-stuurgroep.ron");
        for (n, expected) in
            ["2027-01-20-stuurgroep.ron", "2027-01-20-stuurgroep.2.ron"].iter().enumerate()
        {
            std::fs::create_dir_all(dir.path().join("meetings/2027")).unwrap();
            std::fs::write(dir.path().join(rel), format!("v{n}")).unwrap();
            let to = put_aside(dir.path(), rel).unwrap();
            assert_eq!(to, Path::new(REMOVED_DIR).join(expected));
            assert!(!dir.path().join(rel).exists());
            assert_eq!(std::fs::read_to_string(dir.path().join(&to)).unwrap(), format!("v{n}"));
        }
    }
}
