//! The decisions screen: every decision, newest first, and a decision's context.

use crate::i18n::tui::{Text, text};
use crate::i18n::{self, Listing};
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

/// Today's code of the first objective the decision serves, "+N" for the others.
fn codes(ctx: &Ctx, d: &DecisionEntry) -> String {
    let code = |id: &crate::domain::ids::ObjectiveId| {
        ctx.index.objectives.get(id.as_str()).map_or_else(|| id.to_string(), |o| o.code.to_string())
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
fn filter_label(ctx: &Ctx, view: &crate::tui::views::DecisionsView) -> String {
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
    for id in f.objectives.iter().flatten() {
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
    let lang = ctx.lang;
    let mut lines = vec![
        Line::styled(format!("{}  {}", d.reference, i18n::outcome(lang, d.outcome)), theme.heading),
        Line::raw(format!(
            "{}: {} {} – {}. {}",
            text(lang, Text::Meeting),
            d.date,
            d.body,
            d.item.0,
            line(&d.item.1)
        )),
        Line::raw(""),
    ];
    lines.extend(
        crate::text::printable(&d.text).lines().map(|l| Line::raw(l.replace('\t', "    "))),
    );
    lines.push(Line::raw(""));
    for id in &d.objectives {
        if let Some(o) = ctx.index.objectives.get(id.as_str()) {
            lines.push(Line::raw(format!(
                "{}  {}",
                i18n::code_label(lang, o, d.date),
                line(&o.title)
            )));
        }
    }
    if let Some(v) = d.votes {
        lines.push(Line::raw(format!("{} / {} / {}", v.yes, v.no, v.abstain)));
    }
    let force = if d.in_force() { Text::InForce } else { Text::NotInForce };
    lines.push(Line::styled(text(lang, force), theme.heading));
    if let Some(by) = &d.superseded_by {
        lines.push(Line::raw(format!("→ {} {by}", i18n::listing(lang, Listing::SupersededBy))));
    }
    for by in &d.amended_by {
        lines.push(Line::raw(format!("→ {} {by}", i18n::listing(lang, Listing::AmendedBy))));
    }
    super::detail(frame, area, &d.reference.to_string(), lines, scroll);
}
