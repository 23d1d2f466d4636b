//! A decision or action item both sides changed, merged field by field: what one side changed
//! in one field and the other in another is all taken, and a text both changed is merged by
//! line. Only when one field truly conflicts is the element the user's choice.

use super::text::merge_text;
use super::{Element, Parts};
use crate::domain::meeting::{ActionItem, Decision, Meeting, Text};

/// One field three-way: the side that changed it, or `None` when both did, differently.
fn field<T: PartialEq + Clone>(a: &T, o: &T, t: &T) -> Option<T> {
    if o == t || t == a {
        Some(o.clone())
    } else if o == a {
        Some(t.clone())
    } else {
        None
    }
}

/// A text field three-way, by line when both changed it.
fn text(a: &Text, o: &Text, t: &Text) -> Option<Text> {
    // The side that changed it keeps its copy; only a merge of both makes a new text.
    field(a, o, t).or_else(|| merge_text(Some(a), o, t).clean().map(Text::from))
}

/// The decision both changed, merged field by field, if no field conflicts. Its number is the
/// original's (they are one decision).
pub fn merge_decision(a: &Decision, o: &Decision, t: &Decision) -> Option<Decision> {
    // Every field named, so a new one cannot be forgotten here.
    let Decision {
        number: _,
        text: at,
        outcome,
        votes,
        objectives,
        amends,
        supersedes,
        public_summary,
        majority,
        unanimous,
        quorum_note,
        named_votes,
        plan_changes,
    } = a;
    Some(Decision {
        number: o.number,
        text: text(at, &o.text, &t.text)?,
        outcome: field(outcome, &o.outcome, &t.outcome)?,
        votes: field(votes, &o.votes, &t.votes)?,
        objectives: field(objectives, &o.objectives, &t.objectives)?,
        amends: field(amends, &o.amends, &t.amends)?,
        supersedes: field(supersedes, &o.supersedes, &t.supersedes)?,
        public_summary: field(public_summary, &o.public_summary, &t.public_summary)?,
        majority: field(majority, &o.majority, &t.majority)?,
        unanimous: field(unanimous, &o.unanimous, &t.unanimous)?,
        quorum_note: field(quorum_note, &o.quorum_note, &t.quorum_note)?,
        named_votes: field(named_votes, &o.named_votes, &t.named_votes)?,
        plan_changes: field(plan_changes, &o.plan_changes, &t.plan_changes)?,
    })
}

/// The action item both changed, merged field by field, if no field conflicts.
pub fn merge_action(a: &ActionItem, o: &ActionItem, t: &ActionItem) -> Option<ActionItem> {
    let ActionItem { number: _, text: at, owner, due, objective } = a;
    Some(ActionItem {
        number: o.number,
        text: text(at, &o.text, &t.text)?,
        owner: field(owner, &o.owner, &t.owner)?,
        due: field(due, &o.due, &t.due)?,
        objective: field(objective, &o.objective, &t.objective)?,
    })
}

/// A decision or action item both changed, merged field by field.
pub(super) enum ByField {
    /// A decision.
    Decision(Decision),
    /// An action item.
    Action(ActionItem),
}

/// `element` both changed, merged field by field when it is a decision or action item that
/// stayed in one agenda item and no field conflicts.
pub(super) fn by_field(
    element: &Element,
    a: Option<&Parts>,
    o: &Parts,
    t: &Parts,
) -> Option<ByField> {
    let a = a?;
    match element {
        Element::Decision(n) => {
            let ((ai, ad), (oi, od), (ti, td)) =
                (a.decision(*n)?, o.decision(*n)?, t.decision(*n)?);
            (ai == oi && oi == ti).then_some(())?;
            merge_decision(ad, od, td).map(ByField::Decision)
        }
        Element::Action(n) => {
            let ((ai, aa), (oi, oa), (ti, ta)) = (a.action(*n)?, o.action(*n)?, t.action(*n)?);
            (ai == oi && oi == ti).then_some(())?;
            merge_action(aa, oa, ta).map(ByField::Action)
        }
        _ => None,
    }
}

/// Puts `d` in place of the merged decision of its number.
pub(super) fn replace_decision(merged: &mut Meeting, d: Decision) {
    let found = merged.agenda.iter_mut().flat_map(|i| i.decisions.iter_mut());
    if let Some(x) = found.into_iter().find(|x| x.number == d.number) {
        *x = d;
    }
}

/// Puts `a` in place of the merged action item of its number.
pub(super) fn replace_action(merged: &mut Meeting, a: ActionItem) {
    let found = merged.agenda.iter_mut().flat_map(|i| i.actions.iter_mut());
    if let Some(x) = found.into_iter().find(|x| x.number == a.number) {
        *x = a;
    }
}
