//! `stuurgroep conflicts` for copies of the plan, the members and the update files: what
//! differs element by element, and `merge --auto` for them.

use super::ExitCode;
use crate::domain::merge::strings::{Say, file_element, say, side};
use crate::domain::merge::{FileDifference, FileElement, Side};
use crate::i18n::Lang;
use crate::store::file_conflict::FileCompared;
use crate::store::load::ConflictCopy;
use crate::store::strings::merge_write_error;
use crate::text::printable;
use std::path::Path;

/// The lines listing a copy of one of these files (after its name), or `None` for a copy of
/// a meeting.
pub fn human(root: &Path, copy: &ConflictCopy, lang: Lang) -> Option<String> {
    let compared = FileCompared::read(root, copy)?;
    Some(match compared {
        Err(why) => format!("  {}: {}\n", say(lang, Say::Unreadable), printable(&why)),
        Ok(c) => {
            let base = if c.ancestor.is_some() { Say::Ancestor } else { Say::NoAncestorFile };
            let mut out = format!("  {}\n", say(lang, base));
            out.push_str(&lines(lang, c.differences()));
            out
        }
    })
}

fn lines(lang: Lang, differences: &[FileDifference<FileElement>]) -> String {
    differences
        .iter()
        .map(|d| format!("  - {:<34} {}\n", file_element(lang, &d.key), side(lang, d.side)))
        .collect()
}

/// Whether a copy of one of these files has a common ancestor with its original, and the
/// differences, for `--json` (or why it cannot be read), or `None` for a meeting's.
pub fn json(root: &Path, copy: &ConflictCopy) -> Option<Result<(bool, serde_json::Value), String>> {
    let c = match FileCompared::read(root, copy)? {
        Ok(c) => c,
        Err(why) => return Some(Err(why)),
    };
    let differences = c
        .differences()
        .iter()
        .map(|d| {
            serde_json::json!({
                "element": file_element(Lang::En, &d.key),
                "side": super::conflicts::side_code(d.side),
                "one_sided": d.side != Side::Both,
            })
        })
        .collect();
    Some(Ok((c.ancestor.is_some(), differences)))
}

/// `conflicts merge COPY --auto` for a copy of one of these files, or `None` for a meeting's:
/// writes what merged by itself; moves the copy away when nothing is left to choose.
pub fn merge_auto(root: &Path, copy: &ConflictCopy, lang: Lang) -> Option<ExitCode> {
    let c = match FileCompared::read(root, copy)? {
        Ok(c) => c,
        Err(why) => {
            eprintln!("stuurgroep conflicts merge: {}", printable(&why));
            return Some(2);
        }
    };
    Some(match c.write(root) {
        Err(e) => {
            eprintln!("stuurgroep conflicts merge: {}", printable(&merge_write_error(lang, &e)));
            2
        }
        Ok(Some(to)) => {
            let out =
                format!("{} {}\n", say(lang, Say::Merged), crate::store::relpath::slashed(&to));
            super::stdio::answer("stuurgroep conflicts merge", &out, 0)
        }
        Ok(None) => {
            let mut out = format!("{}\n", say(lang, Say::Partly));
            let open: Vec<&FileDifference<FileElement>> =
                c.differences().iter().filter(|d| c.merge.open.contains(&d.key)).collect();
            for d in open {
                out.push_str(&printable(&lines(lang, std::slice::from_ref(d))));
            }
            super::stdio::answer("stuurgroep conflicts merge", &out, 1)
        }
    })
}
