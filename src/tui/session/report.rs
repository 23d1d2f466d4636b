//! The popup in which a member reports on their own action item: where it stands (Tab
//! cycles done, ongoing, dropped) and a note; Enter writes it, Esc drops it, nothing written.

use crate::domain::ids::ActionItemRef;
use crate::domain::meeting::FollowUpStatus;
use crate::domain::updates::OwnerUpdate;
use crate::tui::field::{LineField, Outcome};
use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// The statuses a member reports, in the order Tab goes through them.
pub const STATUSES: [FollowUpStatus; 3] =
    [FollowUpStatus::Done, FollowUpStatus::Ongoing, FollowUpStatus::Dropped];

/// A report being typed.
#[derive(Debug, Clone)]
pub struct ReportPopup {
    /// The action item reported on.
    pub action: ActionItemRef,
    /// The status chosen.
    pub status: FollowUpStatus,
    /// The note typed.
    pub note: LineField,
}

impl ReportPopup {
    /// A report on `action`, offered as done with an empty note.
    pub fn new(action: ActionItemRef) -> Self {
        ReportPopup { action, status: FollowUpStatus::Done, note: LineField::new("") }
    }

    /// A report on `action` offering the owner's `earlier` one (its status and note) to
    /// build on, when there is one; else as [`ReportPopup::new`].
    pub fn after(action: ActionItemRef, earlier: Option<&OwnerUpdate>) -> Self {
        match earlier {
            Some(u) => ReportPopup { action, status: u.status, note: LineField::new(&u.note) },
            None => Self::new(action),
        }
    }

    /// A key: Tab and Shift-Tab choose the status, Enter reports on `today`, Esc drops it,
    /// the rest types the note.
    pub fn handle_key(&mut self, key: KeyEvent, today: NaiveDate) -> Outcome<OwnerUpdate> {
        let at = STATUSES.iter().position(|s| *s == self.status).unwrap_or(0);
        match key.code {
            KeyCode::Tab => self.status = STATUSES[(at + 1) % STATUSES.len()],
            KeyCode::BackTab => self.status = STATUSES[(at + STATUSES.len() - 1) % STATUSES.len()],
            _ => match self.note.handle_key(key) {
                Outcome::Pending => {}
                Outcome::Cancelled => return Outcome::Cancelled,
                Outcome::Chosen(note) => {
                    let action = self.action.clone();
                    return Outcome::Chosen(OwnerUpdate {
                        action,
                        date: today,
                        status: self.status,
                        note,
                    });
                }
            },
        }
        Outcome::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn tab_chooses_the_status_enter_reports_and_esc_drops() {
        let today = NaiveDate::from_ymd_opt(2022, 9, 1).unwrap();
        let mut p = ReportPopup::new("2022-06-14-stuurgroep/A2".parse().unwrap());
        assert_eq!(p.handle_key(key(KeyCode::Tab), today), Outcome::Pending);
        assert_eq!(p.status, FollowUpStatus::Ongoing);
        assert_eq!(p.handle_key(key(KeyCode::BackTab), today), Outcome::Pending);
        assert_eq!(p.handle_key(key(KeyCode::BackTab), today), Outcome::Pending);
        assert_eq!(p.status, FollowUpStatus::Dropped);
        for c in "ok".chars() {
            p.handle_key(key(KeyCode::Char(c)), today);
        }
        let Outcome::Chosen(u) = p.handle_key(key(KeyCode::Enter), today) else { panic!() };
        assert_eq!((u.status, u.note.as_str(), u.date), (FollowUpStatus::Dropped, "ok", today));
        assert_eq!(p.handle_key(key(KeyCode::Esc), today), Outcome::Cancelled);
    }

    #[test]
    fn a_report_after_an_earlier_one_offers_its_status_and_note() {
        let today = NaiveDate::from_ymd_opt(2022, 9, 1).unwrap();
        let action: ActionItemRef = "2022-06-14-stuurgroep/A2".parse().unwrap();
        let earlier = OwnerUpdate {
            action: action.clone(),
            date: today,
            status: FollowUpStatus::Ongoing,
            note: "Helft gedaan".into(),
        };
        let mut p = ReportPopup::after(action, Some(&earlier));
        assert_eq!(p.status, FollowUpStatus::Ongoing);
        p.handle_key(key(KeyCode::Char('!')), today);
        let Outcome::Chosen(u) = p.handle_key(key(KeyCode::Enter), today) else { panic!() };
        assert_eq!(u.note, "Helft gedaan!");
    }
}
