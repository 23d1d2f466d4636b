//! The words of the browser's status line: notices after a key or a background job.

use super::editor::unknown_key;
use super::notes::failure;
use crate::i18n::Lang;
use crate::tui::session::Notice;

/// A message on the status line while browsing.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    match lang {
        Lang::Nl => notice_nl(notice),
        Lang::En => notice_en(notice),
    }
}

/// The Dutch table of [`notice`].
fn notice_nl(notice: &Notice) -> String {
    use crate::text::printable as p;
    use Notice as N;
    let lang = Lang::Nl;
    match notice {
        N::NotSecretary(me) => {
            format!(" Alleen de secretaris schrijft hier; jij bent {} (w: iemand anders).", p(me))
        }
        N::Identified(me) => format!(" Je bent {}.", p(me)),
        N::BadDate(t) => format!(" Geen datum: {t:?}"),
        N::BadTime(t) => format!(" Geen uur: {t:?} (bv. 19:30; leeg: geen)"),
        N::YesOrNo => " j (ja) of n (nee)?".into(),
        N::StIgnore(Ok(())) => " .stignore aangevuld.".into(),
        N::StIgnore(Err(why)) => format!(" .stignore niet aangevuld: {}", p(why)),
        N::UnknownKey(c) => unknown_key(lang, *c),
        N::KeptAsCopy(rel) => format!(
            " Iemand anders wijzigde dit verslag: jouw versie staat ernaast als {}; c om samen te voegen.",
            p(rel)
        ),
        N::PutBack(rel) => format!(" Verslag was verdwenen, weer bewaard: {}", p(rel)),
        N::Removed(Ok(rel)) => format!(" Vergadering verwijderd, opzij gezet in {}", p(rel)),
        N::Removed(Err(why)) => format!(" Vergadering niet verwijderd: {}", failure(lang, why)),
        N::Copied(what) => format!(" Naar het klembord: {}", p(what)),
        N::CannotOpen(why) => format!(" Niet te openen: {}", failure(lang, why)),
        N::NotYours(why) => format!(" Niet gemeld: {}", p(why)),
        N::Reported(Ok((action, rel))) => format!(" Gemeld: {} (in {})", p(action), p(rel)),
        N::Reported(Err(why)) => format!(" Niet gemeld: {}", p(why)),
        N::NotPlanWriter(who) => super::plan_edit::not_writer(lang, who.as_deref()),
        N::PlanWritten(result) => super::plan_edit::written(lang, result),
        N::OnlyOperational => super::plan_edit::only_operational(lang).into(),
    }
}

/// The English table of [`notice`].
fn notice_en(notice: &Notice) -> String {
    use crate::text::printable as p;
    use Notice as N;
    let lang = Lang::En;
    match notice {
        N::NotSecretary(me) => {
            format!(" Only the body's secretary writes here; you are {} (w: someone else).", p(me))
        }
        N::Identified(me) => format!(" You are {}.", p(me)),
        N::BadDate(t) => format!(" Not a date: {t:?}"),
        N::BadTime(t) => format!(" Not a time: {t:?} (e.g. 19:30; empty: none)"),
        N::YesOrNo => " y (yes) or n (no)?".into(),
        N::StIgnore(Ok(())) => " .stignore extended.".into(),
        N::StIgnore(Err(why)) => format!(" .stignore not extended: {}", p(why)),
        N::UnknownKey(c) => unknown_key(lang, *c),
        N::KeptAsCopy(rel) => format!(
            " Someone else changed these minutes: your version is beside them as {}; c to merge.",
            p(rel)
        ),
        N::PutBack(rel) => format!(" The minutes had gone, saved again: {}", p(rel)),
        N::Removed(Ok(rel)) => format!(" Meeting removed, put aside in {}", p(rel)),
        N::Removed(Err(why)) => format!(" Meeting not removed: {}", failure(lang, why)),
        N::Copied(what) => format!(" To the clipboard: {}", p(what)),
        N::CannotOpen(why) => format!(" Cannot open: {}", failure(lang, why)),
        N::NotYours(why) => format!(" Not reported: {}", p(why)),
        N::Reported(Ok((action, rel))) => format!(" Reported: {} (in {})", p(action), p(rel)),
        N::Reported(Err(why)) => format!(" Not reported: {}", p(why)),
        N::NotPlanWriter(who) => super::plan_edit::not_writer(lang, who.as_deref()),
        N::PlanWritten(result) => super::plan_edit::written(lang, result),
        N::OnlyOperational => super::plan_edit::only_operational(lang).into(),
    }
}

/// How many of the user's own action items are overdue, for the status line, with the key
/// that lists them; `short` when the line is narrow.
pub fn your_overdue(lang: Lang, n: usize, short: bool) -> String {
    match (lang, short, n) {
        (Lang::Nl, false, 1) => " · ⚠ 1 van jouw actiepunten is over tijd (M)".into(),
        (Lang::Nl, false, n) => format!(" · ⚠ {n} van jouw actiepunten zijn over tijd (M)"),
        (Lang::Nl, true, n) => format!(" · ⚠ {n} van jou te laat (M)"),
        (Lang::En, false, 1) => " · ⚠ 1 of your action items is overdue (M)".into(),
        (Lang::En, false, n) => format!(" · ⚠ {n} of your action items are overdue (M)"),
        (Lang::En, true, n) => format!(" · ⚠ {n} of yours overdue (M)"),
    }
}

/// The status line while the rest of a large folder loads: `done` of `total` meetings.
pub fn loading(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("laden… {done} van {total} vergaderingen"),
        Lang::En => format!("loading… {} of {} meetings", thousands(done), thousands(total)),
    }
}

/// Above the search's hits while the rest of a large folder loads: they cover what is loaded.
pub fn search_partial(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("In {done} van {total} vergaderingen; de rest laadt nog."),
        Lang::En => {
            format!("In {} of {} meetings; the rest is loading.", thousands(done), thousands(total))
        }
    }
}

/// `n` with a comma between each three digits, as English writes it (2,019).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_groups_thousands_dutch_writes_the_year_count_bare() {
        assert_eq!(loading(Lang::En, 812, 2019), "loading… 812 of 2,019 meetings");
        assert_eq!(loading(Lang::Nl, 812, 2019), "laden… 812 van 2019 vergaderingen");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
