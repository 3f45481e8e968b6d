//! The one place the app's value limits live: text lengths, dates, weights,
//! reps and percentages. The importers, the share-link validator and (later)
//! the program editor all check against these, so a value one of them accepts
//! the others accept too.
//!
//! A value outside a limit is an error with a plain reason ([`LimitError`]),
//! never clamped or rounded to zero: an import reports it as a numbered bad
//! row, a form as a message next to the field.

use crate::date::Date;
use crate::program::Percent;
use crate::weight::{format_milli, Unit, Weight, MAX_INPUT, MILLI};
use std::fmt;

/// Longest name or label (exercise, workout, program, lift, day), in
/// characters (Unicode scalar values). Share links have always used 80.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest free text inside a program (summary, source, a set's note).
pub const MAX_TEXT_CHARS: usize = 300;
/// Longest note in the log (a set's note, a session's notes). Longer than a
/// program's texts: lifters write training diaries in them.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Earliest date a logged session may have. No phone workout app predates
/// it, and a 1899 or year-1 date in a CSV is a broken cell, not history.
pub const EARLIEST_DATE: Date = Date::EPOCH;

/// The smallest non-zero weight of a logged set, in thousandths of the unit:
/// one plate step. 0.25 kg is the smallest kg plate (IWF change plates, §6.2
/// [S68][S74]); 0.5 lb is the smallest whole pair of pound microplates and
/// the half-pound nearest 0.25 kg (0.25 kg = 0.55 lb, §6.4 [S77]). A weight
/// below it (0.0001 kg) is a typo or a unit mistake, not a lift.
pub const fn min_weight_milli(unit: Unit) -> i64 {
    match unit {
        Unit::Kg => 250,
        Unit::Lb => 500,
    }
}

/// The heaviest weight anywhere, in whole units of either kg or lb
/// ([`MAX_INPUT`]: 2000, far over the ~500 kg deadlift record).
pub const MAX_WEIGHT_UNITS: i64 = MAX_INPUT;

/// Most reps one logged set may have (the log's own limit; a set of more is
/// a timed or distance entry written as reps).
pub const MAX_LOGGED_REPS: u32 = 999;
/// Most reps one planned set or calculator entry may have (the e1RM formulas
/// are meaningless long before, §1.1).
pub const MAX_PLANNED_REPS: u32 = 100;

/// Highest percentage of a max a program may load: 200 % is already far past
/// any plan (top sets are ≤ 105 % of TM, §2.2–§3.8).
pub const MAX_LOAD_PERCENT: Percent = Percent::whole(200);

/// Why a value is outside the limits, in words a lifter reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitError {
    /// A name over [`MAX_NAME_CHARS`] (or a note over [`MAX_NOTE_CHARS`]);
    /// `what` names it ("exercise name", "note").
    TooLong { what: &'static str, most: usize },
    /// A control character (NUL, tab, escape...) where only text belongs.
    ControlCharacter { what: &'static str },
    /// Before [`EARLIEST_DATE`].
    DateTooEarly(Date),
    /// After the day after "today" (a day of slack for time zones).
    DateInFuture(Date),
    /// A non-zero weight lighter than one plate step.
    WeightTooSmall(Weight),
    /// Heavier than [`MAX_WEIGHT_UNITS`].
    WeightTooLarge(Weight),
    /// A negative weight.
    WeightNegative,
    /// Zero reps.
    NoReps,
    /// More reps than the limit given.
    TooManyReps { reps: u64, most: u32 },
    /// A load percentage of 0 %.
    ZeroPercent,
    /// A load percentage over [`MAX_LOAD_PERCENT`].
    PercentTooLarge(Percent),
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LimitError::TooLong { what, most } => {
                write!(f, "the {what} is longer than {most} characters")
            }
            LimitError::ControlCharacter { what } => {
                write!(f, "the {what} has a control character in it")
            }
            LimitError::DateTooEarly(d) => {
                write!(f, "the date {d} is before {EARLIEST_DATE}")
            }
            LimitError::DateInFuture(d) => write!(f, "the date {d} is in the future"),
            LimitError::WeightTooSmall(w) => write!(
                f,
                "the weight {w} is less than the smallest plate step ({} {})",
                format_milli(min_weight_milli(w.unit())),
                w.unit()
            ),
            LimitError::WeightTooLarge(w) => write!(
                f,
                "the weight {w} is more than {MAX_WEIGHT_UNITS} {}",
                w.unit()
            ),
            LimitError::WeightNegative => f.write_str("the weight is negative"),
            LimitError::NoReps => f.write_str("0 reps"),
            LimitError::TooManyReps { reps, most } => {
                write!(f, "{reps} reps is more than the {most} one set can have")
            }
            LimitError::ZeroPercent => f.write_str("a percentage is 0%"),
            LimitError::PercentTooLarge(p) => {
                write!(f, "the percentage {p} is more than {MAX_LOAD_PERCENT}")
            }
        }
    }
}

impl std::error::Error for LimitError {}

fn bounded(text: &str, most: usize, newlines: bool, what: &'static str) -> Result<(), LimitError> {
    if text
        .chars()
        .any(|c| c.is_control() && !(newlines && c == '\n'))
    {
        return Err(LimitError::ControlCharacter { what });
    }
    // Bytes bound chars from above: cheap acceptance before counting.
    if text.len() > most && text.chars().count() > most {
        return Err(LimitError::TooLong { what, most });
    }
    Ok(())
}

/// A name or label: at most [`MAX_NAME_CHARS`], no control characters.
/// `what` names it in the error ("exercise name").
pub fn name(text: &str, what: &'static str) -> Result<(), LimitError> {
    bounded(text, MAX_NAME_CHARS, false, what)
}

/// A program's free text: at most [`MAX_TEXT_CHARS`]; line breaks allowed.
pub fn program_text(text: &str, what: &'static str) -> Result<(), LimitError> {
    bounded(text, MAX_TEXT_CHARS, true, what)
}

/// A note in the log: at most [`MAX_NOTE_CHARS`]; line breaks (LF or CRLF)
/// and tabs allowed, other control characters not.
pub fn note(text: &str, what: &'static str) -> Result<(), LimitError> {
    if text.len() > MAX_NOTE_CHARS && text.chars().count() > MAX_NOTE_CHARS {
        return Err(LimitError::TooLong {
            what,
            most: MAX_NOTE_CHARS,
        });
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(LimitError::ControlCharacter { what });
    }
    Ok(())
}

/// The latest date a session may have: the day after `today` (the domain has
/// no clock; the caller passes the lifter's local date).
pub fn latest_date(today: Date) -> Date {
    today.add_days(1).unwrap_or(today)
}

/// A session's date: from [`EARLIEST_DATE`] to the day after `today`.
pub fn date(d: Date, today: Date) -> Result<Date, LimitError> {
    if d < EARLIEST_DATE {
        Err(LimitError::DateTooEarly(d))
    } else if d > latest_date(today) {
        Err(LimitError::DateInFuture(d))
    } else {
        Ok(d)
    }
}

/// The date a lifter gives a session he logs: from [`EARLIEST_DATE`] to
/// `today` (his own calendar's: a session can't have been lifted tomorrow;
/// imports keep [`date`]'s day of slack for other time zones).
pub fn lifted_on(d: Date, today: Date) -> Result<Date, LimitError> {
    if d > today {
        Err(LimitError::DateInFuture(d))
    } else {
        date(d, today)
    }
}

/// A logged set's weight: zero (no load: bodyweight) or from one plate step
/// ([`min_weight_milli`]) to [`MAX_WEIGHT_UNITS`].
pub fn logged_weight(w: Weight) -> Result<Weight, LimitError> {
    if w.milli() == 0 {
        return Ok(w);
    }
    loaded_weight(w)
}

/// A weight that must be a real load (a max, a fixed program load): from one
/// plate step to [`MAX_WEIGHT_UNITS`].
pub fn loaded_weight(w: Weight) -> Result<Weight, LimitError> {
    if w.milli() < 0 {
        Err(LimitError::WeightNegative)
    } else if w.milli() < min_weight_milli(w.unit()) {
        Err(LimitError::WeightTooSmall(w))
    } else if w.milli() > MAX_WEIGHT_UNITS * MILLI {
        Err(LimitError::WeightTooLarge(w))
    } else {
        Ok(w)
    }
}

/// A lifter's saved training max or 1RM, as the store reads it back: above
/// zero, at most [`MAX_WEIGHT_UNITS`] (what the max table and the weight
/// fields have always let through; a −100 kg or 0 kg max is damage).
pub fn stored_max(w: Weight) -> Result<Weight, LimitError> {
    if w.milli() < 0 {
        Err(LimitError::WeightNegative)
    } else if w.milli() == 0 {
        Err(LimitError::WeightTooSmall(w))
    } else {
        stored_weight(w)
    }
}

/// A logged set's weight (or its target), as the store reads it back: zero
/// to [`MAX_WEIGHT_UNITS`]. Wider than [`logged_weight`]: the log has always
/// taken any weight that is not negative (a 0.1 kg entry), and what the app
/// once wrote must read back; a negative or 5000 kg weight it never wrote.
pub fn stored_weight(w: Weight) -> Result<Weight, LimitError> {
    if w.milli() < 0 {
        Err(LimitError::WeightNegative)
    } else if w.milli() > MAX_WEIGHT_UNITS * MILLI {
        Err(LimitError::WeightTooLarge(w))
    } else {
        Ok(w)
    }
}

/// A logged set's reps (or its target), as the store reads them back: 0 (a
/// set missed outright) to [`MAX_LOGGED_REPS`].
pub fn stored_reps(reps: u32) -> Result<u32, LimitError> {
    if reps > MAX_LOGGED_REPS {
        Err(LimitError::TooManyReps {
            reps: u64::from(reps),
            most: MAX_LOGGED_REPS,
        })
    } else {
        Ok(reps)
    }
}

/// Reps of a logged set: 1 to [`MAX_LOGGED_REPS`].
pub fn logged_reps(reps: u64) -> Result<u32, LimitError> {
    reps_within(reps, MAX_LOGGED_REPS)
}

/// Reps of a planned set (program editor, share links): 1 to
/// [`MAX_PLANNED_REPS`].
pub fn planned_reps(reps: u64) -> Result<u32, LimitError> {
    reps_within(reps, MAX_PLANNED_REPS)
}

fn reps_within(reps: u64, most: u32) -> Result<u32, LimitError> {
    match u32::try_from(reps) {
        Ok(0) => Err(LimitError::NoReps),
        Ok(n) if n <= most => Ok(n),
        _ => Err(LimitError::TooManyReps { reps, most }),
    }
}

/// A load percentage (of a training max or 1RM): above 0 %, at most
/// [`MAX_LOAD_PERCENT`].
pub fn load_percent(p: Percent) -> Result<Percent, LimitError> {
    if p.hundredths() == 0 {
        Err(LimitError::ZeroPercent)
    } else if p > MAX_LOAD_PERCENT {
        Err(LimitError::PercentTooLarge(p))
    } else {
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn dates_from_1970_to_tomorrow() {
        let today = d(2026, 12, 2);
        assert_eq!(date(d(1970, 1, 1), today), Ok(d(1970, 1, 1)));
        assert_eq!(date(d(2026, 12, 3), today), Ok(d(2026, 12, 3)));
        assert_eq!(
            date(d(1899, 1, 1), today),
            Err(LimitError::DateTooEarly(d(1899, 1, 1)))
        );
        assert_eq!(
            date(d(2026, 12, 4), today),
            Err(LimitError::DateInFuture(d(2026, 12, 4)))
        );
        assert_eq!(
            date(d(9999, 12, 31), today),
            Err(LimitError::DateInFuture(d(9999, 12, 31)))
        );
    }

    #[test]
    fn weights_from_one_plate_step_to_2000() {
        assert!(logged_weight(Weight::zero(Unit::Kg)).is_ok());
        assert!(logged_weight(Weight::kg(0.25)).is_ok());
        assert!(logged_weight(Weight::lb(0.5)).is_ok());
        assert!(logged_weight(Weight::kg(2000.0)).is_ok());
        assert_eq!(
            logged_weight(Weight::kg(0.1)),
            Err(LimitError::WeightTooSmall(Weight::kg(0.1)))
        );
        assert_eq!(
            logged_weight(Weight::lb(0.25)),
            Err(LimitError::WeightTooSmall(Weight::lb(0.25)))
        );
        assert_eq!(
            logged_weight(Weight::lb(2000.001)),
            Err(LimitError::WeightTooLarge(Weight::lb(2000.001)))
        );
        assert_eq!(
            loaded_weight(Weight::zero(Unit::Lb)),
            Err(LimitError::WeightTooSmall(Weight::zero(Unit::Lb)))
        );
        assert_eq!(
            LimitError::WeightTooSmall(Weight::kg(0.1)).to_string(),
            "the weight 0.1 kg is less than the smallest plate step (0.25 kg)"
        );
    }

    #[test]
    fn stored_values_read_back_what_the_app_could_write() {
        assert_eq!(
            stored_max(Weight::kg(-100.0)),
            Err(LimitError::WeightNegative)
        );
        assert_eq!(
            stored_max(Weight::zero(Unit::Kg)),
            Err(LimitError::WeightTooSmall(Weight::zero(Unit::Kg)))
        );
        assert!(stored_max(Weight::kg(0.1)).is_ok());
        assert!(stored_max(Weight::lb(2000.0)).is_ok());
        assert_eq!(
            stored_max(Weight::lb(2000.5)),
            Err(LimitError::WeightTooLarge(Weight::lb(2000.5)))
        );
        assert!(stored_weight(Weight::zero(Unit::Lb)).is_ok());
        assert_eq!(
            stored_weight(Weight::kg(-2.5)),
            Err(LimitError::WeightNegative)
        );
        assert!(stored_weight(Weight::kg(5000.0)).is_err());
        assert_eq!(stored_reps(0), Ok(0));
        assert_eq!(stored_reps(999), Ok(999));
        assert_eq!(
            stored_reps(1000),
            Err(LimitError::TooManyReps {
                reps: 1000,
                most: 999
            })
        );
    }

    #[test]
    fn texts_reps_and_percentages() {
        assert!(name(&"é".repeat(80), "name").is_ok());
        assert_eq!(
            name(&"x".repeat(81), "exercise name"),
            Err(LimitError::TooLong {
                what: "exercise name",
                most: 80
            })
        );
        assert!(note("two\r\nlines\tand a tab", "note").is_ok());
        assert!(note(&"x".repeat(2001), "note").is_err());
        assert!(note("a\u{0}b", "note").is_err());
        assert_eq!(logged_reps(0), Err(LimitError::NoReps));
        assert_eq!(logged_reps(999), Ok(999));
        assert!(logged_reps(1000).is_err());
        assert!(logged_reps(u64::MAX).is_err());
        assert_eq!(planned_reps(100), Ok(100));
        assert!(planned_reps(101).is_err());
        assert_eq!(
            load_percent(Percent::whole(0)),
            Err(LimitError::ZeroPercent)
        );
        assert!(load_percent(Percent::from_hundredths(1)).is_ok());
        assert!(load_percent(Percent::whole(200)).is_ok());
        assert!(load_percent(Percent::whole(201)).is_err());
    }
}
