//! The conflicts screen is live: copies that a sync brings appear while it is open, and copies
//! merged or put away elsewhere disappear, also from under an open merge.

mod pty;

use pty::example_copy;
use std::path::Path;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;

const ORIGINAL: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const COPY: &str = "meetings/2022/2022-10-11-stuurgroep.sync-conflict-20221012-093000-ABCDEFG.ron";
const MEMBERS_COPY: &str = "data/members.sync-conflict-20221012-093000-ABCDEFG.ron";

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn copies_appear_and_disappear_while_the_conflicts_screen_is_open() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut app = pty::Term::start_with(
        &["--dir", root.to_str().unwrap()],
        &[("XDG_CACHE_HOME", cache.path())],
    );
    app.wait_for("Doelstellingen");
    app.step("c");
    app.wait_for("Conflictkopieën (0)");
    // A copy of the members arrives, then one of the last meeting.
    let members = std::fs::read_to_string(root.join("data/members.ron")).unwrap();
    std::fs::write(root.join(MEMBERS_COPY), members.replace("Raad van bestuur", "RvB")).unwrap();
    app.wait_for("Conflictkopieën (1)");
    let mut theirs: Meeting =
        parse(Path::new(ORIGINAL), &std::fs::read(root.join(ORIGINAL)).unwrap()).unwrap();
    theirs.agenda[1].minutes.push_str("\nVan elders.");
    std::fs::write(root.join(COPY), stuurgroep::store::to_ron(&theirs).unwrap()).unwrap();
    app.wait_for("Conflictkopieën (2)");
    // Merging the meeting's copy while another machine settles it.
    app.step("j");
    app.step("\r");
    app.wait_for("agendapunt 2: notulen");
    std::fs::create_dir_all(root.join(".stuurgroep/resolved")).unwrap();
    std::fs::rename(root.join(COPY), root.join(".stuurgroep/resolved/elders.ron")).unwrap();
    app.wait_for("Elders samengevoegd of weggezet, niet meer in de map:");
    app.wait_for("Conflictkopieën (1)");
    std::fs::remove_file(root.join(MEMBERS_COPY)).unwrap();
    app.wait_for("Conflictkopieën (0)");
    app.keys("\x1b");
    app.wait_for("Doelstellingen");
    app.quit();
}
