//! Saves that never lose or mix a file: interrupted at every step, refused when the file
//! changed on disk, when it comes from a newer schema, or when the folder is read-only.

mod common;

use common::*;
use std::io;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::atomic::{SaveStep, write_atomic_with};
use stuurgroep::store::save::save_with;
use stuurgroep::store::{Base, SaveError, load_folder, save, to_ron};

fn meeting_file(f: &Fixture) -> stuurgroep::store::LoadedFile<Meeting> {
    let folder = load_folder(f.root()).unwrap();
    folder.meetings.into_iter().find(|m| m.path.ends_with("2021-06-15-stuurgroep.ron")).unwrap()
}

#[test]
fn an_interrupted_save_leaves_the_old_file_or_the_new_one_whole() {
    for step in SaveStep::ALL {
        let f = Fixture::new();
        let old = f.read(M3);
        let file = meeting_file(&f);
        let mut changed = file.value.clone();
        changed.agenda[0].minutes.push_str("\nEen nieuwe zin die er net bij kwam.");
        let new = to_ron(&changed).unwrap();
        let crash = |s: SaveStep| {
            if s == step { Err(io::Error::other("crash")) } else { Ok(()) }
        };
        let result =
            save_with(f.root(), &file.path, &changed, file.base().unwrap(), &mut { crash });
        let on_disk = f.read(M3);
        match step {
            // The rename happened before the folder sync: the new file is in place.
            SaveStep::SyncDir => assert_eq!(on_disk, new, "{step:?}"),
            _ => assert_eq!(on_disk, old, "{step:?}"),
        }
        assert!(result.is_err(), "{step:?}");
        let folder = load_folder(f.root()).unwrap();
        assert_eq!(folder.meetings.len(), 3, "{step:?}: every meeting still loads");
        assert!(folder.errors.is_empty(), "{step:?}: {:?}", folder.errors);
        let leftovers: Vec<_> = std::fs::read_dir(f.path("meetings/2021"))
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{step:?}: temp file left: {leftovers:?}");
    }
}

#[test]
fn a_crash_that_leaves_a_half_written_temp_file_loses_nothing() {
    let f = Fixture::new();
    let old = f.read(M3);
    // A real crash does not clean up: keep the temp file by panicking out of the hook.
    let path = f.path(M3);
    let result = std::panic::catch_unwind(|| {
        let _ = write_atomic_with(&path, b"(version: 1, half", &mut |s| {
            if s == SaveStep::SyncTemp {
                panic!("power cut");
            }
            Ok(())
        });
    });
    assert!(result.is_err());
    let temps: Vec<_> = std::fs::read_dir(f.path("meetings/2021"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(temps.len(), 1, "the half temp file is there: {temps:?}");
    assert!(
        temps[0].starts_with("~syncthing~stuurgroep."),
        "named so sync services skip it: {temps:?}"
    );
    assert_eq!(f.read(M3), old);
    let folder = load_folder(f.root()).unwrap();
    assert!(
        folder.errors.is_empty() && folder.meetings.len() == 3,
        "the temp file is never loaded"
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let f = Fixture::new();
    let file = meeting_file(&f);
    f.edit(M3, "Tweede regel", "Iemand anders schreef dit");
    let theirs = f.read(M3);
    let err = save(f.root(), &file.path, &file.value, file.base().unwrap()).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk(_)), "{err}");
    assert_eq!(
        err.to_string(),
        format!("{M3}: changed on disk since it was read; not overwritten")
    );
    assert_eq!(f.read(M3), theirs);
}

#[test]
fn a_change_arriving_while_the_temp_file_is_written_is_not_overwritten() {
    let f = Fixture::new();
    let file = meeting_file(&f);
    let mut ours = file.value.clone();
    ours.agenda[0].minutes.push_str("\nOnze zin.");
    let target = f.path(M3);
    let theirs = "their version, synced in mid-save";
    let mut arrive = |s: SaveStep| {
        if s == SaveStep::SyncTemp {
            std::fs::write(&target, theirs)?;
        }
        Ok(())
    };
    let err = save_with(f.root(), &file.path, &ours, file.base().unwrap(), &mut arrive);
    assert!(matches!(err, Err(SaveError::ChangedOnDisk(_))), "{err:?}");
    assert_eq!(f.read(M3), theirs);
    let temps = std::fs::read_dir(f.path("meetings/2021"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    assert_eq!(temps, 0, "the temp file is removed");
}

#[test]
fn a_new_file_never_replaces_an_existing_one() {
    let f = Fixture::new();
    let file = meeting_file(&f);
    let before = f.read(M3);
    let err = save(f.root(), &file.path, &file.value, Base::new_file()).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk(_)));
    assert_eq!(f.read(M3), before);
}

#[test]
fn a_newer_version_file_is_never_written() {
    let f = Fixture::new();
    f.edit(M3, "version: 1,", "version: 2,");
    let before = f.read(M3);
    let file = meeting_file(&f);
    assert!(file.is_newer_version());
    let err = file.base().unwrap_err();
    assert!(
        err.to_string().contains(
            "written by a newer version of stuurgroep (schema 2, this one writes 1); read-only"
        ),
        "{err}"
    );
    let err = save(f.root(), &file.path, &file.value, Base::new_file()).unwrap_err();
    assert!(matches!(err, SaveError::NewerVersion { .. }));
    assert_eq!(f.read(M3), before);
}

#[test]
fn paths_outside_the_folder_are_refused() {
    let f = Fixture::new();
    let file = meeting_file(&f);
    let err = save(f.root(), "../escape.ron".as_ref(), &file.value, Base::new_file()).unwrap_err();
    assert!(matches!(err, SaveError::OutsideFolder(_)));
    assert!(!f.root().parent().unwrap().join("escape.ron").exists());
}

#[test]
fn a_save_reads_back_equal_and_gives_the_next_base() {
    let f = Fixture::new();
    let file = meeting_file(&f);
    let mut changed = file.value.clone();
    changed.agenda[0].minutes = "Één regel.\n\tMet een tab, \"quotes\" en r#\"raw\"#.\n".into();
    let hash = save(f.root(), &file.path, &changed, file.base().unwrap()).unwrap();
    let again = meeting_file(&f);
    assert_eq!(again.value, changed);
    assert_eq!(again.hash, hash);
    assert!(
        f.read(M3).contains("Één regel.\n\tMet een tab"),
        "multi-line text is written raw, readable"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_clear_error_and_loses_nothing() {
    let f = Fixture::new();
    let file = meeting_file(&f);
    let before = f.read(M3);
    let Some(_guard) = ReadOnly::new(&f.path("meetings/2021")) else {
        eprintln!("skipped: running as root where a read-only bind mount is not allowed");
        return;
    };
    let mut changed = file.value.clone();
    changed.agenda[0].minutes.push_str(" Extra.");
    let err = save(f.root(), &file.path, &changed, file.base().unwrap()).unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{M3}: "))
            && (message.contains("Permission denied") || message.contains("Read-only file system")),
        "{message}"
    );
    assert_eq!(f.read(M3), before);
}

#[test]
fn a_folder_knows_which_files_are_on_disk_as_it_holds_them() {
    let f = Fixture::new();
    let folder = load_folder(f.root()).unwrap();
    let m3 = std::path::Path::new(M3);
    assert!(folder.holds_as_on_disk(m3), "as loaded");
    f.edit(M3, "Tweede regel", "Iemand anders schreef dit");
    assert!(!folder.holds_as_on_disk(m3), "changed since");
    let new = std::path::Path::new("meetings/2021/2021-12-01-stuurgroep.ron");
    assert!(folder.holds_as_on_disk(new), "neither there nor held");
    std::fs::write(f.root().join(new), "(").unwrap();
    assert!(!folder.holds_as_on_disk(new), "arrived since");
}
