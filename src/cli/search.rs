//! `stuurgroep search`: the app's fuzzy search from the command line.

use super::ExitCode;
use crate::i18n::Lang;
use crate::index::Index;
use crate::index::objectives::ObjectiveIndex;
use crate::index::search::{self, Hit, Kind, SearchIndex, Target};
use crate::index::strings::{Listing, listing, search_kind};
use crate::store::load::Folder;
use crate::text::printable;
use crate::tui::strings::browse::hit_heading;
use std::io::IsTerminal;
use std::path::Path;

/// Options of `search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to look for; accents and case do not matter ("initieren" finds "initiëren"), and a
    /// code ("sd2 od3") finds the objective under its earlier codes too.
    pub query: String,
    /// Only hits of this kind (the Dutch word works too: besluit, actiepunt, notulen,
    /// doelstelling).
    #[arg(long, value_enum, ignore_case = true)]
    pub kind: Option<KindArg>,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Print JSON, for scripts.
    #[arg(long)]
    pub json: bool,
}

/// `--kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Decisions.
    #[value(alias = "besluit", alias = "besluiten")]
    Decision,
    /// Action items.
    #[value(alias = "actiepunt", alias = "actiepunten")]
    Action,
    /// Minutes.
    #[value(alias = "notulen")]
    Minutes,
    /// Objectives.
    #[value(alias = "doelstelling", alias = "doelstellingen")]
    Objective,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Decision => Kind::Decision,
            KindArg::Action => Kind::Action,
            KindArg::Minutes => Kind::Minutes,
            KindArg::Objective => Kind::Objective,
        }
    }
}

/// Runs `search` on `dir`.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    // One query reads the meetings' records (cached by the files' hashes).
    match recorded(dir, args) {
        Some(Ok((folder, index, hits))) => return answer(args, lang, &folder, &index, &hits),
        Some(Err(e)) => return cannot_open(lang, &e),
        None => {}
    }
    // A record that could not be read again: the folder is read once more, whole.
    let folder = match super::stdio::open_cached(dir, "stuurgroep search", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let index = Index::build(&folder);
    let search = SearchIndex::build(&folder, &index);
    let hits = search.search(&folder, &index, &args.query, args.kind.map(Into::into), args.limit);
    answer(args, lang, &folder, &index, &hits)
}

/// Prints `hits`, and names the files that could not be read.
fn answer(args: &Args, lang: Lang, folder: &Folder, index: &Index, hits: &[Hit]) -> ExitCode {
    let incomplete = super::stdio::unreadable(folder, "stuurgroep search", lang);
    let text = if args.json {
        format!("{}\n", json(hits))
    } else {
        let bold = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        human(hits, lang, bold, index, folder)
    };
    super::stdio::answer("stuurgroep search", &text, incomplete)
}

/// The folder read for a search (its meetings left out), its index and the hits.
pub type Answer = (Folder, Index, Vec<Hit>);

/// The hits of one query read from the meetings' records, the folder (without its meetings)
/// and its index (the objectives only): each meeting file is read and hashed, its record
/// taken from the user's cache when its bytes are unchanged, else the meeting is parsed and
/// its record made (and cached); a word found nowhere is looked for as a typo of the records'
/// words, a code by the objectives it belonged to. None when the search index must answer
/// (nothing to look for, a record that cannot be read again).
pub fn recorded(dir: &Path, args: &Args) -> Option<Result<Answer, crate::store::load::OpenError>> {
    use crate::index::recorded::{RECORD_TAG, RecordQuery, Scanned};
    use crate::store::cache::Cache;
    let query = RecordQuery::new(&args.query, args.kind.map(Into::into))?;
    let cache = Cache::named(dir, "search");
    let scanned = std::sync::Mutex::new(Vec::<(std::path::PathBuf, Scanned)>::new());
    let wanted = |rel: &Path, _: &[u8], hash| {
        let found = cache.as_ref().and_then(|c| c.raw(RECORD_TAG, hash));
        let Some(found) = found.and_then(|record| query.scan(&record, hash)) else { return true };
        scanned.lock().map(|mut all| all.push((rel.to_owned(), found))).is_err()
    };
    let mut folder = match crate::store::load::load_folder_wanted_cached(dir, &wanted) {
        Ok(folder) => folder,
        Err(e) => return Some(Err(e)),
    };
    let mut scanned = scanned.into_inner().unwrap_or_default();
    for meeting in std::mem::take(&mut folder.meetings) {
        let Some((found, record)) = query.scan_meeting(&meeting.value, meeting.hash) else {
            continue;
        };
        if let Some(cache) = &cache {
            cache.keep_raw(RECORD_TAG, meeting.hash, record);
        }
        scanned.push((meeting.path, found));
    }
    scanned.sort_by(|a, b| a.0.cmp(&b.0));
    let scanned: Vec<Scanned> = scanned.into_iter().map(|(_, s)| s).collect();
    let objectives = folder.plan.as_ref().map(|p| ObjectiveIndex::build(&p.value));
    let index = Index { objectives: objectives.unwrap_or_default(), ..Index::default() };
    let fetch = |hash| cache.as_ref()?.raw(RECORD_TAG, hash);
    let hits = query.hits(&index.objectives, &scanned, args.limit, &fetch).or_else(|| {
        // A word found nowhere as typed: looked for as a typo in the records' words.
        let (query, scanned) = query.typos(&index.objectives, &scanned, &fetch)?;
        query.hits(&index.objectives, &scanned, args.limit, &fetch)
    });
    if Cache::worth_it(folder.files_read.saturating_sub(2)) {
        // A cache that cannot be written only makes the next search as slow as this one.
        let _ = cache.map(Cache::save);
    }
    let hits = hits?;
    Some(Ok((folder, index, hits)))
}

/// The folder cannot be opened: said on stderr, as every command says it.
fn cannot_open(lang: Lang, e: &crate::store::load::OpenError) -> ExitCode {
    eprintln!("stuurgroep search: {}", crate::store::strings::cannot_open(lang, e));
    2
}

/// Hits grouped by kind, best first within each: a line with the hit's date, id, body,
/// outcome and objectives, then the sentence that matched, cut between words, the matched
/// words in bold (on a terminal).
pub fn human(hits: &[Hit], lang: Lang, bold: bool, index: &Index, folder: &Folder) -> String {
    if hits.is_empty() {
        return format!("{}\n", listing(lang, Listing::NothingFound));
    }
    let members = folder.members.as_ref().map(|m| &m.value);
    let body_name = |b: &crate::domain::ids::BodyId| {
        members.and_then(|m| m.body(b)).map_or_else(|| b.to_string(), |b| b.name.clone())
    };
    let mut out = String::new();
    for kind in [Kind::Objective, Kind::Decision, Kind::Action, Kind::Minutes] {
        let group: Vec<&Hit> = hits.iter().filter(|h| h.kind == kind).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("{}\n", search_kind(lang, kind)));
        for hit in group {
            let heading = hit_heading(lang, hit, &index.objectives, &body_name);
            out.push_str(&format!("  {}\n    {}\n", printable(&heading), excerpt(hit, 74, bold)));
        }
    }
    out
}

/// The sentence of the hit's text that holds its first match, in at most `width` chars,
/// cut between words, with the matched chars in bold (on a terminal) or as they are.
fn excerpt(hit: &Hit, width: usize, bold: bool) -> String {
    let first = hit.matched.first().copied().unwrap_or(0);
    let part = search::excerpt(&hit.text, first, width);
    let mut out = String::new();
    if part.cut_before {
        out.push('…');
    }
    for (i, c) in hit.text.chars().enumerate().take(part.end).skip(part.start) {
        // A hostile char is shown as several (`\u{9b}`): the whole of it is marked.
        let shown = if c == '\n' { " ".to_owned() } else { printable(&c.to_string()) };
        if bold && hit.matched.contains(&i) {
            out.push_str(&format!("\u{1b}[1m{shown}\u{1b}[0m"));
        } else {
            out.push_str(&shown);
        }
    }
    if part.cut_after {
        out.push('…');
    }
    out
}

/// The hits as a JSON array.
pub fn json(hits: &[Hit]) -> String {
    let items: Vec<serde_json::Value> = hits
        .iter()
        .map(|h| {
            let (kind, id) = match &h.target {
                Target::Objective(id) => ("objective", id.to_string()),
                Target::Decision(d) => ("decision", d.to_string()),
                Target::Action(a) => ("action", a.to_string()),
                Target::Minutes(m, item) => ("minutes", format!("{m}#{item}")),
            };
            serde_json::json!({ "kind": kind, "id": id, "text": h.text, "matched": h.matched, "score": h.score })
        })
        .collect();
    crate::text::json(&items)
}
