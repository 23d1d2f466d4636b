//! A text held once and shared: decision texts, agenda item titles and action item texts are
//! read by the index, the search and every view, and each of them keeps a pointer to the one
//! copy the loaded folder holds instead of a copy of its own (a twenty-year history has
//! forty thousand decisions). Written to and read from the files exactly as a `String`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::Arc;

/// An immutable text shared by every holder; a change replaces it whole.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(Arc<str>);

impl Text {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `a` and `b` are the same copy (not merely equal).
    pub fn same_copy(a: &Text, b: &Text) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Self(s.into())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Self(s.into())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Self(s.as_str().into())
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.0.to_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == &*other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Text::read_with(d, |text| Text(text.into()))
    }
}

impl Text {
    /// Reads a text as `make` makes it from the parser's text: straight from it, with no
    /// `String` between (one allocation, exactly as long, or none for a copy already held).
    pub(crate) fn read_with<'de, D: Deserializer<'de>>(
        d: D,
        make: fn(&str) -> Text,
    ) -> Result<Text, D::Error> {
        d.deserialize_str(TextVisitor(make))
    }
}

/// Makes a text from the parser's text, as its function says.
struct TextVisitor(fn(&str) -> Text);

impl serde::de::Visitor<'_> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(self.0(v))
    }
}

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn reads_and_writes_as_a_string_and_clones_share_one_copy() {
        let text: Text = ron::from_str("\"Het \\\"besluit\\\" é\"").expect("a string");
        assert_eq!(text, "Het \"besluit\" é");
        assert_eq!(ron::to_string(&text).ok(), ron::to_string("Het \"besluit\" é").ok());
        let json: Text = serde_json::from_str("\"x\\ny\"").expect("a string");
        assert_eq!(json, "x\ny");
        let copy = text.clone();
        assert!(Text::same_copy(&text, &copy));
        assert!(!Text::same_copy(&text, &Text::from(text.as_str())));
    }
}
