//! Liftsheet's own history CSV ([`super::export::history_csv`]), so an export
//! can be imported again: into another browser, or after clearing this one.
//! Cells the export neutralised against formula injection get their text
//! back ([`super::export::restore`]); sets not done are not history and are
//! skipped (counted as [`SkippedKind::NotDone`]). Timed holds (`hold`, the
//! seconds in `reps`) are the log's own sets and come back as holds.

use super::csv::Record;
use super::export::restore;
use super::rows::{self, field, Found, Header, RawSet};
use super::{ImportError, ImportFormat, SkippedKind};
use crate::date::{Date, DateTime};
use crate::log::SetKind;
use crate::weight::Unit;

const F: ImportFormat = ImportFormat::Liftsheet;

pub(super) struct Columns {
    date: usize,
    session: usize,
    day: Option<usize>,
    exercise: usize,
    lift: Option<usize>,
    kind: usize,
    weight: usize,
    unit: usize,
    reps: usize,
    rpe: Option<usize>,
    done: Option<usize>,
    note: Option<usize>,
    session_notes: Option<usize>,
}

impl Columns {
    pub(super) fn new(h: &Header) -> Result<Columns, ImportError> {
        Ok(Columns {
            date: h.require(F, "date", &["date"])?,
            session: h.require(F, "session", &["session"])?,
            day: h.find(&["day"]),
            exercise: h.require(F, "exercise", &["exercise"])?,
            lift: h.find(&["lift"]),
            kind: h.require(F, "kind", &["kind"])?,
            weight: h.require(F, "weight", &["weight"])?,
            unit: h.require(F, "unit", &["unit"])?,
            reps: h.require(F, "reps", &["reps"])?,
            rpe: h.find(&["rpe"]),
            done: h.find(&["done"]),
            note: h.find(&["note"]),
            session_notes: h.find(&["session_notes"]),
        })
    }

    pub(super) fn read(&self, r: &Record) -> Result<Found, String> {
        // Text cells keep their spaces: the export wrote them as they were.
        let text = |i: usize| restore(r.fields.get(i).map_or("", String::as_str)).to_string();
        let optional = |i: Option<usize>| i.map_or(String::new(), text);
        if self.done.is_some_and(|i| r.get(i) == "no") {
            return Ok(Found::skip(SkippedKind::NotDone));
        }
        let date_text = field(r, self.date, "date")?;
        let date = Date::parse(&date_text)
            .map_err(|_| format!("date \"{date_text}\" is not YYYY-MM-DD"))?;
        let kind = match r.get(self.kind) {
            "warmup" => SetKind::Warmup,
            "work" => SetKind::Work,
            "amrap" => SetKind::Amrap,
            "supplemental" => SetKind::Supplemental,
            "accessory" => SetKind::Accessory,
            "hold" => SetKind::Hold,
            other => return Err(format!("unknown kind of set \"{other}\"")),
        };
        let unit_text = field(r, self.unit, "unit")?;
        let unit = Unit::from_symbol(&unit_text)
            .ok_or_else(|| format!("unit \"{unit_text}\" is not kg or lb"))?;
        let session = text(self.session);
        if session.trim().is_empty() {
            return Err("no session id".into());
        }
        let exercise = text(self.exercise);
        if exercise.trim().is_empty() {
            return Err("no exercise name".into());
        }
        let lift = optional(self.lift);
        Ok(Found::set(RawSet {
            when: DateTime::new(date, 0, 0).map_err(|e| e.to_string())?,
            workout: optional(self.day),
            workout_note: optional(self.session_notes),
            exercise,
            exercise_note: String::new(),
            kind,
            weight: rows::weight(&field(r, self.weight, "weight")?, unit)?,
            reps: rows::reps(&field(r, self.reps, "reps")?)?,
            rpe: rows::rpe(&self.rpe.map_or(String::new(), |i| r.get(i).to_string()))?,
            note: optional(self.note),
            source_id: Some(session),
            lift: (!lift.trim().is_empty()).then_some(lift),
        }))
    }
}
