//! What a command says when what it writes cannot be written, or a copy cannot be compared:
//! a sentence in the user's language naming what failed, the system's own message after it,
//! and exit status 2 (or, for `conflicts --json`, the sentence in the copy's `error` field).

mod common;

use common::cli::{command, command_on, stderr};
use std::path::Path;

/// Both languages: `--lang` and the start of the sentence said in it.
fn languages<'a>(nl: &'a str, en: &'a str) -> [(&'static str, &'a str); 2] {
    [("nl", nl), ("en", en)]
}

/// A disk that is always full: every write to standard output fails (and not as a closed pipe).
#[test]
#[cfg_attr(windows, ignore = "/dev/full is Linux's")]
fn an_answer_that_cannot_reach_stdout_is_named_in_the_users_language() {
    let example = common::export::example_root();
    let cases: [&[&str]; 2] = [&["decisions"], &["man"]];
    for args in cases {
        let name = format!("stuurgroep {}: ", args[0]);
        for (lang, said) in languages(
            "kan het antwoord niet naar de standaarduitvoer schrijven: ",
            "cannot write the answer to standard output: ",
        ) {
            let full = std::fs::File::create("/dev/full").expect("/dev/full");
            let out = command_on(example, &[args, &["--lang", lang]].concat())
                .stdout(full)
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(2), "{args:?} {lang}");
            let text = stderr(&out);
            assert!(text.starts_with(&format!("{name}{said}")), "{text}");
            // The system's own message follows the sentence.
            assert!(text.trim_end().len() > name.len() + said.len(), "{text}");
        }
    }
}

#[test]
fn generate_names_the_folder_it_could_not_write() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "x").expect("a file");
    let out_dir = file.join("history");
    // An absolute path is shown as the platform writes it (`C:\…` on Windows).
    let shown = stuurgroep::store::relpath::slashed(&out_dir).to_string();
    for (lang, said) in languages(
        "stuurgroep generate: kan de gegenereerde map niet schrijven in ",
        "stuurgroep generate: cannot write the generated folder into ",
    ) {
        let dir = out_dir.to_str().expect("a UTF-8 path");
        let args = ["generate", "--years", "1", "--dir", dir, "--lang", lang];
        let out = command(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let text = stderr(&out);
        assert!(text.starts_with(&format!("{said}{shown}: ")), "{text}");
    }
}

#[test]
fn git_merge_names_the_copy_it_could_not_keep_and_merges_nothing() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let rel = "meetings/2022/2022-10-11-stuurgroep.ron";
    let original = std::fs::read_to_string(common::export::example_root().join(rel)).expect("it");
    let place = "location: \"Liedekerke, gemeentehuis (raadzaal)\"";
    assert!(original.contains(place));
    let side = |name: &str, location: &str| {
        let text = original.replace(place, &format!("location: \"{location}\""));
        std::fs::write(tmp.path().join(name), text).expect("a version");
    };
    std::fs::write(tmp.path().join("O"), &original).expect("the ancestor");
    side("A", "Halle");
    side("B", "Asse");
    // `%P` names a folder that is not there: their version cannot be kept beside the file.
    for (lang, said) in languages(
        "stuurgroep git-merge: kan hun versie niet bewaren als meetings/2022/2022-10-11-stuurgroep.sync-conflict-",
        "stuurgroep git-merge: cannot keep their version as meetings/2022/2022-10-11-stuurgroep.sync-conflict-",
    ) {
        let args = ["git-merge", "O", "A", "B", rel, "--lang", lang];
        let out = command(&args).current_dir(tmp.path()).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let text = stderr(&out);
        assert!(text.starts_with(said), "{text}");
        let ending = lang_pick(lang, "; niets samengevoegd", "; nothing merged");
        assert!(text.trim_end().ends_with(ending), "{text}");
        let ours = std::fs::read_to_string(tmp.path().join("A")).expect("ours");
        assert!(ours.contains("Halle"), "ours is left as it was");
    }
}

fn lang_pick<'a>(lang: &str, nl: &'a str, en: &'a str) -> &'a str {
    if lang == "nl" { nl } else { en }
}

#[test]
fn conflicts_json_says_why_a_copy_was_not_compared_in_the_users_language() {
    let fx = common::Fixture::new();
    let copy = "meetings/2021/2021-06-15-stuurgroep.sync-conflict-20210615-200000-ABCDEFG.ron";
    fx.write(copy, "(id: \"2021-06-15-stuurgroep\",");
    for (lang, said) in languages(
        "kan meetings/2021/2021-06-15-stuurgroep.sync-conflict-20210615-200000-ABCDEFG.ron niet met het origineel vergelijken: ",
        "cannot compare meetings/2021/2021-06-15-stuurgroep.sync-conflict-20210615-200000-ABCDEFG.ron with its original: ",
    ) {
        let out = command_on(fx.root(), &["conflicts", "--json", "--lang", lang]).output();
        let out = out.expect("runs");
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let error = value[0]["error"].as_str().unwrap_or_default();
        assert!(error.starts_with(said), "{value}");
        assert!(error.len() > said.len(), "the parser's message follows: {error}");
    }
    assert!(Path::new(&fx.path(copy)).is_file(), "the copy is left alone");
}
