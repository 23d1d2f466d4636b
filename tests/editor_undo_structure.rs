//! Issue 12, Deliver 1: undo covers the structural edits, not only typing. A removed action
//! item, an item added then removed, a member's presence and a removed guest each come back
//! with Ctrl-Z where they were edited, as they were (text, owner, place), and Ctrl-Y does them
//! again.

mod common;

use common::editor::{ctx, editor, press};
use stuurgroep::domain::meeting::Owner;
use stuurgroep::tui::editor::Editor;

fn actions(e: &Editor) -> Vec<(String, Owner)> {
    e.meeting.action_items().map(|(_, a)| (a.text.to_string(), a.owner.clone())).collect()
}

#[test]
fn a_removed_action_item_comes_back_with_its_owner() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    press(&mut e, &ctx, "aOfferte opvragen⏎tom claes⏎⎋");
    let added = actions(&e);
    assert_eq!(added, [("Offerte opvragen".into(), Owner::Member("tom-claes".into()))]);
    // Removed on the item's list, and back.
    press(&mut e, &ctx, "⇥⌦");
    assert!(actions(&e).is_empty());
    press(&mut e, &ctx, "↶");
    assert_eq!(actions(&e), added);
    press(&mut e, &ctx, "↷");
    assert!(actions(&e).is_empty(), "redone");
}

#[test]
fn an_item_added_then_removed_comes_back_in_its_place_and_its_addition_is_undone_too() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    let titles = |e: &Editor| e.meeting.agenda.iter().map(|i| i.title.clone()).collect::<Vec<_>>();
    let before = titles(&e);
    press(&mut e, &ctx, "nExtra punt⏎");
    let with = titles(&e);
    assert_eq!(with[1], "Extra punt");
    press(&mut e, &ctx, "⌦");
    assert_eq!(titles(&e), before);
    press(&mut e, &ctx, "↶");
    assert_eq!(titles(&e), with, "the removed item is back where it was");
    press(&mut e, &ctx, "↶");
    assert_eq!(titles(&e), before, "and its addition undone");
}

#[test]
fn a_presence_changed_and_a_guest_removed_come_back_in_the_attendance() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    let presence = |e: &Editor| format!("{:?}", e.meeting.attendance[0].presence);
    let was = presence(&e);
    // Excused, then taken back.
    press(&mut e, &ctx, "pv");
    let excused = presence(&e);
    assert_ne!(excused, was);
    press(&mut e, &ctx, "↶");
    assert_eq!(presence(&e), was);
    press(&mut e, &ctx, "↷");
    assert_eq!(presence(&e), excused);
    // A guest added, selected after the members, removed, and back.
    press(&mut e, &ctx, "nEva Peeters⏎");
    let members = e.meeting.attendance.len();
    press(&mut e, &ctx, &"j".repeat(members));
    press(&mut e, &ctx, "⌦");
    assert!(e.meeting.guests.is_empty());
    press(&mut e, &ctx, "↶");
    let guests: Vec<&str> = e.meeting.guests.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(guests, ["Eva Peeters"]);
}
