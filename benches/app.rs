//! The app on a 20-year history: search per keystroke (DESIGN.md §9: within a frame, 16 ms),
//! building the search haystacks, and one frame of each screen at 120×40.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use stuurgroep::i18n::Lang;
use stuurgroep::index::search::SearchIndex;
use stuurgroep::tui::action::Action;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::theme::Theme;

mod history;

fn bench(c: &mut Criterion) {
    let root = history::folder();
    let mut group = c.benchmark_group("app-20y");
    group.sample_size(10);
    // What the user waits for: the folder loaded, indexed and drawn once (the check and the
    // search haystacks follow on a thread of their own).
    group.bench_function("first frame 120x40", |b| {
        b.iter(|| {
            let folder = stuurgroep::store::load_folder(&root).unwrap();
            let ctx = Ctx::open(folder, Lang::Nl);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            let app = App::default();
            terminal
                .draw(|f| {
                    stuurgroep::tui::draw::draw(f, &app, &ctx, &Theme::new(false));
                })
                .unwrap();
        })
    });
    let ctx = Ctx::new(stuurgroep::store::load_folder(&root).unwrap(), Lang::Nl);
    group.bench_function("build search haystacks", |b| {
        b.iter(|| SearchIndex::build(&ctx.folder, &ctx.index))
    });
    let search = ctx.search();
    eprintln!("haystacks: {}", search.len());
    for query in ["u", "uitp", "uitpas", "kansentarief", "sd2 od3"] {
        let name = format!("search {query:?} from scratch");
        group.bench_function(name, |b| {
            b.iter(|| search.search(&ctx.folder, &ctx.index, query, None, 50))
        });
    }
    // A keystroke as the app handles it: narrowing the previous query's matches.
    for (before, after) in [("u", "ui"), ("uitp", "uitpa"), ("kansentarie", "kansentarief")] {
        let previous = search.matches(before, None, None);
        group.bench_function(format!("keystroke {before:?} -> {after:?}"), |b| {
            b.iter(|| {
                search.hits(
                    &ctx.folder,
                    &ctx.index,
                    &search.matches(after, None, Some(&previous)),
                    50,
                )
            })
        });
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let theme = Theme::new(false);
    keystrokes_to_frame(&ctx, &mut terminal, &theme);
    for (name, action) in [
        ("objectives", Action::Objectives),
        ("decisions", Action::Decisions),
        ("meetings", Action::Meetings),
        ("actions", Action::Actions),
    ] {
        let mut app = App::default();
        app.update(action, &ctx);
        group.bench_function(format!("frame {name} 120x40"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| {
                        stuurgroep::tui::draw::draw(f, &app, &ctx, &theme);
                    })
                    .unwrap();
            })
        });
    }
    group.finish();
}

/// The worst keystroke of real queries typed one char at a time, from the key to the frame
/// that shows its complete hits (the search bar's key, the narrowed search as the search
/// thread runs it, the frame drawn at 120×40): the slowest of five runs, printed.
fn keystrokes_to_frame(ctx: &Ctx, terminal: &mut Terminal<TestBackend>, theme: &Theme) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use std::time::{Duration, Instant};
    let press = |app: &mut App, code| {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        stuurgroep::tui::handle_key(app, key, ctx);
    };
    // Where a keystroke's time goes: matching, the hits' texts, the frame (one run).
    let search = ctx.search();
    let mut last = stuurgroep::index::search::Matches::default();
    for end in 1..=12 {
        let typed = &"kansentarief"[..end];
        let t0 = Instant::now();
        let m = search.matches(typed, None, Some(&last));
        let t1 = Instant::now();
        let hits = search.hits(&ctx.folder, &ctx.index, &m, 50);
        let t2 = Instant::now();
        eprintln!(
            "  {typed:<12} matched {:>6}  matches {:.2} ms  hits {:.2} ms ({})",
            m.len(),
            (t1 - t0).as_secs_f64() * 1000.0,
            (t2 - t1).as_secs_f64() * 1000.0,
            hits.len()
        );
        last = m;
    }
    for query in ["kansentarief", "uitpas", "sd2 od3", "drogenbos boekenstoet"] {
        let mut worst = (Duration::ZERO, String::new());
        for _ in 0..5 {
            let mut app = App::default();
            let mut searcher = stuurgroep::tui::searcher::Searcher::default();
            press(&mut app, KeyCode::Char('/'));
            for c in query.chars() {
                let start = Instant::now();
                press(&mut app, KeyCode::Char(c));
                let typed = app.search.as_ref().map(|s| s.query.clone()).unwrap_or_default();
                // As the search thread answers: the other kinds first; the minutes only
                // when they have a place among the hits, else matched after the frame, while
                // the user types the next key.
                let first = searcher.first(ctx, &typed);
                let complete = first.complete;
                let hits =
                    if complete { first.hits } else { searcher.with_minutes(ctx, &typed, first) };
                app.search_results(&typed, hits);
                terminal
                    .draw(|f| {
                        stuurgroep::tui::draw::draw(f, &app, ctx, theme);
                    })
                    .unwrap();
                let took = start.elapsed();
                if took > worst.0 {
                    worst = (took, typed.clone());
                }
                if complete {
                    searcher.prepare_minutes(ctx, &typed);
                }
            }
        }
        eprintln!(
            "keystroke to frame {query:?}: worst {:.2} ms (at {:?})",
            worst.0.as_secs_f64() * 1000.0,
            worst.1
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
