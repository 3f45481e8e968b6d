//! Mapping other apps' exercise names to Liftsheet lift keys: the library's
//! ids where the library has the exercise, a slug of the name otherwise
//! ([`crate::exercise::names`] has the rules).

/// The lift key for an exercise name (`"Deadlift (Barbell)"` -> `deadlift`,
/// `"Lat Pulldown (Band)"` -> `lat-pulldown-band`).
pub fn lift_key(name: &str) -> String {
    crate::exercise::names::lift_id(name)
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
    fn other_lifts_map_to_the_library_or_keep_a_slug() {
        assert_eq!(lift_key("Front Squat (Barbell)"), "front-squat");
        assert_eq!(lift_key("Bench Press (Dumbbell)"), "dumbbell-bench");
        assert_eq!(lift_key("Lat Pulldown (Cable)"), "lat-pulldown");
        assert_eq!(
            lift_key("Bench Press (Smith Machine)"),
            "bench-press-smith-machine"
        );
        assert_eq!(lift_key("Développé couché"), "développé-couché");
        assert_eq!(lift_key("  ()  "), "exercise");
    }
}
