//! An import read a slice at a time ([`import::Reading`]) ends where reading
//! it in one go ([`import::preview`]) does, for every importer's files, every
//! slice size, and against a log that already has some of it; progress only
//! goes forward.

use liftsheet_domain::import::{
    self, ImportError, ImportOptions, ImportPreview, Progress, Reading,
};
use liftsheet_domain::log::Session;
use liftsheet_domain::weight::Unit;
use proptest::prelude::*;

mod import_support;
use import_support::{fixture, today};

/// Every fixture: each importer's variants, bad rows, refusals.
const FIXTURES: [&str; 29] = [
    "empty.csv",
    "fitnotes.csv",
    "fitnotes_all_bad.csv",
    "fitnotes_cardio_only.csv",
    "fitnotes_header_only.csv",
    "fitnotes_lbs_cardio.csv",
    "fitnotes_lbs_edge.csv",
    "hevy_kg.csv",
    "hevy_kg_cardio.csv",
    "hevy_lbs.csv",
    "hevy_lbs_miles.csv",
    "hevy_truncated.csv",
    "liftsheet_history.csv",
    "strong_android.csv",
    "strong_android_kg.csv",
    "strong_bad_numbers.csv",
    "strong_ios.csv",
    "strong_ios_lbs.csv",
    "strong_missing_column.csv",
    "stronglifts_bad_rows.csv",
    "stronglifts_iso_dates.csv",
    "stronglifts_kg.csv",
    "stronglifts_kg_dmy.csv",
    "stronglifts_lb.csv",
    "stronglifts_lb_12h.csv",
    "stronglifts_lb_mdy.csv",
    "stronglifts_unstated_order.csv",
    "stronglifts_unusable.csv",
    "unknown_header.csv",
];

/// A rank for each kind of progress, to check it never goes back.
fn rank(p: Progress) -> (u8, usize) {
    match p {
        Progress::Splitting { rows } => (0, rows),
        Progress::Reading { rows, .. } => (1, rows),
        Progress::Comparing { sets, .. } => (2, sets),
        Progress::Done => (3, 0),
    }
}

/// The result of reading `text` in steps of `work`, checking progress on
/// the way.
fn sliced(
    text: &str,
    existing: &[Session],
    options: &ImportOptions,
    work: usize,
) -> Result<ImportPreview, ImportError> {
    let mut reading = Reading::new(text, existing, options);
    let mut last = rank(reading.progress());
    let mut steps = 0;
    // Refused before reading (an empty file): done at once.
    while reading.progress() != Progress::Done {
        let progress = reading.step(work);
        let now = rank(progress);
        assert!(now > last, "{progress:?} after {last:?} (steps of {work})");
        if let Progress::Reading { rows, of } | Progress::Comparing { sets: rows, of } = progress {
            assert!(rows <= of, "{progress:?}");
        }
        last = now;
        steps += 1;
        assert!(steps <= text.len() + 10_000, "never done");
    }
    reading.finish()
}

fn options(unit: Unit) -> ImportOptions {
    ImportOptions::new(unit, today())
}

/// Half of a file's own sessions, each with its first exercise only: a log
/// that has some of the file already.
fn part_of(preview: &Result<ImportPreview, ImportError>) -> Vec<Session> {
    let Ok(p) = preview else { return Vec::new() };
    p.sessions
        .iter()
        .step_by(2)
        .map(|s| {
            let mut s = s.clone();
            s.lifts.truncate(1);
            s
        })
        .collect()
}

#[test]
fn every_fixture_reads_the_same_in_slices_of_any_size() {
    for name in FIXTURES {
        let text = fixture(name);
        for unit in [Unit::Kg, Unit::Lb] {
            let options = options(unit);
            let whole = import::preview(&text, &[], &options);
            let log = part_of(&whole);
            let against_log = import::preview(&text, &log, &options);
            if let (Ok(a), Ok(b)) = (&whole, &against_log) {
                assert!(b.set_count() < a.set_count(), "{name}: the log has some");
            }
            // Every size up to past the whole file's work, then a few big ones.
            let most = text.lines().count() * 3 + 8;
            for work in (1..=most).chain([1_000, usize::MAX]) {
                assert_eq!(
                    sliced(&text, &[], &options, work),
                    whole,
                    "{name} {unit} in {work}s"
                );
                assert_eq!(
                    sliced(&text, &log, &options, work),
                    against_log,
                    "{name} {unit} against a log, in {work}s"
                );
            }
        }
    }
}

#[test]
fn a_file_refused_before_reading_is_done_at_once() {
    let line = "Date,Exercise Name,".repeat(10_000);
    let mut reading = Reading::new(&line, &[], &options(Unit::Kg));
    assert_eq!(reading.progress(), Progress::Done);
    assert_eq!(reading.step(1), Progress::Done);
    assert_eq!(reading.step(usize::MAX), Progress::Done);
    assert_eq!(reading.finish(), Err(ImportError::UnknownFormat));
    assert_eq!(
        Reading::new(" \n", &[], &options(Unit::Kg)).finish(),
        Err(ImportError::Empty)
    );
}

/// A Strong export of `rows` made-up rows, some of them bad.
fn strong(rows: &[(u8, u8, u8, u16, u8)]) -> String {
    let mut text = String::from(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
    );
    for &(day, hour, lift, weight, reps) in rows {
        let lift = [
            "Squat (Barbell)",
            "Bench Press (Barbell)",
            "Plank",
            "\"Row, \"\"Barbell\"\"\"",
        ][usize::from(lift % 4)];
        text.push_str(&format!(
            "2024-03-{:02} {:02}:00:00,Day {},1h,{lift},1,{weight},{reps},0,{},,,\n",
            day % 31 + 1,
            hour % 24,
            hour % 3,
            if lift == "Plank" { 60 } else { 0 },
        ));
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Made-up files (bad rows, holds, duplicates, quoted names) against a
    /// log of part of them read the same in slices of any size.
    #[test]
    fn made_up_files_read_the_same_in_slices(
        rows in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), 0u16..700, 0u8..30), 0..60),
        work in 1usize..200,
        cut in 0usize..4000,
    ) {
        let mut text = strong(&rows);
        // Sometimes cut short, even inside a quoted name.
        if cut < text.len() && text.is_char_boundary(cut) && cut % 3 == 0 {
            text.truncate(cut);
        }
        let options = options(Unit::Kg);
        let whole = import::preview(&text, &[], &options);
        let log = part_of(&whole);
        prop_assert_eq!(sliced(&text, &[], &options, work), whole);
        let against_log = import::preview(&text, &log, &options);
        prop_assert_eq!(sliced(&text, &log, &options, work), against_log);
    }
}
