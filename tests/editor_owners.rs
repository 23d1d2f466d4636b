//! An action item's owner who is not a member: a guest of the meeting or an outside person,
//! by name, never turned into a different member; an action item without an owner is kept and
//! flagged. In a real pseudo-terminal from keys to the file on disk, then as `actions`,
//! `check` and the exported minutes show it; and files from before owners by name stay byte
//! for byte the same.

mod common;
mod pty;

use common::cli::{run_on, stdout};
use pty::{NEW, example_copy, new_meeting, wait_until};
use std::path::Path;
use stuurgroep::domain::meeting::{Meeting, Owner};

fn owners(m: &Meeting) -> Vec<(String, Owner)> {
    m.action_items().map(|(_, a)| (a.text.to_string(), a.owner.clone())).collect()
}

fn run(root: &Path, args: &[&str]) -> String {
    stdout(&run_on(root, args))
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn a_guest_an_outside_person_and_nobody_own_action_items_on_disk() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    // A guest of the meeting.
    app.step("p");
    app.step("n");
    app.wait_for("Naam van de gast");
    app.step("Griet Peeters\r");
    app.wait_for("gast             Griet Peeters");
    app.step("\x1b");
    // The guest by her first name: her, not a member whose name looks like it.
    app.step("aOfferte opvragen\r");
    app.wait_for("Eigenaar");
    app.wait_for("Griet Peeters  (gast)");
    app.step("griet\r");
    app.wait_for("Tegen wanneer?");
    app.step("\r");
    // A name nobody answers to: someone from outside, by that name.
    app.step("aZaal boeken\r");
    app.wait_for("Eigenaar");
    app.step("Zoë Zwartmoes\r");
    app.wait_for("Tegen wanneer?");
    app.step("\r");
    // Esc at the owner: the action item is kept without one, flagged.
    app.step("aAffiches drukken\r");
    app.wait_for("Eigenaar");
    app.step("\x1b");
    app.wait_for("toegevoegd zonder eigenaar");
    let m = wait_until(root, "three action items", |m| m.action_items().count() == 3);
    assert_eq!(
        owners(&m),
        [
            ("Offerte opvragen".into(), Owner::Guest("Griet Peeters".into())),
            ("Zaal boeken".into(), Owner::Outside("Zoë Zwartmoes".into())),
            ("Affiches drukken".into(), Owner::Nobody),
        ]
    );
    let text = std::fs::read_to_string(root.join(NEW)).unwrap();
    assert!(text.contains(r#"owner_name: Guest("Griet Peeters")"#), "{text}");
    assert!(text.contains(r#"owner_name: Outside("Zoë Zwartmoes")"#), "{text}");
    // In the editor: each as what it is, the one without an owner in red with a mark.
    app.step("\t");
    app.wait_for("Griet Peeters (gast)");
    app.wait_for("Zoë Zwartmoes (extern)");
    app.wait_for("⚠ nog geen eigenaar");
    // Given an owner later with `e`: a member by name.
    app.step("jj");
    app.step("e");
    app.wait_for("Eigenaar");
    app.step("tom claes\r");
    wait_until(root, "the owner given later", |m| {
        m.action_items().nth(2).is_some_and(|(_, a)| a.owner == Owner::Member("tom-claes".into()))
    });
    app.step("\x1b");
    app.close_editor_and_quit();
}

/// A meeting of the example with three action items owned by a guest, an outside person and
/// nobody, written as the app writes it.
fn folder_with_owners() -> tempfile::TempDir {
    let dir = example_copy();
    let rel = "meetings/2022/2022-10-11-stuurgroep.ron";
    let path = dir.path().join(rel);
    let bytes = std::fs::read(&path).unwrap();
    let mut m: Meeting = stuurgroep::store::format::parse(Path::new(rel), &bytes).unwrap();
    let item = m.agenda.iter_mut().find(|i| !i.actions.is_empty()).expect("an action item");
    let template = item.actions[0].clone();
    let owners = [
        Owner::Guest("Griet Peeters".into()),
        Owner::Outside("Zoë Zwartmoes".into()),
        Owner::Nobody,
    ];
    for (i, owner) in owners.into_iter().enumerate() {
        let mut a = template.clone();
        (a.number, a.owner) = (90 + i as u32, owner);
        item.actions.push(a);
    }
    std::fs::write(&path, stuurgroep::store::to_ron(&m).unwrap()).unwrap();
    dir
}

#[test]
fn actions_check_and_the_minutes_show_owners_who_are_no_members() {
    let dir = folder_with_owners();
    let root = dir.path();
    let listed = run(root, &["actions"]);
    assert!(listed.contains("Griet Peeters (gast)"), "{listed}");
    assert!(listed.contains("Zoë Zwartmoes (extern)"), "{listed}");
    assert!(listed.contains("nog geen eigenaar"), "{listed}");
    let json: serde_json::Value = serde_json::from_str(&run(root, &["actions", "--json"])).unwrap();
    let guest = json
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "2022-10-11-stuurgroep/A90")
        .unwrap_or_else(|| panic!("A90 listed: {json}"));
    assert_eq!(guest["owner"], serde_json::json!({"kind": "guest", "name": "Griet Peeters"}));
    let checked = run(root, &["check"]);
    assert!(
        checked
            .contains("waarschuwing: actiepunt 2022-10-11-stuurgroep/A92 heeft nog geen eigenaar"),
        "{checked}"
    );
    assert!(!checked.contains("onbekend lid"), "{checked}");
    let out = root.join("minutes.md");
    let args = ["export", "minutes", "2022-10-11-stuurgroep", "-o", out.to_str().unwrap()];
    run(root, &args);
    let md = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(md.contains("Griet Peeters (gast)") && md.contains("Zoë Zwartmoes (extern)"), "{md}");
}

#[test]
fn files_with_member_owners_are_written_back_byte_for_byte() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folder = stuurgroep::store::load_folder(root).unwrap();
    let mut seen = 0;
    for file in folder.meetings.iter().filter(|f| f.value.action_items().next().is_some()) {
        let on_disk = std::fs::read_to_string(root.join(&file.path)).unwrap();
        assert_eq!(stuurgroep::store::to_ron(&file.value).unwrap(), on_disk, "{:?}", file.path);
        assert!(file.value.action_items().all(|(_, a)| a.owner.member().is_some()));
        seen += 1;
    }
    assert!(seen > 3, "the example has meetings with action items");
}
