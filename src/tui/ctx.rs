//! What the screens draw from: the loaded folder and everything derived from it, built once.

use crate::check::{Report, check};
use crate::domain::ids::MemberId;
use crate::index::Index;
use crate::index::actions::{ActionEntry, ActionStatus};
use crate::index::search::SearchIndex;
use crate::store::Folder;
use chrono::NaiveDate;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// The data behind every screen.
pub struct Ctx {
    /// The folder as loaded.
    pub folder: Folder,
    /// Derived views.
    pub index: Index,
    /// What `check` found, once it has run: the app checks after the first frame.
    report: OnceLock<Report>,
    /// Per objective (as `index.objectives.all()` lists them): decisions serving it, open
    /// action items.
    counts: Vec<(usize, usize)>,
    /// The language.
    pub lang: crate::i18n::Lang,
    /// The folder's own name, for the status line (found once: it costs a system call).
    pub folder_name: String,
    /// The meetings, newest first: indices into `folder.meetings`.
    pub meetings: Vec<usize>,
    /// The action items, open ones first (by due date), then done and dropped: indices into
    /// `index.actions`.
    pub actions: Vec<usize>,
    /// Each meeting's minutes as a document, made the first time it is shown (not per frame).
    docs: Vec<OnceLock<crate::export::model::MinutesDoc>>,
    /// The search haystacks, built after the first frame (or on the first search) so that
    /// opening stays fast.
    search: OnceLock<SearchIndex>,
    /// The status line's count of the user's overdue action items, with the day and the user
    /// it was counted for: it is drawn at every frame (each key of a search) and would scan
    /// every action item each time; a reload makes a new context, so it is counted anew.
    overdue: Mutex<Option<(NaiveDate, MemberId, usize)>>,
    /// While only the newest meetings are loaded: how far the load of the whole folder is.
    loading: Option<Loading>,
}

/// The load of the whole folder, under way while the screens show its newest meetings.
#[derive(Debug, Clone)]
pub struct Loading {
    /// Documents read so far by that load (the meetings first, then the update files).
    pub done: Arc<AtomicUsize>,
    /// The meetings in the whole folder.
    pub total: usize,
}

impl Ctx {
    /// The context of the app's start: of a large folder only the newest meetings are loaded
    /// (`rest` is then the number of meetings in the whole folder), and the check waits for
    /// the whole folder, so that half of it never raises a false alarm.
    pub fn first(folder: Folder, lang: crate::i18n::Lang, rest: Option<usize>) -> Self {
        let mut ctx = Self::open(folder, lang);
        ctx.loading = rest.map(|total| Loading { done: Arc::default(), total });
        ctx
    }

    /// While the rest of the folder loads: the load, to count what it read.
    pub fn loading_rest(&self) -> Option<&Loading> {
        self.loading.as_ref()
    }

    /// While the rest of the folder loads: the meetings loaded so far, of how many.
    pub fn loading(&self) -> Option<(usize, usize)> {
        let l = self.loading.as_ref()?;
        let done = l.done.load(Ordering::Relaxed).max(self.folder.meetings.len());
        Some((done.min(l.total), l.total))
    }

    /// Builds the context of a loaded folder, checked.
    pub fn new(folder: Folder, lang: crate::i18n::Lang) -> Self {
        let ctx = Self::open(folder, lang);
        ctx.checked();
        ctx
    }

    /// Builds the context without checking yet: what the first frame needs.
    pub fn open(folder: Folder, lang: crate::i18n::Lang) -> Self {
        let folder_name = folder_name(&folder.root);
        let folder_len = folder.meetings.len();
        let index = Index::build(&folder);
        let counts = count_per_objective(&index);
        let mut meetings: Vec<usize> = (0..folder.meetings.len()).collect();
        // Newest first. A borrowing comparison: a key function would clone each id per comparison.
        meetings.sort_by(|&a, &b| {
            let (a, b) = (&folder.meetings[a].value, &folder.meetings[b].value);
            (b.date, &b.id).cmp(&(a.date, &a.id))
        });
        let mut actions: Vec<usize> = (0..index.actions.len()).collect();
        // Open first, then by due date, then by reference; compared in place, nothing cloned.
        actions.sort_by(|&a, &b| {
            let key = |a: &ActionEntry| {
                (a.status() != ActionStatus::Open, a.due.unwrap_or(chrono::NaiveDate::MAX))
            };
            let (a, b) = (&index.actions[a], &index.actions[b]);
            key(a).cmp(&key(b)).then_with(|| a.reference.cmp(&b.reference))
        });
        Self {
            folder,
            index,
            report: OnceLock::new(),
            counts,
            lang,
            folder_name,
            meetings,
            actions,
            docs: (0..folder_len).map(|_| OnceLock::new()).collect(),
            search: OnceLock::new(),
            loading: None,
            overdue: Mutex::new(None),
        }
    }

    /// The decisions serving objective `id` and its open action items, also those of the
    /// ended objectives it carries.
    pub fn counts_of(&self, id: &str) -> (usize, usize) {
        let at = self.index.objectives.position(id);
        at.and_then(|i| self.counts.get(i)).copied().unwrap_or_default()
    }

    /// The search haystacks, built on first use.
    pub fn search(&self) -> &SearchIndex {
        self.search.get_or_init(|| {
            let search = SearchIndex::build(&self.folder, &self.index);
            // The state is complete now: the load's file bytes and parse buffers and the
            // builds' scratch are freed, but glibc would keep their pages resident for good.
            crate::index::give_back_memory();
            search
        })
    }

    /// The minutes of `folder.meetings[i]` as the document they become.
    pub fn minutes_doc(&self, i: usize) -> Option<&crate::export::model::MinutesDoc> {
        let m = &self.folder.meetings.get(i)?.value;
        Some(self.docs[i].get_or_init(|| {
            let members = self.folder.members.as_ref().map(|m| &m.value);
            let organisation =
                self.folder.plan.as_ref().map_or("", |p| p.value.organisation.name.as_str());
            crate::export::model::minutes_doc(m, members, &self.index, organisation, self.lang)
        }))
    }

    /// What `check` found, checking now if it has not run yet.
    pub fn checked(&self) -> &Report {
        self.report.get_or_init(|| check(&self.folder))
    }

    /// What `check` found, if it has run.
    pub fn report(&self) -> Option<&Report> {
        self.report.get()
    }

    /// A municipality's name, or its id when the plan does not know it.
    pub fn municipality_name(&self, id: &crate::domain::ids::MunicipalityId) -> String {
        let plan = self.folder.plan.as_ref();
        let found = plan.and_then(|p| p.value.municipalities.iter().find(|m| &m.id == id));
        found.map_or_else(|| id.to_string(), |m| m.name.clone())
    }

    /// The owner's own report that is the last word on action item `a`, if any: the next
    /// meeting's follow-up item shows it as reported by the owner.
    pub fn owner_report(
        &self,
        a: &crate::index::actions::ActionEntry,
    ) -> Option<&crate::domain::updates::OwnerUpdate> {
        let last = a.updates.last()?;
        let files = self.folder.updates.iter().map(|f| &f.value);
        crate::domain::updates::reported_last(
            files,
            &a.reference,
            (last.date, last.status, &last.note),
        )
    }

    /// A member's name, or their id when the folder does not know them.
    pub fn member_name(&self, id: &crate::domain::ids::MemberId) -> String {
        let member = self.folder.members.as_ref().and_then(|m| m.value.member(id));
        member.map_or_else(|| id.to_string(), |m| m.name.clone())
    }

    /// An action item's owner as shown: a member's name, a guest or outside person with what
    /// they are, or that there is none yet.
    pub fn owner_name(&self, owner: &crate::domain::meeting::Owner) -> String {
        crate::domain::strings::owner(self.lang, owner, |id| self.member_name(id))
    }

    /// How many of `me`'s action items are overdue on `today` (none without a user), counted
    /// once per day and user.
    pub fn overdue_of(&self, me: Option<&MemberId>, today: NaiveDate) -> usize {
        let Some(me) = me else { return 0 };
        let mut counted = self.overdue.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((day, who, n)) = &*counted
            && *day == today
            && who == me
        {
            return *n;
        }
        let mine = |a: &&ActionEntry| a.owner.member() == Some(me) && a.is_overdue(today);
        let n = self.index.actions.iter().filter(mine).count();
        *counted = Some((today, me.clone(), n));
        n
    }

    /// Runs what the first frame could do without: the check and the search haystacks. Of
    /// a folder loaded in part the check waits for the whole.
    pub fn prepare(&self) {
        self.prepare_check();
        self.search();
    }

    /// Checks now, unless only part of the folder is loaded: half a folder would cry wolf.
    pub fn prepare_check(&self) {
        if self.loading.is_none() {
            self.checked();
        }
    }
}

/// The last part of the folder's full path ("." names nothing).
fn folder_name(root: &std::path::Path) -> String {
    let full = root.canonicalize().unwrap_or_else(|_| root.to_owned());
    full.file_name()
        .map_or_else(|| full.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Per objective of the plan (in `index.objectives.all()` order): the decisions serving it
/// and its open action items, each also under the objective that carries it today (an ended
/// one's: the one it merged into).
fn count_per_objective(index: &Index) -> Vec<(usize, usize)> {
    let objectives = &index.objectives;
    let mut counts = vec![(0, 0); objectives.all().len()];
    let mut under = Vec::new();
    for d in &index.decisions {
        objectives.counted_positions(&d.objectives, &mut under);
        under.iter().for_each(|&i| counts[i].0 += 1);
    }
    for a in index.actions.iter().filter(|a| a.status() == ActionStatus::Open) {
        objectives.counted_positions(a.objective.as_slice(), &mut under);
        under.iter().for_each(|&i| counts[i].1 += 1);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::{ActionEntry, ActionStatus, Ctx};
    use chrono::NaiveDate;

    #[test]
    fn the_overdue_count_follows_the_day_and_the_user_asked_for() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).expect("the example folder");
        let ctx = Ctx::open(folder, crate::i18n::Lang::Nl);
        let open = |a: &&ActionEntry| a.status() == ActionStatus::Open && a.due.is_some();
        let due = ctx.index.actions.iter().filter(open).find(|a| a.owner.member().is_some());
        let a = due.expect("an open action item of a member with a due date");
        let (me, day) = (a.owner.member(), a.due.unwrap_or_default());
        let by_hand = |today: NaiveDate| {
            let mine = |x: &&ActionEntry| x.owner.member() == me;
            ctx.index.actions.iter().filter(mine).filter(|x| x.is_overdue(today)).count()
        };
        let far = NaiveDate::from_ymd_opt(2999, 1, 1).unwrap_or_default();
        for today in [day, far, day] {
            assert_eq!(ctx.overdue_of(me, today), by_hand(today), "on {today}");
        }
        assert!(
            ctx.overdue_of(me, far) > ctx.overdue_of(me, day),
            "{} is overdue later",
            a.reference
        );
        assert_eq!(ctx.overdue_of(None, far), 0, "nobody's");
    }

    #[test]
    fn each_objective_counts_its_own_and_the_ended_ones_it_carries() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).expect("the example folder");
        let ctx = Ctx::open(folder, crate::i18n::Lang::Nl);
        let objectives = &ctx.index.objectives;
        let carried = objectives.all().iter().filter(|o| o.carried_by.is_some());
        assert!(carried.count() > 0, "the example has an ended objective carried by another");
        for o in objectives.all() {
            let under = |ids: &[crate::domain::ids::ObjectiveId]| {
                objectives.counted_under(ids).contains(&&o.id)
            };
            let decisions = ctx.index.decisions.iter().filter(|d| under(&d.objectives)).count();
            let open = ctx.index.actions.iter().filter(|a| a.status() == ActionStatus::Open);
            let open = open.filter(|a| under(a.objective.as_slice())).count();
            assert_eq!(ctx.counts_of(o.id.as_str()), (decisions, open), "{}", o.id);
        }
        assert!(ctx.counts_of(objectives.all()[1].id.as_str()).0 > 0, "a count that is not 0");
        assert_eq!(ctx.counts_of("no-such-objective"), (0, 0));
    }
}
