//! FitNotes (Android) CSV export, import-formats.md "FitNotes".
//!
//! Header: `Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,
//! Distance Unit,Time,Comment`; the unit is per row, written `kgs` / `lbs`.
//! FitNotes has no workouts: a day's rows are one session.

use super::csv::Record;
use super::rows::{self, field, Header, RawSet};
use super::{ImportError, ImportFormat};
use crate::date::{Date, DateTime};
use crate::log::SetKind;
use crate::weight::Unit;

const F: ImportFormat = ImportFormat::FitNotes;

pub(super) struct Columns {
    date: usize,
    exercise: usize,
    weight: usize,
    unit: usize,
    reps: usize,
    comment: Option<usize>,
}

impl Columns {
    pub(super) fn new(h: &Header) -> Result<Columns, ImportError> {
        Ok(Columns {
            date: h.require(F, "Date", &["date"])?,
            exercise: h.require(F, "Exercise", &["exercise"])?,
            weight: h.require(F, "Weight", &["weight"])?,
            unit: h.require(F, "Weight Unit", &["weight unit"])?,
            reps: h.require(F, "Reps", &["reps"])?,
            comment: h.find(&["comment"]),
        })
    }

    pub(super) fn read(&self, r: &Record) -> Result<Option<RawSet>, String> {
        let date_text = field(r, self.date, "Date")?;
        let date = Date::parse(&date_text)
            .map_err(|_| format!("date \"{date_text}\" is not YYYY-MM-DD"))?;
        let weight_text = field(r, self.weight, "Weight")?;
        let reps_text = field(r, self.reps, "Reps")?;
        if weight_text.is_empty() && reps_text.is_empty() {
            return Err("no weight and no reps (timed and distance sets are not imported)".into());
        }
        let unit_text = field(r, self.unit, "Weight Unit")?;
        let unit = match unit_text.to_ascii_lowercase().as_str() {
            "kgs" | "kg" => Unit::Kg,
            "lbs" | "lb" => Unit::Lb,
            // No unit is fine for a set with no weight (bodyweight).
            "" if rows::weight(&weight_text, Unit::Kg).is_ok_and(|w| w.is_zero()) => Unit::Kg,
            "" => return Err(format!("weight {weight_text} has no unit (kgs or lbs)")),
            _ => return Err(format!("weight unit \"{unit_text}\" is not kgs or lbs")),
        };
        let exercise = field(r, self.exercise, "Exercise")?;
        if exercise.is_empty() {
            return Err("no exercise name".into());
        }
        Ok(Some(RawSet {
            when: DateTime::new(date, 0, 0).map_err(|e| e.to_string())?,
            workout: String::new(),
            workout_note: String::new(),
            exercise,
            exercise_note: String::new(),
            kind: SetKind::Work,
            weight: rows::weight(&weight_text, unit)?,
            reps: rows::reps(&reps_text)?,
            rpe: None,
            note: self.comment.map_or(String::new(), |i| r.get(i).to_string()),
            source_id: None,
            lift: None,
        }))
    }
}
