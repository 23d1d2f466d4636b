//! A save that meets a file another program keeps in use (on Windows: OneDrive uploading it, a
//! virus scanner): the rename is tried again for a few seconds; still blocked, the save says so
//! and the file on disk and the text in memory are untouched. The blocking program is played by
//! the save's hook, which runs before every rename attempt.

mod common;

use common::*;
use std::io;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::atomic::{BUSY_RETRY_FOR, SaveStep};
use stuurgroep::store::save::save_with;
use stuurgroep::store::{LoadedFile, SaveError, load_folder, to_ron};

fn draft(f: &Fixture) -> LoadedFile<Meeting> {
    let folder = load_folder(f.root()).unwrap();
    folder.meetings.into_iter().find(|m| m.path.ends_with("2021-06-15-stuurgroep.ron")).unwrap()
}

/// The names in the meeting's folder, to see that no temp file is left behind.
fn names(f: &Fixture) -> Vec<String> {
    let dir = f.path("meetings/2021");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_file_in_use_for_a_moment_is_saved_once_it_is_free() {
    let f = Fixture::new();
    let before = names(&f);
    let file = draft(&f);
    let mut changed = file.value.clone();
    changed.agenda[0].minutes.push_str("\nGezegd terwijl OneDrive het bestand uploadde.");
    let mut attempts = 0;
    let saved = save_with(f.root(), &file.path, &changed, file.base().unwrap(), &mut |step| {
        if step == SaveStep::Rename {
            attempts += 1;
            if attempts <= 3 {
                return Err(io::ErrorKind::ResourceBusy.into());
            }
        }
        Ok(())
    });
    assert!(saved.is_ok(), "{saved:?}");
    assert_eq!(attempts, 4);
    assert_eq!(f.read(M3), to_ron(&changed).unwrap());
    assert_eq!(names(&f), before, "no temp file left");
}

#[test]
fn a_file_kept_in_use_is_not_written_and_the_save_says_why() {
    let f = Fixture::new();
    let (old, before) = (f.read(M3), names(&f));
    let file = draft(&f);
    let mut changed = file.value.clone();
    changed.agenda[0].minutes.push_str("\nDit blijft in het geheugen.");
    let start = std::time::Instant::now();
    let err = save_with(f.root(), &file.path, &changed, file.base().unwrap(), &mut |step| {
        if step == SaveStep::Rename { Err(io::ErrorKind::ResourceBusy.into()) } else { Ok(()) }
    })
    .unwrap_err();
    let waited = start.elapsed();
    assert!(matches!(err, SaveError::Busy(..)), "{err}");
    assert!(waited >= BUSY_RETRY_FOR / 2 && waited <= BUSY_RETRY_FOR * 2, "waited {waited:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "{M3}: in use by another program (a sync client uploading it, a virus scanner) for {} s; not written",
            BUSY_RETRY_FOR.as_secs()
        )
    );
    assert_eq!(f.read(M3), old, "the file on disk is untouched");
    assert_eq!(names(&f), before, "no temp file left");
}

#[test]
fn a_change_on_disk_while_waiting_is_not_written_over() {
    let f = Fixture::new();
    let file = draft(&f);
    let mut attempts = 0;
    let err = save_with(f.root(), &file.path, &file.value, file.base().unwrap(), &mut |step| {
        if step == SaveStep::Rename {
            attempts += 1;
            if attempts == 1 {
                // The program that held the file wrote it (a sync client bringing a new version).
                f.edit(M3, "Tweede regel", "Iemand anders schreef dit");
                return Err(io::ErrorKind::ResourceBusy.into());
            }
        }
        Ok(())
    })
    .unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk(_)), "{err}");
    assert!(f.read(M3).contains("Iemand anders schreef dit"));
}
