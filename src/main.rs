//! `stuurgroep`: parse the command line, run, exit with the command's status.

fn main() -> std::process::ExitCode {
    let cli = stuurgroep::cli::parse();
    std::process::ExitCode::from(stuurgroep::cli::run(cli))
}
