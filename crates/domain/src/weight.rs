//! Masses that always carry their unit.
//!
//! A [`Weight`] is an integer number of thousandths of a kilogram or of a pound.
//! Integers keep plate arithmetic exact (no float equality anywhere) and make
//! "is 142.5 kg loadable?" a question about whole numbers. Conversion uses the
//! exact international pound, 1 lb = 0.45359237 kg (training-math.md §6.4, [S77]).

use crate::decimal::{parse_milli, DecimalError};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// The unit a lifter's plates and numbers are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    #[default]
    Kg,
    Lb,
}

impl Unit {
    /// Short label shown after a number ("kg", "lb").
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Kg => "kg",
            Unit::Lb => "lb",
        }
    }

    /// The unit whose [`Unit::symbol`] is `symbol` (also its serde name).
    pub fn from_symbol(symbol: &str) -> Option<Unit> {
        match symbol {
            "kg" => Some(Unit::Kg),
            "lb" => Some(Unit::Lb),
            _ => None,
        }
    }

    /// The unit a lifter wrote after a number: "kg", "KG", "kgs", "lb",
    /// "lbs" (what other apps' exports and gym labels say).
    pub fn from_written(word: &str) -> Option<Unit> {
        let word = match word.as_bytes() {
            [head @ .., b's' | b'S'] => head,
            all => all,
        };
        match word {
            [b'k' | b'K', b'g' | b'G'] => Some(Unit::Kg),
            [b'l' | b'L', b'b' | b'B'] => Some(Unit::Lb),
            _ => None,
        }
    }

    /// The other unit.
    pub fn other(self) -> Unit {
        match self {
            Unit::Kg => Unit::Lb,
            Unit::Lb => Unit::Kg,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// Thousandths in one whole unit.
pub const MILLI: i64 = 1000;

/// Exact pound in nano-kilograms: 1 lb = 0.453_592_37 kg ([S77]).
const LB_IN_NANO_KG: i128 = 453_592_370;

/// A mass with its unit, stored as whole thousandths of that unit.
///
/// Two weights in different units are never compared or added directly:
/// [`Weight::to`] converts first, so a kg value can't be mistaken for lb.
///
/// **Arithmetic saturates.** Every operation ([`Weight::plus`],
/// [`Weight::minus`], [`Weight::times`], [`Weight::to`], [`Weight::scale`],
/// [`Weight::round_to`], [`crate::program::Percent::of`], ...) works in `i128`
/// and clamps its result to ±[`Weight::LIMIT_MILLI`] (a trillion kg or lb) with
/// a checked conversion back to `i64`. Nothing wraps and nothing panics, and
/// no operation needs an `Option`: input is capped at [`MAX_INPUT`] (2000)
/// where it is parsed, so a real weight is nine orders of magnitude below the
/// bound and only a corrupt or hostile number ever reaches it, where a wrong
/// but finite weight is the right failure (the limits module reports it).
/// (A deserialized weight is not clamped, so stored JSON reads back as
/// written; every operation still takes it through `i128`, so it can't wrap.)
///
/// **`==` is "same number in the same unit"**, the derived field equality that
/// serde structs and tests rely on: `Weight::kg(100.0) == Weight::lb(220.462)` is
/// false. Where the question is "the same mass?", use [`Weight::same_mass`] (or
/// [`Weight::cmp_mass`] for order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Weight {
    /// Thousandths of `unit` (142.5 kg is 142_500).
    milli: i64,
    unit: Unit,
}

/// Which way to round to an increment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Rounding {
    /// Nearest multiple; halves go up.
    #[default]
    Nearest,
    /// Next multiple at or above (Wendler's 2nd-edition table, §2.3).
    Up,
    /// Multiple at or below.
    Down,
}

/// A rounding step: a weight above zero, so rounding to it always means
/// something and no caller has to guard against a zero or negative step.
/// Built only by [`Step::of`] (which refuses zero and negative weights) or
/// the constants below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Step(Weight);

impl Step {
    /// `step` if it is above zero.
    pub fn of(step: Weight) -> Option<Step> {
        step.is_positive().then_some(Step(step))
    }

    /// One thousandth of `unit`, the finest a [`Weight`] holds: rounding to
    /// it changes nothing ("no rounding").
    pub const fn thousandth(unit: Unit) -> Step {
        Step(Weight { milli: 1, unit })
    }

    /// The usual smallest plate jump: 2.5 kg or 5 lb (a pair of 1.25 kg or
    /// 2.5 lb plates).
    pub const fn plate_pair(unit: Unit) -> Step {
        let milli = match unit {
            Unit::Kg => 2_500,
            Unit::Lb => 5_000,
        };
        Step(Weight { milli, unit })
    }

    /// One tenth of `unit` (0.1 kg), how estimates are shown.
    pub const fn tenth(unit: Unit) -> Step {
        Step(Weight { milli: 100, unit })
    }

    /// The step as a weight (always above zero).
    pub fn weight(self) -> Weight {
        self.0
    }

    /// The step in `unit`, never below one thousandth (0.001 lb is 0.000454
    /// kg, which would otherwise round to zero).
    pub fn to(self, unit: Unit) -> Step {
        Step(Weight {
            milli: self.0.to(unit).milli.max(1),
            unit,
        })
    }

    /// `num / den` thousandths of `unit` (`den` above zero), rounded once to a
    /// multiple of this step: exact integer arithmetic, no double rounding.
    /// [`Weight::round_to`] is `den = 1`; a training max is `percent / 100`.
    pub(crate) fn round_ratio(
        self,
        num: i128,
        den: i128,
        unit: Unit,
        rounding: Rounding,
    ) -> Weight {
        let den = den.max(1) * i128::from(self.to(unit).0.milli);
        let q = num.div_euclid(den);
        let r = num.rem_euclid(den);
        let multiple = match rounding {
            Rounding::Down => q,
            Rounding::Up => q + i128::from(r != 0),
            // Halves go up.
            Rounding::Nearest => q + i128::from(2 * r >= den),
        };
        let step = i128::from(self.to(unit).0.milli);
        Weight::saturating_from_milli(multiple * step, unit)
    }
}

/// Why a typed number is not a weight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WeightError {
    Empty,
    NotANumber,
    Negative,
    TooLarge,
}

impl fmt::Display for WeightError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WeightError::Empty => "Enter a weight.",
            WeightError::NotANumber => "That is not a number.",
            WeightError::Negative => "A weight can't be negative.",
            WeightError::TooLarge => "That is heavier than any barbell lift (max 2000).",
        })
    }
}

impl std::error::Error for WeightError {}

/// The heaviest weight the app accepts as input, in whole units. The deadlift
/// world record is about 500 kg; 2000 leaves room for sled and leg-press users
/// while keeping every sum far from overflow.
pub const MAX_INPUT: i64 = 2000;

impl Weight {
    /// The largest magnitude, in thousandths, any operation returns: 10^15,
    /// a trillion kg or lb. Results beyond it saturate here.
    pub const LIMIT_MILLI: i64 = 1_000_000_000_000_000;

    /// From thousandths computed in `i128`, saturated to ±[`Self::LIMIT_MILLI`].
    pub fn saturating_from_milli(milli: i128, unit: Unit) -> Weight {
        let limit = i128::from(Weight::LIMIT_MILLI);
        let milli = i64::try_from(milli.clamp(-limit, limit)).unwrap_or(0);
        Weight { milli, unit }
    }

    /// Zero in `unit`.
    pub const fn zero(unit: Unit) -> Weight {
        Weight { milli: 0, unit }
    }

    /// From whole thousandths of `unit`, saturated to ±[`Self::LIMIT_MILLI`].
    pub const fn from_milli(milli: i64, unit: Unit) -> Weight {
        let milli = if milli > Weight::LIMIT_MILLI {
            Weight::LIMIT_MILLI
        } else if milli < -Weight::LIMIT_MILLI {
            -Weight::LIMIT_MILLI
        } else {
            milli
        };
        Weight { milli, unit }
    }

    /// From a decimal number of `unit`, rounded to the nearest thousandth and
    /// saturated to ±[`Self::LIMIT_MILLI`]. Non-finite input becomes zero
    /// rather than poisoning later sums.
    pub fn new(value: f64, unit: Unit) -> Weight {
        const LIMIT: f64 = Weight::LIMIT_MILLI as f64;
        let milli = if value.is_finite() {
            // Clamped first, so the float-to-int cast (which saturates and
            // maps NaN to 0 by definition) is exact: no wrap, no truncation.
            (value * MILLI as f64).round().clamp(-LIMIT, LIMIT) as i64
        } else {
            0
        };
        Weight { milli, unit }
    }

    /// `n` kilograms.
    pub fn kg(value: f64) -> Weight {
        Weight::new(value, Unit::Kg)
    }

    /// `n` pounds.
    pub fn lb(value: f64) -> Weight {
        Weight::new(value, Unit::Lb)
    }

    /// Parses what a lifter typed ("142.5", " 100 ", "142,5") in `unit`,
    /// unless he wrote the other after the number: "24 kg" in an lb gym is
    /// a 24 kg kettlebell, kept in kg ([`Unit::from_written`]).
    pub fn parse(text: &str, unit: Unit) -> Result<Weight, WeightError> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let mut split = bytes.len();
        while split > 0 && bytes[split - 1].is_ascii_alphabetic() {
            split -= 1;
        }
        match Unit::from_written(&text[split..]) {
            // "24 kg", "24kg": the number, without the space before the unit.
            Some(said) => Weight::parse_number(&text[..split], said),
            None => Weight::parse_number(text, unit),
        }
    }

    /// [`Weight::parse`] of a number alone, always in `unit`. The first
    /// load's calculator reads its fields with this: reading a unit costs it
    /// bytes it doesn't have until the app is split by screen (issue "One
    /// app, loaded in pieces"), and its unit is one tap away in Settings.
    pub fn parse_number(text: &str, unit: Unit) -> Result<Weight, WeightError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(WeightError::Empty);
        }
        // Exact decimal, not `f64::from_str` (crate::decimal says why).
        let milli = parse_milli(text, MAX_INPUT).map_err(|e| match e {
            DecimalError::NotANumber => WeightError::NotANumber,
            // "-5000": the sign is the mistake to point out, not the size.
            DecimalError::TooLarge if text.starts_with('-') => WeightError::Negative,
            DecimalError::TooLarge => WeightError::TooLarge,
        })?;
        if milli < 0 {
            return Err(WeightError::Negative);
        }
        Ok(Weight::from_milli(milli, unit))
    }

    pub fn unit(self) -> Unit {
        self.unit
    }

    /// Whole thousandths of [`Weight::unit`].
    pub fn milli(self) -> i64 {
        self.milli
    }

    /// The number as a float, for display and for formulas.
    pub fn value(self) -> f64 {
        self.milli as f64 / MILLI as f64
    }

    pub fn is_zero(self) -> bool {
        self.milli == 0
    }

    pub fn is_positive(self) -> bool {
        self.milli > 0
    }

    /// The same mass in `unit`, by the exact pound (rounded to a thousandth).
    pub fn to(self, unit: Unit) -> Weight {
        if unit == self.unit {
            return self;
        }
        let m = i128::from(self.milli);
        let milli = match (self.unit, unit) {
            // kg -> lb: divide by 0.45359237
            (Unit::Kg, Unit::Lb) => div_round(m * 1_000_000_000, LB_IN_NANO_KG),
            // lb -> kg: multiply by 0.45359237
            (Unit::Lb, Unit::Kg) => div_round(m * LB_IN_NANO_KG, 1_000_000_000),
            _ => m,
        };
        Weight::saturating_from_milli(milli, unit)
    }

    /// This weight times `factor` (a percentage as 0.85, say), to the nearest thousandth.
    pub fn scale(self, factor: f64) -> Weight {
        Weight::new(self.value() * factor, self.unit)
    }

    /// `percent` % of this weight.
    pub fn percent(self, percent: f64) -> Weight {
        self.scale(percent / 100.0)
    }

    /// Rounds to a multiple of `step` (converted into this weight's unit).
    /// The one rounding routine: plans, training maxes, warm-ups,
    /// progressions, the calculator and proposals all round through
    /// [`Step`], which can't be zero or negative.
    pub fn round_to(self, step: Step, rounding: Rounding) -> Weight {
        step.round_ratio(i128::from(self.milli), 1, self.unit, rounding)
    }

    /// Sum, converting `other` into this weight's unit (saturating).
    pub fn plus(self, other: Weight) -> Weight {
        let sum = i128::from(self.milli) + i128::from(other.to(self.unit).milli);
        Weight::saturating_from_milli(sum, self.unit)
    }

    /// Difference, converting `other` into this weight's unit (saturating).
    pub fn minus(self, other: Weight) -> Weight {
        let diff = i128::from(self.milli) - i128::from(other.to(self.unit).milli);
        Weight::saturating_from_milli(diff, self.unit)
    }

    /// `n` of this weight (saturating).
    pub fn times(self, n: i64) -> Weight {
        Weight::saturating_from_milli(i128::from(self.milli) * i128::from(n), self.unit)
    }

    /// Ordering after converting `other` into this weight's unit.
    pub fn cmp_mass(self, other: Weight) -> Ordering {
        self.milli.cmp(&other.to(self.unit).milli)
    }

    /// Whether the two weights are the same mass. Unlike `==`, which asks
    /// for the same number in the same unit, `kg(100).same_mass(lb(220.462))`
    /// is true. Weights in one unit compare their thousandths; in different
    /// units both are taken to thousandths of a kg, the coarser unit, so the
    /// test is symmetric and a weight always has the same mass as its
    /// conversion (300 lb is 136.078 kg, which is 300.0003 lb back).
    pub fn same_mass(self, other: Weight) -> bool {
        if self.unit == other.unit {
            self.milli == other.milli
        } else {
            self.to(Unit::Kg).milli == other.to(Unit::Kg).milli
        }
    }

    /// The larger of two weights, in this weight's unit.
    pub fn max_mass(self, other: Weight) -> Weight {
        if self.cmp_mass(other) == Ordering::Less {
            other.to(self.unit)
        } else {
            self
        }
    }

    /// The number without unit, trimmed: "142.5", "100", "0.25", "-2.5".
    pub fn number(self) -> String {
        format_milli(self.milli)
    }
}

/// Shows "142.5 kg".
impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.number(), self.unit)
    }
}

/// Integer division rounded half away from zero.
fn div_round(n: i128, d: i128) -> i128 {
    if (n >= 0) == (d > 0) {
        (n + d / 2) / d
    } else {
        (n - d / 2) / d
    }
}

/// Formats thousandths with up to three decimals and no trailing zeros.
pub fn format_milli(milli: i64) -> String {
    let sign = if milli < 0 { "-" } else { "" };
    let abs = milli.unsigned_abs();
    let whole = abs / MILLI as u64;
    let frac = abs % MILLI as u64;
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:03}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_pound_conversion() {
        // 1 lb = 0.45359237 kg exactly ([S77]).
        assert_eq!(Weight::lb(1.0).to(Unit::Kg).milli(), 454); // 0.45359 -> 0.454
        assert_eq!(Weight::lb(100.0).to(Unit::Kg).milli(), 45_359);
        assert_eq!(Weight::lb(45.0).to(Unit::Kg).milli(), 20_412);
        // 100 kg = 220.462 lb
        assert_eq!(Weight::kg(100.0).to(Unit::Lb).milli(), 220_462);
        assert_eq!(Weight::kg(20.0).to(Unit::Lb).milli(), 44_092);
    }

    #[test]
    fn rounding_directions() {
        let five = Step::of(Weight::lb(5.0)).unwrap();
        // 225 x 0.65 = 146.25: up -> 150 (Wendler's table, §2.3), nearest -> 145
        let w = Weight::lb(225.0).percent(65.0);
        assert_eq!(w.milli(), 146_250);
        assert_eq!(w.round_to(five, Rounding::Up), Weight::lb(150.0));
        assert_eq!(w.round_to(five, Rounding::Nearest), Weight::lb(145.0));
        assert_eq!(w.round_to(five, Rounding::Down), Weight::lb(145.0));
        // an exact multiple never moves
        for r in [Rounding::Up, Rounding::Down, Rounding::Nearest] {
            assert_eq!(Weight::lb(150.0).round_to(five, r), Weight::lb(150.0));
        }
        // halves go up on nearest
        assert_eq!(
            Weight::kg(101.25).round_to(Step::of(Weight::kg(2.5)).unwrap(), Rounding::Nearest),
            Weight::kg(102.5)
        );
    }

    #[test]
    fn parse_and_display() {
        assert_eq!(Weight::parse(" 142,5 ", Unit::Kg), Ok(Weight::kg(142.5)));
        assert_eq!(Weight::parse("", Unit::Kg), Err(WeightError::Empty));
        assert_eq!(Weight::parse("abc", Unit::Kg), Err(WeightError::NotANumber));
        assert_eq!(Weight::parse("NaN", Unit::Kg), Err(WeightError::NotANumber));
        assert_eq!(Weight::parse("inf", Unit::Kg), Err(WeightError::NotANumber));
        assert_eq!(Weight::parse("-5", Unit::Kg), Err(WeightError::Negative));
        assert_eq!(Weight::parse("-5000", Unit::Kg), Err(WeightError::Negative));
        for unit in [Unit::Kg, Unit::Lb] {
            assert_eq!(Unit::from_symbol(unit.symbol()), Some(unit));
        }
        assert_eq!(Unit::from_symbol("lbs"), None);
        assert_eq!(Weight::parse("-0", Unit::Kg), Ok(Weight::kg(0.0)));
        assert_eq!(
            Weight::parse("1,234.5", Unit::Kg),
            Err(WeightError::NotANumber)
        );
        assert_eq!(Weight::parse("5000", Unit::Lb), Err(WeightError::TooLarge));
        assert_eq!(Weight::kg(142.5).to_string(), "142.5 kg");
        assert_eq!(Weight::lb(0.25).to_string(), "0.25 lb");
        assert_eq!(Weight::kg(-2.5).number(), "-2.5");
        assert_eq!(Weight::new(f64::NAN, Unit::Kg), Weight::zero(Unit::Kg));
    }

    #[test]
    fn mixed_units_convert_before_arithmetic() {
        let sum = Weight::kg(20.0).plus(Weight::lb(45.0));
        assert_eq!(sum.unit(), Unit::Kg);
        assert_eq!(sum.milli(), 40_412);
        assert_eq!(Weight::kg(20.0).cmp_mass(Weight::lb(45.0)), Ordering::Less);
    }
}
