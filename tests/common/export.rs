//! The documents' tests start alike: the bundled example loaded and indexed, one meeting's
//! minutes or invitation built from it, and a part read back from a zip (ODT, DOCX).

use std::io::Read;
use std::path::Path;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::export::model::{self, MinutesDoc};
use stuurgroep::i18n::Lang;
use stuurgroep::index::Index;
use stuurgroep::store::{Folder, load_folder};

/// The bundled example folder.
pub fn example_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `from` into `to`, folders and files.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder to copy") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

/// The example's data and meetings in a temporary folder.
pub fn example_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    for sub in ["data", "meetings"] {
        copy_dir(&example_root().join(sub), &tmp.path().join(sub));
    }
    tmp
}

/// The folder at `root`, loaded and indexed.
pub fn loaded(root: &Path) -> (Folder, Index) {
    let folder = load_folder(root).expect("the folder loads");
    let index = Index::build(&folder);
    (folder, index)
}

/// Meeting `id` of `folder`.
pub fn meeting<'a>(folder: &'a Folder, id: &str) -> &'a Meeting {
    let found = folder.meetings.iter().find(|m| m.value.id.as_str() == id);
    &found.unwrap_or_else(|| panic!("no meeting {id}")).value
}

/// The minutes of meeting `id` of the folder at `root`, under `organisation` (`None`: the
/// plan's).
pub fn minutes_of(root: &Path, id: &str, organisation: Option<&str>, lang: Lang) -> MinutesDoc {
    let (folder, index) = loaded(root);
    let members = folder.members.as_ref().map(|m| &m.value);
    let plan = folder.plan.as_ref().map_or("", |p| p.value.organisation.name.as_str());
    let organisation = organisation.unwrap_or(plan);
    model::minutes_doc(meeting(&folder, id), members, &index, organisation, lang)
}

/// The part `name` of a zip file (a document's XML), as text.
pub fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut text = String::new();
    archive.by_name(name).expect(name).read_to_string(&mut text).expect("text");
    text
}
