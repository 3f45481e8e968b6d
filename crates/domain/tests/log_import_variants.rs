//! One fixture per import variant (tests/fixtures/import/, written from the
//! columns in import-formats.md and the variants exports are seen in):
//! StrongLifts' date orders and 12- or 24-hour start times in lb and kg,
//! Strong's comma and semicolon files, Hevy's kg and lb files, FitNotes'
//! pound edge cases and cardio, and our own history CSV. Each asserts the
//! sessions, their dates and start times (in the session id), weights with
//! their units, reps, kinds of set, and what was skipped, by kind.

use liftsheet_domain::date::Date;
use liftsheet_domain::import::{
    self, ImportError, ImportFormat, ImportOptions, ImportPreview, Skipped, SkippedKind,
};
use liftsheet_domain::log::{Session, SetKind};
use liftsheet_domain::weight::{Unit, Weight};

use SetKind::{Accessory, Amrap, Hold, Supplemental, Warmup, Work};
use SkippedKind::{Cardio, Distance, NotDone, Note, RestTimer, Timed, ZeroReps};

mod import_support;
use import_support::{fixture, today};

fn options(unit: Unit) -> ImportOptions {
    ImportOptions::new(unit, today())
}

/// The preview of fixture `name` for a lifter who uses `unit`.
fn preview(name: &str, unit: Unit) -> ImportPreview {
    import::preview(&fixture(name), &[], &options(unit)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

/// (kind, weight, reps) of every set of exercise `i` of `s`.
fn sets(s: &Session, i: usize) -> Vec<(SetKind, Weight, u32)> {
    s.lifts[i]
        .sets
        .iter()
        .map(|x| (x.kind, x.weight, x.reps))
        .collect()
}

fn names(s: &Session) -> Vec<&str> {
    s.lifts.iter().map(|e| e.name.as_str()).collect()
}

fn lifts(s: &Session) -> Vec<&str> {
    s.lifts.iter().map(|e| e.lift.as_str()).collect()
}

fn skipped(counts: &[(SkippedKind, usize)]) -> Vec<Skipped> {
    counts
        .iter()
        .map(|&(kind, count)| Skipped { kind, count })
        .collect()
}

fn no_bad_rows(p: &ImportPreview) {
    assert!(p.bad_rows.is_empty(), "{:?}", p.bad_rows);
}

// ---- StrongLifts -----------------------------------------------------------

#[test]
fn stronglifts_lb_with_12_hour_times_missed_sets_and_a_plank() {
    let p = preview("stronglifts_lb_12h.csv", Unit::Kg);
    assert_eq!(p.format, ImportFormat::StrongLifts);
    assert_eq!(p.assumed_unit, None, "`Set 1 (LB)` states the unit");
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 3);

    // 10:56 PM is 22:56.
    let a = &p.sessions[0];
    assert_eq!(a.date, date(2025, 1, 6));
    assert_eq!(a.id.as_str(), "stronglifts-2025-01-06-2256-be32a7d7");
    assert_eq!(a.day_label, "Workout A");
    assert_eq!(
        lifts(a),
        ["squat", "bench", "row"],
        "the plank is not a set"
    );
    assert_eq!(sets(a, 0), vec![(Work, Weight::lb(135.0), 5); 5]);
    // 5/5/5/4/-: the fifth set, 0 reps, is skipped; the row's other sets stay.
    assert_eq!(
        sets(a, 1),
        vec![
            (Work, Weight::lb(95.0), 5),
            (Work, Weight::lb(95.0), 5),
            (Work, Weight::lb(95.0), 5),
            (Work, Weight::lb(95.0), 4),
        ]
    );
    assert_eq!(a.lifts[1].note, "Last set missed");
    assert_eq!(sets(a, 2), vec![(Work, Weight::lb(95.0), 5); 5]);

    // 6:05 am is 06:05.
    let b = &p.sessions[1];
    assert_eq!(b.id.as_str(), "stronglifts-2025-01-08-0605-bf32a96a");
    assert_eq!(lifts(b), ["squat", "press", "deadlift"]);
    assert_eq!(sets(b, 0), vec![(Work, Weight::lb(140.0), 5); 5]);
    assert_eq!(sets(b, 1), vec![(Work, Weight::lb(65.0), 5); 5]);
    assert_eq!(sets(b, 2), vec![(Work, Weight::lb(135.0), 5)]);

    // 12:30PM (no space) is 12:30; the bench row was all 0s (-/-/-/-/-).
    let c = &p.sessions[2];
    assert_eq!(c.id.as_str(), "stronglifts-2025-01-10-1230-be32a7d7");
    assert_eq!(lifts(c), ["squat", "row"]);
    assert_eq!(sets(c, 0), vec![(Work, Weight::lb(145.0), 5); 5]);
    assert_eq!(sets(c, 1), vec![(Work, Weight::lb(100.0), 5); 5]);

    assert_eq!(p.skipped, skipped(&[(Timed, 1), (ZeroReps, 6)]));
    assert_eq!(p.set_count(), 14 + 11 + 10);
}

#[test]
fn stronglifts_kg_with_day_first_dates_and_24_hour_times() {
    let p = preview("stronglifts_kg_dmy.csv", Unit::Lb);
    assert_eq!(p.format, ImportFormat::StrongLifts);
    assert_eq!(p.assumed_unit, None);
    no_bad_rows(&p);
    assert!(p.skipped.is_empty(), "{:?}", p.skipped);
    // Date (dd/mm/yyyy): 04/03/2024 is 4 March, not April 3; 08-03-2024
    // and 13.03.2024 use other separators.
    let days: Vec<Date> = p.sessions.iter().map(|s| s.date).collect();
    assert_eq!(
        days,
        [
            date(2024, 3, 4),
            date(2024, 3, 6),
            date(2024, 3, 8),
            date(2024, 3, 13)
        ]
    );
    let ids: Vec<&str> = p.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "stronglifts-2024-03-04-1805-be32a7d7", // 18:05:30
            "stronglifts-2024-03-06-0705-bf32a96a", // 7:05
            "stronglifts-2024-03-08-0710-be32a7d7", // 07:10
            "stronglifts-2024-03-13-1930-bf32a96a", // 19:30:00
        ]
    );
    let a = &p.sessions[0];
    assert_eq!(lifts(a), ["squat", "bench"]);
    assert_eq!(sets(a, 0), vec![(Work, Weight::kg(60.0), 5); 5]);
    assert_eq!(a.lifts[1].note, "Elbows in, slow");
    let b = &p.sessions[1];
    assert_eq!(lifts(b), ["squat", "press", "deadlift"]);
    assert_eq!(sets(b, 0), vec![(Work, Weight::kg(62.5), 5); 5]);
    assert_eq!(sets(b, 1)[4], (Work, Weight::kg(30.0), 3), "the failed set");
    assert_eq!(sets(b, 2), vec![(Work, Weight::kg(80.0), 5)]);
    assert_eq!(
        sets(&p.sessions[3], 0),
        vec![(Work, Weight::kg(67.5), 5); 5]
    );
    assert_eq!(p.set_count(), 10 + 11 + 5 + 5);
}

#[test]
fn stronglifts_lb_of_kg_loads_with_month_first_dates() {
    // The lifter loads kg plates; the export writes them in pounds to one
    // decimal (55 kg as 121.3), which reads back as the kg load.
    let p = preview("stronglifts_lb_mdy.csv", Unit::Lb);
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 2);
    // Date (mm/dd/yyyy): 08/11/2025 is 11 August; 7:30pm is 19:30.
    let a = &p.sessions[0];
    assert_eq!(a.date, date(2025, 8, 11));
    assert_eq!(a.id.as_str(), "stronglifts-2025-08-11-1930-be32a7d7");
    assert_eq!(sets(a, 0), vec![(Work, Weight::kg(55.0), 5); 4]);
    assert_eq!(
        sets(a, 1),
        vec![
            (Work, Weight::kg(70.0), 3),
            (Work, Weight::kg(70.0), 5),
            (Work, Weight::kg(70.0), 5),
        ]
    );
    assert_eq!(sets(a, 2), vec![(Work, Weight::kg(60.0), 5); 5]);
    let b = &p.sessions[1];
    assert_eq!(b.id.as_str(), "stronglifts-2025-08-13-1945-bf32a96a");
    // A whole pound figure is a pound load.
    assert_eq!(sets(b, 0), vec![(Work, Weight::lb(135.0), 5); 5]);
    assert_eq!(sets(b, 1), vec![(Work, Weight::kg(30.0), 5); 5]);
    assert_eq!(sets(b, 2), vec![(Work, Weight::kg(75.0), 5)]);
    assert_eq!(p.skipped, skipped(&[(ZeroReps, 3)]));
    assert_eq!(p.set_count(), 12 + 11);
}

#[test]
fn stronglifts_year_first_dates_with_dashes_or_slashes() {
    let p = preview("stronglifts_iso_dates.csv", Unit::Kg);
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 3);
    // 2024-03-05 and 2024/03/05 at 9:00 are one workout.
    let a = &p.sessions[0];
    assert_eq!(a.id.as_str(), "stronglifts-2024-03-05-0900-be32a7d7");
    assert_eq!(lifts(a), ["squat", "bench"]);
    assert_eq!(sets(a, 0), vec![(Work, Weight::kg(100.0), 5); 3]);
    assert_eq!(sets(a, 1), vec![(Work, Weight::kg(70.0), 5); 3]);
    // A time after the date is ignored; Start Time says 09:15:00.
    assert_eq!(
        p.sessions[1].id.as_str(),
        "stronglifts-2024-03-07-0915-bf32a96a"
    );
    assert_eq!(
        sets(&p.sessions[1], 0),
        vec![(Work, Weight::kg(102.5), 5); 3]
    );
    assert_eq!(p.sessions[2].date, date(2024, 3, 9), "2024-3-9");
    assert_eq!(p.set_count(), 12);
}

#[test]
fn stronglifts_date_order_unstated_is_what_the_dates_show() {
    // A plain `Date` header: 25/03/2024 can only be day first, so
    // 05/03/2024 is 5 March.
    let p = preview("stronglifts_unstated_order.csv", Unit::Kg);
    no_bad_rows(&p);
    let days: Vec<Date> = p.sessions.iter().map(|s| s.date).collect();
    assert_eq!(
        days,
        [date(2024, 3, 5), date(2024, 3, 7), date(2024, 3, 25)]
    );
    assert_eq!(
        sets(&p.sessions[0], 0),
        vec![(Work, Weight::kg(60.0), 5); 2]
    );

    // Without that row nothing says which, and nothing is guessed.
    let text = fixture("stronglifts_unstated_order.csv");
    let ambiguous: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    match import::preview(&ambiguous, &[], &options(Unit::Kg)) {
        Err(ImportError::NoValidRows { bad_rows }) => {
            assert_eq!(bad_rows.len(), 2);
            assert_eq!(
                bad_rows[0].to_string(),
                "Row 2: date \"05/03/2024\" could be day/month/year or month/day/year, and neither the header nor another date says which"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn stronglifts_times_and_dates_it_cannot_read_are_bad_rows() {
    let header = "Date (dd/mm/yyyy),Workout Name,Exercise,Sets×Reps,Start Time (h:mm),Set 1 (Reps),Set 1 (KG)\n";
    let text = format!(
        "{header}04/03/2024,A,Squat,1×5,6:05 PM,5,60\n\
         04/03/2024,A,Bench,1×5,25:00,5,40\n\
         31/02/2024,A,Row,1×5,18:00,5,40\n\
         04/03/2024,A,Press,1×5,0:30 AM,5,30\n"
    );
    let p = import::preview(&text, &[], &options(Unit::Kg)).unwrap();
    assert_eq!(
        p.sessions[0].id.as_str(),
        "stronglifts-2024-03-04-1805-c40bf6cc"
    );
    let reasons: Vec<String> = p.bad_rows.iter().map(ToString::to_string).collect();
    assert_eq!(
        reasons,
        [
            "Row 3: start time \"25:00\" is not like 18:05 or 6:05 PM",
            "Row 4: date \"31/02/2024\" is not dd/mm/yyyy",
            "Row 5: start time \"0:30 AM\" is not like 18:05 or 6:05 PM",
        ]
    );
}

// ---- Strong ----------------------------------------------------------------

#[test]
fn strong_android_semicolons_kg_with_cardio_carries_holds_and_notes() {
    let p = preview("strong_android_kg.csv", Unit::Lb);
    assert_eq!(p.format, ImportFormat::Strong);
    assert_eq!(p.assumed_unit, None, "`Weight (kg)` states the unit");
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 2);
    let full = &p.sessions[0];
    assert_eq!(full.id.as_str(), "strong-2025-02-03-1800-e8532e90");
    assert_eq!(full.day_label, "Full Body");
    assert_eq!(lifts(full), ["squat", "bench"]);
    assert_eq!(
        sets(full, 0),
        vec![
            (Warmup, Weight::kg(60.0), 5),
            (Work, Weight::kg(102.5), 5), // 102,5
            (Work, Weight::kg(102.5), 5),
            (Amrap, Weight::kg(102.5), 6), // F
        ]
    );
    assert_eq!(full.lifts[0].sets[2].rpe.unwrap().half_steps(), 17, "8,5");
    assert_eq!(
        sets(full, 1),
        vec![
            (Work, Weight::kg(82.5), 5),
            (Supplemental, Weight::kg(60.0), 8), // D
        ]
    );
    let conditioning = &p.sessions[1];
    assert_eq!(conditioning.id.as_str(), "strong-2025-02-05-0715-90b7e532");
    assert_eq!(names(conditioning), ["Chin Up"], "the rower is cardio");
    assert_eq!(
        sets(conditioning, 0),
        vec![(Work, Weight::kg(0.0), 8), (Work, Weight::kg(10.0), 6)]
    );
    assert_eq!(conditioning.lifts[0].sets[1].note, "weighted");
    assert_eq!(
        p.skipped,
        skipped(&[
            (Cardio, 1),    // rower: 2000 m in 480 s
            (Distance, 1),  // farmer's walk: 32,5 kg for 40 m
            (Timed, 1),     // plank: 60 s
            (RestTimer, 2), // Rest Timer rows
            (Note, 1),      // a Note row
        ])
    );
    assert_eq!(p.set_count(), 8);
}

#[test]
fn strong_ios_commas_in_pounds_with_workout_numbers() {
    let p = preview("strong_ios_lbs.csv", Unit::Kg);
    assert_eq!(p.format, ImportFormat::Strong);
    assert_eq!(p.assumed_unit, None, "`Weight (lbs)` states the unit");
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 2);
    let push = &p.sessions[0];
    assert_eq!(push.id.as_str(), "strong-2025-03-10-0630-f0c9fffd");
    assert_eq!(push.notes, "Early, tired");
    assert_eq!(lifts(push), ["bench", "press"], "the treadmill is cardio");
    assert_eq!(
        sets(push, 0),
        vec![
            (Warmup, Weight::lb(95.0), 10),
            (Work, Weight::lb(185.0), 5),
            (Work, Weight::lb(185.0), 5),
        ]
    );
    assert_eq!(sets(push, 1), vec![(Work, Weight::lb(115.0), 5)]);
    let pull = &p.sessions[1];
    assert_eq!(pull.id.as_str(), "strong-2025-03-12-1745-ea87109e");
    assert_eq!(lifts(pull), ["deadlift"]);
    assert_eq!(sets(pull, 0), vec![(Work, Weight::lb(405.0), 3)]);
    assert_eq!(pull.lifts[0].sets[0].note, "belt, chalk");
    assert_eq!(
        p.skipped,
        skipped(&[(Cardio, 1), (Distance, 1), (Timed, 1), (RestTimer, 1)])
    );
    assert_eq!(p.set_count(), 5);
}

// ---- Hevy ------------------------------------------------------------------

#[test]
fn hevy_kg_with_every_set_type_cardio_carries_and_planks() {
    let p = preview("hevy_kg_cardio.csv", Unit::Lb);
    assert_eq!(p.format, ImportFormat::Hevy);
    assert_eq!(p.assumed_unit, None);
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 2);
    // "3 Apr 2026, 6:40 PM" starts at 18:40.
    let lower = &p.sessions[0];
    assert_eq!(lower.id.as_str(), "hevy-2026-04-03-1840-418d545a");
    assert_eq!(names(lower), ["Squat (Barbell)", "Leg Extension (Machine)"]);
    assert_eq!(
        sets(lower, 0),
        vec![
            (Warmup, Weight::kg(60.0), 5),
            (Work, Weight::kg(120.0), 5),
            (Amrap, Weight::kg(120.0), 8), // failure
        ]
    );
    assert_eq!(
        sets(lower, 1),
        vec![
            (Work, Weight::kg(50.0), 12),
            (Supplemental, Weight::kg(35.0), 10), // dropset
        ]
    );
    let run = &p.sessions[1];
    assert_eq!(run.id.as_str(), "hevy-2026-04-05-0710-8d57e66a");
    assert_eq!(run.notes, "Easy pace");
    assert_eq!(names(run), ["Pull Up"], "the run is cardio");
    assert_eq!(sets(run, 0), vec![(Work, Weight::kg(0.0), 10)]);
    assert_eq!(
        p.skipped,
        skipped(&[(Cardio, 1), (Distance, 1), (Timed, 2)])
    );
    assert_eq!(p.set_count(), 6);
}

#[test]
fn hevy_lbs_with_miles_and_kg_dumbbells_written_in_pounds() {
    let p = preview("hevy_lbs_miles.csv", Unit::Lb);
    assert_eq!(p.format, ImportFormat::Hevy);
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 1);
    let upper = &p.sessions[0];
    assert_eq!(upper.id.as_str(), "hevy-2026-01-20-1705-b2c244e7");
    assert_eq!(
        names(upper),
        ["Bench Press (Barbell)", "Bench Press (Dumbbell)", "Chin Up"]
    );
    assert_eq!(sets(upper, 0), vec![(Work, Weight::lb(225.0), 5); 2]);
    assert_eq!(upper.lifts[0].sets[0].rpe.unwrap().half_steps(), 17);
    // 44.0925 lb is 20 kg, 55.1156 lb is 25 kg.
    assert_eq!(
        sets(upper, 1),
        vec![(Work, Weight::kg(20.0), 10), (Work, Weight::kg(25.0), 8)]
    );
    assert_eq!(sets(upper, 2), vec![(Work, Weight::lb(0.0), 8)]);
    assert_eq!(p.skipped, skipped(&[(Cardio, 1)]));
}

// ---- FitNotes --------------------------------------------------------------

#[test]
fn fitnotes_lbs_cardio_of_every_shape_and_kg_loads_in_pounds() {
    let p = preview("fitnotes_lbs_cardio.csv", Unit::Lb);
    assert_eq!(p.format, ImportFormat::FitNotes);
    // Eight Cardio rows (weight, reps, distance or time in any mix), a
    // plank, a farmer's walk: none is a set.
    assert_eq!(
        p.skipped,
        skipped(&[(Cardio, 8), (Distance, 1), (Timed, 1)])
    );
    let reasons: Vec<String> = p.bad_rows.iter().map(ToString::to_string).collect();
    assert_eq!(reasons, ["Row 20: no weight and no reps"]);
    assert_eq!(p.sessions.len(), 2);

    let first = &p.sessions[0];
    assert_eq!(first.date, date(2025, 6, 2));
    assert_eq!(
        names(first),
        [
            "Flat Barbell Bench Press",
            "Incline Dumbbell Bench Press",
            "Lateral Machine Raise",
            "Pull Up",
            "Dip"
        ]
    );
    assert_eq!(sets(first, 0), vec![(Work, Weight::lb(185.0), 5); 2]);
    // 55.115565 and 55.12 lb are 25 kg; 82.67 lb is 37.5 kg.
    assert_eq!(
        sets(first, 1),
        vec![(Work, Weight::kg(25.0), 10), (Work, Weight::kg(25.0), 9)]
    );
    assert_eq!(first.lifts[1].sets[0].note, "25 kg dumbbells");
    assert_eq!(sets(first, 2), vec![(Work, Weight::kg(37.5), 12)]);
    // Bodyweight, no unit written: the lifter's pounds, not "0 kg".
    assert_eq!(sets(first, 3), vec![(Work, Weight::lb(0.0), 10)]);
    assert_eq!(sets(first, 4), vec![(Work, Weight::lb(0.0), 12)]);

    let second = &p.sessions[1];
    assert_eq!(names(second), ["Deadlift", "Kettlebell Swing"]);
    assert_eq!(sets(second, 0), vec![(Work, Weight::lb(315.0), 3)]);
    // Weight and reps in the Cardio category are a set.
    assert_eq!(sets(second, 1), vec![(Work, Weight::kg(24.0), 15)]);

    // The "reps + distance + time" ride did not become "0 kg × 10".
    let all: Vec<_> = p.sessions.iter().flat_map(|s| &s.lifts).collect();
    assert!(all.iter().all(
        |e| !["Cycling", "Running (Outdoor)", "Plank", "Farmer's Walk"].contains(&e.name.as_str())
    ));
    assert_eq!(p.set_count(), 9);
}

#[test]
fn fitnotes_with_nothing_but_cardio_says_so() {
    let e = import::preview(
        &fixture("fitnotes_cardio_only.csv"),
        &[],
        &options(Unit::Kg),
    )
    .unwrap_err();
    assert_eq!(
        e,
        ImportError::NoSets {
            skipped: skipped(&[(Cardio, 2), (Timed, 1)])
        }
    );
    assert_eq!(
        e.to_string(),
        "This file has no sets of weight and reps; nothing was added: \
         2 cardio rows skipped (distance and time, not weight and reps); \
         1 timed row skipped (planks, holds: a time, not reps)."
    );
}

// ---- Liftsheet ---------------------------------------------------------------

#[test]
fn liftsheet_history_with_holds_and_sets_not_done() {
    let p = preview("liftsheet_history.csv", Unit::Kg);
    assert_eq!(p.format, ImportFormat::Liftsheet);
    no_bad_rows(&p);
    assert_eq!(p.sessions.len(), 2);
    let a = &p.sessions[0];
    assert_eq!(a.id.as_str(), "s-100");
    assert_eq!(a.date, date(2026, 1, 5));
    assert_eq!(a.notes, "Felt fresh");
    assert_eq!(lifts(a), ["squat", "plank"]);
    assert_eq!(
        sets(a, 0),
        vec![(Warmup, Weight::kg(20.0), 5), (Work, Weight::kg(100.0), 5)]
    );
    // A hold comes back a hold, its seconds in reps.
    assert_eq!(sets(a, 1), vec![(Hold, Weight::kg(0.0), 45)]);
    let b = &p.sessions[1];
    assert_eq!(b.id.as_str(), "s-101");
    assert_eq!(lifts(b), ["bench"], "the curl was not done");
    assert_eq!(
        sets(b, 0),
        vec![
            (Amrap, Weight::lb(225.0), 8),
            (Supplemental, Weight::lb(135.0), 10)
        ]
    );
    assert_eq!(b.lifts[0].sets[0].note, "PR, slow");
    assert!(!p
        .sessions
        .iter()
        .flat_map(|s| &s.lifts)
        .flat_map(|e| &e.sets)
        .any(|s| s.kind == Accessory));
    assert_eq!(p.skipped, skipped(&[(NotDone, 2)]));
    assert_eq!(p.set_count(), 5);
}

// ---- Every variant ---------------------------------------------------------

#[test]
fn the_words_for_each_kind_skipped() {
    let words = |kind, count| Skipped { kind, count }.to_string();
    assert_eq!(
        words(Cardio, 6),
        "6 cardio rows skipped (distance and time, not weight and reps)"
    );
    assert_eq!(
        words(Distance, 1),
        "1 distance row skipped (carries, sled work: a distance, not reps)"
    );
    assert_eq!(
        words(Timed, 2),
        "2 timed rows skipped (planks, holds: a time, not reps)"
    );
    assert_eq!(words(RestTimer, 3), "3 rest timer rows skipped");
    assert_eq!(words(Note, 1), "1 note row skipped (notes without a set)");
    assert_eq!(words(ZeroReps, 1), "1 set with 0 reps skipped (missed)");
    assert_eq!(words(NotDone, 2), "2 planned sets not done skipped");
    for kind in SkippedKind::ALL {
        let text = words(kind, 2);
        assert!(!text.contains('['), "no source tags: {text}");
    }
}

#[test]
fn importing_each_variant_twice_adds_nothing_the_second_time() {
    for (name, unit) in [
        ("stronglifts_lb_12h.csv", Unit::Kg),
        ("stronglifts_kg_dmy.csv", Unit::Lb),
        ("stronglifts_lb_mdy.csv", Unit::Lb),
        ("stronglifts_iso_dates.csv", Unit::Kg),
        ("stronglifts_unstated_order.csv", Unit::Kg),
        ("strong_android_kg.csv", Unit::Lb),
        ("strong_ios_lbs.csv", Unit::Kg),
        ("hevy_kg_cardio.csv", Unit::Lb),
        ("hevy_lbs_miles.csv", Unit::Lb),
        ("fitnotes_lbs_cardio.csv", Unit::Lb),
        ("liftsheet_history.csv", Unit::Kg),
    ] {
        let text = fixture(name);
        let mut log = Vec::new();
        let first = import::preview(&text, &log, &options(unit)).unwrap();
        let added = first.set_count();
        let counted = first.skipped.clone();
        import::apply(&mut log, first);
        let second = import::preview(&text, &log, &options(unit)).unwrap();
        assert!(second.sessions.is_empty(), "{name}: {:?}", second.sessions);
        assert_eq!(second.skipped_duplicates, added, "{name}");
        assert_eq!(second.skipped, counted, "{name}: the same rows skipped");
    }
}
