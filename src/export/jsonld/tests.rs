use super::*;

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
