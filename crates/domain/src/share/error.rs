//! Why a share link can't be made or opened, in words for a lifter.

use std::fmt;

/// Why a share link can't be made, opened or drawn as a QR code. Display is
/// the short message the app shows in place of the shared program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after `#/share/`.
    Empty,
    /// The link was cut short (the end of the data is missing).
    Incomplete,
    /// The data is corrupt or was edited (bad character, checksum mismatch,
    /// invalid deflate or JSON, wrong shape).
    Damaged,
    /// The first character names a format this build doesn't know yet.
    NewerVersion,
    /// The first character is not a format version at all.
    NotALink,
    /// Over 16 KiB of text, or over 64 KiB once decompressed.
    TooLarge,
    /// Well-formed, but what it carries is not a usable program.
    Invalid(Problem),
    /// Too long to fit in the largest QR code.
    TooLongForQr,
}

/// What is wrong with a decoded program or its maxes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A name or label is empty where one is required.
    EmptyName,
    /// A name longer than [`super::validate::MAX_NAME_CHARS`] characters.
    NameTooLong,
    /// A summary, source or note longer than [`super::validate::MAX_TEXT_CHARS`].
    TextTooLong,
    /// A name with a control character (newline, tab, NUL, ...).
    ControlCharacter,
    /// Too many of something (weeks, days, exercises, sets, lifts); says what.
    TooMany(&'static str),
    /// None of something that needs at least one (weeks, days, sets); says what.
    NoneOf(&'static str),
    /// A load percentage of 0 % or over 200 %.
    Percentage,
    /// A rep count outside the allowed range.
    Reps,
    /// A max that is not a positive weight up to the input limit.
    Max,
    /// Any other rule the program module's own check reports, in its words.
    Program(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::EmptyName => f.write_str("a name is empty"),
            Problem::NameTooLong => write!(
                f,
                "a name is longer than {} characters",
                super::validate::MAX_NAME_CHARS
            ),
            Problem::TextTooLong => write!(
                f,
                "a description is longer than {} characters",
                super::validate::MAX_TEXT_CHARS
            ),
            Problem::ControlCharacter => f.write_str("a name has hidden control characters"),
            Problem::TooMany(what) => write!(f, "it has too many {what}"),
            Problem::NoneOf(what) => write!(f, "it has no {what}"),
            Problem::Percentage => f.write_str("a percentage is 0% or more than 200%"),
            Problem::Reps => f.write_str("a rep count is out of range"),
            Problem::Max => f.write_str("a max is not a usable weight"),
            Problem::Program(why) => f.write_str(why),
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("This link has no program in it — ask for it again."),
            ShareError::Incomplete => f.write_str("This link is incomplete — ask for it again."),
            ShareError::Damaged => {
                f.write_str("This link is damaged or was changed — ask for it again.")
            }
            ShareError::NewerVersion => f.write_str(
                "This link was made by a newer version of Liftsheet — reload the app to update it.",
            ),
            ShareError::NotALink => f.write_str("This is not a Liftsheet program link."),
            ShareError::TooLarge => {
                f.write_str("This link is too large to be a Liftsheet program.")
            }
            ShareError::Invalid(problem) => {
                write!(f, "This link's program can't be used: {problem}.")
            }
            ShareError::TooLongForQr => {
                f.write_str("This program is too big for a QR code — share the link instead.")
            }
        }
    }
}

impl std::error::Error for ShareError {}
