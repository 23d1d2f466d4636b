//! The app's memory across live reloads (Linux: the resident set read from /proc): a reload
//! builds the new state, swaps it in and drops the old; however often others change the
//! folder, the resident set stays where the first load put it (the state given back once built).
//! The only test of this binary, so no other test's memory counts in the process's figure.

/// The resident set in bytes.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn resident() -> usize {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = text.lines().find(|l| l.starts_with("VmRSS:")).unwrap_or_default();
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0usize) * 1024
}

/// Bytes of the `.ron` files under `dir`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn ron_bytes(dir: &std::path::Path) -> usize {
    let entries = std::fs::read_dir(dir).expect("a folder").flatten();
    entries
        .map(|e| match e.path() {
            p if p.is_dir() => ron_bytes(&p),
            p if p.extension().is_some_and(|x| x == "ron") => {
                e.metadata().map_or(0, |m| m.len() as usize)
            }
            _ => 0,
        })
        .sum()
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn reloads_give_the_old_state_back_and_the_resident_set_stays_where_the_first_load_put_it() {
    use stuurgroep::tui::ctx::Ctx;
    // SAFETY: the only test of this binary; nothing else reads the environment meanwhile.
    unsafe { std::env::set_var("STUURGROEP_CACHE", "off") };
    let history = tempfile::tempdir().expect("temp dir");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    stuurgroep::generate::generate_from(history.path(), 4, 2020, example).expect("generated");
    let folder = ron_bytes(history.path());
    let state = || {
        let loaded = stuurgroep::store::load_folder(history.path()).expect("a folder");
        let ctx = Ctx::open(loaded, stuurgroep::i18n::Lang::Nl);
        ctx.search();
        ctx
    };
    stuurgroep::index::give_back_memory();
    let before = resident();
    let mut ctx = state();
    let first = resident().saturating_sub(before);
    let mut after = Vec::new();
    for _ in 0..4 {
        // As the app does: the new state is built while the old one is still shown.
        let fresh = state();
        drop(std::mem::replace(&mut ctx, fresh));
        stuurgroep::index::give_back_memory();
        after.push(resident().saturating_sub(before));
    }
    assert!(!ctx.index.decisions.is_empty(), "the history has decisions");
    let mb = |b: usize| format!("{:.1} MB", b as f64 / 1e6);
    let shown: Vec<String> = after.iter().map(|&b| mb(b)).collect();
    // Kept, the old state's pages would add over twice the folder after the first reload;
    // given back, what two states side by side leave in partly used pages stays under 1.5x.
    let most = after.iter().max().copied().unwrap_or_default();
    assert!(
        most <= first + folder * 3 / 2,
        "first load {}, after each reload {shown:?}; folder {}",
        mb(first),
        mb(folder)
    );
}
