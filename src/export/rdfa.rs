//! The list of decisions as one HTML page annotated with RDFa 1.1, as Gelinkt Notuleren
//! publishes its lists: the same sessions, agenda items, treatments, decisions and votes, under
//! the same IRIs ([`super::iri`]) and with the same derived texts ([`super::publication`]) as
//! the JSON-LD, so that the page validates against the same shapes. What a reader sees is the
//! list as before; the values the page does not show word for word (a decision's short title,
//! its motivation, the offsets of the times) are `<meta>`/`<link>` elements beside it. Every
//! value and IRI is XML-escaped into its attribute.

use super::escape::xml;
use super::iri::Iris;
use super::jsonld::PREFIXES;
use super::minutes::{decision_lines, facts};
use super::model::{DecisionDoc, ItemDoc, MinutesDoc};
use super::publication;
use crate::export::strings::minutes::{Word, word};
use crate::i18n::Lang;

/// The language of the published texts, as the EU authority table names it.
const DUTCH: &str = "http://publications.europa.eu/resource/authority/language/NLD";

/// `<meta property=… content=…>`, with a datatype or a language when given.
fn meta(property: &str, content: &str, datatype: Option<&str>) -> String {
    let kind = match datatype {
        Some("nl") => " lang=\"nl\"".to_owned(),
        Some(d) => format!(" datatype=\"{d}\""),
        None => String::new(),
    };
    format!("<meta property=\"{property}\" content=\"{}\"{kind}>\n", xml(content))
}

/// `<link property=… href=…>`.
fn link(property: &str, iri: &str) -> String {
    format!("<link property=\"{property}\" href=\"{}\">\n", xml(iri))
}

/// The list of decisions as one self-contained HTML page with RDFa, IRIs under `base`.
pub fn list_html(
    sessions: &[MinutesDoc],
    organisation: &str,
    period: &str,
    base: &str,
    lang: Lang,
) -> String {
    let iri = Iris::new(base);
    let title = format!("{} – {}", word(lang, Word::DecisionList), organisation);
    let prefixes: Vec<String> = PREFIXES.iter().map(|(p, ns)| format!("{p}: {ns}")).collect();
    let mut body = format!(
        "<div prefix=\"{}\">\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        prefixes.join(" "),
        xml(&title),
        xml(period)
    );
    if sessions.is_empty() {
        body.push_str(&format!("<p>{}</p>\n", xml(word(lang, Word::NoDecisions))));
    } else {
        body.push_str(&format!("<span resource=\"{DUTCH}\" typeof=\"skos:Concept\"></span>\n"));
    }
    for doc in sessions {
        session(&mut body, doc, &iri, lang);
    }
    body.push_str("</div>\n");
    super::html::page(&title, &body, lang)
}

fn session(out: &mut String, doc: &MinutesDoc, iri: &Iris, lang: Lang) {
    out.push_str(&format!(
        "<section resource=\"{}\" typeof=\"besluit:Zitting\">\n",
        xml(&iri.session(&doc.id))
    ));
    out.push_str(&format!("<h2>{} – {}</h2>\n", xml(&doc.body_name), doc.date));
    out.push_str(&format!(
        "<span property=\"besluit:isGehoudenDoor\" resource=\"{}\" typeof=\"besluit:Bestuursorgaan\">\n{}</span>\n",
        xml(&iri.body(&doc.body)),
        meta("skos:prefLabel", &doc.body_name, Some("xsd:string")),
    ));
    out.push_str(&meta("dct:date", &doc.date.to_string(), Some("xsd:date")));
    let (start, end) = publication::session_span(doc.date, doc.start, doc.end);
    let (start, end) = (publication::brussels(start), publication::brussels(end));
    out.push_str(&meta("besluit:geplandeStart", &start, Some("xsd:dateTime")));
    out.push_str(&meta("prov:startedAtTime", &start, Some("xsd:dateTime")));
    out.push_str(&meta("prov:endedAtTime", &end, Some("xsd:dateTime")));
    if let Some(location) = &doc.location {
        out.push_str(&meta("prov:atLocation", location, None));
    }
    let rows: String = facts(doc, lang)
        .iter()
        .map(|(k, v)| format!("<tr><th>{}</th><td>{}</td></tr>\n", xml(k), xml(v)))
        .collect();
    out.push_str(&format!("<table class=\"meta\">\n{rows}</table>\n"));
    let mut previous = None;
    for item in &doc.items {
        item_html(out, doc, item, previous, iri, lang);
        previous = Some(item.number);
    }
    out.push_str("</section>\n");
}

/// An agenda item (linked from its session), its treatment and its decisions.
fn item_html(
    out: &mut String,
    doc: &MinutesDoc,
    item: &ItemDoc,
    previous: Option<u32>,
    iri: &Iris,
    lang: Lang,
) {
    let punt = iri.item(&doc.id, item.number);
    out.push_str(&format!(
        "<h3 property=\"besluit:behandelt\" resource=\"{}\" typeof=\"besluit:Agendapunt\">{} {}. <span property=\"dct:title\">{}</span>{}</h3>\n",
        xml(&punt),
        xml(word(lang, Word::Item)),
        item.number,
        xml(&item.title),
        xml(&item.heading(lang)[item.title.len()..])
    ));
    // The treatment is a node of its own, not a value of the session: an element with a
    // resource and no property starts a new subject.
    out.push_str(&format!(
        "<div resource=\"{}\" typeof=\"besluit:BehandelingVanAgendapunt\">\n",
        xml(&iri.treatment(&doc.id, item.number))
    ));
    out.push_str(&link("dct:subject", &punt));
    let public = if item.closed { "false" } else { "true" };
    out.push_str(&meta("besluit:openbaar", public, Some("xsd:boolean")));
    if let Some(before) = previous {
        out.push_str(&link("besluit:gebeurtNa", &iri.treatment(&doc.id, before)));
    }
    let mut outcomes: Vec<&str> = Vec::new();
    for d in &item.decisions {
        let word = publication::outcome_nl(d.outcome);
        if !outcomes.contains(&word) {
            outcomes.push(word);
        }
    }
    out.push_str(&meta("besluit:gevolg", &outcomes.join(", "), Some("nl")));
    for d in &item.decisions {
        decision_html(out, doc, item, d, iri, lang);
    }
    out.push_str("</div>\n");
}

fn decision_html(
    out: &mut String,
    doc: &MinutesDoc,
    item: &ItemDoc,
    d: &DecisionDoc,
    iri: &Iris,
    lang: Lang,
) {
    let p = publication::decision(item, d);
    if let Some(v) = d.votes {
        out.push_str(&format!(
            "<span property=\"besluit:heeftStemming\" resource=\"{}\" typeof=\"besluit:Stemming\">\n",
            xml(&iri.vote(&d.id))
        ));
        out.push_str(&meta("besluit:onderwerp", &d.text, Some("nl")));
        for (property, n) in [
            ("besluit:aantalVoorstanders", v.yes),
            ("besluit:aantalTegenstanders", v.no),
            ("besluit:aantalOnthouders", v.abstain),
        ] {
            out.push_str(&meta(property, &n.to_string(), Some("xsd:integer")));
        }
        out.push_str(&meta("besluit:gevolg", p.outcome, Some("nl")));
        out.push_str("</span>\n");
    }
    out.push_str(&format!(
        "<div class=\"decision {}\" id=\"{}\" property=\"prov:generated\" resource=\"{}\" typeof=\"besluit:Besluit\">\n<h4>{} {}</h4>\n",
        d.outcome,
        xml(&d.id),
        xml(&iri.decision(&d.id)),
        xml(word(lang, Word::Decision)),
        d.number,
    ));
    out.push_str(&meta("eli:title", &p.title, Some("xsd:string")));
    out.push_str(&meta("eli:description", &p.description, Some("xsd:string")));
    out.push_str(&meta("prov:value", &p.value, Some("xsd:string")));
    out.push_str(&meta("besluit:motivering", &p.motivation, Some("nl")));
    out.push_str(&link("eli:language", DUTCH));
    out.push_str(&meta("eli:date_document", &doc.date.to_string(), Some("xsd:date")));
    for paragraph in d.text.split("\n\n") {
        out.push_str(&format!("<p class=\"minutes\">{}</p>\n", xml(paragraph)));
    }
    out.push_str("<ul>\n");
    for line in decision_lines(d, lang) {
        out.push_str(&format!("<li>{}</li>\n", xml(&line)));
    }
    out.push_str("</ul>\n</div>\n");
}
