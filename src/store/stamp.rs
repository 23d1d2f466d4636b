//! The stamp of the plan, the members and the update files: the exact ancestor of two sides
//! that a sync service could not reconcile, on any machine.
//!
//! These files are edited by hand as often as by this app, so they cannot record, as a
//! meeting does, the version an editor opened. Instead, every time this app writes one (a
//! merge of a conflict copy, and any later writer of them), it keeps the version it writes in
//! `.stuurgroep/versions/<hex>.ron` and stamps the file with `written_as: "blake3:<hex>"`: the
//! hash of the content written with the stamp left out, which is exactly that version's bytes.
//! A hand edit keeps the stamp (an editor changes what it means to change), so two sides
//! hand-edited from one written version both name it; a side the app wrote again names its
//! predecessor in `written_from`, a chain followed back to the other side's stamp. A file
//! this app never wrote has no stamp and no ancestor: never a guessed one. Reading never
//! writes a version.

use super::document::Document;
use super::format::to_ron;
use super::versions::VersionCache;
use crate::domain::organisation::Members;
use crate::domain::plan::Plan;
use crate::domain::updates::MemberUpdates;

/// How far back a chain of written versions is followed.
const MAX_STEPS: usize = 200;

/// A file that carries the stamp of the version this app last wrote of it.
pub trait Stamped: Document + Clone {
    /// Its `written_as`: the version this app last wrote.
    fn written_as(&self) -> Option<&str>;
    /// Its `written_from`: the version that write went on from.
    fn written_from(&self) -> Option<&str>;
    /// Sets both.
    fn set_stamp(&mut self, written_as: Option<String>, written_from: Option<String>);
}

macro_rules! stamped {
    ($($t:ty),*) => {$(
        impl Stamped for $t {
            fn written_as(&self) -> Option<&str> {
                self.written_as.as_deref()
            }
            fn written_from(&self) -> Option<&str> {
                self.written_from.as_deref()
            }
            fn set_stamp(&mut self, written_as: Option<String>, written_from: Option<String>) {
                (self.written_as, self.written_from) = (written_as, written_from);
            }
        }
    )*};
}
stamped!(Plan, Members, MemberUpdates);

/// `value` as it is to be written over a file stamped `over` (its `written_as`): its version
/// kept in `versions`, and stamped with it. Should the version not be kept (the disk said
/// no), the value goes unstamped: a stamp must always name a version that is there.
pub fn stamped<T: Stamped>(versions: &VersionCache, value: &T, over: Option<&str>) -> T {
    let mut out = value.clone();
    out.set_stamp(None, over.map(str::to_owned));
    let kept = to_ron(&out).ok().and_then(|text| versions.keep(text.as_bytes()).ok());
    let written_from = out.written_from().map(str::to_owned);
    out.set_stamp(kept.map(|h| h.to_string()), written_from);
    out
}

/// The common ancestor of two sides of a file: the version both were written as, or, when
/// the app wrote one side again since, the other's version found on that side's chain.
pub fn ancestor<T: Stamped>(versions: &VersionCache, ours: &T, theirs: &T) -> Option<T> {
    let (a, b) = (ours.written_as()?, theirs.written_as()?);
    if a == b {
        return versions.version(a);
    }
    on_chain::<T>(versions, a, b).or_else(|| on_chain::<T>(versions, b, a))
}

/// The version `target`, if it lies on the chain of written versions that starts at `start`.
fn on_chain<T: Stamped>(versions: &VersionCache, start: &str, target: &str) -> Option<T> {
    let mut hash = start.to_owned();
    for _ in 0..MAX_STEPS {
        let version: T = versions.version(&hash)?;
        if hash == target {
            return Some(version);
        }
        hash = version.written_from()?.to_owned();
    }
    None
}

/// The stamp `bytes` (a plan, members or update file, or a copy of one) carry, if any.
pub fn written_as_in(path: &std::path::Path, bytes: &[u8]) -> Option<String> {
    use super::format::parse;
    parse::<Plan>(path, bytes)
        .map(|p| p.written_as)
        .or_else(|_| parse::<Members>(path, bytes).map(|m| m.written_as))
        .or_else(|_| parse::<MemberUpdates>(path, bytes).map(|u| u.written_as))
        .ok()
        .flatten()
}

/// The version a kept version of one of these files went on from, if it is one of them.
pub fn written_from_of(versions: &VersionCache, hash: &str) -> Option<String> {
    let from = |v: Option<Option<String>>| v.flatten();
    from(versions.version::<Plan>(hash).map(|p| p.written_from))
        .or_else(|| from(versions.version::<Members>(hash).map(|m| m.written_from)))
        .or_else(|| from(versions.version::<MemberUpdates>(hash).map(|u| u.written_from)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn example_members() -> Members {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let rel = Path::new("data/members.ron");
        super::super::format::parse(rel, &std::fs::read(root.join(rel)).unwrap()).unwrap()
    }

    #[test]
    fn two_sides_hand_edited_from_one_written_version_find_it_and_unstamped_ones_find_none() {
        let dir = tempfile::tempdir().unwrap();
        let versions = VersionCache::at(dir.path());
        let base = example_members();
        assert!(ancestor(&versions, &base, &base).is_none(), "never written: no ancestor");
        let written = stamped(&versions, &base, None);
        let hash = written.written_as.clone().unwrap();
        // The kept version is the file written, with its stamp left out.
        let mut blank = written.clone();
        blank.written_as = None;
        let kept = std::fs::read(dir.path().join(format!("{}.ron", &hash[7..]))).unwrap();
        assert_eq!(kept, to_ron(&blank).unwrap().as_bytes());
        let (mut ours, mut theirs) = (written.clone(), written.clone());
        ours.members[0].name = "Naam van A".into();
        theirs.bodies[0].name = "Naam van B".into();
        assert_eq!(ancestor(&versions, &ours, &theirs), Some(blank.clone()));
        assert_eq!(
            written_as_in(Path::new("m.ron"), to_ron(&ours).unwrap().as_bytes()),
            Some(hash)
        );
        // A stamp naming a version that is nowhere gives no ancestor.
        theirs.written_as = Some(format!("blake3:{}", "0".repeat(64)));
        assert!(ancestor(&versions, &ours, &theirs).is_none());
    }

    #[test]
    fn a_side_the_app_wrote_again_finds_the_other_sides_version_on_its_chain() {
        let dir = tempfile::tempdir().unwrap();
        let versions = VersionCache::at(dir.path());
        let first = stamped(&versions, &example_members(), None);
        let mut edited = first.clone();
        edited.members[0].name = "Naam van A".into();
        let second = stamped(&versions, &edited, first.written_as.as_deref());
        assert_eq!(second.written_from, first.written_as);
        let mut theirs = first.clone();
        theirs.bodies[0].name = "Naam van B".into();
        let found = ancestor(&versions, &second, &theirs).unwrap();
        assert_eq!(found.members[0].name, first.members[0].name);
        assert_eq!(ancestor(&versions, &theirs, &second), Some(found));
        assert_eq!(
            written_from_of(&versions, second.written_as.as_deref().unwrap()),
            first.written_as
        );
    }

    #[test]
    fn pruning_keeps_the_versions_the_plan_and_a_copy_name_and_their_chain() {
        use super::super::versions::{FOLDER_VERSIONS, PRUNE_AFTER, prune};
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let example = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::create_dir_all(root.join("data")).unwrap();
        let rel = Path::new("data/plan.ron");
        let plan: Plan =
            super::super::format::parse(rel, &std::fs::read(example.join(rel)).unwrap()).unwrap();
        let versions = VersionCache::at(&root.join(FOLDER_VERSIONS));
        let first = stamped(&versions, &plan, None);
        let mut edited = first.clone();
        edited.period.to += 1;
        let second = stamped(&versions, &edited, first.written_as());
        edited.period.to += 1;
        let loose = stamped(&versions, &edited, None);
        // The live plan is the second version; a copy still names the first.
        std::fs::write(root.join(rel), to_ron(&second).unwrap()).unwrap();
        let copy = "data/plan.sync-conflict-20221012-093000-ABCDEFG.ron";
        std::fs::write(root.join(copy), to_ron(&first).unwrap()).unwrap();
        let in_a_year = std::time::SystemTime::now() + PRUNE_AFTER * 12;
        assert_eq!(prune(root, in_a_year).unwrap(), 1, "only the loose version goes");
        let kept = |v: &Plan| versions.version::<Plan>(v.written_as().unwrap()).is_some();
        assert!(kept(&first) && kept(&second) && !kept(&loose));
        // Once the copy is settled, the live plan's chain still leads to the first.
        std::fs::remove_file(root.join(copy)).unwrap();
        assert_eq!(prune(root, in_a_year).unwrap(), 0);
        assert!(kept(&first));
    }
}
