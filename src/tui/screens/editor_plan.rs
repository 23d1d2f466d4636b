//! A decision's plan change drawn over the editor: the kind and its arguments picked or
//! typed, then the objectives it touches as they are and as they will be.

use crate::i18n::Lang;
use crate::tui::editor::replan::{Input, PlanPopup};
use crate::tui::strings::editor_plan as words;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Draws the plan change `p` over `area`.
pub(super) fn render(frame: &mut Frame, area: Rect, p: &PlanPopup, lang: Lang, theme: &Theme) {
    let title = words::title(lang, p.decision, p.kind, p.asking());
    match &p.input {
        Input::Pick(picker) => super::picker::render(frame, area, picker, &title, theme),
        Input::Line(field) => super::prompt::field_box(frame, area, field, &title, theme),
        Input::Confirm(preview) => {
            let [now, then, question] = words::before_after(lang);
            let mut lines = vec![Line::styled(now, theme.heading)];
            lines.extend(preview.before.iter().map(|l| Line::raw(format!("  {l}"))));
            lines.push(Line::styled(then, theme.heading));
            lines.extend(preview.after.iter().map(|l| Line::raw(format!("  {l}"))));
            lines.push(Line::raw(""));
            lines.push(Line::raw(question));
            let width = area.width.saturating_sub(4).min(100);
            // Each line wraps; room for about two rows per objective.
            let rows =
                lines.len() as u16 + preview.before.len() as u16 + preview.after.len() as u16;
            let popup = super::centred(area, width, (rows + 2).min(area.height));
            frame.render_widget(Clear, popup);
            let block = Block::default()
                .borders(Borders::ALL)
                .title(format!(" {title} "))
                .border_style(theme.heading);
            let text = Paragraph::new(lines).wrap(Wrap { trim: false }).block(block);
            frame.render_widget(text, popup);
        }
    }
}
