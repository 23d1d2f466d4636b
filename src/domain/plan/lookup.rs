//! Finding objectives by the codes people know them by, today's and every earlier one.

use super::{OperationalObjective, Plan, StrategicObjective, all_codes};
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::ObjectiveId;

impl Plan {
    /// The objectives `code` means: the one in force that has it today; else every objective
    /// that ever had it (an ended one keeps its last code), oldest in the plan first.
    pub fn objectives_by_code(&self, code: ObjectiveCode) -> Vec<&ObjectiveId> {
        let today: Vec<&ObjectiveId> = self
            .strategic_objectives
            .iter()
            .filter(|sd| code.od.is_none() && sd.code() == code)
            .map(|sd| &sd.id)
            .chain(self.operational().filter_map(|(sd, od)| {
                (od.ended().is_none() && od.code(sd) == code).then_some(&od.id)
            }))
            .collect();
        if !today.is_empty() {
            return today;
        }
        let sds = self.strategic_objectives.iter();
        sds.filter(|sd| all_codes(&sd.history, sd.code()).contains(&code))
            .map(|sd| &sd.id)
            .chain(
                self.operational()
                    .filter(|(sd, od)| all_codes(&od.history, od.code(sd)).contains(&code))
                    .map(|(_, od)| &od.id),
            )
            .collect()
    }

    /// The strategic objective with this id.
    pub fn strategic(&self, id: &str) -> Option<&StrategicObjective> {
        self.strategic_objectives.iter().find(|sd| sd.id.as_str() == id)
    }

    /// The operational objective with this id, with its strategic objective.
    pub fn operational_by_id(
        &self,
        id: &str,
    ) -> Option<(&StrategicObjective, &OperationalObjective)> {
        self.operational().find(|(_, od)| od.id.as_str() == id)
    }
}
