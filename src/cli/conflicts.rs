//! `stuurgroep conflicts`: the sync services' conflict copies, what differs in each and who
//! changed it; `conflicts merge COPY --auto` takes over what changed on one side only.

use super::ExitCode;
use crate::domain::merge::Side;
use crate::i18n::Lang;
use crate::i18n::conflicts::{Say, element, say, side};
use crate::store::conflict::{CompareError, Compared};
use crate::store::load::ConflictCopy;
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
            let found = Compared::read_all(dir, &folder.conflicts, cache.as_ref());
            if args.json {
                println!("{}", json(&found));
            } else {
                print!("{}", printable(&human(&found, lang)));
            }
            0
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
                    rel.display(),
                    say(lang, Say::NotACopy)
                );
                return 2;
            };
            match Compared::read(dir, found, cache.as_ref()) {
                Ok(c) => merge_auto(dir, &c, cache.as_ref(), lang),
                Err(e) => {
                    eprintln!("stuurgroep conflicts merge: {}", printable(&e.to_string()));
                    2
                }
            }
        }
    }
}

fn human(found: &[(ConflictCopy, Result<Compared, CompareError>)], lang: Lang) -> String {
    if found.is_empty() {
        return format!("{}\n", say(lang, Say::None));
    }
    let mut out = String::new();
    for (copy, compared) in found {
        out.push_str(&format!("{}  ({:?})\n", copy.path.display(), copy.service));
        out.push_str(&format!("  {} {}\n", say(lang, Say::CopyOf), copy.original.display()));
        match compared {
            Err(CompareError::NotAMeeting) => {
                out.push_str(&format!("  {}\n", say(lang, Say::NotAMeeting)))
            }
            Err(CompareError::Unreadable(e)) => {
                out.push_str(&format!("  {}: {}\n", say(lang, Say::Unreadable), printable(e)))
            }
            Ok(c) if c.identical => out.push_str(&format!("  {}\n", say(lang, Say::Identical))),
            Ok(c) if c.tampering() => out.push_str(&format!("  {}\n", say(lang, Say::Tampering))),
            Ok(c) => {
                let base = if c.ancestor.is_some() { Say::Ancestor } else { Say::NoAncestor };
                out.push_str(&format!("  {}\n", say(lang, base)));
                for d in &c.differences {
                    out.push_str(&format!(
                        "  - {:<34} {}\n",
                        element(lang, &d.element),
                        side(lang, d.side)
                    ));
                }
            }
        }
    }
    out
}

fn side_code(s: Side) -> &'static str {
    match s {
        Side::Ours => "original",
        Side::Theirs => "copy",
        Side::BothAdded => "both-added",
        Side::Both => "both",
    }
}

fn json(found: &[(ConflictCopy, Result<Compared, CompareError>)]) -> String {
    let items: Vec<serde_json::Value> = found
        .iter()
        .map(|(copy, compared)| {
            let mut item = serde_json::json!({
                "copy": copy.path.display().to_string(),
                "original": copy.original.display().to_string(),
                "service": format!("{:?}", copy.service).to_lowercase(),
            });
            match compared {
                Err(e) => item["error"] = serde_json::json!(e.to_string()),
                Ok(c) => {
                    item["tampering"] = serde_json::json!(c.tampering());
                    item["identical"] = serde_json::json!(c.identical);
                    item["ancestor"] = serde_json::json!(c.ancestor.is_some());
                    item["differences"] = c
                        .differences
                        .iter()
                        .map(|d| {
                            serde_json::json!({
                                "element": element(Lang::En, &d.element),
                                "side": side_code(d.side),
                                "one_sided": d.side != Side::Both,
                            })
                        })
                        .collect();
                }
            }
            item
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_default()
}

/// Undoes the last merge of `file`.
fn undo(root: &Path, file: &Path, lang: Lang) -> ExitCode {
    match crate::store::undo::undo(root, Some(file)) {
        Ok(done) => {
            println!(
                "{} {}",
                say(lang, Say::Undone),
                printable(&done.original.display().to_string())
            );
            if done.copy_moved_to.is_some() {
                println!(
                    "{} {}",
                    say(lang, Say::CopyBack),
                    printable(&done.copy.display().to_string())
                );
            }
            0
        }
        Err(e) => {
            let why = crate::i18n::conflicts::undo_error(lang, &e);
            eprintln!("stuurgroep conflicts undo: {}", printable(&why));
            1
        }
    }
}

/// Writes the automatic merge over the original; moves the copy away when nothing is left
/// to choose.
fn merge_auto(root: &Path, c: &Compared, cache: Option<&VersionCache>, lang: Lang) -> ExitCode {
    if c.identical {
        // Nothing to merge: the original is not written (its approval hash stays valid).
        return match crate::store::conflict::put_away(root, &c.copy.path) {
            Ok(to) => {
                println!("{} {}", say(lang, Say::IdenticalPutAway), to.display());
                0
            }
            Err(e) => {
                eprintln!("stuurgroep conflicts merge: {}: {e}", c.copy.path.display());
                2
            }
        };
    }
    if c.tampering() {
        eprintln!(
            "stuurgroep conflicts merge: {}: {}",
            c.copy.original.display(),
            say(lang, Say::Tampering)
        );
        return 1;
    }
    let (merged, open) = c.merge();
    match c.write(root, merged, open.is_empty(), cache) {
        Err(e) => {
            eprintln!("stuurgroep conflicts merge: {}", printable(&e));
            2
        }
        Ok(Some(to)) => {
            println!("{} {}", say(lang, Say::Merged), to.display());
            0
        }
        Ok(None) => {
            println!("{}", say(lang, Say::Partly));
            for d in &open {
                println!("  - {:<34} {}", element(lang, &d.element), side(lang, d.side));
            }
            1
        }
    }
}
