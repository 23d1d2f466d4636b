//! Paths as the user reads them. A file of the folder is named by its path relative to the
//! folder with `/` between the parts on every platform, so that messages, `--json` output and
//! scripts reading it are the same on Windows as elsewhere. On-disk access keeps the platform's
//! paths; only what reaches a person or a file goes through here.

use std::fmt;
use std::path::{Component, Path};

/// `path` for display: a relative path with `/` between its parts, whatever the platform; an
/// absolute one (the folder itself, a file chosen outside it) as the platform writes it, since
/// that is how its user knows it: on Windows `C:\Users\…`, also for the `\\?\C:\…` form that
/// resolving a path gives there.
pub fn slashed(path: &Path) -> Slashed<'_> {
    Slashed(path)
}

/// A path shown by [`slashed`].
#[derive(Debug, Clone, Copy)]
pub struct Slashed<'a>(&'a Path);

impl fmt::Display for Slashed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(Component::Prefix(prefix)) = self.0.components().next()
            && let std::path::Prefix::VerbatimDisk(letter) = prefix.kind()
        {
            let mut rest = self.0.components().skip(1).filter(|c| *c != Component::RootDir);
            write!(f, "{}:", char::from(letter))?;
            let Some(first) = rest.next() else { return f.write_str("\\") };
            write!(f, "\\{}", first.as_os_str().display())?;
            for part in rest {
                write!(f, "\\{}", part.as_os_str().display())?;
            }
            return Ok(());
        }
        if self.0.has_root() || self.0.is_absolute() {
            return write!(f, "{}", self.0.display());
        }
        let mut first = true;
        for component in self.0.components() {
            if !first {
                f.write_str("/")?;
            }
            first = false;
            match component {
                Component::Normal(part) => write!(f, "{}", part.display())?,
                Component::CurDir => f.write_str(".")?,
                Component::ParentDir => f.write_str("..")?,
                // Not reached for a path without a root; shown as written if it ever is.
                Component::RootDir | Component::Prefix(_) => {
                    write!(f, "{}", component.as_os_str().display())?
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_path_in_the_folder_is_shown_with_slashes() {
        let joined = PathBuf::from("meetings").join("2021").join("2021-03-16-stuurgroep.ron");
        assert_eq!(slashed(&joined).to_string(), "meetings/2021/2021-03-16-stuurgroep.ron");
        assert_eq!(slashed(Path::new("data/plan.ron")).to_string(), "data/plan.ron");
        assert_eq!(slashed(Path::new("../x.ron")).to_string(), "../x.ron");
        assert_eq!(slashed(Path::new("")).to_string(), "");
    }

    #[cfg(windows)]
    #[test]
    fn backslashes_become_slashes_and_an_absolute_path_stays_as_windows_writes_it() {
        let rel = Path::new(r"meetings\2021\2021-03-16-stuurgroep.ron");
        assert_eq!(slashed(rel).to_string(), "meetings/2021/2021-03-16-stuurgroep.ron");
        let abs = Path::new(r"C:\Users\an\OneDrive\Cultuurregio");
        assert_eq!(slashed(abs).to_string(), r"C:\Users\an\OneDrive\Cultuurregio");
        let resolved = Path::new(r"\\?\C:\Users\an\OneDrive\Cultuurregio");
        assert_eq!(slashed(resolved).to_string(), r"C:\Users\an\OneDrive\Cultuurregio");
        assert_eq!(slashed(Path::new(r"\\?\Z:\")).to_string(), r"Z:\");
    }

    #[cfg(unix)]
    #[test]
    fn an_absolute_path_stays_as_written() {
        assert_eq!(slashed(Path::new("/home/an/x")).to_string(), "/home/an/x");
    }
}
