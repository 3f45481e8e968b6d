//! Importing history from other apps' CSV exports; exporting ours.
//!
//! [`preview`] reads a Strong, Hevy, FitNotes or StrongLifts export, or
//! Liftsheet's own history CSV (detected by its header row; formats in
//! import-formats.md) into sessions the lifter can look over
//! before anything is saved. It never imports half a mess silently: rows that
//! can't be read are listed by number with the reason, a file with no usable
//! row is an error, and sets already in the log are skipped, so importing the
//! same file twice adds nothing. Every value stored is within
//! [`crate::limits`]; one outside is a bad row with the reason.
//!
//! Export: [`export::history_csv`] writes the log as CSV for spreadsheets; the
//! whole store as JSON is `store::encode` / `store::decode`.

pub mod csv;
pub mod export;
mod fitnotes;
mod hevy;
pub mod lifts;
mod liftsheet;
mod rows;
mod strong;
mod stronglifts;

use crate::date::Date;
use crate::log::Session;
use crate::weight::Unit;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashSet};
use std::fmt;

pub use lifts::lift_key;

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
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an export file into a preview of what importing it would add to
/// `existing` (the current log). Nothing is changed; see [`apply`].
pub fn preview(
    text: &str,
    existing: &[Session],
    options: &ImportOptions,
) -> Result<ImportPreview, ImportError> {
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let records = csv::read(text, csv::sniff_delimiter(text));
    let mut records = records.into_iter();
    let header = match records.next() {
        Some(Ok(r)) => rows::Header::new(&r.fields),
        Some(Err(_)) => return Err(ImportError::UnknownFormat),
        None => return Err(ImportError::Empty),
    };
    let reader = rows::Reader::for_header(&header, options)?;

    let mut sets = Vec::new();
    let mut bad_rows = Vec::new();
    for record in records {
        match record {
            Err(e) => bad_rows.push(BadRow {
                row: e.row,
                reason: e.reason.to_string(),
            }),
            Ok(r) => match reader.read(&r) {
                // A row is imported whole or not at all (a StrongLifts row
                // holds all of an exercise's sets).
                Ok(found) => match found
                    .iter()
                    .try_for_each(|set| rows::check(set, options.today))
                {
                    Ok(()) => sets.extend(found),
                    Err(reason) => bad_rows.push(BadRow { row: r.row, reason }),
                },
                Err(reason) => bad_rows.push(BadRow { row: r.row, reason }),
            },
        }
    }
    if sets.is_empty() {
        return Err(ImportError::NoValidRows { bad_rows });
    }
    let format = reader.format();
    let sessions = rows::build_sessions(format, sets);
    let (sessions, skipped_duplicates) = drop_duplicates(sessions, existing);
    Ok(ImportPreview {
        format,
        sessions,
        skipped_duplicates,
        bad_rows,
        assumed_unit: reader.assumed_unit(),
    })
}

/// Adds a previewed import to the log, keeping it in date order.
pub fn apply(log: &mut Vec<Session>, preview: ImportPreview) {
    log.extend(preview.sessions);
    crate::sort::sort_by(log, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
    });
}

/// Identity of a set for spotting duplicates: date, lift, its index among that
/// lift's sets in the session, weight and reps.
type SetKey = (Date, String, usize, i64, Unit, u32);

fn set_keys(session: &Session) -> Vec<SetKey> {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut keys = Vec::new();
    for ex in &session.lifts {
        for set in &ex.sets {
            let index = match seen.iter_mut().find(|(l, _)| *l == ex.lift) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((&ex.lift, 0));
                    0
                }
            };
            keys.push((
                session.date,
                ex.lift.clone(),
                index,
                set.weight.milli(),
                set.weight.unit(),
                set.reps,
            ));
        }
    }
    keys
}

/// Removes sets `existing` already has; returns the rest and how many went.
fn drop_duplicates(sessions: Vec<Session>, existing: &[Session]) -> (Vec<Session>, usize) {
    let known: HashSet<SetKey> = existing.iter().flat_map(set_keys).collect();
    let mut ids: BTreeSet<String> = crate::sort::set_from(existing.iter().map(|s| s.id.0.clone()));
    let mut skipped = 0;
    let mut out = Vec::new();
    for mut session in sessions {
        let mut keys = set_keys(&session).into_iter();
        for ex in &mut session.lifts {
            ex.sets.retain(|_| {
                let keep = keys.next().is_none_or(|k| !known.contains(&k));
                skipped += usize::from(!keep);
                keep
            });
        }
        session.lifts.retain(|e| !e.sets.is_empty());
        if session.lifts.is_empty() {
            continue;
        }
        // A workout partly imported before keeps a distinct id for its new sets.
        let base = session.id.0.clone();
        let mut n = 1;
        while ids.contains(&session.id.0) {
            n += 1;
            session.id.0 = format!("{base}-{n}");
        }
        ids.insert(session.id.0.clone());
        out.push(session);
    }
    (out, skipped)
}
