//! A meeting whose action items or decisions are referred to from outside the meetings (an
//! owner's updates, the plan) keeps its date: those files are not rewritten, so the move is
//! refused with the file named, and nothing on disk changes.

mod pty;

use stuurgroep::i18n::Lang;
use stuurgroep::store::editing::{Opened, Workbench};
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::held::{editor, on};

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn an_owners_update_referring_to_it_keeps_the_date() {
    let dir = pty::example_copy();
    let root = dir.path();
    let ctx = Ctx::open(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
    let id = "2022-02-08-werkgroep-boekenstoet".into();
    let mut bench = Workbench::new(root);
    let Opened::Editor(opened) = bench.open(&on(&ctx), &"lotte-verhaegen".into(), &id, None) else {
        panic!("not opened")
    };
    let mut editor = editor(*opened);
    assert!(editor.read_only.is_none(), "{:?}", editor.read_only);
    let before = std::fs::read(root.join(&editor.rel)).unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2022, 2, 15).unwrap();
    let why = bench.redate(&mut editor, &on(&ctx), date).expect_err("refused");
    assert!(why.contains("data/updates/") && why.contains("de datum blijft"), "{why}");
    assert!(std::fs::read(root.join(&editor.rel)).unwrap() == before, "untouched");
    assert!(!root.join("meetings/2022/2022-02-15-werkgroep-boekenstoet.ron").exists());
    assert_eq!(editor.meeting.id.as_str(), "2022-02-08-werkgroep-boekenstoet");
    bench.close(&editor).unwrap();
}
