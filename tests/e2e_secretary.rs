//! Nothing typed is out of reach, in a real pseudo-terminal, from keys to the file on disk: a
//! long run of deletions comes back whole with Ctrl-Z, a removed decision or a moved item too;
//! a burst of keys arrives whole; a question left with Esc offers what was typed again; what
//! is wrong is refused as it is typed.

mod pty;

use pty::{Term, example_copy, new_meeting, new_meeting_at, read_new as read, wait_until};

/// Sends `keys` a hundred at a time, as a fast typist would.
fn send(app: &mut Term, keys: &str) {
    let chars: Vec<char> = keys.chars().collect();
    for chunk in chars.chunks(100) {
        app.step(&chunk.iter().collect::<String>());
    }
}

fn long_text() -> String {
    let words = ["de", "stuurgroep", "bespreekt", "het", "actieplan", "en", "keurt", "goed,"];
    let mut text = String::new();
    let mut i = 0;
    while text.chars().count() < 1_200 {
        text.push_str(words[i % words.len()]);
        text.push(if i % 17 == 16 { '\n' } else { ' ' });
        i += 1;
    }
    text
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_thousand_backspaces_are_undone_whole() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    let text = long_text();
    app.step("\r");
    send(&mut app, &text.replace('\n', "\r"));
    wait_until(root, "the long text", |m| m.agenda[0].minutes == text);
    // Closed and opened again: the undo history starts with the text as it is.
    app.keys("\x1b");
    app.keys("\x1b");
    app.wait_for("Vergaderingen (20)");
    app.step("e");
    app.wait_for("Opening en aanwezigheden");
    app.step("\r");
    send(&mut app, &"\x7f".repeat(1_000));
    let kept: String = text.chars().take(text.chars().count() - 1_000).collect();
    wait_until(root, "the shortened text", |m| m.agenda[0].minutes == kept);
    // Ctrl-Z, more often than needed: everything comes back, and no more than that.
    send(&mut app, &"\x1a".repeat(1_000));
    wait_until(root, "the whole text again", |m| m.agenda[0].minutes == text);
    app.wait_for("Niets (meer) ongedaan te maken.");
    // Redo deletes again, a word at a time.
    app.step("\x19");
    let redone = wait_until(root, "a redo", |m| m.agenda[0].minutes != text);
    assert!(text.starts_with(&redone.agenda[0].minutes));
    assert!(redone.agenda[0].minutes.chars().count() >= text.chars().count() - 12);
    app.keys("\x1b");
    app.close_editor_and_quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_removed_decision_and_a_moved_item_come_back_with_ctrl_z() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    // Minutes in the first two items, a decision under the second.
    app.step("\r");
    app.step("Welkom.");
    app.keys("\x1b");
    app.step("j");
    app.step("\r");
    app.step("Goedgekeurd.");
    app.keys("\x1b");
    app.step("b");
    app.wait_for("Besluit");
    app.step("Het verslag wordt goedgekeurd.\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.step("sd2 od1\r");
    wait_until(root, "the decision", |m| m.agenda[1].decisions.len() == 1);
    // Removed on the item's list, then undone there.
    app.step("\t");
    app.step("\x1b[3~");
    wait_until(root, "the decision removed", |m| m.agenda[1].decisions.is_empty());
    app.step("\x1a");
    let m = wait_until(root, "the decision back", |m| m.agenda[1].decisions.len() == 1);
    assert_eq!(m.agenda[1].decisions[0].text, "Het verslag wordt goedgekeurd.");
    assert_eq!(m.agenda[1].decisions[0].objectives, ["od-regiobib".into()]);
    // The second item moved up, minutes typed in it after, then the move undone: the items
    // go back with their minutes, the newest words included.
    app.step("\t");
    app.step("K");
    wait_until(root, "the move", |m| m.agenda[0].minutes == "Goedgekeurd.");
    app.step("\r");
    app.step(" Nog iets.");
    app.keys("\x1b");
    app.step("\x1a");
    let m =
        wait_until(root, "the move undone", |m| m.agenda[1].minutes == "Goedgekeurd. Nog iets.");
    assert_eq!(m.agenda[0].minutes, "Welkom.");
    assert_eq!(m.agenda[1].decisions.len(), 1);
    assert_eq!(m.agenda[0].title, "Opening en aanwezigheden");
    // And redone.
    app.step("\x19");
    wait_until(root, "the move redone", |m| m.agenda[0].minutes == "Goedgekeurd. Nog iets.");
    app.close_editor_and_quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_burst_of_four_thousand_keys_without_paste_arrives_whole() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("\r");
    let words = ["besluit", "stuurgroep", "regio", "cultuur", "actie"];
    let mut text = String::new();
    while text.chars().count() < 4_000 {
        text.push_str(words[text.len() % words.len()]);
        text.push(' ');
    }
    // All at once, as a terminal delivers keys typed (or sent) faster than it draws.
    app.keys(&text);
    wait_until(root, "the whole burst", |m| m.agenda[0].minutes == text);
    app.keys("\x1b");
    app.close_editor_and_quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_decision_left_with_esc_is_offered_again_and_reaches_the_file() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("b");
    app.wait_for("Besluit");
    app.step("De stuurgroep keurt de begroting goed");
    app.keys("\x1b");
    app.wait_for("Getypte tekst bewaard");
    app.step("b");
    app.wait_for("De stuurgroep keurt de begroting goed");
    app.step(" met een opmerking.\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.keys("\x1b");
    let m = wait_until(root, "the decision", |m| m.decisions().count() == 1);
    let (_, d) = m.decisions().next().unwrap();
    assert_eq!(d.text, "De stuurgroep keurt de begroting goed met een opmerking.");
    app.close_editor_and_quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn wrong_times_owners_votes_and_an_unsent_approval_are_refused_as_typed() {
    let dir = example_copy();
    let root = dir.path();
    // 25:70 and "half acht" as the start: asked again each time, with why.
    let mut app = new_meeting_at(root, &["25:70", "half acht"]);
    // An owner who is no member: never another member, but someone from outside by name.
    app.step("a");
    app.wait_for("Actiepunt: wat moet er gebeuren?");
    app.step("Offerte opvragen\r");
    app.wait_for("Eigenaar");
    app.step("griet\r");
    app.wait_for("Tegen wanneer?");
    app.keys("\x1b");
    // A decision with more votes than members present.
    app.step("b");
    app.wait_for("Besluit");
    app.step("De begroting wordt goedgekeurd.\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.step("sd2 od1\r");
    app.step("\t");
    app.step("v");
    app.wait_for("Stemming");
    app.step("40 0 0\r");
    app.wait_for("aanwezig voor dit punt: tel opnieuw");
    app.keys("\x1b");
    // Approving the previous minutes, never sent: asked, said so; ? is no answer.
    app.step("\t");
    app.step("g");
    app.wait_for("nooit verstuurd");
    app.step("?");
    app.wait_for("j (ja) of n (nee)?");
    app.step("n");
    app.close_editor_and_quit();
    let m = read(root).unwrap();
    assert_eq!(m.start, None, "no start time was taken");
    let owners: Vec<_> = m.action_items().map(|(_, a)| a.owner.clone()).collect();
    assert_eq!(owners, [stuurgroep::domain::meeting::Owner::Outside("griet".into())]);
    assert_eq!(m.decisions().next().map(|(_, d)| d.votes), Some(None));
    assert!(m.approves.is_empty());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_decision_has_paragraphs_with_alt_enter() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("b");
    app.wait_for("Besluit");
    app.step("Overwegende dat de begroting sluit;");
    // Alt-Enter: Esc and Enter at once, as a terminal sends it.
    app.step("\x1b\r");
    app.step("De stuurgroep keurt de begroting goed.\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.step("sd2 od1\r");
    let m = wait_until(root, "the decision", |m| m.decisions().count() == 1);
    let (_, d) = m.decisions().next().unwrap();
    assert_eq!(
        d.text,
        "Overwegende dat de begroting sluit;\nDe stuurgroep keurt de begroting goed."
    );
    // Opened again, both paragraphs are there to edit.
    app.step("\t");
    app.step("\r");
    app.wait_for("Tekst van het besluit");
    app.wait_for("Overwegende dat de begroting sluit;");
    app.step(" Eenparig.\r");
    let m = wait_until(root, "the edit", |m| {
        m.decisions().next().is_some_and(|(_, d)| d.text.ends_with("goed. Eenparig."))
    });
    assert!(
        m.decisions().next().unwrap().1.text.starts_with("Overwegende dat de begroting sluit;\n")
    );
    app.keys("\x1b");
    app.close_editor_and_quit();
}
