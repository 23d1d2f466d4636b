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

criterion_group!(benches, bench);
criterion_main!(benches);
