//! The minutes editor: the agenda on the left; the selected item's minutes and its
//! decisions, action items and follow-ups on the right (or the attendance); the meeting and
//! the save state on top; the message or the key hint below.

use crate::domain::edit;
use crate::domain::meeting::{Meeting, Presence};
use crate::domain::strings::follow_up_status;
use crate::i18n::Lang;
use crate::store::autosave::SaveState;
use crate::store::strings::save_error;
use crate::tui::ctx::Ctx;
use crate::tui::editor::keys::{self, Focus};
use crate::tui::editor::{Editor, Element};
use crate::tui::strings::editor::{Word, attendance, quorum, quorum_short, word};
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

/// Draws the editor over the whole frame.
pub fn render(frame: &mut Frame, editor: &Editor, ctx: &Ctx, save: &SaveState, theme: &Theme) {
    let [top, body, bottom] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)])
            .areas(frame.area());
    render_header(frame, top, editor, ctx, save, theme);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(32), Constraint::Percentage(68)]).areas(body);
    render_agenda(frame, left, editor, ctx.lang, theme);
    if editor.focus == Focus::Attendance {
        render_attendance(frame, right, editor, ctx, theme);
    } else {
        let [minutes, elements] =
            Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(right);
        render_minutes(frame, minutes, editor, ctx.lang, theme);
        render_elements(frame, elements, editor, ctx, theme);
    }
    render_bottom(frame, bottom, editor, save, ctx.lang, theme);
    if let Some(popup) = &editor.popup {
        super::editor_popup::render(frame, body, popup, ctx.lang, theme);
    }
    if let Some(preview) = &editor.preview {
        super::preview::render(frame, body, preview, ctx.lang, theme);
    }
    if editor.help {
        render_help(frame, body, editor, ctx.lang, theme);
    }
}

fn render_header(
    frame: &mut Frame,
    area: Rect,
    editor: &Editor,
    ctx: &Ctx,
    save: &SaveState,
    theme: &Theme,
) {
    let m = &editor.meeting;
    let lang = ctx.lang;
    let body = ctx.folder.members.as_ref().and_then(|ms| ms.value.body(&m.body));
    let name = line(&body.map_or_else(|| m.body.to_string(), |b| b.name.clone()));
    let times = crate::domain::due::format_span(m.start, m.end);
    let when = format!(" · {}{}{times}", m.date, if times.is_empty() { "" } else { " " });
    // Cancelled goes with the date: the header keeps it whole, whatever else it cuts.
    let when =
        if m.cancelled { format!("{when} · {}", word(lang, Word::Cancelled)) } else { when };
    let place = m.location.as_ref().map(|p| format!(" · {}", line(p))).unwrap_or_default();
    let (state, style) = state_of(editor, save, lang, theme);
    let width = area.width as usize;
    let len = |s: &str| s.chars().count();
    // The quorum shortens first ("quorum 11/15 ✓", then "11/15 ✓"): the body's name, the
    // date and the times whole and the state whole come before its words.
    let (mut forms, quorum_style) = quorum_of_item(editor, ctx, theme);
    // A warning (read-only and who writes, a save that failed) goes before the quorum.
    if style == theme.error && !forms.is_empty() {
        forms.push(String::new());
    }
    let whole = 1 + len(&name) + len(&when) + len(&state) + 2;
    let quorum = forms.iter().find(|q| whole + len(q) <= width).or(forms.last());
    let quorum = quorum.cloned().unwrap_or_default();
    // Then the state is cut: the date, the times and the start of the name keep their room;
    // a warning goes before the name too: the secretary knows which meeting is open, not
    // why it is not saved.
    let name_kept = if style == theme.error { 1 } else { NAME_KEPT };
    let keep = 2 + len(&name).min(name_kept) + len(&when) + len(&quorum);
    let fits = width.saturating_sub(keep + 2);
    let state = if len(&state) > fits {
        let cut: String = state.chars().take(fits.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        state
    };
    let room = width.saturating_sub(len(&state) + 2 + len(&quorum));
    let head = header_line(&name, &when, &place, room);
    let pad = " ".repeat(room.saturating_sub(head.chars().count()));
    let spans = vec![
        Span::styled(format!("{head}{pad}"), theme.heading),
        Span::styled(quorum, quorum_style),
        Span::styled(format!(" {state} "), style),
    ];
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Where the open meeting stands, for the header: read-only and why, taken over, changed on
/// disk, or how saving goes.
fn state_of(editor: &Editor, save: &SaveState, lang: Lang, theme: &Theme) -> (String, Style) {
    match (&editor.read_only, save) {
        (Some(why), _) => {
            let why = crate::tui::strings::held::read_only(lang, why);
            (format!("{} — {}", word(lang, Word::ReadOnly), line(&why)), theme.error)
        }
        (None, _) if let Some(by) = &editor.taken_over => {
            (line(&crate::tui::strings::held::taken_over(lang, by)), theme.error)
        }
        // Someone else wrote the file: whatever the saver last did, the next save is refused.
        (None, _) if editor.changed_on_disk => (word(lang, Word::Conflict).to_owned(), theme.error),
        (None, SaveState::Unchanged) => (word(lang, Word::NotSavedYet).to_owned(), theme.dim),
        (None, SaveState::Pending | SaveState::Saving) => {
            (word(lang, Word::Saving).to_owned(), theme.dim)
        }
        (None, SaveState::Saved { at, .. }) => {
            let local = at.with_timezone(&chrono::Local).format("%H:%M:%S");
            (format!("{} {local}", word(lang, Word::Saved)), theme.dim)
        }
        (None, SaveState::Failed { error, .. }) => {
            let why = save_error(lang, error);
            (format!("{}: {}", word(lang, Word::SaveFailed), line(&why)), theme.error)
        }
        (None, SaveState::Conflict { error }) => {
            let why = save_error(lang, error);
            (format!("{}: {}", word(lang, Word::Conflict), line(&why)), theme.error)
        }
    }
}
/// How many letters of the body's name the header keeps before a long state is cut.
const NAME_KEPT: usize = 7;

/// " quorum: 9 van 15 stemgerechtigd aanwezig ✓ " for the selected item (red when not
/// reached), then its shorter forms; none for a body without quorum or without the members
/// file.
fn quorum_of_item(editor: &Editor, ctx: &Ctx, theme: &Theme) -> (Vec<String>, Style) {
    // Kept between edits: not worked out again for each frame drawn while typing.
    let Some(standing) = editor.standing(ctx) else {
        return (Vec::new(), Style::default());
    };
    if standing.needed().is_none() || editor.meeting.agenda.is_empty() {
        return (Vec::new(), Style::default());
    }
    let reached = standing.has_quorum();
    let (present, voting) = (standing.present.len(), standing.voting);
    let forms = [
        quorum(ctx.lang, present, voting, reached),
        quorum_short(ctx.lang, present, voting, reached, true),
        quorum_short(ctx.lang, present, voting, reached, false),
    ];
    let forms = forms.into_iter().map(|q| format!(" {q} ")).collect();
    (forms, if reached { theme.dim } else { theme.error })
}

fn pane(title: String, focused: bool, theme: &Theme) -> Block<'static> {
    let block = Block::default().borders(Borders::ALL).title(title);
    if focused { block.border_style(theme.heading) } else { block }
}

/// " [besloten]" after a closed item's title, nothing after another's.
fn closed_mark(item: &crate::domain::meeting::AgendaItem, lang: Lang) -> String {
    if item.closed { format!(" [{}]", word(lang, Word::Closed)) } else { String::new() }
}

fn render_agenda(frame: &mut Frame, area: Rect, editor: &Editor, lang: Lang, theme: &Theme) {
    let width = area.width.saturating_sub(4) as usize;
    let items: Vec<ListItem> = editor
        .meeting
        .agenda
        .iter()
        .map(|item| {
            let counts = match (item.decisions.len(), item.actions.len()) {
                (0, 0) => String::new(),
                (d, a) => format!(" {d}B {a}A"),
            };
            let closed = closed_mark(item, lang);
            let room = width.saturating_sub(counts.chars().count() + closed.chars().count() + 4);
            let title: String = line(&item.title).chars().take(room).collect();
            ListItem::new(format!("{:>2}. {title}{closed}{counts}", item.number))
        })
        .collect();
    let focused = matches!(editor.focus, Focus::Agenda);
    let list = List::new(items)
        .block(pane(format!(" {} ", word(lang, Word::Agenda)), focused, theme))
        .highlight_style(theme.selected)
        .highlight_symbol("›");
    let mut state = ListState::default().with_selected(Some(editor.item));
    frame.render_stateful_widget(list, area, &mut state);
}

fn render_minutes(frame: &mut Frame, area: Rect, editor: &Editor, lang: Lang, theme: &Theme) {
    let title = editor
        .meeting
        .agenda
        .get(editor.item)
        .map(|i| format!(" {}. {}{} ", i.number, line(&i.title), closed_mark(i, lang)))
        .unwrap_or_else(|| format!(" {} ", word(lang, Word::Minutes)));
    let focused = editor.focus == Focus::Minutes;
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    super::minutes::render(frame, inner, editor, focused, theme);
}

/// " body · date times · place" in `room` columns: the place is cut first, then the body's
/// name; the date and the times are never cut.
fn header_line(name: &str, when: &str, place: &str, room: usize) -> String {
    let width = |s: &str| s.chars().count();
    if width(name) + width(when) < room {
        // A place cut to a few letters says nothing: then none (" · " and three letters).
        let left = room - 1 - width(name) - width(when);
        let place = if left < width(place) && left < 6 { "" } else { place };
        return format!(" {name}{when}{place}").chars().take(room).collect();
    }
    let keep = room.saturating_sub(width(when) + 2);
    let short: String = name.chars().take(keep).collect();
    let head = format!(" {short}…{when}");
    head.chars().take(room).collect()
}

fn render_elements(frame: &mut Frame, area: Rect, editor: &Editor, ctx: &Ctx, theme: &Theme) {
    let m = &editor.meeting;
    let width = area.width.saturating_sub(4) as usize;
    let items: Vec<ListItem> = editor
        .elements()
        .iter()
        .map(|e| {
            let (text, style) = element_line(m, e, ctx, theme);
            ListItem::new(Line::styled(text.chars().take(width).collect::<String>(), style))
        })
        .collect();
    let focused = editor.focus == Focus::Elements;
    let title = format!(" {} ", word(ctx.lang, Word::Elements));
    let mut block = pane(title, focused, theme);
    // What this meeting approved, in sight wherever the secretary is.
    if !m.approves.is_empty() {
        let ids: Vec<String> = m.approves.iter().map(|a| a.meeting.to_string()).collect();
        let approves = format!(" ✓ {} {} ", word(ctx.lang, Word::Approves), ids.join(", "));
        block = block.title_bottom(Line::styled(approves, theme.dim));
    }
    let list = List::new(items)
        .block(block)
        .highlight_style(if focused { theme.selected } else { Style::default() })
        .highlight_symbol("›");
    let mut state = ListState::default().with_selected(Some(editor.element));
    frame.render_stateful_widget(list, area, &mut state);
}

/// One line for a decision ("B2 aangenomen SD2 OD1 · text"), an action item ("A1 owner tegen
/// date · text") or a follow-up ("↻ ref afgerond · note"); an unlinked decision and an action
/// item without an owner in red.
fn element_line(m: &Meeting, e: &Element, ctx: &Ctx, theme: &Theme) -> (String, Style) {
    let lang = ctx.lang;
    let code = |id: &crate::domain::ids::ObjectiveId| {
        ctx.index.objectives.get(id.as_str()).map_or_else(|| id.to_string(), |o| o.code.to_string())
    };
    match e {
        Element::Decision(n) => {
            let Some((_, d)) = m.decisions().find(|(_, d)| d.number == *n) else {
                return (String::new(), Style::default());
            };
            let codes: Vec<String> = d.objectives.iter().map(code).collect();
            let no_quorum = ctx
                .folder
                .members
                .as_ref()
                .is_some_and(|ms| edit::without_quorum(m, &ms.value).contains(n));
            let (codes, style) = if codes.is_empty() {
                (format!("⚠ {}", word(lang, Word::Unlinked)), theme.error)
            } else if no_quorum {
                (codes.join(", "), theme.error)
            } else {
                (codes.join(", "), Style::default())
            };
            // Without quorum it says so first, where a narrow pane never cuts it.
            let flag = if no_quorum {
                format!("⚠ {} ", word(lang, Word::NoQuorum))
            } else {
                String::new()
            };
            let votes = match (d.votes, d.unanimous) {
                (Some(v), _) => format!(" {}/{}/{}", v.yes, v.no, v.abstain),
                (None, true) => format!(" {}", word(lang, Word::Unanimous)),
                (None, false) => String::new(),
            };
            let votes = match d.majority {
                Some(by) => format!("{votes} ({})", crate::domain::strings::majority(lang, by)),
                None => votes,
            };
            let outcome = crate::domain::strings::outcome(lang, d.outcome);
            // What it changes: "wijzigt 2022-06-14-stuurgroep/2", "vervangt …".
            let marks: String =
                [(Word::AmendsMark, &d.amends), (Word::SupersedesMark, &d.supersedes)]
                    .into_iter()
                    .filter_map(|(w, r)| r.as_ref().map(|r| format!(" {} {r}", word(lang, w))))
                    .collect();
            let marks = match d.plan_changes.len() {
                0 => marks,
                n => {
                    let adopted = d.outcome == crate::domain::meeting::Outcome::Adopted;
                    format!("{marks} {}", crate::tui::strings::editor_plan::mark(lang, n, adopted))
                }
            };
            (format!("B{n} {flag}{outcome}{votes} {codes}{marks} · {}", line(&d.text)), style)
        }
        Element::Action(n) => {
            let Some((_, a)) = m.action_items().find(|(_, a)| a.number == *n) else {
                return (String::new(), Style::default());
            };
            // Without an owner it is flagged like a decision without objective.
            let (owner, style) = match a.owner {
                crate::domain::meeting::Owner::Nobody => {
                    (format!("⚠ {}", ctx.owner_name(&a.owner)), theme.error)
                }
                _ => (ctx.owner_name(&a.owner), Style::default()),
            };
            let due = a.due.map(|d| format!(" {} {d}", word(lang, Word::Due))).unwrap_or_default();
            let od = a.objective.as_ref().map(|o| format!(" {}", code(o))).unwrap_or_default();
            (format!("A{n} {}{due}{od} · {}", line(&owner), line(&a.text)), style)
        }
        Element::Open(r) => {
            let Some(a) = ctx.index.actions.iter().find(|a| &a.reference == r) else {
                return (format!("○ {r}"), theme.dim);
            };
            let owner = ctx.owner_name(&a.owner);
            if let Some(u) = ctx.owner_report(a) {
                let status = follow_up_status(lang, u.status);
                let by = crate::tui::strings::report::by_owner(lang);
                return (format!("○ {r} {by}: {status} · {}", line(&u.note)), theme.dim);
            }
            let todo = word(lang, Word::ToFollowUp);
            (format!("○ {r} {todo} · {}: {}", line(&owner), line(&a.text)), theme.dim)
        }
        Element::FollowUp(r) => {
            let Some((_, f)) = m.follow_ups().find(|(_, f)| &f.action == r) else {
                return (String::new(), Style::default());
            };
            let status = follow_up_status(lang, f.status);
            (format!("↻ {r} {status} · {}", line(&f.note)), theme.dim)
        }
    }
}

fn render_attendance(frame: &mut Frame, area: Rect, editor: &Editor, ctx: &Ctx, theme: &Theme) {
    let lang = ctx.lang;
    let m = &editor.meeting;
    let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
    let mut items: Vec<ListItem> = m
        .attendance
        .iter()
        .map(|a| {
            let name = members.and_then(|ms| ms.member(&a.member)).map(|p| p.name.clone());
            let mark = match a.presence {
                Presence::Present => lang.pick("aanwezig", "present"),
                Presence::Excused => lang.pick("verontschuldigd", "excused"),
                Presence::Absent => lang.pick("afwezig", "absent"),
            };
            let style = if a.presence == Presence::Present { Style::default() } else { theme.dim };
            let name = line(&name.unwrap_or_else(|| a.member.to_string()));
            ListItem::new(Line::styled(format!("{mark:<16} {name}"), style))
        })
        .collect();
    // One line per guest, after the members, so that one can be selected and removed.
    let guest = word(lang, Word::Guest);
    items.extend(
        m.guests.iter().map(|g| {
            ListItem::new(Line::styled(format!("{guest:<16} {}", line(&g.name)), theme.dim))
        }),
    );
    let counts = attendance(lang, edit::attendance_counts(m), m.guests.len());
    // The counts say what the pane is; at 80 columns there is no room for more.
    let title = format!(" {counts} ");
    let list = List::new(items)
        .block(pane(title, true, theme))
        .highlight_style(theme.selected)
        .highlight_symbol("›");
    let mut state = ListState::default().with_selected(Some(editor.attendee));
    frame.render_stateful_widget(list, area, &mut state);
}

fn render_bottom(
    frame: &mut Frame,
    area: Rect,
    editor: &Editor,
    save: &SaveState,
    lang: Lang,
    theme: &Theme,
) {
    // While the text is not in the folder, what to do about it comes before the keys.
    let trouble = if editor.changed_on_disk {
        Some(Word::KeptBesideTheirs)
    } else if matches!(save, SaveState::Failed { .. } | SaveState::Conflict { .. }) {
        Some(Word::InMemoryCopyElsewhere)
    } else {
        None
    };
    let text = match (&editor.note, trouble) {
        _ if editor.find.open => {
            let find = &editor.find;
            let line = crate::tui::strings::editor::find_line(lang, &find.query, find.count);
            let note = editor.note.as_ref().map(|n| crate::tui::strings::editor::note(lang, n));
            match note {
                Some(note) => Span::styled(format!(" {line}  {note}"), theme.error),
                None => Span::styled(format!(" {line}"), theme.heading),
            }
        }
        (Some(note), _) => {
            Span::styled(format!(" {}", crate::tui::strings::editor::note(lang, note)), theme.error)
        }
        (None, Some(trouble)) if editor.read_only.is_none() => {
            Span::styled(format!(" {}", word(lang, trouble)), theme.error)
        }
        (None, _) => {
            // As many keys of the focus as fit, then always the hint to the rest.
            let help = word(lang, Word::HelpHint);
            let mut room = (area.width as usize).saturating_sub(help.chars().count() + 1);
            let mut line = String::new();
            let keys = keys::bindings(editor.focus)
                .iter()
                .filter(|b| !matches!(b.action, keys::EditorAction::Up | keys::EditorAction::Down))
                .map(|b| {
                    format!(
                        " {} {} ·",
                        b.label,
                        crate::tui::strings::editor::action(lang, b.action)
                    )
                });
            for key in keys {
                let width = key.chars().count();
                if width > room {
                    break;
                }
                room -= width;
                line.push_str(&key);
            }
            Span::styled(format!("{line} {help}"), theme.dim)
        }
    };
    frame.render_widget(Paragraph::new(Line::from(text)), area);
}

fn render_help(frame: &mut Frame, area: Rect, editor: &Editor, lang: Lang, theme: &Theme) {
    let keys = keys::bindings(editor.focus)
        .iter()
        .map(|b| (b.label, crate::tui::strings::editor::action(lang, b.action)))
        .collect();
    super::help(frame, area, keys, 60, editor.help_scroll, lang, theme);
}
