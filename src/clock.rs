//! The browser's clock, read in one place: the domain takes dates as
//! arguments and never reads a clock itself.

use liftsheet_domain::date::Date;

/// Today on the lifter's wall calendar (the browser's local time zone).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|_| Date::from_ymd(2024, 1, 1).expect("a valid date"))
}
