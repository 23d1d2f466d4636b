//! The conflicts view: the copies, then one copy's differing elements with the original's and
//! the copy's version side by side.

use crate::domain::merge::strings::{
    Say, copy_by, difference, element_text, file_element, followed_in, original_by, renumbered,
    say, side,
};
use crate::domain::merge::{Choice, Difference, Numbered, Side};
use crate::i18n::Lang;
use crate::store::conflict::{CompareError, Compared};
use crate::store::file_conflict::FileCompared;
use crate::store::load::ConflictCopy;
use crate::store::names::copy_writer;
use crate::store::strings::service;
use crate::store::textdiff::DiffLine;
use crate::tui::conflicts::{ConflictNote, ConflictsView, Read, Resolving};
use crate::tui::strings::conflicts::view as word;
use crate::tui::strings::conflicts::{FileWord, View, differences, file_element_text, file_word};
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
    match (&view.asking, &view.open) {
        (Some((_, lines)), _) => render_question(frame, body, lines, lang, theme),
        (None, Some(r)) => render_resolving(frame, body, view, r, lang, theme),
        (None, None) => render_copies(frame, body, view, lang, theme),
    }
    let text = match (&view.note, &view.open) {
        _ if view.asking.is_some() => Line::styled(word(lang, View::PutAwayKeys), theme.error),
        (Some(note), _) => Line::styled(format!(" {}", note_text(lang, note)), theme.error),
        (None, open) => Line::styled(key_bar(lang, open.is_some()), theme.dim),
    };
    frame.render_widget(Paragraph::new(text), bottom);
}

/// The key bar, from the key table that handles the keys where the view is.
pub fn key_bar(lang: Lang, merging: bool) -> String {
    use crate::tui::conflicts::{COPIES, MERGING};
    let words = |k| crate::tui::conflicts::key_word(lang, k, merging);
    let table = if merging { MERGING } else { COPIES };
    // No margin: the Dutch bar of the copies is 80 columns, the smallest screen.
    crate::tui::keys::bar(table, words)
}

fn note_text(lang: Lang, note: &ConflictNote) -> String {
    match note {
        ConflictNote::Merged(to) => format!("{} {}", word(lang, View::Merged), line(to)),
        ConflictNote::PutAway(to) => format!("{} {}", word(lang, View::PutAway), line(to)),
        ConflictNote::PutAwayIdentical(to) => {
            format!("{} {}", word(lang, View::PutAwayIdentical), line(to))
        }
        ConflictNote::Failed(why) => format!("{}: {}", word(lang, View::NotSaved), line(why)),
        ConflictNote::Tampering => say(lang, Say::Tampering).to_owned(),
        ConflictNote::Undecided => word(lang, View::Undecided).to_owned(),
        ConflictNote::Gone(copy) => format!("{} {}", word(lang, View::Gone), line(copy)),
        ConflictNote::Undone(file) => format!("{} {}", word(lang, View::Undone), line(file)),
        ConflictNote::ConfirmCopy(original, element) => {
            let gone = element_text(lang, original, element).replace('\n', " ");
            format!("{} {}", word(lang, View::ConfirmCopy), line(&gone))
        }
        ConflictNote::ConfirmCopyFile(original, element) => {
            let gone = file_element_text(lang, original, element).replace('\n', " ");
            format!("{} {}", word(lang, View::ConfirmCopy), line(&gone))
        }
        ConflictNote::NoBoth => file_word(lang, FileWord::NoBoth).to_owned(),
    }
}

/// The question before putting away a copy that holds more: what differs, as text.
fn render_question(frame: &mut Frame, area: Rect, lines: &[DiffLine], lang: Lang, theme: &Theme) {
    let shown: Vec<Line> = lines
        .iter()
        .map(|l| match l {
            DiffLine::Heading(h) => Line::styled(line(h), theme.selected),
            DiffLine::Original(t) => {
                Line::styled(format!("{}{}", word(lang, View::OnlyOriginal), line(t)), theme.dim)
            }
            DiffLine::Copy(t) => Line::raw(format!("{}{}", word(lang, View::OnlyCopy), line(t))),
        })
        .collect();
    let block = Block::default().borders(Borders::ALL).title(word(lang, View::PutAwayTitle));
    frame.render_widget(Paragraph::new(shown).block(block).wrap(Wrap { trim: false }), area);
}

fn render_copies(frame: &mut Frame, area: Rect, view: &ConflictsView, lang: Lang, theme: &Theme) {
    let items: Vec<ListItem> = view
        .copies
        .iter()
        .map(|(copy, compared)| {
            let what = match compared {
                Err(CompareError::NotAMeeting) => word(lang, View::NotAMeeting).to_owned(),
                Err(CompareError::Unreadable(e)) => {
                    format!("{}: {}", word(lang, View::Unreadable), line(e))
                }
                Ok(c) if c.identical() => say(lang, Say::Identical).to_owned(),
                Ok(c) if c.tampering() => word(lang, View::Tampering).to_owned(),
                Ok(c) => {
                    let (all, choose) = c.counts();
                    differences(lang, all, choose)
                }
            };
            ListItem::new(vec![
                Line::raw(line(&crate::store::relpath::slashed(&copy.path).to_string())),
                Line::styled(format!("  {} · {what}", service(lang, copy.service)), theme.dim),
            ])
        })
        .collect();
    let title = format!(" {} ({}) ", word(lang, View::Title), view.copies.len());
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
    let c = match view.copies.get(r.copy) {
        Some((_, Ok(Read::Meeting(c)))) => c,
        Some((_, Ok(Read::File(f)))) => return render_file(frame, area, f, r, lang, theme),
        _ => return,
    };
    let said = said_above(c, lang, theme);
    let [note, area] =
        Layout::vertical([Constraint::Length(said.len() as u16), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(said), note);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let items: Vec<ListItem> = r
        .differences
        .iter()
        .zip(&r.choices)
        .map(|(d, choice)| {
            let chosen = chosen(lang, *choice);
            let style = if d.side == Side::Both && choice.is_none() {
                theme.error
            } else {
                Style::default()
            };
            ListItem::new(vec![
                Line::styled(difference(lang, d), style),
                Line::styled(format!("  {}{chosen}", side(lang, d.side)), theme.dim),
            ])
        })
        .collect();
    let base =
        word(lang, if c.ancestor.is_some() { View::AncestorFound } else { View::NoAncestor });
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
    if let Some(d) = r.differences.get(r.selected) {
        render_versions(frame, right, c, d, lang);
    }
}

/// What the copy added under a number the original had taken, and the other files that
/// follow the merge: said above the list of differences.
fn said_above(c: &Compared, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    c.renumbered
        .iter()
        .map(|n| {
            let prefix = if n.kind == Numbered::Decision { 'B' } else { 'A' };
            let text = renumbered(lang, prefix, n.from, n.to, &copy_label(lang, &c.copy));
            Line::styled(format!(" {}", line(&text)), theme.dim)
        })
        .chain((!c.elsewhere.is_empty()).then(|| {
            let files: Vec<String> =
                c.elsewhere.iter().map(|p| crate::store::relpath::slashed(p).to_string()).collect();
            Line::styled(format!(" {}", line(&followed_in(lang, &files.join(", ")))), theme.dim)
        }))
        .collect()
}

/// The original's and the copy's version of the selected difference, one above the other.
fn render_versions(frame: &mut Frame, right: Rect, c: &Compared, d: &Difference, lang: Lang) {
    let [ours, theirs] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(right);
    // A stretch of a text shows that stretch's two versions, each labelled with who wrote it.
    let (ours_title, theirs_title) = match &d.part {
        Some(_) => {
            let original = original_by(lang, c.original_author.as_deref());
            (format!(" {} ", line(&original)), format!(" {} ", line(&copy_label(lang, &c.copy))))
        }
        None => (word(lang, View::Original).to_owned(), word(lang, View::Copy).to_owned()),
    };
    for (area, title, m, hunk) in [
        (ours, ours_title, &c.original.value, d.part.as_ref().map(|p| &p.hunk.ours)),
        (theirs, theirs_title, &c.theirs, d.part.as_ref().map(|p| &p.hunk.theirs)),
    ] {
        let text = hunk.cloned().unwrap_or_else(|| element_text(lang, m, &d.element));
        let text = crate::text::printable(&text);
        let block = Block::default().borders(Borders::ALL).title(title);
        frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: false }), area);
    }
}

/// "kopie (Syncthing, ABCDEFG)": the copy, by its service and the device or person its name
/// gives.
fn copy_label(lang: Lang, copy: &ConflictCopy) -> String {
    let name = copy.path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    copy_by(lang, service(lang, copy.service), copy_writer(&name).as_deref())
}

/// The merge of a copy of the plan, the members or an update file: its differing elements
/// on the left, the original's and the copy's version of the selected one, in words and
/// labelled, on the right.
fn render_file(
    frame: &mut Frame,
    area: Rect,
    f: &FileCompared,
    r: &Resolving,
    lang: Lang,
    theme: &Theme,
) {
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let items: Vec<ListItem> = r
        .files
        .iter()
        .zip(&r.choices)
        .map(|(d, choice)| {
            let style = if d.side == Side::Both && choice.is_none() {
                theme.error
            } else {
                Style::default()
            };
            ListItem::new(vec![
                Line::styled(line(&file_element(lang, &d.key)), style),
                Line::styled(
                    format!("  {}{}", side(lang, d.side), chosen(lang, *choice)),
                    theme.dim,
                ),
            ])
        })
        .collect();
    let base = if f.ancestor.is_some() { View::AncestorFound } else { View::NoAncestor };
    let list = List::new(items)
        .block(Block::default().borders(Borders::ALL).title(format!(" {} ", word(lang, base))))
        .highlight_style(theme.selected)
        .highlight_symbol("›");
    let mut state = ListState::default().with_selected(Some(r.selected));
    frame.render_stateful_widget(list, left, &mut state);
    let Some(d) = r.files.get(r.selected) else { return };
    let [ours, theirs] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(right);
    let titles = (original_by(lang, None), copy_label(lang, &f.copy));
    for (area, title, content) in [(ours, titles.0, &f.original), (theirs, titles.1, &f.theirs)] {
        let text = crate::text::printable(&file_element_text(lang, content, &d.key));
        let block = Block::default().borders(Borders::ALL).title(format!(" {} ", line(&title)));
        frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: false }), area);
    }
}

/// " → origineel": the choice made for an element, if any.
fn chosen(lang: Lang, choice: Option<Choice>) -> &'static str {
    match choice {
        Some(Choice::Ours) => word(lang, View::ToOriginal),
        Some(Choice::Theirs) => word(lang, View::ToCopy),
        Some(Choice::Both) => word(lang, View::ToBoth),
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::conflicts::{COPIES, MERGING};
    use crate::tui::keys::find;

    #[test]
    fn the_key_bar_names_every_key_the_view_handles_q_j_and_k_too() {
        for lang in [Lang::Nl, Lang::En] {
            for (table, merging) in [(COPIES, false), (MERGING, true)] {
                let bar = key_bar(lang, merging);
                for b in table {
                    assert!(bar.contains(b.label), "{bar} lacks {}", b.label);
                    for key in b.keys {
                        assert_eq!(find(table, *key), Some(b.action), "{key:?}");
                    }
                }
                assert!(bar.chars().count() <= 80, "{bar} fits the smallest screen");
            }
        }
        let bar = key_bar(Lang::Nl, false);
        assert!(bar.contains("↑ k ↓ j kopie") && bar.contains("q Esc sluiten"), "{bar}");
    }
}
