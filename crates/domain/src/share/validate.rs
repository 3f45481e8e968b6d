//! Checks on what a link carries, so a hand-made link can't put an unusable or
//! hostile program into the app. Text stays text (Yew escapes it when shown);
//! these checks only refuse what no real program contains.

use super::Problem;
use crate::weight::{Weight, MAX_INPUT, MILLI};
use std::collections::BTreeMap;

/// Longest name or label, in characters (Unicode scalar values).
pub const MAX_NAME_CHARS: usize = 80;

/// Most lifts with a max in one link (a program has a handful; 64 is generous).
pub const MAX_LIFTS: usize = 64;

/// Checks one name: not over [`MAX_NAME_CHARS`], no control characters, and,
/// when `required`, not blank.
pub fn name(text: &str, required: bool) -> Result<(), Problem> {
    if text.chars().any(char::is_control) {
        return Err(Problem::ControlCharacter);
    }
    // Bytes bound chars from above: cheap rejection before counting.
    if text.len() > MAX_NAME_CHARS && text.chars().count() > MAX_NAME_CHARS {
        return Err(Problem::NameTooLong);
    }
    if required && text.trim().is_empty() {
        return Err(Problem::EmptyName);
    }
    Ok(())
}

/// Checks a lift-key -> max map: few enough lifts, sane keys, and each max a
/// positive weight no heavier than the app accepts as input ([`MAX_INPUT`]).
pub fn maxes(maxes: &BTreeMap<String, Weight>) -> Result<(), Problem> {
    if maxes.len() > MAX_LIFTS {
        return Err(Problem::TooMany("lifts"));
    }
    for (lift, max) in maxes {
        name(lift, true)?;
        if !max.is_positive() || max.milli() > MAX_INPUT * MILLI {
            return Err(Problem::Max);
        }
    }
    Ok(())
}

/// Checks that `n` is in `1..=most`, naming `what` in the problem.
pub fn count(n: usize, most: usize, what: &'static str) -> Result<(), Problem> {
    match n {
        0 => Err(Problem::NoneOf(what)),
        n if n > most => Err(Problem::TooMany(what)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::weight::Unit;

    #[test]
    fn names() {
        assert_eq!(name("Squat <script>alert(1)</script>", true), Ok(()));
        assert_eq!(name("Bänkpress 🏋", true), Ok(()));
        assert_eq!(name("a\u{0}b", true), Err(Problem::ControlCharacter));
        assert_eq!(name("a\nb", true), Err(Problem::ControlCharacter));
        assert_eq!(name("a\u{9b}b", true), Err(Problem::ControlCharacter));
        assert_eq!(name(&"x".repeat(80), true), Ok(()));
        assert_eq!(name(&"x".repeat(81), true), Err(Problem::NameTooLong));
        // 80 two-byte characters are 160 bytes but still 80 characters.
        assert_eq!(name(&"é".repeat(80), true), Ok(()));
        assert_eq!(name("  ", true), Err(Problem::EmptyName));
        assert_eq!(name("", false), Ok(()));
    }

    #[test]
    fn max_bounds() {
        let one = |w: Weight| BTreeMap::from([("squat".to_string(), w)]);
        assert_eq!(maxes(&one(Weight::kg(140.0))), Ok(()));
        assert_eq!(maxes(&one(Weight::lb(2000.0))), Ok(()));
        assert_eq!(maxes(&one(Weight::lb(2000.001))), Err(Problem::Max));
        assert_eq!(maxes(&one(Weight::zero(Unit::Kg))), Err(Problem::Max));
        assert_eq!(maxes(&one(Weight::kg(-5.0))), Err(Problem::Max));
        let many: BTreeMap<_, _> = (0..65)
            .map(|i| (format!("lift {i}"), Weight::kg(100.0)))
            .collect();
        assert_eq!(maxes(&many), Err(Problem::TooMany("lifts")));
    }
}
