//! Personal records from the log: rep records, e1RM records, which sets set a
//! record, and the e1RM-over-time series per lift for a chart.
//!
//! Only sets that are done and of kind work or AMRAP count
//! ([`SetKind::counts_for_records`]); warm-ups, supplemental volume and
//! accessories don't, nor do sets without weight, nor a missed set (fewer reps
//! than planned, [`crate::log::LoggedSet::missed`]): a miss is never a PR. Sessions are taken in date
//! order (then by id, then set order within a session), and every weight is
//! compared after converting to one display unit, so a log that mixes kg and lb
//! still ranks correctly.
//!
//! A set "is a PR" when it beats every earlier counted set of its lift: a rep
//! PR is heavier than any earlier set of exactly as many reps, an e1RM PR has a
//! higher estimate than any earlier set. Ties are not PRs. The first set at a
//! rep count is a PR (nothing earlier to beat), as in Strong and Hevy.
//!
//! The e1RM is Wendler's `w · r · 0.0333 + w` ([S10][S11], training-math.md
//! §1.1), the formula 5/3/1 uses to compare rep records, with the single
//! counting as itself. Estimates only use sets of at most
//! [`e1rm::RELIABLE_REPS`] reps: the formulas are "reasonable only for r ≤ 10"
//! ([S3][S7]); a 25-rep set still makes a rep record.

pub mod chart;
pub mod holds;

use crate::date::Date;
use crate::e1rm::{self, Formula};
use crate::log::{Session, SessionId, SetId};
use crate::weight::{Unit, Weight};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Where a set is: its session and id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SetRef {
    pub session: SessionId,
    pub set: SetId,
}

/// The heaviest set at one rep count.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepRecord {
    pub reps: u32,
    /// In the records' unit (compared across units).
    pub weight: Weight,
    /// As logged, in the unit the set was done in: what History shows
    /// ([`crate::log::logged_weight_text`]).
    #[serde(default = "zero_kg")]
    pub logged: Weight,
    pub date: Date,
    pub at: SetRef,
}

/// The set with the highest estimated one-rep max.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct E1rmRecord {
    pub e1rm: Weight,
    /// In the records' unit.
    pub weight: Weight,
    /// As logged, in the unit the set was done in.
    #[serde(default = "zero_kg")]
    pub logged: Weight,
    pub reps: u32,
    pub date: Date,
    pub at: SetRef,
}

fn zero_kg() -> Weight {
    Weight::zero(Unit::Kg)
}

/// The best e1RM of one training date: one point of the chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct E1rmPoint {
    pub date: Date,
    pub e1rm: Weight,
}

/// Everything recorded for one lift.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiftRecords {
    /// Lift key (`squat`, or a slug).
    pub lift: String,
    /// Name as last logged.
    pub name: String,
    /// Best weight at each rep count, by increasing reps.
    pub rep_records: Vec<RepRecord>,
    pub best_e1rm: Option<E1rmRecord>,
    /// Best e1RM per training date, oldest first.
    pub e1rm_series: Vec<E1rmPoint>,
}

/// A set that beat every earlier set of its lift.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrSet {
    pub at: SetRef,
    pub lift: String,
    pub date: Date,
    /// Heavier than any earlier set of the same reps.
    pub rep_pr: bool,
    /// Higher e1RM than any earlier set.
    pub e1rm_pr: bool,
}

/// All records of a log, in one display unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Records {
    pub unit: Unit,
    /// Per lift, by lift key.
    pub lifts: BTreeMap<String, LiftRecords>,
    /// The PR sets, in the order they happened.
    pub prs: Vec<PrSet>,
}

/// Wendler's e1RM of a set, if the set is in the formula's reliable range.
fn estimate(weight: Weight, reps: u32) -> Option<Weight> {
    if reps == 0 || reps > e1rm::RELIABLE_REPS {
        return None;
    }
    Formula::Wendler.estimate(weight, reps).ok()
}

impl Records {
    /// Computes every record of `sessions`, with weights in `unit`.
    pub fn compute(sessions: &[Session], unit: Unit) -> Records {
        let mut order: Vec<&Session> = sessions.iter().collect();
        order.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));

        let mut lifts: BTreeMap<String, LiftRecords> = BTreeMap::new();
        let mut best_reps: BTreeMap<(String, u32), usize> = BTreeMap::new();
        let mut prs = Vec::new();

        for session in order {
            for exercise in &session.lifts {
                let rec = lifts
                    .entry(exercise.lift.clone())
                    .or_insert_with(|| LiftRecords {
                        lift: exercise.lift.clone(),
                        name: exercise.name.clone(),
                        rep_records: Vec::new(),
                        best_e1rm: None,
                        e1rm_series: Vec::new(),
                    });
                if !exercise.name.is_empty() {
                    rec.name.clone_from(&exercise.name);
                }
                for set in &exercise.sets {
                    if !set.done || !set.kind.counts_for_records() || set.reps == 0 || set.missed()
                    {
                        continue;
                    }
                    let weight = set.weight.to(unit);
                    if !weight.is_positive() {
                        continue;
                    }
                    let at = SetRef {
                        session: session.id.clone(),
                        set: set.id,
                    };
                    let key = (exercise.lift.clone(), set.reps);
                    let rep_pr = match best_reps.get(&key) {
                        Some(&i) => weight.cmp_mass(rec.rep_records[i].weight) == Ordering::Greater,
                        None => true,
                    };
                    if rep_pr {
                        let record = RepRecord {
                            reps: set.reps,
                            weight,
                            logged: set.weight,
                            date: session.date,
                            at: at.clone(),
                        };
                        match best_reps.get(&key) {
                            Some(&i) => rec.rep_records[i] = record,
                            None => {
                                best_reps.insert(key, rec.rep_records.len());
                                rec.rep_records.push(record);
                            }
                        }
                    }
                    let mut e1rm_pr = false;
                    if let Some(e1rm) = estimate(weight, set.reps) {
                        e1rm_pr = rec
                            .best_e1rm
                            .as_ref()
                            .is_none_or(|b| e1rm.cmp_mass(b.e1rm) == Ordering::Greater);
                        if e1rm_pr {
                            rec.best_e1rm = Some(E1rmRecord {
                                e1rm,
                                weight,
                                logged: set.weight,
                                reps: set.reps,
                                date: session.date,
                                at: at.clone(),
                            });
                        }
                        match rec.e1rm_series.last_mut() {
                            Some(p) if p.date == session.date => {
                                p.e1rm = p.e1rm.max_mass(e1rm);
                            }
                            _ => rec.e1rm_series.push(E1rmPoint {
                                date: session.date,
                                e1rm,
                            }),
                        }
                    }
                    if rep_pr || e1rm_pr {
                        prs.push(PrSet {
                            at,
                            lift: exercise.lift.clone(),
                            date: session.date,
                            rep_pr,
                            e1rm_pr,
                        });
                    }
                }
            }
        }
        for rec in lifts.values_mut() {
            rec.rep_records.sort_by_key(|r| r.reps);
        }
        // Drop lifts that never had a counted set (only warm-ups, say).
        lifts.retain(|_, r| !r.rep_records.is_empty());
        Records { unit, lifts, prs }
    }

    /// The PR flags of one set, if it set a record.
    pub fn pr_of(&self, session: &SessionId, set: SetId) -> Option<&PrSet> {
        self.prs
            .iter()
            .find(|p| p.at.session == *session && p.at.set == set)
    }

    /// The records of one lift.
    pub fn lift(&self, lift: &str) -> Option<&LiftRecords> {
        self.lifts.get(lift)
    }
}
