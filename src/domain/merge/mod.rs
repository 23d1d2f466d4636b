//! Merging two versions of a meeting element by element, three-way against their common
//! ancestor: what changed on one side only is taken over, what both added (a decision, an
//! action item) is kept twice under distinct numbers, and what both changed differently is
//! left for the user to choose. Minutes both changed are merged by line ([`text`]), and only
//! the stretches that truly overlap are left to choose. Without an ancestor every difference is
//! the user's choice.

mod align;
mod apply;
mod fields;
use fields::{ByField, by_field, replace_action, replace_decision};
mod files;
pub mod members;
pub mod nodes;
pub mod plan;
mod renumber;
pub mod strings;
pub mod text;
pub mod updates;

pub use align::{align, place_taken_items};
use apply::{add_theirs, take};
pub use files::{FileContent, FileElement, merge_file};
pub use nodes::{FileDifference, FileMerge};
pub use renumber::{Elsewhere, Numbered, Renumbered, renumber};
pub use text::{Hunk, TextMerge, merge_text};

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
    /// Who arrives, leaves or steps out at an agenda item, by its number.
    ItemPresence(u32),
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
    /// Both changed a text in different places: merged line by line, nothing to choose.
    Merged,
    /// Without an ancestor, only one version has it (of the plan, the members, an update
    /// file): kept, so nothing is lost.
    Kept,
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
    /// For minutes both changed where stretches overlap: which stretch this difference is.
    pub part: Option<TextPart>,
}

impl Difference {
    /// A difference of a whole element.
    pub fn new(element: Element, side: Side) -> Self {
        Self { element, side, part: None }
    }
}

/// One overlapping stretch of a text both sides changed, chosen on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPart {
    /// Which stretch, from 0.
    pub index: usize,
    /// How many stretches the text has to choose.
    pub count: usize,
    /// The stretch's two versions.
    pub hunk: Hunk,
    /// The whole text merged, to settle with every stretch's choice.
    pub merge: TextMerge,
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
            all.insert(Element::ItemPresence(item.number));
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
        // Whether the item is closed travels with its title: one element, "how the item is
        // announced".
        Element::ItemTitle(n) => by!(|p: &Parts| p.item(*n).map(|i| (i.title.clone(), i.closed))),
        Element::Minutes(n) => by!(|p: &Parts| p.item(*n).map(|i| i.minutes.clone())),
        Element::Decision(n) => by!(|p: &Parts| p.decision(*n).map(|(i, d)| (i, d.clone()))),
        Element::Action(n) => by!(|p: &Parts| p.action(*n).map(|(i, a)| (i, a.clone()))),
        Element::FollowUp(r) => by!(|p: &Parts| p.follow_up(r).map(|(i, f)| (i, f.clone()))),
        Element::ItemPresence(n) => by!(|p: &Parts| p.item(*n).map(|i| i.presence.clone())),
    }
}

/// The elements that differ between the original (`ours`) and the conflict copy (`theirs`),
/// and who changed each, against `ancestor` when it is known.
pub fn diff(ancestor: Option<&Meeting>, ours: &Meeting, theirs: &Meeting) -> Vec<Difference> {
    let (a, o, t) = (ancestor.map(|m| Parts { m }), Parts { m: ours }, Parts { m: theirs });
    let mut out = Vec::new();
    for element in elements(&[ours, theirs]) {
        let Some(side) = compare(&element, a.as_ref(), &o, &t) else { continue };
        match (&element, side) {
            (Element::Minutes(n), Side::Both) => out.extend(minutes(*n, a.as_ref(), &o, &t)),
            (Element::Decision(_) | Element::Action(_), Side::Both)
                if by_field(&element, a.as_ref(), &o, &t).is_some() =>
            {
                out.push(Difference::new(element, Side::Merged))
            }
            _ => out.push(Difference::new(element, side)),
        }
    }
    out
}

/// The minutes of item `n`, changed on both sides, merged by line: merged as a whole, or one
/// difference per stretch to choose. An item one side removed stays a choice as a whole.
fn minutes(n: u32, a: Option<&Parts>, o: &Parts, t: &Parts) -> Vec<Difference> {
    let element = Element::Minutes(n);
    let (Some(ours), Some(theirs)) = (o.item(n), t.item(n)) else {
        return vec![Difference::new(element, Side::Both)];
    };
    let base = a.map(|a| a.item(n).map_or("", |i| i.minutes.as_str()));
    let merge = merge_text(base, &ours.minutes, &theirs.minutes);
    let hunks = merge.hunks();
    if hunks.is_empty() {
        return vec![Difference::new(element, Side::Merged)];
    }
    let count = hunks.len();
    hunks
        .into_iter()
        .enumerate()
        .map(|(index, hunk)| Difference {
            element: element.clone(),
            side: Side::Both,
            part: Some(TextPart { index, count, hunk, merge: merge.clone() }),
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
            // A meeting's diff never says Kept: without an ancestor everything is a choice.
            Side::Ours | Side::Kept => {}
            Side::Theirs => take(&mut merged, theirs, &d.element),
            Side::BothAdded => add_theirs(&mut merged, theirs, &d.element),
            Side::Merged => {
                let parts = ancestor.map(|m| Parts { m });
                match by_field(&d.element, parts.as_ref(), &Parts { m: ours }, &Parts { m: theirs })
                {
                    Some(ByField::Decision(d)) => replace_decision(&mut merged, d),
                    Some(ByField::Action(a)) => replace_action(&mut merged, a),
                    None => {
                        let text = merged_minutes(&d.element, ancestor, ours, theirs);
                        set_minutes(&mut merged, &d.element, &text);
                    }
                }
            }
            Side::Both => {
                // The stretches that merged go in now; the overlapping ones stay the original's.
                if let Some(part) = &d.part {
                    set_minutes(&mut merged, &d.element, &part.merge.resolve(&[]));
                }
                open.push(d)
            }
        }
    }
    (merged, open)
}

/// The line merge of the minutes `element` names, the original's where stretches overlap.
fn merged_minutes(
    element: &Element,
    ancestor: Option<&Meeting>,
    ours: &Meeting,
    theirs: &Meeting,
) -> String {
    let Element::Minutes(n) = element else { return String::new() };
    let text = |m: &Meeting| Parts { m }.item(*n).map(|i| i.minutes.clone()).unwrap_or_default();
    let base = ancestor.map(text);
    merge_text(base.as_deref(), &text(ours), &text(theirs)).resolve(&[])
}

/// Settles every difference the user chose for (`choices` in step with `differences`), in
/// `merged`: whole elements as [`settle`] does, a text's stretches all at once.
pub fn settle_all(
    merged: &mut Meeting,
    theirs: &Meeting,
    differences: &[Difference],
    choices: &[Option<Choice>],
) {
    for (d, choice) in differences.iter().zip(choices) {
        match (&d.part, choice) {
            (None, Some(choice)) if d.side == Side::Both => {
                settle(merged, theirs, &d.element, *choice)
            }
            (Some(part), _) if part.index == 0 => {
                // Every stretch of this text, in order, with the choice made for it.
                let chosen: Vec<Choice> = differences
                    .iter()
                    .zip(choices)
                    .filter(|(x, _)| x.element == d.element && x.part.is_some())
                    .map(|(_, c)| c.unwrap_or(Choice::Ours))
                    .collect();
                set_minutes(merged, &d.element, &part.merge.resolve(&chosen));
            }
            _ => {}
        }
    }
}

/// Sets the minutes of the item `element` names, in `merged`.
fn set_minutes(merged: &mut Meeting, element: &Element, text: &str) {
    if let Element::Minutes(n) = element
        && let Some(item) = merged.agenda.iter_mut().find(|i| i.number == *n)
    {
        item.minutes = text.to_owned();
    }
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

#[cfg(test)]
mod tests;
