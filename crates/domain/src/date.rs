//! Calendar dates without a time zone.
//!
//! A training day is a civil date: "I squatted on 2024-03-05" means the date on
//! the lifter's wall calendar, whatever zone they were in. [`Date`] is a count of
//! days since 1970-01-01 in the proleptic Gregorian calendar, limited to years
//! 1..=9999 so it always prints as ISO 8601 `YYYY-MM-DD`. The conversions are the
//! era-based (400-year cycle) civil-calendar algorithm, written here instead of
//! pulling in a date crate to keep the wasm small.
//!
//! [`DateTime`] adds a minute of the day; the importers need it to tell two
//! workouts on the same day apart.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Days in a 400-year Gregorian cycle (146,097: 400·365 + 97 leap days).
const DAYS_PER_ERA: i64 = 146_097;
/// Days from 0000-03-01 to 1970-01-01: shifts the algorithm's epoch (a March
/// first, so the leap day ends the year) to the Unix epoch.
const EPOCH_SHIFT: i64 = 719_468;

/// The earliest supported year.
pub const MIN_YEAR: i32 = 1;
/// The latest supported year (four digits in ISO form).
pub const MAX_YEAR: i32 = 9999;

/// A civil calendar date (no time, no zone), years 1..=9999.
///
/// Ordered by time. Serialized as the ISO string `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Days since 1970-01-01 (negative before it).
    days: i32,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// All seven, Monday first (ISO 8601 week order).
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Three-letter English label ("Mon").
    pub fn short(self) -> &'static str {
        match self {
            Weekday::Monday => "Mon",
            Weekday::Tuesday => "Tue",
            Weekday::Wednesday => "Wed",
            Weekday::Thursday => "Thu",
            Weekday::Friday => "Fri",
            Weekday::Saturday => "Sat",
            Weekday::Sunday => "Sun",
        }
    }
}

/// Why a text or numbers are not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not shaped like `YYYY-MM-DD` (or `YYYY-MM-DD HH:MM`).
    Format,
    /// Month outside 1..=12 or a day the month doesn't have (2023-02-29).
    NoSuchDay,
    /// Year outside 1..=9999.
    OutOfRange,
    /// Hour or minute outside the clock.
    NoSuchTime,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "Write the date as YYYY-MM-DD.",
            DateError::NoSuchDay => "That day doesn't exist in the calendar.",
            DateError::OutOfRange => "The year must be between 1 and 9999.",
            DateError::NoSuchTime => "That time doesn't exist (use 00:00 to 23:59).",
        })
    }
}

impl std::error::Error for DateError {}

/// Whether `year` has a 29 February (Gregorian rule).
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1..=12) of `year`; 0 for a month that doesn't exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid civil date.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    // Count years from March so February's leap day is the last day of the year.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400; // 0..=399
    let m = i64::from(month);
    let month_from_march = if m > 2 { m - 3 } else { m + 9 }; // 0..=11
                                                              // 153 days per 5 months (31,30,31,30,31) from March: the "(153m + 2) / 5" rule.
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * DAYS_PER_ERA + day_of_era - EPOCH_SHIFT
}

/// The civil date (year, month, day) of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + EPOCH_SHIFT;
    let era = z.div_euclid(DAYS_PER_ERA);
    let day_of_era = z - era * DAYS_PER_ERA; // 0..=146_096
                                             // Undo the leap-day count: one every 4 years (1460 days), none every 100
                                             // (36_524), one again every 400 (the era's last day, 146_096).
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153; // 0..=11
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month as u32, day as u32)
}

impl Date {
    /// 0001-01-01.
    pub const MIN: Date = Date { days: -719_162 };
    /// 9999-12-31.
    pub const MAX: Date = Date { days: 2_932_896 };
    /// 1970-01-01.
    pub const EPOCH: Date = Date { days: 0 };

    /// The date with this year, month (1..=12) and day of month.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::OutOfRange);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date {
            days: days_from_civil(year, month, day) as i32,
        })
    }

    /// The date `days` after 1970-01-01 (before it when negative), if it lies in
    /// years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        if (i64::from(Date::MIN.days)..=i64::from(Date::MAX.days)).contains(&days) {
            Some(Date { days: days as i32 })
        } else {
            None
        }
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        i64::from(self.days)
    }

    /// (year, month, day of month).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(i64::from(self.days))
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// 1..=12.
    pub fn month(self) -> u32 {
        self.ymd().1
    }

    /// 1..=31.
    pub fn day(self) -> u32 {
        self.ymd().2
    }

    /// The day of the week (1970-01-01 was a Thursday).
    pub fn weekday(self) -> Weekday {
        // +3: Thursday is index 3 when Monday is 0.
        Weekday::ALL[(i64::from(self.days) + 3).rem_euclid(7) as usize]
    }

    /// `n` days later (earlier when negative), if still in range.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(i64::from(self.days).checked_add(n)?)
    }

    /// Days from `earlier` to `self` (negative when `self` is earlier).
    pub fn days_since(self, earlier: Date) -> i64 {
        i64::from(self.days) - i64::from(earlier.days)
    }

    /// Parses ISO 8601 `YYYY-MM-DD` (surrounding spaces allowed).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        Date::from_ymd(year as i32, month, day)
    }
}

/// The value of an all-ASCII-digit slice.
fn digits(b: &[u8]) -> Result<u32, DateError> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return Err(DateError::Format);
    }
    Ok(b.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// ISO 8601: `2024-03-05`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Digit by digit rather than `{y:04}`: no integer formatting and
        // padding code in the first-load app, which shows dates of 1RMs.
        let (y, m, d) = self.ymd();
        let (y, digit) = (y as u32, |n: u32| b'0' + (n % 10) as u8);
        let buf = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ];
        f.write_str(std::str::from_utf8(&buf).map_err(|_| fmt::Error)?)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A date with a minute of the day, still without a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateTime {
    pub date: Date,
    /// Minutes since midnight, 0..=1439.
    minute: u16,
}

impl DateTime {
    /// `date` at `hour`:`minute`.
    pub fn new(date: Date, hour: u32, minute: u32) -> Result<DateTime, DateError> {
        if hour > 23 || minute > 59 {
            return Err(DateError::NoSuchTime);
        }
        Ok(DateTime {
            date,
            minute: (hour * 60 + minute) as u16,
        })
    }

    /// Minutes since midnight.
    pub fn minute_of_day(self) -> u32 {
        u32::from(self.minute)
    }

    pub fn hour(self) -> u32 {
        u32::from(self.minute) / 60
    }

    pub fn minute(self) -> u32 {
        u32::from(self.minute) % 60
    }

    /// Parses `YYYY-MM-DD HH:MM`, with optional `:SS` (ignored) and `T` in place of
    /// the space. A bare `YYYY-MM-DD` is midnight.
    pub fn parse(text: &str) -> Result<DateTime, DateError> {
        let text = text.trim();
        if text.len() == 10 {
            return DateTime::new(Date::parse(text)?, 0, 0);
        }
        let b = text.as_bytes();
        if b.len() < 16 || !matches!(b[10], b' ' | b'T') || b[13] != b':' {
            return Err(DateError::Format);
        }
        let date = Date::parse(text.get(..10).ok_or(DateError::Format)?)?;
        let hour = digits(&b[11..13])?;
        let minute = digits(&b[14..16])?;
        match &b[16..] {
            [] => {}
            [b':', s1, s2] if s1.is_ascii_digit() && s2.is_ascii_digit() => {}
            _ => return Err(DateError::Format),
        }
        DateTime::new(date, hour, minute)
    }
}

/// `2024-03-05 07:30`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:02}:{:02}", self.date, self.hour(), self.minute())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn algorithm_matches_direct_count_near_epoch() {
        // Independent check: walk day by day from the epoch using days_in_month.
        let (mut y, mut m, mut d) = (1970, 1, 1);
        for days in 0..3000 {
            assert_eq!(civil_from_days(days), (y, m, d));
            assert_eq!(days_from_civil(y, m, d), days);
            d += 1;
            if d > days_in_month(y, m) {
                d = 1;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
    }

    #[test]
    fn datetime_parse_forms() {
        let dt = DateTime::parse("2024-03-05 07:30:59").unwrap();
        assert_eq!((dt.hour(), dt.minute()), (7, 30));
        assert_eq!(DateTime::parse("2024-03-05T07:30").unwrap(), dt);
        assert_eq!(DateTime::parse("2024-03-05").unwrap().minute_of_day(), 0);
        assert_eq!(
            DateTime::parse("2024-03-05 24:00"),
            Err(DateError::NoSuchTime)
        );
        assert_eq!(DateTime::parse("2024-03-05 7:30"), Err(DateError::Format));
        assert_eq!(
            DateTime::parse("2024-03-05 07:30:5"),
            Err(DateError::Format)
        );
        assert_eq!(dt.to_string(), "2024-03-05 07:30");
    }
}
