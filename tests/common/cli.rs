//! The binary as a user runs it, for the tests of the command line and the checks after an
//! end-to-end scenario: one clean environment, and its output as text.

use std::path::Path;
use std::process::{Command, Output};

/// The binary with a clean environment: no locale (Dutch, the default), no folder from the
/// environment, no user config.
pub fn command(args: &[&str]) -> Command {
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

/// [`command`] on the folder at `root`.
pub fn command_on(root: &Path, args: &[&str]) -> Command {
    let mut command = command(args);
    command.arg("--dir").arg(root);
    command
}

/// Runs [`command_on`]: what it printed and how it exited.
pub fn run_on(root: &Path, args: &[&str]) -> Output {
    command_on(root, args).output().expect("the binary runs")
}

/// `stuurgroep check` on the folder at `root`: its exit code and what it printed.
pub fn check(root: &Path) -> (i32, String) {
    let out = run_on(root, &["check"]);
    (out.status.code().unwrap_or(-1), stdout(&out))
}

/// What it printed on stdout.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What it printed on stderr.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
