//! Issue 16's figures side by side in one run, on generated histories of 1, 5, 20 and 40 years
//! (`STUURGROEP_BENCH_SIZES=1,5` for fewer; `STUURGROEP_BENCH_RUNS` runs each, default 5):
//!
//! - the first frame (folder loaded, indexed, first screen drawn on a test backend) against
//!   the bare parse that keeps what it parses (every file read and parsed with `ron` into the
//!   project's types on one thread, all kept): wall and CPU time, runs interleaved, medians;
//! - memory: the heap the app's state holds once built (folder, index, search haystacks;
//!   counted by the allocator), its peak while built, and the resident set after three
//!   reloads that each build a new state, drop the old and give the memory back (measured
//!   in a fresh process of the bench's own, as the app holds one folder);
//! - the worst keystroke of real queries typed one char at a time, key to results, as the
//!   app's search runs them (each narrowing the last);
//! - each command line command (`export report` too), a whole process, against `rg -i uitpas`
//!   over the same folder, parsing every file (`STUURGROEP_CACHE=off`) and reading from its
//!   filled cache;
//! - the first frame also as the app starts, through that cache (`target/bench-data/cache`),
//!   and as it starts on more than a few hundred meetings: from the newest only ("newest"),
//!   with the time from start to a key answered while the rest loads behind;
//! - the first frame as the app gets it, in a fresh process of its own (all parsed, and as
//!   the app starts), against the bare parse in a fresh process (`lean/fresh.rs`): a process
//!   starts with nothing in memory, where the runs above reuse what the last one freed.
//!
//! Every figure is also given per MB of the folder, so growth faster than linear shows.
//! `cargo bench --bench lean`

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;

mod history;

mod counting;
// In a folder of its own: a file directly in `benches/` would be built as a bench by itself.
#[path = "lean/fresh.rs"]
mod fresh;
use counting::{IN_USE, PEAK};
/// The resident set at start, before any folder.
static BASE: AtomicUsize = AtomicUsize::new(0);

const MB: f64 = 1_000_000.0;

/// CPU time (user + system) of this process, or of its finished children.
fn cpu(children: bool) -> Duration {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let who = if children { libc::RUSAGE_CHILDREN } else { libc::RUSAGE_SELF };
        // SAFETY: getrusage writes into the zeroed struct we own, nothing else.
        let usage = unsafe {
            let mut usage: libc::rusage = std::mem::zeroed();
            libc::getrusage(who, &mut usage);
            usage
        };
        let t = |v: libc::timeval| Duration::new(v.tv_sec as u64, v.tv_usec as u32 * 1000);
        t(usage.ru_utime) + t(usage.ru_stime)
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        let _ = children;
        Duration::ZERO
    }
}

/// The resident set in bytes (Linux; else 0).
fn resident() -> usize {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = text.lines().find(|l| l.starts_with("VmRSS:")).unwrap_or_default();
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0usize) * 1024
}

/// Wall and CPU time of one run of `work`.
fn timed<T>(children: bool, work: impl FnOnce() -> T) -> (Duration, Duration) {
    let (wall, before) = (Instant::now(), cpu(children));
    std::hint::black_box(work());
    (wall.elapsed(), cpu(children) - before)
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs.get(runs.len() / 2).copied().unwrap_or_default()
}

/// A measured run: its wall and CPU time.
type Work<'a> = &'a mut dyn FnMut() -> (Duration, Duration);

/// Medians of wall and CPU time of `runs` runs of each of `works`, interleaved (so a busy
/// moment of the machine falls on all alike).
fn interleaved(runs: usize, works: &mut [Work<'_>]) -> Vec<(Duration, Duration)> {
    let mut times = vec![(Vec::new(), Vec::new()); works.len()];
    for _ in 0..runs {
        for (work, (walls, cpus)) in works.iter_mut().zip(&mut times) {
            let (wall, cpu) = work();
            walls.push(wall);
            cpus.push(cpu);
        }
    }
    times.into_iter().map(|(w, c)| (median(w), median(c))).collect()
}

fn ron_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            ron_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "ron") {
            out.push(path);
        }
    }
}

/// The yardstick: every document read and parsed with `ron` on one thread, all kept.
fn bare_parse(
    root: &Path,
) -> (stuurgroep::domain::plan::Plan, Vec<stuurgroep::domain::meeting::Meeting>) {
    let read = |p: &Path| std::fs::read_to_string(p).expect("readable");
    let plan = ron::from_str(&read(&root.join("data/plan.ron"))).expect("plan");
    let members: stuurgroep::domain::organisation::Members =
        ron::from_str(&read(&root.join("data/members.ron"))).expect("members");
    std::hint::black_box(members);
    let mut files = Vec::new();
    ron_files(&root.join("meetings"), &mut files);
    files.sort();
    let meetings = files.iter().map(|f| ron::from_str(&read(f)).expect("meeting")).collect();
    (plan, meetings)
}

/// What the user waits for at start: the folder loaded (every file parsed), indexed and its
/// first screen drawn.
fn first_frame(root: &Path) -> Ctx {
    first_frame_from(root, stuurgroep::store::load_folder)
}

/// The first frame as the app starts: the folder read through the user's cache of parsed
/// documents (here `target/bench-data/cache`, filled before it is timed).
fn first_frame_cached(root: &Path) -> Ctx {
    first_frame_from(root, stuurgroep::store::load::load_folder_cached)
}

type Load = fn(&Path) -> Result<stuurgroep::store::Folder, stuurgroep::store::load::OpenError>;

fn first_frame_from(root: &Path, load: Load) -> Ctx {
    let folder = load(root).expect("a folder");
    let ctx = Ctx::open(folder, Lang::Nl);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    let app = stuurgroep::tui::app::App::default();
    let theme = stuurgroep::tui::theme::Theme::new(false);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw(f, &app, &ctx, &theme);
        })
        .expect("drawn");
    ctx
}

/// The app's start on a folder of more than a few hundred meetings: the plan, the members
/// and the newest meetings loaded, indexed and drawn, the rest not yet loaded (a smaller
/// folder is loaded whole, as [`first_frame_cached`]).
fn first_frame_lean(root: &Path) -> Ctx {
    use stuurgroep::store::load::{FIRST_MEETINGS, WHOLE_UP_TO, load_folder_first};
    let (folder, rest) = load_folder_first(root, WHOLE_UP_TO, FIRST_MEETINGS).expect("a folder");
    let ctx = Ctx::first(folder, Lang::Nl, rest);
    draw(&ctx, &stuurgroep::tui::app::App::default());
    ctx
}

/// The first screen of `ctx` drawn on a 120×40 test backend.
fn draw(ctx: &Ctx, app: &stuurgroep::tui::app::App) {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    let theme = stuurgroep::tui::theme::Theme::new(false);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw(f, app, ctx, &theme);
        })
        .expect("drawn");
}

/// From the start to a key (3: the meetings) answered on screen, as the app does it: the first
/// frame, the rest of the folder loading on a thread of its own meanwhile; the time that rest
/// takes is waited for after, untimed.
fn key_answered(root: &Path) -> Duration {
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    let start = Instant::now();
    let ctx = first_frame_lean(root);
    let done = ctx.loading_rest().map(|l| std::sync::Arc::clone(&l.done));
    let whole = root.to_owned();
    let rest = std::thread::spawn(move || {
        done.map(|d| {
            stuurgroep::store::load::load_folder_counting(&whole, &d).map(|f| f.files_read)
        })
    });
    let mut app = stuurgroep::tui::app::App::default();
    stuurgroep::tui::handle_key(&mut app, KeyEvent::from(KeyCode::Char('3')), &ctx);
    draw(&ctx, &app);
    let took = start.elapsed();
    std::hint::black_box(rest.join().expect("the rest loaded"));
    took
}

fn secs(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

fn per_mb(d: Duration, mb: f64) -> String {
    format!("{:.1} ms/MB", d.as_secs_f64() * 1000.0 / mb)
}

/// Set in the environment of the bench's own child that measures the memory of one folder.
const MEMORY_OF: &str = "STUURGROEP_BENCH_MEMORY_OF";

fn main() {
    BASE.store(resident(), Ordering::Relaxed);
    // The child: a fresh process, so that its resident set holds no leftovers of the runs
    // the parent made before (the app measures one folder in a process of its own, too).
    if let Some(root) = std::env::var_os(MEMORY_OF) {
        let root = PathBuf::from(root);
        let mut files = Vec::new();
        ron_files(&root, &mut files);
        let bytes: u64 = files.iter().filter_map(|f| f.metadata().ok()).map(|m| m.len()).sum();
        memory(&root, bytes as f64 / MB);
        return;
    }
    if let Some(root) = std::env::var_os(fresh::FRAME_OF) {
        counting::COUNTING.store(false, Ordering::Relaxed);
        fresh::child(Path::new(&root));
        return;
    }
    // This process only times: it allocates as the app does, uncounted (the child above
    // counts). Switched once, before anything is measured, so no count goes astray.
    counting::COUNTING.store(false, Ordering::Relaxed);
    // The commands' and the app's cache of parsed documents, for this bench and the commands it
    // runs, away from the user's own.
    let cache = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/cache");
    // SAFETY: set before any thread is started.
    unsafe { std::env::set_var("XDG_CACHE_HOME", cache) };
    let sizes: Vec<u32> = std::env::var("STUURGROEP_BENCH_SIZES")
        .unwrap_or_else(|_| "1,5,20,40".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize =
        std::env::var("STUURGROEP_BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    // `cargo bench` passes `--bench`; a filter given picks nothing here.
    for years in sizes {
        let root = history::folder_of(years);
        let mut files = Vec::new();
        ron_files(&root, &mut files);
        let bytes: u64 = files.iter().filter_map(|f| f.metadata().ok()).map(|m| m.len()).sum();
        let mb = bytes as f64 / MB;
        println!("\n== {years} years: {} files, {mb:.1} MB of RON ==", files.len());
        open(&root, mb, runs);
        fresh::first_frames(&root, mb, runs);
        memory_in_own_process(&root);
        keystrokes(&root);
        commands(&root, mb, runs);
    }
}

fn open(root: &Path, mb: f64, runs: usize) {
    first_frame_cached(root);
    let times = interleaved(
        runs,
        &mut [
            &mut || timed(false, || bare_parse(root)),
            &mut || timed(false, || first_frame(root)),
            &mut || timed(false, || first_frame_cached(root)),
            &mut || timed(false, || first_frame_lean(root)),
            &mut || (key_answered(root), Duration::ZERO),
        ],
    );
    let [(bare_wall, bare_cpu), parsed, cached, lean, (key, _)] = times[..] else { return };
    println!(
        "bare parse, kept       {} wall  {} CPU  ({}, {})",
        secs(bare_wall),
        secs(bare_cpu),
        per_mb(bare_wall, mb),
        per_mb(bare_cpu, mb)
    );
    let rows = [(parsed, "all parsed"), (cached, "cache    "), (lean, "newest   ")];
    for ((frame_wall, frame_cpu), how) in rows {
        println!(
            "first frame, {how}  {} wall  {} CPU  ({}, {})  = {:.2}x wall, {:.2}x CPU of the bare parse",
            secs(frame_wall),
            secs(frame_cpu),
            per_mb(frame_wall, mb),
            per_mb(frame_cpu, mb),
            frame_wall.as_secs_f64() / bare_wall.as_secs_f64(),
            frame_cpu.as_secs_f64() / bare_cpu.as_secs_f64()
        );
    }
    println!(
        "key answered (3), the rest loading behind  {} wall from start  = {:.2}x wall of the bare parse",
        secs(key),
        key.as_secs_f64() / bare_wall.as_secs_f64()
    );
}

/// [`memory`] of `root` measured by a fresh process of this bench, its line printed here.
fn memory_in_own_process(root: &Path) {
    let me = std::env::current_exe().expect("the bench knows its own path");
    let out = Command::new(me).env(MEMORY_OF, root).stderr(Stdio::inherit()).output();
    match out {
        Ok(out) => print!("{}", String::from_utf8_lossy(&out.stdout)),
        Err(e) => println!("memory: not measured ({e})"),
    }
}

fn memory(root: &Path, mb: f64) {
    let state = || {
        let ctx = first_frame(root);
        ctx.search();
        ctx
    };
    stuurgroep::index::give_back_memory();
    let start = IN_USE.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let mut ctx = state();
    let held = IN_USE.load(Ordering::Relaxed) - start;
    let peak = PEAK.load(Ordering::Relaxed) - start;
    for _ in 0..3 {
        // As the app's loop: the new state built while the old is shown, then swapped.
        let fresh = state();
        ctx = fresh;
        stuurgroep::index::give_back_memory();
    }
    // The whole process's resident set: its code and the allocator's own overhead included.
    let settled = resident();
    std::hint::black_box(&ctx);
    let x = |b: usize| b as f64 / MB / mb;
    println!(
        "memory: state {:.1} MB = {:.2}x the folder; peak while built {:.1} MB = {:.2}x; resident set after 3 reloads {:.1} MB = {:.2}x (the bench process's own: {:.1} MB)",
        held as f64 / MB,
        x(held),
        peak as f64 / MB,
        x(peak),
        settled as f64 / MB,
        x(settled),
        BASE.load(Ordering::Relaxed) as f64 / MB
    );
}

fn keystrokes(root: &Path) {
    let ctx = first_frame(root);
    ctx.search();
    for query in ["kansentarief", "uitpas", "sd2 od3"] {
        let mut searcher = stuurgroep::tui::searcher::Searcher::default();
        let mut worst = (Duration::ZERO, String::new());
        let mut total = Duration::ZERO;
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let typed = &query[..end];
            let start = Instant::now();
            std::hint::black_box(searcher.hits(&ctx, typed));
            let took = start.elapsed();
            total += took;
            if took > worst.0 {
                worst = (took, typed.to_owned());
            }
        }
        println!(
            "keystrokes {query:?}: worst {:.2} ms (at {:?}), all {:.2} ms",
            worst.0.as_secs_f64() * 1000.0,
            worst.1,
            total.as_secs_f64() * 1000.0
        );
    }
}

fn commands(root: &Path, mb: f64, runs: usize) {
    let dir = root.to_string_lossy().into_owned();
    // `cache`: "off" parses every file, "" reads the unchanged ones from the (filled) cache.
    let run = |program: &str, args: &[&str], cache: &str| {
        let status = Command::new(program)
            .args(args)
            .env("STUURGROEP_CACHE", cache)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        assert!(status.is_ok_and(|s| s.code().is_some_and(|c| c <= 1)), "{program} {args:?}");
    };
    let app = env!("CARGO_BIN_EXE_stuurgroep");
    let commands: [&[&str]; 9] = [
        &["decisions", "--json"],
        &["actions", "--json"],
        &["decisions"],
        &["search", "uitpas"],
        &["search", "kansentarief ocmw"],
        &["search", "kansentarif"],
        &["search", "sd2 od3"],
        &["check"],
        // The report to the government over the whole history (issue 19), as Markdown.
        &["export", "report"],
    ];
    let has_rg = Command::new("rg").arg("--version").stdout(Stdio::null()).status().is_ok();
    let mut works: Vec<Box<dyn FnMut() -> (Duration, Duration)>> = Vec::new();
    let rg_dir = dir.clone();
    works.push(Box::new(move || {
        timed(true, || has_rg.then(|| run("rg", &["-i", "-c", "uitpas", &rg_dir], "")))
    }));
    // Each command fills its caches (parsed documents, search records, minutes hashes) once
    // before it is measured through them.
    for args in commands {
        run(app, &[args, &["--dir", &dir]].concat(), "");
    }
    for (args, cache) in commands.iter().flat_map(|a| [(*a, "off"), (*a, "")]) {
        let dir = dir.clone();
        works.push(Box::new(move || {
            timed(true, || run(app, &[args, &["--dir", &dir]].concat(), cache))
        }));
    }
    let mut refs: Vec<Work<'_>> = works.iter_mut().map(|w| &mut **w as Work<'_>).collect();
    let times = interleaved(runs, &mut refs);
    let (rg_wall, rg_cpu) = times[0];
    if has_rg {
        println!(
            "rg -i uitpas           {} wall  {} CPU  ({})",
            secs(rg_wall),
            secs(rg_cpu),
            per_mb(rg_wall, mb)
        );
    }
    let named = commands.iter().flat_map(|a| [(a, "parsing all"), (a, "cache")]);
    for ((args, how), (wall, cpu)) in named.zip(&times[1..]) {
        let ratio = if has_rg {
            let x = |a: &Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
            format!("  = {:.1}x wall, {:.1}x CPU of rg -i", x(wall, rg_wall), x(cpu, rg_cpu))
        } else {
            String::new()
        };
        println!(
            "{:<34} {} wall  {} CPU  ({}){ratio}",
            format!("{}, {how}", args.join(" ")),
            secs(*wall),
            secs(*cpu),
            per_mb(*wall, mb)
        );
    }
}
