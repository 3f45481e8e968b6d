//! Which sets are personal records: the one rule behind every PR flag (a
//! session in History, the count after "Finish session").
//!
//! A set is a PR when it beats every earlier counted set of its exercise
//! ([`super::record_load`]: work, AMRAP and accessory sets, done, with a
//! load):
//!
//! - a **rep PR**: heavier than every earlier set of as many reps or more.
//!   An earlier set of at least as many reps at least as heavy already shows
//!   the lifter can do this one, so 55.12 lb × 4 right after 82.67 lb × 8 is
//!   no record. The first set of a higher rep count than any before is the
//!   best of its kind, so it is one;
//! - an **e1RM PR**: a higher estimate ([`super::estimate`], RPE-aware) than
//!   every earlier estimate. With no earlier estimate (only sets past the
//!   formulas' range before) there is nothing to beat, so it is none.
//!
//! Ties are not PRs: a set must beat. And never a PR:
//!
//! - a set of the exercise's **first session**: the first time an exercise
//!   is logged sets its baseline. Against nothing, every set of it would
//!   "beat" something (a lifter's first session flagged four PRs, 265 × 5
//!   among them, with a 335 lb 1RM);
//! - a **missed set** ([`crate::log::LoggedSet::missed`]): fewer reps than planned is not
//!   a record, whatever it weighed. It did happen, though: it joins the
//!   baseline for what it achieved (255 × 4 of a planned 5 is a true 255 × 4),
//!   so a later 250 × 4 is no rep PR.
//!
//! "Earlier" is the order the log happened in, whatever order the sessions
//! are stored in (an import comes in any order): by session date, then by
//! session id (ids of a day sort in start order,
//! [`crate::log::new_session_id_at`]), then each set in its session in order
//! (exercises in order, sets in order). A set is judged against everything
//! before it, earlier sets of its own session included.
//!
//! Loads and estimates are compared in thousandths of a kg, as
//! [`Weight::same_mass`] compares across units: the flags are the same
//! whatever unit the lifter reads, and 100 kg then 220.462 lb is a tie.

use super::{estimate, record_load, Loads, SetRef};
use crate::date::Date;
use crate::log::{Session, SessionId, SetId};
use crate::weight::{Unit, Weight};
use serde::{Deserialize, Serialize};

/// What a PR set beat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PrKind {
    /// Heavier than every earlier set of as many reps or more.
    Rep,
    /// A higher e1RM than every earlier set.
    E1rm,
    /// Both.
    RepAndE1rm,
}

impl PrKind {
    fn of(rep: bool, e1rm: bool) -> Option<PrKind> {
        match (rep, e1rm) {
            (true, true) => Some(PrKind::RepAndE1rm),
            (true, false) => Some(PrKind::Rep),
            (false, true) => Some(PrKind::E1rm),
            (false, false) => None,
        }
    }

    /// Whether it is a rep PR.
    pub fn is_rep(self) -> bool {
        matches!(self, PrKind::Rep | PrKind::RepAndE1rm)
    }

    /// Whether it is an e1RM PR.
    pub fn is_e1rm(self) -> bool {
        matches!(self, PrKind::E1rm | PrKind::RepAndE1rm)
    }
}

/// A set that beat every earlier set of its exercise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrSet {
    pub at: SetRef,
    pub lift: String,
    pub date: Date,
    pub kind: PrKind,
}

/// The sessions of `sessions` in the order the log happened: by date, then
/// id. Their sets happened in order within each (exercises in order, sets in
/// order; see the module documentation).
pub fn in_order(sessions: &[Session]) -> Vec<&Session> {
    let mut order: Vec<&Session> = sessions.iter().collect();
    crate::sort::sort_by(&mut order, |a, b| crate::log::oldest_first(a, b));
    order
}

/// What the sets so far of one exercise achieved. (Plain lists, searched
/// in turn: a log has a few dozen exercises and rep counts, and a map type
/// costs the app kilobytes of code.)
struct Baseline {
    lift: String,
    /// The session that set it (its place in the order the log happened):
    /// none of its sets is a PR.
    first: usize,
    /// The heaviest load at each rep count, in thousandths of a kg.
    heaviest: Vec<(u32, i64)>,
    /// The highest estimate, in thousandths of a kg.
    best_e1rm: Option<i64>,
}

/// The unit loads are compared in (see the module documentation).
const COMPARED_IN: Unit = Unit::Kg;

fn milli_kg(w: Weight) -> i64 {
    w.to(COMPARED_IN).milli()
}

/// The PR sets of `sessions`, in the order they happened, each set's load
/// from `loads` (a bodyweight exercise's set counts the bodyweight of its
/// date; without one its load is unknown and it counts for nothing).
pub fn flags(sessions: &[Session], loads: Loads<'_>) -> Vec<PrSet> {
    let mut flags = Flags::default();
    for session in in_order(sessions) {
        flags.add(session, loads);
    }
    flags.finish()
}

/// [`flags`] a session at a time, for a caller that spreads a long log
/// over several slices of work: sessions added in the order the log
/// happened ([`in_order`]) give the same flags.
#[derive(Default)]
pub struct Flags {
    seen: Vec<Baseline>,
    prs: Vec<PrSet>,
    /// Sessions added so far.
    added: usize,
}

impl Flags {
    /// The next session in the order the log happened.
    pub fn add(&mut self, session: &Session, loads: Loads<'_>) {
        let this = self.added;
        self.added += 1;
        let (seen, prs) = (&mut self.seen, &mut self.prs);
        for exercise in &session.lifts {
            for set in &exercise.sets {
                let Some(load) = record_load(loads, &exercise.lift, session.date, set, COMPARED_IN)
                else {
                    continue;
                };
                let weight = milli_kg(load.total);
                let e1rm = estimate(load.total, set.reps, set.rpe).map(milli_kg);
                let i = match seen.iter().position(|b| b.lift == exercise.lift) {
                    Some(i) => i,
                    None => {
                        seen.push(Baseline {
                            lift: exercise.lift.clone(),
                            first: this,
                            heaviest: Vec::new(),
                            best_e1rm: None,
                        });
                        seen.len() - 1
                    }
                };
                let base = &mut seen[i];
                if base.first != this && !set.missed() {
                    let rep = base
                        .heaviest
                        .iter()
                        .filter(|(reps, _)| *reps >= set.reps)
                        .all(|&(_, w)| weight > w);
                    let e1rm_pr = e1rm.is_some_and(|e| base.best_e1rm.is_some_and(|b| e > b));
                    if let Some(kind) = PrKind::of(rep, e1rm_pr) {
                        prs.push(PrSet {
                            at: SetRef {
                                session: session.id.clone(),
                                set: set.id,
                            },
                            lift: exercise.lift.clone(),
                            date: session.date,
                            kind,
                        });
                    }
                }
                match base.heaviest.iter_mut().find(|(reps, _)| *reps == set.reps) {
                    Some((_, w)) => *w = (*w).max(weight),
                    None => base.heaviest.push((set.reps, weight)),
                }
                if let Some(e) = e1rm {
                    base.best_e1rm = Some(base.best_e1rm.map_or(e, |b| b.max(e)));
                }
            }
        }
    }

    /// The PR sets, in the order they happened.
    pub fn finish(self) -> Vec<PrSet> {
        self.prs
    }
}

/// The PR flags of a log, found by set. [`flags`] lists them in the order
/// they happened; a screen that flags every set of many sessions (History,
/// 2,000 sessions deep) would scan that whole list once per set, so its cost
/// grew with the depth shown. This sorts them once, by session then set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lookup {
    sorted: Vec<(SessionId, SetId, PrKind)>,
}

impl Lookup {
    pub fn new(prs: &[PrSet]) -> Lookup {
        let mut sorted: Vec<_> = prs
            .iter()
            .map(|p| (p.at.session.clone(), p.at.set, p.kind))
            .collect();
        crate::sort::sort_by(&mut sorted, |a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        Lookup { sorted }
    }

    /// The flags of one session's sets, by set id.
    pub fn session(&self, session: &SessionId) -> &[(SessionId, SetId, PrKind)] {
        let start = self.sorted.partition_point(|p| p.0 < *session);
        let len = self.sorted[start..].partition_point(|p| p.0 == *session);
        &self.sorted[start..start + len]
    }

    /// What `set` of `session` beat, if it is a PR.
    pub fn of(&self, session: &SessionId, set: SetId) -> Option<PrKind> {
        self.session(session)
            .iter()
            .find(|p| p.1 == set)
            .map(|p| p.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::{LoggedExercise, LoggedSet, SessionId, SetKind};

    fn session(id: &str, day: u32, sets: &[(f64, u32)]) -> Session {
        let mut s = Session::new(SessionId::new(id), Date::from_ymd(2024, 3, day).unwrap());
        let ex = s.add_exercise(LoggedExercise::new("squat", "Squat"));
        for &(kg, reps) in sets {
            s.add_set(ex, LoggedSet::done(SetKind::Work, Weight::kg(kg), reps))
                .unwrap();
        }
        s
    }

    fn kinds(log: &[Session]) -> Vec<(String, u32, PrKind)> {
        flags(log, Loads::weights_only())
            .into_iter()
            .map(|p| (p.at.session.0, p.at.set.0, p.kind))
            .collect()
    }

    #[test]
    fn more_reps_at_the_same_weight_is_a_rep_pr_and_fewer_is_not() {
        let log = [
            session("a", 1, &[(100.0, 5)]),
            // 100 × 6: more reps than ever at that weight (e1RM 119.98 kg).
            // 100 × 4, 95 × 5: shown by 100 × 5 already.
            session("b", 2, &[(100.0, 6), (100.0, 4), (95.0, 5)]),
        ];
        assert_eq!(kinds(&log), vec![("b".into(), 0, PrKind::RepAndE1rm)]);
    }

    #[test]
    fn a_tie_is_no_pr() {
        let log = [
            session("a", 1, &[(100.0, 5)]),
            session("b", 2, &[(100.0, 5)]),
        ];
        assert!(kinds(&log).is_empty());
    }
}
