//! The list of decisions as JSON-LD (OSLO Besluit Publicatie) on the bundled example: the
//! shape of the graph, the votes, links that resolve, and hostile folder text kept inert.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use stuurgroep::export::jsonld::besluitenlijst_jsonld;
use stuurgroep::export::model::{self, MinutesDoc};
use stuurgroep::i18n::Lang;

const ORG: &str = "Cultuurregio Pajottenland-Zennevallei";
const BASE: &str = "https://data.cultuurregio.example/";
const DUTCH: &str = "http://publications.europa.eu/resource/authority/language/NLD";

fn sessions(body: Option<&str>) -> Vec<MinutesDoc> {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let index = stuurgroep::index::Index::build(&folder);
    model::decision_list(&folder, &index, body, None, None, Lang::Nl)
}

/// The rendered document, parsed, with its nodes by id.
struct Doc {
    json: Value,
    nodes: BTreeMap<String, Value>,
}

impl Doc {
    fn of(sessions: &[MinutesDoc], organisation: &str, base: &str) -> Doc {
        let text = besluitenlijst_jsonld(sessions, organisation, base);
        let json: Value = serde_json::from_str(&text).expect("valid JSON");
        let mut nodes = BTreeMap::new();
        for n in json["@graph"].as_array().expect("an @graph") {
            let id = n["@id"].as_str().expect("every node has an @id").to_owned();
            assert!(nodes.insert(id.clone(), n.clone()).is_none(), "node {id} twice");
        }
        Doc { json, nodes }
    }

    fn node(&self, id: &str) -> &Value {
        self.nodes.get(id).unwrap_or_else(|| panic!("no node {id}"))
    }

    fn of_type(&self, kind: &str) -> Vec<&Value> {
        self.nodes.values().filter(|n| n["@type"] == kind).collect()
    }
}

/// The ids a property links to, one or many.
fn links(node: &Value, property: &str) -> Vec<String> {
    match &node[property] {
        Value::Null => Vec::new(),
        Value::Array(a) => a.iter().map(|l| l["@id"].as_str().unwrap().to_owned()).collect(),
        l => vec![l["@id"].as_str().expect("a link").to_owned()],
    }
}

fn session_iri(id: &str) -> String {
    format!("{BASE}zittingen/{id}")
}

fn decision_iri(id: &str) -> String {
    format!("{BASE}besluiten/{id}")
}

#[test]
fn the_context_maps_the_prefixes_of_the_profile() {
    let doc = Doc::of(&sessions(Some("stuurgroep")), ORG, BASE);
    let context = &doc.json["@context"];
    for (prefix, iri) in [
        ("besluit", "http://data.vlaanderen.be/ns/besluit#"),
        ("eli", "http://data.europa.eu/eli/ontology#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("mandaat", "http://data.vlaanderen.be/ns/mandaat#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ] {
        assert_eq!(context[prefix], iri, "prefix {prefix}");
    }
    // Every compact IRI in the document uses a prefix of the context.
    let prefixes: BTreeSet<&str> =
        context.as_object().unwrap().keys().map(String::as_str).collect();
    for n in doc.nodes.values() {
        for (key, value) in n.as_object().unwrap() {
            let used = std::iter::once(key.as_str())
                .chain(value.as_str().filter(|_| key == "@type"))
                .filter(|k| !k.starts_with('@'));
            for term in used {
                let prefix = term.split_once(':').expect("a compact IRI").0;
                assert!(prefixes.contains(prefix), "{term} has no prefix in the context");
            }
        }
    }
}

#[test]
fn sessions_treat_their_agenda_items() {
    let docs = sessions(Some("stuurgroep"));
    assert!(!docs.is_empty());
    let doc = Doc::of(&docs, ORG, BASE);
    assert_eq!(doc.of_type("besluit:Zitting").len(), docs.len());
    let body = format!("{BASE}bestuursorganen/stuurgroep");
    assert_eq!(doc.node(&body)["@type"], "besluit:Bestuursorgaan");
    assert_eq!(doc.node(&body)["skos:prefLabel"], docs[0].body_name);
    let unit = links(doc.node(&body), "besluit:bestuurt");
    assert_eq!(doc.node(&unit[0])["@type"], "besluit:Bestuurseenheid");
    assert_eq!(doc.node(&unit[0])["skos:prefLabel"], ORG);

    for s in &docs {
        let zitting = doc.node(&session_iri(&s.id));
        assert_eq!(zitting["@type"], "besluit:Zitting");
        assert_eq!(links(zitting, "besluit:isGehoudenDoor"), vec![body.clone()]);
        let items = links(zitting, "besluit:behandelt");
        assert_eq!(items.len(), s.items.len(), "{}", s.id);
        for (iri, item) in items.iter().zip(&s.items) {
            let punt = doc.node(iri);
            assert_eq!(punt["@type"], "besluit:Agendapunt");
            assert_eq!(punt["dct:title"], item.title);
        }
        if let Some(start) = s.start {
            let planned = &zitting["besluit:geplandeStart"];
            assert_eq!(planned["@type"], "xsd:dateTime");
            // A Belgian local time with its offset: winter +01:00, summer +02:00.
            let value = planned["@value"].as_str().unwrap();
            let local = format!("{}T{}", s.date, start.format("%H:%M:%S"));
            let summer = (4..=9).contains(&chrono::Datelike::month(&s.date));
            let offset = if summer { "+02:00" } else { "+01:00" };
            if summer || !(3..=10).contains(&chrono::Datelike::month(&s.date)) {
                assert_eq!(value, format!("{local}{offset}"), "{}", s.id);
            } else {
                assert!(value.starts_with(&local) && value.len() == local.len() + 6, "{value}");
            }
            assert_eq!(zitting["prov:startedAtTime"], *planned);
        }
        if s.end.is_some() {
            assert_eq!(zitting["prov:endedAtTime"]["@type"], "xsd:dateTime");
        }
        assert_eq!(zitting["dct:date"]["@value"], s.date.to_string());
        assert_eq!(zitting["dct:date"]["@type"], "xsd:date");
        if let Some(location) = &s.location {
            assert_eq!(zitting["prov:atLocation"], *location);
        }
        // People as mandatarissen of the body, each the alias of a person.
        let present = links(zitting, "besluit:heeftAanwezigeBijStart");
        assert_eq!(present.len(), s.present.len());
        let chair = links(zitting, "besluit:heeftVoorzitter");
        let secretary = links(zitting, "besluit:heeftSecretaris");
        assert_eq!(chair.len(), usize::from(s.chair.is_some()));
        assert_eq!(secretary.len(), usize::from(s.secretary.is_some()));
        for m in present.iter().chain(&chair).chain(&secretary) {
            assert_eq!(doc.node(m)["@type"], "mandaat:Mandataris");
            let person = links(doc.node(m), "mandaat:isBestuurlijkeAliasVan");
            let person = doc.node(&person[0]);
            assert_eq!(person["@type"], "person:Person");
            // Given and family name, and the whole name.
            let (given, family) =
                (person["persoon:gebruikteVoornaam"].as_str(), person["foaf:familyName"].as_str());
            let whole = person["foaf:name"].as_str().unwrap();
            assert_eq!(format!("{} {}", given.unwrap(), family.unwrap()), whole);
        }
    }
    let an = doc.node(&format!("{BASE}personen/an-peeters"));
    assert_eq!(
        (&an["persoon:gebruikteVoornaam"], &an["foaf:familyName"]),
        (&"An".into(), &"Peeters".into())
    );
    // Known offsets: 16 March 2021 was winter time, 14 June 2022 summer time.
    let march = doc.node(&session_iri("2021-03-16-stuurgroep"));
    assert_eq!(march["besluit:geplandeStart"]["@value"], "2021-03-16T19:30:00+01:00");
    let june = doc.node(&session_iri("2022-06-14-stuurgroep"));
    assert!(june["prov:endedAtTime"]["@value"].as_str().unwrap().ends_with("+02:00"));
}

#[test]
fn treatments_are_public_unless_closed_in_order_and_say_what_came_of_them() {
    let docs = sessions(None);
    let doc = Doc::of(&docs, ORG, BASE);
    for s in &docs {
        let mut before: Option<String> = None;
        for item in &s.items {
            let iri = format!("{BASE}behandelingen/{}/{}", s.id, item.number);
            let t = doc.node(&iri);
            assert_eq!(t["besluit:openbaar"], !item.closed, "{iri}");
            assert_eq!(links(t, "besluit:gebeurtNa"), before.iter().cloned().collect::<Vec<_>>());
            let gevolg = t["besluit:gevolg"]["@value"].as_str().unwrap();
            for d in &item.decisions {
                let word = match d.outcome {
                    "adopted" => "aangenomen",
                    "rejected" => "verworpen",
                    _ => "uitgesteld",
                };
                assert!(gevolg.contains(word), "{iri}: {gevolg}");
            }
            before = Some(iri);
        }
    }
}

#[test]
fn decisions_are_generated_by_the_treatment_of_their_agenda_item() {
    let docs = sessions(Some("stuurgroep"));
    let doc = Doc::of(&docs, ORG, BASE);
    let treatments = doc.of_type("besluit:BehandelingVanAgendapunt");
    let mut decisions = 0;
    let mut titles = BTreeSet::new();
    for s in &docs {
        let items = links(doc.node(&session_iri(&s.id)), "besluit:behandelt");
        for (iri, item) in items.iter().zip(&s.items) {
            for d in &item.decisions {
                decisions += 1;
                let id = decision_iri(&d.id);
                let besluit = doc.node(&id);
                assert_eq!(besluit["@type"], "besluit:Besluit");
                let title = besluit["eli:title"].as_str().unwrap();
                assert!(!title.is_empty() && title.chars().count() <= 140, "{id}: {title}");
                assert!(titles.insert(title.to_owned()), "{id}: its own title, {title}");
                let description = besluit["eli:description"].as_str().unwrap();
                assert!(description.contains(&item.title), "{id}: {description}");
                assert_ne!(besluit["eli:description"], besluit["prov:value"]);
                assert_eq!(besluit["prov:value"], d.text.trim());
                let motivation = &besluit["besluit:motivering"];
                assert_eq!(motivation["@language"], "nl");
                assert!(!motivation["@value"].as_str().unwrap().is_empty());
                // A proposal that was not adopted never reads as an adopted decision.
                match d.outcome {
                    "adopted" => assert!(description.starts_with("Aangenomen besluit"), "{id}"),
                    "rejected" => assert!(title.starts_with("Verworpen: "), "{id}: {title}"),
                    _ => assert!(title.starts_with("Uitgesteld: "), "{id}: {title}"),
                }
                assert_eq!(links(besluit, "eli:language"), vec![DUTCH.to_owned()]);
                assert_eq!(besluit["eli:date_document"]["@type"], "xsd:date");
                let by: Vec<_> = treatments
                    .iter()
                    .filter(|t| links(t, "prov:generated").contains(&id))
                    .collect();
                assert_eq!(by.len(), 1, "{id} is generated by one treatment");
                assert_eq!(links(by[0], "dct:subject"), vec![iri.clone()], "{id}");
                let codes: Vec<&Value> = links(besluit, "eli:is_about")
                    .iter()
                    .map(|o| &doc.node(o)["skos:notation"])
                    .collect();
                let expected: Vec<&str> = d.objectives.iter().map(|o| o.code.as_str()).collect();
                assert_eq!(codes, expected, "{id}");
            }
        }
    }
    assert_eq!(doc.of_type("besluit:Besluit").len(), decisions);
    assert!(decisions > 0);
}

#[test]
fn votes_carry_their_counts_and_outcome() {
    let docs = sessions(None);
    let doc = Doc::of(&docs, ORG, BASE);
    let mut votes = 0;
    for s in &docs {
        for item in &s.items {
            let treatment = doc.node(&format!("{BASE}behandelingen/{}/{}", s.id, item.number));
            let stemmingen = links(treatment, "besluit:heeftStemming");
            let with_votes: Vec<_> = item.decisions.iter().filter(|d| d.votes.is_some()).collect();
            assert_eq!(stemmingen.len(), with_votes.len(), "{} {}", s.id, item.number);
            for (iri, d) in stemmingen.iter().zip(with_votes) {
                votes += 1;
                let v = d.votes.unwrap();
                let stemming = doc.node(iri);
                assert_eq!(stemming["@type"], "besluit:Stemming");
                assert_eq!(stemming["besluit:aantalVoorstanders"], v.yes);
                assert_eq!(stemming["besluit:aantalTegenstanders"], v.no);
                assert_eq!(stemming["besluit:aantalOnthouders"], v.abstain);
                assert_eq!(stemming["besluit:onderwerp"]["@value"], d.text);
                assert_eq!(stemming["besluit:gevolg"]["@language"], "nl");
            }
        }
    }
    assert_eq!(doc.of_type("besluit:Stemming").len(), votes);
    assert!(votes > 0, "the example has votes");

    // One known vote: the co-financing of the makerspaces, 13 for, 1 against, 2 abstaining.
    let makerspaces = doc.node(&format!("{BASE}stemmingen/2021-03-30-raad-van-bestuur/4"));
    assert_eq!(makerspaces["besluit:aantalVoorstanders"], 13);
    assert_eq!(makerspaces["besluit:aantalTegenstanders"], 1);
    assert_eq!(makerspaces["besluit:aantalOnthouders"], 2);
    assert_eq!(makerspaces["besluit:gevolg"]["@value"], "aangenomen");
    let treatment = doc.node(&format!("{BASE}behandelingen/2021-03-30-raad-van-bestuur/6"));
    assert_eq!(
        links(treatment, "besluit:heeftStemming"),
        vec![format!("{BASE}stemmingen/2021-03-30-raad-van-bestuur/4")]
    );
    // The steering group does not vote.
    assert!(
        Doc::of(&sessions(Some("stuurgroep")), ORG, BASE).of_type("besluit:Stemming").is_empty()
    );
}

/// Every `{"@id": …}` used as a value, with the property that holds it.
fn all_links(value: &Value, property: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(o) if o.len() == 1 && o.contains_key("@id") => {
            out.push((property.to_owned(), o["@id"].as_str().unwrap().to_owned()));
        }
        Value::Object(o) => {
            for (k, v) in o {
                all_links(v, k, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| all_links(v, property, out)),
        _ => {}
    }
}

#[test]
fn links_resolve_to_nodes_of_the_graph() {
    for body in [Some("stuurgroep"), Some("raad-van-bestuur"), None] {
        let docs = sessions(body);
        let doc = Doc::of(&docs, ORG, BASE);
        let mut found = Vec::new();
        all_links(&doc.json["@graph"], "@graph", &mut found);
        assert!(found.len() > 100);
        let mut earlier = 0;
        for (property, iri) in found {
            if doc.nodes.contains_key(&iri) {
                continue;
            }
            match property.as_str() {
                // An earlier decision outside the list: still one of ours.
                "eli:amends" | "dct:replaces" => {
                    earlier += 1;
                    assert!(iri.starts_with(&format!("{BASE}besluiten/")), "{iri}");
                }
                _ => panic!("{property} → {iri} is not in the graph"),
            }
        }
        if body.is_none() {
            assert_eq!(earlier, 0, "the whole folder holds every decision it refers to");
        }
        for iri in doc.nodes.keys().filter(|iri| *iri != DUTCH) {
            assert!(iri.starts_with(BASE), "{iri} under the base");
        }
        assert_eq!(doc.node(DUTCH)["@type"], "skos:Concept");
    }
}

#[test]
fn amendments_and_replacements_link_the_earlier_decision() {
    let docs = sessions(Some("stuurgroep"));
    let doc = Doc::of(&docs, ORG, BASE);
    let (mut amends, mut replaces) = (0, 0);
    for d in docs.iter().flat_map(|s| &s.items).flat_map(|i| &i.decisions) {
        let besluit = doc.node(&decision_iri(&d.id));
        let expected: Vec<String> = d.amends.iter().map(|a| decision_iri(a)).collect();
        assert_eq!(links(besluit, "eli:amends"), expected, "{}", d.id);
        let expected: Vec<String> = d.supersedes.iter().map(|a| decision_iri(a)).collect();
        assert_eq!(links(besluit, "dct:replaces"), expected, "{}", d.id);
        amends += usize::from(d.amends.is_some());
        replaces += usize::from(d.supersedes.is_some());
    }
    assert!(amends > 0 && replaces > 0, "the example amends and replaces decisions");
}

#[test]
fn the_same_sessions_give_the_same_bytes() {
    let docs = sessions(None);
    let a = besluitenlijst_jsonld(&docs, ORG, BASE);
    let b = besluitenlijst_jsonld(&docs, ORG, BASE);
    assert_eq!(a, b);
    assert!(a.ends_with("}\n"));
    // A base without a trailing slash gets one.
    let c = besluitenlijst_jsonld(&docs, ORG, BASE.trim_end_matches('/'));
    assert_eq!(a, c);
}

#[test]
fn hostile_text_stays_an_inert_json_string() {
    let hostile =
        "</script><script>alert(1)</script> \"quoted\" 'single' \\ & \u{1b}[2J\u{7}\u{0}\u{2028}";
    let mut docs = sessions(Some("stuurgroep"));
    let s = &mut docs[0];
    s.body_name = hostile.into();
    s.location = Some(hostile.into());
    s.chair.as_mut().unwrap().label = hostile.into();
    s.present[0].label = hostile.into();
    s.items[0].title = hostile.into();
    s.items[0].decisions[0].text = hostile.into();
    s.items[0].decisions[0].votes =
        Some(stuurgroep::domain::meeting::Votes { yes: 1, no: 2, abstain: 3 });
    if let Some(o) = s.items[0].decisions[0].objectives.first_mut() {
        o.title = hostile.into();
        o.code = hostile.into();
    }
    // A hostile id too: it ends up percent-encoded in the IRIs.
    s.id = "x\"/<y>".into();
    s.items[0].decisions[0].id = "x\"/<y>/1".into();

    let text = besluitenlijst_jsonld(&docs, hostile, BASE);
    for raw in ["</script>", "<script>", "\u{1b}", "\u{7}", "\u{0}", "\u{2028}", "&"] {
        assert!(!text.contains(raw), "{raw:?} appears raw");
    }
    let doc = Doc::of(&docs, hostile, BASE);
    let s = &docs[0];
    let zitting = doc.node(&format!("{BASE}zittingen/x%22%2F%3Cy%3E"));
    assert_eq!(zitting["prov:atLocation"], hostile);
    let body = doc.node(&format!("{BASE}bestuursorganen/stuurgroep"));
    assert_eq!(body["skos:prefLabel"], hostile);
    let unit = links(body, "besluit:bestuurt");
    assert_eq!(doc.node(&unit[0])["skos:prefLabel"], hostile);
    let chair = links(zitting, "besluit:heeftVoorzitter");
    assert_eq!(doc.node(&chair[0])["rdfs:label"], hostile);
    let besluit = doc.node(&format!("{BASE}besluiten/x%22%2F%3Cy%3E/1"));
    assert_eq!(besluit["prov:value"], hostile.trim());
    assert!(
        besluit["eli:title"].as_str().unwrap().starts_with("</script><script>alert(1)</script>")
    );
    let stemming = doc.node(&format!("{BASE}stemmingen/x%22%2F%3Cy%3E/1"));
    assert_eq!(stemming["besluit:onderwerp"]["@value"], hostile);
    if let Some(o) = s.items[0].decisions[0].objectives.first() {
        let concept = doc.node(&format!("{BASE}doelstellingen/{}", o.id));
        assert_eq!(concept["skos:notation"], hostile);
        assert_eq!(concept["skos:prefLabel"]["@value"], hostile);
    }
    let agendapunt = links(zitting, "besluit:behandelt");
    assert_eq!(doc.node(&agendapunt[0])["dct:title"], hostile);
}
