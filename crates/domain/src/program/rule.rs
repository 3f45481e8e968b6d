//! Progression rules as data: when a lift's max moves, by how much, and what
//! happens when the lifter fails. [`crate::progression::propose`] interprets
//! them; no program has code of its own.

use super::load::{Percent, UnitPair};
use serde::{Deserialize, Serialize};

/// How a lift progresses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressionRule {
    /// How often the rule is applied.
    pub cadence: Cadence,
    /// What a success adds to the max.
    pub advance: Advance,
    /// Consecutive failures that trigger [`ProgressionRule::on_failure`];
    /// fewer failures repeat the weight (StrongLifts: 3, [S43][S46];
    /// Starting Strength: 2, [S42]; 5/3/1 and GZCLP: 1).
    pub after_failures: u32,
    /// What happens at the `after_failures`-th failure in a row.
    pub on_failure: FailureAction,
}

/// When a rule is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    /// After every session that trains the lift (linear progressions).
    Session,
    /// Once per cycle, judged on all of the cycle's sessions (5/3/1's
    /// monthly TM increase; weekly programs whose cycle is one week).
    Cycle,
}

/// What a success adds to the max.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Advance {
    /// Nothing (the max only moves on failure, or not at all).
    Hold,
    /// A fixed amount per success (+5 lb / +2.5 kg).
    Add(UnitPair),
    /// A percentage of the max per success (Madcow's ≈2.5 % a week, §3.4).
    Percent(Percent),
    /// Double progression, for accessories: the weight stays while the reps
    /// climb; once every counted set reaches the top of its rep range
    /// ([`crate::program::Reps::top`]) the weight goes up by this increment
    /// and the target drops back to the range's bottom. Reps short of the top
    /// are no failure; only a set below its bottom (or form breaking) is.
    /// Not one of the reference's programs: the same "reps first, then load"
    /// idea as GZCLP's T3 rule (more weight once the AMRAP set reaches 25,
    /// training-math.md §3.5 [S18]).
    DoubleProgression(UnitPair),
    /// By the reps done on an AMRAP set: the step with the highest
    /// `min_reps` at or below the reps done applies; none means no change
    /// (nSuns' table on the 1+ set, §3.6; GZCLP T3 at 25 reps, §3.5).
    AmrapTable {
        /// Which AMRAP set is read: the one whose minimum is this ("1+").
        set_min_reps: u32,
        steps: Vec<AmrapStep>,
    },
}

/// One row of an AMRAP table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AmrapStep {
    pub min_reps: u32,
    pub add: UnitPair,
}

/// What a failure does once it triggers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureAction {
    /// Keep the max and try again.
    Repeat,
    /// Lower the max by this percentage (−10 %: StrongLifts [S46],
    /// Starting Strength [S42], 5/3/1 [S11][S18]).
    ResetBy(Percent),
    /// Lower the max by this many of the rule's [`Advance::Add`] increments
    /// (Wendler's "5 forward, 3 back", §2.5 [S13][S18]).
    StepBack(u32),
    /// Move to the lift's next stage (its next set scheme: GZCLP 5×3+ →
    /// 6×2+ → 10×1+, §3.5); failing the last stage does `last` and returns
    /// to the first stage.
    NextStage {
        /// Also add the success increment when moving on (the 5s/3s/1s
        /// forum rule keeps adding 5 kg a week, §4).
        advance: bool,
        last: Box<FailureAction>,
    },
    /// Back to the first stage at the max the lift had when it last left
    /// the first stage, plus `add` (GZCLP T2: last 3×10 weight + 15 lb, §3.5).
    ReturnToFirstStage { add: UnitPair },
}
