//! The command line: one module per subcommand.

pub mod actions;
pub mod check;
pub mod choices;
pub mod conflicts;
mod conflicts_files;
pub mod decisions;
pub mod done;
pub mod export;
pub mod filters;
pub mod generate;
pub mod git_merge;
pub mod man;
pub mod plan;
mod plan_apply;
mod plan_change;
mod plan_show;
pub mod remind;
mod remind_mail;
pub mod search;
pub mod stdio;
pub mod strings;
pub mod summary;
pub mod update;

use crate::cli::strings::BadArgument as BadArgumentKind;
use crate::cli::strings::{bad_argument, members_unknown};
use crate::i18n::Lang;
use crate::store::strings::cannot_open;
use clap::{CommandFactory, Parser, Subcommand};

use std::path::{Path, PathBuf};

/// Minutes, decisions and the policy plan of an inter-municipal culture association.
#[derive(Debug, Parser)]
#[command(name = "stuurgroep", version, about)]
pub struct Cli {
    /// The folder to open (default: the current folder or the nearest one above it that
    /// holds data/plan.ron, else $STUURGROEP_DIR, else the folder in the config file, else
    /// the bundled example; `summary` says which).
    #[arg(long, global = true, value_name = "PATH")]
    pub dir: Option<PathBuf>,
    /// Language of the output: nl (default) or en; else taken from the locale.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Who you are (your member id), for writing minutes; else the config file's, else the
    /// app asks once.
    #[arg(long = "as", global = true, value_name = "MEMBER")]
    pub as_member: Option<String>,
    /// What to do; without a command, the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate every file of the folder: exit 0 when there is no error, 1 when there are
    /// errors, 2 when the folder cannot be read.
    ///
    /// Example: stuurgroep check --dir ~/Cultuurregio --json
    Check(check::Args),
    /// List action items by owner, municipality and status (derived from the follow-ups).
    ///
    /// Example: stuurgroep actions --municipality Halle --status open
    Actions(actions::Args),
    /// List decisions, filtered by body, period, objective (any of its codes), outcome.
    ///
    /// Example: stuurgroep decisions --od "SD1 OD2" --from 2020 --to 2021 --in-force
    Decisions(decisions::Args),
    /// Search decisions, action items, minutes and objectives (fuzzy, accents ignored).
    ///
    /// Example: stuurgroep search "uitpas" --kind decision --limit 5
    Search(search::Args),
    /// Export minutes or an agenda (md, html, odt, docx; the agenda also ics), the list of
    /// decisions (md, html, jsonld), the progress report (md, html, csv) or the calendar (ics).
    ///
    /// Example: stuurgroep export minutes 2021-03-16-stuurgroep --format html -o verslag.html
    Export(export::Args),
    /// List the sync services' conflict copies, what differs in each and who changed it;
    /// merge one with `conflicts merge COPY --auto`.
    ///
    /// Example: stuurgroep conflicts --json
    Conflicts(conflicts::Args),
    /// Print a shell completion script.
    ///
    /// Example: stuurgroep completions bash > ~/.local/share/bash-completion/completions/stuurgroep
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Write the manual pages of every command into DIR; without DIR, print the main page.
    ///
    /// One page per command (stuurgroep.1, stuurgroep-decisions.1,
    /// stuurgroep-export-minutes.1, …), each listed once written. Put DIR on MANPATH, or
    /// write into ~/.local/share/man/man1.
    ///
    /// Example: stuurgroep man ~/.local/share/man/man1 && man stuurgroep-decisions
    Man {
        /// The folder to write the pages into (made when missing).
        #[arg(value_name = "DIR")]
        pages: Option<PathBuf>,
    },
    /// Print which folder is open and how it was found, what it holds and its findings (what
    /// the app shows when output is not a terminal).
    ///
    /// Example: stuurgroep summary --lang en
    Summary,
    /// Generate a large history on the example's plan into a new folder (--dir), for
    /// benchmarks and trials.
    ///
    /// Example: stuurgroep generate --years 20 --dir /tmp/groot
    Generate(generate::Args),
    /// Git's merge driver for the folder's files: merges a meeting, the plan, the members or
    /// an update file element by element, as the conflicts view does; exit 0 when everything
    /// merged, 1 when a person must choose (their version kept as a conflict copy beside the
    /// file), 2 when a version cannot be read.
    #[command(after_help = GIT_SETUP)]
    GitMerge(git_merge::Args),
    /// Remind each owner of their action items that are overdue or due within --days (14),
    /// with the meeting and decisions they came from; as text, md, or one e-mail file each.
    ///
    /// Example: stuurgroep remind --on 2022-11-01 --format eml -o herinneringen
    Remind(remind::Args),
    /// Show the policy plan, or change it by decision: renumber, move, merge, split, demote,
    /// remove, add, retitle (each with --by DECISION), written to data/plan.ron under its lock.
    ///
    /// Example: stuurgroep plan renumber "SD1 OD3" 2 --by 2022-03-15-stuurgroep/2 --as lotte-verhaegen
    Plan(plan::Args),
    /// Report your own action item done, in your update file (as --as MEMBER, else the member
    /// you chose in the app); someone else's is refused.
    ///
    /// Example: stuurgroep done 2022-06-14-stuurgroep/A4 --note "Kalender staat vast"
    Done(done::Args),
    /// Report where your own action item stands (done, ongoing, dropped) with a note, in your
    /// update file; someone else's is refused.
    ///
    /// Example: stuurgroep update 2022-06-14-stuurgroep/A4 --status ongoing --note "Vijf data vast"
    Update(update::Args),
}

/// How to make git use `git-merge`, shown under its help.
const GIT_SETUP: &str = "Setup, in the repository:
  echo '*.ron merge=stuurgroep' >> .gitattributes
  git config merge.stuurgroep.name 'stuurgroep element merge'
  git config merge.stuurgroep.driver 'stuurgroep git-merge %O %A %B %P'";

/// The command line's definition as `--help`, the completions and the manual pages show it:
/// what `export` can write is listed from its format types, so no format is left out.
pub fn command() -> clap::Command {
    use clap::ValueEnum;
    fn names<T: ValueEnum>() -> String {
        let names = T::value_variants().iter().filter_map(|v| v.to_possible_value());
        names.map(|v| v.get_name().to_owned()).collect::<Vec<_>>().join(", ")
    }
    let about = format!(
        "Export minutes ({}), the list of decisions ({}), the progress report ({}) or the \
         calendar (ics)",
        names::<export::MinutesFormat>(),
        names::<export::ListFormat>(),
        names::<export::ReportFormat>(),
    );
    let example =
        "Example: stuurgroep export minutes 2021-03-16-stuurgroep --format html -o verslag.html";
    Cli::command().mut_subcommand("export", |export| {
        export.about(about.clone()).long_about(format!("{about}.\n\n{example}"))
    })
}

/// The parsed command line of this process; a wrong one is answered by clap (exit 2).
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    Cli::from_arg_matches(&command().get_matches()).unwrap_or_else(|e| e.exit())
}

/// Exit status of a command: 0 fine, 1 findings, 2 could not run.
pub type ExitCode = u8;

/// Runs the command line; returns the exit status.
pub fn run(cli: Cli) -> ExitCode {
    let lang = Lang::detect(cli.lang);
    stdio::speak(lang);
    match cli.command {
        Some(Command::Check(args)) => {
            check::run(&resolve_dir(cli.dir.as_deref(), lang), &args, lang)
        }
        Some(Command::Decisions(args)) => {
            decisions::run(&resolve_dir(cli.dir.as_deref(), lang), &args, lang)
        }
        Some(Command::Actions(args)) => {
            actions::run(&resolve_dir(cli.dir.as_deref(), lang), &args, lang)
        }
        Some(Command::Conflicts(args)) => {
            conflicts::run(&resolve_dir(cli.dir.as_deref(), lang), &args, lang)
        }
        Some(Command::Search(args)) => {
            search::run(&resolve_dir(cli.dir.as_deref(), lang), &args, lang)
        }
        Some(Command::Export(args)) => {
            export::run(&resolve_dir(cli.dir.as_deref(), lang), &args, lang)
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command(), "stuurgroep", &mut script);
            let result = std::io::Write::write_all(&mut std::io::stdout().lock(), &script);
            stdio::written("stuurgroep completions", result, 0)
        }
        Some(Command::Man { pages }) => man::run(pages.as_deref(), lang),
        Some(Command::Generate(args)) => generate::run(cli.dir.as_deref(), &args, lang),
        Some(Command::GitMerge(args)) => git_merge::run(&args, lang),
        Some(Command::Remind(args)) => remind::run(
            &resolve_dir(cli.dir.as_deref(), lang),
            &args,
            lang,
            cli.as_member.as_deref(),
        ),
        Some(Command::Plan(args)) => {
            plan::run(&resolve_dir(cli.dir.as_deref(), lang), &args, lang, cli.as_member)
        }
        Some(Command::Done(args)) => {
            done::run(&resolve_dir(cli.dir.as_deref(), lang), &args, cli.as_member.as_deref(), lang)
        }
        Some(Command::Update(args)) => update::run(
            &resolve_dir(cli.dir.as_deref(), lang),
            &args,
            cli.as_member.as_deref(),
            lang,
        ),
        Some(Command::Summary) => summary::run(locate(cli.dir.as_deref(), lang), lang),
        None => app(locate(cli.dir.as_deref(), lang), lang, cli.as_member),
    }
}

/// Opens the app on `dir`; when input or output is not a terminal, prints the summary.
fn app(located: (PathBuf, Source), lang: Lang, me: Option<String>) -> ExitCode {
    use std::io::IsTerminal;
    // The first frame waits for the plan, the members and the newest meetings (a small
    // folder whole, its unchanged documents from the cache); the rest loads behind it.
    use crate::store::load::{FIRST_MEETINGS, WHOLE_UP_TO, load_folder_first};
    let (folder, rest) = match load_folder_first(&located.0, WHOLE_UP_TO, FIRST_MEETINGS) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("stuurgroep: {}", cannot_open(lang, &e));
            return 2;
        }
    };
    let known =
        |id: &str| folder.members.as_ref().is_some_and(|m| m.value.member(&id.into()).is_some());
    if let Some(id) = me.as_deref().filter(|id| !known(id)) {
        if folder.members.is_none() {
            // Not an unknown member: the members cannot be known. Say which file and why.
            let members = Path::new(crate::store::document::MEMBERS_PATH);
            let broken = stdio::broken(&folder, lang).into_iter().find(|(p, _)| *p == members);
            let why = broken.map(|(_, line)| line).unwrap_or_else(|| {
                crate::check::strings::finding(
                    lang,
                    &crate::check::finding::FindingKind::NoMembersFile,
                )
            });
            eprintln!("stuurgroep --as: {}", members_unknown(lang, id));
            eprintln!("  {}", crate::text::printable(&why));
            return 2;
        }
        eprintln!("stuurgroep --as: {}", bad_argument(lang, BadArgumentKind::Member, id));
        return 2;
    }
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return summary::run(located, lang);
    }
    // A remembered member of another folder is no one here: the app asks.
    let remembered = remembered_member(lang).filter(|id| known(id));
    let start = crate::tui::run::Start {
        me: me.or(remembered).map(|m| m.as_str().into()),
        ctx: std::sync::Arc::new(crate::tui::ctx::Ctx::first(folder, lang, rest)),
    };
    match crate::tui::run(start) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("stuurgroep: {e}");
            2
        }
    }
}

/// Loads the folder at `dir`, or says on stderr why it cannot (then exit with 2).
pub fn open(dir: &Path, command: &str, lang: Lang) -> Result<crate::store::Folder, ExitCode> {
    crate::store::load_folder(dir).map_err(|e| {
        eprintln!("{command}: {}", cannot_open(lang, &e));
        2
    })
}

/// The folder to open (see [`locate`]); a settings file that cannot be read is said on
/// stderr in `lang`.
pub fn resolve_dir(dir: Option<&Path>, lang: Lang) -> PathBuf {
    locate(dir, lang).0
}

/// How the folder to open was found (defined with its words, which name it in the summary).
pub use crate::cli::strings::Found as Source;

/// The folder to open and how it was found: `--dir`, else the current folder or the nearest
/// folder above it that holds `data/plan.ron` (as git finds its repository, so a command run
/// in `meetings/2021` works on its folder), else `$STUURGROEP_DIR`, else the folder in the
/// user's config file, else the bundled example.
pub fn locate(dir: Option<&Path>, lang: Lang) -> (PathBuf, Source) {
    if let Some(dir) = dir {
        return (dir.to_owned(), Source::Given);
    }
    let holds_plan = |d: &Path| d.join(crate::store::document::PLAN_PATH).is_file();
    let here = PathBuf::from(".");
    if holds_plan(&here) {
        return (here, Source::Here);
    }
    // No current folder (deleted under us): nothing above it to find.
    if let Ok(cwd) = std::env::current_dir()
        && let Some(above) = cwd.ancestors().skip(1).find(|d| holds_plan(d))
    {
        return (above.to_owned(), Source::Above);
    }
    if let Some(dir) = std::env::var_os("STUURGROEP_DIR").filter(|d| !d.is_empty()) {
        return (PathBuf::from(dir), Source::Environment);
    }
    match user_config(lang).folder {
        Some(folder) => (folder, Source::Config),
        None => (bundled_example(), Source::Example),
    }
}

/// The member the user's settings remember, if any.
pub(crate) fn remembered_member(lang: Lang) -> Option<String> {
    user_config(lang).member.map(|m| m.to_string())
}

/// The user's settings; a broken settings file is named on stderr and the defaults used,
/// since it must not keep anyone from their folder.
pub fn user_config(lang: Lang) -> crate::config::Config {
    crate::config::load().unwrap_or_else(|e| {
        let why = crate::text::printable(&e.to_string());
        eprintln!("stuurgroep: {}", strings::config_unreadable(lang, &why));
        crate::config::Config::default()
    })
}

/// The example folder that ships with the source.
pub fn bundled_example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
