//! Documents number a meeting's decisions in agenda order, whatever their ids: after agenda
//! items were moved, the minutes say "Besluit 1, 2, 3", and the ids stay as they were.

use std::path::Path;
use stuurgroep::export::model::minutes_doc;
use stuurgroep::i18n::Lang;
use stuurgroep::index::Index;

#[test]
fn decisions_are_numbered_in_agenda_order_and_keep_their_ids() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let index = Index::build(&folder);
    let members = folder.members.as_ref().map(|m| &m.value);
    // The example meeting with the most decisions, its agenda turned around.
    let mut meeting = folder
        .meetings
        .iter()
        .map(|m| m.value.clone())
        .max_by_key(|m| m.decisions().count())
        .unwrap();
    assert!(meeting.decisions().count() >= 3);
    meeting.agenda.reverse();
    let doc = minutes_doc(&meeting, members, &index, "", Lang::Nl);
    let decisions: Vec<_> = doc.items.iter().flat_map(|i| &i.decisions).collect();
    let numbers: Vec<u32> = decisions.iter().map(|d| d.number).collect();
    let in_order: Vec<u32> = (1..=decisions.len() as u32).collect();
    assert_eq!(numbers, in_order);
    // The ids are the decisions' own, in the order they now stand.
    let ids: Vec<String> =
        meeting.decisions().map(|(_, d)| format!("{}/{}", meeting.id, d.number)).collect();
    assert_eq!(decisions.iter().map(|d| d.id.clone()).collect::<Vec<_>>(), ids);
    assert_ne!(ids.first(), Some(&format!("{}/1", meeting.id)), "the ids are not renumbered");
}
