//! The calendar that updates: Belgian time with its VTIMEZONE, DTSTAMP the moment of export,
//! SEQUENCE and LAST-MODIFIED that move when a meeting's time or place is changed (and stay
//! put while it is not), UIDs that carry the association and stay those of the invitation
//! when a meeting's date (and so its id) changes; read by python's `icalendar` where it is
//! installed (`.ci/run` installs it).

mod common;
mod pty;

use common::cli::{run_on, stderr};
use std::path::Path;
use std::process::Command;
use stuurgroep::export::calendar;

fn export_calendar(root: &Path) -> String {
    let out = run_on(root, &["export", "calendar", "--body", "stuurgroep"]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// The lines of the event of `id`, unfolded.
fn event(ics: &str, id: &str) -> Vec<String> {
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    let start = lines.iter().position(|l| l.starts_with(&format!("UID:{id}@"))).expect(id);
    lines[start..].iter().take_while(|l| **l != "END:VEVENT").map(|l| l.to_string()).collect()
}

fn value(event: &[String], name: &str) -> String {
    event.iter().find_map(|l| l.strip_prefix(&format!("{name}:"))).unwrap_or_default().to_owned()
}

#[test]
fn a_moved_meeting_is_an_update_and_an_untouched_one_stays_the_same() {
    let f = common::Fixture::new();
    let id = "2021-06-15-stuurgroep";
    let file = f.path("meetings/2021/2021-06-15-stuurgroep.ron");
    let long_ago =
        std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_735_689_600);
    std::fs::File::options().write(true).open(&file).unwrap().set_modified(long_ago).unwrap();
    let before = event(&export_calendar(f.root()), id);
    assert_eq!(value(&before, "LAST-MODIFIED"), "20250101T000000Z");
    let again = event(&export_calendar(f.root()), id);
    assert_eq!(value(&again, "SEQUENCE"), value(&before, "SEQUENCE"), "nothing changed");
    assert_eq!(value(&again, "UID"), value(&before, "UID"));

    let mut m = common::meeting("2021-06-15");
    m.status = stuurgroep::domain::meeting::MinutesStatus::Draft;
    m.start = "20:00".parse().ok();
    m.location = Some("Gemeentehuis Gooik".into());
    f.write_meeting(&m);
    let after = event(&export_calendar(f.root()), id);
    let seq = |e: &[String]| value(e, "SEQUENCE").parse::<i64>().unwrap();
    assert!(seq(&after) > seq(&before), "{} then {}", seq(&before), seq(&after));
    assert_ne!(value(&after, "LAST-MODIFIED"), value(&before, "LAST-MODIFIED"));
    assert_eq!(value(&after, "UID"), value(&before, "UID"), "the same event, updated");
    assert_eq!(value(&after, "DTSTART;TZID=Europe/Brussels"), "20210615T200000");
    assert_eq!(value(&after, "LOCATION"), "Gemeentehuis Gooik");
    let stamp = value(&after, "DTSTAMP");
    let now = chrono::Utc::now().format("%Y%m%d").to_string();
    assert!(stamp.starts_with(&now) && stamp.ends_with('Z'), "stamped at export: {stamp}");
}

#[test]
fn two_associations_never_share_a_uid() {
    let m = common::meeting("2021-06-15");
    let e = [calendar::Event::of(&m, None, [&m])];
    let now = chrono::Utc::now();
    let a = calendar::ics(&e, None, "Cultuurregio Pajottenland-Zennevallei", now);
    let b = calendar::ics(&e, None, "Cultuurregio Midden-Limburg", now);
    let uid = |ics: &str| event(ics, "2021-06-15-stuurgroep")[0].clone();
    assert_eq!(uid(&a), "UID:2021-06-15-stuurgroep@cultuurregio-pajottenland-zennevallei");
    assert_ne!(uid(&a), uid(&b));
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs python3 with icalendar; .ci/run installs it and runs this"
)]
#[cfg_attr(windows, ignore = "runs python, a Linux program here")]
fn python_icalendar_reads_belgian_times() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("vergaderingen.ics");
    std::fs::write(&file, export_calendar(Path::new(env!("CARGO_MANIFEST_DIR")))).unwrap();
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print('timezones', [str(t['TZID']) for t in cal.walk('VTIMEZONE')])
for e in cal.walk('VEVENT'):
    start = e['DTSTART']
    if start.params.get('TZID'):
        print(str(e['UID']), start.params['TZID'], start.dt.isoformat(), int(e['SEQUENCE']), e['DTSTAMP'].dt.tzname())
"#;
    let out = Command::new("python3").arg("-c").arg(script).arg(&file).output().expect("python3");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("timezones ['Europe/Brussels']"), "{said}");
    // Summer time in October, winter time in December: the VTIMEZONE is read.
    assert!(said.contains("Europe/Brussels 2022-10-11T19:30:00+02:00"), "{said}");
    assert!(said.contains("Europe/Brussels 2020-12-08T") && said.contains(":00+01:00"), "{said}");
    assert!(said.lines().filter(|l| l.contains("@cultuurregio-")).count() >= 10, "{said}");
    assert!(said.lines().skip(1).all(|l| l.ends_with(" UTC")), "DTSTAMP in UTC: {said}");
}

#[test]
fn action_items_with_a_due_date_come_as_to_dos_on_request() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(!export_calendar(root).contains("BEGIN:VTODO"), "only when asked");
    let out = run_on(root, &["export", "calendar", "--body", "stuurgroep", "--todos"]);
    assert!(out.status.success());
    let ics = String::from_utf8(out.stdout).unwrap().replace("\r\n ", "");
    let todo = |uid: &str| -> Vec<String> {
        let lines: Vec<&str> = ics.split("\r\n").collect();
        let at = lines.iter().position(|l| l.starts_with(&format!("UID:{uid}@"))).expect(uid);
        lines[at..].iter().take_while(|l| **l != "END:VTODO").map(|l| l.to_string()).collect()
    };
    let open = todo("2022-06-14-stuurgroep-A3");
    assert!(open.contains(&"DUE;VALUE=DATE:20221231".to_owned()), "{open:?}");
    assert!(open.contains(&"STATUS:NEEDS-ACTION".to_owned()));
    assert!(open.iter().any(|l| l.starts_with("SUMMARY:Ruimte en timing voor een makerspace")));
    assert!(todo("2020-02-11-stuurgroep-A1").contains(&"STATUS:COMPLETED".to_owned()));
    assert!(ics.matches("BEGIN:VTODO").count() == ics.matches("END:VTODO").count());
}

/// A copy of the example with a planned meeting of the steering group on 4 March 2031, its
/// file last written long ago, moved to 11 March the way the app moves it (its id and file
/// follow the date); then a new meeting planned on the day it left. The calendars before and
/// after, as `export calendar` writes them.
fn moved_meeting_calendars() -> (tempfile::TempDir, String, String) {
    use stuurgroep::domain::edit::NewMeeting;
    use stuurgroep::store::editing::{Opened, Workbench};
    use stuurgroep::tui::ctx::Ctx;
    use stuurgroep::tui::held::{editor, on};
    let dir = pty::example_copy();
    let root = dir.path();
    let me = "lotte-verhaegen".into();
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2031, 3, d).unwrap();
    let plan = |date| NewMeeting { body: "stuurgroep".into(), date, start: None, location: None };
    let load =
        || Ctx::open(stuurgroep::store::load_folder(root).unwrap(), stuurgroep::i18n::Lang::Nl);
    let mut bench = Workbench::new(root);
    let ctx = load();
    let Opened::Editor(opened) = bench.create(&on(&ctx), &me, &plan(day(4))) else {
        panic!("not created")
    };
    bench.close(&editor(*opened)).unwrap();
    let file = root.join("meetings/2031/2031-03-04-stuurgroep.ron");
    let long_ago =
        std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_735_689_600);
    std::fs::File::options().write(true).open(&file).unwrap().set_modified(long_ago).unwrap();
    let before = export_calendar(root);

    let ctx = load();
    let id = "2031-03-04-stuurgroep".into();
    let Opened::Editor(opened) = bench.open(&on(&ctx), &me, &id, None) else {
        panic!("not opened")
    };
    let mut moved = editor(*opened);
    assert_eq!(bench.redate(&mut moved, &on(&ctx), day(11)).unwrap(), "2031-03-11-stuurgroep");
    bench.close(&moved).unwrap();
    assert!(!file.exists() && root.join("meetings/2031/2031-03-11-stuurgroep.ron").exists());
    let ctx = load();
    let Opened::Editor(opened) = bench.create(&on(&ctx), &me, &plan(day(4))) else {
        panic!("not created")
    };
    bench.close(&editor(*opened)).unwrap();
    let after = export_calendar(root);
    (dir, before, after)
}

/// The event whose DTSTART is on `day` (`YYYYMMDD`), unfolded.
fn event_on(ics: &str, day: &str) -> Vec<String> {
    let unfolded = ics.replace("\r\n ", "");
    let events: Vec<&str> = unfolded.split("BEGIN:VEVENT\r\n").skip(1).collect();
    let found = events.iter().find(|e| e.contains(&format!("DTSTART;VALUE=DATE:{day}\r\n")));
    found.expect(day).split("\r\n").map(str::to_owned).collect()
}

#[test]
fn a_meeting_whose_date_changes_keeps_its_uid_and_is_an_update() {
    let (_dir, before, after) = moved_meeting_calendars();
    let planned = event_on(&before, "20310304");
    let moved = event_on(&after, "20310311");
    let uid = value(&planned, "UID");
    assert!(uid.starts_with("2031-03-04-stuurgroep@"), "{uid}");
    assert_eq!(value(&moved, "UID"), uid, "the same event, moved");
    let seq = |e: &[String]| value(e, "SEQUENCE").parse::<i64>().unwrap();
    assert!(seq(&moved) > seq(&planned), "an update: {} then {}", seq(&planned), seq(&moved));
    // The meeting planned later on the day the first one left is another event.
    let newcomer = event_on(&after, "20310304");
    assert_ne!(value(&newcomer, "UID"), uid);
    assert!(value(&newcomer, "UID").starts_with("2031-03-04-stuurgroep+1@"));
    assert_eq!(after.matches(&format!("UID:{uid}\r\n")).count(), 1, "one event per UID");
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs python3 with icalendar; .ci/run installs it and runs this"
)]
#[cfg_attr(windows, ignore = "runs python, a Linux program here")]
fn python_icalendar_sees_the_moved_meeting_as_the_same_event_updated() {
    let (dir, before, after) = moved_meeting_calendars();
    let (a, b) = (dir.path().join("voor.ics"), dir.path().join("na.ics"));
    std::fs::write(&a, before).unwrap();
    std::fs::write(&b, after).unwrap();
    let script = r#"
import sys, icalendar
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    for e in cal.walk('VEVENT'):
        day = e['DTSTART'].dt
        if day.year == 2031:
            print(path[-6:], day.isoformat(), str(e['UID']), int(e['SEQUENCE']))
"#;
    let out =
        Command::new("python3").arg("-c").arg(script).arg(&a).arg(&b).output().expect("python3");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    let rows: Vec<Vec<&str>> = said.lines().map(|l| l.split(' ').collect()).collect();
    let find = |file: &str, day: &str| {
        rows.iter()
            .find(|r| r[0] == file && r[1] == day)
            .unwrap_or_else(|| panic!("{file} {day}: {said}"))
    };
    let (planned, moved, newcomer) =
        (find("or.ics", "2031-03-04"), find("na.ics", "2031-03-11"), find("na.ics", "2031-03-04"));
    assert_eq!(moved[2], planned[2], "{said}");
    assert!(moved[3].parse::<i64>().unwrap() > planned[3].parse::<i64>().unwrap(), "{said}");
    assert_ne!(newcomer[2], planned[2], "{said}");
    assert_eq!(rows.iter().filter(|r| r[0] == "na.ics").count(), 2, "{said}");
}
