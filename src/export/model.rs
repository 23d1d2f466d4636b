//! What the documents say, prepared once in the reader's language: every renderer (Markdown,
//! HTML, ODT, JSON-LD) only formats these.

use crate::domain::meeting::{Meeting, Presence, Votes};
use crate::domain::organisation::Members;
use crate::domain::strings::{follow_up_status, minutes_status_sentence};
use crate::i18n::Lang;
use crate::index::Index;
use chrono::{NaiveDate, NaiveTime};

/// A person as the minutes name them: "An Peeters (Halle)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Stable id.
    pub id: String,
    /// Name with municipality or organisation.
    pub label: String,
}

/// An objective a decision serves, with today's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectiveDoc {
    /// Stable id.
    pub id: String,
    /// Today's code ("SD2 OD5").
    pub code: String,
    /// The code on the day of the decision, when it differed.
    pub code_then: Option<String>,
    /// Today's title.
    pub title: String,
}

/// A decision as it stands in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionDoc {
    /// `<meeting>/<number>`.
    pub id: String,
    /// Its place among the meeting's decisions, in agenda order (1, 2, …).
    pub number: u32,
    /// What was decided.
    pub text: String,
    /// Adopted, rejected, postponed: as a machine word.
    pub outcome: &'static str,
    /// The same in the reader's language.
    pub outcome_label: String,
    /// The vote, if any.
    pub votes: Option<Votes>,
    /// What it serves.
    pub objectives: Vec<ObjectiveDoc>,
    /// An earlier decision it amends.
    pub amends: Option<String>,
    /// An earlier decision it replaces.
    pub supersedes: Option<String>,
    /// What public documents say instead of the text, for a decision of a closed item.
    pub public_summary: Option<String>,
    /// "unaniem", or the majority it needed when not the body's: said beside the outcome.
    pub vote_rule: Option<String>,
    /// Who voted how, for a vote by name: "Bij naam – voor: …; tegen: …".
    pub named_votes: Option<String>,
}

/// An action item as it stands in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDoc {
    /// `<meeting>/A<number>`.
    pub id: String,
    /// What is to be done.
    pub text: String,
    /// Who.
    pub owner: Person,
    /// By when.
    pub due: Option<NaiveDate>,
}

/// A follow-up of an earlier action item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpDoc {
    /// The action item.
    pub action: String,
    /// Its text, when known.
    pub action_text: Option<String>,
    /// Its new status in the reader's language.
    pub status_label: String,
    /// What was said.
    pub note: String,
}

/// An agenda item with everything under it.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemDoc {
    /// Its number.
    pub number: u32,
    /// Its title.
    pub title: String,
    /// The minutes.
    pub minutes: String,
    /// Decisions.
    pub decisions: Vec<DecisionDoc>,
    /// Action items.
    pub actions: Vec<ActionDoc>,
    /// Follow-ups.
    pub follow_ups: Vec<FollowUpDoc>,
    /// Who comes in, leaves or steps out at this item, a sentence each.
    pub presence: Vec<String>,
    /// Discussed behind closed doors (besloten).
    pub closed: bool,
}

impl ItemDoc {
    /// Its title as a heading shows it: marked "(besloten)" when closed.
    pub fn heading(&self, lang: Lang) -> String {
        let marker = crate::export::strings::minutes::ClosedWord::Marker;
        match self.closed {
            true => format!(
                "{}{}",
                self.title,
                crate::export::strings::minutes::closed_word(lang, marker)
            ),
            false => self.title.clone(),
        }
    }
}

/// One meeting as a document: the minutes that are sent out, or a session in a list of
/// decisions.
#[derive(Debug, Clone, PartialEq)]
pub struct MinutesDoc {
    /// The meeting's id.
    pub id: String,
    /// The association.
    pub organisation: String,
    /// The body's id.
    pub body: String,
    /// The body's name.
    pub body_name: String,
    /// The day.
    pub date: NaiveDate,
    /// Start time.
    pub start: Option<NaiveTime>,
    /// End time.
    pub end: Option<NaiveTime>,
    /// Where.
    pub location: Option<String>,
    /// Chair.
    pub chair: Option<Person>,
    /// Secretary.
    pub secretary: Option<Person>,
    /// Present members.
    pub present: Vec<Person>,
    /// Excused members.
    pub excused: Vec<Person>,
    /// Absent members.
    pub absent: Vec<Person>,
    /// Guests, with their organisation.
    pub guests: Vec<String>,
    /// The agenda.
    pub items: Vec<ItemDoc>,
    /// "Draft", "Sent on …", "Approved by the meeting of …", in the reader's language.
    pub status_label: String,
    /// Earlier minutes approved here, with their hashes.
    pub approves: Vec<(String, String)>,
}

/// Builds the document of `meeting`.
pub fn minutes_doc(
    meeting: &Meeting,
    members: Option<&Members>,
    index: &Index,
    organisation: &str,
    lang: Lang,
) -> MinutesDoc {
    let person = |id: &crate::domain::ids::MemberId| person(members, id.as_str());
    let with = |p: Presence| {
        meeting.attendance.iter().filter(|a| a.presence == p).map(|a| person(&a.member)).collect()
    };
    MinutesDoc {
        id: meeting.id.to_string(),
        organisation: organisation.to_owned(),
        body: meeting.body.to_string(),
        body_name: members
            .and_then(|m| m.body(&meeting.body))
            .map_or_else(|| meeting.body.to_string(), |b| b.name.clone()),
        date: meeting.date,
        start: meeting.start,
        end: meeting.end,
        location: meeting.location.clone(),
        chair: meeting.chair.as_ref().map(person),
        secretary: meeting.secretary.as_ref().map(person),
        present: with(Presence::Present),
        excused: with(Presence::Excused),
        absent: with(Presence::Absent),
        guests: meeting
            .guests
            .iter()
            .map(|g| {
                g.organisation
                    .as_ref()
                    .map_or_else(|| g.name.clone(), |o| format!("{} ({o})", g.name))
            })
            .collect(),
        items: meeting
            .agenda
            .iter()
            .map(|item| item_doc(meeting, item, members, index, lang))
            .collect(),
        status_label: minutes_status_sentence(lang, &meeting.status),
        approves: meeting
            .approves
            .iter()
            .map(|a| (a.meeting.to_string(), a.hash.clone()))
            .collect(),
    }
}

fn person(members: Option<&Members>, id: &str) -> Person {
    let label = members.and_then(|m| m.member(&id.into())).map_or_else(
        || id.to_owned(),
        |m| match m.municipality.as_ref().or(None) {
            Some(place) => format!("{} ({})", m.name, municipality_name(place.as_str())),
            None => m
                .organisation
                .as_ref()
                .map_or_else(|| m.name.clone(), |o| format!("{} ({o})", m.name)),
        },
    );
    Person { id: id.to_owned(), label }
}

/// An action item's owner: a member as [`person`], anyone else by name and what they are.
fn owner(members: Option<&Members>, owner: &crate::domain::meeting::Owner, lang: Lang) -> Person {
    match owner.member() {
        Some(id) => person(members, id.as_str()),
        None => Person {
            id: String::new(),
            label: crate::domain::strings::owner(lang, owner, |id| id.to_string()),
        },
    }
}

/// "sint-pieters-leeuw" → "Sint-Pieters-Leeuw": municipality ids are their names in lower case.
fn municipality_name(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn item_doc(
    meeting: &Meeting,
    item: &crate::domain::meeting::AgendaItem,
    members: Option<&Members>,
    index: &Index,
    lang: Lang,
) -> ItemDoc {
    ItemDoc {
        number: item.number,
        title: item.title.to_string(),
        minutes: item.minutes.clone(),
        decisions: item
            .decisions
            .iter()
            .map(|d| decision_doc(meeting, d, members, index, lang))
            .collect(),
        actions: item
            .actions
            .iter()
            .map(|a| ActionDoc {
                id: crate::domain::ids::ActionItemRef::new(&meeting.id, a.number).to_string(),
                text: a.text.to_string(),
                owner: owner(members, &a.owner, lang),
                due: a.due,
            })
            .collect(),
        follow_ups: item
            .follow_ups
            .iter()
            .map(|f| FollowUpDoc {
                action: f.action.to_string(),
                action_text: index
                    .actions
                    .iter()
                    .find(|a| a.reference == f.action)
                    .map(|a| a.text.trim_end_matches('.').to_owned()),
                status_label: follow_up_status(lang, f.status).to_owned(),
                note: f.note.clone(),
            })
            .collect(),
        closed: item.closed,
        presence: item
            .presence
            .iter()
            .map(|p| {
                let name = person(members, p.member.as_str()).label;
                crate::export::strings::minutes::presence_line(lang, &name, &p.change)
            })
            .collect(),
    }
}

/// A decision of `meeting` as documents show it, its vote by name with `members`' names.
pub fn decision_doc(
    meeting: &Meeting,
    d: &crate::domain::meeting::Decision,
    members: Option<&Members>,
    index: &Index,
    lang: Lang,
) -> DecisionDoc {
    DecisionDoc {
        id: crate::domain::ids::DecisionRef::new(&meeting.id, d.number).to_string(),
        // Documents number decisions in agenda order ("Besluit 1, 2, 3" after items were
        // moved); the id keeps the stable number that references use.
        number: meeting
            .decisions()
            .position(|(_, other)| other.number == d.number)
            .map_or(d.number, |at| at as u32 + 1),
        text: d.text.to_string(),
        outcome: match d.outcome {
            crate::domain::meeting::Outcome::Adopted => "adopted",
            crate::domain::meeting::Outcome::Rejected => "rejected",
            crate::domain::meeting::Outcome::Postponed => "postponed",
        },
        outcome_label: crate::domain::strings::outcome(lang, d.outcome).to_owned(),
        votes: d.votes,
        objectives: d
            .objectives
            .iter()
            .map(|id| match index.objectives.get(id.as_str()) {
                Some(o) => ObjectiveDoc {
                    id: id.to_string(),
                    code: o.code.to_string(),
                    code_then: o.code_then(meeting.date).map(|c| c.to_string()),
                    title: o.title.clone(),
                },
                None => ObjectiveDoc {
                    id: id.to_string(),
                    code: id.to_string(),
                    code_then: None,
                    title: String::new(),
                },
            })
            .collect(),
        amends: d.amends.as_ref().map(ToString::to_string),
        supersedes: d.supersedes.as_ref().map(ToString::to_string),
        public_summary: d.public_summary.clone(),
        vote_rule: crate::export::strings::minutes::vote_rule(lang, d.unanimous, d.majority),
        named_votes: named_votes(d, members, lang),
    }
}

/// The sessions of a list of decisions (besluitenlijst): every meeting of `body` (or all)
/// between `from` and `to` that took decisions, oldest first, only the items with decisions.
pub fn decision_list(
    folder: &crate::store::Folder,
    index: &Index,
    body: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    lang: Lang,
) -> Vec<MinutesDoc> {
    let members = folder.members.as_ref().map(|m| &m.value);
    let organisation = folder.plan.as_ref().map_or("", |p| p.value.organisation.name.as_str());
    let mut meetings: Vec<&Meeting> = folder
        .meetings
        .iter()
        .map(|m| &m.value)
        .filter(|m| body.is_none_or(|b| m.body.as_str() == b))
        .filter(|m| from.is_none_or(|f| f <= m.date) && to.is_none_or(|t| m.date <= t))
        .filter(|m| m.decisions().next().is_some())
        .collect();
    meetings.sort_by_key(|m| (m.date, m.id.clone()));
    let closed = super::confidential::ClosedActions::of(folder.meetings.iter().map(|m| &m.value));
    meetings
        .into_iter()
        .map(|m| {
            let mut doc = minutes_doc(m, members, index, organisation, lang);
            doc.items.retain(|i| !i.decisions.is_empty());
            // A list of decisions is published: closed items show only what may be public.
            super::confidential::public(&mut doc, &closed, lang);
            doc
        })
        .collect()
}

/// Who voted how on `d`, by name as the attendance names them; none for a vote by count.
fn named_votes(
    d: &crate::domain::meeting::Decision,
    members: Option<&Members>,
    lang: Lang,
) -> Option<String> {
    use crate::domain::meeting::Vote;
    if d.named_votes.is_empty() {
        return None;
    }
    let who = |vote: Vote| -> Vec<String> {
        let named = d.named_votes.iter().filter(|n| n.vote == vote);
        named.map(|n| person(members, n.member.as_str()).label).collect()
    };
    let [yes, no, abstain] = [Vote::Yes, Vote::No, Vote::Abstain].map(who);
    Some(crate::export::strings::minutes::named_votes(lang, &yes, &no, &abstain))
}
