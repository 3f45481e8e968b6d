//! Importing Strong, Hevy and FitNotes exports (fixtures in
//! tests/fixtures/import/, shaped after import-formats.md), and the CSV export.

use liftsheet_domain::date::Date;
use liftsheet_domain::import::export::{history_csv, HISTORY_COLUMNS};
use liftsheet_domain::import::{
    self, csv, ImportError, ImportFormat, ImportOptions, ImportPreview,
};
use liftsheet_domain::log::{Session, SetKind};
use liftsheet_domain::weight::{Unit, Weight};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing fixture {path:?}"))
}

fn kg_options() -> ImportOptions {
    ImportOptions { unit: Unit::Kg }
}

fn preview(name: &str) -> ImportPreview {
    import::preview(&fixture(name), &[], &kg_options()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn error(name: &str) -> ImportError {
    import::preview(&fixture(name), &[], &kg_options()).expect_err(name)
}

/// (kind, weight, reps) of every set of exercise `i` of `s`.
fn sets(s: &Session, i: usize) -> Vec<(SetKind, Weight, u32)> {
    s.lifts[i]
        .sets
        .iter()
        .map(|x| (x.kind, x.weight, x.reps))
        .collect()
}

fn bad_row_numbers(p: &ImportPreview) -> Vec<usize> {
    p.bad_rows.iter().map(|b| b.row).collect()
}

#[test]
fn strong_ios_comma_export() {
    use SetKind::*;
    let p = preview("strong_ios.csv");
    assert_eq!(p.format, ImportFormat::Strong);
    assert_eq!(
        p.assumed_unit,
        Some(Unit::Kg),
        "plain `Weight` column: unit assumed"
    );
    assert_eq!(
        p.sessions.len(),
        3,
        "two workouts on 05-06 and one on 05-08"
    );

    let morning = &p.sessions[0];
    assert_eq!(morning.date, Date::from_ymd(2024, 5, 6).unwrap());
    assert_eq!(morning.day_label, "Morning Squat");
    assert_eq!(morning.notes, "Slept badly, still went.\nKnee ok.");
    assert!(morning.finished);
    assert_eq!(morning.lifts[0].lift, "squat");
    assert_eq!(
        sets(morning, 0),
        vec![
            (Warmup, Weight::kg(60.0), 5),
            (Work, Weight::kg(140.0), 5),
            (Work, Weight::kg(140.0), 5),
            (Amrap, Weight::kg(140.0), 7), // F: to failure
        ]
    );
    let squat = &morning.lifts[0].sets;
    assert_eq!(squat[1].note, "belt, \"easy\"");
    assert_eq!(squat[2].rpe.unwrap().half_steps(), 17);
    assert!(squat.iter().all(|s| s.done && s.target_weight.is_none()));
    assert_eq!(morning.lifts[1].lift, "lat-pulldown-cable");
    assert_eq!(morning.lifts[1].name, "Lat Pulldown (Cable)");
    assert_eq!(morning.lifts[1].sets[1].kind, Supplemental, "D: drop set");

    let evening = &p.sessions[1];
    assert_eq!(evening.lifts[0].lift, "press");
    assert_eq!(sets(evening, 0)[1], (Work, Weight::kg(62.5), 3));
    assert_ne!(morning.id, evening.id);

    let bench_day = &p.sessions[2];
    let keys: Vec<&str> = bench_day.lifts.iter().map(|e| e.lift.as_str()).collect();
    assert_eq!(keys, ["bench", "deadlift"]);

    // The treadmill row has no reps; the rest-timer row is not a set.
    assert_eq!(bad_row_numbers(&p), vec![11]);
    assert!(
        p.bad_rows[0].reason.contains("no reps"),
        "{}",
        p.bad_rows[0]
    );
    assert_eq!(p.set_count(), 11);
}

#[test]
fn strong_plain_weight_column_takes_the_lifters_unit() {
    let p = import::preview(
        &fixture("strong_ios.csv"),
        &[],
        &ImportOptions { unit: Unit::Lb },
    )
    .unwrap();
    assert_eq!(p.assumed_unit, Some(Unit::Lb));
    assert_eq!(p.sessions[0].lifts[0].sets[1].weight, Weight::lb(140.0));
}

#[test]
fn strong_android_semicolon_export() {
    let p = preview("strong_android.csv");
    assert_eq!(p.format, ImportFormat::Strong);
    assert_eq!(p.assumed_unit, None, "`Weight (lbs)` states the unit");
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
    assert_eq!(p.sessions.len(), 2);
    let lower = &p.sessions[0];
    assert_eq!(lower.day_label, "Lower A");
    assert_eq!(sets(lower, 0)[1], (SetKind::Work, Weight::lb(315.0), 5));
    assert_eq!(lower.lifts[0].sets[1].note, "paused; slow");
    assert_eq!(
        lower.lifts[0].sets[2].rpe.unwrap().half_steps(),
        17,
        "decimal comma RPE 8,5"
    );
    assert_eq!(lower.lifts[1].lift, "romanian-deadlift-barbell");
    assert_eq!(
        lower.lifts[1].sets[0].weight,
        Weight::lb(227.5),
        "decimal comma weight"
    );
    // The `Note` row is not a set.
    assert_eq!(p.sessions[1].set_count(), 1);
}

#[test]
fn hevy_kg_export() {
    use SetKind::*;
    let p = preview("hevy_kg.csv");
    assert_eq!(p.format, ImportFormat::Hevy);
    assert_eq!(p.assumed_unit, None);
    assert_eq!(p.sessions.len(), 2);
    let push = &p.sessions[0];
    assert_eq!(push.date, Date::from_ymd(2026, 3, 13).unwrap());
    assert_eq!(push.day_label, "Push Day");
    assert_eq!(push.notes, "New gym, \"Iron Temple\"");
    assert_eq!(push.lifts[0].lift, "bench");
    assert_eq!(push.lifts[0].note, "Pause each rep");
    assert_eq!(
        sets(push, 0),
        vec![
            (Warmup, Weight::kg(60.0), 8),
            (Work, Weight::kg(100.0), 5),
            (Amrap, Weight::kg(100.0), 7),
        ]
    );
    assert_eq!(push.lifts[0].sets[2].rpe.unwrap().half_steps(), 20);
    assert_eq!(sets(push, 1)[1], (Supplemental, Weight::kg(20.0), 10));
    assert_eq!(sets(&p.sessions[1], 0)[0], (Work, Weight::kg(142.5), 5));
    // The plank is timed.
    assert_eq!(bad_row_numbers(&p), vec![9]);
}

#[test]
fn hevy_lbs_export() {
    let p = preview("hevy_lbs.csv");
    assert_eq!(p.format, ImportFormat::Hevy);
    let s = &p.sessions[0];
    assert_eq!(s.lifts[0].lift, "deadlift");
    assert_eq!(sets(s, 0)[1], (SetKind::Work, Weight::lb(405.0), 3));
    // Bodyweight pull-ups: no weight is zero, not an error.
    assert_eq!(s.lifts[1].lift, "pull-up");
    assert_eq!(sets(s, 1), vec![(SetKind::Work, Weight::lb(0.0), 10)]);
}

#[test]
fn fitnotes_export_with_per_row_units() {
    let p = preview("fitnotes.csv");
    assert_eq!(p.format, ImportFormat::FitNotes);
    assert_eq!(p.sessions.len(), 2, "one session per day");
    let first = &p.sessions[0];
    let keys: Vec<&str> = first.lifts.iter().map(|e| e.lift.as_str()).collect();
    assert_eq!(keys, ["squat", "bench"]);
    assert_eq!(first.lifts[0].sets[1].note, "last rep slow, knees in");
    assert_eq!(sets(first, 1), vec![(SetKind::Work, Weight::kg(70.0), 8)]);
    let second = &p.sessions[1];
    assert_eq!(sets(second, 0), vec![(SetKind::Work, Weight::lb(315.0), 3)]);
    assert_eq!(second.lifts[1].lift, "press");
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    for name in [
        "strong_ios.csv",
        "strong_android.csv",
        "hevy_kg.csv",
        "hevy_lbs.csv",
        "fitnotes.csv",
    ] {
        let text = fixture(name);
        let mut log = Vec::new();
        let first = import::preview(&text, &log, &kg_options()).unwrap();
        let added = first.set_count();
        assert!(added > 0);
        import::apply(&mut log, first);
        let second = import::preview(&text, &log, &kg_options()).unwrap();
        assert!(second.sessions.is_empty(), "{name}: {:?}", second.sessions);
        assert_eq!(second.skipped_duplicates, added, "{name}");
        // The log is unchanged by applying the empty preview.
        let before = log.clone();
        import::apply(&mut log, second);
        assert_eq!(log, before);
    }
}

#[test]
fn a_longer_export_of_the_same_workout_adds_only_the_new_sets() {
    let text = fixture("strong_ios.csv");
    let mut log = Vec::new();
    let first = import::preview(&text, &log, &kg_options()).unwrap();
    import::apply(&mut log, first);
    let longer =
        format!("{text}2024-05-08 07:31:00,Bench Day,55m,Deadlift (Barbell),2,190,1,0,0,,,\n");
    let p = import::preview(&longer, &log, &kg_options()).unwrap();
    assert_eq!(p.set_count(), 1);
    assert_eq!(p.skipped_duplicates, 11);
    let new = &p.sessions[0];
    assert_eq!(sets(new, 0), vec![(SetKind::Work, Weight::kg(190.0), 1)]);
    assert!(
        log.iter().all(|s| s.id != new.id),
        "ids stay unique in the log"
    );
}

#[test]
fn bad_rows_are_reported_by_number_and_the_rest_imported() {
    let p = preview("strong_bad_numbers.csv");
    assert_eq!(p.set_count(), 2);
    let reasons: Vec<(usize, &str)> = p
        .bad_rows
        .iter()
        .map(|b| (b.row, b.reason.as_str()))
        .collect();
    let expect = [
        (3, "abc"),
        (4, "5x"),
        (5, "set order"),
        (6, "date"),
        (7, "negative"),
        (8, "RPE"),
        (9, "ends before"),
    ];
    assert_eq!(reasons.len(), expect.len(), "{reasons:?}");
    for ((row, reason), (want_row, word)) in reasons.iter().zip(expect) {
        assert_eq!(*row, want_row);
        assert!(
            reason.contains(word),
            "row {row}: {reason:?} should mention {word:?}"
        );
    }
}

#[test]
fn a_truncated_file_imports_its_complete_rows() {
    let p = preview("hevy_truncated.csv");
    assert_eq!(p.set_count(), 1);
    assert_eq!(bad_row_numbers(&p), vec![3]);
    assert!(p.bad_rows[0].reason.contains("never ends"));
}

#[test]
fn unusable_files_import_nothing_with_a_clear_error() {
    assert_eq!(error("empty.csv"), ImportError::Empty);
    assert_eq!(
        import::preview("\u{feff} \r\n \n", &[], &kg_options()),
        Err(ImportError::Empty)
    );
    assert_eq!(error("unknown_header.csv"), ImportError::UnknownFormat);
    assert_eq!(
        error("strong_missing_column.csv"),
        ImportError::MissingColumn {
            format: ImportFormat::Strong,
            column: "Reps"
        }
    );
    assert_eq!(
        error("fitnotes_header_only.csv"),
        ImportError::NoValidRows { bad_rows: vec![] }
    );
    match error("fitnotes_all_bad.csv") {
        ImportError::NoValidRows { bad_rows } => {
            assert_eq!(
                bad_rows.iter().map(|b| b.row).collect::<Vec<_>>(),
                vec![2, 3]
            );
            let message = ImportError::NoValidRows { bad_rows }.to_string();
            assert!(message.contains("Row 2"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    for e in [ImportError::Empty, ImportError::UnknownFormat] {
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn history_export_is_rfc4180_with_the_documented_columns() {
    let p = preview("strong_ios.csv");
    let text = history_csv(&p.sessions);
    assert!(text.starts_with(&format!("{}\r\n", HISTORY_COLUMNS.join(","))));
    let records: Vec<csv::Record> = csv::read(&text, ',')
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(records.len(), 1 + p.set_count());
    assert!(records
        .iter()
        .all(|r| r.fields.len() == HISTORY_COLUMNS.len()));
    let col = |name: &str| HISTORY_COLUMNS.iter().position(|c| *c == name).unwrap();
    let amrap = &records[4];
    assert_eq!(amrap.fields[col("date")], "2024-05-06");
    assert_eq!(amrap.fields[col("lift")], "squat");
    assert_eq!(amrap.fields[col("set")], "4");
    assert_eq!(amrap.fields[col("kind")], "amrap");
    assert_eq!(amrap.fields[col("weight")], "140");
    assert_eq!(amrap.fields[col("unit")], "kg");
    assert_eq!(amrap.fields[col("rpe")], "10");
    assert_eq!(amrap.fields[col("done")], "yes");
    // Quotes, commas and line breaks survive the round trip.
    assert_eq!(records[2].fields[col("note")], "belt, \"easy\"");
    assert_eq!(
        records[2].fields[col("session_notes")],
        "Slept badly, still went.\nKnee ok."
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn csv_fields_round_trip(rows in prop::collection::vec(prop::collection::vec("[a-z ,\"\r\n;é]{0,6}", 2..5), 1..5)) {
        let text: String = rows
            .iter()
            .map(|r| r.iter().map(|f| csv::quote(f).into_owned()).collect::<Vec<_>>().join(",") + "\r\n")
            .collect();
        let back: Vec<Vec<String>> = csv::read(&text, ',').into_iter().map(|r| r.unwrap().fields).collect();
        prop_assert_eq!(back, rows);
    }

    #[test]
    fn preview_never_panics(body in "[0-9a-zA-Z ,;\"\r\n:.-]{0,300}", which in 0usize..4) {
        let header = [
            "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,RPE\n",
            "title,start_time,exercise_title,set_type,weight_kg,reps,rpe\n",
            "Date,Exercise,Category,Weight,Weight Unit,Reps\n",
            "",
        ][which];
        let text = format!("{header}{body}");
        if let Ok(p) = import::preview(&text, &[], &kg_options()) {
            prop_assert!(p.set_count() > 0);
        }
    }
}
