//! Why an edit can't be made, in words a lifter can act on.

use super::super::load::RepRangeError;
use crate::weight::WeightError;
use std::fmt;

/// Why a name can't be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    Blank,
    /// Over [`super::MAX_NAME_CHARS`] characters.
    TooLong,
    /// A line break, tab or other control character.
    ControlCharacter,
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameError::Blank => "Give it a name.",
            NameError::TooLong => "Keep the name under 80 characters.",
            NameError::ControlCharacter => "Use letters, numbers and spaces only.",
        })
    }
}

impl std::error::Error for NameError {}

/// Lets callers that report errors as text keep using `?`.
impl From<NameError> for String {
    fn from(e: NameError) -> String {
        e.to_string()
    }
}

/// Why an edit to a program can't be made. Every [`super`] function returns
/// one; the editor shows its message next to the field it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    Name(NameError),
    /// Another lift already has this name.
    DuplicateLift {
        name: String,
    },
    /// The lift, week, day, exercise, stage or set group is no longer there
    /// (another edit removed it).
    Gone,
    /// A program needs at least one lift.
    LastLift,
    /// A cycle needs at least one week.
    LastWeek,
    /// A week needs at least one day.
    LastDay,
    /// An exercise needs at least one stage.
    LastStage,
    /// An exercise (or stage) needs at least one set group.
    LastGroup,
    /// Already first or last: it can't move further that way.
    CantMove,
    /// Fewer days a week would drop days that still have exercises.
    DaysNotEmpty {
        week: String,
        day: String,
    },
    /// More than the program may hold (weeks, days, exercises, sets, stages).
    TooMany {
        what: &'static str,
        most: usize,
    },
    /// Not a whole number in the allowed range.
    WholeNumber {
        what: &'static str,
        min: u32,
        max: u32,
    },
    Range(RepRangeError),
    Weight(WeightError),
    /// A weight that must be above zero isn't.
    WeightNotPositive,
    /// An increase below zero.
    NegativeIncrement,
    /// A percentage outside 1–200 %.
    Percentage,
    /// The lift's progression doesn't add a fixed amount.
    NoFixedIncrement,
    /// The edit only applies to another kind of lift or load; says which.
    NotThisKind(&'static str),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Name(e) => e.fmt(f),
            EditError::DuplicateLift { name } => write!(f, "{name} is already in this program."),
            EditError::Gone => f.write_str("That part of the program is no longer there."),
            EditError::LastLift => f.write_str("A program needs at least one lift."),
            EditError::LastWeek => f.write_str("A cycle needs at least one week."),
            EditError::LastDay => f.write_str("A week needs at least one day."),
            EditError::LastStage => f.write_str("An exercise needs at least one stage."),
            EditError::LastGroup => {
                f.write_str("Keep at least one set here, or remove the exercise.")
            }
            EditError::CantMove => f.write_str("It can't move further that way."),
            EditError::DaysNotEmpty { week, day } => write!(
                f,
                "{week}, {day} still has exercises: remove them or that day first."
            ),
            EditError::TooMany { what, most } => write!(f, "At most {most} {what}."),
            EditError::WholeNumber { what, min, max } => {
                write!(f, "{what}: a whole number from {min} to {max}.")
            }
            EditError::Range(e) => e.fmt(f),
            EditError::Weight(e) => e.fmt(f),
            EditError::WeightNotPositive => f.write_str("Enter a weight above zero."),
            EditError::NegativeIncrement => f.write_str("The increase can't be negative."),
            EditError::Percentage => f.write_str("Use 1 to 200 %."),
            EditError::NoFixedIncrement => {
                f.write_str("This lift doesn't progress by a fixed amount.")
            }
            EditError::NotThisKind(what) => write!(f, "This only works for {what}."),
        }
    }
}

impl std::error::Error for EditError {}

impl From<NameError> for EditError {
    fn from(e: NameError) -> EditError {
        EditError::Name(e)
    }
}

impl From<RepRangeError> for EditError {
    fn from(e: RepRangeError) -> EditError {
        EditError::Range(e)
    }
}

impl From<WeightError> for EditError {
    fn from(e: WeightError) -> EditError {
        EditError::Weight(e)
    }
}

/// Lets callers that report errors as text keep using `?`.
impl From<EditError> for String {
    fn from(e: EditError) -> String {
        e.to_string()
    }
}
