//! The command line speaks like the app: plurals, Dutch and English filter values, bodies and
//! municipalities matched as search matches them, and the folder found from a subfolder.

use std::process::{Command, Output};

/// The binary on the bundled example, with a clean environment (no locale, no folder, no
/// config file).
fn stuurgroep(args: &[&str]) -> Output {
    let mut command = bare(args);
    command.args(["--dir", env!("CARGO_MANIFEST_DIR")]);
    command.output().expect("the binary runs")
}

/// The binary with a clean environment and no folder given.
fn bare(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stuurgroep"));
    command
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("STUURGROEP_DIR")
        .env("STUURGROEP_CONFIG", "/nonexistent/stuurgroep/config.ron");
    command
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
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
