//! StrongLifts 5x5's CSV export, import-formats.md "StrongLifts 5x5".
//!
//! Wide: one row per exercise of a workout, its sets in column pairs.
//! Header begins `Date (yyyy/mm/dd),Workout,Workout Name,Program Name,
//! Body Weight (KG),Exercise,Sets×Reps,Sets×Time,Top Set (Reps×KG),e1RM (KG),
//! Reps,Volume (KG),Workout Volume (KG),Duration (hours),Start Time (h:mm),
//! End Time (h:mm),Notes,Set 1 (Reps),Set 1 (KG),…` (`(LB)` for pounds);
//! detected by the `×` in its header. The summary columns (top set, e1RM,
//! volume) are derived from the sets and not read.
//!
//! Variants seen in exports: the date's order named in the header
//! (`Date (dd/mm/yyyy)`, `Date (mm/dd/yyyy)`) and `/`, `-` or `.` between
//! its parts; start times of 12 hours (`10:56 PM`) or 24 (`18:05`), with or
//! without seconds ([`rows::time_of_day`]). A set of 0 reps (a missed set,
//! `-` in `Sets×Reps`) and a timed exercise (`Sets×Time`, a plank) are not
//! sets of weight and reps: counted, not imported.

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
    dates: Dates,
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
    /// `rows` (the file's rows) are read only for the order of the dates
    /// when the header doesn't name it.
    pub(super) fn new<'a>(
        h: &Header,
        rows: impl Iterator<Item = &'a Record>,
    ) -> Result<Columns, ImportError> {
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
        let date = h.find_qualified("date").ok_or(ImportError::MissingColumn {
            format: F,
            column: "Date (yyyy/mm/dd)",
        })?;
        let dates = match stated_order(&h.names[date]) {
            Some((order, pattern)) => Dates::Stated { order, pattern },
            None => Dates::Unstated(inferred_order(rows.map(|r| r.get(date)))),
        };
        Ok(Columns {
            date,
            dates,
            workout: h.find(&["workout name"]),
            exercise: h.require(F, "Exercise", &["exercise"])?,
            start: h.find_qualified("start time"),
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
        let date = self.date(&date_text)?;
        let (hour, minute) = match self.start.map(|i| r.get(i)).filter(|t| !t.is_empty()) {
            None => (0, 0),
            Some(t) => rows::time_of_day(t)
                .ok_or_else(|| format!("start time \"{t}\" is not like 18:05 or 6:05 PM"))?,
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
                weight: rows::app_weight(weight, self.unit).map_err(in_set)?,
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

    /// The date of a `Date` cell (a time after it is ignored).
    fn date(&self, text: &str) -> Result<Date, String> {
        let not_a_date = || match &self.dates {
            Dates::Stated { pattern, .. } => format!("date \"{text}\" is not {pattern}"),
            Dates::Unstated(_) => format!("date \"{text}\" is not a date like 2024/03/05"),
        };
        let p = date_parts(text.split_whitespace().next().unwrap_or("")).ok_or_else(not_a_date)?;
        let order = match &self.dates {
            // A four-digit year first is never anything but year, month, day.
            _ if p.year_first => DateOrder::Ymd,
            Dates::Stated { order, .. } => *order,
            Dates::Unstated(_) if p.a > 12 && p.b <= 12 => DateOrder::Dmy,
            Dates::Unstated(_) if p.b > 12 && p.a <= 12 => DateOrder::Mdy,
            Dates::Unstated(known) => known.ok_or_else(|| {
                format!(
                    "date \"{text}\" could be day/month/year or month/day/year, and neither the header nor another date says which"
                )
            })?,
        };
        let (month, day) = match order {
            DateOrder::Ymd if !p.year_first => return Err(not_a_date()),
            DateOrder::Ymd | DateOrder::Mdy => (p.a, p.b),
            DateOrder::Dmy => (p.b, p.a),
        };
        Date::from_ymd(p.year, month, day).map_err(|_| not_a_date())
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

/// The order of a date's day, month and year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateOrder {
    Ymd,
    Dmy,
    Mdy,
}

/// How the `Date` column is read.
#[derive(Debug, PartialEq, Eq)]
enum Dates {
    /// The header names the order: `Date (dd/mm/yyyy)`; `pattern` is that
    /// name's bracket (`dd/mm/yyyy`), for messages.
    Stated { order: DateOrder, pattern: String },
    /// The header doesn't (`Date`). Year-first dates read as such; a
    /// year-last date with a day above 12 reads as that order, and the
    /// others as the order those dates show, if they all show the same one.
    Unstated(Option<DateOrder>),
}

/// The order a date column's name states: `date (dd/mm/yyyy)` ->
/// (Dmy, "dd/mm/yyyy"); `None` for a plain `date` or an unknown pattern.
fn stated_order(name: &str) -> Option<(DateOrder, String)> {
    let pattern = name.strip_prefix("date (")?.strip_suffix(')')?;
    let letters: Vec<char> = pattern
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().next().unwrap_or(' '))
        .collect();
    let order = match letters.as_slice() {
        ['y', 'm', 'd'] => DateOrder::Ymd,
        ['d', 'm', 'y'] => DateOrder::Dmy,
        ['m', 'd', 'y'] => DateOrder::Mdy,
        _ => return None,
    };
    Some((order, pattern.to_string()))
}

/// The order the year-last dates of a column show: day first if one has a
/// first part above 12, month first if one has a second part above 12;
/// `None` if none shows, or both show (the file mixes orders).
fn inferred_order<'a>(cells: impl Iterator<Item = &'a str>) -> Option<DateOrder> {
    let (mut day_first, mut month_first) = (false, false);
    for cell in cells {
        let Some(p) = date_parts(cell.split_whitespace().next().unwrap_or("")) else {
            continue;
        };
        if !p.year_first {
            day_first |= p.a > 12 && p.b <= 12;
            month_first |= p.b > 12 && p.a <= 12;
        }
    }
    match (day_first, month_first) {
        (true, false) => Some(DateOrder::Dmy),
        (false, true) => Some(DateOrder::Mdy),
        _ => None,
    }
}

/// A date's three numbers: `year_first` for `2024/03/05` (then `a`, `b` are
/// month and day), else year last (`05/03/2024`: `a`, `b` in the file's
/// order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DateParts {
    year_first: bool,
    year: i32,
    a: u32,
    b: u32,
}

/// Three groups of digits separated by `/`, `-` or `.`, the year of four
/// digits first or last, the others of one or two.
fn date_parts(text: &str) -> Option<DateParts> {
    // (value, digits) of each group.
    let mut groups = [(0u32, 0usize); 3];
    let mut k = 0;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                let (value, digits) = &mut groups[k];
                *value = *value * 10 + u32::from(b - b'0');
                *digits += 1;
                if *digits > 4 {
                    return None;
                }
            }
            b'/' | b'-' | b'.' if k < 2 && groups[k].1 > 0 => k += 1,
            _ => return None,
        }
    }
    let [(x, x_digits), (a, 1..=2), (z, z_digits)] = groups else {
        return None;
    };
    match (x_digits, z_digits) {
        (4, 1..=2) => Some(DateParts {
            year_first: true,
            year: x as i32,
            a,
            b: z,
        }),
        (1..=2, 4) => Some(DateParts {
            year_first: false,
            year: z as i32,
            a: x,
            b: a,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_the_order() {
        let order = |name: &str| stated_order(name).map(|(o, _)| o);
        assert_eq!(order("date (yyyy/mm/dd)"), Some(DateOrder::Ymd));
        assert_eq!(order("date (dd/mm/yyyy)"), Some(DateOrder::Dmy));
        assert_eq!(order("date (mm/dd/yyyy)"), Some(DateOrder::Mdy));
        assert_eq!(order("date (dd.mm.yyyy)"), Some(DateOrder::Dmy));
        assert_eq!(order("date (yyyy-mm-dd)"), Some(DateOrder::Ymd));
        assert_eq!(order("date"), None);
        assert_eq!(order("date (local)"), None);
    }

    #[test]
    fn unstated_order_is_what_the_dates_show() {
        let infer = |cells: &[&str]| inferred_order(cells.iter().copied());
        assert_eq!(infer(&["05/03/2024", "25/03/2024"]), Some(DateOrder::Dmy));
        assert_eq!(
            infer(&["05/03/2024", "03/25/2024 18:05"]),
            Some(DateOrder::Mdy)
        );
        assert_eq!(infer(&["05/03/2024", "06/03/2024"]), None);
        assert_eq!(infer(&["25/03/2024", "03/25/2024"]), None, "mixed");
        assert_eq!(infer(&["2024/03/25"]), None, "year first says nothing");
    }

    #[test]
    fn date_parts_take_slashes_dashes_and_dots() {
        let p = date_parts("2024-03-05").unwrap();
        assert_eq!((p.year_first, p.year, p.a, p.b), (true, 2024, 3, 5));
        let p = date_parts("5.3.2024").unwrap();
        assert_eq!((p.year_first, p.year, p.a, p.b), (false, 2024, 5, 3));
        for bad in [
            "",
            "2024/03",
            "24/03/05",
            "2024/03/05/01",
            "2024/0x/05",
            "05/03/20245",
        ] {
            assert_eq!(date_parts(bad), None, "{bad}");
        }
    }

    #[test]
    fn zero_reps() {
        assert!(zero("0") && zero("0.0") && zero("00"));
        assert!(!zero("") && !zero("5") && !zero("10") && !zero("abc"));
    }
}
