//! What the import tests share: the fixture files (`tests/fixtures/import`,
//! one per export variant) and the day they are imported on.
#![allow(dead_code)]

use liftsheet_domain::date::Date;

/// The text of fixture `name`.
pub fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing fixture {path:?}"))
}

/// The day the tests import "on": after every fixture's dates.
pub fn today() -> Date {
    Date::from_ymd(2026, 12, 2).unwrap()
}
