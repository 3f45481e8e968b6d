//! Strong's CSV export (iOS `,` and Android `;`), import-formats.md "Strong".
//!
//! Header (2025): `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,
//! Reps,Distance,Seconds,Notes,Workout Notes,RPE`; variants put the unit in the
//! weight column (`Weight (kg)`, `Weight (lbs)`) and add `Workout No`.
//! `Set Order` is a number for a working set or `W` (warm-up), `F` (failure),
//! `D` (drop set); `Rest Timer` and `Note` rows are not sets. Rows with a
//! distance (`Distance`, `Distance (m)`...) or a time (`Seconds`) are cardio,
//! carries or holds, not sets of weight and reps: counted, not imported.
//! Android's `;` files may write decimal commas (`82,5`).

use super::csv::Record;
use super::rows::{self, field, Found, Header, RawSet};
use super::{ImportError, ImportFormat, ImportOptions, SkippedKind};
use crate::date::DateTime;
use crate::log::SetKind;
use crate::weight::Unit;

const F: ImportFormat = ImportFormat::Strong;

pub(super) struct Columns {
    date: usize,
    workout: Option<usize>,
    exercise: usize,
    order: usize,
    weight: Option<usize>,
    unit: Unit,
    unit_from_header: bool,
    reps: usize,
    distance: Option<usize>,
    seconds: Option<usize>,
    notes: Option<usize>,
    workout_notes: Option<usize>,
    rpe: Option<usize>,
}

impl Columns {
    pub(super) fn new(h: &Header, options: &ImportOptions) -> Result<Columns, ImportError> {
        let (weight, unit, unit_from_header) =
            if let Some(i) = h.find(&["weight (kg)", "weight (kgs)"]) {
                (Some(i), Unit::Kg, true)
            } else if let Some(i) = h.find(&["weight (lbs)", "weight (lb)"]) {
                (Some(i), Unit::Lb, true)
            } else {
                (h.find(&["weight"]), options.unit, false)
            };
        Ok(Columns {
            date: h.require(F, "Date", &["date"])?,
            workout: h.find(&["workout name"]),
            exercise: h.require(F, "Exercise Name", &["exercise name"])?,
            order: h.require(F, "Set Order", &["set order"])?,
            weight,
            unit,
            unit_from_header,
            reps: h.require(F, "Reps", &["reps"])?,
            distance: h.find_qualified("distance"),
            seconds: h.find(&["seconds"]),
            notes: h.find(&["notes"]),
            workout_notes: h.find(&["workout notes"]),
            rpe: h.find(&["rpe"]),
        })
    }

    pub(super) fn assumed_unit(&self) -> Option<Unit> {
        (!self.unit_from_header && self.weight.is_some()).then_some(self.unit)
    }

    /// A weight in the header's unit is read as another app's
    /// ([`rows::app_weight`]); in an assumed unit, as written.
    fn weight(&self, text: &str) -> Result<crate::weight::Weight, String> {
        if self.unit_from_header {
            rows::app_weight(text, self.unit)
        } else {
            rows::weight(text, self.unit)
        }
    }

    pub(super) fn read(&self, r: &Record) -> Result<Found, String> {
        let order = field(r, self.order, "Set Order")?;
        let kind = match order.to_ascii_lowercase().as_str() {
            "w" => SetKind::Warmup,
            "f" => SetKind::Amrap,
            "d" => SetKind::Supplemental,
            "rest timer" => return Ok(Found::skip(SkippedKind::RestTimer)),
            "note" => return Ok(Found::skip(SkippedKind::Note)),
            o if !o.is_empty() && o.bytes().all(|b| b.is_ascii_digit()) => SetKind::Work,
            _ => return Err(format!("unknown set order \"{order}\"")),
        };
        let optional = |i: Option<usize>| i.map_or(String::new(), |i| r.get(i).to_string());
        if let Some(other) = rows::not_a_set(&optional(self.distance), &optional(self.seconds)) {
            return Ok(Found::skip(other));
        }
        let date = field(r, self.date, "Date")?;
        let when = DateTime::parse(&date)
            .map_err(|_| format!("date \"{date}\" is not YYYY-MM-DD HH:MM:SS"))?;
        let exercise = field(r, self.exercise, "Exercise Name")?;
        if exercise.is_empty() {
            return Err("no exercise name".into());
        }
        Ok(Found::set(RawSet {
            when,
            workout: optional(self.workout),
            workout_note: optional(self.workout_notes),
            exercise,
            exercise_note: String::new(),
            kind,
            weight: self.weight(&optional(self.weight))?,
            reps: rows::reps(&field(r, self.reps, "Reps")?)?,
            rpe: rows::rpe(&optional(self.rpe))?,
            note: optional(self.notes),
            source_id: None,
            lift: None,
        }))
    }
}
