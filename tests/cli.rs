//! The command line as a user runs it: output, language and exit status.

mod common;

use common::cli::{command, stderr, stdout};
use common::*;
use std::process::Output;

fn stuurgroep(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

#[test]
fn the_folder_comes_from_dir_then_here_then_the_environment_then_the_config_file() {
    let a = Fixture::new();
    let b = Fixture::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let config = elsewhere.path().join("config.ron");
    std::fs::write(&config, format!("(folder: {:?})\n", a.root())).unwrap();
    let run = |cwd: &std::path::Path, env_dir: Option<&std::path::Path>| {
        let mut c = command(&["summary"]);
        c.current_dir(cwd).env("STUURGROEP_CONFIG", &config);
        if let Some(d) = env_dir {
            c.env("STUURGROEP_DIR", d);
        }
        let out = c.output().unwrap();
        stdout(&out)
    };
    let name = |f: &Fixture| f.root().file_name().unwrap().to_string_lossy().into_owned();
    assert!(run(elsewhere.path(), None).contains(&name(&a)), "the config file's folder");
    assert!(run(elsewhere.path(), Some(b.root())).contains(&name(&b)), "STUURGROEP_DIR first");
    assert!(run(b.root(), None).contains(&name(&b)), "the current folder first");
    // A broken config file is named, and the app still opens (the bundled example).
    std::fs::write(&config, "(folder: 3").unwrap();
    let out = command(&["summary"])
        .current_dir(elsewhere.path())
        .env("STUURGROEP_CONFIG", &config)
        .output()
        .unwrap();
    assert!(stderr(&out).contains("config.ron:1:"), "{}", stderr(&out));
    assert!(stderr(&out).contains("instellingen niet gelezen, de standaard geldt"));
    assert_eq!(out.status.code(), Some(0));
    let out = command(&["summary", "--lang", "en"])
        .current_dir(elsewhere.path())
        .env("STUURGROEP_CONFIG", &config)
        .output()
        .unwrap();
    assert!(stderr(&out).contains("settings not read, the defaults hold"), "{}", stderr(&out));
}

#[test]
fn check_on_the_bundled_example_finds_no_error() {
    let out = stuurgroep(&["check", "--dir", env!("CARGO_MANIFEST_DIR")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("bestanden gelezen:"), "Dutch by default: {text}");
    assert!(text.contains("doelstellingen:") && text.contains("5 SD, 29 OD"), "{text}");
    assert!(text.trim_end().ends_with("0 fouten, 0 waarschuwingen"), "{text}");
}

#[test]
fn check_reports_findings_and_exits_1() {
    let f = Fixture::new();
    f.edit(M3, "owner: \"jan-claes\"", "owner: \"piet-x\"");
    let dir = f.root().to_str().unwrap();
    let out = stuurgroep(&["check", "--dir", dir, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(&format!("{M3}:")), "{text}");
    assert!(text.contains(": error: unknown member \"piet-x\""), "{text}");
    assert!(text.trim_end().ends_with("1 error, 0 warnings"), "{text}");
}

#[test]
fn check_json_is_for_scripts() {
    let f = Fixture::new();
    f.edit(M3, "owner: \"jan-claes\"", "owner: \"piet-x\"");
    let out = stuurgroep(&["check", "--dir", f.root().to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["errors"], 1);
    assert_eq!(json["counts"]["meetings"], 3);
    let finding = &json["findings"][0];
    assert_eq!(finding["code"], "unknown-member");
    assert_eq!(finding["path"], M3);
    assert!(finding["line"].as_u64().unwrap() > 1);
    assert_eq!(finding["severity"], "error");
}

#[test]
fn check_cannot_run_on_a_missing_or_foreign_folder() {
    let out = stuurgroep(&["check", "--dir", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).trim(), "stuurgroep check: /no/such/folder: deze map bestaat niet");
    let empty = tempfile::tempdir().unwrap();
    let out = stuurgroep(&["check", "--dir", empty.path().to_str().unwrap(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a stuurgroep folder (there is no data/plan.ron)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_arguments_exit_2() {
    let out = stuurgroep(&["check", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_locale_picks_english() {
    let mut command = command(&["check", "--dir", env!("CARGO_MANIFEST_DIR")]);
    let out = command.env("LANG", "en_GB.UTF-8").output().expect("the binary runs");
    assert!(stdout(&out).contains("files read:"), "{}", stdout(&out));
}

#[test]
fn escape_sequences_in_files_never_reach_the_terminal() {
    let f = Fixture::new();
    f.edit(M3, "owner: \"jan-claes\"", "owner: \"piet\u{1b}]0;pwned\u{7}\u{1b}[2J\"");
    f.edit("data/plan.ron", "title: \"Regiobib\"", "title: \"Regio\u{1b}[31mbib\"");
    for args in [vec!["check", "--dir"], vec!["--dir"]] {
        let mut args = args.clone();
        args.push(f.root().to_str().unwrap());
        let out = stuurgroep(&args);
        assert!(
            !out.stdout.contains(&0x1b) && !out.stdout.contains(&0x07),
            "{args:?}: {}",
            stdout(&out)
        );
        assert!(stdout(&out).contains("\\u{1b}"), "{args:?}: shown, visibly: {}", stdout(&out));
    }
}

#[test]
fn generate_writes_a_valid_history() {
    let out_dir = tempfile::tempdir().unwrap();
    let dir = out_dir.path().join("groot");
    let out = stuurgroep(&["generate", "--years", "1", "--dir", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains(" vergaderingen, "), "{}", stdout(&out));
    let check = stuurgroep(&["check", "--dir", dir.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(stdout(&check).trim_end().ends_with("0 errors, 0 warnings"), "{}", stdout(&check));
    let again = stuurgroep(&["generate", "--years", "1", "--dir", dir.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2), "never over an existing folder");
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    for sub in [
        "check",
        "decisions",
        "actions",
        "search",
        "export",
        "summary",
        "completions",
        "man",
        "generate",
    ] {
        let out = stuurgroep(&[sub, "--help"]);
        assert_eq!(out.status.code(), Some(0), "{sub}");
        assert!(stdout(&out).contains("Example: stuurgroep"), "{sub}: {}", stdout(&out));
    }
}

#[test]
fn completions_and_man_page_come_from_the_definitions() {
    let bash = stuurgroep(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0));
    assert!(stdout(&bash).contains("decisions") && stdout(&bash).contains("--in-force"));
    let man = stuurgroep(&["man"]);
    assert_eq!(man.status.code(), Some(0));
    assert!(stdout(&man).starts_with(".ie") && stdout(&man).contains(".TH stuurgroep 1"));
}

#[test]
fn an_unknown_member_for_as_is_refused() {
    let out = stuurgroep(&["--dir", env!("CARGO_MANIFEST_DIR"), "--as", "../etc/passwd"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--as: onbekend lid \"../etc/passwd\""), "{}", stderr(&out));
}
