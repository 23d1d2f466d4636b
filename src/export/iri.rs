//! The IRIs of the published list of decisions, one scheme for the JSON-LD and the RDFa of
//! the HTML list: `<base><kind>/<segment>/…`, each path segment percent-encoded.

/// The IRIs of the nodes, under one base.
pub struct Iris {
    base: String,
}

impl Iris {
    /// IRIs under `base`, a `/` added when it ends in neither `/` nor `#`.
    pub fn new(base: &str) -> Self {
        let mut base = base.to_owned();
        if !base.is_empty() && !base.ends_with('/') && !base.ends_with('#') {
            base.push('/');
        }
        Self { base }
    }

    fn at(&self, kind: &str, path: &[&str]) -> String {
        let mut iri = format!("{}{kind}", self.base);
        for segment in path {
            iri.push('/');
            iri.push_str(&segment_encode(segment));
        }
        iri
    }

    /// The administrative unit (the association).
    pub fn unit(&self) -> String {
        format!("{}bestuurseenheid", self.base)
    }

    /// A body.
    pub fn body(&self, body: &str) -> String {
        self.at("bestuursorganen", &[body])
    }

    /// A session (meeting).
    pub fn session(&self, meeting: &str) -> String {
        self.at("zittingen", &[meeting])
    }

    /// An agenda item.
    pub fn item(&self, meeting: &str, number: u32) -> String {
        self.at("agendapunten", &[meeting, &number.to_string()])
    }

    /// The treatment of an agenda item.
    pub fn treatment(&self, meeting: &str, number: u32) -> String {
        self.at("behandelingen", &[meeting, &number.to_string()])
    }

    /// A decision; `reference` is `<meeting>/<number>`.
    pub fn decision(&self, reference: &str) -> String {
        self.at("besluiten", &element(reference))
    }

    /// The vote on a decision.
    pub fn vote(&self, decision: &str) -> String {
        self.at("stemmingen", &element(decision))
    }

    /// A member's mandate in a body.
    pub fn mandataris(&self, body: &str, person: &str) -> String {
        self.at("mandatarissen", &[body, person])
    }

    /// A person.
    pub fn person(&self, person: &str) -> String {
        self.at("personen", &[person])
    }

    /// An objective.
    pub fn objective(&self, objective: &str) -> String {
        self.at("doelstellingen", &[objective])
    }
}

/// `<meeting>/<number>` as the two segments of a path.
fn element(reference: &str) -> Vec<&str> {
    match reference.rsplit_once('/') {
        Some((meeting, number)) => vec![meeting, number],
        None => vec![reference],
    }
}

/// One IRI path segment: unreserved characters as they are, every other byte as `%XX`, and
/// `.` / `..` encoded so that no resolver takes them for a step up.
fn segment_encode(segment: &str) -> String {
    if segment == "." || segment == ".." {
        return segment.replace('.', "%2E");
    }
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(segment_encode("2021-03-16-stuurgroep"), "2021-03-16-stuurgroep");
        assert_eq!(segment_encode("a b/\"<é"), "a%20b%2F%22%3C%C3%A9");
        assert_eq!(segment_encode(".."), "%2E%2E");
    }
}
