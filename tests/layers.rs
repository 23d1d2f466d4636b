//! The crate's top-level modules depend on each other in one direction only:
//! `domain` ← `store` ← `config`/`index`/`check` ← `export`/`generate` ← `tui` ← `cli`, with
//! `i18n` (the language) and `text` (printable text) as leaves beside them. A `crate::X` path
//! in a module that may not use `X` fails here, with its file and line, so no import cycle can
//! come back (`i18n` and `tui` used each other, `store` and `config` too).

use std::path::{Path, PathBuf};

/// Each top-level module's rank: a module may use only modules of a lower rank.
const RANKS: [(&str, u8); 11] = [
    ("i18n", 0),
    ("text", 0),
    ("domain", 1),
    ("store", 2),
    ("config", 3),
    ("index", 3),
    ("check", 3),
    ("export", 4),
    ("generate", 4),
    ("tui", 5),
    ("cli", 6),
];

fn rank(module: &str) -> Option<u8> {
    RANKS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

/// The top-level module a file under `src/` belongs to (`None` for `lib.rs`, `main.rs`).
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    rank(name).map(|_| name.to_owned())
}

/// The module's code without its unit tests: what follows a `#[cfg(test)]` at the start of a
/// line is test code, which may reach further (a test of `domain` may save through `store`).
fn production_code(text: &str) -> &str {
    text.find("\n#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// Every `crate::X` this code names, with its line number.
fn uses(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or_default();
        for (at, _) in line.match_indices("crate::") {
            let before = line[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let rest = &line[at + "crate::".len()..];
            let name: String =
                rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            found.push((n + 1, name));
        }
    }
    found
}

/// The uses that go the wrong way, as "file:line: a uses b".
fn violations(files: &[(PathBuf, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (rel, text) in files {
        let Some(module) = module_of(rel) else { continue };
        let own = rank(&module).unwrap_or_default();
        for (line, used) in uses(production_code(text)) {
            if used == module {
                continue;
            }
            // A name that is no top-level module (a macro, `crate::SomeType`) is no layer.
            let Some(theirs) = rank(&used) else { continue };
            if theirs >= own {
                let shown = rel.to_string_lossy().replace('\\', "/");
                out.push(format!("src/{shown}:{line}: {module} uses {used}"));
            }
        }
    }
    out
}

fn sources(dir: &Path, root: &Path, out: &mut Vec<(PathBuf, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            // A file of unit tests only (`merge/tests.rs`) is test code.
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            let text = std::fs::read_to_string(&path).expect("a source file reads");
            let rel = path.strip_prefix(root).expect("under src").to_owned();
            out.push((rel, text));
        }
    }
}

#[test]
fn no_module_uses_one_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &root, &mut files);
    assert!(files.len() > 100, "the sources were not found under {}", root.display());
    let wrong = violations(&files);
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn a_use_against_the_layers_is_named_with_its_line() {
    let files = vec![
        (PathBuf::from("i18n/mod.rs"), "use crate::tui::action::Action;\n".to_owned()),
        (
            PathBuf::from("store/versions.rs"),
            "use super::x;\nfn f() { crate::config::path(); }\n".to_owned(),
        ),
        (PathBuf::from("config.rs"), "use crate::store::format::parse;\n".to_owned()),
        (
            PathBuf::from("domain/edit.rs"),
            "fn f() {}\n#[cfg(test)]\nmod tests { use crate::store::to_ron; }\n".to_owned(),
        ),
        (PathBuf::from("tui/app.rs"), "// crate::cli::run is not called here\n".to_owned()),
    ];
    assert_eq!(
        violations(&files),
        ["src/i18n/mod.rs:1: i18n uses tui", "src/store/versions.rs:2: store uses config"]
    );
}
