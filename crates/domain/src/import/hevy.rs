//! Hevy's CSV export, import-formats.md "Hevy".
//!
//! Header: `title,start_time,end_time,description,exercise_title,superset_id,
//! exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,
//! duration_seconds,rpe` (`weight_kg`, `distance_km` for metric users). Dates
//! look like `13 Mar 2026, 15:22` (or `3:22 PM`); `set_type` is `normal`,
//! `warmup`, `failure` or `dropset`. Rows with a distance or a duration are
//! cardio, carries or holds: counted, not imported.

use super::csv::Record;
use super::rows::{self, field, Found, Header, RawSet};
use super::{ImportError, ImportFormat, ImportOptions};
use crate::date::{Date, DateTime};
use crate::log::SetKind;
use crate::weight::Unit;

const F: ImportFormat = ImportFormat::Hevy;

pub(super) struct Columns {
    title: Option<usize>,
    start: usize,
    description: Option<usize>,
    exercise: usize,
    exercise_notes: Option<usize>,
    set_type: usize,
    weight: Option<usize>,
    unit: Unit,
    unit_from_header: bool,
    reps: usize,
    distance: Option<usize>,
    duration: Option<usize>,
    rpe: Option<usize>,
}

impl Columns {
    pub(super) fn new(h: &Header, options: &ImportOptions) -> Result<Columns, ImportError> {
        let (weight, unit, unit_from_header) = if let Some(i) = h.find(&["weight_kg"]) {
            (Some(i), Unit::Kg, true)
        } else if let Some(i) = h.find(&["weight_lbs", "weight_lb"]) {
            (Some(i), Unit::Lb, true)
        } else {
            (h.find(&["weight"]), options.unit, false)
        };
        Ok(Columns {
            title: h.find(&["title"]),
            start: h.require(F, "start_time", &["start_time"])?,
            description: h.find(&["description"]),
            exercise: h.require(F, "exercise_title", &["exercise_title"])?,
            exercise_notes: h.find(&["exercise_notes"]),
            set_type: h.require(F, "set_type", &["set_type"])?,
            weight,
            unit,
            unit_from_header,
            reps: h.require(F, "reps", &["reps"])?,
            distance: h.find(&[
                "distance_km",
                "distance_miles",
                "distance_meters",
                "distance_m",
                "distance",
            ]),
            duration: h.find(&["duration_seconds", "duration"]),
            rpe: h.find(&["rpe"]),
        })
    }

    pub(super) fn assumed_unit(&self) -> Option<Unit> {
        (!self.unit_from_header && self.weight.is_some()).then_some(self.unit)
    }

    pub(super) fn read(&self, r: &Record) -> Result<Found, String> {
        let optional = |i: Option<usize>| i.map_or(String::new(), |i| r.get(i).to_string());
        if let Some(other) = rows::not_a_set(&optional(self.distance), &optional(self.duration)) {
            return Ok(Found::skip(other));
        }
        let start = field(r, self.start, "start_time")?;
        let when = parse_start(&start)
            .ok_or_else(|| format!("start time \"{start}\" is not like \"13 Mar 2026, 15:22\""))?;
        let set_type = field(r, self.set_type, "set_type")?;
        let kind = match set_type.to_ascii_lowercase().as_str() {
            "normal" | "" => SetKind::Work,
            "warmup" => SetKind::Warmup,
            "failure" => SetKind::Amrap,
            "dropset" => SetKind::Supplemental,
            _ => return Err(format!("unknown set type \"{set_type}\"")),
        };
        let exercise = field(r, self.exercise, "exercise_title")?;
        if exercise.is_empty() {
            return Err("no exercise title".into());
        }
        let weight = optional(self.weight);
        Ok(Found::set(RawSet {
            when,
            workout: optional(self.title),
            workout_note: optional(self.description),
            exercise,
            exercise_note: optional(self.exercise_notes),
            kind,
            weight: if self.unit_from_header {
                rows::app_weight(&weight, self.unit)?
            } else {
                rows::weight(&weight, self.unit)?
            },
            reps: rows::reps(&field(r, self.reps, "reps")?)?,
            rpe: rows::rpe(&optional(self.rpe))?,
            note: String::new(),
            source_id: None,
            lift: None,
        }))
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// `13 Mar 2026, 15:22` (month names in English, short or long; the time
/// as [`rows::time_of_day`] reads it: `15:22:05`, `3:22 PM`); ISO
/// `2026-03-13 15:22` is accepted too.
fn parse_start(text: &str) -> Option<DateTime> {
    if let Ok(dt) = DateTime::parse(text) {
        return Some(dt);
    }
    let (day_part, time_part) = text.split_once(',')?;
    let mut words = day_part.split_whitespace();
    let day: u32 = words.next()?.parse().ok()?;
    let month_word = words.next()?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| month_word.starts_with(m))? as u32 + 1;
    let year: i32 = words.next()?.parse().ok()?;
    if words.next().is_some() {
        return None;
    }
    let (h, m) = rows::time_of_day(time_part)?;
    let date = Date::from_ymd(year, month, day).ok()?;
    DateTime::new(date, h, m).ok()
}

#[cfg(test)]
mod tests {
    use super::parse_start;

    #[test]
    fn hevy_dates() {
        let dt = parse_start("13 Mar 2026, 15:22").unwrap();
        assert_eq!(dt.to_string(), "2026-03-13 15:22");
        assert_eq!(
            parse_start("1 September 2025, 07:05").unwrap().to_string(),
            "2025-09-01 07:05"
        );
        assert_eq!(parse_start("31 Feb 2026, 15:22"), None);
        assert_eq!(parse_start("13 Foo 2026, 15:22"), None);
        assert_eq!(parse_start("13 Mar 2026"), None);
        assert_eq!(parse_start("13 Mar 2026, 25:00"), None);
        for (twelve, iso) in [
            ("13 Mar 2026, 3:22 PM", "2026-03-13 15:22"),
            ("13 Mar 2026, 12:05 am", "2026-03-13 00:05"),
            ("13 Mar 2026, 12:05PM", "2026-03-13 12:05"),
            ("13 Mar 2026, 15:22:41", "2026-03-13 15:22"),
        ] {
            assert_eq!(parse_start(twelve).unwrap().to_string(), iso, "{twelve}");
        }
        assert_eq!(parse_start("13 Mar 2026, 13:22 PM"), None);
    }
}
