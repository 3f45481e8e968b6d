//! The persisted document: fixtures of every schema version, damaged and
//! future stores, round trips, and the ten-year size budget.

mod log_support;

use liftsheet_domain::date::Date;
use liftsheet_domain::log::{SetId, SetKind};
use liftsheet_domain::store::{self, StoreError, StoredDocument, SCHEMA_VERSION};
use liftsheet_domain::weight::{Unit, Weight};
use proptest::prelude::*;
use serde_json::Value;
use std::path::PathBuf;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store")
}

fn fixture(version: u32) -> String {
    let path = fixture_dir().join(format!("v{version}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing fixture {path:?}"))
}

/// Number of sets in a stored document's raw JSON (each `s` array of an
/// exercise), counted without the app's types.
fn raw_set_count(v: &Value) -> usize {
    let session = |s: &Value| -> usize {
        s["x"]
            .as_array()
            .map(|xs| {
                xs.iter()
                    .map(|x| x["s"].as_array().map_or(0, Vec::len))
                    .sum()
            })
            .unwrap_or(0)
    };
    v["log"]
        .as_array()
        .map_or(0, |l| l.iter().map(session).sum::<usize>())
        + v.get("in_progress").map_or(0, session)
}

#[test]
fn there_is_a_fixture_for_every_schema_version() {
    for version in 1..=SCHEMA_VERSION {
        assert!(
            fixture_dir().join(format!("v{version}.json")).exists(),
            "add tests/fixtures/store/v{version}.json"
        );
    }
}

#[test]
fn every_fixture_decodes_to_the_current_schema_losing_nothing() {
    for version in 1..=SCHEMA_VERSION {
        let raw = fixture(version);
        let raw_value: Value = serde_json::from_str(&raw).unwrap();
        let doc = store::decode(&raw).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(doc.schema, SCHEMA_VERSION);
        let sets: usize = doc.log.iter().map(|s| s.set_count()).sum::<usize>()
            + doc.in_progress.as_ref().map_or(0, |s| s.set_count());
        assert_eq!(sets, raw_set_count(&raw_value), "v{version}: sets lost");
        assert_eq!(doc.log.len(), raw_value["log"].as_array().unwrap().len());
        // Every saved max is still somewhere: in the lifter's maxes, or (a
        // schema-1 max of a lift the running program keeps as a working
        // weight) in the program's own state.
        for lift in raw_value["maxes"].as_object().unwrap().keys() {
            let key = lift.as_str().into();
            let in_program = doc.program.as_ref().is_some_and(|a| {
                a.progress
                    .get(&key)
                    .is_some_and(|p| p.work_weight.is_some())
            });
            assert!(
                doc.maxes.get(&key).is_some() || in_program,
                "v{version}: the max of {lift} was lost"
            );
        }
        // Re-encoding and decoding again changes nothing.
        assert_eq!(store::decode(&store::encode(&doc)).unwrap(), doc);
    }
}

#[test]
fn current_fixture_re_encodes_to_the_same_json() {
    let raw = fixture(SCHEMA_VERSION);
    let doc = store::decode(&raw).unwrap();
    let again: Value = serde_json::from_str(&store::encode(&doc)).unwrap();
    let original: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(again, original);
}

#[test]
fn v4_fixture_keeps_deletion_marks_and_the_picked_backup_file() {
    let doc = store::decode(&fixture(4)).unwrap();
    assert_eq!(doc.deleted_programs, ["custom-texas-method"]);
    assert_eq!(
        doc.deleted_exercises,
        [liftsheet_domain::program::LiftKey::new("sandbag-carry")]
    );
    let last = doc.backups.last.as_ref().unwrap();
    assert_eq!(last.file.as_deref(), Some("liftsheet-backup.json"));
    assert_eq!(doc.backups.every(), 14);
    // Schema 3 had neither: it reads as before, with no marks.
    let v3 = store::decode(&fixture(3)).unwrap();
    assert!(v3.deleted_programs.is_empty() && v3.deleted_exercises.is_empty());
}

#[test]
fn v1_fixture_content_is_read_field_by_field() {
    let doc = store::decode(&fixture(1)).unwrap();
    assert_eq!(doc.settings.unit, Unit::Lb);
    assert_eq!(doc.settings.bar.bar, Weight::lb(45.0));
    // Schema 2: the old shared maxes are training maxes, dated nowhere...
    assert_eq!(
        doc.maxes.training_max(&"zercher-squat".into()),
        Some(Weight::kg(100.0))
    );
    assert_eq!(
        doc.maxes.training_max(&"bench".into()),
        Some(Weight::lb(225.0))
    );
    // ...except the squat, which the running 5×5 keeps as its own working
    // weight (the program's copy, 285 lb, not the stale shared 315 lb).
    assert_eq!(doc.maxes.get(&"squat".into()), None);
    let active = doc.program.as_ref().unwrap();
    assert_eq!(active.program.id, "my-5x5");
    assert_eq!(
        active
            .progress
            .get(&"squat".into())
            .map(|s| (s.work_weight, s.failures)),
        Some((Some(Weight::lb(285.0)), 1))
    );
    assert_eq!(
        (active.cycle, active.next),
        (3, liftsheet_domain::store::Position::new(0, 1))
    );
    assert_eq!(doc.custom_programs[0].name, "My 5×5");
    assert_eq!(doc.custom_programs[0], active.program);

    let s = &doc.log[0];
    assert_eq!(s.date, Date::from_ymd(2024, 3, 4).unwrap());
    assert_eq!(s.notes, "Gym was packed.\nRested 3 min.");
    assert!(s.finished);
    assert_eq!((s.revision, s.next_set_id), (14, 9));
    assert_eq!(s.removed_sets, vec![SetId(4), SetId(5)]);
    let squat = &s.lifts[0];
    assert_eq!(squat.sets[0].kind, SetKind::Warmup);
    assert_eq!(squat.sets[0].target_weight, Some(Weight::lb(115.0)));
    let amrap = &squat.sets[2];
    assert_eq!(
        (amrap.kind, amrap.reps, amrap.target_reps),
        (SetKind::Amrap, 9, Some(5))
    );
    assert_eq!(amrap.rpe.unwrap().half_steps(), 17);
    assert_eq!(amrap.note, "belt, \"easy\"");
    assert!(!squat.sets[3].done);
    let row = &s.lifts[1];
    assert_eq!(row.note, "each arm");
    assert_eq!(row.sets[0].id, SetId(6));
    assert_eq!(row.sets[0].weight, Weight::kg(32.5));
    assert_eq!(row.sets[0].target_weight, None);
    assert_eq!(row.sets[1].id, SetId(7));
    assert_eq!(row.sets[1].target_weight, Some(Weight::lb(75.0)));

    let imported = &doc.log[1];
    assert_eq!(imported.lifts[0].sets[1].weight, Weight::kg(102.5));
    assert_eq!(imported.next_set_id, 2);
    assert_eq!(doc.in_progress.as_ref().unwrap().lifts[0].sets.len(), 2);
}

#[test]
fn damaged_stores_are_reported_not_panicked_on() {
    let v1 = fixture(1);
    let truncated = &v1[..v1.len() / 2];
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("not json", "hello".into()),
        ("truncated", truncated.into()),
        ("array", "[1,2]".into()),
        ("no schema", r#"{"log": []}"#.into()),
        ("schema zero", r#"{"schema": 0}"#.into()),
        ("schema text", r#"{"schema": "1"}"#.into()),
        ("schema negative", r#"{"schema": -1}"#.into()),
        ("log not a list", r#"{"schema": 1, "log": 5}"#.into()),
        ("bad date", r#"{"schema":1,"log":[{"i":"a","d":"2023-02-29","x":[]}]}"#.into()),
        ("reps text", r#"{"schema":1,"log":[{"i":"a","d":"2023-02-01","x":[{"k":"squat","s":[{"w":100,"r":"five"}]}]}]}"#.into()),
        ("huge weight", r#"{"schema":1,"log":[{"i":"a","d":"2023-02-01","x":[{"k":"squat","s":[{"w":1e300,"r":5}]}]}]}"#.into()),
        ("bad kind", r#"{"schema":1,"log":[{"i":"a","d":"2023-02-01","x":[{"k":"squat","s":[{"k":"q","w":1,"r":5}]}]}]}"#.into()),
        ("rpe 11", r#"{"schema":1,"log":[{"i":"a","d":"2023-02-01","x":[{"k":"squat","s":[{"w":1,"r":5,"e":11}]}]}]}"#.into()),
        (
            "rpe off the half steps",
            r#"{"schema":1,"log":[{"i":"a","d":"2023-02-01","x":[{"k":"squat","s":[{"w":1,"r":5,"e":8.3}]}]}]}"#.into(),
        ),
        ("bad unit", r#"{"schema":1,"settings":{"unit":"stone","bar":null}}"#.into()),
        ("deep nesting", format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))),
    ];
    for (name, text) in cases {
        match store::decode(&text) {
            Err(StoreError::Corrupt { reason }) => assert!(!reason.is_empty(), "{name}"),
            other => panic!("{name}: expected Corrupt, got {other:?}"),
        }
    }
}

#[test]
fn newer_stores_are_refused_with_their_version() {
    let mut v: Value = serde_json::from_str(&fixture(1)).unwrap();
    v["schema"] = Value::from(SCHEMA_VERSION + 1);
    v["something_new"] = Value::from("from the future");
    let text = v.to_string();
    assert_eq!(
        store::decode(&text),
        Err(StoreError::Newer {
            found: SCHEMA_VERSION + 1
        })
    );
    // Newer even if this build couldn't read its shape.
    assert_eq!(
        store::decode(r#"{"schema": 99, "log": "changed"}"#),
        Err(StoreError::Newer { found: 99 })
    );
    let message = StoreError::Newer { found: 99 }.to_string();
    assert!(
        message.contains("newer") && message.contains("export"),
        "{message}"
    );
}

#[test]
fn empty_default_document_round_trips() {
    let doc = StoredDocument::default();
    assert_eq!(store::decode(&store::encode(&doc)), Ok(doc));
    // A bare current-schema object is an empty document with default settings.
    let bare = store::decode(&format!(r#"{{"schema": {SCHEMA_VERSION}}}"#)).unwrap();
    assert_eq!(bare, StoredDocument::default());
}

#[test]
fn ten_years_of_training_encode_under_two_megabytes() {
    let doc = log_support::ten_year_document();
    let sets: usize = doc.log.iter().map(|s| s.set_count()).sum();
    assert_eq!(doc.log.len(), 2080);
    assert!(sets >= 39_000, "generator makes {sets} sets");
    let json = store::encode(&doc);
    println!(
        "10-year store: {} sessions, {sets} sets, {} bytes",
        doc.log.len(),
        json.len()
    );
    assert!(json.len() < 2_000_000, "{} bytes", json.len());
    assert_eq!(store::decode(&json).unwrap(), doc);
}

mod roundtrip {
    use super::*;
    use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId};
    use liftsheet_domain::rpe::Rpe;

    /// Any weight the store reads back (`limits::stored_weight`: 0 to 2000).
    fn weight() -> impl Strategy<Value = Weight> {
        (0i64..=2_000_000, prop::bool::ANY)
            .prop_map(|(m, lb)| Weight::from_milli(m, if lb { Unit::Lb } else { Unit::Kg }))
    }

    fn kind() -> impl Strategy<Value = SetKind> {
        prop_oneof![
            Just(SetKind::Warmup),
            Just(SetKind::Work),
            Just(SetKind::Amrap),
            Just(SetKind::Supplemental),
            Just(SetKind::Accessory),
        ]
    }

    fn set() -> impl Strategy<Value = LoggedSet> {
        (
            kind(),
            weight(),
            0u32..1000,
            prop::option::of(weight()),
            prop::option::of(0u32..1000),
            prop::option::of(2u8..=20),
            prop::bool::ANY,
            prop::bool::ANY,
            ".{0,6}",
            prop::option::of(1u32..1000),
        )
            .prop_map(|(kind, weight, reps, tw, tr, rpe, done, same, note, top)| {
                let (target_weight, target_reps) = if same {
                    (Some(weight), Some(reps))
                } else {
                    (tw, tr)
                };
                LoggedSet {
                    id: SetId(0),
                    kind,
                    target_weight,
                    target_reps,
                    // A range's top is kept only with its bottom.
                    target_top: top.filter(|_| target_reps.is_some()),
                    weight,
                    reps,
                    rpe: rpe.and_then(|h| Rpe::from_half_steps(h).ok()),
                    done,
                    note,
                    unknown: Default::default(),
                }
            })
    }

    pub fn session() -> impl Strategy<Value = Session> {
        (
            -719_162i64..2_932_896,
            "[a-z0-9-]{1,12}",
            prop::option::of("[a-z]{1,5}"),
            prop::collection::vec(
                (
                    "[a-z]{1,6}",
                    ".{0,5}",
                    prop::collection::vec((set(), 0u32..3), 0..5),
                ),
                0..4,
            ),
            prop::bool::ANY,
            0u64..1000,
            prop::collection::vec(0u32..50, 0..3),
            0u32..3,
        )
            .prop_map(
                |(day, id, program, lifts, finished, revision, removed, extra)| {
                    let mut s = Session::new(SessionId(id), Date::from_days(day).unwrap());
                    s.program = program;
                    let mut next = 0u32;
                    for (lift, name, sets) in lifts {
                        let mut ex = LoggedExercise::new(lift, name);
                        for (set, gap) in sets {
                            // Ids with gaps, like a session after removals.
                            next += gap;
                            ex.sets.push(LoggedSet {
                                id: SetId(next),
                                ..set
                            });
                            next += 1;
                        }
                        s.lifts.push(ex);
                    }
                    s.next_set_id = next + extra;
                    s.finished = finished;
                    s.revision = revision;
                    s.removed_sets = removed.into_iter().map(SetId).collect();
                    s
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_document_round_trips(log in prop::collection::vec(session(), 0..4), current in prop::option::of(session())) {
            let doc = StoredDocument { log, in_progress: current, ..StoredDocument::default() };
            let text = store::encode(&doc);
            prop_assert_eq!(store::decode(&text), Ok(doc));
        }

        #[test]
        fn decode_never_panics_on_mangled_text(cut in 0usize..2000, junk in ".{0,3}") {
            let v1 = fixture(1);
            let mut text: String = v1.chars().take(cut).collect();
            text.push_str(&junk);
            // Any answer is fine as long as it is an answer.
            let _ = store::decode(&text);
        }
    }
}
