//! `stuurgroep man`: the manual pages, made from the command line's own definitions so they
//! never tell another story than `--help`.

use super::ExitCode;
use crate::i18n::Lang;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The command line as the pages describe it: without clap's `help` subcommand, which has
/// no page of its own (a page must not point to one that does not exist).
fn command() -> clap::Command {
    let mut command = super::command().disable_help_subcommand(true);
    command.build();
    command
}

/// Writes every page into `dir` and lists them, or prints the main page without `dir`.
pub fn run(dir: Option<&Path>, lang: Lang) -> ExitCode {
    let Some(dir) = dir else {
        // Rendered straight to standard output: its only failure is a write to it.
        let mut out = super::stdio::buffered_stdout();
        let result = clap_mangen::Man::new(command()).render(&mut out);
        return super::stdio::written("stuurgroep man", result.and_then(|()| out.flush()), 0);
    };
    match write_pages(dir) {
        Ok(written) => {
            let list: String = written
                .iter()
                .map(|p| format!("{}\n", crate::store::relpath::slashed(p)))
                .collect();
            super::stdio::answer("stuurgroep man", &list, 0)
        }
        Err(e) => {
            let shown = crate::store::relpath::slashed(dir).to_string();
            eprintln!("stuurgroep man: {}", crate::cli::strings::man_not_written(lang, &shown, &e));
            2
        }
    }
}

/// Writes one page per command and subcommand into `dir` (made when missing), each whole or
/// not at all; the paths written, the main page first.
pub fn write_pages(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut todo = vec![command()];
    while let Some(command) = todo.pop() {
        // Subcommands after their parent, in the order --help lists them.
        let subcommands: Vec<clap::Command> =
            command.get_subcommands().filter(|c| !c.is_hide_set()).cloned().collect();
        todo.extend(subcommands.into_iter().rev());
        let man = clap_mangen::Man::new(command);
        let mut page = Vec::new();
        man.render(&mut page)?;
        let path = dir.join(man.get_filename());
        crate::store::atomic::write_atomic(&path, &page)?;
        written.push(path);
    }
    Ok(written)
}
