//! The stored document's values on load: a max, weight or rep count outside
//! the limits module's range for stored values is reported like any other
//! unreadable store (`StoreError::OutOfRange`), never shown.

use liftsheet_domain::limits::LimitError;
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::store::check::StoredValue;
use liftsheet_domain::store::{self, StoreError};
use serde_json::{json, Value};

fn v3() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store/v3.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn out_of_range(doc: &Value) -> (StoredValue, LimitError) {
    match store::decode(&doc.to_string()) {
        Err(StoreError::OutOfRange(out)) => (out.value, out.error),
        other => panic!("expected OutOfRange, got {other:?}"),
    }
}

fn first_set(doc: &mut Value) -> &mut Value {
    &mut doc["log"][0]["x"][0]["s"][0]
}

#[test]
fn the_fixture_itself_is_within_range() {
    assert!(store::decode(&v3().to_string()).is_ok());
}

#[test]
fn a_negative_or_zero_max_is_reported_not_shown() {
    for milli in [-100_000, 0] {
        let mut doc = v3();
        doc["maxes"]["squat"] = json!({"training_max": {"milli": milli, "unit": "kg"}});
        let (value, error) = out_of_range(&doc);
        assert_eq!(value, StoredValue::TrainingMax(LiftKey::new("squat")));
        assert!(matches!(
            error,
            LimitError::WeightNegative | LimitError::WeightTooSmall(_)
        ));
    }
    let mut doc = v3();
    doc["maxes"]["bench"]["one_rep_max"]["weight"] = json!({"milli": 9_000_000, "unit": "lb"});
    let (value, error) = out_of_range(&doc);
    assert_eq!(value, StoredValue::OneRepMax(LiftKey::new("bench")));
    assert!(matches!(error, LimitError::WeightTooLarge(_)));
    let message = StoreError::OutOfRange(match store::decode(&doc.to_string()) {
        Err(StoreError::OutOfRange(out)) => out,
        other => panic!("{other:?}"),
    })
    .to_string();
    assert!(
        message.contains("bench 1RM") && message.contains("more than 2000 lb"),
        "{message}"
    );
}

#[test]
fn a_set_weight_or_rep_count_out_of_range_is_reported() {
    let cases: [(&str, Value); 5] = [
        ("w", json!(-20)),
        ("w", json!(5000)),
        ("r", json!(1000)),
        ("t", json!({"w": -5, "r": 5})),
        ("t", json!({"w": 100, "r": 4000})),
    ];
    for (key, bad) in cases {
        let mut doc = v3();
        first_set(&mut doc)[key] = bad.clone();
        let (value, _) = out_of_range(&doc);
        assert!(
            matches!(
                value,
                StoredValue::SetWeight { .. } | StoredValue::SetReps { .. }
            ),
            "{key} = {bad}: {value:?}"
        );
    }
    // What the log has always let through still reads: a missed set of 0
    // reps, a bodyweight set at 0, a tiny weight.
    for (key, ok) in [("r", json!(0)), ("w", json!(0)), ("w", json!(0.1))] {
        let mut doc = v3();
        first_set(&mut doc)[key] = ok.clone();
        assert!(store::decode(&doc.to_string()).is_ok(), "{key} = {ok}");
    }
}

#[test]
fn the_session_in_progress_and_older_schemas_are_checked_too() {
    let mut doc = v3();
    let mut session = doc["log"][0].clone();
    session["i"] = json!("now");
    session["x"][0]["s"][0]["w"] = json!(-1);
    doc["in_progress"] = session;
    assert!(matches!(
        out_of_range(&doc).0,
        StoredValue::SetWeight { .. }
    ));
    // A schema-1 store with a negative bare max: the migration carries it to
    // a training max, which the check then reports.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store/v1.json");
    let mut v1: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(store::decode(&v1.to_string()).is_ok());
    v1["maxes"] = json!({"press": {"milli": -100_000, "unit": "kg"}});
    v1.as_object_mut().unwrap().remove("program");
    assert_eq!(
        out_of_range(&v1).0,
        StoredValue::TrainingMax(LiftKey::new("press"))
    );
}

#[test]
fn a_bodyweight_reading_of_zero_is_reported() {
    let mut doc = v3();
    doc["bodyweight"] = json!([{"date": "2024-03-01", "weight": {"milli": 0, "unit": "kg"}}]);
    assert!(matches!(out_of_range(&doc).0, StoredValue::Bodyweight(_)));
}
