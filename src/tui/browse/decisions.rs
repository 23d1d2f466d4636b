//! The decisions screen: every decision, newest first, and a decision's context.

use crate::i18n;
use crate::i18n::tui::{Text, text};
use crate::index::decisions::DecisionEntry;
use crate::tui::app::{App, Screen};
use crate::tui::ctx::Ctx;
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::ListItem;

/// Draws the screen in `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, ctx: &Ctx, theme: &Theme) {
    let (list_area, detail_area) = super::split(area, app.list(Screen::Decisions).detail);
    if let Some(a) = list_area {
        render_list(frame, a, app, ctx, theme);
    }
    let selected = app.decisions.at(ctx, app.list(Screen::Decisions).selected);
    if let (Some(a), Some(d)) = (detail_area, selected) {
        render_detail(frame, a, ctx, d, theme, app.list(Screen::Decisions).scroll);
    }
}

/// Today's code of the first objective the decision serves, "+N" for the others: for an
/// objective merged into another, that one's code; for one ended otherwise whose code is
/// another's today, its code then in brackets.
fn codes(ctx: &Ctx, d: &DecisionEntry) -> String {
    let objectives = &ctx.index.objectives;
    let code = |id: &crate::domain::ids::ObjectiveId| match objectives.get(id.as_str()) {
        None => id.to_string(),
        Some(o) => match objectives.codes_of_decision(o, d.date) {
            (Some(today), _) => today.to_string(),
            (None, then) if o.code_taken => format!("({})", then.unwrap_or(o.code)),
            (None, _) => o.code.to_string(),
        },
    };
    match d.objectives.split_first() {
        None => "–".to_owned(),
        Some((first, [])) => code(first),
        Some((first, rest)) => format!("{} +{}", code(first), rest.len()),
    }
}

fn render_list(frame: &mut Frame, area: Rect, app: &App, ctx: &Ctx, theme: &Theme) {
    let lang = ctx.lang;
    let width = area.width.saturating_sub(4) as usize; // borders and the selection mark
    let selected = app.list(Screen::Decisions).selected;
    let view = &app.decisions;
    let page = super::page(selected, view.len(ctx), area);
    let first = page.start;
    let items: Vec<ListItem> = page
        .filter_map(|i| view.at(ctx, i))
        .map(|d| {
            let head = format!(
                "{}  {:<10} {:<11} ",
                d.date,
                i18n::outcome(lang, d.outcome),
                codes(ctx, d)
            );
            let room = width.saturating_sub(head.chars().count());
            let text: String = line(&d.text).chars().take(room).collect();
            let style = if d.in_force() { ratatui::style::Style::default() } else { theme.dim };
            ListItem::new(Line::styled(format!("{head}{text}"), style))
        })
        .collect();
    let count = if view.filter.is_empty() {
        view.len(ctx).to_string()
    } else {
        format!("{}/{}", view.len(ctx), ctx.index.decisions.len())
    };
    let title = format!(" {} ({count}){} ", text(lang, Text::Decisions), filter_label(ctx, view));
    super::list(frame, area, title, items, selected.saturating_sub(first), theme);
}

/// What the filter keeps, for the list's title: " · stuurgroep · 2021 · SD2 OD1".
fn filter_label(ctx: &Ctx, view: &super::filters::DecisionsView) -> String {
    let f = &view.filter;
    let mut parts: Vec<String> = Vec::new();
    if let Some(body) = &f.body {
        let members = ctx.folder.members.as_ref();
        let name = members.and_then(|m| m.value.body(body)).map(|b| b.name.clone());
        parts.push(line(&name.unwrap_or_else(|| body.to_string())));
    }
    if let Some(from) = f.from {
        parts.push(chrono::Datelike::year(&from).to_string());
    }
    // The objectives merged into the one filtered on are in the filter too: not named.
    let carried = |id: &crate::domain::ids::ObjectiveId| {
        let o = ctx.index.objectives.get(id.as_str());
        let by = o.and_then(|o| o.carried_by.as_ref());
        by.is_some_and(|c| f.objectives.as_ref().is_some_and(|ids| ids.contains(&c.id)))
    };
    let mut shown: Vec<_> = f.objectives.iter().flatten().filter(|id| !carried(id)).collect();
    shown.sort();
    for id in shown {
        let o = ctx.index.objectives.get(id.as_str());
        parts.push(o.map_or_else(|| id.to_string(), |o| o.code.to_string()));
    }
    if let Some(outcome) = f.outcome {
        parts.push(i18n::outcome(ctx.lang, outcome).to_owned());
    }
    parts.iter().map(|p| format!(" · {p}")).collect()
}

fn render_detail(
    frame: &mut Frame,
    area: Rect,
    ctx: &Ctx,
    d: &DecisionEntry,
    theme: &Theme,
    scroll: u16,
) {
    let lines = super::decision_context::lines(ctx, d, theme);
    super::detail(frame, area, &d.reference.to_string(), lines, scroll);
}
