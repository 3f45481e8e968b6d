//! Importing history from other apps' CSV exports; exporting ours.
//!
//! [`preview`] reads a Strong, Hevy, FitNotes or StrongLifts export, or
//! Liftsheet's own history CSV (detected by its header row; formats in
//! import-formats.md) into sessions the lifter can look over
//! before anything is saved. It never imports half a mess silently: rows that
//! can't be read are listed by number with the reason, a file with no usable
//! row is an error, and sets already in the log are skipped, so importing the
//! same file twice adds nothing. Every value stored is within
//! [`crate::limits`]; one outside is a bad row with the reason. Rows that are
//! not sets of weight and reps (cardio, distance, timed holds, Strong's rest
//! timers and notes, sets not done) are never made into sets: the preview
//! counts them by kind ([`Skipped`]).
//!
//! Export: [`export::history_csv`] writes the log as CSV for spreadsheets; the
//! whole store as JSON is `store::encode` / `store::decode`.

pub mod csv;
pub mod export;
mod fitnotes;
mod hevy;
pub mod lifts;
mod liftsheet;
mod reading;
mod rows;
mod strong;
mod stronglifts;

use crate::date::Date;
use crate::log::Session;
use crate::weight::Unit;
use serde::{Deserialize, Serialize};
use std::fmt;

pub use lifts::lift_key;
pub use reading::{Progress, Reading};

/// The apps whose exports can be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImportFormat {
    Strong,
    Hevy,
    FitNotes,
    StrongLifts,
    /// Liftsheet's own history CSV ([`export::history_csv`]).
    Liftsheet,
}

impl ImportFormat {
    /// The app's name.
    pub fn name(self) -> &'static str {
        match self {
            ImportFormat::Strong => "Strong",
            ImportFormat::Hevy => "Hevy",
            ImportFormat::FitNotes => "FitNotes",
            ImportFormat::StrongLifts => "StrongLifts",
            ImportFormat::Liftsheet => "Liftsheet",
        }
    }

    /// Prefix of the ids of sessions imported from this app.
    fn key(self) -> &'static str {
        match self {
            ImportFormat::Strong => "strong",
            ImportFormat::Hevy => "hevy",
            ImportFormat::FitNotes => "fitnotes",
            ImportFormat::StrongLifts => "stronglifts",
            ImportFormat::Liftsheet => "liftsheet",
        }
    }
}

/// Choices the file can't answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOptions {
    /// The unit of weights when the file doesn't say (Strong's plain `Weight`
    /// column): the lifter's unit in the other app.
    pub unit: Unit,
    /// The lifter's local date: sessions dated after the next day are bad
    /// rows ([`crate::limits::date`]). The domain has no clock.
    pub today: Date,
}

impl ImportOptions {
    pub fn new(unit: Unit, today: Date) -> ImportOptions {
        ImportOptions { unit, today }
    }
}

/// A row that was not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadRow {
    /// Row number as a spreadsheet shows it (the header is row 1).
    pub row: usize,
    pub reason: String,
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Row {}: {}", self.row, self.reason)
    }
}

/// A kind of row (or set within a row) that is not a set of weight and reps,
/// so is not imported. Not a fault of the file: these are counted, not listed
/// as bad rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SkippedKind {
    /// Distance and time (a run, a ride): FitNotes' Cardio category, and
    /// rows of any app with both a distance and a time.
    Cardio,
    /// A distance and no time (a loaded carry, a sled push).
    Distance,
    /// A time and no distance (a plank, a hang, a timed hold).
    Timed,
    /// Strong's `Rest Timer` rows.
    RestTimer,
    /// Strong's `Note` rows: a note on its own, not on a set.
    Note,
    /// A set logged with 0 reps (StrongLifts' missed or skipped sets).
    ZeroReps,
    /// A planned set not marked done (Liftsheet's own export, `done` = no).
    NotDone,
}

impl SkippedKind {
    /// Every kind, in the order the preview lists them.
    pub const ALL: [SkippedKind; 7] = [
        SkippedKind::Cardio,
        SkippedKind::Distance,
        SkippedKind::Timed,
        SkippedKind::RestTimer,
        SkippedKind::Note,
        SkippedKind::ZeroReps,
        SkippedKind::NotDone,
    ];
}

/// How many rows (or sets) of one [`SkippedKind`] a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub kind: SkippedKind,
    pub count: usize,
}

/// "6 cardio rows skipped (distance and time, not weight and reps)".
impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.count;
        let s = if n == 1 { "" } else { "s" };
        // "{n} {noun}{s}{after} skipped{why}"
        let (noun, after, why) = match self.kind {
            SkippedKind::Cardio => (
                "cardio row",
                "",
                " (distance and time, not weight and reps)",
            ),
            SkippedKind::Distance => (
                "distance row",
                "",
                " (carries, sled work: a distance, not reps)",
            ),
            SkippedKind::Timed => ("timed row", "", " (planks, holds: a time, not reps)"),
            SkippedKind::RestTimer => ("rest timer row", "", ""),
            SkippedKind::Note => ("note row", "", " (notes without a set)"),
            SkippedKind::ZeroReps => ("set", " with 0 reps", " (missed)"),
            SkippedKind::NotDone => ("planned set", " not done", ""),
        };
        write!(f, "{n} {noun}{s}{after} skipped{why}")
    }
}

/// Counts by kind (in [`SkippedKind::ALL`] order), kinds with none left out.
fn count_skipped(counts: &[usize; 7]) -> Vec<Skipped> {
    SkippedKind::ALL
        .into_iter()
        .zip(counts)
        .map(|(kind, &count)| Skipped { kind, count })
        .filter(|s| s.count > 0)
        .collect()
}

/// What an import would add, for the lifter to confirm.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub format: ImportFormat,
    /// New sessions (sets already in the log removed), oldest first.
    pub sessions: Vec<Session>,
    /// Sets skipped because the log already has them.
    pub skipped_duplicates: usize,
    /// Rows not imported, with the reason.
    pub bad_rows: Vec<BadRow>,
    /// Rows that are not sets of weight and reps, counted by kind (in
    /// [`SkippedKind::ALL`] order, only kinds the file has).
    pub skipped: Vec<Skipped>,
    /// Set when the file doesn't state its unit and [`ImportOptions::unit`]
    /// was assumed: the preview should say so (kg/lb mix-ups are the most
    /// common import complaint).
    pub assumed_unit: Option<Unit>,
}

impl ImportPreview {
    /// Number of sets that would be added.
    pub fn set_count(&self) -> usize {
        self.sessions.iter().map(Session::set_count).sum()
    }
}

/// Why a file can't be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    /// The header row is not one of a known app's.
    UnknownFormat,
    /// The header lacks a column the format needs.
    MissingColumn {
        format: ImportFormat,
        column: &'static str,
    },
    /// Not one row could be read.
    NoValidRows {
        bad_rows: Vec<BadRow>,
    },
    /// Every row was read, and none is a set of weight and reps (a file of
    /// runs and planks).
    NoSets {
        skipped: Vec<Skipped>,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("The file is empty."),
            ImportError::UnknownFormat => f.write_str(
                "This isn't a Strong, Hevy, FitNotes, StrongLifts or Liftsheet export: its first row is not one of their headers.",
            ),
            ImportError::MissingColumn { format, column } => write!(
                f,
                "This looks like a {} export but has no \"{column}\" column.",
                format.name()
            ),
            ImportError::NoValidRows { bad_rows } => match bad_rows.first() {
                Some(first) => write!(
                    f,
                    "No row could be imported; nothing was added. First problem: {first}."
                ),
                None => f.write_str("The file has a header but no sets; nothing was added."),
            },
            ImportError::NoSets { skipped } => {
                f.write_str("This file has no sets of weight and reps; nothing was added")?;
                for (i, s) in skipped.iter().enumerate() {
                    f.write_str(if i == 0 { ": " } else { "; " })?;
                    write!(f, "{s}")?;
                }
                f.write_str(".")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an export file into a preview of what importing it would add to
/// `existing` (the current log). Nothing is changed; see [`apply`]. All at
/// once: [`Reading`] takes a big file a slice at a time, to the same result.
pub fn preview(
    text: &str,
    existing: &[Session],
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    Reading::new(text, existing, options).finish()
}

/// Adds a previewed import to the log, keeping it in date order.
pub fn apply(log: &mut Vec<Session>, preview: ImportPreview) {
    log.extend(preview.sessions);
    crate::sort::sort_by(log, crate::log::oldest_first);
}
