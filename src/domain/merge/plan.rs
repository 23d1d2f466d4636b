//! The policy plan (`data/plan.ron`) merged three-way by element: the plan's own details, each
//! municipality, each strategic and operational objective (its code and title), each plan
//! action, and each objective's code history apart, by their stable ids. Code histories both
//! sides added to are joined.

use super::Choice;
use super::nodes::{FileDifference, FileMerge, Node, Rules, appended, merge_nodes};
use crate::domain::ids::{MunicipalityId, ObjectiveId, PlanActionId};
use crate::domain::plan::{
    HistoryEvent, Municipality, OperationalObjective, Organisation, Period, Plan, PlanAction,
    StrategicObjective,
};

/// An element of the plan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlanElement {
    /// Organisation and period.
    Details,
    /// A municipality.
    Municipality(MunicipalityId),
    /// A strategic objective: number, title, label, notes.
    Strategic(ObjectiveId),
    /// An operational objective: number, title, spread, notes.
    Operational(ObjectiveId),
    /// The code history of an objective.
    History(ObjectiveId),
    /// A plan action, whole.
    Action(PlanActionId),
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Details(u32, Organisation, Period),
    Municipality(Municipality),
    Strategic(StrategicObjective),
    Operational(OperationalObjective),
    History(Vec<HistoryEvent>),
    Action(PlanAction),
}

type PlanNode = Node<PlanElement, Part>;

fn nodes(plan: &Plan) -> Vec<PlanNode> {
    let node = |key, parent, value| Node { key, parent, value };
    let mut out = vec![node(
        PlanElement::Details,
        None,
        Part::Details(plan.version, plan.organisation.clone(), plan.period),
    )];
    for m in &plan.municipalities {
        out.push(node(
            PlanElement::Municipality(m.id.clone()),
            None,
            Part::Municipality(m.clone()),
        ));
    }
    for sd in &plan.strategic_objectives {
        let key = PlanElement::Strategic(sd.id.clone());
        let own = StrategicObjective {
            history: Vec::new(),
            operational_objectives: Vec::new(),
            ..sd.clone()
        };
        out.push(node(key.clone(), None, Part::Strategic(own)));
        let history = PlanElement::History(sd.id.clone());
        out.push(node(history, Some(key.clone()), Part::History(sd.history.clone())));
        for od in &sd.operational_objectives {
            let od_key = PlanElement::Operational(od.id.clone());
            let own =
                OperationalObjective { history: Vec::new(), actions: Vec::new(), ..od.clone() };
            out.push(node(od_key.clone(), Some(key.clone()), Part::Operational(own)));
            let history = PlanElement::History(od.id.clone());
            out.push(node(history, Some(od_key.clone()), Part::History(od.history.clone())));
            for a in &od.actions {
                let a_key = PlanElement::Action(a.id.clone());
                out.push(node(a_key, Some(od_key.clone()), Part::Action(a.clone())));
            }
        }
    }
    out
}

/// The plan built again from its elements, in their order.
fn build(nodes: Vec<PlanNode>, fallback: &Plan) -> Plan {
    let mut plan =
        Plan { municipalities: Vec::new(), strategic_objectives: Vec::new(), ..fallback.clone() };
    let sd_of = |plan: &mut Plan, key: &Option<PlanElement>| -> Option<usize> {
        let Some(PlanElement::Strategic(id)) = key else { return None };
        plan.strategic_objectives.iter().position(|s| &s.id == id)
    };
    for n in nodes {
        match n.value {
            Part::Details(version, organisation, period) => {
                (plan.version, plan.organisation, plan.period) = (version, organisation, period)
            }
            Part::Municipality(m) => plan.municipalities.push(m),
            Part::Strategic(sd) => plan.strategic_objectives.push(sd),
            Part::Operational(od) => {
                if let Some(s) = sd_of(&mut plan, &n.parent) {
                    plan.strategic_objectives[s].operational_objectives.push(od);
                }
            }
            Part::History(events) => match &n.parent {
                Some(PlanElement::Strategic(_)) => {
                    if let Some(s) = sd_of(&mut plan, &n.parent) {
                        plan.strategic_objectives[s].history = events;
                    }
                }
                Some(PlanElement::Operational(id)) => {
                    if let Some(od) = od_mut(&mut plan, id) {
                        od.history = events;
                    }
                }
                _ => {}
            },
            Part::Action(a) => {
                if let Some(PlanElement::Operational(id)) = &n.parent
                    && let Some(od) = od_mut(&mut plan, id)
                {
                    od.actions.push(a);
                }
            }
        }
    }
    plan
}

fn od_mut<'a>(plan: &'a mut Plan, id: &ObjectiveId) -> Option<&'a mut OperationalObjective> {
    plan.strategic_objectives
        .iter_mut()
        .flat_map(|s| s.operational_objectives.iter_mut())
        .find(|o| &o.id == id)
}

/// Merges the original (`ours`) and the conflict copy (`theirs`) of the plan, against their
/// ancestor when it is known, with the user's `choices` for elements both changed.
pub fn merge_plan(
    ancestor: Option<&Plan>,
    ours: &Plan,
    theirs: &Plan,
    choices: &[(PlanElement, Choice)],
) -> FileMerge<Plan, PlanElement> {
    let a = ancestor.map(nodes);
    // A code history is only ever added to: what both added is joined.
    let both = |a: Option<&Part>, o: &Part, t: &Part| {
        let a = match a {
            Some(Part::History(a)) => Some(a.as_slice()),
            Some(_) => return None,
            None => None,
        };
        match (o, t) {
            (Part::History(o), Part::History(t)) => appended(a, o, t).map(Part::History),
            _ => None,
        }
    };
    let rules = Rules { both, twice: |_: &PlanNode| None };
    let r = merge_nodes(a.as_deref(), &nodes(ours), &nodes(theirs), choices, rules);
    FileMerge { merged: build(r.merged, ours), differences: r.differences, open: r.open }
}

/// The differences alone, for a listing.
pub fn diff_plan(
    ancestor: Option<&Plan>,
    ours: &Plan,
    theirs: &Plan,
) -> Vec<FileDifference<PlanElement>> {
    merge_plan(ancestor, ours, theirs, &[]).differences
}
