//! Draws the plan screen's edit popups: the pickers (which action, what, which decision) and
//! the field the new value is typed in.

use crate::i18n::Lang;
use crate::tui::session::plan_edit::{PlanEdit, Step};
use crate::tui::strings::plan_edit as words;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;

/// Draws `popup` over `area`.
pub fn render(frame: &mut Frame, area: Rect, popup: &PlanEdit, lang: Lang, theme: &Theme) {
    let what = popup.what.as_str();
    match &popup.step {
        Step::Action(_, picker) => {
            super::picker::render(frame, area, picker, &words::which_action(lang, what), theme)
        }
        Step::What(picker) => {
            super::picker::render(frame, area, picker, &words::what_to_change(lang, what), theme)
        }
        Step::Value(edit, field) => {
            let title = words::field_title(lang, edit, what);
            super::prompt::field_box(frame, area, field.textarea(), &title, theme)
        }
        Step::Decision(_, _, picker) => {
            super::picker::render(frame, area, picker, &words::which_decision(lang, what), theme)
        }
    }
}
