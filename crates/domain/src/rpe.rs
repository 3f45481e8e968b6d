//! RPE / RIR to percent of 1RM (the RTS chart, training-math.md §1.2).
//!
//! The chart is one monotone sequence S over "effective reps":
//! `%1RM(reps, RPE) = S[2·(reps − 1) + 2·(10 − RPE)]`, so each half RPE below
//! 10 counts as half a rep ([S9]). Reps 1–10 are the RTS chart itself; for 11
//! and 12 reps we take the 70.7 / 68.0 tail that several calculators share
//! and that follows the same diagonal rule (variants with 71.7 exist, §1.2).
//! RPE 6 × 12 reps (index 30) is not in any source: we extrapolate 57.3, the
//! tail's alternating 1.3 / 1.4 steps continued (59.9 − 1.3 … 58.6 − 1.3).

use crate::decimal::{parse_milli, DecimalError};
use crate::weight::Weight;
use serde::{Deserialize, Serialize};
use std::fmt;

/// S in tenths of a percent, indices 0–29 from §1.2 and 30 extrapolated.
const S: [u16; 31] = [
    1000, 978, 955, 939, 922, 907, 892, 878, 863, 850, 837, 824, 811, 799, 786, 774, 762, 751, 739,
    723, 707, 694, 680, 667, 653, 640, 626, 613, 599, 586, 573,
];

/// Reps the chart covers.
pub const CHART_REPS: std::ops::RangeInclusive<u32> = 1..=12;

/// Rate of perceived exertion, 1–10 in half steps, stored as half steps
/// (17 is RPE 8.5) so comparisons are exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rpe(u8);

/// Why a number is not a usable RPE / RIR, or is off the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RpeError {
    Empty,
    NotANumber,
    /// RPE outside 1–10.
    OutOfRange,
    /// Not a whole or half number.
    NotHalfStep,
    /// RIR outside 0–4 (the chart's RPE 6–10).
    RirOutOfRange,
    /// Reps outside the chart's 1–12.
    RepsOffChart,
    /// RPE below the chart's 6.
    RpeOffChart,
    /// Weight zero or negative.
    NoWeight,
}

impl fmt::Display for RpeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RpeError::Empty => "Enter an RPE.",
            RpeError::NotANumber => "That is not a number.",
            RpeError::OutOfRange => "RPE goes from 1 to 10.",
            RpeError::NotHalfStep => "Use whole or half numbers, like 8 or 8.5.",
            RpeError::RirOutOfRange => "Reps in reserve must be 0 to 4.",
            RpeError::RepsOffChart => "The RPE chart covers 1 to 12 reps.",
            RpeError::RpeOffChart => "The RPE chart starts at RPE 6.",
            RpeError::NoWeight => "Enter a weight above zero.",
        })
    }
}

impl std::error::Error for RpeError {}

impl TryFrom<u8> for Rpe {
    type Error = RpeError;
    fn try_from(half_steps: u8) -> Result<Self, RpeError> {
        Rpe::from_half_steps(half_steps)
    }
}

impl From<Rpe> for u8 {
    fn from(rpe: Rpe) -> u8 {
        rpe.0
    }
}

/// Parses "8.5", "8,5", "8" into thousandths, insisting on half steps.
fn parse_halves(text: &str) -> Result<i64, RpeError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(RpeError::Empty);
    }
    let milli = match parse_milli(text, 100) {
        Ok(milli) => milli,
        Err(DecimalError::NotANumber) => return Err(RpeError::NotANumber),
        Err(DecimalError::TooLarge) => return Err(RpeError::OutOfRange),
    };
    if milli % 500 != 0 {
        return Err(RpeError::NotHalfStep);
    }
    Ok(milli / 500)
}

impl Rpe {
    pub const TEN: Rpe = Rpe(20);

    /// From half steps (2 = RPE 1 … 20 = RPE 10).
    pub fn from_half_steps(half_steps: u8) -> Result<Rpe, RpeError> {
        if (2..=20).contains(&half_steps) {
            Ok(Rpe(half_steps))
        } else {
            Err(RpeError::OutOfRange)
        }
    }

    /// Parses what a lifter typed: "8.5", "8,5", "@8".
    pub fn parse(text: &str) -> Result<Rpe, RpeError> {
        let halves = parse_halves(text.trim().trim_start_matches('@'))?;
        u8::try_from(halves)
            .map_err(|_| RpeError::OutOfRange)
            .and_then(Rpe::from_half_steps)
    }

    /// From reps in reserve in half steps (RPE = 10 − RIR; RIR 0–4).
    pub fn from_rir_half_steps(rir_half_steps: u8) -> Result<Rpe, RpeError> {
        if rir_half_steps > 8 {
            return Err(RpeError::RirOutOfRange);
        }
        Ok(Rpe(20 - rir_half_steps))
    }

    /// Parses reps in reserve ("2", "1.5", "1,5") into an RPE.
    pub fn parse_rir(text: &str) -> Result<Rpe, RpeError> {
        let halves = parse_halves(text).map_err(|e| match e {
            RpeError::OutOfRange => RpeError::RirOutOfRange,
            e => e,
        })?;
        u8::try_from(halves)
            .map_err(|_| RpeError::RirOutOfRange)
            .and_then(Rpe::from_rir_half_steps)
    }

    pub fn half_steps(self) -> u8 {
        self.0
    }

    /// Reps in reserve in half steps (RPE 8.5 → 3, i.e. 1.5 RIR); `None`
    /// below RPE 6, where RIR is not meaningful on the chart.
    pub fn rir_half_steps(self) -> Option<u8> {
        (self.0 >= 12).then(|| 20 - self.0)
    }

    /// The RPE as a number, for display.
    pub fn value(self) -> f64 {
        f64::from(self.0) / 2.0
    }
}

/// Shows "8.5" or "8".
impl fmt::Display for Rpe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_multiple_of(2) {
            write!(f, "{}", self.0 / 2)
        } else {
            write!(f, "{}.5", self.0 / 2)
        }
    }
}

/// The chart cell in tenths of a percent (863 = 86.3 %).
pub fn percent_tenths(reps: u32, rpe: Rpe) -> Result<u16, RpeError> {
    if !CHART_REPS.contains(&reps) {
        return Err(RpeError::RepsOffChart);
    }
    if rpe.0 < 12 {
        return Err(RpeError::RpeOffChart);
    }
    let index = 2 * (reps as usize - 1) + (20 - rpe.0 as usize);
    Ok(S[index])
}

/// Fraction of 1RM (0.863 for 86.3 %) for `reps` at `rpe`: in (0, 1].
pub fn percent_of_1rm(reps: u32, rpe: Rpe) -> Result<f64, RpeError> {
    Ok(f64::from(percent_tenths(reps, rpe)?) / 1000.0)
}

/// Estimated 1RM: `weight / %1RM(reps, rpe)`, to the nearest thousandth,
/// in integer arithmetic.
pub fn e1rm(weight: Weight, reps: u32, rpe: Rpe) -> Result<Weight, RpeError> {
    if !weight.is_positive() {
        return Err(RpeError::NoWeight);
    }
    let tenths = i128::from(percent_tenths(reps, rpe)?);
    let milli = (i128::from(weight.milli()) * 1000 * 2 + tenths) / (2 * tenths);
    Ok(Weight::from_milli(milli as i64, weight.unit()))
}
