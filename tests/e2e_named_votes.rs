//! A vote by name in a real terminal, with a second instance on the same folder: the secretary
//! records who voted how on a board decision (on disk at once, the counts following the
//! names); a second instance opens the meeting read-only, sees the counts, and its votes key
//! writes nothing; the first changes one vote, and nothing of it is lost.
#![cfg_attr(windows, allow(unused))]

mod common;
mod pty;

use stuurgroep::domain::meeting::{Meeting, Vote, Votes};

const BOARD: &str = "meetings/2027/2027-01-20-raad-van-bestuur.ron";

fn counts(m: &Meeting) -> Option<Votes> {
    m.decisions().next().and_then(|(_, d)| d.votes)
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn a_vote_by_name_is_written_seen_by_a_second_instance_and_not_written_by_it() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut first = pty::new_meeting_of(root, "Raad", &[]);
    // A decision under item 4, then its votes by name: two for, one against, the rest for.
    first.step("jjj");
    first.step("b");
    first.step("De begroting 2027 wordt goedgekeurd.\r");
    first.step("sd2 od1\r");
    first.step("\t");
    first.step("v");
    first.wait_for("Tab: bij naam");
    first.step("\t");
    first.wait_for("Stemming bij naam – besluit 1");
    first.step("vvt");
    first.wait_for("2 voor, 1 tegen, 0 onthoudingen · 12 nog niet");
    first.step("V\r");
    let m = pty::wait_until_at(root, BOARD, "the vote by name", |m| counts(m).is_some());
    assert_eq!(counts(&m), Some(Votes { yes: 14, no: 1, abstain: 0 }));
    let d = m.decisions().next().unwrap().1;
    assert_eq!(d.named_votes.len(), 15);
    assert_eq!(d.named_votes[2].vote, Vote::No);
    first.wait_for("14/1/0");
    let written = std::fs::read(root.join(BOARD)).unwrap();
    // A second instance on the folder: read-only, it shows the counts and writes nothing.
    let config = root.join("config.ron");
    let mut second = pty::Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config)],
    );
    second.wait_for("Doelstellingen");
    second.step("3");
    second.wait_for("2027-01-20");
    second.step("e");
    second.wait_for("overnemen? (j/n; n: alleen lezen)");
    second.step("n");
    second.wait_for("alleen lezen");
    second.step("jjj\t");
    second.wait_for("14/1/0");
    second.step("v");
    second.wait_for("Alleen lezen.");
    second.step("\x1b");
    second.close_editor_and_quit();
    assert_eq!(std::fs::read(root.join(BOARD)).unwrap(), written, "the second wrote");
    // The first changes the third member's vote to an abstention; the names stay whole.
    first.step("v\t");
    first.wait_for("Stemming bij naam – besluit 1");
    first.step("jjo\r");
    let m = pty::wait_until_at(root, BOARD, "the changed vote", |m| {
        counts(m).is_some_and(|v| v.abstain == 1)
    });
    assert_eq!(counts(&m), Some(Votes { yes: 14, no: 0, abstain: 1 }));
    assert_eq!(m.decisions().next().unwrap().1.named_votes.len(), 15);
    first.step("\x1b");
    first.close_editor_and_quit();
}
