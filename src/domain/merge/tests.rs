//! The merge of meetings, element by element.

use super::*;
use crate::domain::meeting::{MinutesStatus, Outcome};

fn base() -> Meeting {
    let item = |number: u32, title: &str| AgendaItem {
        number,
        title: title.into(),
        minutes: String::new(),
        decisions: Vec::new(),
        actions: Vec::new(),
        follow_ups: Vec::new(),
        closed: false,
        presence: Vec::new(),
    };
    Meeting {
        version: 1,
        id: "2027-01-20-stuurgroep".into(),
        body: "stuurgroep".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        planned_as: None,
        start: None,
        end: None,
        location: None,
        chair: None,
        secretary: None,
        status: MinutesStatus::Draft,
        attendance: Vec::new(),
        guests: Vec::new(),
        approves: Vec::new(),
        agenda: vec![item(1, "Opening"), item(2, "Varia")],
        edited_from: None,
        cancelled: false,
    }
}

fn decision(number: u32, text: &str) -> Decision {
    Decision {
        number,
        text: text.into(),
        outcome: Outcome::Adopted,
        votes: None,
        objectives: vec!["od-x".into()],
        amends: None,
        supersedes: None,
        public_summary: None,
        majority: None,
        unanimous: false,
        quorum_note: None,
        named_votes: Vec::new(),
        plan_changes: Vec::new(),
    }
}

#[test]
fn edits_of_different_items_are_both_kept() {
    let ancestor = base();
    let mut ours = base();
    ours.agenda[0].minutes = "A schreef dit.".into();
    let mut theirs = base();
    theirs.agenda[1].minutes = "B schreef dat.".into();
    let (merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert!(open.is_empty(), "{open:?}");
    assert_eq!(merged.agenda[0].minutes, "A schreef dit.");
    assert_eq!(merged.agenda[1].minutes, "B schreef dat.");
}

#[test]
fn a_decision_added_on_each_side_survives_with_distinct_numbers() {
    let ancestor = base();
    let mut ours = base();
    ours.agenda[1].decisions.push(decision(1, "Van A"));
    let mut theirs = base();
    theirs.agenda[1].decisions.push(decision(1, "Van B"));
    let d = diff(Some(&ancestor), &ours, &theirs);
    assert_eq!(d, [Difference::new(Element::Decision(1), Side::BothAdded)]);
    let (merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert!(open.is_empty());
    let all: Vec<(u32, &str)> =
        merged.decisions().map(|(_, d)| (d.number, d.text.as_str())).collect();
    assert_eq!(all, [(1, "Van A"), (2, "Van B")]);
    // Merging the merged original with the same copy again changes nothing.
    let (again, open) = merge(Some(&ancestor), &merged, &theirs);
    assert_eq!((again, open), (merged, vec![]));
}

#[test]
fn the_same_line_changed_on_both_sides_is_the_users_choice_of_that_stretch() {
    let mut ancestor = base();
    ancestor.agenda[0].minutes = "Begin.\nX\nEinde.".into();
    let mut ours = ancestor.clone();
    ours.agenda[0].minutes = "Begin.\nA\nEinde.".into();
    let mut theirs = ancestor.clone();
    theirs.agenda[0].minutes = "Begin.\nB\nEinde.\nSlot van B.".into();
    let (mut merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert_eq!(open.len(), 1, "{open:?}");
    let part = open[0].part.as_ref().unwrap();
    assert_eq!((part.hunk.ours.as_str(), part.hunk.theirs.as_str()), ("A", "B"));
    // What merged is in already; the stretch is the original's until chosen.
    assert_eq!(merged.agenda[0].minutes, "Begin.\nA\nEinde.\nSlot van B.");
    settle_all(&mut merged, &theirs, &open, &[Some(Choice::Both)]);
    assert_eq!(merged.agenda[0].minutes, "Begin.\nA\nB\nEinde.\nSlot van B.");
}

#[test]
fn both_writing_into_an_empty_item_keeps_both_with_no_question() {
    let ancestor = base();
    let mut ours = base();
    ours.agenda[0].minutes = "A".into();
    let mut theirs = base();
    theirs.agenda[0].minutes = "B".into();
    let d = diff(Some(&ancestor), &ours, &theirs);
    assert_eq!(d, [Difference::new(Element::Minutes(1), Side::Merged)]);
    let (merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert!(open.is_empty());
    assert_eq!(merged.agenda[0].minutes, "A\nB");
}

#[test]
fn without_an_ancestor_every_difference_is_the_users_choice() {
    let ours = base();
    let mut theirs = base();
    theirs.agenda[1].minutes = "B".into();
    theirs.location = Some("Halle".into());
    let sides: Vec<Side> = diff(None, &ours, &theirs).iter().map(|d| d.side).collect();
    assert_eq!(sides, [Side::Both, Side::Both]);
    let (merged, open) = merge(None, &ours, &theirs);
    assert_eq!((merged, open.len()), (ours, 2));
}

/// Opening, Varia, Slot: three items.
fn three() -> Meeting {
    let mut m = base();
    m.agenda.push(AgendaItem { number: 3, title: "Slot".into(), ..m.agenda[0].clone() });
    m
}

fn insert(m: &mut Meeting, at: usize, title: &str) {
    let item = AgendaItem { title: title.into(), ..m.agenda[0].clone() };
    m.agenda.insert(at, item);
    m.agenda.iter_mut().enumerate().for_each(|(k, i)| i.number = k as u32 + 1);
}

/// The merge as the app does it: aligned, merged, what was taken put in place.
fn merge_aligned(ancestor: &Meeting, ours: &Meeting, theirs: &Meeting) -> (Meeting, usize) {
    let (ancestor, theirs) = align(Some(ancestor), ours, theirs);
    let (mut merged, open) = merge(ancestor.as_ref(), ours, &theirs);
    let last = ours.agenda.iter().map(|i| i.number).max().unwrap_or(0);
    place_taken_items(&mut merged, &theirs, last);
    (merged, open.len())
}

fn titles_and_minutes(m: &Meeting) -> Vec<(u32, &str, &str)> {
    m.agenda.iter().map(|i| (i.number, i.title.as_str(), i.minutes.as_str())).collect()
}

#[test]
fn an_item_inserted_on_one_side_does_not_move_the_others_minutes() {
    let ancestor = three();
    let mut ours = three();
    insert(&mut ours, 1, "UiT-pas");
    ours.agenda[1].minutes = "Over de UiT-pas.".into();
    let mut theirs = three();
    theirs.agenda[1].minutes = "Varia van B.".into();
    theirs.agenda[1].decisions.push(decision(1, "Van B"));
    let (merged, open) = merge_aligned(&ancestor, &ours, &theirs);
    assert_eq!(open, 0);
    assert_eq!(
        titles_and_minutes(&merged),
        [
            (1, "Opening", ""),
            (2, "UiT-pas", "Over de UiT-pas."),
            (3, "Varia", "Varia van B."),
            (4, "Slot", "")
        ]
    );
    assert_eq!(merged.agenda[2].decisions[0].text, "Van B");
}

#[test]
fn an_item_the_copy_added_lands_where_the_copy_has_it() {
    let ancestor = three();
    let mut ours = three();
    ours.agenda[0].minutes = "Opening van A.".into();
    ours.agenda[2].minutes = "Slot van A.".into();
    let mut theirs = three();
    insert(&mut theirs, 1, "Begroting");
    theirs.agenda[1].minutes = "Begroting van B.".into();
    let (merged, open) = merge_aligned(&ancestor, &ours, &theirs);
    assert_eq!(open, 0);
    assert_eq!(
        titles_and_minutes(&merged),
        [
            (1, "Opening", "Opening van A."),
            (2, "Begroting", "Begroting van B."),
            (3, "Varia", ""),
            (4, "Slot", "Slot van A.")
        ]
    );
}

#[test]
fn a_renamed_item_keeps_its_place_and_gets_the_others_minutes() {
    let ancestor = three();
    let mut ours = three();
    ours.agenda[1].title = "Varia en rondvraag".into();
    let mut theirs = three();
    theirs.agenda[1].minutes = "Varia van B.".into();
    let (merged, open) = merge_aligned(&ancestor, &ours, &theirs);
    assert_eq!(open, 0);
    assert_eq!(merged.agenda[1].title, "Varia en rondvraag");
    assert_eq!(merged.agenda[1].minutes, "Varia van B.");
}

#[test]
fn what_cannot_be_matched_for_sure_is_asked_never_put_in_another_item() {
    let mut ancestor = three();
    insert(&mut ancestor, 1, "Leeg punt");
    let mut ours = ancestor.clone();
    ours.agenda.remove(1);
    ours.agenda.iter_mut().enumerate().for_each(|(k, i)| i.number = k as u32 + 1);
    ours.agenda[1].title = "Varia en rondvraag".into();
    let mut theirs = ancestor.clone();
    theirs.agenda[2].minutes = "Varia van B.".into();
    theirs.agenda[3].minutes = "Slot van B.".into();
    let (aligned_ancestor, aligned) = align(Some(&ancestor), &ours, &theirs);
    let (mut merged, open) = merge(aligned_ancestor.as_ref(), &ours, &aligned);
    // Removed and renamed in one stretch: which is which is not known, so it is asked.
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(merged.agenda.iter().all(|i| i.minutes != "Varia van B."));
    assert_eq!(merged.agenda[2].minutes, "Slot van B.");
    settle(&mut merged, &aligned, &open[0].element, Choice::Theirs);
    place_taken_items(&mut merged, &aligned, 3);
    assert_eq!(
        titles_and_minutes(&merged),
        [
            (1, "Opening", ""),
            (2, "Varia", "Varia van B."),
            (3, "Varia en rondvraag", ""),
            (4, "Slot", "Slot van B.")
        ]
    );
}

#[test]
fn a_one_sided_removal_is_taken_over() {
    let mut ancestor = base();
    ancestor.agenda[1].decisions.push(decision(1, "Weg"));
    let ours = ancestor.clone();
    let theirs = base();
    let (merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert!(open.is_empty() && merged.decisions().next().is_none());
}

#[test]
fn a_decision_both_added_is_renumbered_with_the_links_to_it() {
    use crate::domain::ids::DecisionRef;
    let ancestor = base();
    let mut ours = base();
    ours.agenda[1].decisions.push(decision(1, "Van A"));
    let mut theirs = base();
    theirs.agenda[1].decisions.push(decision(1, "Van B"));
    let amends = Some(DecisionRef::new(&theirs.id, 1));
    theirs.agenda[1].decisions.push(Decision { amends, ..decision(2, "B wijzigt zijn besluit 1") });
    let (renumbered, said) = renumber(Some(&ancestor), &ours, &theirs);
    let from_to: Vec<(u32, u32)> = said.iter().map(|r| (r.from, r.to)).collect();
    assert_eq!(from_to, [(1, 2), (2, 3)]);
    let (merged, open) = merge(Some(&ancestor), &ours, &renumbered);
    assert!(open.is_empty(), "{open:?}");
    let all: Vec<(u32, &str, Option<u32>)> = merged
        .decisions()
        .map(|(_, d)| (d.number, d.text.as_str(), d.amends.as_ref().map(|r| r.number())))
        .collect();
    assert_eq!(
        all,
        [(1, "Van A", None), (2, "Van B", None), (3, "B wijzigt zijn besluit 1", Some(2))]
    );
    // The same copy again, against the merge: nothing new, nothing renumbered.
    let (again, said) = renumber(Some(&ancestor), &merged, &theirs);
    assert!(said.is_empty(), "{said:?}");
    assert_eq!(merge(Some(&ancestor), &merged, &again), (merged, vec![]));
}

#[test]
fn a_follow_up_moves_with_the_action_item_it_follows() {
    use crate::domain::ids::ActionItemRef;
    use crate::domain::meeting::{FollowUp, FollowUpStatus};
    let ancestor = base();
    let action = |number: u32, text: &str| ActionItem {
        number,
        text: text.into(),
        owner: "jan".into(),
        due: None,
        objective: None,
    };
    let mut ours = base();
    ours.agenda[0].actions.push(action(1, "Van A"));
    let mut theirs = base();
    theirs.agenda[0].actions.push(action(1, "Van B"));
    theirs.agenda[1].follow_ups.push(FollowUp {
        action: ActionItemRef::new(&theirs.id, 1),
        status: FollowUpStatus::Done,
        note: "Gedaan.".into(),
    });
    let (renumbered, said) = renumber(Some(&ancestor), &ours, &theirs);
    assert_eq!(said, [Renumbered { kind: Numbered::Action, from: 1, to: 2 }]);
    let (merged, open) = merge(Some(&ancestor), &ours, &renumbered);
    assert!(open.is_empty(), "{open:?}");
    let follow_up = merged.follow_ups().next().map(|(_, f)| f.action.number());
    assert_eq!(follow_up, Some(2));
    let texts: Vec<(u32, &str)> =
        merged.action_items().map(|(_, a)| (a.number, a.text.as_str())).collect();
    assert_eq!(texts, [(1, "Van A"), (2, "Van B")]);
}

#[test]
fn a_decision_both_changed_in_different_fields_merges_and_one_field_both_changed_is_asked() {
    let mut ancestor = base();
    ancestor.agenda[1].decisions.push(decision(1, "De stuurgroep keurt het plan goed."));
    let mut ours = ancestor.clone();
    ours.agenda[1].decisions[0].outcome = Outcome::Postponed;
    let mut theirs = ancestor.clone();
    let text = &mut theirs.agenda[1].decisions[0].text;
    *text = format!("{text}\nMet dank aan de werkgroep.").into();
    let d = diff(Some(&ancestor), &ours, &theirs);
    assert_eq!(d, [Difference::new(Element::Decision(1), Side::Merged)]);
    let (merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert!(open.is_empty());
    let got = &merged.agenda[1].decisions[0];
    assert_eq!(got.outcome, Outcome::Postponed);
    assert_eq!(got.text, "De stuurgroep keurt het plan goed.\nMet dank aan de werkgroep.");
    // Both set another outcome: the decision is the user's choice, as a whole.
    theirs.agenda[1].decisions[0].outcome = Outcome::Rejected;
    let (_, open) = merge(Some(&ancestor), &ours, &theirs);
    assert_eq!(open, [Difference::new(Element::Decision(1), Side::Both)]);
}

#[test]
fn one_side_closing_an_item_and_writing_its_public_summary_is_kept() {
    let mut ancestor = base();
    ancestor.agenda[1].decisions.push(decision(1, "De coördinator krijgt een contract."));
    // A closes the item and writes the public summary; B writes minutes in another item.
    let mut ours = ancestor.clone();
    ours.agenda[1].closed = true;
    ours.agenda[1].decisions[0].public_summary = Some("Besluit over personeel.".into());
    let mut theirs = ancestor.clone();
    theirs.agenda[0].minutes = "B schreef dit.".into();
    for (o, t) in [(&ours, &theirs), (&theirs, &ours)] {
        let (merged, open) = merge(Some(&ancestor), o, t);
        assert!(open.is_empty(), "{open:?}");
        assert!(merged.agenda[1].closed, "the closing is kept whichever side made it");
        let summary = merged.agenda[1].decisions[0].public_summary.as_deref();
        assert_eq!(summary, Some("Besluit over personeel."));
        assert_eq!(merged.agenda[0].minutes, "B schreef dit.");
    }
    // Against the ancestor, the closing is one side's change of the item's title element.
    let d = diff(Some(&ancestor), &ours, &ancestor);
    assert_eq!(d.iter().filter(|x| x.element == Element::ItemTitle(2)).count(), 1, "{d:?}");
}

#[test]
fn who_leaves_the_room_for_an_item_merges_like_any_element() {
    use crate::domain::meeting::{Movement, PresenceChange};
    let out = |who: &str, change: Movement| PresenceChange { member: who.into(), change };
    let ancestor = base();
    // One side records a conflict of interest on item 2: taken over, nothing to choose.
    let ours = base();
    let mut theirs = base();
    let conflict = Movement::Conflict { reason: Some("eigen vzw".into()) };
    theirs.agenda[1].presence.push(out("tom", conflict.clone()));
    let (merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert!(open.is_empty(), "{open:?}");
    assert_eq!(merged.agenda[1].presence, [out("tom", conflict.clone())]);
    // Both record something else for the same item: the user chooses, the copy's is taken.
    let mut ours = base();
    ours.agenda[1].presence.push(out("tom", Movement::StepsOut));
    let d = diff(Some(&ancestor), &ours, &theirs);
    assert_eq!(d, [Difference::new(Element::ItemPresence(2), Side::Both)]);
    let (mut merged, open) = merge(Some(&ancestor), &ours, &theirs);
    assert_eq!(merged.agenda[1].presence, [out("tom", Movement::StepsOut)]);
    settle_all(&mut merged, &theirs, &open, &[Some(Choice::Theirs)]);
    assert_eq!(merged.agenda[1].presence, [out("tom", conflict)]);
    assert_eq!(
        strings::element(crate::i18n::Lang::Nl, &open[0].element),
        "agendapunt 2: wie binnenkomt of de zaal verlaat"
    );
}
