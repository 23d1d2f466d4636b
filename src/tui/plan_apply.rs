//! Sending minutes writes their plan changes: the adopted decisions' changes applied to
//! `data/plan.ron` under the plan's lock, as `stuurgroep plan apply` does. The minutes stay
//! sent whatever happens to the plan; the editor says which it was.

use super::editor::Note;
use super::editor::replan::PlanNote;
use super::effects::Data;
use super::session::Session;
use crate::domain::plan::apply_meeting;
use crate::store::lock::Holder;
use crate::store::plan_write::update_plan;
use std::sync::Arc;

/// Applies the open meeting's plan changes for the user, then loads the folder again so
/// that every screen shows the plan as written.
pub fn apply_plan(session: &mut Session, data: &mut Data) {
    let ctx = Arc::clone(&data.ctx);
    let Some(me) = session.me.clone() else { return };
    let Some(editor) = session.editor_mut() else { return };
    let holder = Holder::new(me.clone(), ctx.member_name(&me));
    let meeting = &editor.meeting;
    let result = update_plan(&ctx.folder.root, &holder, |plan| apply_meeting(plan, meeting));
    let note = match result {
        Ok((applied, _)) if applied.is_empty() => return,
        Ok((applied, _)) => PlanNote::Applied(applied.iter().map(|d| d.number()).collect()),
        Err(e) => {
            let why = crate::tui::strings::editor_plan::not_written(ctx.lang, &e);
            PlanNote::NotApplied(meeting.id.to_string(), why)
        }
    };
    let written = matches!(note, PlanNote::Applied(_));
    editor.note = Some(Note::Plan(note));
    if written {
        data.reload_now(&mut session.app);
    }
}
