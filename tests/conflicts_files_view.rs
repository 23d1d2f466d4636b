//! The app's conflicts view merges a copy of the plan or the members element by element, as
//! it does a meeting's: keys through the router to effects, `effects::apply` writing, with a
//! second instance of the app holding a lock in the folder.

mod common;
mod pty;
mod screen;

use common::app::{Instance, OTHER, lock_of, second_instance};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use stuurgroep::domain::organisation::Members;
use stuurgroep::domain::plan::Plan;
use stuurgroep::i18n::Lang;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;
use stuurgroep::tui::session::Layer;

const PLAN: &str = "data/plan.ron";
const PLAN_COPY: &str = "data/plan.sync-conflict-20221012-093000-ABCDEFG.ron";
const MEMBERS: &str = "data/members.ron";
const MEMBERS_COPY: &str = "data/members.sync-conflict-20221012-093000-ABCDEFG.ron";

/// The conflicts view of `app` as drawn on a 100×30 screen.
fn screen(app: &Instance) -> String {
    let Layer::Conflicts(view) = &app.session.layer else { panic!("not in the view") };
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(true);
    t.draw(|f| stuurgroep::tui::screens::conflicts::render(f, view, Lang::Nl, &theme)).unwrap();
    screen::buffer_text(t.backend().buffer())
}

fn read<T: serde::de::DeserializeOwned>(root: &Path, rel: &str) -> T {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

fn text(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

/// The files in `.stuurgroep/resolved/` whose name holds `part`.
fn resolved(root: &Path, part: &str) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir(root.join(".stuurgroep/resolved")) else { return Vec::new() };
    dir.filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(part))
        .collect()
}

#[test]
fn a_plan_copy_is_chosen_element_by_element_asked_once_more_without_ancestor_and_undone() {
    let dir = pty::example_copy();
    let root = dir.path();
    let base: Plan = read(root, PLAN);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.strategic_objectives[0].title = "Titel van A".into();
    theirs.strategic_objectives[0].title = "Titel van B".into();
    let mut action = base.strategic_objectives[0].operational_objectives[0].actions[0].clone();
    (action.id, action.text) = ("actie-van-b".into(), "Een nieuwe actie van B".into());
    theirs.strategic_objectives[0].operational_objectives[0].actions.push(action);
    std::fs::write(root.join(PLAN), to_ron(&ours).unwrap()).unwrap();
    std::fs::write(root.join(PLAN_COPY), to_ron(&theirs).unwrap()).unwrap();
    let before = text(root, PLAN);
    let _second = second_instance(root);
    let mut app = Instance::new(root);
    app.press("c");
    assert!(screen(&app).contains("2 verschillen, 1 te kiezen"), "{}", screen(&app));
    app.press("⏎");
    // The SD both retitled, in words with each side labelled, never the file's RON.
    let shot = screen(&app);
    assert!(shot.contains("geen voorouder: alles is een keuze"), "{shot}");
    assert!(shot.contains("strategische doelstelling"), "{shot}");
    assert!(shot.contains("Titel van A") && shot.contains("Titel van B"), "{shot}");
    assert!(shot.contains("origineel") && shot.contains("kopie (Syncthing, ABCDEFG)"), "{shot}");
    assert!(!shot.contains("title:") && !shot.contains("operational_objectives"), "{shot}");
    // `b` cannot keep two titles: said, nothing chosen; `s` refuses while it is open.
    app.press("b");
    assert!(screen(&app).contains("kan maar één versie hebben"), "{}", screen(&app));
    app.press("s");
    assert_eq!(text(root, PLAN), before, "nothing written before every choice is made");
    // No ancestor: the copy's version is asked for once more, naming what disappears.
    app.press("c");
    assert!(screen(&app).contains("Zonder voorouder verdwijnt"), "{}", screen(&app));
    assert!(screen(&app).contains("Titel van A"), "{}", screen(&app));
    app.press("cs");
    let merged: Plan = read(root, PLAN);
    assert_eq!(merged.strategic_objectives[0].title, "Titel van B");
    let actions = &merged.strategic_objectives[0].operational_objectives[0].actions;
    assert!(actions.iter().any(|a| a.text == "Een nieuwe actie van B"), "the one-sided addition");
    assert!(merged.written_as.is_some(), "stamped: the next conflict has an ancestor");
    assert!(!root.join(PLAN_COPY).exists());
    // Both texts stay reachable: the original as it was in the folder's history.
    let kept = resolved(root, "plan.original-");
    assert_eq!(kept.len(), 1);
    assert_eq!(text(root, &format!(".stuurgroep/resolved/{}", kept[0])), before);
    app.press("u");
    assert_eq!(text(root, PLAN), before, "undone byte for byte");
    assert!(root.join(PLAN_COPY).exists(), "and the copy back");
    assert!(lock_of(root, OTHER).exists(), "the second instance's lock stays");
}

#[test]
fn a_members_copy_with_an_ancestor_takes_the_one_sided_change_and_the_choice() {
    let dir = pty::example_copy();
    let root = dir.path();
    // A first merge through the view stamps the file: each side added a member.
    let base: Members = read(root, MEMBERS);
    let mut theirs = base.clone();
    let mut new = base.members[1].clone();
    (new.id, new.name) = ("nieuw-lid".into(), "Nieuw Lid".into());
    theirs.members.push(new);
    std::fs::write(root.join(MEMBERS_COPY), to_ron(&theirs).unwrap()).unwrap();
    let _second = second_instance(root);
    let mut app = Instance::new(root);
    app.press("c⏎");
    assert!(screen(&app).contains("lid nieuw-lid"), "{}", screen(&app));
    app.press("s");
    let written = text(root, MEMBERS);
    assert!(written.contains("Nieuw Lid") && written.contains("written_as:"), "{written}");
    // Then both edit by hand: A and B rename one member, B also renames a body.
    let id = base.members[0].name.clone();
    let a = written.replace(&id, "Naam van A");
    let b = written.replace(&id, "Naam van B").replace("Raad van bestuur", "Raad van Bestuur");
    std::fs::write(root.join(MEMBERS), &a).unwrap();
    std::fs::write(root.join(MEMBERS_COPY), &b).unwrap();
    let mut app = Instance::new(root);
    app.press("c");
    assert!(screen(&app).contains("2 verschillen, 1 te kiezen"), "{}", screen(&app));
    app.press("⏎");
    let shot = screen(&app);
    assert!(shot.contains("voorouder gevonden"), "{shot}");
    assert!(
        shot.contains("orgaan raad-van-bestuur") && shot.contains("enkel in de kopie"),
        "{shot}"
    );
    // The member both renamed: its two names side by side, the original's chosen.
    app.press("j");
    let shot = screen(&app);
    assert!(shot.contains("Naam van A") && shot.contains("Naam van B"), "{shot}");
    app.press("os");
    let now: Members = read(root, MEMBERS);
    assert_eq!(now.members[0].name, "Naam van A", "the choice");
    assert!(now.bodies.iter().any(|b| b.name == "Raad van Bestuur"), "B's one-sided change");
    assert!(now.members.iter().any(|m| m.name == "Nieuw Lid"));
    assert!(!root.join(MEMBERS_COPY).exists(), "settled");
    let copies = resolved(root, "members.sync-conflict-");
    assert_eq!(copies.len(), 2, "both copies kept in .stuurgroep/resolved: {copies:?}");
    assert!(lock_of(root, OTHER).exists(), "the second instance's lock stays");
}
