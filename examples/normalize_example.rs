//! Maintainer's tool for the bundled example: rewrites every file in canonical form and
//! fills in the content hashes of the approval chain, oldest meeting first.
//! `cargo run --example normalize_example [-- PATH]`

use std::collections::HashMap;
use std::path::PathBuf;
use stuurgroep::store::atomic::write_atomic;
use stuurgroep::store::hash::minutes_hash;
use stuurgroep::store::{load_folder, to_ron};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let mut folder = load_folder(&root)?;
    if !folder.errors.is_empty() {
        for e in &folder.errors {
            eprintln!("{e}");
        }
        return Err("fix the unreadable files first".into());
    }
    folder.meetings.sort_by_key(|m| m.value.date);
    let mut hashes: HashMap<String, String> = HashMap::new();
    for file in &mut folder.meetings {
        for approval in &mut file.value.approves {
            match hashes.get(approval.meeting.as_str()) {
                Some(hash) => approval.hash = hash.clone(),
                None => eprintln!(
                    "{}: approves unknown or later meeting {}",
                    file.path.display(),
                    approval.meeting
                ),
            }
        }
        hashes.insert(file.value.id.to_string(), minutes_hash(&file.value)?);
        write_atomic(&root.join(&file.path), to_ron(&file.value)?.as_bytes())?;
    }
    if let Some(plan) = &folder.plan {
        write_atomic(&root.join(&plan.path), to_ron(&plan.value)?.as_bytes())?;
    }
    if let Some(members) = &folder.members {
        write_atomic(&root.join(&members.path), to_ron(&members.value)?.as_bytes())?;
    }
    for u in &folder.updates {
        write_atomic(&root.join(&u.path), to_ron(&u.value)?.as_bytes())?;
    }
    println!("{} meetings normalised", folder.meetings.len());
    Ok(())
}
