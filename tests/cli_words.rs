//! The command line speaks like the app: plurals, Dutch and English filter values, bodies and
//! municipalities matched as search matches them, and the folder found from a subfolder.

mod common;

use common::cli::{command as bare, run_on, stderr, stdout};
use common::export::example_root;
use std::process::Output;

/// The binary on the bundled example, with a clean environment (no locale, no folder, no
/// config file).
fn stuurgroep(args: &[&str]) -> Output {
    run_on(example_root(), args)
}

/// The ids `--json` gives for these arguments (exit 0 asserted).
fn ids(args: &[&str]) -> Vec<String> {
    let out = stuurgroep(&[args, &["--json"]].concat());
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let list = value.as_array().expect("a list").iter();
    list.map(|d| d["id"].as_str().unwrap_or_default().to_owned()).collect()
}

/// The last line of what the command printed, and its exit status.
fn last_line(args: &[&str]) -> (String, Option<i32>) {
    let out = stuurgroep(args);
    let text = stdout(&out);
    (text.trim_end().lines().last().unwrap_or_default().to_owned(), out.status.code())
}

#[test]
fn counts_are_singular_for_one_and_plural_otherwise_in_both_languages() {
    let one_decision = ["decisions", "--outcome", "rejected", "--from", "2020-03-03", "--to"];
    let one_decision = [&one_decision[..], &["2020-03-03"]].concat();
    let one_action = ["actions", "--owner", "dirk-schepens"];
    let cases: [(&[&str], &str, &str); 4] = [
        (&one_decision, "1 besluit", "1 decision"),
        (&["decisions", "--outcome", "rejected"], "7 besluiten", "7 decisions"),
        (&one_action, "1 actiepunt", "1 action item"),
        (&["actions", "--status", "dropped"], "2 actiepunten", "2 action items"),
    ];
    for (args, nl, en) in cases {
        assert_eq!(last_line(args), (nl.to_owned(), Some(0)), "{args:?}");
        let english = [args, &["--lang", "en"]].concat();
        assert_eq!(last_line(&english), (en.to_owned(), Some(0)), "{args:?}");
    }
    let (check, _) = last_line(&["check"]);
    assert_eq!(check, "0 fouten, 0 waarschuwingen");
}

#[test]
fn outcome_and_status_take_dutch_and_english_words_in_any_case() {
    let adopted = ids(&["decisions", "--outcome", "adopted"]);
    assert!(adopted.len() > 50, "{}", adopted.len());
    for word in ["aangenomen", "Aangenomen", "ADOPTED"] {
        assert_eq!(ids(&["decisions", "--outcome", word]), adopted, "{word}");
    }
    assert_eq!(ids(&["decisions", "--outcome", "verworpen"]).len(), 7);
    assert_eq!(ids(&["decisions", "--outcome", "Uitgesteld"]).len(), 8);
    let overdue = ids(&["actions", "--status", "overdue"]);
    assert!(!overdue.is_empty());
    for word in ["achterstallig", "te laat", "Te-Laat"] {
        assert_eq!(ids(&["actions", "--status", word]), overdue, "{word}");
    }
    let done = ids(&["actions", "--status", "done"]);
    assert!(!done.is_empty() && done != overdue);
    assert_eq!(ids(&["actions", "--status", "klaar"]), done);
    assert_eq!(ids(&["actions", "--status", "afgerond"]), done);
    assert_eq!(
        ids(&["actions", "--status", "geschrapt"]),
        ids(&["actions", "--status", "dropped"])
    );
}

#[test]
fn an_unknown_outcome_or_status_lists_the_words_in_the_users_language() {
    let cases = [
        (
            vec!["decisions", "--outcome", "goedgekeurd"],
            "stuurgroep decisions: onbekende uitkomst \"goedgekeurd\": kies aangenomen, \
             verworpen, uitgesteld (of adopted, rejected, postponed)\n",
            "stuurgroep decisions: unknown outcome \"goedgekeurd\": choose adopted, rejected, \
             postponed (or aangenomen, verworpen, uitgesteld)\n",
        ),
        (
            vec!["actions", "--status", "bezig"],
            "stuurgroep actions: onbekende status \"bezig\": kies open, te laat, afgerond, \
             geschrapt (of overdue, done, dropped)\n",
            "stuurgroep actions: unknown status \"bezig\": choose open, overdue, done, dropped \
             (or te laat, afgerond, geschrapt)\n",
        ),
    ];
    for (args, nl, en) in cases {
        for (lang, expected) in [("nl", nl), ("en", en)] {
            let out = stuurgroep(&[&args[..], &["--lang", lang]].concat());
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert_eq!(stderr(&out), expected);
            assert!(out.stdout.is_empty());
        }
    }
}

#[test]
fn bodies_and_municipalities_are_found_by_their_names_as_search_finds_them() {
    let board = ids(&["decisions", "--body", "raad-van-bestuur"]);
    assert!(!board.is_empty());
    for name in ["Raad van bestuur", "raad van BESTUUR", "raad"] {
        assert_eq!(ids(&["decisions", "--body", name]), board, "{name}");
    }
    // A word that starts several names finds all of them.
    let bestuur = ids(&["decisions", "--body", "bestuur"]);
    let daily = ids(&["decisions", "--body", "dagelijks-bestuur"]);
    assert_eq!(bestuur.len(), board.len() + daily.len());
    let spl = ids(&["actions", "--municipality", "sint-pieters-leeuw"]);
    assert!(!spl.is_empty());
    for name in ["sint pieters leeuw", "Sint-Pieters-Leeuw", "SINT PIETERS", "leeuw"] {
        assert_eq!(ids(&["actions", "--municipality", name]), spl, "{name}");
    }
}

#[test]
fn an_unknown_body_or_municipality_lists_the_valid_ones_in_the_users_language() {
    let cases = [
        (
            ["decisions", "--body", "geheime raad"],
            "onbekend orgaan \"geheime raad\"; bekend zijn (id, naam):",
            "unknown body \"geheime raad\"; known are (id, name):",
            "raad-van-bestuur         Raad van bestuur",
        ),
        (
            ["actions", "--municipality", "Brussel"],
            "onbekende gemeente \"Brussel\"; bekend zijn (id, naam):",
            "unknown municipality \"Brussel\"; known are (id, name):",
            "sint-pieters-leeuw       Sint-Pieters-Leeuw",
        ),
    ];
    for (args, nl, en, listed) in cases {
        for (lang, head) in [("nl", nl), ("en", en)] {
            let out = stuurgroep(&[&args[..], &["--lang", lang]].concat());
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let err = stderr(&out);
            let first = err.lines().next().unwrap_or_default();
            assert_eq!(first, format!("stuurgroep {}: {head}", args[0]));
            assert!(err.lines().any(|l| l == format!("  {listed}")), "{err}");
            assert!(err.lines().skip(1).all(|l| l.starts_with("  ")), "{err}");
            assert!(out.stdout.is_empty());
        }
    }
}

/// Copies `from` into `to`, folders and files.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder to copy") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

#[test]
fn a_command_run_in_a_subfolder_finds_its_folder_above_it() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("Cultuurregio");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["data", "meetings"] {
        copy_dir(&example.join(sub), &root.join(sub));
    }
    // The copy differs from the example: one meeting fewer.
    std::fs::remove_file(root.join("meetings/2022/2022-10-11-stuurgroep.ron")).expect("removed");
    let deeper = root.join("meetings/2021/notities");
    std::fs::create_dir_all(&deeper).expect("a subfolder");
    let run = |args: &[&str], env_dir: Option<&std::path::Path>| {
        let mut c = bare(args);
        c.current_dir(&deeper);
        if let Some(d) = env_dir {
            c.env("STUURGROEP_DIR", d);
        }
        c.output().expect("the binary runs")
    };
    for (lang, found) in [("nl", "boven de huidige map"), ("en", "above the current folder")] {
        let out = run(&["summary", "--lang", lang], Some(example));
        let first = stdout(&out).lines().next().unwrap_or_default().to_owned();
        assert!(
            first.contains("Cultuurregio") && first.ends_with(&format!("({found})")),
            "{first}"
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let count = |out: Output| {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .expect("JSON")
            .as_array()
            .map(Vec::len)
    };
    let here = count(run(&["decisions", "--json"], None));
    let bundled = count(run(&["decisions", "--json", "--dir", env!("CARGO_MANIFEST_DIR")], None));
    assert_eq!(here.map(|n| n + 4), bundled, "the copy lacks the 4 decisions of 2022-10-11");
    // --dir still wins, and says so.
    let given = run(&["summary", "--lang", "en", "--dir", env!("CARGO_MANIFEST_DIR")], None);
    let first = stdout(&given).lines().next().unwrap_or_default().to_owned();
    assert!(!first.contains("Cultuurregio") && first.ends_with("(given with --dir)"), "{first}");
    // Outside any folder: the bundled example, named as such.
    let out = bare(&["summary"]).current_dir(tmp.path()).output().expect("the binary runs");
    let first = stdout(&out).lines().next().unwrap_or_default().to_owned();
    assert!(first.ends_with("(het meegeleverde voorbeeld)"), "{first}");
}

/// Every command's name as its page is called: "stuurgroep", "stuurgroep-export-minutes", …
fn page_names(command: &clap::Command, prefix: &str, out: &mut Vec<String>) {
    let name = if prefix.is_empty() {
        command.get_name().to_owned()
    } else {
        format!("{prefix}-{}", command.get_name())
    };
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        page_names(sub, &name, out);
    }
    out.push(name);
}

#[test]
fn man_writes_a_page_for_every_command_and_refers_to_no_other() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let pages = tmp.path().join("man1");
    let out = bare(&["man", pages.to_str().expect("a UTF-8 path")]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut expected = Vec::new();
    page_names(&stuurgroep::cli::command(), "", &mut expected);
    assert!(expected.len() > 15, "{expected:?}");
    for name in &expected {
        assert!(pages.join(format!("{name}.1")).is_file(), "{name}.1");
    }
    let listed = stdout(&out);
    assert_eq!(listed.lines().count(), expected.len(), "{listed}");
    // The pages are where the user asked, named as their system names paths.
    let first = format!("man1{}stuurgroep.1", std::path::MAIN_SEPARATOR);
    assert!(listed.lines().next().unwrap_or_default().ends_with(&first), "{listed}");
    // Every page a page refers to ("stuurgroep\-export(1)") is there.
    let mut references = 0;
    for entry in std::fs::read_dir(&pages).expect("the pages") {
        let page = std::fs::read_to_string(entry.expect("a page").path()).expect("roff text");
        for (at, _) in page.match_indices("(1)") {
            let word = page[..at].rsplit(char::is_whitespace).next().unwrap_or_default();
            let name = word.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "");
            assert!(pages.join(format!("{name}.1")).is_file(), "a reference to {name}(1)");
            references += 1;
        }
    }
    assert!(references >= 11, "the main page lists the commands: {references}");
    // The main page alone still goes to standard output.
    let main = bare(&["man"]).output().expect("runs");
    assert!(stdout(&main).contains(".TH stuurgroep 1") && !stdout(&main).contains("help(1)"));
}

#[test]
fn man_says_in_the_users_language_when_it_cannot_write() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let file = tmp.path().join("not-a-folder");
    std::fs::write(&file, "x").expect("a file");
    let shown = file.to_str().expect("a UTF-8 path");
    for (lang, start) in [
        ("nl", "stuurgroep man: kan de handleiding niet schrijven in "),
        ("en", "stuurgroep man: cannot write the manual pages into "),
    ] {
        let out = bare(&["man", shown, "--lang", lang]).output().expect("runs");
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).starts_with(start), "{}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn help_lists_every_format_and_every_filter_word() {
    let command = stuurgroep::cli::command();
    let export = command.find_subcommand("export").expect("export");
    let help = stdout(&bare(&["export", "--help"]).output().expect("runs"));
    let mut formats = 0;
    for what in export.get_subcommands() {
        let Some(format) = what.get_arguments().find(|a| a.get_id() == "format") else { continue };
        for value in format.get_possible_values() {
            formats += 1;
            let sub = stdout(&bare(&["export", what.get_name(), "--help"]).output().expect("runs"));
            assert!(sub.contains(value.get_name()), "export {} --help", what.get_name());
            assert!(help.contains(value.get_name()), "export --help omits {}", value.get_name());
        }
    }
    assert!(formats >= 9 && help.contains("odt") && help.contains("jsonld"), "{help}");
    let decisions = stdout(&bare(&["decisions", "--help"]).output().expect("runs"));
    assert!(decisions.contains("aangenomen") && decisions.contains("adopted"), "{decisions}");
    let actions = stdout(&bare(&["actions", "--help"]).output().expect("runs"));
    assert!(actions.contains("achterstallig") && actions.contains("overdue"), "{actions}");
}
