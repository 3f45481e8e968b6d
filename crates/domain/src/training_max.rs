//! Training maxes from a tested 1RM or a rep set (training-math.md §2.1).
//!
//! 5/3/1 works from a training max (TM) below the true max: originally 90 %
//! of 1RM ([S10][S12]), later often 85 % ([S13][S15]), so the percentage is a
//! setting ([`TmPercent`], default 90). From a rep set Wendler's write-up
//! gives `TM = 0.9 × (w·r·0.0333 + w)` ([S11]): that is
//! [`TrainingMax::from_rep_set`] with [`RepBasis::Formula`]`(`[`Formula::Wendler`]`)`
//! at 90 % (a single counts as its own weight, as every formula here does).

use crate::e1rm::{E1rmError, Formula};
use crate::rpe::{self, Rpe, RpeError};
use crate::weight::{Rounding, Step, Weight};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A training max: the weight a program's percentages are taken of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TrainingMax(Weight);

/// Percent of the (estimated) 1RM used as training max: whole percent, 50–100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct TmPercent(u8);

impl TmPercent {
    /// Wendler's original 90 % ([S10]).
    pub const NINETY: TmPercent = TmPercent(90);
    /// The 85 % of later Wendler writing ([S13][S15]).
    pub const EIGHTY_FIVE: TmPercent = TmPercent(85);

    /// A percentage from 50 to 100.
    pub fn new(percent: u8) -> Result<TmPercent, TrainingMaxError> {
        if (50..=100).contains(&percent) {
            Ok(TmPercent(percent))
        } else {
            Err(TrainingMaxError::PercentOutOfRange)
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl Default for TmPercent {
    fn default() -> Self {
        TmPercent::NINETY
    }
}

impl TryFrom<u8> for TmPercent {
    type Error = TrainingMaxError;
    fn try_from(percent: u8) -> Result<Self, TrainingMaxError> {
        TmPercent::new(percent)
    }
}

impl From<TmPercent> for u8 {
    fn from(p: TmPercent) -> u8 {
        p.0
    }
}

/// How computed weights are rounded to what can be loaded: a step (e.g. 5 lb,
/// 2.5 kg) and a direction. A zero step in the stored settings means "no
/// rounding" (to the nearest thousandth).
///
/// Named for what it is, a rule for rounding; it was `Increment`, which it
/// shared with [`crate::program::UnitPair`] (an amount programs add). The
/// serde form (`{"step": .., "rounding": ..}`) is unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RoundingRule {
    pub step: Weight,
    pub rounding: Rounding,
}

impl RoundingRule {
    /// The step as a [`Step`], or `None` for "no rounding" (a zero step).
    pub fn rounding_step(&self) -> Option<Step> {
        Step::of(self.step)
    }
}

/// How a rep set becomes an estimated 1RM.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RepBasis {
    /// Reps to failure, through an e1RM formula (§1.1).
    Formula(Formula),
    /// Reps at an RPE, through the RTS chart (§1.2).
    Rpe(Rpe),
}

/// Why no training max could be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TrainingMaxError {
    NoWeight,
    PercentOutOfRange,
    E1rm(E1rmError),
    Rpe(RpeError),
}

impl fmt::Display for TrainingMaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrainingMaxError::NoWeight => f.write_str("Enter a weight above zero."),
            TrainingMaxError::PercentOutOfRange => {
                f.write_str("Training max percent must be 50 to 100.")
            }
            TrainingMaxError::E1rm(e) => e.fmt(f),
            TrainingMaxError::Rpe(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for TrainingMaxError {}

impl TrainingMax {
    /// A training max entered directly.
    pub fn new(weight: Weight) -> Result<TrainingMax, TrainingMaxError> {
        if weight.is_positive() {
            Ok(TrainingMax(weight))
        } else {
            Err(TrainingMaxError::NoWeight)
        }
    }

    /// `percent` of a tested (or estimated) 1RM, rounded to `increment`
    /// (in the 1RM's unit).
    pub fn from_one_rep_max(
        one_rep_max: Weight,
        percent: TmPercent,
        increment: RoundingRule,
    ) -> Result<TrainingMax, TrainingMaxError> {
        if !one_rep_max.is_positive() {
            return Err(TrainingMaxError::NoWeight);
        }
        let unit = one_rep_max.unit();
        // Rounded once, exactly: percent × 1RM / 100 to the step.
        let num = i128::from(one_rep_max.milli()) * i128::from(percent.0);
        let rounded = match increment.rounding_step() {
            Some(step) => step.round_ratio(num, 100, unit, increment.rounding),
            // A zero step: no rounding, to the nearest thousandth.
            None => Step::thousandth(unit).round_ratio(num, 100, unit, Rounding::Nearest),
        };
        TrainingMax::new(rounded)
    }

    /// From a rep set: its e1RM by `basis`, then as [`Self::from_one_rep_max`].
    pub fn from_rep_set(
        weight: Weight,
        reps: u32,
        basis: RepBasis,
        percent: TmPercent,
        increment: RoundingRule,
    ) -> Result<TrainingMax, TrainingMaxError> {
        let e1rm = match basis {
            RepBasis::Formula(f) => f.estimate(weight, reps).map_err(TrainingMaxError::E1rm)?,
            RepBasis::Rpe(r) => rpe::e1rm(weight, reps, r).map_err(TrainingMaxError::Rpe)?,
        };
        TrainingMax::from_one_rep_max(e1rm, percent, increment)
    }

    /// The training max itself.
    pub fn weight(self) -> Weight {
        self.0
    }
}
