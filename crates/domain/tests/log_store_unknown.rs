//! Fields this build doesn't know are kept through a save: a newer build's
//! additions at the top level, in the running program and its state, in a
//! custom program, a session, an exercise and a set survive loading,
//! changing something this build knows, merging and saving.

use liftsheet_domain::log::SetId;
use liftsheet_domain::store;
use proptest::prelude::*;
use serde_json::{json, Value};

/// The schema-3 fixture, its log in the order a merge keeps (date, then id),
/// so that a place in it is the same session before and after a merge.
fn v3() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store/v3.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let log = doc["log"].as_array_mut().unwrap();
    log.sort_by_key(|s| (s["d"].to_string(), s["i"].to_string()));
    doc
}

/// Where a newer build might add a field: (path to the object, a name this
/// build doesn't know). Sessions use one-letter keys, so a newer build's
/// session and set fields are one letter too.
fn places() -> Vec<(Vec<Step>, &'static str)> {
    use Step::{Index as I, Key as K};
    vec![
        (vec![], "journal"),
        (vec![K("program")], "paused_on"),
        (vec![K("program"), K("program")], "deload_every"),
        (vec![K("custom_programs"), I(0)], "author"),
        (vec![K("log"), I(0)], "q"),
        (vec![K("log"), I(0), K("x"), I(0)], "q"),
        (vec![K("log"), I(0), K("x"), I(0), K("s"), I(0)], "q"),
        (vec![K("log"), I(1), K("x"), I(0), K("s"), I(1)], "tempo"),
        (vec![K("in_progress")], "q"),
        (vec![K("in_progress"), K("x"), I(0), K("s"), I(0)], "q"),
    ]
}

#[derive(Clone, Copy, Debug)]
enum Step {
    Key(&'static str),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Step::Key(k) => &mut v[*k],
        Step::Index(i) => &mut v[*i],
    })
}

fn with_unknowns(value: &Value) -> Value {
    let mut doc = v3();
    for (path, name) in places() {
        let target = at(&mut doc, &path);
        assert!(
            target.is_object(),
            "{path:?} is not an object in the fixture"
        );
        assert!(target.get(name).is_none(), "{name} is known at {path:?}");
        target[name] = value.clone();
    }
    doc
}

fn assert_kept(saved: &str, value: &Value) {
    let mut saved: Value = serde_json::from_str(saved).unwrap();
    for (path, name) in places() {
        assert_eq!(
            at(&mut saved, &path).get(name),
            Some(value),
            "{name} at {path:?} was dropped"
        );
    }
}

#[test]
fn unknown_fields_survive_load_change_and_save() {
    let value = json!({"added": "by a newer build", "n": [1, 2.5, null, true]});
    let text = with_unknowns(&value).to_string();
    let mut doc = store::decode(&text).unwrap();
    // Change what this build knows at every level that has unknowns.
    doc.settings.tm_percent = Default::default();
    doc.log[0].notes = "edited here".into();
    doc.log[0].lifts[0].sets[0].reps += 1;
    if let Some(current) = &mut doc.in_progress {
        let id = current.lifts[0].sets[0].id;
        current.check_set(id, true).unwrap();
    }
    let saved = store::encode(&doc);
    assert_kept(&saved, &value);
    assert!(saved.contains("edited here"));
    // And again: a second load and save is the same text.
    assert_eq!(store::encode(&store::decode(&saved).unwrap()), saved);
}

#[test]
fn a_merge_keeps_the_unknown_fields_of_both_copies() {
    let value = json!(7);
    // Two tabs that both read the newer build's fields; ours edits a session
    // and has a top-level field of its own.
    let theirs = store::decode(&with_unknowns(&value).to_string()).unwrap();
    let mut ours = theirs.clone();
    ours.log[0].set_notes("from ours");
    let mut v = with_unknowns(&value);
    v["ours_only"] = json!("kept");
    ours.unknown = store::decode(&v.to_string()).unwrap().unknown;
    for (ours, theirs) in [(&ours, &theirs), (&theirs, &ours)] {
        let (merged, _) = store::reconcile(ours, theirs, &store::Footprint::default());
        let saved = store::encode(&merged);
        assert_kept(&saved, &value);
        assert!(saved.contains("from ours") && saved.contains("ours_only"));
    }
    // A copy that never had them (a tab that loaded before the newer build
    // wrote): the top-level and session fields still come through.
    let plain = store::decode(&v3().to_string()).unwrap();
    for (ours, theirs) in [(&plain, &theirs), (&theirs, &plain)] {
        let (merged, _) = store::reconcile(ours, theirs, &store::Footprint::default());
        let saved: Value = serde_json::from_str(&store::encode(&merged)).unwrap();
        assert_eq!(saved["journal"], value);
        assert_eq!(saved["log"][0]["q"], value);
        assert_eq!(saved["in_progress"]["q"], value);
    }
}

#[test]
fn known_fields_are_never_kept_as_unknown() {
    let doc = store::decode(&v3().to_string()).unwrap();
    assert!(doc.unknown.is_empty(), "{:?}", doc.unknown);
    for s in doc.log.iter().chain(&doc.in_progress) {
        assert!(s.unknown.is_empty(), "{:?}", s.unknown);
        for e in &s.lifts {
            assert!(e.unknown.is_empty());
            assert!(e.sets.iter().all(|set| set.unknown.is_empty()));
        }
    }
    let program = doc.program.as_ref().unwrap();
    assert!(program.unknown.is_empty() && program.program.unknown.is_empty());
    assert!(doc.custom_programs.iter().all(|p| p.unknown.is_empty()));
    // A set the lifter removed takes its unknown fields with it.
    let mut doc = store::decode(&with_unknowns(&json!(1)).to_string()).unwrap();
    let first: SetId = doc.log[0].lifts[0].sets[0].id;
    doc.log[0].remove_set(first).unwrap();
    let saved: Value = serde_json::from_str(&store::encode(&doc)).unwrap();
    assert!(saved["log"][0]["x"][0]["s"][0].get("q").is_none());
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // Decimals of up to three places: serde_json (without its
        // float_roundtrip feature, in every build) reads a 17-digit float to
        // within one unit in the last place, and a short decimal exactly.
        (-1_000_000_000_000i64..1_000_000_000_000).prop_map(|n| Value::from(n as f64 / 1000.0)),
        ".{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,4}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_unknown_value_round_trips_at_every_level(value in json_value()) {
        let text = with_unknowns(&value).to_string();
        let doc = store::decode(&text).unwrap();
        let saved = store::encode(&doc);
        let mut saved: Value = serde_json::from_str(&saved).unwrap();
        for (path, name) in places() {
            prop_assert_eq!(at(&mut saved, &path).get(name), Some(&value));
        }
    }
}
