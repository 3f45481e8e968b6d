//! The lifter's bodyweight: dated readings in either unit.
//!
//! One reading per date: a second one logged the same day replaces the first.
//! Bodyweight moves by a kilo or more within a day (food, water), so two
//! readings of one date are the same fact measured twice, and the later one
//! is what the lifter meant; keeping both would make "the bodyweight of that
//! session" ambiguous. The log is kept sorted by date, oldest first.
//!
//! A removed reading leaves a tombstone (its date and weight) so that merging
//! with another tab's older copy doesn't bring it back
//! ([`merge`]); logging that very reading again lifts the tombstone in this
//! copy. (A tombstone carries no time, so a merge with another tab that still
//! holds it removes that re-logged reading again: logging it once more, or a
//! different weight, keeps it.)

use crate::date::Date;
use crate::weight::Weight;
use serde::{Deserialize, Serialize};

/// One bodyweight reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyweightEntry {
    pub date: Date,
    /// As entered, in the unit the lifter weighed in.
    pub weight: Weight,
}

/// Puts `entry` in `log` (sorted by date), replacing a reading of the same
/// date. Returns the reading it replaced, if any.
pub fn record(log: &mut Vec<BodyweightEntry>, entry: BodyweightEntry) -> Option<BodyweightEntry> {
    match log.binary_search_by_key(&entry.date, |e| e.date) {
        Ok(i) => Some(std::mem::replace(&mut log[i], entry)),
        Err(i) => {
            log.insert(i, entry);
            None
        }
    }
}

/// The bodyweight to use for a session on `date`: the latest reading on or
/// before that date.
pub fn latest_on(log: &[BodyweightEntry], date: Date) -> Option<BodyweightEntry> {
    let end = log.partition_point(|e| e.date <= date);
    end.checked_sub(1).and_then(|i| log.get(i)).copied()
}

/// The bodyweight a load is computed with for a session on `date`: the
/// [`latest_on`] that date, or, for a session older than every reading, the
/// first reading (the nearest measurement is a better estimate than none).
pub fn for_session(log: &[BodyweightEntry], date: Date) -> Option<Weight> {
    latest_on(log, date)
        .or_else(|| log.first().copied())
        .map(|e| e.weight)
}

/// Whether `log` is sorted by date with one reading per date.
pub fn is_well_formed(log: &[BodyweightEntry]) -> bool {
    log.windows(2).all(|w| w[0].date < w[1].date)
}

/// Sorts a log read from elsewhere (an import, a hand-edited store) and keeps
/// the last reading of each date.
pub fn normalise(log: &mut Vec<BodyweightEntry>) {
    // Stable: equal dates keep their order, so the last one read wins.
    crate::sort::sort_by_key(log, |e| e.date);
    let mut out: Vec<BodyweightEntry> = Vec::with_capacity(log.len());
    for e in log.drain(..) {
        match out.last_mut() {
            Some(last) if last.date == e.date => *last = e,
            _ => out.push(e),
        }
    }
    *log = out;
}

/// Merges two copies of the bodyweight log and its tombstones: every reading
/// of either copy is kept, except one either copy removed; on a date both
/// copies have, `primary`'s reading wins (the copy whose settings win
/// [`crate::store::merge`]).
pub fn merge(
    primary: (&[BodyweightEntry], &[BodyweightEntry]),
    other: (&[BodyweightEntry], &[BodyweightEntry]),
) -> (Vec<BodyweightEntry>, Vec<BodyweightEntry>) {
    let (ours, our_removed) = primary;
    let (theirs, their_removed) = other;
    let mut removed: Vec<BodyweightEntry> = our_removed.to_vec();
    for t in their_removed {
        if !removed.contains(t) {
            removed.push(*t);
        }
    }
    crate::sort::sort_by_key(&mut removed, |e| e.date);
    let mut log = ours.to_vec();
    for e in theirs {
        if log.binary_search_by_key(&e.date, |x| x.date).is_err() {
            record(&mut log, *e);
        }
    }
    log.retain(|e| !removed.contains(e));
    (log, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(d: u32, kg: f64) -> BodyweightEntry {
        BodyweightEntry {
            date: Date::from_ymd(2024, 3, d).unwrap(),
            weight: Weight::kg(kg),
        }
    }

    #[test]
    fn one_reading_per_date_the_later_wins() {
        let mut log = Vec::new();
        assert_eq!(record(&mut log, on(5, 80.0)), None);
        record(&mut log, on(1, 81.0));
        assert_eq!(record(&mut log, on(5, 79.5)), Some(on(5, 80.0)));
        assert_eq!(log, vec![on(1, 81.0), on(5, 79.5)]);
        assert!(is_well_formed(&log));
        let mut messy = vec![on(5, 1.0), on(1, 2.0), on(5, 3.0)];
        normalise(&mut messy);
        assert_eq!(messy, vec![on(1, 2.0), on(5, 3.0)]);
    }

    #[test]
    fn latest_on_a_date() {
        let log = vec![on(1, 81.0), on(5, 80.0), on(9, 79.0)];
        let day = |d| Date::from_ymd(2024, 3, d).unwrap();
        assert_eq!(latest_on(&log, day(5)), Some(on(5, 80.0)));
        assert_eq!(latest_on(&log, day(8)), Some(on(5, 80.0)));
        assert_eq!(latest_on(&log, Date::from_ymd(2024, 2, 1).unwrap()), None);
        assert_eq!(
            for_session(&log, Date::from_ymd(2024, 2, 1).unwrap()),
            Some(Weight::kg(81.0))
        );
        assert_eq!(for_session(&[], day(1)), None);
    }
}
