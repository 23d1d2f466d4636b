//! The key-table type the layers share: each binding names its keys, how the help and the
//! key bar show them, and the action they do. One table per place both handles the keys and
//! writes what the user reads about them.

use ratatui::crossterm::event::KeyCode;

/// One binding of a layer's table; `W` says where or when it applies (the browser: on which
/// screens; nothing for the conflicts view).
#[derive(Debug, Clone, Copy)]
pub struct Binding<A: 'static, W: 'static = ()> {
    /// The keys.
    pub keys: &'static [KeyCode],
    /// The keys as the help and the key bar show them.
    pub label: &'static str,
    /// What they do.
    pub action: A,
    /// Where or when it applies.
    pub when: W,
}

/// A binding of `keys`, shown as `label`, doing `action`.
pub const fn bind<A>(keys: &'static [KeyCode], label: &'static str, action: A) -> Binding<A> {
    Binding { keys, label, action, when: () }
}

/// A binding of `keys`, shown as `label`, doing `action` where `when` says.
pub const fn bind_when<A, W>(
    keys: &'static [KeyCode],
    label: &'static str,
    action: A,
    when: W,
) -> Binding<A, W> {
    Binding { keys, label, action, when }
}

/// The action `code` does in `table`, if any.
pub fn find<A: Copy, W>(table: &[Binding<A, W>], code: KeyCode) -> Option<A> {
    table.iter().find(|b| b.keys.contains(&code)).map(|b| b.action)
}

/// A key bar from `table`: each binding's label and what `word` says it does, joined by
/// " · "; a binding whose word is empty runs into the next ("↑ k ↓ j copy").
pub fn bar<A: Copy, W>(table: &[Binding<A, W>], word: impl Fn(A) -> &'static str) -> String {
    let mut out = String::new();
    let mut run_on = false;
    for b in table {
        if !out.is_empty() {
            out.push_str(if run_on { " " } else { " · " });
        }
        out.push_str(b.label);
        let w = word(b.action);
        run_on = w.is_empty();
        if !run_on {
            out.push(' ');
            out.push_str(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum A {
        Up,
        Down,
        Quit,
    }

    const TABLE: &[Binding<A>] = &[
        bind(&[KeyCode::Up, KeyCode::Char('k')], "↑ k", A::Up),
        bind(&[KeyCode::Down, KeyCode::Char('j')], "↓ j", A::Down),
        bind(&[KeyCode::Char('q'), KeyCode::Esc], "q Esc", A::Quit),
    ];

    #[test]
    fn the_table_handles_the_keys_and_writes_the_bar() {
        assert_eq!(find(TABLE, KeyCode::Char('j')), Some(A::Down));
        assert_eq!(find(TABLE, KeyCode::Esc), Some(A::Quit));
        assert_eq!(find(TABLE, KeyCode::Char('x')), None);
        let words = |a| match a {
            A::Up => "",
            A::Down => "line",
            A::Quit => "close",
        };
        assert_eq!(bar(TABLE, words), "↑ k ↓ j line · q Esc close");
    }
}
