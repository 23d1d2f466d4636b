//! `remind --format eml` without `--from`: the user (the member the settings remember, or
//! `--as`) is the sender when the members file has their address; nobody known, no From.

mod common;

use common::cli::{command_on, stderr};
use common::export::example_copy;
use std::path::Path;

const FROM: &str = "From: Lotte Verhaegen <lotte.verhaegen@cultuurregio-pz.example>\r\n";

/// The first message `remind` writes for 2022-11-01 with `extra` arguments and `config`.
fn first_message(root: &Path, extra: &[&str], config: Option<&Path>) -> String {
    let out_dir = root.join("out");
    let mut command = command_on(root, &["remind", "--on", "2022-11-01", "--format", "eml"]);
    command.arg("-o").arg(&out_dir).args(extra);
    if let Some(config) = config {
        command.env("STUURGROEP_CONFIG", config);
    }
    let out = command.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut files: Vec<_> =
        std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let text = std::fs::read_to_string(&files[0]).unwrap();
    std::fs::remove_dir_all(&out_dir).unwrap();
    text
}

#[test]
fn the_configured_member_or_as_is_the_default_sender() {
    let tmp = example_copy();
    let root = tmp.path();
    assert!(first_message(root, &["--as", "lotte-verhaegen"], None).starts_with(FROM));
    let config = root.join("config.ron");
    std::fs::write(&config, "(member: \"lotte-verhaegen\")\n").unwrap();
    assert!(first_message(root, &[], Some(&config)).starts_with(FROM));
    // --from still wins; nobody known: no From, as before.
    let given = first_message(root, &["--as", "lotte-verhaegen", "--from", "info@x.example"], None);
    assert!(given.starts_with("From: info@x.example\r\n"), "{given}");
    let nobody = first_message(root, &[], None);
    assert!(!nobody.contains("From:"), "{nobody}");
}
