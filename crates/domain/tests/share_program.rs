//! Share links of real programs: every built-in round trips, the 5/3/1 BBB
//! link with four maxes fits a phone-readable QR code, and programs that no
//! lifter wrote (hand-edited links) are refused with a typed problem.

use liftsheet_domain::program::{
    builtin, Load, Maxes, Percent, Program, Reps, SetGroup, SetScheme,
};
use liftsheet_domain::share::{self, envelope, qr, validate, Problem, ShareError, SharedProgram};
use liftsheet_domain::Weight;
use proptest::prelude::*;

/// Where the app will live; the QR code carries the whole URL.
const ORIGIN: &str = "https://liftsheet.example.org/";

fn bbb() -> Program {
    builtin::build("531-bbb", &Default::default()).expect("BBB is built in")
}

fn four_maxes() -> Maxes {
    Maxes::new()
        .with("squat", Weight::kg(140.0))
        .with("bench", Weight::kg(102.5))
        .with("deadlift", Weight::kg(180.0))
        .with("press", Weight::kg(62.5))
}

fn bbb_with_maxes() -> SharedProgram {
    SharedProgram {
        program: bbb(),
        maxes: Some(four_maxes()),
    }
}

/// Packs without the validation that [`share::encode`] does, as a hand-made
/// link would be.
fn raw_link(shared: &SharedProgram) -> String {
    share::encode_value(shared).unwrap()
}

fn first_group(p: &mut Program) -> &mut SetGroup {
    match &mut p.cycles[0].weeks[0].days[0].exercises[0].sets {
        SetScheme::Fixed(groups) => &mut groups[0],
        SetScheme::Staged(stages) => &mut stages[0].sets[0],
    }
}

#[test]
fn every_builtin_round_trips_with_and_without_maxes() {
    for info in builtin::catalog() {
        let program = builtin::build(info.id, &Default::default()).unwrap();
        for maxes in [None, Some(four_maxes())] {
            let shared = SharedProgram {
                program: program.clone(),
                maxes,
            };
            let payload = share::encode(&shared).unwrap_or_else(|e| panic!("{}: {e}", info.id));
            assert_eq!(share::decode(&payload), Ok(shared), "{}", info.id);
        }
    }
}

#[test]
fn bbb_with_four_maxes_fits_a_small_qr_code() {
    let payload = share::encode(&bbb_with_maxes()).unwrap();
    let fragment = format!("#/share/{payload}");
    let url = format!("{ORIGIN}{fragment}");
    let version = qr::version_for(&url).unwrap();
    eprintln!(
        "BBB + 4 maxes: payload {} chars, fragment {} chars, URL {} chars, QR version {version} (fragment alone: {})",
        payload.len(),
        fragment.len(),
        url.len(),
        qr::version_for(&fragment).unwrap()
    );
    // The budget for the fragment, and a code a phone reads off a
    // phone screen: version 15 is 77 modules a side.
    assert!(fragment.len() < 600, "{}", fragment.len());
    assert!(version <= 15, "version {version}");
}

#[test]
fn every_builtin_link_stays_under_the_budget() {
    // Not only the programs in the dictionary: edited copies and other
    // built-ins compress against it too.
    for info in builtin::catalog() {
        let shared = SharedProgram {
            program: builtin::build(info.id, &Default::default()).unwrap(),
            maxes: Some(four_maxes()),
        };
        let payload = share::encode(&shared).unwrap();
        assert!(payload.len() < 1200, "{}: {}", info.id, payload.len());
        assert!(qr::version_for(&format!("{ORIGIN}#/share/{payload}")).unwrap() <= 25);
    }
}

#[test]
fn the_dictionary_is_frozen() {
    // Links made by version 1 open only with these exact bytes. If this
    // fails, the dictionary changed: restore it, or give the new one a new
    // envelope::VERSION and keep the old one for old links.
    assert_eq!(envelope::DICTIONARY.len(), 15_709);
    assert_eq!(envelope::crc32(envelope::DICTIONARY), DICTIONARY_CRC);
}

/// CRC-32 of `dictionary-v1.txt` as committed with format version 1,
/// computed by zlib (Python's `zlib.crc32`), not by the crate's own CRC.
const DICTIONARY_CRC: u32 = 0xAD1D_2527;

#[test]
fn markup_in_names_stays_text() {
    let mut shared = bbb_with_maxes();
    shared.program.name = "<img src=x onerror=alert(1)> & \"BBB\"".into();
    shared.program.lifts[0].name = "<script>alert('squat')</script>".into();
    let decoded = share::decode(&share::encode(&shared).unwrap()).unwrap();
    assert_eq!(decoded.program.name, shared.program.name);
    assert_eq!(decoded.program.lifts[0].name, shared.program.lifts[0].name);
}

#[test]
fn program_link_from_a_newer_version() {
    let payload = share::encode(&bbb_with_maxes()).unwrap();
    let newer = format!("2{}", &payload[1..]);
    assert_eq!(share::decode(&newer), Err(ShareError::NewerVersion));
}

/// Decodes a link made from `shared` without validation.
fn opened(shared: &SharedProgram) -> Result<SharedProgram, ShareError> {
    share::decode(&raw_link(shared))
}

fn refused(edit: impl FnOnce(&mut SharedProgram)) -> Problem {
    let mut shared = bbb_with_maxes();
    edit(&mut shared);
    // The sender is refused too, with the same problem.
    let at_send = share::encode(&shared).unwrap_err();
    match opened(&shared) {
        Err(ShareError::Invalid(problem)) => {
            assert_eq!(at_send, ShareError::Invalid(problem.clone()));
            // Shown to the lifter as one sentence.
            let message = ShareError::Invalid(problem.clone()).to_string();
            assert!(message.starts_with("This link's program can't be used: "));
            problem
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn names_with_control_characters_or_too_long_are_refused() {
    assert_eq!(
        refused(|s| s.program.name = "BBB\u{0}".into()),
        Problem::ControlCharacter
    );
    assert_eq!(
        refused(|s| s.program.cycles[0].weeks[0].days[0].name = "Day\n1".into()),
        Problem::ControlCharacter
    );
    assert_eq!(
        refused(|s| s.program.lifts[1].name = "B".repeat(validate::MAX_NAME_CHARS + 1)),
        Problem::NameTooLong
    );
    assert_eq!(
        refused(|s| s.program.summary = "s".repeat(validate::MAX_TEXT_CHARS + 1)),
        Problem::TextTooLong
    );
    assert_eq!(refused(|s| s.program.name = " ".into()), Problem::EmptyName);
}

#[test]
fn counts_out_of_bounds_are_refused() {
    assert_eq!(
        refused(|s| s.program.cycles.clear()),
        Problem::NoneOf("cycles")
    );
    assert_eq!(
        refused(|s| s.program.cycles[0].weeks.clear()),
        Problem::NoneOf("weeks")
    );
    assert_eq!(
        refused(|s| {
            let week = s.program.cycles[0].weeks[0].clone();
            s.program.cycles[0].weeks = vec![week; validate::MAX_WEEKS + 1];
        }),
        Problem::TooMany("weeks")
    );
    assert_eq!(
        refused(|s| {
            let day = s.program.cycles[0].weeks[0].days[0].clone();
            s.program.cycles[0].weeks[0].days = vec![day; validate::MAX_DAYS + 1];
        }),
        Problem::TooMany("days")
    );
    assert_eq!(
        refused(|s| first_group(&mut s.program).count = validate::MAX_SETS + 1),
        Problem::TooMany("sets")
    );
    assert_eq!(
        refused(|s| first_group(&mut s.program).count = 0),
        Problem::NoneOf("sets")
    );
}

#[test]
fn percentages_and_reps_out_of_bounds_are_refused() {
    assert_eq!(
        refused(|s| first_group(&mut s.program).load = Load::Percent(Percent::whole(201))),
        Problem::Percentage
    );
    assert_eq!(
        refused(|s| {
            first_group(&mut s.program).load = Load::PercentOfOneRepMax(Percent::whole(900))
        }),
        Problem::Percentage
    );
    assert_eq!(
        refused(|s| s.program.training_max_percent = Percent::whole(0)),
        Problem::Percentage
    );
    // A set at 0 % of a max lifts nothing (limits::load_percent).
    assert_eq!(
        refused(|s| first_group(&mut s.program).load = Load::Percent(Percent::whole(0))),
        Problem::Percentage
    );
    assert_eq!(
        refused(|s| {
            for cycle in &mut s.program.cycles {
                for week in &mut cycle.weeks {
                    for day in &mut week.days {
                        for ex in &mut day.exercises {
                            if let SetScheme::Fixed(groups) = &mut ex.sets {
                                for g in groups {
                                    if let Load::Percent(p) = &mut g.load {
                                        *p = Percent::whole(0);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }),
        Problem::Percentage
    );
    assert_eq!(
        refused(|s| first_group(&mut s.program).reps = Reps::Exact(0)),
        Problem::Reps
    );
    assert_eq!(
        refused(|s| first_group(&mut s.program).reps = Reps::Exact(validate::MAX_REPS + 1)),
        Problem::Reps
    );
    assert_eq!(
        refused(
            |s| first_group(&mut s.program).reps = Reps::range(5, validate::MAX_REPS + 1).unwrap()
        ),
        Problem::Reps
    );
    assert_eq!(
        refused(|s| first_group(&mut s.program).reps = Reps::Hold { seconds: 0 }),
        Problem::Reps
    );
    assert_eq!(
        refused(|s| first_group(&mut s.program).reps = Reps::Hold {
            seconds: validate::MAX_HOLD_SECONDS + 1
        }),
        Problem::Reps
    );
    // The edges are fine.
    let mut shared = bbb_with_maxes();
    first_group(&mut shared.program).load = Load::Percent(Percent::whole(200));
    first_group(&mut shared.program).reps = Reps::Exact(validate::MAX_REPS);
    assert_eq!(opened(&shared), Ok(shared));
}

#[test]
fn lifts_and_maxes_out_of_bounds_are_refused() {
    assert!(matches!(
        refused(|s| s.program.cycles[0].weeks[0].days[0].exercises[0].lift = "curl".into()),
        Problem::Program(_)
    ));
    assert!(matches!(
        refused(|s| {
            let copy = s.program.lifts[0].clone();
            s.program.lifts.push(copy);
        }),
        Problem::Program(_)
    ));
    assert_eq!(
        refused(|s| s.maxes = Some(four_maxes().with("squat", Weight::kg(-1.0)))),
        Problem::Max
    );
    assert_eq!(
        refused(|s| s.maxes = Some(four_maxes().with("squat", Weight::kg(2000.5)))),
        Problem::Max
    );
    // Less than one plate step (limits::loaded_weight): not a max.
    assert_eq!(
        refused(|s| s.maxes = Some(four_maxes().with("squat", Weight::kg(0.0001)))),
        Problem::Max
    );
    assert_eq!(
        refused(|s| s.maxes = Some(four_maxes().with("bad\u{7}key", Weight::kg(50.0)))),
        Problem::ControlCharacter
    );
}

#[test]
fn a_program_of_the_wrong_shape_is_damaged() {
    let payload = share::encode_value(&serde_json::json!({"program": {"name": "BBB"}})).unwrap();
    assert_eq!(share::decode(&payload), Err(ShareError::Damaged));
}

/// Safe text: any characters but controls, up to the name limit.
fn safe_name() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        any::<char>().prop_filter("no controls", |c| !c.is_control()),
        1..40,
    )
    .prop_map(|chars| chars.into_iter().collect::<String>())
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Edited copies of BBB (names, percentages, reps, maxes) round trip.
    #[test]
    fn edited_programs_round_trip(
        name in safe_name(),
        lift_name in safe_name(),
        // Within limits: a set above 0 % (limits::load_percent), maxes of at
        // least one plate step, 0.5 lb (limits::loaded_weight).
        percent in 1u32..=20_000,
        reps in 1u32..=100,
        count in 1u32..=100,
        maxes in proptest::collection::vec(500i64..=2_000_000, 0..5),
        send_maxes in any::<bool>(),
    ) {
        let mut program = bbb();
        program.name = name;
        program.lifts[2].name = lift_name;
        let group = first_group(&mut program);
        group.load = Load::Percent(Percent::from_hundredths(percent));
        group.reps = Reps::Amrap { min: reps };
        group.count = count;
        let keys = ["squat", "bench", "deadlift", "press", "row"];
        let maxes = maxes
            .iter()
            .zip(keys)
            .fold(Maxes::new(), |m, (&milli, key)| m.with(key, Weight::from_milli(milli, liftsheet_domain::Unit::Lb)));
        let shared = SharedProgram { program, maxes: send_maxes.then_some(maxes) };
        let payload = share::encode(&shared).unwrap();
        prop_assert!(payload.len() < 1000);
        prop_assert_eq!(share::decode(&payload), Ok(shared));
    }
}
