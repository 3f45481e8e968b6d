//! What the per-app readers share: header lookup, field parsing, the row
//! type they produce, and grouping rows into sessions.

use super::csv::CsvError;
use super::csv::Record;
use super::{
    fitnotes, hevy, lift_key, liftsheet, strong, stronglifts, ImportError, ImportFormat,
    ImportOptions, SkippedKind,
};
use crate::date::{Date, DateTime};
use crate::limits;
use crate::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use crate::rpe::Rpe;
use crate::weight::{Unit, Weight};
use std::collections::HashMap;

/// A header row, names normalized (trimmed, lowercase, single spaces).
pub(super) struct Header {
    pub(super) names: Vec<String>,
}

fn normalize(name: &str) -> String {
    name.trim_start_matches('\u{feff}')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Header {
    pub(super) fn new(fields: &[String]) -> Header {
        Header {
            names: fields.iter().map(|f| normalize(f)).collect(),
        }
    }

    /// Index of the first column named any of `names` (given normalized).
    pub(super) fn find(&self, names: &[&str]) -> Option<usize> {
        self.names.iter().position(|n| names.contains(&n.as_str()))
    }

    /// Index of the first column named `name` or `name (...)` (a unit or a
    /// format in brackets: `distance (m)`, `date (dd/mm/yyyy)`), given
    /// normalized.
    pub(super) fn find_qualified(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| {
            n.strip_prefix(name)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(" ("))
        })
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.find(&[name]).is_some()
    }

    /// Index of a column the format can't do without.
    pub(super) fn require(
        &self,
        format: ImportFormat,
        column: &'static str,
        names: &[&str],
    ) -> Result<usize, ImportError> {
        self.find(names)
            .ok_or(ImportError::MissingColumn { format, column })
    }
}

/// One set read from one row.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct RawSet {
    /// When the workout started (the grouping key, with `workout`).
    pub when: DateTime,
    pub workout: String,
    pub workout_note: String,
    pub exercise: String,
    pub exercise_note: String,
    pub kind: SetKind,
    pub weight: Weight,
    pub reps: u32,
    pub rpe: Option<Rpe>,
    pub note: String,
    /// The session this row belongs to when the file says so (Liftsheet's
    /// own export has a `session` column); other apps group by start time and
    /// workout name alone.
    pub source_id: Option<String>,
    /// The lift key when the file has one (Liftsheet's `lift` column);
    /// otherwise it is derived from the exercise name ([`lift_key`]).
    pub lift: Option<String>,
}

/// What one row holds: sets to import, and what is not imported by kind
/// (one entry per row or set skipped).
#[derive(Debug, Default)]
pub(super) struct Found {
    pub sets: Vec<RawSet>,
    pub skipped: Vec<SkippedKind>,
}

impl Found {
    pub(super) fn set(set: RawSet) -> Found {
        Found {
            sets: vec![set],
            skipped: Vec::new(),
        }
    }

    pub(super) fn skip(kind: SkippedKind) -> Found {
        Found {
            sets: Vec::new(),
            skipped: vec![kind],
        }
    }
}

/// A reader for the format its header shows.
pub(super) enum Reader {
    Strong(strong::Columns),
    Hevy(hevy::Columns),
    FitNotes(fitnotes::Columns),
    StrongLifts(stronglifts::Columns),
    Liftsheet(liftsheet::Columns),
}

impl Reader {
    /// Detects the format by its header's distinctive columns. `body` (the
    /// rows after the header) is read only where the header leaves a
    /// question the rows answer (the order of StrongLifts' dates).
    pub(super) fn for_file(
        h: &Header,
        body: &[Result<Record, CsvError>],
        options: &ImportOptions,
    ) -> Result<Reader, ImportError> {
        if h.has("exercise_title") && h.has("start_time") && h.has("set_type") {
            Ok(Reader::Hevy(hevy::Columns::new(h, options)?))
        } else if h.has("exercise name") && h.has("set order") {
            Ok(Reader::Strong(strong::Columns::new(h, options)?))
        } else if h.has("exercise") && h.has("category") && h.has("date") {
            Ok(Reader::FitNotes(fitnotes::Columns::new(h, options)?))
        } else if h.has("exercise")
            && (h.names.iter().any(|n| n.contains('×')) || h.has("set 1 (reps)"))
        {
            // StrongLifts' header has `Sets×Reps`, `Top Set (Reps×KG)`, and
            // `Set 1 (Reps)`.
            let rows = body.iter().filter_map(|r| r.as_ref().ok());
            Ok(Reader::StrongLifts(stronglifts::Columns::new(h, rows)?))
        } else if h.has("session") && h.has("exercise") && h.has("lift") && h.has("kind") {
            Ok(Reader::Liftsheet(liftsheet::Columns::new(h)?))
        } else {
            Err(ImportError::UnknownFormat)
        }
    }

    pub(super) fn format(&self) -> ImportFormat {
        match self {
            Reader::Strong(_) => ImportFormat::Strong,
            Reader::Hevy(_) => ImportFormat::Hevy,
            Reader::FitNotes(_) => ImportFormat::FitNotes,
            Reader::StrongLifts(_) => ImportFormat::StrongLifts,
            Reader::Liftsheet(_) => ImportFormat::Liftsheet,
        }
    }

    pub(super) fn assumed_unit(&self) -> Option<Unit> {
        match self {
            Reader::Strong(c) => c.assumed_unit(),
            Reader::Hevy(c) => c.assumed_unit(),
            Reader::FitNotes(_) | Reader::StrongLifts(_) | Reader::Liftsheet(_) => None,
        }
    }

    /// What `r` holds: one set for most formats, all of an exercise's for
    /// StrongLifts, or what kind of row it is when not a set of weight and
    /// reps; `Err(reason)` for a row that can't be read.
    pub(super) fn read(&self, r: &Record) -> Result<Found, String> {
        match self {
            Reader::Strong(c) => c.read(r),
            Reader::Hevy(c) => c.read(r),
            Reader::FitNotes(c) => c.read(r),
            Reader::StrongLifts(c) => c.read(r),
            Reader::Liftsheet(c) => c.read(r),
        }
    }
}

/// Field `i` of `r`, or a reason if the row stops before it.
pub(super) fn field(r: &Record, i: usize, column: &str) -> Result<String, String> {
    r.fields
        .get(i)
        .map(|f| f.trim().to_string())
        .ok_or_else(|| format!("the row ends before the \"{column}\" column"))
}

/// Reps: a whole number ("5", or "5.0" as some exports write it), within
/// [`limits::logged_reps`].
pub(super) fn reps(text: &str) -> Result<u32, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("no reps".into());
    }
    let whole = t
        .strip_suffix(".0")
        .or_else(|| t.strip_suffix(",0"))
        .unwrap_or(t);
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("reps \"{t}\" is not a whole number"));
    }
    let n = whole.parse::<u64>().unwrap_or(u64::MAX);
    limits::logged_reps(n).map_err(|e| e.to_string())
}

/// A weight in `unit`; empty means none (bodyweight). A weight is zero or
/// within [`limits::logged_weight`]; a number too small to keep
/// ("0.0001") is an error, not a silent zero.
pub(super) fn weight(text: &str, unit: Unit) -> Result<Weight, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(Weight::zero(unit));
    }
    let w = Weight::parse(t, unit).map_err(|e| format!("weight \"{t}\": {e}"))?;
    if w.is_zero() && t.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        return Err(format!(
            "the weight {t} {unit} is less than the smallest plate step ({} {unit})",
            crate::weight::format_milli(limits::min_weight_milli(unit))
        ));
    }
    limits::logged_weight(w).map_err(|e| e.to_string())
}

/// A weight another app wrote in `unit` (a unit its file states). An export
/// in pounds of a load entered in kg writes it converted: 25 kg as `55.12`
/// or, float noise and all, `55.115565` (FitNotes), 55 kg as `121.3`
/// (StrongLifts). A pound figure
/// that is not a multiple of 0.25 lb, and lies within one unit of its last
/// written decimal of a multiple of 0.25 kg, is that kg load: the mass
/// changes by no more than the file's own precision, and the set reads as
/// what was on the bar. Any other weight is read as written ([`weight`]).
pub(super) fn app_weight(text: &str, unit: Unit) -> Result<Weight, String> {
    let w = weight(text, unit)?;
    if unit == Unit::Lb && w.is_positive() {
        if let Some(kg) = kg_written_in_pounds(text) {
            return Ok(kg);
        }
    }
    Ok(w)
}

/// The kg load (a multiple of 0.25 kg) that `text`, a pound figure with
/// decimals that is not a multiple of 0.25 lb, converts from; see
/// [`app_weight`]. Exact integer arithmetic (1 lb = 0.45359237 kg) in `u64`:
/// decimals past the sixth, float noise, are dropped (changing the figure by
/// less than the one unit of the sixth allowed), and a figure is at most
/// 2000 lb ([`weight`] checked), so nothing overflows.
fn kg_written_in_pounds(text: &str) -> Option<Weight> {
    const KG_PER_LB_E8: u64 = 45_359_237;
    let (whole, frac) = text.trim().split_once(['.', ','])?;
    let frac = frac.get(..frac.len().min(6))?;
    if frac.is_empty() {
        return None;
    }
    // The figure is n / 10^d lb.
    let mut n: u64 = 0;
    for b in whole.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() || n > 10_000_000_000 {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
    }
    let scale = 10u64.pow(frac.len() as u32);
    if (n * 4).is_multiple_of(scale) {
        return None; // a multiple of 0.25 lb: a pound load
    }
    // n / 10^d lb in quarter kilograms is n * 4 * 0.45359237 / 10^d.
    let quarters_scaled = n * 4 * KG_PER_LB_E8; // quarters * 10^(d+8)
    let unit = scale * 100_000_000;
    let quarters = (quarters_scaled + unit / 2) / unit;
    // |written - quarters kg in lb| <= 10^-d lb, scaled by 4 * 0.45359237 * 10^(d+8).
    if quarters < 1 || quarters_scaled.abs_diff(quarters * unit) > 4 * KG_PER_LB_E8 {
        return None;
    }
    Some(Weight::from_milli(
        i64::try_from(quarters).ok()? * 250,
        Unit::Kg,
    ))
}

/// Whether a distance or time cell holds an amount: a digit other than 0
/// (`0`, `0.0` and `0:00:00` are none).
pub(super) fn amount(text: &str) -> bool {
    text.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

/// The kind of a row with a distance or a time, which is not a set of
/// weight and reps whatever else it holds; `None` when it has neither.
pub(super) fn not_a_set(distance: &str, time: &str) -> Option<SkippedKind> {
    match (amount(distance), amount(time)) {
        (true, true) => Some(SkippedKind::Cardio),
        (true, false) => Some(SkippedKind::Distance),
        (false, true) => Some(SkippedKind::Timed),
        (false, false) => None,
    }
}

/// A time of day as apps write it: 24-hour `18:05`, `7:05`, `18:05:30`, or
/// 12-hour `10:56 PM`, `7:05am`, `12:15 a.m.` (seconds allowed, any case, a
/// space before the AM/PM or not). `(hour, minute)`; seconds are dropped.
pub(super) fn time_of_day(text: &str) -> Option<(u32, u32)> {
    let t = text.trim();
    let end = t
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b':'))
        .unwrap_or(t.len());
    let (clock, half) = t.split_at(end);
    // Whether an AM/PM after the clock says PM.
    let pm = match half.trim_start().as_bytes() {
        [] => None,
        [h, m @ ..] => {
            let pm = match h.to_ascii_lowercase() {
                b'a' => false,
                b'p' => true,
                _ => return None,
            };
            match m {
                [b'm' | b'M'] | [b'.', b'm' | b'M'] | [b'.', b'm' | b'M', b'.'] => Some(pm),
                _ => return None,
            }
        }
    };
    // Hours, minutes and seconds: (value, digits).
    let mut parts = [(0u32, 0usize); 3];
    let mut k = 0;
    for b in clock.bytes() {
        if b == b':' {
            k += 1;
            if k > 2 {
                return None;
            }
        } else {
            let (value, digits) = &mut parts[k];
            *value = *value * 10 + u32::from(b - b'0');
            *digits += 1;
            if *digits > 2 {
                return None;
            }
        }
    }
    let [(hour, hour_digits), (minute, 2), (second, second_digits)] = parts else {
        return None;
    };
    if k == 0 || hour_digits == 0 || minute > 59 || (k == 2 && (second_digits != 2 || second > 59))
    {
        return None;
    }
    let hour = match pm {
        None if hour <= 23 => hour,
        Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
        _ => return None,
    };
    Some((hour, minute))
}

/// Checks what every importer produces against [`crate::limits`]: the date,
/// the texts' lengths, weight and reps. The reason names the first problem.
pub(super) fn check(set: &RawSet, today: Date) -> Result<(), String> {
    let err = |e: limits::LimitError| e.to_string();
    limits::date(set.when.date, today).map_err(err)?;
    limits::name(&set.exercise, "exercise name").map_err(err)?;
    limits::name(&set.workout, "workout name").map_err(err)?;
    limits::note(&set.workout_note, "workout note").map_err(err)?;
    limits::note(&set.exercise_note, "exercise note").map_err(err)?;
    limits::note(&set.note, "note").map_err(err)?;
    if let Some(id) = &set.source_id {
        limits::name(id, "session id").map_err(err)?;
    }
    if let Some(lift) = &set.lift {
        limits::name(lift, "lift key").map_err(err)?;
    }
    limits::logged_weight(set.weight).map_err(err)?;
    limits::logged_reps(u64::from(set.reps)).map_err(err)?;
    Ok(())
}

/// An optional RPE.
pub(super) fn rpe(text: &str) -> Result<Option<Rpe>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Rpe::parse(text)
        .map(Some)
        .map_err(|e| format!("RPE \"{}\": {e}", text.trim()))
}

/// 32-bit FNV-1a: a short stable fingerprint of a workout name for ids.
fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Groups rows into sessions (one per start time and workout name, in file
/// order) and exercises (one per name within a session), a row at a time.
/// Ids are derived from the app, start time and workout name, so importing
/// the file again gives the same ids.
pub(super) struct Sessions {
    format: ImportFormat,
    sessions: Vec<Session>,
    index: HashMap<(DateTime, String, Option<String>), usize>,
}

impl Sessions {
    pub(super) fn new(format: ImportFormat) -> Sessions {
        Sessions {
            format,
            sessions: Vec::new(),
            index: HashMap::new(),
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    pub(super) fn add(&mut self, row: RawSet) {
        let (format, sessions) = (self.format, &mut self.sessions);
        let key = (row.when, row.workout.clone(), row.source_id.clone());
        let at = *self.index.entry(key).or_insert_with(|| {
            let id = match &row.source_id {
                // Our own export: keep the session's id, so a re-import of
                // a backup finds the sessions already in the log.
                Some(id) => id.clone(),
                None => format!(
                    "{}-{}-{:02}{:02}-{:08x}",
                    format.key(),
                    row.when.date,
                    row.when.hour(),
                    row.when.minute(),
                    fingerprint(&row.workout)
                ),
            };
            let mut s = Session::new(SessionId(id), row.when.date);
            s.day_label.clone_from(&row.workout);
            s.finished = true;
            sessions.push(s);
            sessions.len() - 1
        });
        let session = &mut sessions[at];
        if session.notes.is_empty() {
            session.notes.clone_from(&row.workout_note);
        }
        let ex = match session.lifts.iter().position(|e| e.name == row.exercise) {
            Some(i) => i,
            None => {
                let key = row.lift.clone().unwrap_or_else(|| lift_key(&row.exercise));
                let mut e = LoggedExercise::new(key, row.exercise.clone());
                e.note.clone_from(&row.exercise_note);
                session.add_exercise(e)
            }
        };
        let set = LoggedSet {
            rpe: row.rpe,
            note: row.note,
            ..LoggedSet::done(row.kind, row.weight, row.reps)
        };
        // Can't fail: the exercise was just found or added, and the reader
        // checked reps and weight.
        let _ = session.add_set(ex, set);
    }

    /// The sessions, oldest first.
    pub(super) fn finish(self) -> Vec<Session> {
        let mut sessions = self.sessions;
        for s in &mut sessions {
            // Imported history starts at revision 0: nothing was edited here.
            s.revision = 0;
        }
        crate::sort::sort_by(&mut sessions, crate::log::oldest_first);
        sessions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day_in_12_and_24_hours() {
        for (text, want) in [
            ("18:05", (18, 5)),
            ("7:05", (7, 5)),
            ("07:05", (7, 5)),
            ("0:00", (0, 0)),
            ("23:59:59", (23, 59)),
            ("10:56 PM", (22, 56)),
            ("10:56PM", (22, 56)),
            ("10:56 pm", (22, 56)),
            ("7:05 am", (7, 5)),
            ("7:05:30 AM", (7, 5)),
            ("12:15 AM", (0, 15)),
            ("12:15 PM", (12, 15)),
            ("12:15 a.m.", (0, 15)),
            ("1:00 p.m.", (13, 0)),
        ] {
            assert_eq!(time_of_day(text), Some(want), "{text}");
        }
        for bad in [
            "",
            "18",
            "24:00",
            "18:60",
            "18:5",
            "0:30 AM",
            "13:00 PM",
            "10:56 XM",
            "10:56 P",
            "123:00",
            "18:05:7",
            "18:05:60",
            "18:05:00:00",
            "a:05",
        ] {
            assert_eq!(time_of_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn pounds_of_a_kg_load_read_as_that_load() {
        let read = |t: &str| app_weight(t, Unit::Lb).unwrap();
        // 25 kg is 55.1155655 lb: written with float noise or to 2 places.
        assert_eq!(read("55.115565"), Weight::kg(25.0));
        assert_eq!(read("55.12"), Weight::kg(25.0));
        assert_eq!(read("82.67"), Weight::kg(37.5));
        assert_eq!(read("143.3"), Weight::kg(65.0));
        assert_eq!(read("27,56"), Weight::kg(12.5), "decimal comma");
        assert_eq!(read("55.11556555"), Weight::kg(25.0), "noise past 6 places");
        // Pound loads stay pounds: whole, or a multiple of 0.25 lb.
        assert_eq!(read("315.0"), Weight::lb(315.0));
        assert_eq!(read("157.5"), Weight::lb(157.5));
        assert_eq!(read("21.75"), Weight::lb(21.75));
        assert_eq!(read("135"), Weight::lb(135.0));
        assert_eq!(read("0.0"), Weight::lb(0.0));
        // Not within the last written decimal of a quarter kilogram.
        assert_eq!(read("101.3"), Weight::lb(101.3));
        assert_eq!(read("55.14"), Weight::lb(55.14));
        // Kilograms are read as written.
        assert_eq!(app_weight("20.4", Unit::Kg).unwrap(), Weight::kg(20.4));
    }

    #[test]
    fn a_distance_or_a_time_is_not_a_set() {
        assert_eq!(not_a_set("1.5", "0:15:00"), Some(SkippedKind::Cardio));
        assert_eq!(not_a_set("40", ""), Some(SkippedKind::Distance));
        assert_eq!(not_a_set("0", "60"), Some(SkippedKind::Timed));
        assert_eq!(not_a_set("0", "0"), None);
        assert_eq!(not_a_set("0.0", "0:00:00"), None);
        assert_eq!(not_a_set("", ""), None);
    }
}
