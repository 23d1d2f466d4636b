//! `stuurgroep conflicts`: the sync services' conflict copies, what differs in each and who
//! changed it; `conflicts merge COPY --auto` takes over what changed on one side only.

use super::ExitCode;
use crate::domain::meeting::Meeting;
use crate::domain::merge::{self, Difference, Side};
use crate::i18n::Lang;
use crate::i18n::conflicts::{Say, element, say, side};
use crate::store::load::{ConflictCopy, LoadedFile, read_document};
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
}

/// One conflict copy, read and compared.
struct Compared {
    copy: ConflictCopy,
    original: LoadedFile<Meeting>,
    theirs: Meeting,
    ancestor: Option<Meeting>,
    differences: Vec<Difference>,
}

impl Compared {
    /// An approved meeting is never merged: a conflict on it is reported as tampering.
    fn tampering(&self) -> bool {
        self.original.value.is_frozen() || self.theirs.is_frozen()
    }
}

/// Reads and compares a copy of a meeting; `Err` says why it cannot be.
fn compare(
    root: &Path,
    copy: &ConflictCopy,
    cache: Option<&VersionCache>,
) -> Result<Compared, String> {
    let original = read_document::<Meeting>(root, &copy.original).map_err(|e| e.to_string())?;
    let theirs = read_document::<Meeting>(root, &copy.path).map_err(|e| e.to_string())?.value;
    let ancestor = cache.and_then(|c| c.ancestor(&original.value, &theirs));
    let differences = merge::diff(ancestor.as_ref(), &original.value, &theirs);
    Ok(Compared { copy: copy.clone(), original, theirs, ancestor, differences })
}

/// Runs `conflicts` on `dir`.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    let folder = match super::open(dir, "stuurgroep conflicts", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let cache = VersionCache::user();
    match &args.command {
        None => {
            let found: Vec<(ConflictCopy, Result<Compared, String>)> = folder
                .conflicts
                .iter()
                .map(|c| (c.clone(), compare(dir, c, cache.as_ref())))
                .collect();
            if args.json {
                println!("{}", json(&found));
            } else {
                print!("{}", printable(&human(&found, lang)));
            }
            0
        }
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
            match compare(dir, found, cache.as_ref()) {
                Ok(c) => merge_auto(dir, &c, cache.as_ref(), lang),
                Err(e) => {
                    eprintln!("stuurgroep conflicts merge: {}", printable(&e));
                    2
                }
            }
        }
    }
}

fn human(found: &[(ConflictCopy, Result<Compared, String>)], lang: Lang) -> String {
    if found.is_empty() {
        return format!("{}\n", say(lang, Say::None));
    }
    let mut out = String::new();
    for (copy, compared) in found {
        out.push_str(&format!("{}  ({:?})\n", copy.path.display(), copy.service));
        out.push_str(&format!("  {} {}\n", say(lang, Say::CopyOf), copy.original.display()));
        match compared {
            Err(e) => out.push_str(&format!("  {}: {e}\n", say(lang, Say::NotAMeeting))),
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

fn json(found: &[(ConflictCopy, Result<Compared, String>)]) -> String {
    let items: Vec<serde_json::Value> = found
        .iter()
        .map(|(copy, compared)| {
            let mut item = serde_json::json!({
                "copy": copy.path.display().to_string(),
                "original": copy.original.display().to_string(),
                "service": format!("{:?}", copy.service).to_lowercase(),
            });
            match compared {
                Err(e) => item["error"] = serde_json::json!(e),
                Ok(c) => {
                    item["tampering"] = serde_json::json!(c.tampering());
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

/// Writes the merge over the original (only if it is still as read), then moves the copy to
/// `.stuurgroep/resolved/` when nothing is left to choose.
fn merge_auto(root: &Path, c: &Compared, cache: Option<&VersionCache>, lang: Lang) -> ExitCode {
    if c.tampering() {
        eprintln!(
            "stuurgroep conflicts merge: {}: {}",
            c.copy.original.display(),
            say(lang, Say::Tampering)
        );
        return 1;
    }
    let (mut merged, open) = merge::merge(c.ancestor.as_ref(), &c.original.value, &c.theirs);
    // The merge goes on from the original: that is its ancestor for a next conflict.
    if let (Some(cache), Ok(bytes)) = (cache, std::fs::read(root.join(&c.original.path))) {
        let _ = cache.keep(&bytes);
    }
    merged.edited_from = Some(c.original.hash.to_string());
    let written = c
        .original
        .base()
        .and_then(|base| crate::store::save(root, &c.original.path, &merged, base));
    if let Err(e) = written {
        eprintln!("stuurgroep conflicts merge: {}", printable(&e.to_string()));
        return 2;
    }
    if !open.is_empty() {
        println!("{}", say(lang, Say::Partly));
        for d in &open {
            println!("  - {:<34} {}", element(lang, &d.element), side(lang, d.side));
        }
        return 1;
    }
    match resolve(root, &c.copy.path) {
        Ok(to) => {
            println!("{} {}", say(lang, Say::Merged), to.display());
            0
        }
        Err(e) => {
            eprintln!("stuurgroep conflicts merge: {}: {e}", c.copy.path.display());
            2
        }
    }
}

/// Moves a settled copy to `.stuurgroep/resolved/` (never deleted), under a free name.
fn resolve(root: &Path, copy: &Path) -> std::io::Result<PathBuf> {
    let dir = PathBuf::from(".stuurgroep/resolved");
    std::fs::create_dir_all(root.join(&dir))?;
    let name = copy.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut to = dir.join(&name);
    let mut n = 1;
    while root.join(&to).exists() {
        n += 1;
        to = dir.join(format!("{n}-{name}"));
    }
    std::fs::rename(root.join(copy), root.join(&to))?;
    Ok(to)
}
