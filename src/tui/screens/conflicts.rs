//! The conflicts view: the copies, then one copy's differing elements with the original's and
//! the copy's version side by side.

use crate::domain::merge::{Choice, Side};
use crate::i18n::Lang;
use crate::i18n::conflicts::{element, side};
use crate::store::conflict::element_text;
use crate::tui::conflicts::{ConflictNote, ConflictsView, Resolving};
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

/// Draws the view over the whole frame.
pub fn render(frame: &mut Frame, view: &ConflictsView, lang: Lang, theme: &Theme) {
    let [body, bottom] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(frame.area());
    match &view.open {
        Some(r) => render_resolving(frame, body, view, r, lang, theme),
        None => render_copies(frame, body, view, lang, theme),
    }
    let text = match (&view.note, &view.open) {
        (Some(note), _) => Line::styled(format!(" {}", note_text(lang, note)), theme.error),
        (None, Some(_)) => Line::styled(
            lang.pick(
                " ↑↓ kies een element · o origineel · c kopie · b beide · s samenvoegen en bewaren · Esc terug",
                " ↑↓ pick an element · o original · c copy · b both · s merge and save · Esc back",
            ),
            theme.dim,
        ),
        (None, None) => Line::styled(
            lang.pick(" ↑↓ kies een kopie · Enter samenvoegen · Esc sluiten", " ↑↓ pick a copy · Enter merge · Esc close"),
            theme.dim,
        ),
    };
    frame.render_widget(Paragraph::new(text), bottom);
}

fn note_text(lang: Lang, note: &ConflictNote) -> String {
    match note {
        ConflictNote::Merged(to) => format!(
            "{} {}",
            lang.pick("Samengevoegd; de kopie staat nu in", "Merged; the copy is now in"),
            line(to)
        ),
        ConflictNote::Failed(why) => {
            format!("{}: {}", lang.pick("Niet bewaard", "Not saved"), line(why))
        }
        ConflictNote::Tampering => {
            crate::i18n::conflicts::say(lang, crate::i18n::conflicts::Say::Tampering).to_owned()
        }
        ConflictNote::Undecided => lang
            .pick("Eerst elk rood element kiezen.", "Choose every red element first.")
            .to_owned(),
    }
}

fn render_copies(frame: &mut Frame, area: Rect, view: &ConflictsView, lang: Lang, theme: &Theme) {
    let items: Vec<ListItem> = view
        .copies
        .iter()
        .map(|(copy, compared)| {
            let what = match compared {
                Err(e) => format!("{}: {}", lang.pick("onleesbaar", "unreadable"), line(e)),
                Ok(c) if c.tampering() => lang
                    .pick("goedgekeurd verslag: geknoei?", "approved minutes: tampering?")
                    .into(),
                Ok(c) => {
                    let choose = c.differences.iter().filter(|d| d.side == Side::Both).count();
                    match lang {
                        Lang::Nl => {
                            format!("{} verschillen, {choose} te kiezen", c.differences.len())
                        }
                        Lang::En => {
                            format!("{} differences, {choose} to choose", c.differences.len())
                        }
                    }
                }
            };
            ListItem::new(vec![
                Line::raw(line(&copy.path.display().to_string())),
                Line::styled(format!("  {:?} · {what}", copy.service), theme.dim),
            ])
        })
        .collect();
    let title =
        format!(" {} ({}) ", lang.pick("Conflictkopieën", "Conflict copies"), view.copies.len());
    super::list(frame, area, title, items, view.selected, theme);
}

fn render_resolving(
    frame: &mut Frame,
    area: Rect,
    view: &ConflictsView,
    r: &Resolving,
    lang: Lang,
    theme: &Theme,
) {
    let Some((_, Ok(c))) = view.copies.get(r.copy) else { return };
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let items: Vec<ListItem> = r
        .differences
        .iter()
        .zip(&r.choices)
        .map(|(d, choice)| {
            let chosen = match choice {
                Some(Choice::Ours) => lang.pick(" → origineel", " → original"),
                Some(Choice::Theirs) => lang.pick(" → kopie", " → copy"),
                Some(Choice::Both) => lang.pick(" → beide", " → both"),
                None => "",
            };
            let style = if d.side == Side::Both && choice.is_none() {
                theme.error
            } else {
                Style::default()
            };
            ListItem::new(vec![
                Line::styled(element(lang, &d.element), style),
                Line::styled(format!("  {}{chosen}", side(lang, d.side)), theme.dim),
            ])
        })
        .collect();
    let base = if c.ancestor.is_some() {
        lang.pick("voorouder gevonden", "ancestor found")
    } else {
        lang.pick("geen voorouder: alles is een keuze", "no ancestor: everything is a choice")
    };
    let title = format!(" {base} ");
    let list = List::new(items)
        .block(Block::default().borders(Borders::ALL).title(title))
        .highlight_style(theme.selected)
        .highlight_symbol("›");
    frame.render_stateful_widget(
        list,
        left,
        &mut ListState::default().with_selected(Some(r.selected)),
    );
    let Some(d) = r.differences.get(r.selected) else { return };
    let [ours, theirs] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(right);
    for (area, title, m) in [
        (ours, lang.pick(" Origineel ", " Original "), &c.original.value),
        (theirs, lang.pick(" Kopie ", " Copy "), &c.theirs),
    ] {
        let text = crate::text::printable(&element_text(m, &d.element));
        let block = Block::default().borders(Borders::ALL).title(title);
        frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: false }), area);
    }
}
