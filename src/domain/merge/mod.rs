//! Merging two versions of a meeting element by element, three-way against their common
//! ancestor: what changed on one side only is taken over, what both added (a decision, an
//! action item) is kept twice under distinct numbers, and what both changed differently is
//! left for the user to choose. Without an ancestor every difference is the user's choice.

mod align;

pub use align::{align, place_taken_items};

use super::ids::{ActionItemRef, MemberId};
use super::meeting::{ActionItem, AgendaItem, Decision, FollowUp, Meeting, Presence};
use std::collections::BTreeSet;

/// One element of a meeting that a merge compares on its own.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Element {
    /// Day, times, place, chair, secretary.
    Details,
    /// The status of the minutes.
    Status,
    /// One member's presence.
    Attendance(MemberId),
    /// The guests, as a list.
    Guests,
    /// The approvals recorded, as a list.
    Approvals,
    /// An agenda item's title, by its number.
    ItemTitle(u32),
    /// An agenda item's minutes, by its number.
    Minutes(u32),
    /// A decision, by its number.
    Decision(u32),
    /// An action item, by its number.
    Action(u32),
    /// The follow-up of an action item.
    FollowUp(ActionItemRef),
}

/// Who changed an element, against the ancestor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Only this copy of the file (the original, which the sync service kept).
    Ours,
    /// Only the conflict copy.
    Theirs,
    /// Both added one under the same number: both are kept.
    BothAdded,
    /// Both changed it, differently (or there is no ancestor to tell): the user chooses.
    Both,
}

/// How the user settles an element both sides changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The original's version.
    Ours,
    /// The conflict copy's version.
    Theirs,
    /// Both: for minutes, the original's text and then the copy's; for others, the original.
    Both,
}

/// One element that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// Which element.
    pub element: Element,
    /// Who changed it.
    pub side: Side,
}

/// Which of two values to keep.
fn pick<T: PartialEq>(
    ancestor: Option<Option<&T>>,
    ours: Option<&T>,
    theirs: Option<&T>,
) -> Option<Side> {
    if ours == theirs {
        return None;
    }
    let Some(base) = ancestor else { return Some(Side::Both) };
    Some(if ours == base {
        Side::Theirs
    } else if theirs == base {
        Side::Ours
    } else if base.is_none() && ours.is_some() && theirs.is_some() {
        Side::BothAdded
    } else {
        Side::Both
    })
}

/// Day, start, end, place, chair, secretary.
type Details = (
    chrono::NaiveDate,
    Option<chrono::NaiveTime>,
    Option<chrono::NaiveTime>,
    Option<String>,
    Option<MemberId>,
    Option<MemberId>,
);

/// A meeting seen as its elements.
struct Parts<'a> {
    m: &'a Meeting,
}

impl<'a> Parts<'a> {
    fn details(&self) -> Details {
        let m = self.m;
        (m.date, m.start, m.end, m.location.clone(), m.chair.clone(), m.secretary.clone())
    }
    fn presence(&self, who: &MemberId) -> Option<Presence> {
        self.m.attendance.iter().find(|a| &a.member == who).map(|a| a.presence)
    }
    fn item(&self, n: u32) -> Option<&'a AgendaItem> {
        self.m.agenda.iter().find(|i| i.number == n)
    }
    fn decision(&self, n: u32) -> Option<(u32, &'a Decision)> {
        self.m.decisions().find(|(_, d)| d.number == n).map(|(i, d)| (i.number, d))
    }
    fn action(&self, n: u32) -> Option<(u32, &'a ActionItem)> {
        self.m.action_items().find(|(_, a)| a.number == n).map(|(i, a)| (i.number, a))
    }
    fn follow_up(&self, r: &ActionItemRef) -> Option<(u32, &'a FollowUp)> {
        self.m.follow_ups().find(|(_, f)| &f.action == r).map(|(i, f)| (i.number, f))
    }
}

/// Every element either version has.
fn elements(versions: &[&Meeting]) -> BTreeSet<Element> {
    let mut all =
        BTreeSet::from([Element::Details, Element::Status, Element::Guests, Element::Approvals]);
    for m in versions {
        all.extend(m.attendance.iter().map(|a| Element::Attendance(a.member.clone())));
        for item in &m.agenda {
            all.insert(Element::ItemTitle(item.number));
            all.insert(Element::Minutes(item.number));
        }
        all.extend(m.decisions().map(|(_, d)| Element::Decision(d.number)));
        all.extend(m.action_items().map(|(_, a)| Element::Action(a.number)));
        all.extend(m.follow_ups().map(|(_, f)| Element::FollowUp(f.action.clone())));
    }
    all
}

/// Who changed `element`, if it differs. A decision or action item both added counts only
/// until the original holds the copy's under another number (an earlier merge put it there).
fn compare(element: &Element, a: Option<&Parts>, o: &Parts, t: &Parts) -> Option<Side> {
    let side = compare_values(element, a, o, t);
    let merged_before = match element {
        Element::Decision(n) => t.decision(*n).is_some_and(|(_, d)| {
            o.m.decisions().any(|(_, x)| Decision { number: d.number, ..x.clone() } == *d)
        }),
        Element::Action(n) => t.action(*n).is_some_and(|(_, a)| {
            o.m.action_items().any(|(_, x)| ActionItem { number: a.number, ..x.clone() } == *a)
        }),
        _ => false,
    };
    if merged_before && matches!(side, Some(Side::BothAdded | Side::Both)) { None } else { side }
}

fn compare_values(element: &Element, a: Option<&Parts>, o: &Parts, t: &Parts) -> Option<Side> {
    macro_rules! by {
        ($get:expr) => {{
            let get = $get;
            let base = a.map(|a| get(a));
            pick(base.as_ref().map(|b| b.as_ref()), get(o).as_ref(), get(t).as_ref())
        }};
    }
    match element {
        Element::Details => by!(|p: &Parts| Some(p.details())),
        Element::Status => by!(|p: &Parts| Some(p.m.status.clone())),
        Element::Attendance(who) => by!(|p: &Parts| p.presence(who)),
        Element::Guests => by!(|p: &Parts| Some(p.m.guests.clone())),
        Element::Approvals => by!(|p: &Parts| Some(p.m.approves.clone())),
        Element::ItemTitle(n) => by!(|p: &Parts| p.item(*n).map(|i| i.title.clone())),
        Element::Minutes(n) => by!(|p: &Parts| p.item(*n).map(|i| i.minutes.clone())),
        Element::Decision(n) => by!(|p: &Parts| p.decision(*n).map(|(i, d)| (i, d.clone()))),
        Element::Action(n) => by!(|p: &Parts| p.action(*n).map(|(i, a)| (i, a.clone()))),
        Element::FollowUp(r) => by!(|p: &Parts| p.follow_up(r).map(|(i, f)| (i, f.clone()))),
    }
}

/// The elements that differ between the original (`ours`) and the conflict copy (`theirs`),
/// and who changed each, against `ancestor` when it is known.
pub fn diff(ancestor: Option<&Meeting>, ours: &Meeting, theirs: &Meeting) -> Vec<Difference> {
    let (a, o, t) = (ancestor.map(|m| Parts { m }), Parts { m: ours }, Parts { m: theirs });
    elements(&[ours, theirs])
        .into_iter()
        .filter_map(|element| {
            compare(&element, a.as_ref(), &o, &t).map(|side| Difference { element, side })
        })
        .collect()
}

/// The merge of the two: the original with every one-sided change of the copy taken over and
/// every element both added kept twice; what both changed stays the original's, listed in the
/// returned differences for the user (settle them with [`settle`]).
pub fn merge(
    ancestor: Option<&Meeting>,
    ours: &Meeting,
    theirs: &Meeting,
) -> (Meeting, Vec<Difference>) {
    let mut merged = ours.clone();
    let mut open = Vec::new();
    for d in diff(ancestor, ours, theirs) {
        match d.side {
            Side::Ours => {}
            Side::Theirs => take(&mut merged, theirs, &d.element),
            Side::BothAdded => add_theirs(&mut merged, theirs, &d.element),
            Side::Both => open.push(d),
        }
    }
    (merged, open)
}

/// Settles an element both sides changed, in `merged`.
pub fn settle(merged: &mut Meeting, theirs: &Meeting, element: &Element, choice: Choice) {
    match (choice, element) {
        (Choice::Ours, _) => {}
        (Choice::Theirs, e) => take(merged, theirs, e),
        (Choice::Both, Element::Minutes(n)) => {
            let extra = Parts { m: theirs }.item(*n).map(|i| i.minutes.clone()).unwrap_or_default();
            if let Some(item) = merged.agenda.iter_mut().find(|i| i.number == *n) {
                item.minutes = format!("{}\n\n{extra}", item.minutes);
            }
        }
        (Choice::Both, e) => add_theirs(merged, theirs, e),
    }
}

/// Makes `element` in `merged` what it is in `theirs` (present or gone).
fn take(merged: &mut Meeting, theirs: &Meeting, element: &Element) {
    let t = Parts { m: theirs };
    match element {
        Element::Details => {
            (merged.date, merged.start, merged.end) = (theirs.date, theirs.start, theirs.end);
            merged.location = theirs.location.clone();
            merged.chair = theirs.chair.clone();
            merged.secretary = theirs.secretary.clone();
        }
        Element::Status => merged.status = theirs.status.clone(),
        Element::Guests => merged.guests = theirs.guests.clone(),
        Element::Approvals => merged.approves = theirs.approves.clone(),
        Element::Attendance(who) => {
            merged.attendance.retain(|a| &a.member != who);
            merged
                .attendance
                .extend(theirs.attendance.iter().filter(|a| &a.member == who).cloned());
        }
        Element::ItemTitle(n) | Element::Minutes(n) => {
            let Some(from) = t.item(*n) else {
                // Gone in the copy: only an empty item goes, so nothing in it is lost.
                merged.agenda.retain(|i| i.number != *n || !i.is_empty());
                return;
            };
            let into = item_mut(merged, *n, &from.title);
            if matches!(element, Element::ItemTitle(_)) {
                into.title = from.title.clone();
            } else {
                into.minutes = from.minutes.clone();
            }
        }
        Element::Decision(n) => {
            merged.agenda.iter_mut().for_each(|i| i.decisions.retain(|d| d.number != *n));
            if let Some((item, d)) = t.decision(*n) {
                item_of(merged, theirs, item).decisions.push(d.clone());
            }
        }
        Element::Action(n) => {
            merged.agenda.iter_mut().for_each(|i| i.actions.retain(|a| a.number != *n));
            if let Some((item, a)) = t.action(*n) {
                item_of(merged, theirs, item).actions.push(a.clone());
            }
        }
        Element::FollowUp(r) => {
            merged.agenda.iter_mut().for_each(|i| i.follow_ups.retain(|f| &f.action != r));
            if let Some((item, f)) = t.follow_up(r) {
                item_of(merged, theirs, item).follow_ups.push(f.clone());
            }
        }
    }
}

/// Adds the copy's `element` next to the original's: a decision or action item under the next
/// free number (its id was never seen by anyone but the copy's writer).
fn add_theirs(merged: &mut Meeting, theirs: &Meeting, element: &Element) {
    let t = Parts { m: theirs };
    match element {
        Element::Decision(n) => {
            if let Some((item, d)) = t.decision(*n) {
                let number = merged.decisions().map(|(_, d)| d.number).max().unwrap_or(0) + 1;
                let d = Decision { number, ..d.clone() };
                item_of(merged, theirs, item).decisions.push(d);
            }
        }
        Element::Action(n) => {
            if let Some((item, a)) = t.action(*n) {
                let number = merged.action_items().map(|(_, a)| a.number).max().unwrap_or(0) + 1;
                let a = ActionItem { number, ..a.clone() };
                item_of(merged, theirs, item).actions.push(a);
            }
        }
        Element::ItemTitle(n) | Element::Minutes(n) => {
            // An item both added under the same number: the copy's goes at the end.
            if let Some(item) = t.item(*n) {
                let number = merged.agenda.len() as u32 + 1;
                let item = AgendaItem {
                    minutes: item.minutes.clone(),
                    ..AgendaItem::new(number, item.title.clone())
                };
                merged.agenda.push(item);
            }
        }
        // Two follow-ups of one action, two presences of one member: the original's stays.
        _ => {}
    }
}

/// The merged meeting's item numbered `n`, added (titled `title`) when it has none.
fn item_mut<'a>(merged: &'a mut Meeting, n: u32, title: &str) -> &'a mut AgendaItem {
    if !merged.agenda.iter().any(|i| i.number == n) {
        merged.agenda.push(AgendaItem::new(n, title.to_owned()));
        merged.agenda.sort_by_key(|i| i.number);
    }
    let at = merged.agenda.iter().position(|i| i.number == n).unwrap_or(0);
    &mut merged.agenda[at]
}

/// The merged item for the copy's item `n`.
fn item_of<'a>(merged: &'a mut Meeting, theirs: &Meeting, n: u32) -> &'a mut AgendaItem {
    let title = Parts { m: theirs }.item(n).map(|i| i.title.clone()).unwrap_or_default();
    item_mut(merged, n, &title)
}

#[cfg(test)]
mod tests {
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
        };
        Meeting {
            version: 1,
            id: "2027-01-20-stuurgroep".into(),
            body: "stuurgroep".into(),
            date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
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
        assert_eq!(d, [Difference { element: Element::Decision(1), side: Side::BothAdded }]);
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
    fn the_same_text_changed_on_both_sides_is_the_users_choice() {
        let ancestor = base();
        let mut ours = base();
        ours.agenda[0].minutes = "A".into();
        let mut theirs = base();
        theirs.agenda[0].minutes = "B".into();
        let (mut merged, open) = merge(Some(&ancestor), &ours, &theirs);
        assert_eq!(open, [Difference { element: Element::Minutes(1), side: Side::Both }]);
        assert_eq!(merged.agenda[0].minutes, "A");
        settle(&mut merged, &theirs, &Element::Minutes(1), Choice::Both);
        assert_eq!(merged.agenda[0].minutes, "A\n\nB");
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
}
