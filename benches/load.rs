//! Opening a 20-year history: the app's loader against a bare single-threaded `ron` parse of
//! the same files into the same types (DESIGN.md §9: within 1.3× of it), and `check`. And
//! the listings `decisions --json` and `actions --json` of a 5-year history, from the folder
//! on disk to the last byte written, against the same yardstick on that history.

use criterion::{Criterion, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::domain::organisation::Members;
use stuurgroep::domain::plan::Plan;

mod history;

fn meeting_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for year in std::fs::read_dir(root.join("meetings")).unwrap().flatten() {
        files.extend(std::fs::read_dir(year.path()).unwrap().flatten().map(|e| e.path()));
    }
    files.sort();
    files
}

/// The yardstick: read every file and parse it with `ron`, one after the other.
fn bare_parse(root: &Path, files: &[PathBuf]) -> usize {
    let plan: Plan =
        ron::from_str(&std::fs::read_to_string(root.join("data/plan.ron")).unwrap()).unwrap();
    let members: Members =
        ron::from_str(&std::fs::read_to_string(root.join("data/members.ron")).unwrap()).unwrap();
    let mut n = plan.strategic_objectives.len() + members.members.len();
    for f in files {
        let m: Meeting = ron::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        n += m.agenda.len();
    }
    n
}

fn bench(c: &mut Criterion) {
    let root = history::folder();
    let files = meeting_files(&root);
    let mut group = c.benchmark_group("open-20y");
    group.sample_size(10);
    group.bench_function("bare ron parse, 1 thread (yardstick)", |b| {
        b.iter(|| bare_parse(&root, &files))
    });
    group.bench_function("store::load_folder", |b| {
        b.iter(|| stuurgroep::store::load_folder(&root).unwrap())
    });
    let folder = stuurgroep::store::load_folder(&root).unwrap();
    group.bench_function("check::check (loaded)", |b| b.iter(|| stuurgroep::check::check(&folder)));
    group.finish();
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    c.bench_function("open bundled example", |b| {
        b.iter(|| stuurgroep::store::load_folder(example).unwrap())
    });
}

/// The listings as the command line runs them, written to a sink: goal within 1.5× of the
/// yardstick (issue 16).
fn listings(c: &mut Criterion) {
    use stuurgroep::cli::{actions, decisions};
    use stuurgroep::i18n::Lang;
    let root = history::folder_of(5);
    let files = meeting_files(&root);
    let mut group = c.benchmark_group("listings-5y");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_secs(1));
    group.measurement_time(std::time::Duration::from_secs(3));
    group.bench_function("bare ron parse, 1 thread (yardstick)", |b| {
        b.iter(|| bare_parse(&root, &files))
    });
    let args = decisions::Args {
        body: None,
        from: None,
        to: None,
        od: None,
        outcome: None,
        in_force: false,
        json: true,
    };
    group.bench_function("decisions --json", |b| {
        b.iter(|| decisions::answer(&root, &args, Lang::En, &mut std::io::sink()))
    });
    let args = actions::Args { owner: None, municipality: None, status: None, json: true };
    group.bench_function("actions --json", |b| {
        b.iter(|| actions::answer(&root, &args, Lang::En, &mut std::io::sink()))
    });
    group.finish();
}

criterion_group!(benches, bench, listings);
criterion_main!(benches);
