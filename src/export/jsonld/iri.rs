//! The IRIs the document mints: one per session, agenda item, treatment, decision, vote,
//! mandate, person and objective, under the base given, each segment percent-encoded.

/// The IRIs of the nodes, under one base.
pub(super) struct Iris {
    base: String,
}

impl Iris {
    pub(super) fn new(base: &str) -> Self {
        let mut base = base.to_owned();
        if !base.is_empty() && !base.ends_with('/') && !base.ends_with('#') {
            base.push('/');
        }
        Self { base }
    }

    pub(super) fn at(&self, kind: &str, path: &[&str]) -> String {
        let mut iri = format!("{}{kind}", self.base);
        for segment in path {
            iri.push('/');
            iri.push_str(&segment_encode(segment));
        }
        iri
    }

    pub(super) fn unit(&self) -> String {
        format!("{}bestuurseenheid", self.base)
    }

    pub(super) fn body(&self, body: &str) -> String {
        self.at("bestuursorganen", &[body])
    }

    pub(super) fn session(&self, meeting: &str) -> String {
        self.at("zittingen", &[meeting])
    }

    pub(super) fn item(&self, meeting: &str, number: u32) -> String {
        self.at("agendapunten", &[meeting, &number.to_string()])
    }

    pub(super) fn treatment(&self, meeting: &str, number: u32) -> String {
        self.at("behandelingen", &[meeting, &number.to_string()])
    }

    /// `reference` is `<meeting>/<number>`.
    pub(super) fn decision(&self, reference: &str) -> String {
        self.at("besluiten", &element(reference))
    }

    pub(super) fn vote(&self, decision: &str) -> String {
        self.at("stemmingen", &element(decision))
    }

    pub(super) fn mandataris(&self, body: &str, person: &str) -> String {
        self.at("mandatarissen", &[body, person])
    }

    pub(super) fn person(&self, person: &str) -> String {
        self.at("personen", &[person])
    }

    pub(super) fn objective(&self, objective: &str) -> String {
        self.at("doelstellingen", &[objective])
    }
}

/// `<meeting>/<number>` as the two segments of a path.
pub(super) fn element(reference: &str) -> Vec<&str> {
    match reference.rsplit_once('/') {
        Some((meeting, number)) => vec![meeting, number],
        None => vec![reference],
    }
}

/// One IRI path segment: unreserved characters as they are, every other byte as `%XX`, and
/// `.` / `..` encoded so that no resolver takes them for a step up.
pub(super) fn segment_encode(segment: &str) -> String {
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
