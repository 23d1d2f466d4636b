//! The list of decisions (besluitenlijst) as one JSON-LD document in the Flemish OSLO
//! "Besluit Publicatie" vocabulary, the application profile Gelinkt Notuleren publishes with.
//!
//! Sources followed:
//! - the application profile, <https://data.vlaanderen.be/doc/applicatieprofiel/besluit-publicatie/>
//!   (OSLO besluit vocabulary `http://data.vlaanderen.be/ns/besluit#`, with ELI, PROV, DCTERMS
//!   and the mandaat vocabulary);
//! - its SHACL shapes as Gelinkt Notuleren tests its publications against them
//!   (`lblod/notulen-prepublish-service`, `test/shapes/meeting.ttl`, `besluit-shape.ttl`,
//!   `basic-agenda.ttl`): Zitting `besluit:behandelt` Agendapunt, `besluit:isGehoudenDoor`,
//!   `besluit:geplandeStart` / `prov:startedAtTime` / `prov:endedAtTime` as `xsd:dateTime`;
//!   BehandelingVanAgendapunt `dct:subject` Agendapunt, `prov:generated` Besluit,
//!   `besluit:heeftStemming`; Besluit `eli:title`, `eli:description`, `prov:value` (inhoud),
//!   `eli:language`; Stemming `besluit:aantalVoorstanders` / `aantalTegenstanders` /
//!   `aantalOnthouders` (`xsd:integer`), `besluit:gevolg` and `besluit:onderwerp`
//!   (`rdf:langString`);
//! - its templates (`support/templates/besluitenlijst-prepublish.hbs`, `notulen-prepublish.hbs`,
//!   `partials/mandatee-list.hbs`) for what the profile leaves open: `prov:atLocation` as text,
//!   people as `mandaat:Mandataris` → `mandaat:isBestuurlijkeAliasVan` → `person:Person`,
//!   members absent at the start as `ext:heeftAfwezigeBijStart`, the language as the
//!   `skos:Concept` `http://publications.europa.eu/resource/authority/language/NLD`;
//! - the mandatendatabank's mappings (Bestuursorgaan and Bestuurseenheid `skos:prefLabel`,
//!   `besluit:bestuurt`; Persoon's "alternatieve naam" `foaf:name`).
//!
//! Every member named at a session is a `mandaat:Mandataris` of its body (one per member and
//! body), the secretary too: Gelinkt Notuleren types a municipal secretary as a
//! `leidinggevenden:Functionaris`, but the folder does not tell staff from members.
//!
//! `besluit:heeftAgendapunt` is not used: it belonged to the older Agenda node, and Gelinkt
//! Notuleren's own importers rewrite it to `besluit:behandelt`.
//!
//! Where the folder knows more than the profile says, well-known terms carry it: the policy
//! objectives a decision serves as `eli:is_about` → `skos:Concept` (`skos:notation` = code), an
//! amended decision as `eli:amends`, a replaced one as `dct:replaces`, the day of a decision as
//! `eli:date_document` and of a session as `dct:date` (`xsd:date`). What the folder does not
//! know is left out rather than guessed: `besluit:geplandOpenbaar`, `besluit:geheim`, the type
//! of an agenda item or decision.
//!
//! What the shapes require and the folder holds only in other words is worked out in
//! [`super::publication`]: each decision's own short title, description, operative part
//! (`prov:value`) and motivation (`besluit:motivering`); a decision that was not adopted says
//! so in its title, its description and its treatment's `besluit:gevolg`. Each treatment has
//! `besluit:openbaar` (false for a closed item) and, after the first, `besluit:gebeurtNa`.
//! Persons carry `persoon:gebruikteVoornaam` and `foaf:familyName` besides `foaf:name`.
//!
//! Times are Belgian local times with their offset ("+01:00", "+02:00"). A session whose times the
//! folder lacks spans its day ([`publication::session_span`]). Node ids are IRIs
//! under `base` ([`super::iri`]).
//! The document is built as a `serde_json::Value`, so every text is a JSON string; `<`, `>`,
//! `&`, U+2028 and U+2029 are written as `\u` escapes as well, so the document can be embedded
//! in an HTML `<script type="application/ld+json">` without a `</script>` in folder text ending
//! it. Same sessions in, same bytes out.

use super::iri::Iris;
use super::model::{DecisionDoc, ItemDoc, MinutesDoc, ObjectiveDoc, Person};
use super::publication;
use chrono::NaiveDateTime;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// The prefixes of the document's `@context`.
pub const PREFIXES: [(&str, &str); 12] = [
    ("besluit", "http://data.vlaanderen.be/ns/besluit#"),
    ("mandaat", "http://data.vlaanderen.be/ns/mandaat#"),
    ("eli", "http://data.europa.eu/eli/ontology#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("person", "http://www.w3.org/ns/person#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("persoon", "http://data.vlaanderen.be/ns/persoon#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("ext", "http://mu.semte.ch/vocabularies/ext/"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// The language of the folder's texts, as the EU authority table names it.
const DUTCH: &str = "http://publications.europa.eu/resource/authority/language/NLD";

/// The sessions of a list of decisions (from [`super::model::decision_list`]) as one JSON-LD
/// document: an `@context` with the prefixes above and an `@graph` with the administrative
/// unit `organisation`, the sessions with their agenda items, treatments, decisions and
/// votes, then (once each, by id) the bodies, the members as mandatarissen and persons, the
/// objectives and the language.
pub fn besluitenlijst_jsonld(sessions: &[MinutesDoc], organisation: &str, base: &str) -> String {
    let iri = Iris::new(base);
    let mut graph = Vec::new();
    // Nodes more than one session can point to, once each, in the order of their ids.
    let mut shared: BTreeMap<String, Value> = BTreeMap::new();

    let unit = iri.unit();
    let mut unit_node = node(&unit, "besluit:Bestuurseenheid");
    if !organisation.is_empty() {
        unit_node.insert("skos:prefLabel".into(), json!(organisation));
    }
    graph.push(Value::Object(unit_node));

    for session in sessions {
        session_nodes(session, &iri, &unit, &mut graph, &mut shared);
    }
    graph.extend(shared.into_values());

    let context: Map<String, Value> =
        PREFIXES.iter().map(|(p, ns)| ((*p).to_owned(), json!(ns))).collect();
    let doc = json!({ "@context": context, "@graph": graph });
    let mut text = inert(&serde_json::to_string_pretty(&doc).unwrap_or_default());
    text.push('\n');
    text
}

/// The nodes of one session: Zitting, and per agenda item Agendapunt, BehandelingVanAgendapunt,
/// Besluit and Stemming; the body, people and objectives go to `shared`.
fn session_nodes(
    s: &MinutesDoc,
    iri: &Iris,
    unit: &str,
    graph: &mut Vec<Value>,
    shared: &mut BTreeMap<String, Value>,
) {
    let body = iri.body(&s.body);
    shared.entry(body.clone()).or_insert_with(|| {
        let mut n = node(&body, "besluit:Bestuursorgaan");
        n.insert("skos:prefLabel".into(), json!(s.body_name));
        n.insert("besluit:bestuurt".into(), link(unit));
        Value::Object(n)
    });

    let mut zitting = node(&iri.session(&s.id), "besluit:Zitting");
    zitting.insert("besluit:isGehoudenDoor".into(), link(&body));
    zitting.insert("dct:date".into(), typed(s.date.format("%Y-%m-%d"), "xsd:date"));
    let (start, end) = publication::session_span(s.date, s.start, s.end);
    zitting.insert("besluit:geplandeStart".into(), date_time(start));
    zitting.insert("prov:startedAtTime".into(), date_time(start));
    zitting.insert("prov:endedAtTime".into(), date_time(end));
    if let Some(location) = &s.location {
        zitting.insert("prov:atLocation".into(), json!(location));
    }
    let mut people = |p: &Person| {
        let id = mandataris(iri, shared, &s.body, p);
        link(&id)
    };
    if let Some(chair) = &s.chair {
        zitting.insert("besluit:heeftVoorzitter".into(), people(chair));
    }
    if let Some(secretary) = &s.secretary {
        zitting.insert("besluit:heeftSecretaris".into(), people(secretary));
    }
    let present: Vec<Value> = s.present.iter().map(&mut people).collect();
    if !present.is_empty() {
        zitting.insert("besluit:heeftAanwezigeBijStart".into(), json!(present));
    }
    let away: Vec<Value> = s.excused.iter().chain(&s.absent).map(&mut people).collect();
    if !away.is_empty() {
        zitting.insert("ext:heeftAfwezigeBijStart".into(), json!(away));
    }
    let items: Vec<Value> = s.items.iter().map(|i| link(&iri.item(&s.id, i.number))).collect();
    zitting.insert("besluit:behandelt".into(), json!(items));
    graph.push(Value::Object(zitting));

    let mut previous = None;
    for item in &s.items {
        item_nodes(s, item, previous, iri, graph, shared);
        previous = Some(item.number);
    }
}

/// An agenda item, its treatment (after the treatment of item `previous`), and the decisions
/// and votes of the treatment.
fn item_nodes(
    s: &MinutesDoc,
    item: &ItemDoc,
    previous: Option<u32>,
    iri: &Iris,
    graph: &mut Vec<Value>,
    shared: &mut BTreeMap<String, Value>,
) {
    let agendapunt = iri.item(&s.id, item.number);
    let mut punt = node(&agendapunt, "besluit:Agendapunt");
    punt.insert("dct:title".into(), json!(item.title));
    graph.push(Value::Object(punt));

    let mut treatment =
        node(&iri.treatment(&s.id, item.number), "besluit:BehandelingVanAgendapunt");
    treatment.insert("dct:subject".into(), link(&agendapunt));
    // Public unless the item was closed (besloten): then the list shows only its title and
    // its decisions' public summaries (see `super::confidential`).
    treatment.insert("besluit:openbaar".into(), json!(!item.closed));
    if let Some(before) = previous {
        treatment.insert("besluit:gebeurtNa".into(), link(&iri.treatment(&s.id, before)));
    }
    // What came of the item, in the profile's words, each outcome once: a treatment whose
    // proposals were all rejected reads "verworpen", not as an adopted decision.
    let mut outcomes: Vec<&str> = Vec::new();
    for d in &item.decisions {
        let word = publication::outcome_nl(d.outcome);
        if !outcomes.contains(&word) {
            outcomes.push(word);
        }
    }
    treatment.insert("besluit:gevolg".into(), dutch(&outcomes.join(", ")));
    let decisions: Vec<Value> = item.decisions.iter().map(|d| link(&iri.decision(&d.id))).collect();
    treatment.insert("prov:generated".into(), json!(decisions));
    let votes: Vec<Value> = item
        .decisions
        .iter()
        .filter(|d| d.votes.is_some())
        .map(|d| link(&iri.vote(&d.id)))
        .collect();
    if !votes.is_empty() {
        treatment.insert("besluit:heeftStemming".into(), json!(votes));
    }
    graph.push(Value::Object(treatment));

    for d in &item.decisions {
        graph.push(decision_node(s, item, d, iri, shared));
        if let Some(v) = d.votes {
            let mut stemming = node(&iri.vote(&d.id), "besluit:Stemming");
            stemming.insert("besluit:onderwerp".into(), dutch(&d.text));
            stemming.insert("besluit:aantalVoorstanders".into(), json!(v.yes));
            stemming.insert("besluit:aantalTegenstanders".into(), json!(v.no));
            stemming.insert("besluit:aantalOnthouders".into(), json!(v.abstain));
            stemming.insert("besluit:gevolg".into(), dutch(publication::outcome_nl(d.outcome)));
            graph.push(Value::Object(stemming));
        }
    }
}

fn decision_node(
    s: &MinutesDoc,
    item: &ItemDoc,
    d: &DecisionDoc,
    iri: &Iris,
    shared: &mut BTreeMap<String, Value>,
) -> Value {
    let published = publication::decision(item, d);
    let mut besluit = node(&iri.decision(&d.id), "besluit:Besluit");
    besluit.insert("eli:title".into(), json!(published.title));
    besluit.insert("eli:description".into(), json!(published.description));
    besluit.insert("prov:value".into(), json!(published.value));
    besluit.insert("besluit:motivering".into(), dutch(&published.motivation));
    besluit.insert("eli:language".into(), link(DUTCH));
    shared.entry(DUTCH.to_owned()).or_insert_with(|| Value::Object(node(DUTCH, "skos:Concept")));
    besluit.insert("eli:date_document".into(), typed(s.date.format("%Y-%m-%d"), "xsd:date"));
    let about: Vec<Value> = d.objectives.iter().map(|o| link(&objective(iri, shared, o))).collect();
    if !about.is_empty() {
        besluit.insert("eli:is_about".into(), json!(about));
    }
    if let Some(amends) = &d.amends {
        besluit.insert("eli:amends".into(), link(&iri.decision(amends)));
    }
    if let Some(supersedes) = &d.supersedes {
        besluit.insert("dct:replaces".into(), link(&iri.decision(supersedes)));
    }
    Value::Object(besluit)
}

/// The mandataris of `p` in `body` (and the person behind it) into `shared`; its IRI.
fn mandataris(iri: &Iris, shared: &mut BTreeMap<String, Value>, body: &str, p: &Person) -> String {
    let id = iri.mandataris(body, &p.id);
    let person = iri.person(&p.id);
    shared.entry(id.clone()).or_insert_with(|| {
        let mut n = node(&id, "mandaat:Mandataris");
        n.insert("rdfs:label".into(), json!(p.label));
        n.insert("mandaat:isBestuurlijkeAliasVan".into(), link(&person));
        Value::Object(n)
    });
    shared.entry(person.clone()).or_insert_with(|| {
        let mut n = node(&person, "person:Person");
        let name = name_of(&p.label);
        n.insert("foaf:name".into(), json!(name));
        let (given, family) = publication::names(name);
        if let Some(given) = given {
            n.insert("persoon:gebruikteVoornaam".into(), json!(given));
        }
        n.insert("foaf:familyName".into(), json!(family));
        Value::Object(n)
    });
    id
}

/// The objective `o` as a concept into `shared`; its IRI.
fn objective(iri: &Iris, shared: &mut BTreeMap<String, Value>, o: &ObjectiveDoc) -> String {
    let id = iri.objective(&o.id);
    shared.entry(id.clone()).or_insert_with(|| {
        let mut n = node(&id, "skos:Concept");
        n.insert("skos:notation".into(), json!(o.code));
        if !o.title.is_empty() {
            n.insert("skos:prefLabel".into(), dutch(&o.title));
        }
        Value::Object(n)
    });
    id
}

/// "An Peeters (Halle)" → "An Peeters": the label without the municipality or organisation
/// the minutes add.
fn name_of(label: &str) -> &str {
    match label.strip_suffix(')').and_then(|l| l.rfind(" (").map(|i| &label[..i])) {
        Some(name) if !name.trim().is_empty() => name,
        _ => label,
    }
}

fn node(id: &str, kind: &str) -> Map<String, Value> {
    let mut n = Map::new();
    n.insert("@id".into(), json!(id));
    n.insert("@type".into(), json!(kind));
    n
}

fn link(id: &str) -> Value {
    json!({ "@id": id })
}

fn typed(value: impl std::fmt::Display, datatype: &str) -> Value {
    json!({ "@value": value.to_string(), "@type": datatype })
}

fn dutch(text: &str) -> Value {
    json!({ "@value": text, "@language": "nl" })
}

fn date_time(t: NaiveDateTime) -> Value {
    typed(publication::brussels(t), "xsd:dateTime")
}

/// JSON text that stays inert inside HTML too: `<`, `>`, `&` and the JavaScript line
/// separators as `\u` escapes. They only occur inside JSON strings, where the escape reads
/// back as the same character.
fn inert(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            // C1 controls and bidi overrides too: serde_json writes them raw, and a page or
            // a terminal showing the list would obey them.
            c if matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}')
                || crate::text::is_hostile(c) =>
            {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
