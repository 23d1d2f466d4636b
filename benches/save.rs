//! Saving one meeting of the generated history: serialising it, and the whole atomic save
//! (temp file, fsync, rename, fsync of the folder).

use criterion::{Criterion, criterion_group, criterion_main};
use stuurgroep::store::{load_folder, save, to_ron};

mod history;

fn bench(c: &mut Criterion) {
    let root = history::folder();
    let folder = load_folder(&root).unwrap();
    let file = folder.meetings.iter().max_by_key(|m| to_ron(&m.value).unwrap().len()).unwrap();
    let temp = tempfile::tempdir().unwrap();
    let mut base =
        save(temp.path(), &file.path, &file.value, stuurgroep::store::Base::new_file()).unwrap();
    let mut meeting = file.value.clone();
    let mut group = c.benchmark_group("save-meeting");
    group.bench_function("to_ron (largest meeting)", |b| b.iter(|| to_ron(&meeting).unwrap()));
    group.bench_function("atomic save with fsync", |b| {
        b.iter(|| {
            meeting.agenda[0].minutes.push('.');
            let loaded = stuurgroep::store::LoadedFile {
                path: file.path.clone(),
                value: meeting.clone(),
                hash: base,
            };
            base = save(temp.path(), &file.path, &meeting, loaded.base().unwrap()).unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
