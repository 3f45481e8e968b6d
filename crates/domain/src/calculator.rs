//! What the calculator screens need besides the formulas: parsing what a
//! lifter types (reps, a training-max percent, a custom warm-up list) and
//! wording results (distance from a target, the plates on a side), kept here
//! so the UI does no arithmetic of its own.

use crate::plates::Loading;
use crate::training_max::TmPercent;
use crate::weight::{Rounding, Step, Unit, Weight, WeightError};
use std::cmp::Ordering;
use std::fmt;

/// Most reps the calculators accept: past this no estimate means anything
/// ([`crate::limits::MAX_PLANNED_REPS`]).
pub const MAX_REPS: u32 = crate::limits::MAX_PLANNED_REPS;

/// Why typed reps are not usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepsError {
    Empty,
    NotWhole,
    Zero,
    TooMany,
}

impl fmt::Display for RepsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RepsError::Empty => f.write_str("Enter the reps."),
            RepsError::NotWhole => f.write_str("Reps must be a whole number, like 5."),
            RepsError::Zero => f.write_str("Enter at least one rep."),
            RepsError::TooMany => write!(f, "Enter at most {MAX_REPS} reps."),
        }
    }
}

impl std::error::Error for RepsError {}

/// Parses reps ("5", " 8 ").
pub fn parse_reps(text: &str) -> Result<u32, RepsError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(RepsError::Empty);
    }
    let reps: u64 = text.parse().map_err(|_| RepsError::NotWhole)?;
    match reps {
        0 => Err(RepsError::Zero),
        r if r > u64::from(MAX_REPS) => Err(RepsError::TooMany),
        r => Ok(r as u32),
    }
}

/// Parses a training-max percent ("90", "87.5" is refused: whole percents).
pub fn parse_tm_percent(text: &str) -> Result<TmPercent, &'static str> {
    const RANGE: &str = "Use a whole percent from 50 to 100.";
    let text = text.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return Err("Enter a percent.");
    }
    let value: u32 = text.parse().map_err(|_| RANGE)?;
    u8::try_from(value)
        .ok()
        .and_then(|v| TmPercent::new(v).ok())
        .ok_or(RANGE)
}

/// An estimate as shown: to the nearest 0.1 of its unit (116.667 → 116.7).
pub fn to_tenth(weight: Weight) -> Weight {
    weight.round_to(Step::tenth(weight.unit()), Rounding::Nearest)
}

/// "Exactly on target", "2.5 kg under target", "1.25 lb over target".
pub fn difference_text(loading: &Loading) -> String {
    let diff = loading.difference();
    match diff.milli().cmp(&0) {
        Ordering::Equal => "Exactly on target".into(),
        Ordering::Less => format!(
            "{} under target",
            Weight::from_milli(-diff.milli(), diff.unit())
        ),
        Ordering::Greater => format!("{diff} over target"),
    }
}

/// The plates on one side for a screen reader, heaviest first:
/// "Per side: 20, 10, 2.5 kg"; "Empty bar" when there are none. Plates in
/// mixed units each carry their unit ("Per side: 45 lb, 20 kg").
pub fn per_side_label(per_side: &[Weight]) -> String {
    let Some(first) = per_side.first() else {
        return "Empty bar".into();
    };
    let unit = first.unit();
    if per_side.iter().all(|p| p.unit() == unit) {
        let numbers: Vec<String> = per_side.iter().map(|p| p.number()).collect();
        format!("Per side: {} {unit}", numbers.join(", "))
    } else {
        let each: Vec<String> = per_side.iter().map(|p| p.to_string()).collect();
        format!("Per side: {}", each.join(", "))
    }
}

/// Why a custom warm-up list can't be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LadderError {
    Empty,
    /// An entry isn't `weight x reps`.
    Shape {
        entry: String,
    },
    Weight {
        entry: String,
        error: WeightError,
    },
    Reps {
        entry: String,
        error: RepsError,
    },
}

impl fmt::Display for LadderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LadderError::Empty => f.write_str("Enter sets like 20x5, 40x5, 60x3."),
            LadderError::Shape { entry } => {
                write!(f, "\"{entry}\" is not weight x reps (like 60x3).")
            }
            LadderError::Weight { entry, error } => write!(f, "\"{entry}\": {error}"),
            LadderError::Reps { entry, error } => write!(f, "\"{entry}\": {error}"),
        }
    }
}

impl std::error::Error for LadderError {}

/// Parses a custom warm-up list: `20x5, 40x5, 60x3` (also `×`, `*`, spaces,
/// `;` or new lines between entries), weights in `unit`.
pub fn parse_ladder(text: &str, unit: Unit) -> Result<Vec<(Weight, u32)>, LadderError> {
    let mut steps = Vec::new();
    for entry in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        let (weight, reps) =
            entry
                .split_once(['x', 'X', '×', '*'])
                .ok_or_else(|| LadderError::Shape {
                    entry: entry.to_string(),
                })?;
        let weight = Weight::parse_number(weight, unit).map_err(|error| LadderError::Weight {
            entry: entry.to_string(),
            error,
        })?;
        let reps = parse_reps(reps).map_err(|error| LadderError::Reps {
            entry: entry.to_string(),
            error,
        })?;
        steps.push((weight, reps));
    }
    if steps.is_empty() {
        return Err(LadderError::Empty);
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plates::{load, Aim, BarSetup};

    #[test]
    fn reps_parse_and_refuse() {
        assert_eq!(parse_reps(" 5 "), Ok(5));
        assert_eq!(parse_reps(""), Err(RepsError::Empty));
        assert_eq!(parse_reps("0"), Err(RepsError::Zero));
        assert_eq!(parse_reps("2.5"), Err(RepsError::NotWhole));
        assert_eq!(parse_reps("-3"), Err(RepsError::NotWhole));
        assert_eq!(parse_reps("101"), Err(RepsError::TooMany));
        assert_eq!(parse_reps("99999999999999999999"), Err(RepsError::NotWhole));
    }

    #[test]
    fn tm_percent_is_whole_and_in_range() {
        assert_eq!(parse_tm_percent("85").map(TmPercent::get), Ok(85));
        assert_eq!(parse_tm_percent("90 %").map(TmPercent::get), Ok(90));
        assert!(parse_tm_percent("49").is_err());
        assert!(parse_tm_percent("101").is_err());
        assert!(parse_tm_percent("87.5").is_err());
        assert!(parse_tm_percent("").is_err());
        assert!(parse_tm_percent("300").is_err());
    }

    #[test]
    fn tenths_round_half_up() {
        assert_eq!(to_tenth(Weight::kg(116.667)), Weight::kg(116.7));
        assert_eq!(to_tenth(Weight::lb(112.45)), Weight::lb(112.5));
        assert_eq!(to_tenth(Weight::kg(100.0)), Weight::kg(100.0));
    }

    #[test]
    fn difference_words() {
        let setup = BarSetup::kg_standard();
        let exact = load(&setup, Weight::kg(142.5), Aim::AtOrBelow).unwrap();
        assert_eq!(difference_text(&exact), "Exactly on target");
        // 0.25 kg is the smallest plate: 100.2 loads 100.0 at or below.
        let under = load(&setup, Weight::kg(100.2), Aim::AtOrBelow).unwrap();
        assert_eq!(difference_text(&under), "0.2 kg under target");
        let over = load(&setup, Weight::kg(100.2), Aim::AtOrAbove).unwrap();
        assert_eq!(difference_text(&over), "0.3 kg over target");
    }

    #[test]
    fn side_labels() {
        assert_eq!(
            per_side_label(&[Weight::kg(20.0), Weight::kg(10.0), Weight::kg(2.5)]),
            "Per side: 20, 10, 2.5 kg"
        );
        assert_eq!(per_side_label(&[]), "Empty bar");
        assert_eq!(
            per_side_label(&[Weight::lb(45.0), Weight::kg(20.0)]),
            "Per side: 45 lb, 20 kg"
        );
    }

    #[test]
    fn custom_ladders() {
        assert_eq!(
            parse_ladder("20x5, 40x5, 60 × 3", Unit::Kg),
            Ok(vec![
                (Weight::kg(20.0), 5),
                (Weight::kg(40.0), 5),
                (Weight::kg(60.0), 3)
            ])
        );
        assert_eq!(
            parse_ladder("45X5;\n95*5", Unit::Lb),
            Ok(vec![(Weight::lb(45.0), 5), (Weight::lb(95.0), 5)])
        );
        assert_eq!(parse_ladder(" , ", Unit::Kg), Err(LadderError::Empty));
        assert!(matches!(
            parse_ladder("20x5, 40", Unit::Kg),
            Err(LadderError::Shape { .. })
        ));
        assert!(matches!(
            parse_ladder("abcx5", Unit::Kg),
            Err(LadderError::Weight { .. })
        ));
        let zero = parse_ladder("40x0", Unit::Kg).unwrap_err();
        assert_eq!(zero.to_string(), "\"40x0\": Enter at least one rep.");
    }
}
