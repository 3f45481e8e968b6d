//! Progress at a glance, per exercise: what History shows under the records.
//!
//! - the e1RM over time and the best set per rep count are the records'
//!   ([`super::LiftRecords::e1rm_series`], [`super::LiftRecords::rep_records`]),
//!   so there is one definition of a counted set and of an estimate;
//! - [`weekly`]: volume (sets × reps × load) and hard sets per ISO week; a
//!   bodyweight exercise's load is the bodyweight of the session's date plus
//!   what was added, and without a bodyweight the volume is
//!   [`Volume::NeedsBodyweight`], never a silent zero;
//! - [`trend`]: the change of the e1RM since a chosen date;
//! - [`exercises_by_recency`]: the exercises of the log, most recent first.
//!
//! All pure functions over the log, the bodyweight readings ([`Loads`]) and
//! the lifter's unit.

use super::{E1rmPoint, Loads};
use crate::date::{Date, Weekday};
use crate::log::{LoggedSet, Session, SetKind};
use crate::weight::{Unit, Weight};

/// An ISO 8601 week: weeks start on Monday, and a week belongs to the year
/// of its Thursday (so 2024-12-30 is in week 1 of 2025).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    /// The ISO week-numbering year.
    pub year: i32,
    /// 1..=53.
    pub week: u32,
    /// The Monday that starts it.
    pub monday: Date,
}

impl IsoWeek {
    /// The week `date` is in.
    pub fn of(date: Date) -> IsoWeek {
        let from_monday = Weekday::ALL
            .iter()
            .position(|d| *d == date.weekday())
            .unwrap_or(0) as i64;
        let monday = date.add_days(-from_monday).unwrap_or(date);
        let thursday = monday.add_days(3).unwrap_or(monday);
        let year = thursday.year();
        let jan1 = Date::from_ymd(year, 1, 1).unwrap_or(thursday);
        let week = (thursday.days_since(jan1) / 7 + 1) as u32;
        IsoWeek { year, week, monday }
    }
}

/// A week's volume: sets × reps × load.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Volume {
    /// Every counted set's load is known; the sum, in the lifter's unit.
    Known(Weight),
    /// A counted set lifts the lifter's bodyweight and no bodyweight is
    /// logged: its load is unknown. A sum without it would understate the
    /// week (back extensions alone read "0 lb"), so there is none.
    NeedsBodyweight,
}

impl Volume {
    /// The volume, if known.
    pub fn known(self) -> Option<Weight> {
        match self {
            Volume::Known(w) => Some(w),
            Volume::NeedsBodyweight => None,
        }
    }

    /// This volume with `reps` of `load` more; an unknown load makes it unknown.
    fn plus(self, load: Option<Weight>, reps: u32) -> Volume {
        match (self, load) {
            (Volume::Known(sum), Some(load)) => {
                Volume::Known(sum.plus(load.times(i64::from(reps))))
            }
            _ => Volume::NeedsBodyweight,
        }
    }
}

/// One week of an exercise's training.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekVolume {
    pub week: IsoWeek,
    /// Sets × reps × load of the week's [`counts_for_volume`] sets.
    pub volume: Volume,
    /// How many sets counted for volume.
    pub sets: u32,
    /// How many of them were hard ([`is_hard_set`]).
    pub hard_sets: u32,
}

/// Whether a set counts toward volume: done, with reps, and neither a warm-up
/// (preparation, not training stimulus) nor a timed hold (its reps are
/// seconds). Work, AMRAP, supplemental and accessory sets all count; a missed
/// set was still lifted, so it counts too.
pub fn counts_for_volume(set: &LoggedSet) -> bool {
    set.done && set.reps > 0 && !matches!(set.kind, SetKind::Warmup | SetKind::Hold)
}

/// A hard set: a set that counts for volume and, when its RPE was logged, was
/// at RPE 7 or more (three reps or fewer in reserve). A set without an RPE is
/// taken as hard: the lifter did it as prescribed work. This is the usual
/// "hard sets" count of hypertrophy and powerlifting programming (sets taken
/// close to failure); the reference sheet gives no number for it, so the
/// threshold is this app's choice: RPE 7 is the lowest RPE whose
/// reps-in-reserve reading the RTS chart treats as reliable (training-math.md
/// §1.2 covers RPE 6–10).
pub fn is_hard_set(set: &LoggedSet) -> bool {
    counts_for_volume(set) && set.rpe.is_none_or(|rpe| rpe.half_steps() >= 14)
}

/// Volume and hard sets of `lift` per ISO week, oldest first; weeks without
/// a counted set are left out. A bodyweight-plus set counts the bodyweight
/// of its session's date ([`Loads::load`]); when none is logged it still
/// counts as a set, and its week's volume is [`Volume::NeedsBodyweight`].
pub fn weekly(sessions: &[Session], lift: &str, unit: Unit, loads: Loads<'_>) -> Vec<WeekVolume> {
    let mut weeks: Vec<WeekVolume> = Vec::new();
    for session in sessions {
        let week = IsoWeek::of(session.date);
        for exercise in session.lifts.iter().filter(|e| e.lift == lift) {
            for set in exercise.sets.iter().filter(|s| counts_for_volume(s)) {
                let load = loads
                    .load(lift, session.date, set.weight, unit)
                    .map(|l| l.total);
                let i = match weeks.binary_search_by(|w| w.week.cmp(&week)) {
                    Ok(i) => i,
                    Err(i) => {
                        weeks.insert(
                            i,
                            WeekVolume {
                                week,
                                volume: Volume::Known(Weight::zero(unit)),
                                sets: 0,
                                hard_sets: 0,
                            },
                        );
                        i
                    }
                };
                let w = &mut weeks[i];
                w.volume = w.volume.plus(load, set.reps);
                w.sets += 1;
                w.hard_sets += u32::from(is_hard_set(set));
            }
        }
    }
    weeks
}

/// The change of the e1RM since a date.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    /// The first point on or after the chosen date.
    pub from: E1rmPoint,
    /// The latest point.
    pub to: E1rmPoint,
    /// `to − from`, in the series' unit.
    pub change: Weight,
    /// The change as tenths of a percent of `from` (+8.0 % is 80), rounded
    /// half away from zero.
    pub percent_tenths: i64,
}

impl Trend {
    /// "+12.5 kg (+8 %)", "−2 kg (−1.3 %)", "no change".
    pub fn text(&self) -> String {
        let shown = super::chart::shown(self.change);
        if shown.is_zero() {
            return "no change".to_string();
        }
        let sign = if shown.milli() > 0 { "+" } else { "−" };
        let magnitude = Weight::from_milli(shown.milli().abs(), shown.unit());
        let pct = self.percent_tenths.abs();
        let pct = if pct % 10 == 0 {
            format!("{}", pct / 10)
        } else {
            format!("{}.{}", pct / 10, pct % 10)
        };
        format!("{sign}{magnitude} ({sign}{pct} %)")
    }
}

/// The trend of `series` (oldest first, one unit) since `since`: its first
/// point on or after that date against its latest. `None` with fewer than
/// two points since then (a change needs two).
pub fn trend(series: &[E1rmPoint], since: Date) -> Option<Trend> {
    let start = series.partition_point(|p| p.date < since);
    let points = series.get(start..)?;
    let (from, to) = match points {
        [first, .., last] => (first.clone(), last.clone()),
        _ => return None,
    };
    let change = to.e1rm.minus(from.e1rm);
    let base = i128::from(from.e1rm.milli());
    let percent_tenths = if base <= 0 {
        0
    } else {
        let n = i128::from(change.milli()) * 1000;
        let q = if n >= 0 {
            (n + base / 2) / base
        } else {
            (n - base / 2) / base
        };
        i64::try_from(q).unwrap_or(0)
    };
    Some(Trend {
        from,
        to,
        change,
        percent_tenths,
    })
}

/// Every exercise of the log (its key and its name as last logged), the one
/// done most recently first; ties of date by name.
pub fn exercises_by_recency(sessions: &[Session]) -> Vec<(String, String)> {
    let mut order: Vec<&Session> = sessions.iter().collect();
    crate::sort::sort_by(&mut order, |a, b| {
        b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id))
    });
    let mut out: Vec<(String, String)> = Vec::new();
    for session in order {
        let mut today: Vec<(String, String)> = session
            .lifts
            .iter()
            .filter(|e| !e.sets.is_empty())
            .filter(|e| !out.iter().any(|(k, _)| *k == e.lift))
            .map(|e| {
                let name = if e.name.is_empty() { &e.lift } else { &e.name };
                (e.lift.clone(), name.clone())
            })
            .collect();
        crate::sort::sort_by(&mut today, |a, b| a.1.cmp(&b.1));
        today.dedup_by(|a, b| a.0 == b.0);
        out.extend(today);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn iso_weeks_across_year_ends() {
        // ISO 8601 examples: 2024-12-30 (Monday) is 2025-W01; 2021-01-03
        // (Sunday) is 2020-W53; 2026-01-01 (Thursday) is 2026-W01.
        let w = IsoWeek::of(d(2024, 12, 30));
        assert_eq!((w.year, w.week, w.monday), (2025, 1, d(2024, 12, 30)));
        assert_eq!(IsoWeek::of(d(2025, 1, 5)).week, 1);
        let w = IsoWeek::of(d(2021, 1, 3));
        assert_eq!((w.year, w.week), (2020, 53));
        let w = IsoWeek::of(d(2026, 1, 1));
        assert_eq!((w.year, w.week, w.monday), (2026, 1, d(2025, 12, 29)));
        assert_eq!(IsoWeek::of(d(2024, 3, 5)).week, 10);
    }

    #[test]
    fn trend_text() {
        let p = |day, kg| E1rmPoint {
            date: d(2024, 3, day),
            e1rm: Weight::kg(kg),
        };
        let series = [p(1, 150.0), p(8, 156.0), p(15, 162.0)];
        let t = trend(&series, d(2024, 3, 2)).unwrap();
        assert_eq!(t.from, p(8, 156.0));
        assert_eq!(t.change, Weight::kg(6.0));
        assert_eq!(t.percent_tenths, 38);
        assert_eq!(t.text(), "+6 kg (+3.8 %)");
        let t = trend(&series, d(2024, 1, 1)).unwrap();
        assert_eq!(t.text(), "+12 kg (+8 %)");
        assert!(trend(&series, d(2024, 3, 9)).is_none());
        let down = [p(1, 100.0), p(2, 98.0)];
        assert_eq!(trend(&down, d(2024, 1, 1)).unwrap().text(), "−2 kg (−2 %)");
    }
}
