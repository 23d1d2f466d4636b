use super::entry::retry_delay;
use super::*;

#[test]
fn retries_back_off_up_to_ten_seconds() {
    let delays: Vec<u64> = (1..=6).map(|a| retry_delay(a).as_secs()).collect();
    assert_eq!(delays, [1, 2, 5, 10, 10, 10]);
}

#[test]
fn a_file_another_program_keeps_in_use_is_retried_with_the_content_kept() {
    let mut entry = Entry::<u32> { base: Some(Base::new_file()), ..Entry::untracked() };
    entry.latest = Some(Arc::new(7));
    let busy = std::io::Error::other("sharing violation");
    entry.failed(SaveError::Busy("x.ron".into(), busy));
    assert!(matches!(entry.state, SaveState::Failed { next_retry: Some(_), .. }));
    assert!(entry.dirty && entry.latest.as_deref() == Some(&7));
}

#[test]
fn a_conflict_keeps_its_state_when_new_content_arrives() {
    let mut entry = Entry::<u32> { base: Some(Base::new_file()), ..Entry::untracked() };
    entry.failed(SaveError::ChangedOnDisk("x.ron".into()));
    assert!(matches!(entry.state_after_submit(), SaveState::Conflict { .. }));
    entry.state = SaveState::Saved { at: Utc::now(), hash: FileHash::of(b"") };
    assert_eq!(entry.state_after_submit(), SaveState::Pending);
}
