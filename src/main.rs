//! `stuurgroep`: parse the command line, run, exit with the command's status.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = stuurgroep::cli::Cli::parse();
    std::process::ExitCode::from(stuurgroep::cli::run(cli))
}
