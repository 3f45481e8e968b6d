//! Estimated one-rep max from a set of reps (training-math.md §1.1).
//!
//! Every formula returns the weight itself for a single (r = 1): the
//! conventional special case (Liftosaur `Weight_getOneRepMax`, the Codewars
//! 1RM kata, [S5][S8]). Without it Epley, Wendler, Mayhew, O'Conner, Wathan
//! and Lander would claim a single proves more than was lifted.

use crate::weight::Weight;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The published e1RM formulas ([S1]–[S6], [S10][S11]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Formula {
    /// `w · (1 + r/30)` (Epley 1985).
    Epley,
    /// `w · 36 / (37 − r)` (Brzycki 1993, form 1); undefined at r ≥ 37.
    Brzycki,
    /// `w · r^0.10`.
    Lombardi,
    /// `100·w / (52.2 + 41.9·e^(−0.055·r))` (Mayhew et al.).
    Mayhew,
    /// `w · (1 + 0.025·r)` (O'Conner et al.).
    OConner,
    /// `100·w / (48.8 + 53.8·e^(−0.075·r))` (Wathen 1994).
    Wathan,
    /// `100·w / (101.3 − 2.67123·r)` (Lander 1985); undefined at r ≥ 38.
    Lander,
    /// `w · r · 0.0333 + w`: Epley with 1/30 rounded, Wendler's 5/3/1
    /// rep-record and training-max formula ([S10][S11]).
    Wendler,
}

/// Why no estimate can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum E1rmError {
    /// Weight zero or negative.
    NoWeight,
    /// Zero reps.
    NoReps,
    /// At or past the formula's singularity (Brzycki 37, Lander 38 reps).
    TooManyReps { formula: Formula, max: u32 },
}

impl fmt::Display for E1rmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            E1rmError::NoWeight => f.write_str("Enter a weight above zero."),
            E1rmError::NoReps => f.write_str("Enter at least one rep."),
            E1rmError::TooManyReps { formula, max } => {
                write!(f, "{} only works up to {max} reps.", formula.name())
            }
        }
    }
}

impl std::error::Error for E1rmError {}

/// Reps above which the formulas are unreliable: "providing the number of
/// repetitions does not exceed 10" ([S3]); "most reliable for 1–10 reps" ([S7]).
pub const RELIABLE_REPS: u32 = 10;

/// A non-fatal caution for sets above [`RELIABLE_REPS`] reps, or `None`.
pub fn high_rep_warning(reps: u32) -> Option<&'static str> {
    (reps > RELIABLE_REPS)
        .then_some("Estimates above 10 reps are rough; a heavier set gives a better one.")
}

impl Formula {
    /// Every formula, in the order shown to lifters.
    pub const ALL: [Formula; 8] = [
        Formula::Epley,
        Formula::Brzycki,
        Formula::Lombardi,
        Formula::Mayhew,
        Formula::OConner,
        Formula::Wathan,
        Formula::Lander,
        Formula::Wendler,
    ];

    /// Display name.
    pub fn name(self) -> &'static str {
        match self {
            Formula::Epley => "Epley",
            Formula::Brzycki => "Brzycki",
            Formula::Lombardi => "Lombardi",
            Formula::Mayhew => "Mayhew",
            Formula::OConner => "O'Conner",
            Formula::Wathan => "Wathan",
            Formula::Lander => "Lander",
            Formula::Wendler => "Wendler",
        }
    }

    /// Most reps the formula accepts: one below its singularity
    /// (Brzycki 37 − r = 0; Lander 101.3 − 2.67123·r = 0 at r ≈ 37.92).
    pub fn max_reps(self) -> Option<u32> {
        match self {
            Formula::Brzycki => Some(36),
            Formula::Lander => Some(37),
            _ => None,
        }
    }

    /// Most reps at which the formula's estimate is used, or `None` when it
    /// has no such limit. Brzycki and Lander divide by a term that reaches
    /// zero at 37 and 37.92 reps (§1.1), so past the 10 reps their sources
    /// vouch for ([S3]: Brzycki and Landers "providing the number of
    /// repetitions does not exceed 10"; [S7]) they race off: 100 kg × 36 is
    /// "1947 kg" by Lander. The others are linear or bounded (§1.1) and only
    /// get rough, which [`high_rep_warning`] says.
    pub fn valid_reps(self) -> Option<u32> {
        match self {
            Formula::Brzycki | Formula::Lander => Some(RELIABLE_REPS),
            _ => None,
        }
    }

    /// Whether `reps` is within [`Formula::valid_reps`].
    pub fn in_range(self, reps: u32) -> bool {
        self.valid_reps().is_none_or(|most| reps <= most)
    }

    /// What to show instead of an estimate past the formula's valid range,
    /// or `None` within it.
    pub fn out_of_range_note(self, reps: u32) -> Option<String> {
        match self.valid_reps() {
            Some(most) if reps > most => Some(format!("Not used above {most} reps")),
            _ => None,
        }
    }

    /// The multiplier of the lifted weight at `reps` (1.0 for a single).
    pub fn factor(self, reps: u32) -> Result<f64, E1rmError> {
        if reps == 0 {
            return Err(E1rmError::NoReps);
        }
        if let Some(max) = self.max_reps() {
            if reps > max {
                return Err(E1rmError::TooManyReps { formula: self, max });
            }
        }
        if reps == 1 {
            return Ok(1.0);
        }
        let r = f64::from(reps);
        Ok(match self {
            Formula::Epley => 1.0 + r / 30.0,
            Formula::Brzycki => 36.0 / (37.0 - r),
            // r^0.10 as e^(0.10 · ln r): the same to well under a gram,
            // and `exp` is already in for Mayhew and Wathan, where `powf`
            // would add 2 KB of wasm to the first load.
            Formula::Lombardi => (0.10 * r.ln()).exp(),
            Formula::Mayhew => 100.0 / (52.2 + 41.9 * (-0.055 * r).exp()),
            Formula::OConner => 1.0 + 0.025 * r,
            Formula::Wathan => 100.0 / (48.8 + 53.8 * (-0.075 * r).exp()),
            Formula::Lander => 100.0 / (101.3 - 2.67123 * r),
            Formula::Wendler => r * 0.0333 + 1.0,
        })
    }

    /// Estimated 1RM from `weight` × `reps`, in the weight's unit, to the
    /// nearest thousandth.
    pub fn estimate(self, weight: Weight, reps: u32) -> Result<Weight, E1rmError> {
        if !weight.is_positive() {
            return Err(E1rmError::NoWeight);
        }
        Ok(weight.scale(self.factor(reps)?))
    }
}

/// Mean of every formula within its valid range at `reps`
/// ([`Formula::in_range`]): all eight up to 10 reps, six above (no Brzycki,
/// no Lander, whose estimates blow up towards 37 reps).
pub fn mean(weight: Weight, reps: u32) -> Result<Weight, E1rmError> {
    if !weight.is_positive() {
        return Err(E1rmError::NoWeight);
    }
    if reps == 0 {
        return Err(E1rmError::NoReps);
    }
    let factors: Vec<f64> = Formula::ALL
        .iter()
        .filter(|f| f.in_range(reps))
        .filter_map(|f| f.factor(reps).ok())
        .collect();
    let mean = factors.iter().sum::<f64>() / factors.len() as f64;
    Ok(weight.scale(mean))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_values() {
        // §1.1: Brzycki 100 × 5 = 112.5; O'Conner equals Brzycki at 5 (×1.125);
        // Epley = Brzycki exactly at 10 reps (×4/3).
        let w = Weight::kg(100.0);
        assert_eq!(Formula::Brzycki.estimate(w, 5), Ok(Weight::kg(112.5)));
        assert_eq!(Formula::OConner.estimate(w, 5), Ok(Weight::kg(112.5)));
        assert_eq!(
            Formula::Epley.estimate(w, 10),
            Formula::Brzycki.estimate(w, 10)
        );
        assert_eq!(Formula::Epley.estimate(w, 10), Ok(Weight::kg(133.333)));
        assert_eq!(Formula::Wendler.estimate(w, 10), Ok(Weight::kg(133.3)));
    }
}
