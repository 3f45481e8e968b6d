//! FitNotes (Android) CSV export, import-formats.md "FitNotes".
//!
//! Header: `Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,
//! Distance Unit,Time,Comment`; the unit is per row, written `kgs` / `lbs`.
//! FitNotes has no workouts: a day's rows are one session.
//!
//! Not every row is a set of weight and reps. A row with a distance or a
//! time (a run, a ride, a carry, a plank) is counted by kind and not
//! imported, whatever its weight and reps cells hold; so is a row of the
//! Cardio category without reps. Pound weights of loads entered in kg
//! (`55.12`, `55.115565` for 25 kg) read as those kg loads
//! ([`rows::app_weight`]).

use super::csv::Record;
use super::rows::{self, field, Found, Header, RawSet};
use super::{ImportError, ImportFormat, ImportOptions, SkippedKind};
use crate::date::{Date, DateTime};
use crate::log::SetKind;
use crate::weight::Unit;

const F: ImportFormat = ImportFormat::FitNotes;

pub(super) struct Columns {
    date: usize,
    exercise: usize,
    category: Option<usize>,
    weight: usize,
    unit: usize,
    reps: usize,
    distance: Option<usize>,
    time: Option<usize>,
    comment: Option<usize>,
    /// The unit of a set with no weight and no unit (bodyweight): the
    /// lifter's, so a pull-up in a pound log reads "0 lb × 8".
    no_unit: Unit,
}

impl Columns {
    pub(super) fn new(h: &Header, options: &ImportOptions) -> Result<Columns, ImportError> {
        Ok(Columns {
            date: h.require(F, "Date", &["date"])?,
            exercise: h.require(F, "Exercise", &["exercise"])?,
            category: h.find(&["category"]),
            weight: h.require(F, "Weight", &["weight"])?,
            unit: h.require(F, "Weight Unit", &["weight unit"])?,
            reps: h.require(F, "Reps", &["reps"])?,
            distance: h.find(&["distance"]),
            time: h.find(&["time"]),
            comment: h.find(&["comment"]),
            no_unit: options.unit,
        })
    }

    pub(super) fn read(&self, r: &Record) -> Result<Found, String> {
        let optional = |i: Option<usize>| i.map_or("", |i| r.get(i));
        let cardio = optional(self.category).eq_ignore_ascii_case("cardio");
        if let Some(other) = rows::not_a_set(optional(self.distance), optional(self.time)) {
            return Ok(Found::skip(if cardio {
                SkippedKind::Cardio
            } else {
                other
            }));
        }
        let weight_text = field(r, self.weight, "Weight")?;
        let reps_text = field(r, self.reps, "Reps")?;
        if cardio && reps_text.is_empty() {
            return Ok(Found::skip(SkippedKind::Cardio));
        }
        let date_text = field(r, self.date, "Date")?;
        let date = Date::parse(&date_text)
            .map_err(|_| format!("date \"{date_text}\" is not YYYY-MM-DD"))?;
        if weight_text.is_empty() && reps_text.is_empty() {
            return Err("no weight and no reps".into());
        }
        let unit_text = field(r, self.unit, "Weight Unit")?;
        let unit = match unit_text.to_ascii_lowercase().as_str() {
            "kgs" | "kg" => Unit::Kg,
            "lbs" | "lb" => Unit::Lb,
            // No unit is fine for a set with no weight (bodyweight).
            "" if rows::weight(&weight_text, Unit::Kg).is_ok_and(|w| w.is_zero()) => self.no_unit,
            "" => return Err(format!("weight {weight_text} has no unit (kgs or lbs)")),
            _ => return Err(format!("weight unit \"{unit_text}\" is not kgs or lbs")),
        };
        let exercise = field(r, self.exercise, "Exercise")?;
        if exercise.is_empty() {
            return Err("no exercise name".into());
        }
        Ok(Found::set(RawSet {
            when: DateTime::new(date, 0, 0).map_err(|e| e.to_string())?,
            workout: String::new(),
            workout_note: String::new(),
            exercise,
            exercise_note: String::new(),
            kind: SetKind::Work,
            weight: rows::app_weight(&weight_text, unit)?,
            reps: rows::reps(&reps_text)?,
            rpe: None,
            note: self.comment.map_or(String::new(), |i| r.get(i).to_string()),
            source_id: None,
            lift: None,
        }))
    }
}
