use super::*;

fn event(date: &str, change: Change) -> HistoryEvent {
    HistoryEvent {
        date: date.parse().unwrap(),
        change,
        decision: None,
        note: None,
        editorial: false,
    }
}

#[test]
fn code_on_a_date_follows_the_history() {
    let history = vec![
        event("2020-01-01", Change::Added { code: ObjectiveCode::od(1, 1) }),
        event(
            "2021-03-16",
            Change::Moved { from: ObjectiveCode::od(1, 1), to: ObjectiveCode::od(2, 5) },
        ),
    ];
    let today = ObjectiveCode::od(2, 5);
    let on = |d: &str| code_on(&history, today, d.parse().unwrap());
    assert_eq!(on("2019-12-31"), None);
    assert_eq!(on("2020-06-01"), Some(ObjectiveCode::od(1, 1)));
    assert_eq!(on("2021-03-16"), Some(ObjectiveCode::od(2, 5)));
    assert_eq!(all_codes(&history, today), vec![ObjectiveCode::od(1, 1), ObjectiveCode::od(2, 5)]);
}
