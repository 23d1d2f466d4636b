//! Putting one element of the copy into the merged meeting: taken over in place, or added
//! beside the original's.

use super::Element;
use super::Parts;
use crate::domain::meeting::{ActionItem, AgendaItem, Decision, Meeting};

/// Makes `element` in `merged` what it is in `theirs` (present or gone).
pub(super) fn take(merged: &mut Meeting, theirs: &Meeting, element: &Element) {
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
                into.closed = from.closed;
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
        Element::ItemPresence(n) => {
            // Gone in the copy with its item: the item's other elements decide whether it goes.
            if let Some(from) = t.item(*n) {
                item_mut(merged, *n, &from.title).presence = from.presence.clone();
            }
        }
    }
}

/// Adds the copy's `element` next to the original's: a decision or action item under the next
/// free number (its id was never seen by anyone but the copy's writer).
pub(super) fn add_theirs(merged: &mut Meeting, theirs: &Meeting, element: &Element) {
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
                    title: item.title.clone(),
                    minutes: item.minutes.clone(),
                    closed: item.closed,
                    ..AgendaItem::new(number, String::new())
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
