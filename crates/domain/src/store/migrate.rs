//! Migration steps, one per schema version. Each is a pure function over the
//! parsed JSON of the older schema and must carry every stored fact forward.

use serde_json::{Map, Value};

/// Schema 3 → 4: deletions of own programs and own exercises are marked.
///
/// Schema 4 adds `deleted_programs` and `deleted_exercises`, the ids of the
/// lifter's own programs and exercises he deleted, which a merge unions and
/// keeps out like deleted sessions. A schema-3 document has none, so nothing
/// moves. The step exists because a schema-3 build would keep those lists
/// only as fields it doesn't know ([`super::Unknown`]): its merge would
/// take one copy's list whole instead of both, and bring a deleted program
/// or exercise back from the other device's backup. With the new number it
/// sees a schema-4 store (or backup) as newer and leaves it alone until it
/// is updated.
pub fn three_to_four(doc: Value) -> Result<Value, String> {
    doc.as_object().ok_or("not an object")?;
    Ok(doc)
}

/// Schema 2 → 3: exercises beyond the big four, and bodyweight.
///
/// Schema 3 adds two optional fields: `exercises` (the lifter's own library
/// entries and the equipment chosen per exercise) and `bodyweight` (dated
/// bodyweight entries). A schema-2 document has neither, so nothing moves; the
/// step exists so that a schema-2 build, which would drop those fields when it
/// saves, sees a schema-3 store as newer and leaves it alone.
pub fn two_to_three(doc: Value) -> Result<Value, String> {
    doc.as_object().ok_or("not an object")?;
    Ok(doc)
}

/// Schema 1 → 2: one source of truth for maxes.
///
/// Schema 1 kept one bare weight per lift in `maxes` (what the calculator
/// saved as a training max, and what applied proposals wrote back, whatever
/// their kind) and a second copy of every max in the running program's
/// `progress`. Schema 2 keeps a training max and a dated 1RM per lift in
/// `maxes`, and only working weights in the program. So:
/// - each running-program lift's `progress.max` goes where its kind lives:
///   a working weight stays in the program (`work_weight`), a training max or
///   1RM goes to `maxes` (the program's copy wins: it is what the Program
///   tab showed and what the log was planned from);
/// - every other old max becomes that lift's training max (the calculator
///   saved training maxes); a lift the running program keeps as a working
///   weight does not get a training max from it;
/// - `pending` (one proposal set, or none) becomes a list;
/// - program sources lose the reference sheet's tags
///   ([`crate::program::edit::plain_source`]): lifters read plain words.
pub fn one_to_two(mut doc: Value) -> Result<Value, String> {
    let obj = doc.as_object_mut().ok_or("not an object")?;
    let plain = |program: &mut Value| {
        if let Some(Value::String(source)) = program.get_mut("source") {
            *source = crate::program::edit::plain_source(source);
        }
    };
    if let Some(Value::Array(list)) = obj.get_mut("custom_programs") {
        list.iter_mut().for_each(plain);
    }
    if let Some(program) = obj.get_mut("program").and_then(|a| a.get_mut("program")) {
        plain(program);
    }
    let old_maxes = match obj.remove("maxes") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(m)) => m,
        Some(_) => return Err("maxes is not a list of lifts".into()),
    };
    let mut maxes = Map::new();
    let mut work_weight_lifts = Vec::new();

    if let Some(Value::Object(active)) = obj.get_mut("program") {
        let kinds = lift_kinds(active.get("program"));
        if let Some(Value::Object(progress)) = active.get_mut("progress") {
            for (lift, state) in progress.iter_mut() {
                let Value::Object(state) = state else {
                    return Err(format!("the progress of {lift} is not readable"));
                };
                let max = state.remove("max");
                let kind = kinds
                    .iter()
                    .find(|(k, _)| k == lift)
                    .map(|(_, kind)| kind.as_str())
                    .unwrap_or("training_max");
                match (kind, max) {
                    ("work_weight", Some(max)) => {
                        state.insert("work_weight".into(), max);
                        work_weight_lifts.push(lift.clone());
                    }
                    ("one_rep_max", Some(max)) => {
                        let entry = entry(&mut maxes, lift);
                        entry.insert(
                            "one_rep_max".into(),
                            serde_json::json!({"weight": max, "source": "estimated"}),
                        );
                    }
                    (_, Some(max)) => {
                        entry(&mut maxes, lift).insert("training_max".into(), max);
                    }
                    (_, None) => {}
                }
            }
        }
    }
    for (lift, max) in old_maxes {
        if max.is_null() || work_weight_lifts.contains(&lift) {
            continue;
        }
        let entry = entry(&mut maxes, &lift);
        if !entry.contains_key("training_max") && !entry.contains_key("one_rep_max") {
            entry.insert("training_max".into(), max);
        }
    }
    obj.insert("maxes".into(), Value::Object(maxes));

    match obj.remove("pending") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            obj.insert("pending".into(), Value::Array(list));
        }
        Some(one) => {
            obj.insert("pending".into(), Value::Array(vec![one]));
        }
    }
    Ok(doc)
}

fn entry<'a>(maxes: &'a mut Map<String, Value>, lift: &str) -> &'a mut Map<String, Value> {
    let slot = maxes
        .entry(lift.to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    slot.as_object_mut().expect("just made an object")
}

/// (lift key, max kind) of each lift of a stored program.
fn lift_kinds(program: Option<&Value>) -> Vec<(String, String)> {
    program
        .and_then(|p| p.get("lifts"))
        .and_then(Value::as_array)
        .map(|lifts| {
            lifts
                .iter()
                .filter_map(|l| {
                    let key = l.get("key")?.as_str()?.to_string();
                    let kind = l
                        .get("max")
                        .and_then(Value::as_str)
                        .unwrap_or("training_max")
                        .to_string();
                    Some((key, kind))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn w(lb: i64) -> Value {
        json!({"milli": lb * 1000, "unit": "lb"})
    }

    #[test]
    fn a_running_work_weight_program_keeps_its_weight_and_the_training_max_is_kept_apart() {
        // A stored source with tags, and the plain words it becomes.
        let (tagged, plain) = crate::program::edit::tagged_sources()[0];
        assert_ne!(tagged, plain);
        let v1 = json!({
            "schema": 1,
            "maxes": {"deadlift": w(255), "squat": w(315)},
            "program": {
                "program": {"lifts": [
                    {"key": "deadlift", "max": "work_weight"},
                    {"key": "squat", "max": "training_max"}
                ]},
                "progress": {
                    "deadlift": {"max": w(255), "stage": 1, "failures": 0},
                    "squat": {"max": w(305), "stage": 0}
                }
            },
            "pending": {"program": "x", "session": "s", "proposals": []},
            "custom_programs": [{"source": tagged}]
        });
        let v2 = one_to_two(v1).unwrap();
        assert_eq!(
            v2["program"]["progress"]["deadlift"],
            json!({"work_weight": w(255), "stage": 1, "failures": 0})
        );
        assert_eq!(v2["program"]["progress"]["squat"], json!({"stage": 0}));
        // The program's squat TM wins over the stale shared copy; the
        // deadlift working weight is not also a training max.
        assert_eq!(v2["maxes"], json!({"squat": {"training_max": w(305)}}));
        assert_eq!(v2["pending"].as_array().unwrap().len(), 1);
        assert_eq!(v2["custom_programs"][0]["source"], plain);
    }

    #[test]
    fn maxes_without_a_program_become_training_maxes() {
        let v2 = one_to_two(json!({"schema": 1, "maxes": {"bench": w(225)}})).unwrap();
        assert_eq!(v2["maxes"], json!({"bench": {"training_max": w(225)}}));
        assert!(v2.get("pending").is_none());
        assert!(one_to_two(json!({"schema": 1, "maxes": [1]})).is_err());
    }
}
