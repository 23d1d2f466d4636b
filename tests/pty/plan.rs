//! Plan changes recorded on decisions in the editor, typed into the pseudo-terminal.

use super::{Term, read_meeting, wait_until_at};
use std::path::Path;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::domain::plan::Plan;
use stuurgroep::store::format::parse;

/// How many plan changes the decisions of `m` carry, together.
pub fn count(m: &Meeting) -> usize {
    m.decisions().map(|(_, d)| d.plan_changes.len()).sum()
}

/// A new decision saying `text` on the item in view, serving the objective typed as
/// `objective` (its code); the decision is then the one selected.
pub fn decision(app: &mut Term, text: &str, objective: &str) {
    app.step("b");
    app.step(&format!("{text}\r"));
    app.step(&format!("{objective}\r"));
}

/// `p` on the selected decision: the change the `answers` give (the kind first, then each
/// step, each followed by Enter), shown before and after (the after showing `shows`) with the
/// question in sight, recorded with `j`; waits until the meeting at `rel` has it on disk.
pub fn record(app: &mut Term, root: &Path, rel: &str, answers: &[&str], shows: &str) {
    let before = read_meeting(root, rel).map(|m| count(&m)).unwrap_or(0);
    app.step("p");
    app.wait_for("welke planwijziging?");
    for answer in answers {
        app.step(&format!("{answer}\r"));
    }
    app.wait_for("Na dit besluit:");
    app.wait_for(shows);
    app.wait_for("Vastleggen bij het besluit? (j/n)");
    app.step("j");
    wait_until_at(root, rel, &format!("{answers:?} recorded"), |m| count(m) == before + 1);
}

/// From the elements: to the agenda, `s`, and the sending confirmed.
pub fn send(app: &mut Term) {
    app.step("\x1b");
    app.step("s");
    app.wait_for("Verslag als verstuurd markeren?");
    app.step("j");
}

/// The plan on disk.
pub fn read_plan(root: &Path) -> Plan {
    let rel = Path::new("data/plan.ron");
    parse(rel, &std::fs::read(root.join(rel)).expect("the plan")).expect("a readable plan")
}
