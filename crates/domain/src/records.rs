//! Personal records from the log: rep records, e1RM records, which sets set a
//! record, and the e1RM-over-time series per lift for a chart.
//!
//! Only sets that are done and of kind work, AMRAP or accessory count
//! ([`SetKind::makes_records`]: an accessory's sets are its own work);
//! warm-ups, supplemental volume and holds don't, nor do sets without weight
//! ([`record_load`]). A missed set (fewer reps than planned,
//! [`crate::log::LoggedSet::missed`]) counts for what it achieved, and is
//! never a PR. Sessions are taken in the order they happened
//! ([`pr::in_order`]: date, then id, then set order within a session), and
//! every weight is compared after converting to one unit, so a log that
//! mixes kg and lb still ranks correctly.
//!
//! Which sets are PRs is [`pr::flags`], one rule for every screen: a set
//! that beats every earlier one of its exercise in e1RM, or in weight at as
//! many reps or more; never in the exercise's first session (its baseline),
//! never a missed set. The records here are the bests, whoever set them: the
//! first session's sets are records without being PRs.
//!
//! The e1RM of a set with a logged RPE comes from the RTS chart,
//! `weight / %1RM(reps, RPE)` (training-math.md §1.2, [`crate::rpe::e1rm`]):
//! 100 kg × 5 at RPE 8 is 100 / 0.811 = 123.3 kg, where the RPE says how far
//! from failure the set was and a rep formula can't. Without an RPE (or off
//! the chart: RPE below 6, more than 12 reps) it is Wendler's
//! `w · r · 0.0333 + w` ([S10][S11], §1.1), the formula 5/3/1 uses to compare
//! rep records, with the single counting as itself. Formula estimates only
//! use sets of at most [`e1rm::RELIABLE_REPS`] reps: the formulas are
//! "reasonable only for r ≤ 10" ([S3][S7]); a 25-rep set still makes a rep
//! record.
//!
//! A bodyweight-plus exercise (weighted chin-ups, dips: [`Loads`]) is loaded
//! with the lifter's bodyweight on the session's date plus the added weight;
//! its records, estimates and volume use that sum, and History still shows
//! the set as "BW + 10 kg" ([`load_text`]).

pub mod chart;
pub mod derived;
pub mod holds;
pub mod pr;
pub mod progress;

pub use pr::{PrKind, PrSet};

use crate::bodyweight::{self, BodyweightEntry};
use crate::date::Date;
use crate::e1rm::{self, Formula};
use crate::exercise::{library, LoadKind};
use crate::log::{LoggedSet, Session, SessionId, SetId};
use crate::rpe::{self, Rpe};
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
    /// The bodyweight in `weight`, for a bodyweight-plus exercise (in the
    /// records' unit); `logged` is then the added weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bodyweight: Option<Weight>,
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
    /// The bodyweight in `weight`, for a bodyweight-plus exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bodyweight: Option<Weight>,
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

/// All records of a log, in one display unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Records {
    pub unit: Unit,
    /// Per lift, by lift key.
    pub lifts: BTreeMap<String, LiftRecords>,
    /// The PR sets, in the order they happened ([`pr::flags`]).
    pub prs: Vec<PrSet>,
}

/// The e1RM of a set: from the RTS chart when its RPE is logged and on the
/// chart, else Wendler's formula if the set is in its reliable range (see
/// the module documentation).
pub fn estimate(weight: Weight, reps: u32, rpe: Option<Rpe>) -> Option<Weight> {
    if reps == 0 || !weight.is_positive() {
        return None;
    }
    if let Some(estimate) = rpe.and_then(|rpe| rpe::e1rm(weight, reps, rpe).ok()) {
        return Some(estimate);
    }
    if reps > e1rm::RELIABLE_REPS {
        return None;
    }
    Formula::Wendler.estimate(weight, reps).ok()
}

/// What a logged set's load is: the bodyweight log, and which exercises are
/// bodyweight plus added weight.
#[derive(Clone, Copy)]
pub struct Loads<'a> {
    /// The lifter's readings, sorted by date.
    pub bodyweight: &'a [BodyweightEntry],
    /// Whether the exercise with this key is bodyweight plus added weight.
    pub is_bodyweight_plus: &'a dyn Fn(&str) -> bool,
}

/// The load of one set, in the records' unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SetLoad {
    /// Everything lifted: the set's weight, plus the bodyweight for a
    /// bodyweight-plus exercise.
    pub total: Weight,
    /// The bodyweight in `total`, for a bodyweight-plus exercise.
    pub bodyweight: Option<Weight>,
}

/// Whether the library says `lift` is bodyweight plus added weight
/// ([`LoadKind::BodyweightPlus`]). Unknown keys (the lifter's own exercises
/// typed in a session) are not.
pub fn library_bodyweight_plus(lift: &str) -> bool {
    library::find(lift).is_some_and(|e| e.load == LoadKind::BodyweightPlus)
}

fn never(_: &str) -> bool {
    false
}

impl Loads<'static> {
    /// Every set's load is its weight: no bodyweight anywhere.
    pub fn weights_only() -> Loads<'static> {
        Loads {
            bodyweight: &[],
            is_bodyweight_plus: &never,
        }
    }
}

impl<'a> Loads<'a> {
    /// The library decides which exercises are bodyweight-plus.
    pub fn library(bodyweight: &'a [BodyweightEntry]) -> Loads<'a> {
        Loads {
            bodyweight,
            is_bodyweight_plus: &library_bodyweight_plus,
        }
    }

    /// The load of a set of `lift` logged at `weight` on `date`, in `unit`.
    /// For a bodyweight-plus exercise it is the bodyweight for that date
    /// ([`bodyweight::for_session`]) plus `weight`; `None` when there is no
    /// bodyweight to add (the load is unknown, not just the added weight).
    pub fn load(&self, lift: &str, date: Date, weight: Weight, unit: Unit) -> Option<SetLoad> {
        if (self.is_bodyweight_plus)(lift) {
            let bw = bodyweight::for_session(self.bodyweight, date)?.to(unit);
            Some(SetLoad {
                total: bw.plus(weight),
                bodyweight: Some(bw),
            })
        } else {
            Some(SetLoad {
                total: weight.to(unit),
                bodyweight: None,
            })
        }
    }
}

/// A record's load as History shows it: the set as logged
/// ([`crate::log::logged_weight_text`]), and for a bodyweight-plus exercise
/// "BW + 10 kg" (or "BW" with nothing added).
pub fn load_text(logged: Weight, bodyweight: Option<Weight>, unit: Unit) -> String {
    match bodyweight {
        None => crate::log::logged_weight_text(logged, unit),
        Some(_) if logged.is_zero() => "BW".to_string(),
        Some(_) => format!("BW + {}", crate::log::logged_weight_text(logged, unit)),
    }
}

/// The load `set` of `lift`, done on `date`, counts for records with, in
/// `unit`: `None` when it doesn't count. Only done sets of a kind that makes
/// records ([`crate::log::SetKind::makes_records`]) with reps and a load
/// above zero count; a bodyweight exercise's set without a bodyweight to add
/// has no known load ([`Loads::load`]) and counts for nothing rather than
/// for a wrong number. One definition for the records and the PR rule.
pub fn record_load(
    loads: Loads<'_>,
    lift: &str,
    date: Date,
    set: &LoggedSet,
    unit: Unit,
) -> Option<SetLoad> {
    if !set.done || !set.kind.makes_records() || set.reps == 0 {
        return None;
    }
    let load = loads.load(lift, date, set.weight, unit)?;
    load.total.is_positive().then_some(load)
}

impl Records {
    /// Computes every record of `sessions`, with weights in `unit`, the
    /// library deciding bodyweight-plus exercises, with no bodyweight logged.
    pub fn compute(sessions: &[Session], unit: Unit) -> Records {
        Records::compute_with(sessions, unit, Loads::library(&[]))
    }

    /// Computes every record of `sessions`, with weights in `unit` and each
    /// set's load from `loads`.
    pub fn compute_with(sessions: &[Session], unit: Unit, loads: Loads<'_>) -> Records {
        let mut builder = Builder::new(unit);
        for session in pr::in_order(sessions) {
            builder.add(session, loads);
        }
        builder.finish()
    }

    /// The records of one lift.
    pub fn lift(&self, lift: &str) -> Option<&LiftRecords> {
        self.lifts.get(lift)
    }
}

/// [`Records::compute_with`] a session at a time, for a caller that spreads
/// a long log over several slices of work (History, ten years deep):
/// sessions added in the order the log happened ([`pr::in_order`]) give the
/// same records.
pub struct Builder {
    unit: Unit,
    lifts: BTreeMap<String, LiftRecords>,
    flags: pr::Flags,
}

impl Builder {
    /// Records with weights in `unit`.
    pub fn new(unit: Unit) -> Builder {
        Builder {
            unit,
            lifts: BTreeMap::new(),
            flags: pr::Flags::default(),
        }
    }

    /// The next session in the order the log happened, each set's load from
    /// `loads`.
    pub fn add(&mut self, session: &Session, loads: Loads<'_>) {
        let (unit, lifts) = (self.unit, &mut self.lifts);
        // Per exercise, not per set: a 10-year log has 40,000 sets, and a
        // key cloned and looked up for each was most of the time History
        // took to open.
        for exercise in session.lifts.iter().filter(|e| !e.sets.is_empty()) {
            let rec = match lifts.get_mut(&exercise.lift) {
                Some(rec) => rec,
                None => lifts.entry(exercise.lift.clone()).or_insert(LiftRecords {
                    lift: exercise.lift.clone(),
                    name: exercise.name.clone(),
                    rep_records: Vec::new(),
                    best_e1rm: None,
                    e1rm_series: Vec::new(),
                }),
            };
            if !exercise.name.is_empty() {
                rec.name.clone_from(&exercise.name);
            }
            for set in &exercise.sets {
                let Some(load) = record_load(loads, &exercise.lift, session.date, set, unit) else {
                    continue;
                };
                let weight = load.total;
                let at = || SetRef {
                    session: session.id.clone(),
                    set: set.id,
                };
                // A lift has a few dozen rep counts at most: a plain search.
                let best = rec.rep_records.iter().position(|r| r.reps == set.reps);
                let heavier = best.is_none_or(|i| {
                    weight.cmp_mass(rec.rep_records[i].weight) == Ordering::Greater
                });
                if heavier {
                    let record = RepRecord {
                        reps: set.reps,
                        weight,
                        logged: set.weight,
                        bodyweight: load.bodyweight,
                        date: session.date,
                        at: at(),
                    };
                    match best {
                        Some(i) => rec.rep_records[i] = record,
                        None => rec.rep_records.push(record),
                    }
                }
                if let Some(e1rm) = estimate(weight, set.reps, set.rpe) {
                    let best = rec
                        .best_e1rm
                        .as_ref()
                        .is_none_or(|b| e1rm.cmp_mass(b.e1rm) == Ordering::Greater);
                    if best {
                        rec.best_e1rm = Some(E1rmRecord {
                            e1rm,
                            weight,
                            logged: set.weight,
                            bodyweight: load.bodyweight,
                            reps: set.reps,
                            date: session.date,
                            at: at(),
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
            }
        }
        self.flags.add(session, loads);
    }

    /// The records of the sessions added.
    pub fn finish(self) -> Records {
        let mut lifts = self.lifts;
        for rec in lifts.values_mut() {
            crate::sort::sort_by_key(&mut rec.rep_records, |r| r.reps);
        }
        // Drop lifts that never had a counted set (only warm-ups, say).
        lifts.retain(|_, r| !r.rep_records.is_empty());
        Records {
            unit: self.unit,
            lifts,
            prs: self.flags.finish(),
        }
    }
}
