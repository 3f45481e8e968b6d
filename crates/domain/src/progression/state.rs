//! Where each lift stands: its max, stage and failure streak.

use crate::program::{LiftKey, Maxes};
use crate::weight::Weight;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One lift's progression state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiftState {
    /// The max the program's percentages use (TM, 1RM or working weight).
    pub max: Weight,
    /// Current stage, 0-based (GZCLP 5×3+ is 0, 6×2+ is 1).
    #[serde(default)]
    pub stage: u32,
    /// Failures in a row so far.
    #[serde(default)]
    pub failures: u32,
    /// The max when the lift last left its first stage (GZCLP T2 restarts
    /// from it, training-math.md §3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_stage_max: Option<Weight>,
}

impl LiftState {
    /// A lift at `max`, first stage, no failures.
    pub fn at(max: Weight) -> LiftState {
        LiftState {
            max,
            stage: 0,
            failures: 0,
            first_stage_max: None,
        }
    }

    /// Whether `other` is the same state with its maxes compared as masses
    /// ([`Weight::same_mass`]): `==` would call 300 lb and its kg value two
    /// states.
    pub fn same_state(&self, other: &LiftState) -> bool {
        let same_first = match (self.first_stage_max, other.first_stage_max) {
            (Some(a), Some(b)) => a.same_mass(b),
            (a, b) => a.is_none() && b.is_none(),
        };
        self.max.same_mass(other.max)
            && self.stage == other.stage
            && self.failures == other.failures
            && same_first
    }
}

/// Every lift's state.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProgressState(pub BTreeMap<LiftKey, LiftState>);

impl ProgressState {
    /// Fresh state from maxes: first stages, no failures.
    pub fn from_maxes(maxes: &Maxes) -> ProgressState {
        ProgressState(crate::sort::map_from(
            maxes.0.iter().map(|(k, &w)| (k.clone(), LiftState::at(w))),
        ))
    }

    pub fn get(&self, lift: &LiftKey) -> Option<&LiftState> {
        self.0.get(lift)
    }

    /// The maxes, for [`crate::program::plan::generate`].
    pub fn maxes(&self) -> Maxes {
        Maxes(crate::sort::map_from(
            self.0.iter().map(|(k, s)| (k.clone(), s.max)),
        ))
    }

    /// The stages, for [`crate::program::PlanSettings::stages`].
    pub fn stages(&self) -> BTreeMap<LiftKey, u32> {
        crate::sort::map_from(self.0.iter().map(|(k, s)| (k.clone(), s.stage)))
    }

    /// Applies confirmed proposals: each lift takes its proposal's `to`.
    pub fn apply(&mut self, proposals: &[super::Proposal]) {
        for p in proposals {
            self.0.insert(p.lift.clone(), p.to);
        }
    }
}

#[cfg(test)]
mod same_state_tests {
    use super::*;
    use crate::weight::Unit;

    #[test]
    fn states_compare_maxes_by_mass() {
        let lb = LiftState::at(Weight::lb(300.0));
        let kg = LiftState::at(Weight::lb(300.0).to(Unit::Kg));
        assert_ne!(lb, kg, "== is field equality");
        assert!(lb.same_state(&kg));
        assert!(!lb.same_state(&LiftState { stage: 1, ..kg }));
        assert!(!lb.same_state(&LiftState::at(Weight::lb(305.0))));
    }
}
