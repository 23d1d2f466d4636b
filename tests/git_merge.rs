//! `stuurgroep git-merge` as git's merge driver, against real `git merge` in a temporary
//! repository holding the bundled example: disjoint edits merge cleanly, an overlap stops the
//! merge with both versions kept where `check` and `conflicts` find them.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MEETING: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const MEMBERS: &str = "data/members.ron";
const BIN: &str = env!("CARGO_BIN_EXE_stuurgroep");

/// A repository with the example committed on `main` and the driver configured.
struct Repo {
    dir: tempfile::TempDir,
    home: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        let (dir, home) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let repo = Repo { dir, home };
        let example = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["data", "meetings"] {
            copy_dir(&example.join(sub), &repo.path().join(sub));
        }
        std::fs::write(repo.path().join(".gitattributes"), "*.ron merge=stuurgroep\n").unwrap();
        std::fs::write(repo.path().join(".gitignore"), ".stuurgroep/\n").unwrap();
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "merge.stuurgroep.name", "stuurgroep element merge"]);
        let driver = format!("'{BIN}' git-merge %O %A %B %P");
        repo.git(&["config", "merge.stuurgroep.driver", &driver]);
        repo.git(&["add", "-A"]);
        repo.git(&["commit", "-q", "-m", "example"]);
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn run_git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .current_dir(self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("XDG_CACHE_HOME", self.home.path())
            .env("LANG", "en_GB.UTF-8")
            .output()
            .unwrap()
    }

    fn git(&self, args: &[&str]) {
        let out = self.run_git(args);
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    /// Edits `rel` by replacing the first `from` with `to`, and commits on the current branch.
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} lacks {from:?}");
        std::fs::write(self.path().join(rel), text.replacen(from, to, 1)).unwrap();
        self.git(&["commit", "-q", "-am", "edit"]);
    }

    /// Branch `theirs` with `edit_theirs`, back on main with `edit_ours`, then `git merge`.
    fn merge(&self, edit_ours: impl Fn(&Repo), edit_theirs: impl Fn(&Repo)) -> Output {
        self.git(&["checkout", "-q", "-b", "theirs"]);
        edit_theirs(self);
        self.git(&["checkout", "-q", "main"]);
        edit_ours(self);
        self.run_git(&["merge", "--no-edit", "theirs"])
    }

    fn stuurgroep(&self, args: &[&str]) -> Output {
        common::cli::command_on(self.path(), args)
            .args(["--lang", "en"])
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("XDG_CACHE_HOME", self.home.path())
            .output()
            .unwrap()
    }

    /// The conflict copies beside `rel` in the working tree.
    fn copies(&self, rel: &str) -> Vec<PathBuf> {
        let at = self.path().join(rel);
        let stem = at.file_stem().unwrap().to_string_lossy().into_owned();
        let mut found: Vec<PathBuf> = std::fs::read_dir(at.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                name.starts_with(&format!("{stem}.sync-conflict-"))
                    && name.ends_with("-STUURGP.ron")
            })
            .collect();
        found.sort();
        found
    }

    fn assert_check_clean(&self) {
        let out = self.stuurgroep(&["check"]);
        let said = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "check: {said}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!said.contains("sync-conflict"), "{said}");
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else if entry.path().extension().is_some_and(|e| e == "ron") {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

const DECISION_END: &str = "\"od-actoren-drempels\",\n                    ],\n                ),\n";

/// A decision numbered 5 (the meeting has 1 to 4), added after the first one.
fn add_decision(repo: &Repo, text: &str) {
    let block = format!(
        "{DECISION_END}                (\n                    number: 5,\n                    text: \"{text}\",\n                    outcome: Adopted,\n                    objectives: [\n                        \"od-spreiden\",\n                    ],\n                ),\n"
    );
    repo.edit(MEETING, DECISION_END, &block);
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn disjoint_edits_of_one_meeting_merge_cleanly() {
    let repo = Repo::new();
    let out = repo.merge(
        |r| {
            r.edit(MEETING, "opent de vergadering en", "opent de vergadering om 19u35 en");
            add_decision(r, "Ons besluit over de zaalhuur.");
        },
        |r| {
            r.edit(MEETING, "zonder opmerkingen goedgekeurd", "met één opmerking goedgekeurd");
            add_decision(r, "Hun besluit over de energiepremie.");
        },
    );
    assert!(out.status.success(), "git merge: {}", String::from_utf8_lossy(&out.stderr));
    let merged = repo.read(MEETING);
    for both in [
        "opent de vergadering om 19u35 en",
        "met één opmerking goedgekeurd",
        "Ons besluit over de zaalhuur.",
        "Hun besluit over de energiepremie.",
    ] {
        assert!(merged.contains(both), "{both:?} is missing from the merge");
    }
    // Both decisions were 5: theirs got the next free number.
    assert!(merged.contains("number: 6,"), "{merged}");
    assert!(repo.copies(MEETING).is_empty());
    repo.assert_check_clean();
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn two_appended_paragraphs_merge_by_line() {
    let repo = Repo::new();
    let end = "trok 2.300 deelnemers.\n";
    let out = repo.merge(
        |r| r.edit(MEETING, end, &format!("{end}\nOnze aanvulling.\n")),
        |r| r.edit(MEETING, end, &format!("{end}\nHun aanvulling.\n")),
    );
    assert!(out.status.success(), "git merge: {}", String::from_utf8_lossy(&out.stderr));
    let merged = repo.read(MEETING);
    let (ours, theirs) =
        (merged.find("Onze aanvulling.").unwrap(), merged.find("Hun aanvulling.").unwrap());
    assert!(ours < theirs, "ours comes first");
    assert!(repo.copies(MEETING).is_empty());
    repo.assert_check_clean();
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn an_overlap_stops_the_merge_and_keeps_both_versions_for_conflicts() {
    let repo = Repo::new();
    let out = repo.merge(
        |r| {
            r.edit(MEETING, "opent de vergadering en", "opent de vergadering om 19u35 en");
            r.edit(MEETING, "zonder opmerkingen goedgekeurd", "met één opmerking goedgekeurd");
        },
        |r| r.edit(MEETING, "opent de vergadering en", "opent de vergadering om 19u40 en"),
    );
    assert!(!out.status.success(), "git merge must stop");
    let said =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("stuurgroep conflicts"), "{said}");
    let file = repo.read(MEETING);
    assert!(file.contains("om 19u35"), "ours stays in the file");
    assert!(file.contains("met één opmerking"), "what merged is in the file");
    let copies = repo.copies(MEETING);
    assert_eq!(copies.len(), 1, "one conflict copy beside the file");
    let copy = std::fs::read_to_string(&copies[0]).unwrap();
    assert!(copy.contains("om 19u40"), "theirs is in the copy");
    assert!(copy.contains("met één opmerking"), "the copy differs in the choice only");
    // git too still counts the file as unmerged.
    let status = repo.run_git(&["status", "--porcelain"]);
    assert!(String::from_utf8_lossy(&status.stdout).contains(&format!("UU {MEETING}")));

    assert_check_names(&repo, &copies[0]);
    let conflicts = repo.stuurgroep(&["conflicts", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&conflicts.stdout).unwrap();
    let items = listed.as_array().unwrap();
    assert_eq!(items.len(), 1, "{listed}");
    // Compared three-way against the ancestor git gave: the single choice is item 1's
    // minutes; the edit that merged is no difference.
    assert_eq!(items[0]["ancestor"], true, "{listed}");
    let differences = items[0]["differences"].as_array().unwrap();
    assert_eq!(differences.len(), 1, "{listed}");
    assert_eq!(differences[0]["side"], "both");
    assert!(differences[0]["copy"].as_str().unwrap().contains("19u40"), "{listed}");
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn disjoint_edits_of_the_members_merge_cleanly() {
    let repo = Repo::new();
    let out = repo.merge(
        |r| r.edit(MEMBERS, "Pajottenland-Zennevallei, regisseur", "Pajottenland, regisseur"),
        |r| r.edit(MEMBERS, "name: \"Sofie De Smet\"", "name: \"Sofie De Smet-Peeters\""),
    );
    assert!(out.status.success(), "git merge: {}", String::from_utf8_lossy(&out.stderr));
    let merged = repo.read(MEMBERS);
    assert!(merged.contains("Pajottenland, regisseur"));
    assert!(merged.contains("Sofie De Smet-Peeters"));
    assert!(repo.copies(MEMBERS).is_empty());
    repo.assert_check_clean();
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn the_same_member_changed_twice_keeps_both_for_a_choice() {
    let repo = Repo::new();
    let out = repo.merge(
        |r| r.edit(MEMBERS, "name: \"Sofie De Smet\"", "name: \"Sofie De Smet-Peeters\""),
        |r| r.edit(MEMBERS, "name: \"Sofie De Smet\"", "name: \"Sofie Desmet\""),
    );
    assert!(!out.status.success(), "git merge must stop");
    assert!(repo.read(MEMBERS).contains("Sofie De Smet-Peeters"));
    let copies = repo.copies(MEMBERS);
    assert_eq!(copies.len(), 1);
    assert!(std::fs::read_to_string(&copies[0]).unwrap().contains("Sofie Desmet"));
    assert_check_names(&repo, &copies[0]);
}

/// `check` reports the conflict copy (a warning: the folder still reads).
fn assert_check_names(repo: &Repo, copy: &Path) {
    let check = repo.stuurgroep(&["check"]);
    let said = String::from_utf8_lossy(&check.stdout);
    let name = copy.file_name().unwrap().to_string_lossy();
    assert!(said.contains(name.as_ref()), "check names {name}: {said}");
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn a_broken_version_is_named_and_leaves_git_its_own_conflict() {
    let repo = Repo::new();
    let out = repo.merge(
        |r| r.edit(MEETING, "status: Draft,", "status: Draft"),
        |r| r.edit(MEETING, "zonder opmerkingen goedgekeurd", "met één opmerking goedgekeurd"),
    );
    assert!(!out.status.success(), "git merge must stop");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&format!("{MEETING}:13:")), "line of the broken file: {said}");
    // Ours untouched: still the broken text, theirs not in it.
    let file = repo.read(MEETING);
    assert!(file.contains("status: Draft\n") && !file.contains("met één opmerking"));
    assert!(repo.copies(MEETING).is_empty());
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn approved_minutes_changed_on_both_branches_are_never_merged() {
    let repo = Repo::new();
    let approved = "meetings/2022/2022-06-14-stuurgroep.ron";
    let out = repo.merge(
        |r| r.edit(approved, "voor de ontvangst in De Ploter", "voor de ontvangst in Ternat"),
        |r| r.edit(approved, "zonder opmerkingen goedgekeurd", "met één opmerking goedgekeurd"),
    );
    assert!(!out.status.success(), "git merge must stop");
    let file = repo.read(approved);
    assert!(file.contains("ontvangst in Ternat") && !file.contains("met één opmerking"));
    let copies = repo.copies(approved);
    assert_eq!(copies.len(), 1);
    let copy = std::fs::read_to_string(&copies[0]).unwrap();
    assert!(copy.contains("met één opmerking") && !copy.contains("ontvangst in Ternat"));
    let conflicts = repo.stuurgroep(&["conflicts", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&conflicts.stdout).unwrap();
    assert_eq!(listed[0]["tampering"], true, "{listed}");
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn updates_appended_on_both_branches_merge_cleanly() {
    let repo = Repo::new();
    let updates = "data/updates/jolien-maes.ron";
    let entry = |date: &str, note: &str| {
        format!(
            "        (\n            action: \"2022-02-08-werkgroep-boekenstoet/A2\",\n            \
             date: \"{date}\",\n            status: Done,\n            note: \"{note}\",\n        \
             ),\n    ],\n)\n"
        )
    };
    let out = repo.merge(
        |r| r.edit(updates, "    ],\n)\n", &entry("2022-05-03", "Onze nota.")),
        |r| r.edit(updates, "    ],\n)\n", &entry("2022-05-10", "Hun nota.")),
    );
    assert!(out.status.success(), "git merge: {}", String::from_utf8_lossy(&out.stderr));
    let merged = repo.read(updates);
    assert!(merged.contains("Onze nota.") && merged.contains("Hun nota."), "{merged}");
    assert!(repo.copies(updates).is_empty());
    repo.assert_check_clean();
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn the_help_shows_the_setup() {
    let out = common::cli::command(&["git-merge", "--help"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(said.contains("*.ron merge=stuurgroep"), "{said}");
    assert!(said.contains("stuurgroep git-merge %O %A %B %P"), "{said}");
}

#[test]
#[cfg_attr(windows, ignore = "runs git, which wine cannot start")]
fn a_meeting_added_on_both_branches_keeps_both_versions() {
    let repo = Repo::new();
    let added = "meetings/2022/2022-12-13-stuurgroep.ron";
    let add = |r: &Repo, opening: &str| {
        let text = r.read(MEETING).replace("2022-10-11", "2022-12-13").replacen(
            "opent de vergadering en",
            opening,
            1,
        );
        std::fs::write(r.path().join(added), text).unwrap();
        r.git(&["add", added]);
        r.git(&["commit", "-q", "-m", "add"]);
    };
    let out = repo.merge(
        |r| add(r, "opent de vergadering om 19u35 en"),
        |r| add(r, "opent de vergadering om 19u40 en"),
    );
    assert!(!out.status.success(), "git merge must stop");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("cannot be read"), "no ancestor is no broken file: {said}");
    assert!(repo.read(added).contains("om 19u35"));
    let copies = repo.copies(added);
    assert_eq!(copies.len(), 1, "{said}");
    assert!(std::fs::read_to_string(&copies[0]).unwrap().contains("om 19u40"));
}
