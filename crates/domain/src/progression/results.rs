//! What the lifter did, as the progression engine reads it.
//!
//! These types are independent of how the log stores sessions: the app maps
//! its log (and the plan it followed) into them.

use crate::program::plan::Plan;
use crate::program::{LiftKey, Reps};
use serde::{Deserialize, Serialize};

/// One training session's results.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SessionResult {
    pub lifts: Vec<LiftResult>,
}

impl SessionResult {
    /// Every session of `plan` as if done, with `reps(lift, target)` reps on
    /// each set: projecting a cycle where every rep is made, or simulating one.
    pub fn all_from_plan(plan: &Plan, reps: impl Fn(&LiftKey, Reps) -> u32) -> Vec<SessionResult> {
        plan.weeks
            .iter()
            .flat_map(|w| &w.days)
            .map(|day| SessionResult {
                lifts: day
                    .exercises
                    .iter()
                    .map(|e| LiftResult {
                        lift: e.lift.clone(),
                        sets: e
                            .sets
                            .iter()
                            .map(|s| SetResult {
                                target: s.reps,
                                achieved: reps(&e.lift, s.reps),
                                counts: e.counts,
                            })
                            .collect(),
                        form_broke: false,
                    })
                    .collect(),
            })
            .collect()
    }
}

/// The sets of one lift in one session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiftResult {
    pub lift: LiftKey,
    pub sets: Vec<SetResult>,
    /// The lifter marked their form breaking down (the 5s/3s/1s block's
    /// signal to drop reps, training-math.md §4): counts as a failure even
    /// when every rep was done.
    #[serde(default)]
    pub form_broke: bool,
}

/// One set: what was asked and what was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetResult {
    /// The planned reps ("5", "3-5", "5+").
    pub target: Reps,
    /// Reps done; for an AMRAP set, all of them.
    pub achieved: u32,
    /// Whether the set decides progression (copy
    /// [`crate::program::plan::PlannedExercise::counts`]).
    #[serde(default = "yes")]
    pub counts: bool,
}

fn yes() -> bool {
    true
}

impl SetResult {
    /// A counted set.
    pub fn new(target: Reps, achieved: u32) -> SetResult {
        SetResult {
            target,
            achieved,
            counts: true,
        }
    }

    /// Whether the set reached its minimum.
    pub fn met(&self) -> bool {
        self.achieved >= self.target.min()
    }
}

impl LiftResult {
    /// `sets` of `lift`, form fine.
    pub fn new(lift: &str, sets: Vec<SetResult>) -> LiftResult {
        LiftResult {
            lift: LiftKey::new(lift),
            sets,
            form_broke: false,
        }
    }

    /// This result with form breaking marked.
    pub fn with_form_broke(mut self) -> LiftResult {
        self.form_broke = true;
        self
    }
}

/// What the results passed to [`super::propose`] cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// One or more sessions inside a cycle: only per-session rules apply.
    Sessions,
    /// All sessions of a finished cycle: per-cycle rules apply too.
    Cycle,
}
