//! A decision's plan change drawn over the editor: the kind and its arguments picked or
//! typed, then the objectives it touches as they are and as they will be.

use crate::i18n::Lang;
use crate::tui::editor::replan::{Input, PlanPopup};
use crate::tui::editor::replan_build::Preview;
use crate::tui::editor::view::wrap_line;
use crate::tui::strings::editor_plan as words;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Draws the plan change `p` over `area`.
pub(super) fn render(frame: &mut Frame, area: Rect, p: &PlanPopup, lang: Lang, theme: &Theme) {
    let title = words::title(lang, p.decision, p.kind, p.asking());
    match &p.input {
        Input::Pick(picker) => super::picker::render(frame, area, picker, &title, theme),
        Input::Line(field) => super::prompt::field_box(frame, area, field, &title, theme),
        Input::Confirm(preview) => {
            let width = area.width.saturating_sub(4).min(100);
            let room = usize::from(area.height.saturating_sub(2));
            let lines = confirm(preview, lang, theme, usize::from(width.saturating_sub(2)), room);
            let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
            let popup = super::centred(area, width, height);
            frame.render_widget(Clear, popup);
            let block = Block::default()
                .borders(Borders::ALL)
                .title(format!(" {title} "))
                .border_style(theme.heading);
            frame.render_widget(Paragraph::new(lines).block(block), popup);
        }
    }
}

/// The rows of the before and after, wrapped to `width` columns, at most `room` of them and
/// the question always the last: a whole title (a retitle) takes several rows, and the popup
/// must show its end and the question. When the rows do not fit, the objectives as they are
/// now give way first (one row each), then the rows at the end.
fn confirm(
    preview: &Preview,
    lang: Lang,
    theme: &Theme,
    width: usize,
    room: usize,
) -> Vec<Line<'static>> {
    let [now, then, question] = words::before_after(lang);
    let after: Vec<String> = preview.after.iter().flat_map(|l| wrapped(l, width)).collect();
    let mut before: Vec<String> = preview.before.iter().flat_map(|l| wrapped(l, width)).collect();
    if before.len() + after.len() + 4 > room {
        before = preview.before.iter().map(|l| first_row(l, width)).collect();
    }
    let mut lines = vec![Line::styled(now, theme.heading)];
    lines.extend(before.into_iter().map(Line::raw));
    lines.push(Line::styled(then, theme.heading));
    lines.extend(after.into_iter().map(Line::raw));
    if lines.len() + 2 <= room {
        lines.push(Line::raw(""));
    }
    lines.truncate(room.saturating_sub(1));
    lines.push(Line::raw(question));
    lines
}

/// `line` wrapped at word boundaries, indented: its first row by two, the rows it continues
/// on by four, so each objective stands out from the next.
fn wrapped(line: &str, width: usize) -> Vec<String> {
    let rows = wrap_line(line, width.saturating_sub(4));
    let rows = rows.into_iter().map(|(from, to)| line[from..to].trim_end());
    rows.enumerate()
        .map(|(i, row)| format!("{}{row}", if i == 0 { "  " } else { "    " }))
        .collect()
}

/// The first row of `line` wrapped, with an ellipsis when there is more.
fn first_row(line: &str, width: usize) -> String {
    let mut rows = wrapped(line, width).into_iter();
    let first = rows.next().unwrap_or_default();
    if rows.next().is_some() { format!("{first}…") } else { first }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::PlanChange;

    fn rows(room: usize) -> Vec<String> {
        let long = "SD2 OD1 (5 acties)  Het aanbod en de rol van de Regiobib versterken en \
                    verbreden, zodat de kwaliteit van de dienstverlening stijgt.";
        let preview = Preview {
            change: PlanChange::Remove { objective: "od-regiobib".into() },
            before: vec![long.to_owned()],
            after: vec![format!("{long} (herzien)")],
        };
        let lines = confirm(&preview, Lang::Nl, &Theme::new(true), 40, room);
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_rows_fit_the_popup_and_the_question_is_always_last() {
        let all = rows(30);
        assert!(all.iter().all(|r| r.chars().count() <= 40), "{all:#?}");
        assert!(all.iter().any(|r| r.ends_with("(herzien)")), "the end of the new text");
        assert_eq!(all.last().map(String::as_str), Some("Vastleggen bij het besluit? (j/n)"));
        // Lower: the plan as it is gives way to one row, then rows at the end; the question
        // stays.
        let low = rows(8);
        assert_eq!(low.len(), 8, "{low:#?}");
        assert!(low[1].ends_with('…'), "{low:#?}");
        assert_eq!(low[2], "Na dit besluit:");
        assert_eq!(low.last().map(String::as_str), Some("Vastleggen bij het besluit? (j/n)"));
    }
}
