//! The editor's plan change written when the minutes are sent, on two real Syncthing
//! instances (see tests/syncthing.rs): sent on A, the plan arrives changed on B, shown there
//! (by `plan show`, and in a member's app left open) and `check` clean on both; sent on A
//! while the plan's writer changes the plan by a verb on B, the link down: after the sync
//! neither change is lost (one in the plan, the other in Syncthing's conflict copy), `check`
//! says so on both machines, and `plan apply` on B brings the decision's change back into the
//! plan; and, the link up, sent on A after B gave the code it renumbers to to a new
//! objective: refused with why, the minutes sent, the change kept on the decision, B's
//! objective untouched. Ignored by default: they need syncthing, curl and jq, which .ci/run
//! installs.

mod common;
mod pair;
mod pty;

use common::cli::{check, run_on, stderr, stdout};
use pair::Pair;
use pty::plan::{decision, read_plan, record, send};
use pty::{NEW, Term, open_new};
use std::path::Path;
use stuurgroep::domain::meeting::MinutesStatus;
use stuurgroep::domain::plan::{Plan, Planning};
use stuurgroep::store::format::parse;

/// The decision the secretary records the renumbering on.
const BY: &str = "2027-01-20-stuurgroep/1";

/// The app as Lotte (the secretary) on `root`, with its own config and cache in `cache`:
/// a new meeting whose decision renumbers SD1 OD3 to SD1 OD9, sent; `written` is what the
/// status line then says about the plan.
fn send_a_renumbering(root: &Path, cache: &Path, written: &str) {
    let mut app = record_a_renumbering(root, cache);
    send(&mut app);
    app.wait_for(written);
    app.close_editor_and_quit();
}

/// The app as Lotte on `root` (config and cache in `cache`), in a new meeting whose decision
/// renumbers SD1 OD3 to SD1 OD9, recorded, not sent.
fn record_a_renumbering(root: &Path, cache: &Path) -> Term {
    let mut app = pair::secretary_app(root, cache);
    app.wait_for("Doelstellingen");
    app.step("3");
    open_new(&mut app, "", "2027-01-20", &[]);
    decision(&mut app, "SD1 OD3 wordt SD1 OD9.", "sd1 od3");
    app.step("\t");
    record(&mut app, root, NEW, &["hernum", "sd1 od3", "9"], "SD1 OD9 (1 actie)");
    app
}

/// What `stuurgroep ARGS` printed on `root`, which must have succeeded.
fn shown(root: &Path, args: &[&str]) -> String {
    let out = run_on(root, args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Whether the plan has the renumbering of BY (SD1 OD3 → SD1 OD9).
fn renumbered(plan: &Plan) -> bool {
    plan.operational_by_id("od-communicatiestrategie")
        .is_some_and(|(sd, od)| od.code(sd).to_string() == "SD1 OD9")
}

/// Whether the plan has B's new planning of sd1od2-a2.
fn replanned(plan: &Plan) -> bool {
    let years = Some(Planning::Years(vec![2024, 2025]));
    plan.actions().any(|(_, a)| a.id.as_str() == "sd1od2-a2" && a.planning == years)
}

/// The Syncthing conflict copies of the plan in `root`'s data folder.
fn copies(root: &Path) -> Vec<String> {
    let names = std::fs::read_dir(root.join("data")).unwrap().filter_map(|e| e.ok());
    let names = names.map(|e| e.file_name().to_string_lossy().into_owned());
    names.filter(|n| n.starts_with("plan.sync-conflict-")).collect()
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_plan_change_sent_on_a_arrives_on_b() {
    let pair = Pair::up(93);
    let cache = tempfile::tempdir().unwrap();
    // A member on B has the objectives open meanwhile.
    let b = pair.b();
    let mut member = Term::start(&["--dir", b.to_str().unwrap(), "--as", "sofie-de-smet"]);
    member.wait_for("Dit is een Syncthing-map");
    member.step("n");
    member.wait_for("SD1 OD3 (Zoeken naar geschikte)");
    send_a_renumbering(&pair.a(), cache.path(), "data/plan.ron geschreven: besluit 1.");
    assert!(!renumbered(&read_plan(&b)), "not on B before the sync");
    pair.sync();
    assert!(renumbered(&read_plan(&b)));
    let on_b = shown(&b, &["plan", "show", "SD1 OD9"]);
    assert!(on_b.contains(&format!("hernummerd SD1 OD3 → SD1 OD9  ({BY})")), "{on_b}");
    // The member's app shows the new code without being restarted.
    member.wait_for("SD1 OD9 (Zoeken naar geschikte)");
    member.quit();
    for side in [pair.a(), pair.b()] {
        let (status, findings) = check(&side);
        assert_eq!(status, 0, "{}: {findings}", side.display());
        assert!(!findings.contains("planwijzigingen"), "{findings}");
        assert!(copies(&side).is_empty(), "{}", side.display());
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn sent_on_a_while_the_writer_changes_the_plan_on_b_loses_nothing() {
    let pair = Pair::up(94);
    let cache = tempfile::tempdir().unwrap();
    pair.pause();
    send_a_renumbering(&pair.a(), cache.path(), "data/plan.ron geschreven: besluit 1.");
    let verb = ["plan", "replan", "sd1od2-a2", "--planning", "2024, 2025"];
    let by = ["--by", "2022-10-11-stuurgroep/1", "--as", "lotte-verhaegen"];
    shown(&pair.b(), &[&verb[..], &by[..]].concat());
    pair.resume();
    pair.sync();

    // Both changes kept, one in the plan and one in the conflict copy, on both machines.
    for side in [pair.a(), pair.b()] {
        let copies = copies(&side);
        assert_eq!(copies.len(), 1, "{}: {copies:?}", side.display());
        let rel = format!("data/{}", copies[0]);
        let copy: Plan = parse(Path::new(&rel), &std::fs::read(side.join(&rel)).unwrap()).unwrap();
        let kept = read_plan(&side);
        assert!(renumbered(&kept) || renumbered(&copy), "A's change kept");
        assert!(replanned(&kept) || replanned(&copy), "B's change kept");
        // `check` names the copy, and the decision whose change the plan lacks, if it does.
        let (_, findings) = check(&side);
        let copy_named = "waarschuwing: conflictkopie van data/plan.ron (Syncthing)";
        assert!(findings.contains(copy_named), "{findings}");
        let lacks = format!(
            "de planwijzigingen van besluit {BY} staan niet in data/plan.ron \
             (stuurgroep plan apply 2027-01-20-stuurgroep)"
        );
        assert_eq!(findings.contains(&lacks), !renumbered(&kept), "{findings}");
    }
    // B's later write won: `plan apply` by the writer brings A's decision back in.
    let b = pair.b();
    assert!(replanned(&read_plan(&b)) && !renumbered(&read_plan(&b)));
    shown(&b, &["plan", "apply", "2027-01-20-stuurgroep", "--as", "lotte-verhaegen"]);
    let both = read_plan(&b);
    assert!(renumbered(&both) && replanned(&both));
    // The copy holds nothing the plan lacks now: removed, and after the sync all is clean.
    std::fs::remove_file(b.join("data").join(&copies(&b)[0])).unwrap();
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let plan = read_plan(&side);
        assert!(renumbered(&plan) && replanned(&plan), "{}", side.display());
        assert!(copies(&side).is_empty(), "{}", side.display());
        let (status, findings) = check(&side);
        assert_eq!(status, 0, "{}: {findings}", side.display());
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn sent_on_a_after_b_took_its_code_is_refused_and_loses_nothing() {
    let pair = Pair::up(95);
    let cache = tempfile::tempdir().unwrap();
    let mut app = record_a_renumbering(&pair.a(), cache.path());
    let add = ["plan", "add", "objective", "SD1 OD9", "--id", "od-nieuw-b", "--title", "Van B"];
    let by = ["--by", "2022-10-11-stuurgroep/1", "--as", "lotte-verhaegen"];
    shown(&pair.b(), &[&add[..], &by[..]].concat());
    pair.sync();
    send(&mut app);
    app.wait_for("Verstuurd; plan NIET geschreven: de code SD1 OD9 is al in gebruik");
    app.close_editor_and_quit();
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let plan = read_plan(&side);
        let (sd, od) = plan.operational_by_id("od-nieuw-b").expect("B's objective");
        assert_eq!(od.code(sd).to_string(), "SD1 OD9", "{}", side.display());
        assert!(!renumbered(&plan), "{}", side.display());
        assert!(copies(&side).is_empty(), "{}", side.display());
        let sent = pty::read_meeting(&side, NEW).expect("the minutes");
        assert!(matches!(sent.status, MinutesStatus::Sent { .. }), "{:?}", sent.status);
        assert_eq!(pty::plan::count(&sent), 1, "the change kept on the decision");
        let (_, findings) = check(&side);
        let lacks = format!("de planwijzigingen van besluit {BY} staan niet in data/plan.ron");
        assert!(findings.contains(&lacks), "{findings}");
    }
    // Applied later by the writer: refused as long as the code is taken, with why.
    let apply = ["plan", "apply", "2027-01-20-stuurgroep", "--as", "lotte-verhaegen"];
    let out = run_on(&pair.b(), &apply);
    assert_ne!(out.status.code(), Some(0));
    let why =
        "de code SD1 OD9 zou twee keer gebruikt worden (ook door od-nieuw-b); niets geschreven";
    assert!(stderr(&out).contains(why), "{}", stderr(&out));
}
