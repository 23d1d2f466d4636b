//! The secretary takes a whole meeting from the keyboard, in a real pseudo-terminal, and the
//! RON on disk holds all of it; a killed app loses at most a second; a second instance reads.

mod common;
mod pty;

use pty::{Term, example_copy};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use stuurgroep::domain::meeting::{FollowUpStatus, Meeting, MinutesStatus, Presence};
use stuurgroep::store::format::parse;
use stuurgroep::store::hash::minutes_hash;

const NEW: &str = "meetings/2027/2027-01-20-stuurgroep.ron";
const PREVIOUS: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const BACKSPACES: &str = "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f";

fn read(root: &Path, rel: &str) -> Meeting {
    let bytes = std::fs::read(root.join(rel)).unwrap();
    parse(Path::new(rel), &bytes).unwrap()
}

/// Starts the app as Lotte (the secretary) and opens a new stuurgroep meeting on 2027-01-20.
fn new_meeting(root: &Path) -> Term {
    let app = new_meeting_of(root, "");
    app.wait_for("Opening en aanwezigheden");
    app
}

/// Starts a meeting on 2027-01-20 of the body that `body` picks (empty: the first).
fn new_meeting_of(root: &Path, body: &str) -> Term {
    let config = root.join("config.ron");
    let dir = root.to_str().unwrap();
    let mut app = Term::start_with(
        &["--dir", dir, "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config)],
    );
    app.wait_for("Doelstellingen");
    app.step("3");
    app.step("n");
    app.wait_for("Vergadering van welk orgaan?");
    app.step(body);
    app.step("\r");
    app.wait_for("Datum");
    app.step(BACKSPACES);
    app.step("2027-01-20\r");
    app.wait_for("Aanvang");
    app.step("\r");
    app.wait_for("Plaats");
    app.step("\r");
    app.wait_for("bewaard");
    app
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_body_with_its_own_standard_agenda_gets_it_in_a_new_meeting() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting_of(root, "raad");
    app.wait_for("Financiële stand");
    // Its follow-up item lists the board's open action item, to fill in.
    app.step("jj");
    app.step("\t");
    app.wait_for("○ 2021-12-14-raad-van-bestuur/A");
    app.keys("\x1b");
    app.keys("\x1b");
    app.wait_for("Vergaderingen (20)");
    // Back on the list at the meeting just made.
    let screen = app.screen();
    let selected = screen.lines().find(|l| l.contains('›')).unwrap_or_default();
    assert!(selected.contains("2027-01-20"), "{screen}");
    app.quit();
    let board = read(root, "meetings/2027/2027-01-20-raad-van-bestuur.ron");
    let titles: Vec<&str> = board.agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Opening en aanwezigheden",
            "Goedkeuring verslag vorige vergadering",
            "Opvolging actiepunten",
            "Financiële stand van zaken",
            "Adviezen van de stuurgroep",
            "Varia",
            "Slot"
        ]
    );
    // The open action item is not written into the minutes (the documents would show it
    // twice): it was listed to fill in.
    assert!(board.agenda.iter().all(|i| i.minutes.is_empty()), "{board:#?}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_whole_meeting_from_keystrokes_ends_up_on_disk() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    // Attendance: the first absent, the second excused.
    app.step("p");
    app.wait_for("16 aanwezig · 0 verontschuldigd");
    app.step("x");
    app.step("v");
    app.wait_for("1 verontschuldigd · 1 afwezig");
    app.keys("\x1b");
    // 1. Opening: minutes.
    app.step("\r");
    app.step("De voorzitter verwelkomt iedereen.");
    app.keys("\x1b");
    // 2. Approval of the previous minutes, with minutes.
    app.step("j");
    app.step("g");
    app.wait_for("goedkeuren? (j/n)");
    app.step("j");
    app.wait_for("Verslag 2022-10-11-stuurgroep goedgekeurd.");
    app.step("\r");
    app.step("Het verslag wordt zonder opmerkingen goedgekeurd.");
    app.keys("\x1b");
    // 3. Follow-up: the first open action is done; a decision linked to SD2 OD1.
    app.step("j");
    app.step("o");
    app.wait_for("Open actiepunt");
    app.step("\r");
    app.wait_for("Stand van zaken");
    app.step("\r");
    app.wait_for("Toelichting bij de opvolging");
    app.step("Rapport bezorgd.\r");
    app.step("b");
    app.wait_for("Besluit");
    app.step("De stuurgroep keurt het actieplan 2027 goed.\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.step("sd2 od1\r");
    // 4. Varia: minutes, a decision linked by an old code, an action item for Tom.
    app.step("j");
    app.step("\r");
    app.step("De digitale week wordt besproken.");
    app.keys("\x1b");
    app.step("b");
    app.step("De digitale week 2027 gaat door in maart.\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.step("sd4 od1\r");
    app.step("a");
    app.wait_for("Actiepunt: wat moet er gebeuren?");
    app.step("Draaiboek digitale week opmaken\r");
    app.wait_for("Eigenaar");
    app.step("tom claes\r");
    app.wait_for("Tegen wanneer?");
    app.step("15/1\r");
    // The meeting closes: its end time, then the minutes are sent.
    app.step("t");
    app.wait_for("Aanvang-einde");
    app.step(&BACKSPACES.repeat(2));
    app.step("19:30-21:45\r");
    app.wait_for("19:30-21:45");
    app.step("s");
    app.wait_for("Verslag als verstuurd markeren? (j/n)");
    app.step("j");
    app.wait_for("Verslag verstuurd.");
    app.keys("\x1b");
    app.wait_for("Vergaderingen (20)");
    app.quit();
    assert!(app.restored());

    let m = read(root, NEW);
    assert_eq!(m.end, chrono::NaiveTime::from_hms_opt(21, 45, 0));
    assert_eq!(m.attendance[0].presence, Presence::Absent);
    assert_eq!(m.attendance[1].presence, Presence::Excused);
    assert_eq!(m.agenda[0].minutes, "De voorzitter verwelkomt iedereen.");
    assert_eq!(m.agenda[1].minutes, "Het verslag wordt zonder opmerkingen goedgekeurd.");
    assert!(m.agenda[3].minutes.starts_with("De digitale week wordt besproken."));
    let decisions: Vec<_> = m.decisions().map(|(_, d)| d).collect();
    assert_eq!(decisions.len(), 2);
    assert_eq!(decisions[0].objectives, ["od-regiobib".into()]);
    assert!(!decisions[1].objectives.is_empty());
    let (_, action) = m.action_items().next().unwrap();
    assert_eq!(action.owner, stuurgroep::domain::meeting::Owner::Member("tom-claes".into()));
    assert_eq!(action.due.map(|d| d.format("%d/%m").to_string()), Some("15/01".into()));
    let (_, follow_up) = m.follow_ups().next().unwrap();
    assert_eq!(
        (follow_up.status, follow_up.note.as_str()),
        (FollowUpStatus::Done, "Rapport bezorgd.")
    );
    assert!(matches!(m.status, MinutesStatus::Sent { .. }));
    // The previous minutes are frozen, and their hash is recorded in the new meeting.
    let previous = read(root, PREVIOUS);
    assert_eq!(previous.status, MinutesStatus::Approved { by: m.id.clone() });
    assert_eq!(m.approves[0].hash, minutes_hash(&previous).unwrap());
    assert!(!root.join(format!("{NEW}.lock")).exists(), "the lock goes on close");
    let (code, out) = common::cli::check(root);
    assert_eq!(code, 0, "{out}");
}

fn kill(app: &mut Term) {
    app.child.kill().unwrap();
    let _ = app.child.wait();
}

/// The words typed before `cutoff`, out of `typed` with the time each was sent.
fn typed_before(typed: &[(Instant, String)], cutoff: Instant) -> String {
    typed.iter().filter(|(t, _)| *t <= cutoff).map(|(_, w)| w.as_str()).collect()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn killing_the_app_mid_sentence_leaves_a_whole_file_missing_at_most_a_second() {
    // Several runs, each killed at another moment of a long typing run.
    let mut seed = 0x5EED_u64;
    for run in 0..4 {
        let dir = example_copy();
        let root = dir.path();
        let mut app = new_meeting(root);
        app.step("\r");
        let mut typed: Vec<(Instant, String)> = Vec::new();
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let words = 20 + (seed >> 33) % 60;
        for i in 0..words {
            let word = format!("woord{run}x{i} ");
            app.keys(&word);
            typed.push((Instant::now(), word));
            std::thread::sleep(Duration::from_millis(30 + (seed >> 40) % 40));
            // Meanwhile the file on disk is never torn.
            if i % 10 == 0 && root.join(NEW).exists() {
                read(root, NEW);
            }
        }
        let killed_at = Instant::now();
        kill(&mut app);
        let on_disk = read(root, NEW).agenda[0].minutes.clone();
        let safe = typed_before(&typed, killed_at - Duration::from_secs(1));
        assert!(
            on_disk.starts_with(safe.trim_end()),
            "run {run}: lost more than a second:\n{on_disk}\nvs\n{safe}"
        );
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_second_instance_opens_the_meeting_read_only_and_says_who_writes() {
    let dir = example_copy();
    let root = dir.path();
    let mut first = new_meeting(root);
    first.step("\r");
    first.step("Eerste instantie schrijft.");
    let config: PathBuf = root.join("config.ron");
    let mut second = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config)],
    );
    second.wait_for("Doelstellingen");
    // The new meeting is the newest: first on the meetings screen.
    second.step("3");
    second.wait_for("2027-01-20");
    second.step("e");
    second.wait_for("wordt bewerkt door Lotte Verhaegen");
    second.wait_for("overnemen? (j/n; n: alleen lezen)");
    second.step("n");
    second.wait_for("alleen lezen — wordt bewerkt door Lotte Verhaegen");
    second.step("\r");
    second.wait_for("Alleen lezen.");
    second.close_editor_and_quit();
    // The first writes on; what it typed is saved and the lock is still its own.
    std::thread::sleep(Duration::from_millis(800));
    assert!(read(root, NEW).agenda[0].minutes.contains("Eerste instantie schrijft."));
    assert!(root.join(format!("{NEW}.lock")).exists());
    first.keys("\x1b");
    first.close_editor_and_quit();
    assert!(!root.join(format!("{NEW}.lock")).exists());
}

#[cfg(unix)]
#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_read_only_folder_says_not_saved_keeps_everything_and_saves_once_writable_again() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("\r");
    app.step("Voor de storing.");
    pty::wait_on_disk(&root.join(NEW), "Voor de storing.");
    app.wait_for("bewaard");
    let guard = common::ReadOnly::new(&root.join("meetings/2027"));
    let Some(guard) = guard else {
        eprintln!("skipped: a read-only folder cannot be made here");
        return;
    };
    app.step(" Tijdens de storing.");
    app.wait_for("NIET BEWAARD");
    assert!(!read(root, NEW).agenda[0].minutes.contains("Tijdens"), "nothing was written");
    // The secretary writes a copy elsewhere meanwhile.
    let copy = tempfile::tempdir().unwrap();
    let target = copy.path().join("kopie.ron");
    app.keys("\x1b");
    app.step("e");
    app.wait_for("Kopie bewaren als");
    app.step(&"\x7f".repeat(200));
    app.step(&format!("{}\r", target.display()));
    app.wait_for("Kopie bewaard");
    let bytes = std::fs::read(&target).unwrap();
    let kept: Meeting = parse(&target, &bytes).unwrap();
    assert!(kept.agenda[0].minutes.contains("Voor de storing. Tijdens de storing."));
    drop(guard);
    // The autosaver retries by itself; the text typed meanwhile arrives whole.
    let start = Instant::now();
    while !read(root, NEW).agenda[0].minutes.contains("Tijdens de storing.") {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "never saved after the folder came back"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    app.wait_for("bewaard");
    app.close_editor_and_quit();
}

#[cfg(unix)]
#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn an_approval_that_cannot_be_saved_is_said_and_saved_once_it_can() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    let Some(guard) = common::ReadOnly::new(&root.join("meetings/2022")) else {
        eprintln!("skipped: a read-only folder cannot be made here");
        return;
    };
    app.step("j");
    app.step("g");
    app.wait_for("goedkeuren? (j/n)");
    app.step("j");
    app.wait_for("Goedkeuring van 2022-10-11-stuurgroep NIET BEWAARD");
    assert_eq!(read(root, PREVIOUS).status, MinutesStatus::Draft);
    drop(guard);
    // The autosaver retries by itself.
    let start = Instant::now();
    while read(root, PREVIOUS).status == MinutesStatus::Draft {
        assert!(start.elapsed() < Duration::from_secs(20), "the approval never arrived");
        std::thread::sleep(Duration::from_millis(200));
    }
    app.close_editor_and_quit();
    let approving = read(root, NEW);
    assert_eq!(read(root, PREVIOUS).status, MinutesStatus::Approved { by: approving.id });
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_stale_lock_is_taken_over_after_asking() {
    use stuurgroep::store::lock::LockInfo;
    let dir = example_copy();
    let root = dir.path();
    let meeting = "meetings/2022/2022-10-11-stuurgroep.ron";
    let long_ago = chrono::Utc::now() - chrono::Duration::minutes(10);
    let stale = LockInfo {
        version: 1,
        member: "lotte-verhaegen".into(),
        name: "Lotte Verhaegen".into(),
        machine: "laptop-thuis".into(),
        pid: 1,
        since: long_ago,
        refreshed: long_ago,
        instance: "elders".into(),
        typed: None,
    };
    let lock = root.join(format!("{meeting}.lock"));
    std::fs::write(&lock, stuurgroep::store::to_ron(&stale).unwrap()).unwrap();
    let mut app = pty::as_secretary(root);
    app.step("3");
    app.step("e");
    app.wait_for("laptop-thuis");
    app.wait_for("overnemen? (j/n)");
    app.step("j");
    app.wait_for("ongewijzigd");
    let taken = std::fs::read_to_string(&lock).unwrap();
    assert!(!taken.contains("laptop-thuis") && !taken.contains("elders"), "{taken}");
    app.close_editor_and_quit();
    assert!(!lock.exists());
}
