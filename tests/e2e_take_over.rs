//! Taking over a lock from the app: the question names the holder and how long ago they
//! typed; the holder's app notices within seconds, stops writing, keeps what it typed since as
//! a conflict copy beside the meeting and says so in its header.

mod pty;

use pty::{Term, example_copy, wait_on_disk};
use std::path::Path;
use std::time::{Duration, Instant};

const MEETING: &str = "meetings/2022/2022-10-11-stuurgroep.ron";

fn start(root: &Path, home: &Path) -> Term {
    let config = home.join("config.ron");
    let app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", home)],
    );
    app.wait_for("Doelstellingen");
    app
}

/// Whether `path` is a conflict copy (not the temp file of a save that is writing one).
fn is_copy(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.contains(".sync-conflict-") && !name.starts_with(stuurgroep::store::names::TEMP_PREFIX)
}

/// The one conflict copy of the meeting.
fn copy_path(root: &Path) -> std::path::PathBuf {
    let found = std::fs::read_dir(root.join("meetings/2022")).unwrap().map(|e| e.unwrap().path());
    let mut found: Vec<_> = found.filter(|p| is_copy(p)).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found.remove(0)
}

/// The conflict copies of the meeting, with their text.
fn copies(root: &Path) -> Vec<String> {
    std::fs::read_dir(root.join("meetings/2022"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| is_copy(p))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_fresh_lock_is_taken_over_and_the_holder_stops_writing_and_keeps_its_text_beside() {
    let dir = example_copy();
    let root = dir.path();
    let (home_a, home_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut holder = start(root, home_a.path());
    holder.step("3");
    holder.step("e");
    holder.wait_for("ongewijzigd");
    holder.step("\r");
    holder.step("Voor de overname.");
    wait_on_disk(&root.join(MEETING), "Voor de overname.");
    let mut taker = start(root, home_b.path());
    taker.step("3");
    taker.step("e");
    taker.wait_for("wordt bewerkt door Lotte Verhaegen");
    taker.wait_for("laatst getypt zonet; overnemen? (j/n; n: alleen lezen)");
    taker.step("j");
    taker.wait_for("ongewijzigd");
    // The holder types on at once: nothing of it reaches the meeting; what its app took
    // before it noticed goes into the copy, and it says so; typing after that goes on, into
    // the same copy.
    let before = std::fs::read_to_string(root.join(MEETING)).unwrap();
    let taken = Instant::now();
    holder.keys(" Na de overname.");
    // At 80 columns the header keeps the date and times and cuts the rest of the reason;
    // the status line names the copy.
    holder.wait_for("overgenomen door Lotte Verhaegen");
    assert!(taken.elapsed() < Duration::from_secs(5), "noticed after {:?}", taken.elapsed());
    // The status line names the copy when it is made ("Kopie bewaard: …"), but when the app
    // noticed before the keys arrived, the copy is made after the first of them and the next
    // key clears that line (the header keeps saying it): the folder is what counts.
    let until = Instant::now() + Duration::from_secs(20);
    while copies(root).is_empty() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(std::fs::read_to_string(root.join(MEETING)).unwrap(), before, "written on");
    let kept = copies(root);
    assert_eq!(kept.len(), 1, "one copy");
    let minutes = |text: &str| {
        let m: stuurgroep::domain::meeting::Meeting =
            stuurgroep::store::format::parse(Path::new(MEETING), text.as_bytes()).unwrap();
        m.agenda[0].minutes.clone()
    };
    let (saved, copied) = (minutes(&before), minutes(&kept[0]));
    assert!(copied.len() > saved.len(), "the copy holds what was typed after the take-over");
    assert!(format!("{saved} Na de overname.").starts_with(&copied), "{copied}");
    // Keys typed after the notice are taken, and reach the copy, never the meeting.
    holder.keys(" Na de melding.");
    let copy = copy_path(root);
    wait_on_disk(&copy, "Na de melding.");
    assert_eq!(std::fs::read_to_string(root.join(MEETING)).unwrap(), before, "written on");
    let copied = minutes(&std::fs::read_to_string(&copy).unwrap());
    assert_eq!(copied, format!("{saved} Na de overname. Na de melding."), "every word");
    // The new holder writes; the old one closes without a word lost and without a lock left.
    taker.step("\r");
    taker.step(" Door de nieuwe.");
    wait_on_disk(&root.join(MEETING), "Door de nieuwe.");
    // Typed just before closing: closing writes it into the copy too.
    holder.keys(" Tot slot.");
    holder.keys("\x1b");
    holder.close_editor_and_quit();
    assert!(
        minutes(&std::fs::read_to_string(&copy).unwrap()).ends_with("Na de melding. Tot slot.")
    );
    assert!(!minutes(&std::fs::read_to_string(root.join(MEETING)).unwrap()).contains("Tot slot."));
    assert!(root.join(format!("{MEETING}.lock")).exists(), "the new holder's lock stays");
    taker.keys("\x1b");
    taker.close_editor_and_quit();
    assert!(!root.join(format!("{MEETING}.lock")).exists());
    assert_eq!(copies(root).len(), 1);
}
