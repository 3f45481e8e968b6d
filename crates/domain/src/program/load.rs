//! What a set asks for: its load, its reps, and the unit-paired increments
//! programs add.

use crate::rpe::Rpe;
use crate::weight::{Unit, Weight};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A percentage kept in hundredths of a percent (87.5 % is 8750), so
/// percentages of a [`Weight`] are exact integer arithmetic.
///
/// Serialized as the plain number a lifter reads (`87.5`), so a program file
/// or share link shows percentages as written in the sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Percent(u32);

/// The largest percentage a program may use (a 1000 % set is a typo, not a plan).
pub const MAX_PERCENT_HUNDREDTHS: u32 = 100_000;

/// Why a number is not a usable percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PercentError {
    NotANumber,
    Negative,
    TooLarge,
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PercentError::NotANumber => "That is not a number.",
            PercentError::Negative => "A percentage can't be negative.",
            PercentError::TooLarge => "A percentage must be at most 1000.",
        })
    }
}

impl std::error::Error for PercentError {}

impl Percent {
    /// A whole percentage (65 → 65 %).
    pub const fn whole(percent: u32) -> Percent {
        Percent(percent * 100)
    }

    /// From hundredths of a percent (8750 → 87.5 %).
    pub const fn from_hundredths(hundredths: u32) -> Percent {
        Percent(hundredths)
    }

    /// From a decimal percentage, rounded to a hundredth.
    pub fn new(percent: f64) -> Result<Percent, PercentError> {
        if !percent.is_finite() {
            return Err(PercentError::NotANumber);
        }
        if percent < 0.0 {
            return Err(PercentError::Negative);
        }
        let hundredths = (percent * 100.0).round();
        if hundredths > f64::from(MAX_PERCENT_HUNDREDTHS) {
            return Err(PercentError::TooLarge);
        }
        Ok(Percent(hundredths as u32))
    }

    /// A percentage as typed ("87.5", "87,5", "65"), exactly, rounded to a
    /// hundredth, without `core`'s float parser ([`crate::decimal`]).
    pub fn parse(text: &str) -> Result<Percent, PercentError> {
        use crate::decimal::{parse_milli, DecimalError};
        let limit = i64::from(MAX_PERCENT_HUNDREDTHS / 100);
        let milli = parse_milli(text, limit).map_err(|e| match e {
            DecimalError::NotANumber => PercentError::NotANumber,
            DecimalError::TooLarge => PercentError::TooLarge,
        })?;
        if milli < 0 {
            return Err(PercentError::Negative);
        }
        // Thousandths of a percent to hundredths, half away from zero.
        let hundredths = (milli + 5) / 10;
        if hundredths > i64::from(MAX_PERCENT_HUNDREDTHS) {
            return Err(PercentError::TooLarge);
        }
        Ok(Percent(hundredths as u32))
    }

    pub fn hundredths(self) -> u32 {
        self.0
    }

    /// The number without the sign, as a field shows it: "87.5", "65".
    pub fn number_text(self) -> String {
        let whole = self.0 / 100;
        match self.0 % 100 {
            0 => whole.to_string(),
            frac => {
                let digits = format!("{frac:02}");
                format!("{whole}.{}", digits.trim_end_matches('0'))
            }
        }
    }

    /// The percentage as a number, for serialization and arithmetic (fields
    /// show [`Percent::number_text`]).
    pub fn value(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// This percentage of `weight`, to the nearest thousandth of its unit
    /// (saturating, as all [`Weight`] arithmetic does).
    pub fn of(self, weight: Weight) -> Weight {
        let milli = div_round(i128::from(weight.milli()) * i128::from(self.0), 10_000);
        Weight::saturating_from_milli(milli, weight.unit())
    }

    /// `weight` divided by this percentage (a 1RM from a training max that is
    /// this percentage of it). A zero percentage leaves the weight as it is.
    pub fn divide(self, weight: Weight) -> Weight {
        if self.0 == 0 {
            return weight;
        }
        let milli = div_round(i128::from(weight.milli()) * 10_000, i128::from(self.0));
        Weight::saturating_from_milli(milli, weight.unit())
    }
}

impl TryFrom<f64> for Percent {
    type Error = PercentError;
    fn try_from(value: f64) -> Result<Self, PercentError> {
        Percent::new(value)
    }
}

impl From<Percent> for f64 {
    fn from(p: Percent) -> f64 {
        p.value()
    }
}

/// Shows "87.5%".
impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.number_text())
    }
}

/// Integer division rounded half away from zero.
pub(crate) fn div_round(n: i128, d: i128) -> i128 {
    if (n >= 0) == (d > 0) {
        (n + d / 2) / d
    } else {
        (n - d / 2) / d
    }
}

/// Why a rep range can't be built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RepRangeError {
    /// The bottom of the range is zero: a set of zero reps is no set.
    ZeroMin,
    /// The bottom is above the top ("12-8").
    MinAboveMax { min: u32, max: u32 },
}

impl fmt::Display for RepRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RepRangeError::ZeroMin => f.write_str("The fewest reps must be at least 1."),
            RepRangeError::MinAboveMax { min, max } => write!(
                f,
                "The fewest reps ({min}) can't be more than the most ({max})."
            ),
        }
    }
}

impl std::error::Error for RepRangeError {}

/// A rep range "8-12": at least 1 at the bottom, the bottom at most the top.
/// Only [`RepRange::new`] (and deserializing, which calls it) builds one, so a
/// range upside down can't exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RangeWire", into = "RangeWire")]
pub struct RepRange {
    min: u32,
    max: u32,
}

/// The stored form of a [`RepRange`]: `{"min": 8, "max": 12}`.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct RangeWire {
    min: u32,
    max: u32,
}

impl TryFrom<RangeWire> for RepRange {
    type Error = RepRangeError;
    fn try_from(w: RangeWire) -> Result<RepRange, RepRangeError> {
        RepRange::new(w.min, w.max)
    }
}

impl From<RepRange> for RangeWire {
    fn from(r: RepRange) -> RangeWire {
        RangeWire {
            min: r.min,
            max: r.max,
        }
    }
}

impl RepRange {
    /// `min` to `max` reps, or why not.
    pub fn new(min: u32, max: u32) -> Result<RepRange, RepRangeError> {
        if min == 0 {
            Err(RepRangeError::ZeroMin)
        } else if min > max {
            Err(RepRangeError::MinAboveMax { min, max })
        } else {
            Ok(RepRange { min, max })
        }
    }

    pub fn min(self) -> u32 {
        self.min
    }

    pub fn max(self) -> u32 {
        self.max
    }
}

impl fmt::Display for RepRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.min, self.max)
    }
}

/// How many reps a set asks for, or how long a hold lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reps {
    /// Exactly this many ("5").
    Exact(u32),
    /// Anywhere from the range's bottom to its top ("3-5"; Joker sets, the
    /// 7th-week TM test, double-progression accessories).
    Range(RepRange),
    /// As many as possible, at least `min` ("5+": 5/3/1's last set, [S10]).
    Amrap { min: u32 },
    /// A timed hold of `seconds` (planks, back-extension holds): "30 s". A
    /// logged hold records its seconds where a set records reps.
    Hold { seconds: u32 },
}

impl Reps {
    /// `min` to `max` reps ("8-12"), or why not.
    pub fn range(min: u32, max: u32) -> Result<Reps, RepRangeError> {
        RepRange::new(min, max).map(Reps::Range)
    }

    /// The fewest reps (or seconds, for a hold) that complete the set.
    pub fn min(self) -> u32 {
        match self {
            Reps::Exact(n) => n,
            Reps::Range(r) => r.min(),
            Reps::Amrap { min } => min,
            Reps::Hold { seconds } => seconds,
        }
    }

    /// The top of the set's target: a range's top, otherwise [`Reps::min`].
    /// Double progression moves the weight once every counted set reaches it.
    pub fn top(self) -> u32 {
        match self {
            Reps::Range(r) => r.max(),
            other => other.min(),
        }
    }

    pub fn is_amrap(self) -> bool {
        matches!(self, Reps::Amrap { .. })
    }

    /// A timed hold: its number is seconds, not reps.
    pub fn is_hold(self) -> bool {
        matches!(self, Reps::Hold { .. })
    }
}

/// Shows "5", "3-5", "5+", "30 s".
impl fmt::Display for Reps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reps::Exact(n) => write!(f, "{n}"),
            Reps::Range(r) => r.fmt(f),
            Reps::Amrap { min } => write!(f, "{min}+"),
            Reps::Hold { seconds } => write!(f, "{seconds} s"),
        }
    }
}

/// What a set is loaded with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Load {
    /// A percentage of the lift's max, whatever kind the lift keeps
    /// ([`crate::program::MaxKind`]): % of training max for 5/3/1, % of 1RM for
    /// Smolov Jr, % of the working weight for linear progressions.
    Percent(Percent),
    /// A percentage of the 1RM even when the lift keeps a training max
    /// (converted with [`crate::program::Program::training_max_percent`]).
    PercentOfOneRepMax(Percent),
    /// A target RPE: the lifter picks the weight on the day; the plan
    /// suggests one from the RTS chart when a 1RM is known (§1.2, [S9]).
    Rpe(Rpe),
    /// A fixed weight. On a lift with a progression rule it is the starting
    /// weight: the plan then uses the lift's current working weight (see
    /// [`crate::program::starting_weights`]).
    Fixed(Weight),
    /// Bodyweight or unloaded (hyperextensions, chin-ups): no weight to plan.
    Bodyweight,
    /// Bodyweight plus this much added (a plate held for back extensions,
    /// a belt for dips). The added weight is what the plan shows and the log
    /// records; like [`Load::Fixed`] it is the start of a progressing lift.
    BodyweightPlus(Weight),
}

impl Load {
    /// Whether the set's weight comes from the lift's max: percentages and
    /// RPE do; fixed weights, bodyweight and bodyweight-plus ask for no max.
    pub fn needs_max(self) -> bool {
        match self {
            Load::Percent(_) | Load::PercentOfOneRepMax(_) | Load::Rpe(_) => true,
            Load::Fixed(_) | Load::Bodyweight | Load::BodyweightPlus(_) => false,
        }
    }

    /// The weight written in the program, for loads that carry one.
    pub fn written_weight(self) -> Option<Weight> {
        match self {
            Load::Fixed(w) | Load::BodyweightPlus(w) => Some(w),
            _ => None,
        }
    }
}

/// An amount added to a weight, given in both units because programs give
/// both (+5 lb / +2.5 kg, training-math.md §2.5): the lifter's unit picks one,
/// so a kg lifter never gets a converted 2.268 kg.
///
/// Named for what it is, one amount per unit; it was `Increment`, which it
/// shared with [`crate::training_max::RoundingRule`] (a rounding step). It is
/// what a progression adds, a double progression's step and a Smolov Jr
/// week's increase. The serde form (`{"kg": .., "lb": ..}`) is unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UnitPair {
    pub kg: Weight,
    pub lb: Weight,
}

impl UnitPair {
    /// `kg` kilograms or `lb` pounds.
    pub fn new(kg: f64, lb: f64) -> UnitPair {
        UnitPair {
            kg: Weight::kg(kg),
            lb: Weight::lb(lb),
        }
    }

    /// Nothing added.
    pub fn zero() -> UnitPair {
        UnitPair {
            kg: Weight::zero(Unit::Kg),
            lb: Weight::zero(Unit::Lb),
        }
    }

    /// The amount for a lifter working in `unit`, in that unit.
    pub fn pick(self, unit: Unit) -> Weight {
        match unit {
            Unit::Kg => self.kg.to(Unit::Kg),
            Unit::Lb => self.lb.to(Unit::Lb),
        }
    }

    /// `n` times this increment.
    pub fn times(self, n: i64) -> UnitPair {
        UnitPair {
            kg: self.kg.times(n),
            lb: self.lb.times(n),
        }
    }
}
