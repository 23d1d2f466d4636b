//! `stuurgroep conflicts`: conflict copies listed element by element, and merged three-way
//! against the ancestor kept in the user's cache.

mod common;
mod pty;
mod screen;

use common::cli::{command_on, stdout};
use pty::{decision, example_copy};
use std::path::Path;
use std::process::Output;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;
use stuurgroep::store::versions::VersionCache;

const ORIGINAL: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const COPY: &str = "meetings/2022/2022-10-11-stuurgroep.sync-conflict-20221012-093000-ABCDEFG.ron";
const APPROVED: &str = "meetings/2022/2022-06-14-stuurgroep.ron";

fn read(root: &Path, rel: &str) -> Meeting {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

fn write(root: &Path, rel: &str, m: &Meeting) {
    std::fs::write(root.join(rel), to_ron(m).unwrap()).unwrap();
}

/// Two people edited the last meeting offline from the same version: A item 1 and a decision,
/// B item 2 and a decision. A's version is the original, B's the Syncthing copy. The ancestor is
/// in the cache under `cache` when `cached`.
fn conflict(root: &Path, cache: &Path, cached: bool) {
    let (base, hash) = base_version(root, cache, cached);
    let mut ours = base.clone();
    ours.edited_from = Some(hash.clone());
    ours.agenda[0].minutes.push_str("\nA voegde dit toe.");
    ours.agenda[0].decisions.push(decision("Besluit van A"));
    let mut theirs = base;
    theirs.edited_from = Some(hash);
    theirs.agenda[1].minutes.push_str("\nB voegde dat toe.");
    theirs.agenda[1].decisions.push(decision("Besluit van B"));
    write(root, ORIGINAL, &ours);
    write(root, COPY, &theirs);
}

/// The original as it stands, the common base of both sides, and its hash; kept in the
/// version cache under `cache` when `cached`, as the app keeps what it opens.
fn base_version(root: &Path, cache: &Path, cached: bool) -> (Meeting, String) {
    let bytes = std::fs::read(root.join(ORIGINAL)).unwrap();
    let base: Meeting = parse(Path::new(ORIGINAL), &bytes).unwrap();
    let hash = if cached {
        VersionCache::at(&cache.join("stuurgroep/versions")).keep(&bytes).unwrap().to_string()
    } else {
        stuurgroep::store::FileHash::of(&bytes).to_string()
    };
    (base, hash)
}

/// The app on `root` with the conflicts view open.
fn conflicts_view(root: &Path, cache: &Path) -> pty::Term {
    let mut app =
        pty::Term::start_with(&["--dir", root.to_str().unwrap()], &[("XDG_CACHE_HOME", cache)]);
    app.wait_for("1 conflictkopie");
    app.step("c");
    app
}

/// The command line on `root` as run on a machine whose cache is `cache`.
fn run(root: &Path, cache: &Path, args: &[&str]) -> Output {
    command_on(root, args).env("XDG_CACHE_HOME", cache).output().expect("the binary runs")
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn offline_edits_of_different_items_and_a_decision_each_merge_with_nothing_lost() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), true);
    let listed = run(root, cache.path(), &["conflicts"]);
    let text = stdout(&listed);
    assert!(text.contains("gemeenschappelijke voorouder gevonden"), "{text}");
    assert!(
        text.contains("agendapunt 1: notulen") && text.contains("enkel in het origineel"),
        "{text}"
    );
    assert!(text.contains("agendapunt 2: notulen") && text.contains("enkel in de kopie"), "{text}");
    // Both added a decision 5: the copy's becomes 6, and the listing says so.
    assert!(text.contains("B5 van kopie (Syncthing, ABCDEFG) is nu B6"), "{text}");
    assert!(text.contains("besluit 6") && text.contains("enkel in de kopie"), "{text}");
    let json: serde_json::Value =
        serde_json::from_slice(&run(root, cache.path(), &["conflicts", "--json"]).stdout).unwrap();
    assert_eq!(json[0]["ancestor"], true);
    assert!(json[0]["differences"].as_array().unwrap().iter().all(|d| d["one_sided"] == true));

    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(
        merged.status.code(),
        Some(0),
        "{}{}",
        stdout(&merged),
        String::from_utf8_lossy(&merged.stderr)
    );
    let m = read(root, ORIGINAL);
    assert!(m.agenda[0].minutes.ends_with("A voegde dit toe."));
    assert!(m.agenda[1].minutes.ends_with("B voegde dat toe."));
    let decisions: Vec<(u32, &str)> =
        m.decisions().map(|(_, d)| (d.number, d.text.as_str())).collect();
    assert!(
        decisions.contains(&(5, "Besluit van A")) && decisions.contains(&(6, "Besluit van B")),
        "{decisions:?}"
    );
    assert!(!root.join(COPY).exists());
    assert!(root.join(".stuurgroep/resolved").join(Path::new(COPY).file_name().unwrap()).exists());
    let check = run(root, cache.path(), &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(stdout(&check).contains("0 fouten, 0 waarschuwingen"), "{}", stdout(&check));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn items_inserted_on_either_side_keep_every_minute_in_its_own_item() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    let (base, hash) = base_version(root, cache.path(), true);
    let renumber = |m: &mut Meeting| {
        m.agenda.iter_mut().enumerate().for_each(|(k, i)| i.number = k as u32 + 1);
    };
    let new_item = |title: &str, minutes: &str| stuurgroep::domain::meeting::AgendaItem {
        number: 0,
        title: title.into(),
        minutes: minutes.into(),
        decisions: Vec::new(),
        actions: Vec::new(),
        follow_ups: Vec::new(),
        closed: false,
        presence: Vec::new(),
    };
    // A inserts an item after the opening and writes in varia (item 7, now 8).
    let mut ours = base.clone();
    ours.edited_from = Some(hash.clone());
    ours.agenda.insert(1, new_item("Nieuw van A", "Toegevoegd door A."));
    renumber(&mut ours);
    ours.agenda[7].minutes.push_str("\nVaria van A.");
    // B inserts an item before varia and writes in item 4.
    let mut theirs = base.clone();
    theirs.edited_from = Some(hash);
    theirs.agenda.insert(6, new_item("Nieuw van B", "Toegevoegd door B."));
    renumber(&mut theirs);
    theirs.agenda[3].minutes.push_str("\nPunt 4 van B.");
    write(root, ORIGINAL, &ours);
    write(root, COPY, &theirs);
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
    let m = read(root, ORIGINAL);
    let titles: Vec<&str> = m.agenda.iter().map(|i| i.title.as_str()).collect();
    let mut want: Vec<&str> = base.agenda.iter().map(|i| i.title.as_str()).collect();
    want.insert(1, "Nieuw van A");
    want.insert(7, "Nieuw van B");
    assert_eq!(titles, want);
    assert!(m.agenda.iter().enumerate().all(|(k, i)| i.number == k as u32 + 1));
    assert_eq!(m.agenda[1].minutes, "Toegevoegd door A.");
    assert!(m.agenda[4].minutes.ends_with("Punt 4 van B."), "{}", m.agenda[4].minutes);
    assert_eq!(m.agenda[4].title, base.agenda[3].title);
    assert_eq!(m.agenda[7].minutes, "Toegevoegd door B.");
    assert!(m.agenda[8].minutes.ends_with("Varia van A."));
    // Every decision is still under the item it was taken in.
    for (item, d) in m.decisions() {
        let (was, _) = base.decisions().find(|(_, b)| b.number == d.number).unwrap();
        assert_eq!(item.title, was.title, "decision {}", d.number);
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_copy_of_the_members_file_shows_its_elements_and_w_asks_before_putting_it_away() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    let copy = "data/members.sync-conflict-20221012-093000-ABCDEFG.ron";
    let original = std::fs::read_to_string(root.join("data/members.ron")).unwrap();
    let theirs = original.replace("Raad van bestuur", "Raad van Bestuur");
    std::fs::write(root.join(copy), &theirs).unwrap();
    let listed = stdout(&run(root, cache.path(), &["conflicts"]));
    // The command line and the app list it by element.
    assert!(
        listed.contains("orgaan raad-van-bestuur            aan beide kanten gewijzigd: kies"),
        "{listed}"
    );
    let mut app = conflicts_view(root, cache.path());
    app.wait_for("1 verschil, 1 te kiezen");
    // Enter shows the element, both versions in words; Esc goes back to the copies.
    app.step("\r");
    app.wait_for("orgaan raad-van-bestuur");
    app.wait_for("Raad van Bestuur");
    app.step("\x1b");
    app.wait_for("Conflictkopieën (1)");
    // w puts it away, kept in .stuurgroep/resolved/.
    // It holds what the original lacks: shown as text, and asked.
    app.step("w");
    app.wait_for("De kopie bevat wat het origineel mist");
    app.wait_for("kopie:");
    assert!(app.screen().contains("Raad van Bestuur"), "{}", app.screen());
    app.step("n");
    app.wait_for("Conflictkopieën (1)");
    assert!(root.join(copy).exists());
    app.step("w");
    app.wait_for("toch wegzetten?");
    app.step("j");
    app.wait_for("Kopie weggezet in .stuurgroep/resolved/");
    app.wait_for("Conflictkopieën (0)");
    app.keys("\x1b");
    app.wait_for("0 waarschuwingen");
    app.quit();
    assert!(!root.join(copy).exists());
    let kept = root.join(".stuurgroep/resolved/members.sync-conflict-20221012-093000-ABCDEFG.ron");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), theirs);
    assert_eq!(std::fs::read_to_string(root.join("data/members.ron")).unwrap(), original);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read: the wine prefix's cache keeps an earlier run's ancestor"
)]
fn without_the_ancestor_every_difference_is_a_choice_and_the_copy_stays() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), false);
    let text = stdout(&run(root, cache.path(), &["conflicts"]));
    assert!(text.contains("geen gemeenschappelijke voorouder"), "{text}");
    assert!(!text.contains("enkel in"), "{text}");
    let before = std::fs::read(root.join(ORIGINAL)).unwrap();
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(1));
    assert!(stdout(&merged).contains("de kopie blijft"), "{}", stdout(&merged));
    assert!(root.join(COPY).exists());
    // Nothing one-sided to take over: the original's content is unchanged (only its base noted).
    let (mut now, was): (Meeting, Meeting) =
        (read(root, ORIGINAL), parse(Path::new(ORIGINAL), &before).unwrap());
    now.edited_from = was.edited_from.clone();
    assert_eq!(now, was);
}

#[test]
fn a_conflict_copy_of_approved_minutes_is_reported_as_tampering_and_never_merged() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    let copy = APPROVED.replace(".ron", ".sync-conflict-20220701-120000-ZZZZZZZ.ron");
    let mut theirs = read(root, APPROVED);
    theirs.agenda[0].minutes.push_str(" Achteraf veranderd.");
    write(root, &copy, &theirs);
    let text = stdout(&run(root, cache.path(), &["conflicts"]));
    assert!(text.contains("mogelijk geknoei"), "{text}");
    let before = std::fs::read(root.join(APPROVED)).unwrap();
    let merged = run(root, cache.path(), &["conflicts", "merge", &copy, "--auto"]);
    assert_eq!(merged.status.code(), Some(1));
    assert_eq!(std::fs::read(root.join(APPROVED)).unwrap(), before);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn the_app_shows_the_copies_and_merges_what_the_user_chooses() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), true);
    // Both also changed the first item's title: that one is the user's to choose.
    let mut ours = read(root, ORIGINAL);
    ours.agenda[0].title = "Opening (A)".into();
    write(root, ORIGINAL, &ours);
    let mut theirs = read(root, COPY);
    theirs.agenda[0].title = "Opening (B)".into();
    write(root, COPY, &theirs);
    let mut app = conflicts_view(root, cache.path());
    app.wait_for("Conflictkopieën (1)");
    app.wait_for("1 te kiezen");
    app.step("\r");
    app.wait_for("voorouder gevonden");
    app.step("s");
    app.wait_for("Eerst elk rood element kiezen.");
    app.wait_for("Opening (B)");
    app.step("c");
    app.step("s");
    app.wait_for("Samengevoegd");
    app.wait_for("Conflictkopieën (0)");
    // Undone: the original as it was and the copy back; then merged again.
    let merged = std::fs::read(root.join(ORIGINAL)).unwrap();
    app.step("u");
    app.wait_for("Samenvoegen ongedaan gemaakt; hersteld: meetings/2022/2022-10-11-stuurgroep.ron");
    app.wait_for("Conflictkopieën (1)");
    assert_eq!(read(root, ORIGINAL), ours);
    assert_eq!(read(root, COPY), theirs);
    app.step("\r");
    app.step("c");
    app.step("s");
    app.wait_for("Conflictkopieën (0)");
    assert_eq!(std::fs::read(root.join(ORIGINAL)).unwrap(), merged);
    app.keys("\x1b");
    app.wait_for("Doelstellingen");
    app.quit();
    let m = read(root, ORIGINAL);
    assert_eq!(m.agenda[0].title, "Opening (B)");
    assert!(m.agenda[0].minutes.ends_with("A voegde dit toe."));
    assert!(m.agenda[1].minutes.ends_with("B voegde dat toe."));
    assert_eq!(m.decisions().filter(|(_, d)| d.text.starts_with("Besluit van")).count(), 2);
    assert!(!root.join(COPY).exists());
}

#[test]
fn conflicts_view_snapshots() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use stuurgroep::store::conflict::Compared;
    use stuurgroep::tui::conflicts::{ConflictsView, Read};
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), true);
    let versions = VersionCache::at(&cache.path().join("stuurgroep/versions"));
    let folder = stuurgroep::store::load_folder(root).unwrap();
    let entries = folder
        .conflicts
        .iter()
        .map(|c| (c.clone(), Compared::read(root, c, Some(&versions)).map(Read::Meeting)))
        .collect();
    let mut view = ConflictsView::new(entries);
    let shot = |view: &ConflictsView| {
        let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let theme = stuurgroep::tui::theme::Theme::new(true);
        t.draw(|f| {
            stuurgroep::tui::screens::conflicts::render(f, view, stuurgroep::i18n::Lang::Nl, &theme)
        })
        .unwrap();
        screen::buffer_text(t.backend().buffer())
    };
    insta::assert_snapshot!("conflicts_list", shot(&view));
    view.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    view.handle_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    insta::assert_snapshot!("conflicts_element", shot(&view));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn a_merge_is_undone_byte_for_byte_and_refused_once_the_file_changed_since() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), true);
    let (original, copy) =
        (std::fs::read(root.join(ORIGINAL)).unwrap(), std::fs::read(root.join(COPY)).unwrap());
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
    // The original as it was is kept in the folder, beside the copy put away.
    let resolved: Vec<String> = std::fs::read_dir(root.join(".stuurgroep/resolved"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        resolved.iter().any(|n| n.starts_with("2022-10-11-stuurgroep.original-")),
        "{resolved:?}"
    );
    let undone = run(root, cache.path(), &["conflicts", "undo", ORIGINAL]);
    assert_eq!(undone.status.code(), Some(0), "{}", String::from_utf8_lossy(&undone.stderr));
    assert!(stdout(&undone).contains("samenvoegen ongedaan gemaakt"), "{}", stdout(&undone));
    assert_eq!(std::fs::read(root.join(ORIGINAL)).unwrap(), original);
    assert_eq!(std::fs::read(root.join(COPY)).unwrap(), copy);
    let again = run(root, cache.path(), &["conflicts", "undo", ORIGINAL]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("geen samenvoeging"));
    // Merged again, then changed by someone: undoing would erase that change.
    run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    let mut m = read(root, ORIGINAL);
    m.location = Some("Later gewijzigd".into());
    write(root, ORIGINAL, &m);
    let refused = run(root, cache.path(), &["conflicts", "undo", ORIGINAL]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("gewijzigd sinds de samenvoeging"));
    assert_eq!(read(root, ORIGINAL).location.as_deref(), Some("Later gewijzigd"));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn without_an_ancestor_taking_the_copy_asks_once_more_and_shows_what_disappears() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), false);
    let mut app = conflicts_view(root, cache.path());
    app.step("\r");
    app.wait_for("geen voorouder: alles is een keuz");
    let before = std::fs::read(root.join(ORIGINAL)).unwrap();
    app.step("c");
    app.wait_for("Zonder voorouder verdwijnt de versie van het origineel; nog eens c");
    // Not chosen yet: still on the first element.
    assert!(app.screen().contains("›agendapunt 1"), "{}", app.screen());
    // Another key forgets the question; c c takes the copy's version.
    app.step("j");
    app.step("k");
    app.step("c");
    app.wait_for("nog eens c");
    app.step("c");
    // Chosen: on to the next element still to choose.
    app.wait_for("›agendapunt 2");
    app.keys("\x1b");
    app.keys("\x1b");
    app.wait_for("Doelstellingen");
    app.quit();
    assert_eq!(std::fs::read(root.join(ORIGINAL)).unwrap(), before, "nothing written");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn a_decision_both_added_is_renumbered_and_the_amendment_follows_it() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), true);
    // B's decision 6 amends B's decision 5, which A's decision 5 pushes to 6.
    let mut theirs = read(root, COPY);
    let own = stuurgroep::domain::ids::DecisionRef::new(&theirs.id, 5);
    let amendment = stuurgroep::domain::meeting::Decision {
        number: 6,
        amends: Some(own),
        ..decision("Wijziging van B")
    };
    theirs.agenda[1].decisions.push(amendment);
    write(root, COPY, &theirs);
    let listed = stdout(&run(root, cache.path(), &["conflicts"]));
    assert!(listed.contains("B5 van kopie (Syncthing, ABCDEFG) is nu B6"), "{listed}");
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
    let said = stdout(&merged);
    assert!(said.contains("B5 van kopie (Syncthing, ABCDEFG) is nu B6"), "{said}");
    assert!(said.contains("B6 van kopie (Syncthing, ABCDEFG) is nu B7"), "{said}");
    let m = read(root, ORIGINAL);
    let found: Vec<(u32, &str, Option<String>)> = m
        .decisions()
        .filter(|(_, d)| d.number >= 5)
        .map(|(_, d)| (d.number, d.text.as_str(), d.amends.as_ref().map(|r| r.to_string())))
        .collect();
    assert_eq!(
        found,
        [
            (5, "Besluit van A", None),
            (6, "Besluit van B", None),
            (7, "Wijziging van B", Some("2022-10-11-stuurgroep/6".into()))
        ]
    );
    let check = run(root, cache.path(), &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let english = run(root, cache.path(), &["--lang", "en", "conflicts"]);
    assert!(stdout(&english).contains("No conflict copies."), "{}", stdout(&english));
}

#[test]
fn a_decision_to_choose_is_shown_in_words_never_as_the_files_ron() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use stuurgroep::domain::meeting::Outcome;
    use stuurgroep::domain::merge::Element;
    use stuurgroep::store::conflict::Compared;
    use stuurgroep::tui::conflicts::{ConflictsView, Read};
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root, cache.path(), true);
    let (mut ours, mut theirs) = (read(root, ORIGINAL), read(root, COPY));
    fn first(m: &mut Meeting) -> &mut stuurgroep::domain::meeting::Decision {
        m.agenda.iter_mut().flat_map(|i| i.decisions.iter_mut()).find(|d| d.number == 1).unwrap()
    }
    first(&mut ours).outcome = Outcome::Rejected;
    first(&mut theirs).outcome = Outcome::Postponed;
    write(root, ORIGINAL, &ours);
    write(root, COPY, &theirs);
    let versions = VersionCache::at(&cache.path().join("stuurgroep/versions"));
    let folder = stuurgroep::store::load_folder(root).unwrap();
    let entries = folder
        .conflicts
        .iter()
        .map(|c| (c.clone(), Compared::read(root, c, Some(&versions)).map(Read::Meeting)));
    let mut view = ConflictsView::new(entries.collect());
    view.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let r = view.open.as_mut().unwrap();
    r.selected = r.differences.iter().position(|d| d.element == Element::Decision(1)).unwrap();
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(true);
    t.draw(|f| {
        stuurgroep::tui::screens::conflicts::render(f, &view, stuurgroep::i18n::Lang::Nl, &theme)
    })
    .unwrap();
    let shot = screen::buffer_text(t.backend().buffer());
    assert!(shot.contains("verworpen") && shot.contains("uitgesteld"), "{shot}");
    assert!(shot.contains("doelstellingen:"), "{shot}");
    assert!(!shot.contains("outcome:") && !shot.contains("text:"), "{shot}");
}
