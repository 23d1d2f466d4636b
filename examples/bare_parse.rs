//! The yardstick for the load time and memory of the commands: reads every document of a
//! folder and parses it with `ron` into the project's types, one after the other on one
//! thread, and keeps them all (as a command that needs the whole folder would).
//!
//! `cargo run --release --example bare_parse -- /tmp/hist20` (measure with `/usr/bin/time -v`)

use std::path::{Path, PathBuf};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::domain::organisation::Members;
use stuurgroep::domain::plan::Plan;
use stuurgroep::domain::updates::MemberUpdates;

fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|f| f.extension().is_some_and(|x| x == "ron"));
    files.sort();
    files
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    ron::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn main() -> Result<(), String> {
    let root = PathBuf::from(std::env::args().nth(1).ok_or("usage: bare_parse FOLDER")?);
    let plan: Plan = parse(&root.join("data/plan.ron"))?;
    let members: Members = parse(&root.join("data/members.ron"))?;
    let updates: Vec<MemberUpdates> =
        ron_files(&root.join("data/updates")).iter().map(|f| parse(f)).collect::<Result<_, _>>()?;
    let mut years: Vec<PathBuf> = std::fs::read_dir(root.join("meetings"))
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    years.sort();
    let mut meetings: Vec<Meeting> = Vec::new();
    for year in &years {
        for file in ron_files(year) {
            meetings.push(parse(&file)?);
        }
    }
    let decisions: usize = meetings.iter().map(|m| m.decisions().count()).sum();
    println!(
        "{} objectives, {} members, {} update files, {} meetings, {decisions} decisions",
        plan.strategic_objectives.len(),
        members.members.len(),
        updates.len(),
        meetings.len()
    );
    Ok(())
}
