//! Running apps on one folder without a terminal, for the tests of the app's seams: keys
//! through the router to effects, `effects::apply` writing, and a second instance present
//! that holds the lock of a meeting of its own.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use stuurgroep::domain::edit::NewMeeting;
use stuurgroep::i18n::Lang;
use stuurgroep::store::reload::Wake;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::effect::Effect;
use stuurgroep::tui::effects::{Data, apply};
use stuurgroep::tui::session::Session;

/// The user of every instance: the secretary of the book parade's working group.
pub const SECRETARY: &str = "lotte-verhaegen";
/// The meeting [`second_instance`] creates, and so holds the lock of.
pub const OTHER: &str = "2030-01-08-werkgroep-boekenstoet";

/// One running app on the folder at `root`, its user the secretary.
pub struct Instance {
    /// What the screens hold.
    pub session: Session,
    /// The loaded folder and the services that write it.
    pub data: Data,
}

impl Instance {
    /// The app opened on the folder at `root` (in Dutch).
    pub fn new(root: &Path) -> Self {
        let ctx = Ctx::open(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
        let data = Data::new(Arc::new(ctx), Wake::none());
        Self { session: Session::new(App::default(), Some(SECRETARY.into())), data }
    }

    /// Carries out `effects`; whether the app quits.
    pub fn apply(&mut self, effects: Vec<Effect>) -> bool {
        apply(&mut self.session, &mut self.data, effects)
    }

    /// A key through the router, its effects carried out; whether the app quits.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let ctx = Arc::clone(&self.data.ctx);
        let effects = stuurgroep::tui::route_key(&mut self.session, key, &ctx);
        self.apply(effects)
    }

    /// The keys of `keys` (⏎ for Enter), none of which quits.
    pub fn press(&mut self, keys: &str) {
        for c in keys.chars() {
            let code = if c == '⏎' { KeyCode::Enter } else { KeyCode::Char(c) };
            assert!(!self.key(KeyEvent::from(code)), "{c} does not quit");
        }
    }

    /// Creates a meeting of the secretary's working group on `date` (and holds its lock).
    pub fn create(&mut self, date: &str) {
        let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let new =
            NewMeeting { body: "werkgroep-boekenstoet".into(), date, start: None, location: None };
        assert!(!self.apply(vec![Effect::Create(new)]));
        assert!(self.session.editor().is_some_and(|e| e.read_only.is_none()), "created");
    }

    /// Opens meeting `id` for writing.
    pub fn open(&mut self, id: &str) {
        assert!(!self.apply(vec![Effect::Open(id.into())]));
        assert!(self.session.editor().is_some_and(|e| e.read_only.is_none()), "opened to write");
    }

    /// Opens meeting `id` for writing and types `text` into its first item's minutes.
    pub fn write(&mut self, id: &str, text: &str) {
        self.open(id);
        self.key(KeyEvent::from(KeyCode::Char('i')));
        self.session.editor_mut().unwrap().paste(text);
    }
}

/// A second app on the folder at `root`, holding the lock of [`OTHER`], which it created.
pub fn second_instance(root: &Path) -> Instance {
    let mut second = Instance::new(root);
    second.create("2030-01-08");
    assert!(lock_of(root, OTHER).exists(), "the second instance holds its meeting");
    second
}

/// The file of meeting `id`, relative to the folder.
pub fn file_of(id: &str) -> String {
    format!("meetings/{}/{id}.ron", &id[..4])
}

/// The lock file of meeting `id` in the folder at `root`.
pub fn lock_of(root: &Path, id: &str) -> PathBuf {
    root.join(format!("{}.lock", file_of(id)))
}
