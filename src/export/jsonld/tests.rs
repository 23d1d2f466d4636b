use super::iri::segment_encode;
use super::*;

#[test]
fn segments_are_percent_encoded() {
    assert_eq!(segment_encode("2021-03-16-stuurgroep"), "2021-03-16-stuurgroep");
    assert_eq!(segment_encode("a b/\"<é"), "a%20b%2F%22%3C%C3%A9");
    assert_eq!(segment_encode(".."), "%2E%2E");
}

#[test]
fn names_lose_their_municipality() {
    assert_eq!(name_of("An Peeters (Halle)"), "An Peeters");
    assert_eq!(name_of("an-peeters"), "an-peeters");
    assert_eq!(name_of("(x)"), "(x)");
}

#[test]
fn html_characters_are_escaped() {
    assert_eq!(inert("\"</script>&\""), "\"\\u003c/script\\u003e\\u0026\"");
    // A C1 control (the one-byte CSI) and a bidi override are escaped too, and parse back.
    let escaped = inert("\"a\u{9b}b\u{202e}c\"");
    assert_eq!(escaped, "\"a\\u009bb\\u202ec\"");
    assert_eq!(serde_json::from_str::<String>(&escaped).unwrap(), "a\u{9b}b\u{202e}c");
}

#[test]
fn a_session_past_midnight_ends_the_next_day() {
    let d = NaiveDate::from_ymd_opt(2021, 3, 16).unwrap();
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    assert_eq!(end_time(d, Some(t(20)), t(1)).date(), d.succ_opt().unwrap());
    assert_eq!(end_time(d, Some(t(20)), t(22)).date(), d);
}
