//! Civil dates: known days, the leap-year rule, and round trips.

use liftsheet_domain::date::{days_in_month, is_leap_year, Date, DateError, Weekday};
use proptest::prelude::*;

#[test]
fn known_days_since_the_epoch() {
    // Values from the Unix epoch convention (1970-01-01 = day 0, a Thursday),
    // checked against Python's datetime.date ordinals.
    for (ymd, days, weekday) in [
        ((1970, 1, 1), 0, Weekday::Thursday),
        ((1969, 12, 31), -1, Weekday::Wednesday),
        ((2000, 1, 1), 10_957, Weekday::Saturday),
        ((2000, 3, 1), 11_017, Weekday::Wednesday),
        ((2024, 2, 29), 19_782, Weekday::Thursday),
        ((1600, 3, 1), -135_080, Weekday::Wednesday),
        ((1, 1, 1), -719_162, Weekday::Monday),
        ((9999, 12, 31), 2_932_896, Weekday::Friday),
    ] {
        let date = Date::from_ymd(ymd.0, ymd.1, ymd.2).unwrap();
        assert_eq!(date.days(), days, "{ymd:?}");
        assert_eq!(date.ymd(), ymd);
        assert_eq!(date.weekday(), weekday, "{ymd:?}");
    }
    assert_eq!(Date::from_ymd(1, 1, 1).unwrap(), Date::MIN);
    assert_eq!(Date::from_ymd(9999, 12, 31).unwrap(), Date::MAX);
}

#[test]
fn gregorian_leap_rule() {
    assert!(is_leap_year(2000) && is_leap_year(2024) && is_leap_year(1600));
    assert!(!is_leap_year(1900) && !is_leap_year(2023) && !is_leap_year(2100));
    assert_eq!(Date::from_ymd(2023, 2, 29), Err(DateError::NoSuchDay));
    assert_eq!(Date::from_ymd(1900, 2, 29), Err(DateError::NoSuchDay));
    assert!(Date::from_ymd(2000, 2, 29).is_ok());
    assert_eq!(Date::from_ymd(2024, 4, 31), Err(DateError::NoSuchDay));
    assert_eq!(Date::from_ymd(2024, 13, 1), Err(DateError::NoSuchDay));
    assert_eq!(Date::from_ymd(2024, 1, 0), Err(DateError::NoSuchDay));
    assert_eq!(Date::from_ymd(0, 1, 1), Err(DateError::OutOfRange));
    assert_eq!(Date::from_ymd(10_000, 1, 1), Err(DateError::OutOfRange));
}

#[test]
fn parse_is_strict_iso() {
    assert_eq!(
        Date::parse(" 2024-03-05 ").unwrap().to_string(),
        "2024-03-05"
    );
    assert_eq!(Date::parse("0042-01-02").unwrap().year(), 42);
    for bad in [
        "",
        "2024-3-5",
        "2024/03/05",
        "05-03-2024",
        "2024-03-05x",
        "２０２４-03-05",
        "+024-03-05",
    ] {
        assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad:?}");
    }
    assert_eq!(Date::parse("2024-02-30"), Err(DateError::NoSuchDay));
    assert_eq!(Date::parse("0000-01-01"), Err(DateError::OutOfRange));
    assert!(!DateError::Format.to_string().is_empty());
}

#[test]
fn serde_is_the_iso_string() {
    let d = Date::from_ymd(2024, 3, 5).unwrap();
    assert_eq!(serde_json::to_string(&d).unwrap(), r#""2024-03-05""#);
    assert_eq!(serde_json::from_str::<Date>(r#""2024-03-05""#).unwrap(), d);
    assert!(serde_json::from_str::<Date>(r#""2024-02-30""#).is_err());
    assert!(serde_json::from_str::<Date>("19787").is_err());
}

#[test]
fn range_ends_are_enforced() {
    assert_eq!(Date::MAX.add_days(1), None);
    assert_eq!(Date::MIN.add_days(-1), None);
    assert_eq!(Date::MIN.add_days(i64::MAX), None);
    assert_eq!(Date::from_days(i64::MIN), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn days_round_trip_through_ymd(days in -719_162i64..=2_932_896) {
        let d = Date::from_days(days).unwrap();
        let (y, m, day) = d.ymd();
        prop_assert!((1..=12).contains(&m));
        prop_assert!(day >= 1 && day <= days_in_month(y, m));
        prop_assert_eq!(Date::from_ymd(y, m, day).unwrap().days(), days);
        prop_assert_eq!(Date::parse(&d.to_string()).unwrap(), d);
    }

    #[test]
    fn ymd_round_trips_through_days(y in 1i32..=9999, m in 1u32..=12, day in 1u32..=31) {
        match Date::from_ymd(y, m, day) {
            Ok(d) => prop_assert_eq!(d.ymd(), (y, m, day)),
            Err(e) => {
                prop_assert_eq!(e, DateError::NoSuchDay);
                prop_assert!(day > days_in_month(y, m));
            }
        }
    }

    #[test]
    fn next_day_follows_the_calendar(days in -719_162i64..2_932_896) {
        let d = Date::from_days(days).unwrap();
        let next = d.add_days(1).unwrap();
        let (y, m, day) = d.ymd();
        let expected = if day < days_in_month(y, m) {
            (y, m, day + 1)
        } else if m < 12 {
            (y, m + 1, 1)
        } else {
            (y + 1, 1, 1)
        };
        prop_assert_eq!(next.ymd(), expected);
        let wd = |w: Weekday| Weekday::ALL.iter().position(|x| *x == w).unwrap();
        prop_assert_eq!(wd(next.weekday()), (wd(d.weekday()) + 1) % 7);
        prop_assert_eq!(next.days_since(d), 1);
        prop_assert!(next > d);
    }
}
