//! Search that answers, on the bundled example: every word of a query must match (in any
//! order, accents and case ignored, a typo forgiven) before anything is ranked; objectives
//! and decisions come first; each hit says what it is and shows its sentence cut between
//! words, in the command line and the app alike.

mod common;
mod screen;

use std::path::Path;
use stuurgroep::index::Index;
use stuurgroep::index::search::{Hit, Kind, SearchIndex, Target};
use stuurgroep::index::words::words;

/// The bundled example with its search: `search` runs a query as the app's engine does.
struct Example {
    folder: stuurgroep::store::Folder,
    index: Index,
    haystacks: SearchIndex,
}

impl Example {
    fn search(&self, query: &str, kind: Option<Kind>, limit: usize) -> Vec<Hit> {
        self.haystacks.search(&self.folder, &self.index, query, kind, limit)
    }
}

fn example() -> Example {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let index = Index::build(&folder);
    let haystacks = SearchIndex::build(&folder, &index);
    Example { folder, index, haystacks }
}

fn id(hit: &Hit) -> String {
    match &hit.target {
        Target::Objective(o) => o.to_string(),
        Target::Decision(d) => d.to_string(),
        Target::Action(a) => a.to_string(),
        Target::Minutes(m, item) => format!("{m}#{item}"),
    }
}

/// A query, the hit that must come first, and hits that must not appear at all.
struct Case {
    query: &'static str,
    first: &'static str,
    absent: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Neither this decision nor the next mentions the OCMW: they used to rank second.
    Case {
        query: "OCMW kansentarief",
        first: "2022-10-11-stuurgroep/1",
        absent: &["2022-06-14-stuurgroep/1", "2021-11-16-stuurgroep/2"],
    },
    Case {
        query: "kansentarief ocmw",
        first: "2022-10-11-stuurgroep/1",
        absent: &["2022-06-14-stuurgroep/1"],
    },
    // Boekenstoet decisions without Drogenbos stay out, in either word order.
    Case {
        query: "drogenbos boekenstoet",
        first: "2022-02-08-werkgroep-boekenstoet/2",
        absent: &["2022-02-08-werkgroep-boekenstoet/1", "2022-10-11-stuurgroep/3"],
    },
    Case {
        query: "boekenstoet drogenbos",
        first: "2022-02-08-werkgroep-boekenstoet/2",
        absent: &["2022-02-08-werkgroep-boekenstoet/1", "2022-10-11-stuurgroep/3"],
    },
    Case {
        query: "BOEKENSTOET Drogenbos",
        first: "2022-02-08-werkgroep-boekenstoet/2",
        absent: &[],
    },
    // Accents either way.
    Case { query: "initieren", first: "od-spreiden", absent: &[] },
    Case { query: "Initiëren", first: "od-spreiden", absent: &[] },
    // A typo in one word, the other right.
    Case {
        query: "boekenstot drogenbos",
        first: "2022-02-08-werkgroep-boekenstoet/2",
        absent: &["2022-10-11-stuurgroep/3"],
    },
    Case { query: "ocmw kansentarif", first: "2022-10-11-stuurgroep/1", absent: &[] },
    // Old codes: the objective that had the code, and what was decided under it.
    Case { query: "sd1 od5", first: "od-partners-kanalen", absent: &[] },
    Case { query: "sd1 od2", first: "od-actoren-drempels", absent: &["od-doelgroepen"] },
    Case { query: "sd2 od3", first: "od-doelgroepen", absent: &["od-actoren-drempels"] },
];

#[test]
fn each_query_puts_its_answer_first_and_leaves_the_unrelated_out() {
    let index = example();
    for case in CASES {
        let hits = index.search(case.query, None, 50);
        let ids: Vec<String> = hits.iter().map(id).collect();
        assert_eq!(ids.first().map(String::as_str), Some(case.first), "{}: {ids:?}", case.query);
        for absent in case.absent {
            assert!(!ids.iter().any(|i| i == absent), "{}: {absent} in {ids:?}", case.query);
        }
    }
}

#[test]
fn word_order_case_and_accents_change_nothing() {
    let index = example();
    let ids = |q: &str| index.search(q, None, 50).iter().map(id).collect::<Vec<_>>();
    assert_eq!(ids("drogenbos boekenstoet"), ids("boekenstoet drogenbos"));
    assert_eq!(ids("drogenbos boekenstoet"), ids("Boekenstoet DROGENBOS"));
    assert_eq!(ids("initiëren"), ids("INITIEREN"));
    assert_eq!(ids("uitpas"), ids("UiT-pas"));
}

#[test]
fn every_hit_holds_every_word_typed() {
    let index = example();
    for query in ["OCMW kansentarief", "drogenbos boekenstoet", "uitpas gooik", "digitale week"] {
        for hit in index.search(query, None, 200) {
            let form = words(&hit.text, None);
            for w in words(query, None).split(' ') {
                assert!(form.contains(w), "{query}: {} lacks {w}: {}", id(&hit), hit.text);
            }
            assert!(!hit.matched.is_empty(), "{query}: {} shows no match", id(&hit));
        }
    }
}

#[test]
fn objectives_and_decisions_come_before_action_items_and_those_before_minutes() {
    let index = example();
    let tier = |k: Kind| match k {
        Kind::Objective | Kind::Decision => 0,
        Kind::Action => 1,
        Kind::Minutes => 2,
    };
    for query in ["sd2 od3", "uitpas", "kansentarief", "boekenstoet"] {
        let hits = index.search(query, None, 200);
        let tiers: Vec<u8> = hits.iter().map(|h| tier(h.kind)).collect();
        assert!(tiers.windows(2).all(|w| w[0] <= w[1]), "{query}: {tiers:?}");
        assert!(hits.iter().any(|h| h.kind == Kind::Decision), "{query}");
    }
    // Within decisions matching alike, the newest first.
    let dates: Vec<_> = index
        .search("uitpas", Some(Kind::Decision), 40)
        .iter()
        .filter(|h| h.score == 30)
        .map(|h| h.about.date)
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}

#[test]
fn uitpas_finds_the_nineteen_decisions_that_mention_it_and_no_other() {
    let index = example();
    let hits = index.search("uitpas", Some(Kind::Decision), 40);
    assert_eq!(hits.len(), 19);
    for h in &hits {
        assert!(words(&h.text, None).contains("uitpas"), "{}", h.text);
    }
}

fn stuurgroep(args: &[&str]) -> String {
    let out = common::cli::run_on(Path::new(env!("CARGO_MANIFEST_DIR")), args);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `shown` (an excerpt without its ellipses) stands in `text` between words.
fn between_words(text: &str, shown: &str) -> bool {
    let flat = text.replace('\n', " ");
    flat.match_indices(shown).any(|(at, _)| {
        let before = flat[..at].chars().next_back();
        let after = flat[at + shown.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

#[test]
fn the_command_line_ranks_alike_and_says_what_each_hit_is() {
    let index = example();
    let out = stuurgroep(&["search", "OCMW kansentarief", "--limit", "6"]);
    let engine = index.search("OCMW kansentarief", None, 6);
    let lines: Vec<&str> = out.lines().collect();
    // Decisions first, each with its date, id, outcome and objective code.
    assert_eq!(lines[0], "Besluiten");
    assert!(
        lines[1].starts_with("  2022-10-11  2022-10-11-stuurgroep/1  aangenomen  SD1 OD1"),
        "{out}"
    );
    assert!(lines[1].ends_with("Stuurgroep bovenlokale cultuurwerking"), "{out}");
    let excerpts: Vec<&str> =
        lines.iter().filter(|l| l.starts_with("    ")).map(|l| l.trim()).collect();
    assert_eq!(excerpts.len(), engine.len());
    for (shown, hit) in excerpts.iter().zip(&engine) {
        let bare = shown.trim_start_matches('…').trim_end_matches('…');
        assert!(between_words(&hit.text, bare), "cut inside a word: {shown}");
        assert!(words(bare, None).contains("kansentarief"), "{shown}");
    }
}

#[test]
fn the_app_shows_each_hit_with_what_it_is_and_its_sentence() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let ctx = stuurgroep::tui::ctx::Ctx::new(folder, stuurgroep::i18n::Lang::Nl);
    let mut browser = screen::Browser::new(ctx);
    browser.keys("/sd2 od3");
    let (buffer, _) = browser.draw((120, 40));
    let rows: Vec<String> = (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect();
    let find = |needle: &str| rows.iter().position(|r| r.contains(needle));
    let decision = find("2022-06-14  2022-06-14-stuurgroep/4  aangenomen  SD2 OD2, SD2 OD3");
    let minutes = find("2021-03-16-stuurgroep punt 4");
    assert!(decision.is_some() && minutes.is_some(), "{}", rows.join("\n"));
    assert!(decision < minutes, "decisions above minutes:\n{}", rows.join("\n"));
    let sentence = rows[decision.unwrap_or(0) + 1].trim_matches(|c| c == '│' || c == ' ');
    assert!(sentence.starts_with("De cultuurcentra en gemeenschapscentra"), "{sentence}");
}
