use super::*;
use crate::domain::meeting::FollowUpStatus;
use crate::domain::organisation::{Body, BodyKind, Member, Seat};

fn members() -> Members {
    let seat = |role| Seat { body: "stuurgroep".into(), role, from: None, until: None };
    let member = |id: &str, role| Member {
        id: id.into(),
        name: id.to_uppercase(),
        municipality: None,
        organisation: None,
        email: None,
        roles: vec![seat(role)],
    };
    Members {
        version: 1,
        written_as: None,
        written_from: None,
        bodies: vec![Body {
            id: "stuurgroep".into(),
            name: "Stuurgroep".into(),
            kind: BodyKind::SteeringGroup,
            description: None,
            agenda: Vec::new(),
            quorum: Default::default(),
            majority: Default::default(),
        }],
        members: vec![
            member("an", Role::Chair),
            member("lotte", Role::Secretary),
            member("tom", Role::Member),
        ],
    }
}

fn template() -> Vec<TemplateItem> {
    let item = |t: &str| TemplateItem::Item(t.into());
    vec![
        item("Opening"),
        item("Goedkeuring"),
        TemplateItem::FollowUp("Opvolging".into()),
        item("Varia"),
        item("Slot"),
    ]
}

fn meeting(day: u32) -> Meeting {
    meeting_of(day, &members())
}

/// A meeting of the stuurgroep on `day` November 2026 with one open action to follow up.
fn meeting_of(day: u32, members: &Members) -> Meeting {
    let new = NewMeeting {
        body: "stuurgroep".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
        start: None,
        location: None,
    };
    let open = [OpenAction {
        reference: "2026-10-01-stuurgroep/A1".parse().unwrap(),
        owner: "Tom".into(),
        text: "Offerte vragen".into(),
        due: None,
    }];
    new_meeting(&new, members, &open, &template())
}

#[test]
fn a_new_meeting_has_its_chair_secretary_members_and_template() {
    let m = meeting(23);
    assert_eq!(m.id.as_str(), "2026-11-23-stuurgroep");
    assert_eq!(m.chair, Some("an".into()));
    assert_eq!(m.secretary, Some("lotte".into()));
    assert_eq!(attendance_counts(&m), (3, 0, 0));
    let titles: Vec<&str> = m.agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Opening", "Goedkeuring", "Opvolging", "Varia", "Slot"]);
    assert!(m.agenda.iter().all(|i| i.minutes.is_empty()), "no open actions as text");
    let text = crate::store::to_ron(&m).unwrap();
    let back: Meeting =
        crate::store::format::parse(std::path::Path::new("m"), text.as_bytes()).unwrap();
    assert_eq!(back, m);
}

#[test]
fn a_body_with_its_own_agenda_gets_it_with_the_open_actions_under_its_follow_up() {
    let mut members = members();
    members.bodies[0].agenda = vec![
        TemplateItem::Item("Welkom".into()),
        TemplateItem::Item("Financiën".into()),
        TemplateItem::FollowUp("Stand van de acties".into()),
        TemplateItem::Item("Rondvraag".into()),
    ];
    let m = meeting_of(23, &members);
    let titles: Vec<&str> = m.agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Welkom", "Financiën", "Stand van de acties", "Rondvraag"]);
    assert_eq!(m.agenda[2].minutes, "");
    assert!(m.agenda.iter().enumerate().all(|(i, it)| it.number == i as u32 + 1));
}

#[test]
fn agenda_numbers_follow_places_and_decision_numbers_stay() {
    let mut m = meeting(23);
    let d1 = add_decision(&mut m, 1, "Een".into()).unwrap();
    let d2 = add_decision(&mut m, 3, "Twee".into()).unwrap();
    assert_eq!((d1, d2), (1, 2));
    add_item(&mut m, 1, "Nieuw".into()).unwrap();
    assert_eq!(m.agenda[1].title, "Nieuw");
    assert!(m.agenda.iter().enumerate().all(|(i, it)| it.number == i as u32 + 1));
    assert_eq!(move_item(&mut m, 1, false), Ok(2));
    assert_eq!(m.agenda[2].title, "Nieuw");
    assert_eq!(remove_item(&mut m, 1), Err(EditError::ItemNotEmpty));
    remove_item(&mut m, 2).unwrap();
    assert_eq!(m.decisions().map(|(_, d)| d.number).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(add_action(&mut m, 0, "x".into(), "tom".into(), None), Ok(1));
}

#[test]
fn sending_needs_every_decision_linked() {
    let mut m = meeting(23);
    add_decision(&mut m, 0, "Een".into()).unwrap();
    add_decision(&mut m, 0, "Twee".into()).unwrap();
    toggle_objective(&mut m, 2, "od-x".into()).unwrap();
    let on = m.date;
    assert_eq!(mark_sent(&mut m, on), Err(EditError::Unlinked(vec![1])));
    toggle_objective(&mut m, 1, "od-x".into()).unwrap();
    assert_eq!(mark_sent(&mut m, on), Ok(()));
}

#[test]
fn times_place_and_guests_change_until_frozen() {
    let mut m = meeting(23);
    let t = |h, mi| NaiveTime::from_hms_opt(h, mi, 0);
    assert_eq!(set_times(&mut m, t(21, 0), t(19, 30)), Err(EditError::EndBeforeStart));
    assert_eq!((m.start, m.end), (None, None));
    set_times(&mut m, t(19, 30), t(21, 50)).unwrap();
    assert_eq!((m.start, m.end), (t(19, 30), t(21, 50)));
    set_location(&mut m, "Halle".into()).unwrap();
    assert_eq!(m.location.as_deref(), Some("Halle"));
    set_location(&mut m, " ".into()).unwrap();
    assert_eq!(m.location, None);
    add_guest(&mut m, "Eva".into()).unwrap();
    add_guest(&mut m, "Jan".into()).unwrap();
    remove_guest(&mut m, 0).unwrap();
    assert_eq!(m.guests.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["Jan"]);
    assert_eq!(remove_guest(&mut m, 5), Err(EditError::NoSuchItem));
    m.status = MinutesStatus::Approved { by: "2026-12-01-stuurgroep".into() };
    assert_eq!(set_times(&mut m, None, None), Err(EditError::Frozen));
    assert_eq!(set_location(&mut m, "x".into()), Err(EditError::Frozen));
    assert_eq!(remove_guest(&mut m, 0), Err(EditError::Frozen));
}

#[test]
fn approval_freezes_the_previous_minutes_and_records_their_hash() {
    let mut previous = meeting(1);
    let mut now = meeting(23);
    approve_previous(&mut now, &mut previous, "blake3:ab".into()).unwrap();
    assert_eq!(previous.status, MinutesStatus::Approved { by: now.id.clone() });
    assert_eq!(now.approves[0].hash, "blake3:ab");
    assert_eq!(add_item(&mut previous, 0, "x".into()), Err(EditError::Frozen));
    assert_eq!(
        approve_previous(&mut now, &mut previous, "h".into()),
        Err(EditError::AlreadyApproved)
    );
    let mut later = meeting(2);
    assert_eq!(approve_previous(&mut later, &mut now, "h".into()), Err(EditError::NotEarlier));
}

#[test]
fn a_second_follow_up_of_an_action_replaces_the_first() {
    let mut m = meeting(23);
    let a: ActionItemRef = "2026-10-01-stuurgroep/A1".parse().unwrap();
    set_follow_up(&mut m, 2, a.clone(), FollowUpStatus::Ongoing, "bezig".into()).unwrap();
    set_follow_up(&mut m, 2, a, FollowUpStatus::Done, "klaar".into()).unwrap();
    let all: Vec<_> = m.follow_ups().map(|(_, f)| f.note.as_str()).collect();
    assert_eq!(all, ["klaar"]);
}
