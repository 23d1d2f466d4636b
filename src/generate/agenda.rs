//! What a generated meeting holds: its agenda, the minutes in Dutch sentences, decisions
//! linked to objectives (some amending or superseding earlier ones), votes, action items and
//! the follow-ups of open ones.

use crate::domain::ids::{ActionItemRef, DecisionRef, MeetingId, MemberId};
use crate::domain::meeting::*;
use chrono::{Days, NaiveDate};

use super::history::History;

impl History<'_> {
    pub(super) fn agenda(
        &mut self,
        id: &MeetingId,
        body: &str,
        date: NaiveDate,
        decisions: u32,
        owners: &[MemberId],
    ) -> Vec<AgendaItem> {
        let mut items = vec![self.item(1, "Opening en aanwezigheden", 1)];
        let mut approval = self.item(2, "Goedkeuring verslag vorige vergadering", 1);
        approval.minutes =
            "Het verslag van de vorige vergadering wordt zonder opmerkingen goedgekeurd.".into();
        items.push(approval);
        let mut follow = self.item(3, "Opvolging actiepunten", 2);
        follow.follow_ups = self.follow_ups(body);
        items.push(follow);
        let topics = 4 + self.rng.below(3);
        let (mut decision_no, mut action_no) = (1, 1);
        for t in 0..topics {
            let number = 4 + t as u32;
            let title = *self.rng.pick(&TOPICS);
            let mut item = self.item(number, title, 6);
            let share = decisions as usize / topics + usize::from(t < decisions as usize % topics);
            for _ in 0..share {
                item.decisions.push(self.decision(id, body, decision_no));
                decision_no += 1;
            }
            if self.rng.chance(70) && !owners.is_empty() {
                item.actions.push(self.action(id, body, date, action_no, owners));
                action_no += 1;
            }
            items.push(item);
        }
        let n = items.len() as u32;
        items.push(self.item(n + 1, "Varia", 2));
        items.push(self.item(n + 2, "Slot", 1));
        items
    }

    fn item(&mut self, number: u32, title: &str, sentences: usize) -> AgendaItem {
        AgendaItem {
            number,
            title: title.into(),
            minutes: self.paragraphs(sentences),
            decisions: Vec::new(),
            actions: Vec::new(),
            follow_ups: Vec::new(),
            closed: false,
            presence: Vec::new(),
        }
    }

    /// Sentences in paragraphs of three, names of municipalities and amounts filled in.
    fn paragraphs(&mut self, sentences: usize) -> String {
        let mut text = String::new();
        for i in 0..sentences {
            if i > 0 {
                text.push_str(if i % 3 == 0 { "\n\n" } else { " " });
            }
            let sentence = *self.rng.pick(&SENTENCES);
            let place = self.rng.pick(&self.municipalities).clone();
            let amount = format!("{} euro", 500 * (1 + self.rng.below(40)));
            text.push_str(&sentence.replace("{gemeente}", &place).replace("{bedrag}", &amount));
        }
        text
    }

    fn decision(&mut self, id: &MeetingId, body: &str, number: u32) -> Decision {
        let outcome = match self.rng.below(20) {
            0 => Outcome::Rejected,
            1 => Outcome::Postponed,
            _ => Outcome::Adopted,
        };
        let recent = self.recent_decisions.entry(body.to_owned()).or_default();
        let link = (!recent.is_empty() && self.rng.chance(8))
            .then(|| recent[self.rng.below(recent.len())].clone());
        let (amends, supersedes) = match link {
            Some(l) if self.rng.chance(50) => (Some(l), None),
            Some(l) => (None, Some(l)),
            None => (None, None),
        };
        let this = DecisionRef::new(id, number);
        let recent = self.recent_decisions.entry(body.to_owned()).or_default();
        recent.push(this);
        if recent.len() > 200 {
            recent.remove(0);
        }
        let votes = if body == "raad-van-bestuur" && self.rng.chance(30) {
            self.votes(outcome)
        } else {
            None
        };
        Decision {
            number,
            text: {
                let sentences = 1 + self.rng.below(2);
                self.paragraphs(sentences).into()
            },
            outcome,
            votes,
            objectives: vec![self.rng.pick(&self.objectives).clone()],
            amends,
            supersedes,
            public_summary: None,
            majority: None,
            unanimous: false,
            quorum_note: None,
            named_votes: Vec::new(),
            plan_changes: Vec::new(),
        }
    }

    /// A vote count that adds up to no more than the voting members present and carries
    /// `outcome` by a simple majority (a postponed proposal was voted either way); `None` when
    /// too few are present to count.
    fn votes(&mut self, outcome: Outcome) -> Option<Votes> {
        let cast = self.voters.saturating_sub(self.rng.below(2));
        let abstain = self.rng.below(3).min(cast / 4);
        let rest = cast - abstain;
        if rest < 2 {
            return None;
        }
        // The larger side: more than half of the votes for or against.
        let larger = rest / 2 + 1 + self.rng.below(rest - rest / 2);
        let larger = larger.min(rest);
        let (yes, no) = match outcome {
            Outcome::Rejected => (rest - larger, larger),
            _ => (larger, rest - larger),
        };
        Some(Votes { yes: yes as u32, no: no as u32, abstain: abstain as u32 })
    }

    fn action(
        &mut self,
        id: &MeetingId,
        body: &str,
        date: NaiveDate,
        number: u32,
        owners: &[MemberId],
    ) -> ActionItem {
        let owner = self.rng.pick(owners).clone();
        self.open_actions
            .entry(body.to_owned())
            .or_default()
            .push((ActionItemRef::new(id, number), owner.clone()));
        ActionItem {
            number,
            text: self.paragraphs(1).into(),
            owner: owner.into(),
            due: date.checked_add_days(Days::new(14 + 7 * self.rng.below(10) as u64)),
            objective: self.rng.chance(60).then(|| self.rng.pick(&self.objectives).clone()),
        }
    }

    fn follow_ups(&mut self, body: &str) -> Vec<FollowUp> {
        let open = std::mem::take(self.open_actions.entry(body.to_owned()).or_default());
        let mut still_open = Vec::new();
        let mut follow_ups = Vec::new();
        for (action, owner) in open {
            let status = match self.rng.below(10) {
                0..=5 => FollowUpStatus::Done,
                6 => FollowUpStatus::Dropped,
                _ => FollowUpStatus::Ongoing,
            };
            if status == FollowUpStatus::Ongoing {
                still_open.push((action.clone(), owner));
            }
            follow_ups.push(FollowUp { action, status, note: self.paragraphs(1) });
        }
        still_open.truncate(20);
        self.open_actions.insert(body.to_owned(), still_open);
        follow_ups
    }
}

const TOPICS: [&str; 12] = [
    "Boekenstoet: stand van zaken",
    "UiTPAS in de regio",
    "Taalpunt en leesbevordering",
    "Digitale week",
    "Makerspaces in de bibliotheken",
    "Afstemming programmatie cc's en gc's",
    "Samenaankoop en backoffice Regiobib",
    "Subsidiedossier bovenlokale cultuurwerking",
    "Communicatie en perscontacten",
    "Samenwerking met vzw 'de Rand'",
    "Erfgoedcel en IOED",
    "Begroting en jaarrekening",
];

const SENTENCES: [&str; 16] = [
    "De regisseur licht de stand van zaken toe aan de hand van de nota die vooraf werd bezorgd.",
    "{gemeente} vraagt om het aanbod beter te spreiden over de kleinere deelgemeenten.",
    "Er wordt een budget van {bedrag} voorzien binnen de werkingsmiddelen van dit jaar.",
    "De leden zijn het eens dat de communicatie gezamenlijk moet gebeuren, met lokale aanvulling.",
    "De cultuurbeleidscoördinator van {gemeente} meldt dat de zaal in het najaar niet beschikbaar is.",
    "Na bespreking wordt beslist het voorstel voor te leggen aan de raad van bestuur.",
    "De evaluatie van de vorige editie was positief: meer dan tweehonderd deelnemers, ook nieuwe gezichten.",
    "Vanuit {gemeente} komt de vraag om de drempels voor kansengroepen verder te verlagen, onder meer via de UiTPAS.",
    "De Regiobib stelt voor om de collectieafspraken tegen het einde van het jaar te actualiseren.",
    "Er is nog onduidelijkheid over de verdeling van de kosten tussen de gemeenten; dit punt komt terug.",
    "De vrijwilligers van de Boekenstoet worden bedankt voor hun inzet in {gemeente}.",
    "Het dossier wordt ingediend bij de Vlaamse overheid; de timing is krap maar haalbaar.",
    "De stuurgroep vraagt om een overzicht van wat al gerealiseerd werd per doelstelling.",
    "De kostprijs wordt geraamd op {bedrag}, te verdelen volgens het aantal inwoners.",
    "Voor het najaar wordt een gezamenlijke campagne voorbereid met affiches en een sociale-mediaplan.",
    "Iedereen bezorgt zijn opmerkingen uiterlijk twee weken voor de volgende vergadering.",
];
