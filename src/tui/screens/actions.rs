//! The actions screen: action items, open ones first, with owner, due date and status
//! derived from their follow-ups.

use crate::i18n::tui::{Text, text};
use crate::i18n::{self};
use crate::index::actions::ActionEntry;
use crate::tui::app::{App, Screen};
use crate::tui::ctx::Ctx;
use crate::tui::theme::{Theme, line};
use crate::tui::views::Grouping;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::ListItem;

fn cut(text: &str, width: usize) -> String {
    text.chars().take(width).collect()
}

fn owner(ctx: &Ctx, a: &ActionEntry) -> String {
    line(&ctx.owner_name(&a.owner))
}

/// Draws the screen in `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, ctx: &Ctx, theme: &Theme) {
    let state = app.list(Screen::Actions);
    let today = chrono::Local::now().date_naive();
    let (list_area, detail_area) = super::split(area, state.detail);
    if let Some(area) = list_area {
        let width = area.width.saturating_sub(4) as usize;
        let order = app.actions.order(ctx);
        let page = super::page(state.selected, order.len(), area);
        let first = page.start;
        let items: Vec<ListItem> = order[page]
            .iter()
            .map(|&i| {
                let a = &ctx.index.actions[i];
                let status = i18n::action_status(ctx.lang, a.status(), a.is_overdue(today));
                let due = a.due.map_or_else(|| "          ".to_owned(), |d| d.to_string());
                // Grouped by municipality, the group goes first and the owner stays.
                let group = match app.actions.grouping {
                    Grouping::Municipality => {
                        format!("{:<16} ", cut(&app.actions.group(ctx, a), 16))
                    }
                    _ => String::new(),
                };
                let who = cut(&owner(ctx, a), 20);
                let head = if app.actions.grouping == Grouping::Status {
                    format!("{due}  {status:<9} {who:<20} ")
                } else {
                    format!("{group}{who:<20} {status:<9} {due}  ")
                };
                let room = width.saturating_sub(head.chars().count());
                let style = if a.is_overdue(today) {
                    theme.error
                } else {
                    ratatui::style::Style::default()
                };
                ListItem::new(Line::styled(
                    format!("{head}{}", line(&a.text).chars().take(room).collect::<String>()),
                    style,
                ))
            })
            .collect();
        let grouping = match app.actions.grouping {
            Grouping::Status => String::new(),
            Grouping::Owner => format!(" · {}", text(ctx.lang, Text::ByOwner)),
            Grouping::Municipality => format!(" · {}", text(ctx.lang, Text::ByMunicipality)),
        };
        let only = if app.actions.open_only {
            format!(" · {}", text(ctx.lang, Text::OpenOnly))
        } else {
            String::new()
        };
        let title =
            format!(" {} ({}){grouping}{only} ", text(ctx.lang, Text::Actions2), order.len());
        super::list(frame, area, title, items, state.selected - first, theme);
    }
    let selected = app.actions.at(ctx, state.selected);
    if let (Some(area), Some(a)) = (detail_area, selected) {
        let mut lines = vec![
            Line::styled(
                format!(
                    "{}  {}",
                    a.reference,
                    i18n::action_status(ctx.lang, a.status(), a.is_overdue(today))
                ),
                theme.heading,
            ),
            Line::raw(format!(
                "{} · {}",
                owner(ctx, a),
                a.due.map(|d| d.to_string()).unwrap_or_default()
            )),
            Line::raw(""),
            Line::raw(line(&a.text)),
            Line::raw(""),
        ];
        for u in &a.updates {
            let status = i18n::follow_up_status(ctx.lang, u.status);
            lines.push(Line::raw(format!("{}  {status}: {}", u.date, line(&u.note))));
        }
        super::detail(frame, area, &a.reference.to_string(), lines, state.scroll);
    }
}
