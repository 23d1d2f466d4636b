//! The window of the minutes edits as one textarea holding the whole text would.

use super::*;
use proptest::prelude::*;

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

/// Keys the textarea takes: typing, deleting, moving, selecting, killing and yanking.
fn keys() -> impl Strategy<Value = KeyEvent> {
    let (none, ctrl, alt, shift) =
        (KeyModifiers::NONE, KeyModifiers::CONTROL, KeyModifiers::ALT, KeyModifiers::SHIFT);
    let typed = prop::sample::select(vec!['a', 'é', ' ', 'z']);
    prop_oneof![
        6 => typed.prop_map(move |c| key(KeyCode::Char(c), none)),
        2 => Just(key(KeyCode::Enter, none)),
        4 => Just(key(KeyCode::Backspace, none)),
        2 => Just(key(KeyCode::Delete, none)),
        3 => prop::sample::select(vec![KeyCode::Left, KeyCode::Right, KeyCode::Home, KeyCode::End])
            .prop_map(move |c| key(c, none)),
        3 => prop::sample::select(vec!['p', 'n']).prop_map(move |c| key(KeyCode::Char(c), ctrl)),
        1 => Just(key(KeyCode::Up, shift)),
        1 => Just(key(KeyCode::Down, shift)),
        1 => prop::sample::select(vec!['k', 'w', 'x', 'y']).prop_map(move |c| key(KeyCode::Char(c), ctrl)),
        1 => prop::sample::select(vec!['<', '>']).prop_map(move |c| key(KeyCode::Char(c), alt)),
        1 => Just(key(KeyCode::Char('>'), alt | shift)),
    ]
}

fn text() -> String {
    (0..40).map(|n| format!("regel {n} met wat woorden")).collect::<Vec<_>>().join("\n")
}

proptest! {
    /// In windows of a few lines, every key does to the text and the cursor what it does
    /// in one textarea holding all of it; its changes undone, last first, give the text
    /// back as it was, and redone, as it became.
    #[test]
    fn a_window_edits_as_the_whole_text_does(keys in prop::collection::vec(keys(), 1..150)) {
        let text = text();
        let mut pane = Pane::with_window(&text, 60);
        let mut whole = TextArea::new(text.split('\n').map(str::to_owned).collect());
        whole.set_max_histories(0);
        whole.set_wrap_mode(WrapMode::None);
        whole.move_cursor(CursorMove::Bottom);
        whole.move_cursor(CursorMove::End);
        let mut changes = Vec::new();
        for key in keys {
            changes.extend(pane.input(key));
            whole.input(key);
            prop_assert_eq!(pane.text(), whole.lines().join("\n"), "after {:?}", key);
            let c = whole.cursor();
            prop_assert_eq!(pane.cursor(), (c.0, c.1), "after {:?}", key);
            prop_assert_eq!(pane.selection_range(), whole.selection_range(), "after {:?}", key);
        }
        let end = pane.text();
        for change in changes.iter().rev() {
            prop_assert!(pane.apply(change, false), "{:?}", change);
        }
        prop_assert_eq!(pane.text(), text);
        for change in &changes {
            prop_assert!(pane.apply(change, true), "{:?}", change);
        }
        prop_assert_eq!(pane.text(), end);
    }
}

#[test]
fn the_window_holds_only_the_lines_around_the_cursor() {
    let text = text();
    let mut pane = Pane::with_window(&text, 60);
    assert!(pane.area().lines().len() < 12, "{:?}", pane.area().lines());
    assert!(pane.holds(&text) && !pane.holds("regel 0"));
    pane.jump((3, 2));
    assert_eq!(pane.cursor(), (3, 2));
    assert_eq!(pane.line(39), Some("regel 39 met wat woorden"));
    assert_eq!(pane.line(40), None);
    assert_eq!(pane.text(), text);
}

#[test]
fn runs_of_typing_and_deleting_are_one_change() {
    let mut pane = Pane::new("ab");
    let mut run = pane.input(key(KeyCode::Char('c'), KeyModifiers::NONE)).unwrap();
    let next = pane.input(key(KeyCode::Char('d'), KeyModifiers::NONE)).unwrap();
    assert!(run.absorb(&next));
    assert_eq!((run.at, run.inserted.as_str()), ((0, 2), "cd"));
    let mut back = pane.input(key(KeyCode::Backspace, KeyModifiers::NONE)).unwrap();
    let next = pane.input(key(KeyCode::Backspace, KeyModifiers::NONE)).unwrap();
    assert!(back.absorb(&next));
    assert_eq!((back.at, back.removed.as_str()), ((0, 2), "cd"));
    assert!(!back.absorb(&run), "typing does not join deleting");
}
