//! The owner's report popup offers their earlier report on the same action item (its status
//! and note) to build on, in a pseudo-terminal on a copy of the example.

mod pty;

use pty::{Term, example_copy, wait_on_disk};

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_second_report_starts_from_the_owners_earlier_one() {
    let dir = example_copy();
    let root = dir.path();
    let mut lotte = Term::start(&["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"]);
    lotte.wait_for("Doelstellingen");
    lotte.step("4");
    lotte.wait_for("Actiepunten (");
    lotte.step("tmakerspace-pilot\r");
    lotte.wait_for("Actiepunten (1)");
    // The first report: offered as done with an empty note.
    lotte.step("m");
    lotte.wait_for("[afgerond]");
    lotte.step("\tHelft van de scholen bezocht\r");
    let file = root.join("data/updates/lotte-verhaegen.ron");
    wait_on_disk(&file, "Helft van de scholen bezocht");
    // The next one starts from it: ongoing, the note there to add to.
    lotte.step("m");
    lotte.wait_for("[lopend]");
    lotte.wait_for("Helft van de scholen bezocht");
    lotte.step(", de rest in mei\r");
    wait_on_disk(&file, "Helft van de scholen bezocht, de rest in mei");
    lotte.quit();
}
