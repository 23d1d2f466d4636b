//! `stuurgroep conflicts`: the sync services' conflict copies, what differs in each and who
//! changed it; `conflicts merge COPY --auto` takes over what changed on one side only.

use super::ExitCode;
use crate::domain::merge::strings::{
    Say, copy_by, difference, followed_in, original_by, renumbered, say, side,
};
use crate::domain::merge::{Difference, Numbered, Side};
use crate::i18n::Lang;
use crate::store::conflict::{CompareError, Compared};
use crate::store::load::ConflictCopy;
use crate::store::names::copy_writer;
use crate::store::relpath::slashed;
use crate::store::strings::{disk_refused, merge_write_error, undo_error};
use crate::store::versions::VersionCache;
use crate::text::printable;
use std::path::{Path, PathBuf};

/// Options of `conflicts`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON, for scripts.
    #[arg(long)]
    pub json: bool,
    /// Merge one copy instead of listing them.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `conflicts merge`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Merge a conflict copy into its original: what changed on one side only is taken over,
    /// a decision or action item added on both sides is kept twice, under distinct numbers.
    ///
    /// Example: stuurgroep conflicts merge meetings/2027/2027-01-20-stuurgroep.sync-conflict-20270120-193000-ABCDEFG.ron --auto
    Merge {
        /// The conflict copy (relative to the folder, or a full path).
        copy: PathBuf,
        /// Merge without asking; what both sides changed stays listed.
        #[arg(long)]
        auto: bool,
    },
    /// Undo the last merge of a file: the original as it was before goes back, and the
    /// conflict copy back in its place. Refused when the file changed since the merge.
    ///
    /// Example: stuurgroep conflicts undo meetings/2027/2027-01-20-stuurgroep.ron
    Undo {
        /// The file merged into (relative to the folder, or a full path).
        file: PathBuf,
    },
}

/// Runs `conflicts` on `dir`.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    let folder = match super::open(dir, "stuurgroep conflicts", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let cache = Some(VersionCache::for_folder(dir));
    match &args.command {
        None => {
            let incomplete = super::stdio::unreadable(&folder, "stuurgroep conflicts", lang);
            let found = Compared::read_all(dir, &folder.conflicts, cache.as_ref());
            let text = if args.json {
                format!(
                    "{}
",
                    json(dir, &found, lang)
                )
            } else {
                printable(&human(dir, &found, lang))
            };
            super::stdio::answer("stuurgroep conflicts", &text, incomplete)
        }
        Some(Command::Undo { file }) => undo(dir, file.strip_prefix(dir).unwrap_or(file), lang),
        Some(Command::Merge { copy, auto }) => {
            if !auto {
                eprintln!("stuurgroep conflicts merge: {}", say(lang, Say::OnlyAuto));
                return 2;
            }
            let rel = copy.strip_prefix(dir).unwrap_or(copy);
            let Some(found) = folder.conflicts.iter().find(|c| c.path == rel) else {
                eprintln!(
                    "stuurgroep conflicts merge: {}: {}",
                    slashed(rel),
                    say(lang, Say::NotACopy)
                );
                return 2;
            };
            match Compared::read(dir, found, cache.as_ref()) {
                Ok(c) => merge_auto(dir, &c, cache.as_ref(), lang),
                Err(CompareError::NotAMeeting) => {
                    super::conflicts_files::merge_auto(dir, found, lang).unwrap_or(2)
                }
                Err(e) => {
                    // Only an unreadable copy or original is left: `e` holds where and why.
                    let why = format!("{}: {e}", say(lang, Say::Unreadable));
                    eprintln!("stuurgroep conflicts merge: {}", printable(&why));
                    2
                }
            }
        }
    }
}

fn human(
    root: &Path,
    found: &[(ConflictCopy, Result<Compared, CompareError>)],
    lang: Lang,
) -> String {
    if found.is_empty() {
        return format!("{}\n", say(lang, Say::None));
    }
    let mut out = String::new();
    for (copy, compared) in found {
        let service = crate::store::strings::service(lang, copy.service);
        out.push_str(&format!("{}  ({service})\n", slashed(&copy.path)));
        out.push_str(&format!("  {} {}\n", say(lang, Say::CopyOf), slashed(&copy.original)));
        match compared {
            Err(CompareError::NotAMeeting) => out.push_str(
                &super::conflicts_files::human(root, copy, lang)
                    .unwrap_or_else(|| format!("  {}\n", say(lang, Say::NotAMeeting))),
            ),
            Err(CompareError::Unreadable(e)) => {
                out.push_str(&format!("  {}: {}\n", say(lang, Say::Unreadable), printable(e)))
            }
            Ok(c) if c.identical => out.push_str(&format!("  {}\n", say(lang, Say::Identical))),
            Ok(c) if c.tampering() => out.push_str(&format!("  {}\n", say(lang, Say::Tampering))),
            Ok(c) => {
                let base = if c.ancestor.is_some() { Say::Ancestor } else { Say::NoAncestor };
                out.push_str(&format!("  {}\n", say(lang, base)));
                let by = Authors::of(root, copy, lang);
                out.push_str(&by.renumbered(lang, c));
                for d in &c.differences {
                    out.push_str(&format!(
                        "  - {:<34} {}\n",
                        difference(lang, d),
                        side(lang, d.side)
                    ));
                    out.push_str(&by.hunk(d));
                }
            }
        }
    }
    out
}

/// Why `copy` was not compared, as `--json` gives it: in the user's words, naming the copy.
fn not_compared(lang: Lang, copy: &ConflictCopy, why: &str) -> serde_json::Value {
    let shown = slashed(&copy.path).to_string();
    serde_json::json!(crate::cli::strings::output::copy_not_compared(lang, &shown, why))
}

/// A side as `--json` names it.
pub(super) fn side_code(s: Side) -> &'static str {
    match s {
        Side::Ours => "original",
        Side::Theirs => "copy",
        Side::BothAdded => "both-added",
        Side::Both => "both",
        Side::Merged => "merged",
        Side::Kept => "kept",
    }
}

fn json(
    root: &Path,
    found: &[(ConflictCopy, Result<Compared, CompareError>)],
    lang: Lang,
) -> String {
    let items: Vec<serde_json::Value> = found
        .iter()
        .map(|(copy, compared)| {
            let mut item = serde_json::json!({
                "copy": slashed(&copy.path).to_string(),
                "original": slashed(&copy.original).to_string(),
                "service": format!("{:?}", copy.service).to_lowercase(),
            });
            let by_element = match compared {
                Err(CompareError::NotAMeeting) => super::conflicts_files::json(root, copy),
                _ => None,
            };
            match (compared, by_element) {
                (_, Some(Ok((ancestor, differences)))) => {
                    item["ancestor"] = serde_json::json!(ancestor);
                    item["differences"] = differences;
                }
                (_, Some(Err(why))) => item["error"] = not_compared(lang, copy, &why),
                (Err(CompareError::Unreadable(why)), None) => {
                    item["error"] = not_compared(lang, copy, why);
                }
                (Err(CompareError::NotAMeeting), None) => {
                    item["error"] = serde_json::json!(say(lang, Say::NotAMeeting));
                }
                (Ok(c), None) => {
                    item["tampering"] = serde_json::json!(c.tampering());
                    item["identical"] = serde_json::json!(c.identical);
                    item["ancestor"] = serde_json::json!(c.ancestor.is_some());
                    item["differences"] = c
                        .differences
                        .iter()
                        .map(|d| {
                            serde_json::json!({
                                "element": difference(Lang::En, d),
                                "side": side_code(d.side),
                                "one_sided": d.side != Side::Both,
                                "original": d.part.as_ref().map(|p| &p.hunk.ours),
                                "copy": d.part.as_ref().map(|p| &p.hunk.theirs),
                            })
                        })
                        .collect();
                }
            }
            item
        })
        .collect();
    crate::text::json(&items)
}

/// Undoes the last merge of `file`.
fn undo(root: &Path, file: &Path, lang: Lang) -> ExitCode {
    match crate::store::undo::undo(root, Some(file)) {
        Ok(done) => {
            let mut out = format!(
                "{} {}\n",
                say(lang, Say::Undone),
                printable(&slashed(&done.original).to_string())
            );
            if done.copy_moved_to.is_some() {
                let back = printable(&slashed(&done.copy).to_string());
                out.push_str(&format!("{} {back}\n", say(lang, Say::CopyBack)));
            }
            super::stdio::answer("stuurgroep conflicts undo", &out, 0)
        }
        Err(e) => {
            let why = undo_error(lang, &e);
            eprintln!("stuurgroep conflicts undo: {}", printable(&why));
            1
        }
    }
}

/// The command's name in its messages.
const COMMAND: &str = "stuurgroep conflicts merge";

/// Writes the automatic merge over the original; moves the copy away when nothing is left
/// to choose.
fn merge_auto(root: &Path, c: &Compared, cache: Option<&VersionCache>, lang: Lang) -> ExitCode {
    if c.identical {
        // Nothing to merge: the original is not written (its approval hash stays valid).
        return match crate::store::conflict::put_away(root, &c.copy.path) {
            Ok(to) => {
                let out = format!("{} {}\n", say(lang, Say::IdenticalPutAway), slashed(&to));
                super::stdio::answer(COMMAND, &out, 0)
            }
            Err(e) => {
                eprintln!("stuurgroep conflicts merge: {}", disk_refused(lang, &c.copy.path, &e));
                2
            }
        };
    }
    if c.tampering() {
        eprintln!(
            "stuurgroep conflicts merge: {}: {}",
            slashed(&c.copy.original),
            say(lang, Say::Tampering)
        );
        return 1;
    }
    let (merged, open) = c.merge();
    match c.write(root, merged, open.is_empty(), cache) {
        Err(e) => {
            eprintln!("stuurgroep conflicts merge: {}", printable(&merge_write_error(lang, &e)));
            2
        }
        Ok(Some(to)) => {
            let mut out = printable(&Authors::of(root, &c.copy, lang).renumbered(lang, c));
            out.push_str(&format!("{} {}\n", say(lang, Say::Merged), slashed(&to)));
            super::stdio::answer(COMMAND, &out, 0)
        }
        Ok(None) => {
            let by = Authors::of(root, &c.copy, lang);
            let mut out = printable(&by.renumbered(lang, c));
            out.push_str(&format!("{}\n", say(lang, Say::Partly)));
            for d in &open {
                out.push_str(&format!("  - {:<34} {}\n", difference(lang, d), side(lang, d.side)));
                out.push_str(&printable(&by.hunk(d)));
            }
            super::stdio::answer(COMMAND, &out, 1)
        }
    }
}

/// Who wrote each side of a conflict, as labels for the two versions of a stretch.
struct Authors {
    original: String,
    copy: String,
}

impl Authors {
    /// The original (by the holder of the meeting's lock, else its secretary) and the copy
    /// (by its service and the device or person its file name gives).
    fn of(root: &Path, copy: &ConflictCopy, lang: Lang) -> Self {
        let holder = crate::store::authors::original(root, &copy.original);
        let name = copy.path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        let writer = copy_writer(&name);
        let service = crate::store::strings::service(lang, copy.service);
        Self {
            original: original_by(lang, holder.as_deref()),
            copy: copy_by(lang, service, writer.as_deref()),
        }
    }

    /// "  B5 van kopie (…) is nu B6", a line for each of the copy's renumbered additions, and
    /// the files whose references to them follow.
    fn renumbered(&self, lang: Lang, c: &Compared) -> String {
        let mut out: String = c
            .renumbered
            .iter()
            .map(|r| {
                let prefix = if r.kind == Numbered::Decision { 'B' } else { 'A' };
                format!("  {}\n", renumbered(lang, prefix, r.from, r.to, &self.copy))
            })
            .collect();
        if !c.elsewhere.is_empty() {
            let files: Vec<String> = c.elsewhere.iter().map(|p| slashed(p).to_string()).collect();
            out.push_str(&format!("  {}\n", followed_in(lang, &files.join(", "))));
        }
        out
    }

    /// The two versions of a stretch to choose, labelled and indented; nothing for an element.
    fn hunk(&self, d: &Difference) -> String {
        let Some(part) = &d.part else { return String::new() };
        let mut out = String::new();
        for (label, text) in [(&self.original, &part.hunk.ours), (&self.copy, &part.hunk.theirs)] {
            out.push_str(&format!("      {label}:\n"));
            for line in text.lines() {
                out.push_str(&format!("        | {line}\n"));
            }
        }
        out
    }
}
