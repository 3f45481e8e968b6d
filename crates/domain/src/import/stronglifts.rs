//! StrongLifts 5x5's CSV export, import-formats.md "StrongLifts 5x5".
//!
//! Wide: one row per exercise of a workout, its sets in column pairs.
//! Header begins `Date (yyyy/mm/dd),Workout,Workout Name,Program Name,
//! Body Weight (KG),Exercise,Sets×Reps,Sets×Time,Top Set (Reps×KG),e1RM (KG),
//! Reps,Volume (KG),Workout Volume (KG),Duration (hours),Start Time (h:mm),
//! End Time (h:mm),Notes,Set 1 (Reps),Set 1 (KG),…` (`(LB)` for pounds);
//! detected by the `×` in its header. The summary columns (top set, e1RM,
//! volume) are derived from the sets and not read. A set of 0 reps (a
//! missed set, `-` in `Sets×Reps`) and a timed exercise (`Sets×Time`, a
//! plank) are not sets of weight and reps: counted, not imported.

use super::csv::Record;
use super::rows::{self, field, Found, Header, RawSet};
use super::{ImportError, ImportFormat, SkippedKind};
use crate::date::{Date, DateTime};
use crate::log::SetKind;
use crate::weight::Unit;

const F: ImportFormat = ImportFormat::StrongLifts;

/// One `Set N (Reps)` / `Set N (KG)` column pair.
struct SetColumns {
    number: u32,
    reps: usize,
    weight: usize,
}

pub(super) struct Columns {
    date: usize,
    workout: Option<usize>,
    exercise: usize,
    start: Option<usize>,
    sets_time: Option<usize>,
    notes: Option<usize>,
    unit: Unit,
    sets: Vec<SetColumns>,
}

/// `set 3 (reps)` -> (3, "reps"), names as [`Header`] normalizes them.
fn set_column(name: &str) -> Option<(u32, &str)> {
    let rest = name.strip_prefix("set ")?;
    let (number, rest) = rest.split_once(' ')?;
    let what = rest.strip_prefix('(')?.strip_suffix(')')?;
    Some((number.parse().ok()?, what))
}

fn unit_of(what: &str) -> Option<Unit> {
    match what {
        "kg" | "kgs" => Some(Unit::Kg),
        "lb" | "lbs" => Some(Unit::Lb),
        _ => None,
    }
}

impl Columns {
    pub(super) fn new(h: &Header) -> Result<Columns, ImportError> {
        let mut unit = None;
        let mut sets = Vec::new();
        for (i, name) in h.names.iter().enumerate() {
            let Some((number, "reps")) = set_column(name) else {
                continue;
            };
            // The weight column of the same set, in the file's unit.
            let weight = h.names.iter().enumerate().find_map(|(j, n)| {
                let (m, what) = set_column(n)?;
                let u = unit_of(what)?;
                (m == number && unit.is_none_or(|x| x == u)).then_some((j, u))
            });
            if let Some((j, u)) = weight {
                unit = Some(u);
                sets.push(SetColumns {
                    number,
                    reps: i,
                    weight: j,
                });
            }
        }
        let Some(unit) = unit else {
            return Err(ImportError::MissingColumn {
                format: F,
                column: "Set 1 (Reps)",
            });
        };
        Ok(Columns {
            date: h.require(F, "Date (yyyy/mm/dd)", &["date (yyyy/mm/dd)", "date"])?,
            workout: h.find(&["workout name"]),
            exercise: h.require(F, "Exercise", &["exercise"])?,
            start: h.find(&["start time (h:mm)", "start time"]),
            sets_time: h.find(&["sets×time", "setsxtime", "sets x time"]),
            notes: h.find(&["notes"]),
            unit,
            sets,
        })
    }

    pub(super) fn read(&self, r: &Record) -> Result<Found, String> {
        if self.sets_time.is_some_and(|i| rows::amount(r.get(i))) {
            return Ok(Found::skip(SkippedKind::Timed));
        }
        let date_text = field(r, self.date, "Date")?;
        let day = date_text.split_whitespace().next().unwrap_or("");
        let date = Date::parse(&day.replace('/', "-"))
            .map_err(|_| format!("date \"{date_text}\" is not yyyy/mm/dd"))?;
        let (hour, minute) = match self.start.map(|i| r.get(i)).filter(|t| !t.is_empty()) {
            None => (0, 0),
            Some(t) => {
                start_time(t).ok_or_else(|| format!("start time \"{t}\" is not like 18:05"))?
            }
        };
        let when = DateTime::new(date, hour, minute).map_err(|e| e.to_string())?;
        let exercise = field(r, self.exercise, "Exercise")?;
        if exercise.is_empty() {
            return Err("no exercise name".into());
        }
        let workout = self.workout.map_or(String::new(), |i| r.get(i).to_string());
        let note = self.notes.map_or(String::new(), |i| r.get(i).to_string());
        let mut found = Found::default();
        for set in &self.sets {
            let reps = r.get(set.reps);
            let weight = r.get(set.weight);
            if reps.is_empty() && weight.is_empty() {
                continue;
            }
            if reps.is_empty() {
                return Err(format!("set {} has a weight but no reps", set.number));
            }
            if zero(reps) {
                found.skipped.push(SkippedKind::ZeroReps);
                continue;
            }
            let in_set = |e: String| format!("set {}: {e}", set.number);
            found.sets.push(RawSet {
                when,
                workout: workout.clone(),
                workout_note: String::new(),
                exercise: exercise.clone(),
                exercise_note: note.clone(),
                kind: SetKind::Work,
                weight: rows::weight(weight, self.unit).map_err(in_set)?,
                reps: rows::reps(reps).map_err(in_set)?,
                rpe: None,
                note: String::new(),
                source_id: None,
                lift: None,
            });
        }
        if found.sets.is_empty() && found.skipped.is_empty() {
            return Err("no sets: every Set column is empty".into());
        }
        Ok(found)
    }
}

/// Whether a reps cell says 0 (`0`, `0.0`): a set not lifted.
fn zero(reps: &str) -> bool {
    let whole = reps
        .strip_suffix(".0")
        .or_else(|| reps.strip_suffix(",0"))
        .unwrap_or(reps);
    !whole.is_empty() && whole.bytes().all(|b| b == b'0')
}

/// `18:05` or `7:05` (h:mm).
fn start_time(text: &str) -> Option<(u32, u32)> {
    let (h, m) = text.split_once(':')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || m.len() != 2 || !digits(m) {
        return None;
    }
    Some((h.parse().ok()?, m.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_reps() {
        assert!(zero("0") && zero("0.0") && zero("00"));
        assert!(!zero("") && !zero("5") && !zero("10") && !zero("abc"));
    }
}
