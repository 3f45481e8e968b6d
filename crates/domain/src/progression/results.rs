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

/// What [`super::propose`] judges: which sessions each kind of rule sees.
///
/// A per-session rule ([`crate::program::Cadence::Session`]) judges each
/// session once, as it finishes; a per-cycle rule
/// ([`crate::program::Cadence::Cycle`]) judges a cycle's sessions together,
/// once, when the cycle ends. The constructors say which sessions are new to
/// the state they are judged against, so the app can't hand a per-session
/// rule sessions whose proposals are already in that state.
#[derive(Clone, Copy, Debug)]
pub struct Judged<'a> {
    /// Sessions per-session rules step through, in order.
    pub(super) sessions: &'a [SessionResult],
    /// A finished cycle's sessions, which per-cycle rules judge as one.
    pub(super) cycle: Option<&'a [SessionResult]>,
}

impl<'a> Judged<'a> {
    /// Sessions inside a cycle, none judged yet: per-session rules step
    /// through each, per-cycle rules wait for the cycle's end.
    pub fn sessions(sessions: &'a [SessionResult]) -> Judged<'a> {
        Judged {
            sessions,
            cycle: None,
        }
    }

    /// A whole cycle from its first session, none judged yet (a simulation
    /// or the plan's projection): per-session rules step through every
    /// session, then per-cycle rules judge the cycle as one.
    pub fn whole_cycle(sessions: &'a [SessionResult]) -> Judged<'a> {
        Judged {
            sessions,
            cycle: Some(sessions),
        }
    }

    /// The session that ends a cycle whose earlier sessions were judged one
    /// by one as they finished (the app's path): per-session rules judge
    /// `last` alone; per-cycle rules judge `cycle`, which ends with `last`.
    pub fn cycle_end(last: &'a SessionResult, cycle: &'a [SessionResult]) -> Judged<'a> {
        Judged {
            sessions: std::slice::from_ref(last),
            cycle: Some(cycle),
        }
    }
}
