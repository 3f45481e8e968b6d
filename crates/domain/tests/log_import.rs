//! Importing Strong, Hevy, FitNotes and StrongLifts exports (fixtures in
//! tests/fixtures/import/, written from the headers in import-formats.md),
//! the limits every import is held to, and the CSV export.

use liftsheet_domain::date::Date;
use liftsheet_domain::import::export::{history_csv, HISTORY_COLUMNS};
use liftsheet_domain::import::{
    self, csv, ImportError, ImportFormat, ImportOptions, ImportPreview, Skipped, SkippedKind,
};
use liftsheet_domain::limits;
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::weight::{Unit, Weight};
use proptest::prelude::*;

mod import_support;
use import_support::{fixture, today};

fn kg_options() -> ImportOptions {
    ImportOptions::new(Unit::Kg, today())
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
    assert_eq!(morning.lifts[1].lift, "lat-pulldown");
    assert_eq!(morning.lifts[1].name, "Lat Pulldown (Cable)");
    assert_eq!(morning.lifts[1].sets[1].kind, Supplemental, "D: drop set");

    let evening = &p.sessions[1];
    assert_eq!(evening.lifts[0].lift, "press");
    assert_eq!(sets(evening, 0)[1], (Work, Weight::kg(62.5), 3));
    assert_ne!(morning.id, evening.id);

    let bench_day = &p.sessions[2];
    let keys: Vec<&str> = bench_day.lifts.iter().map(|e| e.lift.as_str()).collect();
    assert_eq!(keys, ["bench", "deadlift"]);

    // The treadmill row (a distance and a time) and the rest-timer row are
    // not sets: counted by kind, not bad rows.
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
    assert_eq!(
        p.skipped,
        vec![
            Skipped {
                kind: SkippedKind::Cardio,
                count: 1
            },
            Skipped {
                kind: SkippedKind::RestTimer,
                count: 1
            },
        ]
    );
    assert_eq!(p.set_count(), 11);
}

#[test]
fn strong_plain_weight_column_takes_the_lifters_unit() {
    let p = import::preview(
        &fixture("strong_ios.csv"),
        &[],
        &ImportOptions::new(Unit::Lb, today()),
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
    assert_eq!(lower.lifts[1].lift, "rdl");
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
    // The plank is timed: counted, not a bad row.
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
    assert_eq!(
        p.skipped,
        vec![Skipped {
            kind: SkippedKind::Timed,
            count: 1
        }]
    );
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
        "stronglifts_kg.csv",
        "stronglifts_lb.csv",
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

#[test]
fn stronglifts_kg_export_one_row_per_exercise() {
    use SetKind::Work;
    let p = preview("stronglifts_kg.csv");
    assert_eq!(p.format, ImportFormat::StrongLifts);
    assert_eq!(p.assumed_unit, None, "`Set 1 (KG)` states the unit");
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
    assert_eq!(p.sessions.len(), 2);
    let a = &p.sessions[0];
    assert_eq!(a.date, Date::from_ymd(2024, 3, 4).unwrap());
    assert_eq!(a.day_label, "Workout A");
    let keys: Vec<&str> = a.lifts.iter().map(|e| e.lift.as_str()).collect();
    assert_eq!(keys, ["squat", "bench", "row"]);
    assert_eq!(sets(a, 0), vec![(Work, Weight::kg(20.0), 5); 5]);
    assert_eq!(a.lifts[1].note, "Elbows in, slow");
    let b = &p.sessions[1];
    assert_eq!(
        sets(b, 0),
        vec![
            (Work, Weight::kg(22.5), 5),
            (Work, Weight::kg(22.5), 5),
            (Work, Weight::kg(22.5), 5),
            (Work, Weight::kg(22.5), 5),
            (Work, Weight::kg(22.5), 3),
        ]
    );
    assert_eq!(b.lifts[1].lift, "press");
    assert_eq!(
        sets(b, 2),
        vec![(Work, Weight::kg(40.0), 5)],
        "1×5 deadlift"
    );
    assert_eq!(p.set_count(), 5 * 5 + 1);
}

#[test]
fn stronglifts_lb_export() {
    let p = preview("stronglifts_lb.csv");
    assert_eq!(p.format, ImportFormat::StrongLifts);
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
    let a = &p.sessions[0];
    assert_eq!(a.id.as_str(), "stronglifts-2024-09-02-0730-be32a7d7");
    assert_eq!(sets(a, 1)[0], (SetKind::Work, Weight::lb(157.5), 5));
    let b = &p.sessions[1];
    assert_eq!(sets(b, 0), vec![(SetKind::Work, Weight::lb(315.0), 5)]);
    // Chin-ups with no weight are bodyweight sets, not errors.
    assert_eq!(sets(b, 1), vec![(SetKind::Work, Weight::lb(0.0), 8); 3]);
}

#[test]
fn stronglifts_bad_rows_are_numbered_and_name_the_problem() {
    let p = preview("stronglifts_bad_rows.csv");
    assert_eq!(p.set_count(), 5, "only the squat row is whole");
    // The plank row (Sets×Time, no set columns) is timed, not bad.
    assert_eq!(
        p.skipped,
        vec![Skipped {
            kind: SkippedKind::Timed,
            count: 1
        }]
    );
    let reasons: Vec<(usize, &str)> = p
        .bad_rows
        .iter()
        .map(|b| (b.row, b.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (3, "date \"04/03/2024\" is not yyyy/mm/dd"),
            (4, "set 3: reps \"five\" is not a whole number"),
            (6, "set 2 has a weight but no reps"),
            (
                7,
                "set 1: the weight 0.0001 kg is less than the smallest plate step (0.25 kg)"
            ),
        ]
    );
}

#[test]
fn an_unusable_stronglifts_file_imports_nothing() {
    match error("stronglifts_unusable.csv") {
        ImportError::NoValidRows { bad_rows } => {
            assert_eq!(bad_rows.len(), 2);
            assert_eq!(bad_rows[0].row, 2);
            assert_eq!(
                bad_rows[0].reason,
                "the date 1899-01-01 is before 1970-01-01"
            );
            assert_eq!(bad_rows[1].reason, "no exercise name");
        }
        other => panic!("{other:?}"),
    }
    let no_sets = "Date (yyyy/mm/dd),Workout Name,Exercise,Sets×Reps\n2024/03/04,A,Squat,5×5\n";
    assert_eq!(
        import::preview(no_sets, &[], &kg_options()),
        Err(ImportError::MissingColumn {
            format: ImportFormat::StrongLifts,
            column: "Set 1 (Reps)"
        })
    );
    let message = ImportError::UnknownFormat.to_string();
    assert!(message.contains("StrongLifts"), "{message}");
}

#[test]
fn fitnotes_rows_that_are_not_sets_are_counted_by_kind() {
    let p = preview("fitnotes_lbs_edge.csv");
    let reasons: Vec<(usize, &str)> = p
        .bad_rows
        .iter()
        .map(|b| (b.row, b.reason.as_str()))
        .collect();
    assert_eq!(reasons, vec![(6, "weight 25.0 has no unit (kgs or lbs)")]);
    // The treadmill (Cardio: a distance and a time) and the plank (Core: a
    // time alone) are not sets of weight and reps.
    assert_eq!(
        p.skipped,
        vec![
            Skipped {
                kind: SkippedKind::Cardio,
                count: 1
            },
            Skipped {
                kind: SkippedKind::Timed,
                count: 1
            },
        ]
    );
    // The bodyweight pull-ups (no weight, no unit, 8 reps) and chin-ups (a
    // 0 weight, no unit) import.
    assert_eq!(p.set_count(), 3);
    assert_eq!(
        sets(&p.sessions[0], 2),
        vec![(SetKind::Work, Weight::kg(0.0), 8)]
    );
    assert_eq!(
        sets(&p.sessions[0], 1),
        vec![(SetKind::Work, Weight::kg(0.0), 8)]
    );
}

fn strong_row(date: &str, name: &str, weight: &str, reps: &str) -> String {
    format!(
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Notes\n\
         2024-05-06 07:30:00,A,Squat,1,100,5,\n\
         {date},A,{name},1,{weight},{reps},\n"
    )
}

fn only_bad_reason(text: &str) -> String {
    let p = import::preview(text, &[], &kg_options()).unwrap();
    assert_eq!(p.bad_rows.len(), 1, "{:?}", p.bad_rows);
    assert_eq!(p.bad_rows[0].row, 3);
    p.bad_rows[0].reason.clone()
}

#[test]
fn values_outside_the_limits_are_bad_rows_not_clamps() {
    let ok = "2024-05-06 07:30:00";
    assert_eq!(
        only_bad_reason(&strong_row("1899-01-01 00:00:00", "Squat", "100", "5")),
        "the date 1899-01-01 is before 1970-01-01"
    );
    assert_eq!(
        only_bad_reason(&strong_row("9999-12-31 00:00:00", "Squat", "100", "5")),
        "the date 9999-12-31 is in the future"
    );
    // Today and tomorrow (time zones) are fine; the day after is not.
    for (date, bad) in [
        ("2026-12-02 08:00:00", false),
        ("2026-12-03 08:00:00", false),
        ("2026-12-04 08:00:00", true),
    ] {
        let p =
            import::preview(&strong_row(date, "Squat", "100", "5"), &[], &kg_options()).unwrap();
        assert_eq!(p.bad_rows.len(), usize::from(bad), "{date}");
    }
    let long = "x".repeat(5_000_000);
    assert_eq!(
        only_bad_reason(&strong_row(ok, &long, "100", "5")),
        "the exercise name is longer than 80 characters"
    );
    assert_eq!(
        only_bad_reason(&strong_row(ok, "Squat", "0.0001", "5")),
        "the weight 0.0001 kg is less than the smallest plate step (0.25 kg)"
    );
    assert_eq!(
        only_bad_reason(&strong_row(ok, "Squat", "0.1", "5")),
        "the weight 0.1 kg is less than the smallest plate step (0.25 kg)"
    );
    assert_eq!(
        only_bad_reason(&strong_row(ok, "Squat", "2000.5", "5")),
        "weight \"2000.5\": That is heavier than any barbell lift (max 2000)."
    );
    assert_eq!(
        only_bad_reason(&strong_row(ok, "Squat", "100", "1000")),
        "1000 reps is more than the 999 one set can have"
    );
    assert_eq!(
        only_bad_reason(&strong_row(ok, "Squat", "100", "99999999999999999999")),
        "99999999999999999999 reps is more than the 999 one set can have"
            .replace("99999999999999999999", &u64::MAX.to_string())
    );
    // A bodyweight set (0, or an empty weight) is not "too small".
    let p = import::preview(&strong_row(ok, "Pull Up", "0", "8"), &[], &kg_options()).unwrap();
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
}

/// A session whose texts all start like spreadsheet formulas (OWASP "CSV
/// Injection"), or with the quote the export uses to neutralise them.
fn hostile_session() -> Session {
    let mut s = Session::new(SessionId::new("s-1"), Date::from_ymd(2025, 1, 6).unwrap());
    s.day_label = "+cmd|' /C calc'!A0".into();
    s.notes = "@SUM(1+1)*cmd|' /C calc'!A0".into();
    s.finished = true;
    let names = [
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1",
        "-5 kg next time",
        "@me",
        "'quoted",
        "Squat",
    ];
    // Names can't hold control characters (limits::name); notes can, so the
    // tab and carriage-return cases are notes.
    let notes = ["\tTabbed", "\rReturn", "\r\n=1+1"];
    for (i, name) in names.iter().enumerate() {
        let at = s.add_exercise(LoggedExercise::new(format!("lift-{i}"), *name));
        let set = LoggedSet {
            note: notes.get(i).map_or(format!("={i}+{i}"), |n| n.to_string()),
            ..LoggedSet::done(SetKind::Work, Weight::kg(100.0), 5)
        };
        s.add_set(at, set).unwrap();
    }
    s
}

#[test]
fn history_export_neutralises_formula_cells() {
    let text = history_csv(&[hostile_session()]);
    let records: Vec<csv::Record> = csv::read(&text, ',')
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let col = |name: &str| HISTORY_COLUMNS.iter().position(|c| *c == name).unwrap();
    let dangerous = ['=', '+', '-', '@', '\t', '\r'];
    for r in &records[1..] {
        for f in &r.fields {
            assert!(
                !f.starts_with(dangerous),
                "cell {f:?} would run as a formula"
            );
        }
    }
    let exercise: Vec<&str> = records[1..]
        .iter()
        .map(|r| r.fields[col("exercise")].as_str())
        .collect();
    assert_eq!(
        exercise,
        [
            "'=HYPERLINK(\"http://evil.example\",\"x\")",
            "'+1",
            "'-5 kg next time",
            "'@me",
            "''quoted",
            "Squat",
        ]
    );
    let notes: Vec<&str> = records[1..]
        .iter()
        .map(|r| r.fields[col("note")].as_str())
        .collect();
    assert_eq!(
        notes,
        [
            "'\tTabbed",
            "'\rReturn",
            "'\r\n=1+1",
            "=3+3",
            "=4+4",
            "=5+5"
        ]
        .map(|n| if n.starts_with('=') {
            format!("'{n}")
        } else {
            n.to_string()
        })
    );
    assert_eq!(records[1].fields[col("day")], "'+cmd|' /C calc'!A0");
    // Plain numbers and dates are untouched.
    assert_eq!(records[1].fields[col("weight")], "100");
    assert_eq!(records[1].fields[col("date")], "2025-01-06");
}

#[test]
fn reimporting_our_own_export_restores_the_original_text() {
    let original = hostile_session();
    let text = history_csv(std::slice::from_ref(&original));
    let p = import::preview(&text, &[], &kg_options()).unwrap();
    assert_eq!(p.format, ImportFormat::Liftsheet);
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
    assert_eq!(p.sessions.len(), 1);
    let back = &p.sessions[0];
    assert_eq!(back.id, original.id);
    assert_eq!(back.day_label, original.day_label);
    assert_eq!(back.notes, original.notes);
    for (a, b) in back.lifts.iter().zip(&original.lifts) {
        assert_eq!(a.name, b.name);
        assert_eq!(a.lift, b.lift);
        assert_eq!(a.sets[0].note, b.sets[0].note);
        assert_eq!(
            (a.sets[0].kind, a.sets[0].weight, a.sets[0].reps),
            (b.sets[0].kind, b.sets[0].weight, b.sets[0].reps)
        );
    }
    assert_eq!(back.lifts.len(), original.lifts.len());
    // Importing it into the log it came from adds nothing.
    let again = import::preview(&text, &[original], &kg_options()).unwrap();
    assert!(again.sessions.is_empty());
    assert_eq!(again.skipped_duplicates, 6);
}

/// Every stored value of a preview is within the limits module.
fn within_limits(p: &ImportPreview) -> Result<(), String> {
    for s in &p.sessions {
        limits::date(s.date, today()).map_err(|e| e.to_string())?;
        limits::name(&s.day_label, "day").map_err(|e| e.to_string())?;
        limits::note(&s.notes, "notes").map_err(|e| e.to_string())?;
        for ex in &s.lifts {
            limits::name(&ex.name, "name").map_err(|e| e.to_string())?;
            limits::name(&ex.lift, "lift").map_err(|e| e.to_string())?;
            limits::note(&ex.note, "note").map_err(|e| e.to_string())?;
            for set in &ex.sets {
                limits::logged_weight(set.weight).map_err(|e| e.to_string())?;
                limits::logged_reps(u64::from(set.reps)).map_err(|e| e.to_string())?;
                limits::note(&set.note, "note").map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

const HEADERS: [&str; 5] = [
    "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Notes,Workout Notes,RPE\n",
    "title,start_time,description,exercise_title,exercise_notes,set_type,weight_kg,reps,rpe\n",
    "Date,Exercise,Category,Weight,Weight Unit,Reps,Comment\n",
    "Date (yyyy/mm/dd),Workout Name,Exercise,Sets×Reps,Start Time (h:mm),Notes,Set 1 (Reps),Set 1 (LB),Set 2 (Reps),Set 2 (LB)\n",
    "date,session,program,day,exercise,lift,set,kind,weight,unit,reps,target_weight,target_reps,rpe,done,note,session_notes\n",
];

/// A field that is often near or past a limit: dates around 1970 and today,
/// weights around one plate step and 2000, reps around 0 and 999, long and
/// control-character text.
fn field_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,4}([.,][0-9]{1,5})?",
        Just("0.0001".to_string()),
        Just("0.2".to_string()),
        Just("2000.001".to_string()),
        Just("1000".to_string()),
        Just("0".to_string()),
        "(1969|1970|2026|2027|9999)-(01|12)-(01|31|02|03|04)( 0[0-9]:[0-5][0-9]:00)?",
        "(1969|1970|2026|9999)/(01|12)/(01|03|31)",
        "[0-9]{1,2} (Jan|Dec) (1969|1970|2026|9999), 1[0-9]:[0-5][0-9]",
        "(kgs|lbs|kg|lb|W|F|D|1|work|amrap|warmup|normal|yes|no|)",
        "[a-zA-Z=+'@ \t\u{0}\u{1b}é\n]{0,12}",
        (81usize..200).prop_map(|n| "n".repeat(n)),
        (2001usize..2100).prop_map(|n| "w\n".repeat(n / 2)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// No importer stores a value outside `limits`, whatever the file holds.
    #[test]
    fn no_importer_stores_a_value_outside_the_limits(
        which in 0usize..HEADERS.len(),
        rows in prop::collection::vec(prop::collection::vec(field_strategy(), 1..18), 1..6),
    ) {
        let body: String = rows
            .iter()
            .map(|r| r.iter().map(|f| csv::quote(f).into_owned()).collect::<Vec<_>>().join(",") + "\n")
            .collect();
        let text = format!("{}{body}", HEADERS[which]);
        if let Ok(p) = import::preview(&text, &[], &kg_options()) {
            prop_assert!(p.set_count() > 0);
            let checked = within_limits(&p);
            prop_assert!(checked.is_ok(), "{:?}", checked);
        }
    }
}

#[test]
fn history_shows_a_set_in_its_own_unit_with_the_conversion_rounded() {
    use liftsheet_domain::log::{logged_set_text, logged_weight_text};
    use liftsheet_domain::records::Records;
    // FitNotes' 315 lbs deadlift, viewed by a lifter who uses kg: 315 lb is
    // 142.8826 kg (1 lb = 0.45359237 kg, [S77]), shown to a tenth.
    let p = preview("fitnotes.csv");
    let deadlift = &p.sessions[1].lifts[0].sets[0];
    assert_eq!(
        logged_set_text(deadlift.weight, deadlift.reps, Unit::Kg),
        "315 lb (142.9 kg) × 3"
    );
    assert_eq!(logged_weight_text(deadlift.weight, Unit::Lb), "315 lb");
    assert_eq!(
        logged_weight_text(Weight::lb(82.67), Unit::Kg),
        "82.67 lb (37.5 kg)",
        "not 37.498 kg"
    );
    assert_eq!(
        logged_weight_text(Weight::kg(100.0), Unit::Lb),
        "100 kg (220.5 lb)"
    );
    assert_eq!(logged_weight_text(Weight::lb(0.0), Unit::Kg), "0 lb");
    // Records compare in the lifter's unit but keep the set as logged.
    let records = Records::compute(&p.sessions, Unit::Kg);
    let rec = &records.lifts["deadlift"].rep_records[0];
    assert_eq!(rec.weight.unit(), Unit::Kg);
    assert_eq!(rec.logged, Weight::lb(315.0));
    let best = records.lifts["deadlift"].best_e1rm.as_ref().unwrap();
    assert_eq!(best.logged, Weight::lb(315.0));
}

#[test]
fn stronglifts_is_detected_by_its_set_columns_too() {
    // A variant header written with a plain "x" still has `Set 1 (Reps)`.
    let text = "Date (yyyy/mm/dd),Workout Name,Exercise,Setsxreps,Set 1 (Reps),Set 1 (KG)\n\
                2024/03/04,Workout A,Squat,1x5,5,60\n";
    let p = import::preview(text, &[], &kg_options()).unwrap();
    assert_eq!(p.format, ImportFormat::StrongLifts);
    assert_eq!(
        sets(&p.sessions[0], 0),
        vec![(SetKind::Work, Weight::kg(60.0), 5)]
    );
}

/// A file of one endless line (30 MB of it in the issue) is no export, and
/// is refused from its first 64 KiB, not read whole; a real header with a
/// long body still reads.
#[test]
fn a_file_of_one_endless_line_is_refused_unread() {
    let line = "Date,Exercise Name,".repeat(200_000);
    assert_eq!(
        import::preview(&line, &[], &kg_options()),
        Err(ImportError::UnknownFormat)
    );
    let header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    let row = "2024-04-01 07:30:00,Squat Day,1h,Squat (Barbell),1,120,5,0,0,,,8\n";
    let long = format!("{header}{}", row.repeat(2_000));
    assert_eq!(
        import::preview(&long, &[], &kg_options())
            .unwrap()
            .set_count(),
        2_000
    );
}
