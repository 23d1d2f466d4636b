//! Which agenda item is which across the three versions of a meeting. Items carry only their
//! place as a number, and a secretary who inserts, removes or moves an item renumbers the
//! rest: matched by number, the minutes of one item would be merged into another. So before
//! comparing, the copy and the ancestor are renumbered into the original's numbering: items
//! are matched by title (the longest common subsequence), and between two matched items an
//! equal number of unmatched ones are paired in order (a renamed item keeps its place). What
//! does not match is an item one side added or removed, under a number of its own.

use super::super::meeting::{AgendaItem, Meeting};

/// The ancestor and the copy with their agenda items renumbered into `ours`'s numbering:
/// an item that is the same as one of `ours` gets its number; any other a number above all
/// of `ours`, the copy's additions first. Merge the aligned versions, then put what was taken
/// from the copy in its place with [`place_taken_items`].
pub fn align(
    ancestor: Option<&Meeting>,
    ours: &Meeting,
    theirs: &Meeting,
) -> (Option<Meeting>, Meeting) {
    let mut next = ours.agenda.iter().map(|i| i.number).max().unwrap_or(0) + 1;
    let mut fresh = || {
        next += 1;
        next - 1
    };
    let Some(ancestor) = ancestor else {
        // Without an ancestor the copy is matched to the original directly.
        let numbers: Vec<u32> = pairs(&theirs.agenda, &ours.agenda)
            .into_iter()
            .map(|o| o.map_or_else(&mut fresh, |o| ours.agenda[o].number))
            .collect();
        return (None, renumbered(theirs, &numbers));
    };
    let ancestor_in_ours = pairs(&ancestor.agenda, &ours.agenda);
    let theirs_in_ancestor = pairs(&theirs.agenda, &ancestor.agenda);
    // What the copy added gets a number of its own, even under a title the original added
    // too: both are kept rather than one guessed into the other.
    let mut theirs_numbers: Vec<u32> =
        theirs_in_ancestor.iter().map(|a| if a.is_none() { fresh() } else { 0 }).collect();
    let ancestor_numbers: Vec<u32> = ancestor_in_ours
        .iter()
        .map(|o| o.map_or_else(&mut fresh, |o| ours.agenda[o].number))
        .collect();
    for (t, a) in theirs_in_ancestor.iter().enumerate() {
        if let Some(a) = a {
            theirs_numbers[t] = ancestor_numbers[*a];
        }
    }
    (Some(renumbered(ancestor, &ancestor_numbers)), renumbered(theirs, &theirs_numbers))
}

/// Puts the items the merge took from the copy that the original did not have (numbered above
/// `ours_last`, as [`align`] numbers them) after the item they follow in the copy, and numbers
/// the agenda 1, 2, 3… again. Decisions and action items are numbered apart, so no reference
/// changes.
pub fn place_taken_items(merged: &mut Meeting, theirs: &Meeting, ours_last: u32) {
    let (mut order, taken): (Vec<AgendaItem>, Vec<AgendaItem>) =
        merged.agenda.drain(..).partition(|i| i.number <= ours_last);
    if taken.is_empty() {
        merged.agenda = order;
        return;
    }
    let mut taken: Vec<Option<AgendaItem>> = taken.into_iter().map(Some).collect();
    for (k, item) in theirs.agenda.iter().enumerate() {
        let Some(slot) =
            taken.iter_mut().find(|t| t.as_ref().is_some_and(|t| t.number == item.number))
        else {
            continue;
        };
        let after = theirs.agenda[..k]
            .iter()
            .rev()
            .find_map(|p| order.iter().position(|o| o.number == p.number));
        if let Some(item) = slot.take() {
            order.insert(after.map_or(0, |a| a + 1), item);
        }
    }
    order.extend(taken.into_iter().flatten());
    for (k, item) in order.iter_mut().enumerate() {
        item.number = k as u32 + 1;
    }
    merged.agenda = order;
}

fn renumbered(m: &Meeting, numbers: &[u32]) -> Meeting {
    let mut m = m.clone();
    for (item, n) in m.agenda.iter_mut().zip(numbers) {
        item.number = *n;
    }
    m
}

/// For each item of `from`, the index of the same item in `to`, if any.
fn pairs(from: &[AgendaItem], to: &[AgendaItem]) -> Vec<Option<usize>> {
    let mut matched = vec![None; from.len()];
    let anchors = common_titles(from, to);
    // Between two anchors (and before the first, after the last): pair in order when both
    // sides hold as many unmatched items, as a renamed item stays in its place.
    let mut bounds = vec![(0, 0)];
    bounds.extend(anchors.iter().map(|&(f, t)| (f + 1, t + 1)));
    let mut ends: Vec<(usize, usize)> = anchors.clone();
    ends.push((from.len(), to.len()));
    for (&(f0, t0), &(f1, t1)) in bounds.iter().zip(&ends) {
        if f1 - f0 == t1 - t0 {
            for k in 0..f1 - f0 {
                matched[f0 + k] = Some(t0 + k);
            }
        }
    }
    for (f, t) in anchors {
        matched[f] = Some(t);
    }
    matched
}

/// The longest common subsequence of the two lists' titles, as index pairs in order.
fn common_titles(from: &[AgendaItem], to: &[AgendaItem]) -> Vec<(usize, usize)> {
    let same = |f: usize, t: usize| from[f].title.trim() == to[t].title.trim();
    let (n, m) = (from.len(), to.len());
    let mut len = vec![vec![0u32; m + 1]; n + 1];
    for f in (0..n).rev() {
        for t in (0..m).rev() {
            len[f][t] =
                if same(f, t) { len[f + 1][t + 1] + 1 } else { len[f + 1][t].max(len[f][t + 1]) };
        }
    }
    let (mut f, mut t, mut out) = (0, 0, Vec::new());
    while f < n && t < m {
        if same(f, t) {
            out.push((f, t));
            (f, t) = (f + 1, t + 1);
        } else if len[f + 1][t] >= len[f][t + 1] {
            f += 1;
        } else {
            t += 1;
        }
    }
    out
}
