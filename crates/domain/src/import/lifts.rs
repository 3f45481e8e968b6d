//! Mapping other apps' exercise names to Liftsheet lift keys.
//!
//! The four barbell lifts the programs use get their fixed keys (`squat`,
//! `bench`, `deadlift`, `press`) under the names Strong, Hevy and FitNotes give
//! them ("Squat (Barbell)", "Barbell Squat", "Flat Barbell Bench Press", ...).
//! Everything else keeps its own name and a slug key, so a custom exercise
//! never breaks an import (import-formats.md: "custom exercise names breaking
//! the import").

/// Lowercase words of `name`, split at anything not a letter or digit.
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Names of the big four, as word lists (equipment words like "barbell" are
/// dropped before comparing).
const KNOWN: &[(&str, &[&str])] = &[
    (
        "squat",
        &["squat", "back squat", "high bar squat", "low bar squat"],
    ),
    ("bench", &["bench press", "flat bench press", "bench"]),
    ("deadlift", &["deadlift", "conventional deadlift"]),
    (
        "press",
        &[
            "overhead press",
            "standing overhead press",
            "strict press",
            "military press",
            "press",
            "ohp",
        ],
    ),
];

/// The lift key for an exercise name: a big-four key, or a slug of the name
/// (`"Lat Pulldown (Cable)"` -> `lat-pulldown-cable`).
pub fn lift_key(name: &str) -> String {
    let all = words(name);
    let core: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|w| *w != "barbell")
        .collect();
    // Only a name that is exactly a known one (besides "barbell") maps: "Front
    // Squat" or "Bench Press (Dumbbell)" are different lifts.
    let joined = core.join(" ");
    for (key, names) in KNOWN {
        if names.contains(&joined.as_str()) {
            return (*key).to_string();
        }
    }
    if all.is_empty() {
        "exercise".to_string()
    } else {
        all.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::lift_key;

    #[test]
    fn big_four_from_each_app() {
        for (name, key) in [
            ("Squat (Barbell)", "squat"),
            ("Barbell Squat", "squat"),
            ("Bench Press (Barbell)", "bench"),
            ("Flat Barbell Bench Press", "bench"),
            ("Deadlift (Barbell)", "deadlift"),
            ("Deadlift", "deadlift"),
            ("Overhead Press (Barbell)", "press"),
            ("Overhead Press", "press"),
        ] {
            assert_eq!(lift_key(name), key, "{name}");
        }
    }

    #[test]
    fn other_lifts_keep_a_slug() {
        assert_eq!(lift_key("Front Squat (Barbell)"), "front-squat-barbell");
        assert_eq!(lift_key("Bench Press (Dumbbell)"), "bench-press-dumbbell");
        assert_eq!(lift_key("Lat Pulldown (Cable)"), "lat-pulldown-cable");
        assert_eq!(lift_key("Développé couché"), "développé-couché");
        assert_eq!(lift_key("  ()  "), "exercise");
    }
}
