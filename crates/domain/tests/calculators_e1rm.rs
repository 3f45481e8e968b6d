//! e1RM formulas (training-math.md §1.1).

use liftsheet_domain::e1rm::{self, E1rmError, Formula};
use liftsheet_domain::{Unit, Weight};
use proptest::prelude::*;

fn kg(v: f64) -> Weight {
    Weight::kg(v)
}

#[test]
fn a_single_is_its_own_max_for_every_formula() {
    // Conventional special case ([S5][S8]).
    for f in Formula::ALL {
        assert_eq!(f.estimate(kg(142.5), 1), Ok(kg(142.5)), "{}", f.name());
    }
    assert_eq!(e1rm::mean(kg(142.5), 1), Ok(kg(142.5)));
}

#[test]
fn values_at_ten_reps_from_the_formulas() {
    // 100 kg × 10, each formula evaluated by hand from §1.1, to the gram.
    let cases = [
        (Formula::Epley, 133.333),
        (Formula::Brzycki, 133.333),
        (Formula::Lombardi, 125.893),
        (Formula::Mayhew, 130.934),
        (Formula::OConner, 125.0),
        (Formula::Wathan, 134.747),
        (Formula::Lander, 134.070),
        (Formula::Wendler, 133.3),
    ];
    for (f, want) in cases {
        assert_eq!(f.estimate(kg(100.0), 10), Ok(kg(want)), "{}", f.name());
    }
    assert_eq!(e1rm::mean(kg(100.0), 10), Ok(kg(131.326)));
    // Brzycki = O'Conner at 5 reps (×1.125); Epley ×7/6.
    assert_eq!(Formula::Brzycki.estimate(kg(100.0), 5), Ok(kg(112.5)));
    assert_eq!(Formula::OConner.estimate(kg(100.0), 5), Ok(kg(112.5)));
    assert_eq!(Formula::Epley.estimate(kg(100.0), 5), Ok(kg(116.667)));
    // The unit is kept.
    assert_eq!(
        Formula::Epley.estimate(Weight::lb(300.0), 3),
        Ok(Weight::lb(330.0))
    );
}

#[test]
fn bounded_formulas_approach_their_limits() {
    // Mayhew → 100/52.2 ≈ 1.916·w, Wathan → 100/48.8 ≈ 2.049·w (§1.1).
    let m = Formula::Mayhew.estimate(kg(100.0), 500).unwrap();
    assert_eq!(
        m.round_to(
            liftsheet_domain::Step::tenth(liftsheet_domain::Unit::Kg),
            liftsheet_domain::Rounding::Nearest
        ),
        kg(191.6)
    );
    let w = Formula::Wathan.estimate(kg(100.0), 500).unwrap();
    assert_eq!(
        w.round_to(
            liftsheet_domain::Step::tenth(liftsheet_domain::Unit::Kg),
            liftsheet_domain::Rounding::Nearest
        ),
        kg(204.9)
    );
}

#[test]
fn invalid_input_is_an_error_not_a_number() {
    for f in Formula::ALL {
        assert_eq!(f.estimate(kg(100.0), 0), Err(E1rmError::NoReps));
        assert_eq!(f.estimate(kg(0.0), 5), Err(E1rmError::NoWeight));
        assert_eq!(f.estimate(kg(-5.0), 5), Err(E1rmError::NoWeight));
    }
    assert_eq!(
        E1rmError::NoWeight.to_string(),
        "Enter a weight above zero."
    );
    // Singularities: Brzycki at 37, Lander at 37.92.
    assert!(Formula::Brzycki.estimate(kg(100.0), 36).is_ok());
    let e = Formula::Brzycki.estimate(kg(100.0), 37).unwrap_err();
    assert_eq!(
        e,
        E1rmError::TooManyReps {
            formula: Formula::Brzycki,
            max: 36
        }
    );
    assert_eq!(e.to_string(), "Brzycki only works up to 36 reps.");
    assert!(Formula::Lander.estimate(kg(100.0), 37).is_ok());
    assert!(Formula::Lander.estimate(kg(100.0), 38).is_err());
    assert!(Formula::Epley.estimate(kg(100.0), 200).is_ok());
    assert_eq!(e1rm::mean(kg(100.0), 0), Err(E1rmError::NoReps));
    assert_eq!(e1rm::mean(kg(0.0), 3), Err(E1rmError::NoWeight));
}

#[test]
fn mean_uses_the_formulas_valid_at_those_reps() {
    // Corrected: the mean used to average every formula up to its
    // singularity, so 100 kg × 36 read 835 kg with Lander's 1947 kg in it.
    // Brzycki and Lander count only up to 10 reps ([S3][S7], §1.1).
    let w = kg(100.0);
    for (reps, valid) in [(10, 8), (11, 6), (36, 6), (37, 6), (38, 6), (60, 6)] {
        let estimates: Vec<Weight> = Formula::ALL
            .iter()
            .filter(|f| f.in_range(reps))
            .filter_map(|f| f.estimate(w, reps).ok())
            .collect();
        assert_eq!(estimates.len(), valid, "{reps}");
        let sum: i64 = estimates.iter().map(|e| e.milli()).sum();
        let mean = e1rm::mean(w, reps).unwrap();
        // Each estimate is rounded to a thousandth, so allow one.
        assert!(
            (mean.milli() * valid as i64 - sum).abs() <= valid as i64,
            "{reps}"
        );
    }
}

#[test]
fn estimates_near_a_singularity_are_left_out_and_marked() {
    let w = kg(100.0);
    // Lander at 36 and 37 reps: 100/(101.3 − 2.67123·r) (§1.1).
    assert_eq!(Formula::Lander.estimate(w, 36), Ok(kg(1947.147)));
    assert!(Formula::Lander.estimate(w, 37).unwrap().milli() > 4_000_000);
    for reps in [11, 20, 36, 37] {
        assert!(!Formula::Lander.in_range(reps));
        assert!(!Formula::Brzycki.in_range(reps));
        assert_eq!(
            Formula::Lander.out_of_range_note(reps).as_deref(),
            Some("Not used above 10 reps")
        );
        // The headline never averages them in: it stays within the bounded
        // and linear formulas (at most Epley's 1 + r/30).
        let mean = e1rm::mean(w, reps).unwrap();
        let epley = Formula::Epley.estimate(w, reps).unwrap();
        assert!(mean.milli() <= epley.milli(), "{reps}: {mean}");
    }
    // By hand: (Epley 2.2 + Lombardi 1.4310 + Mayhew 1.7246 + O'Conner 1.9
    // + Wathan 1.9078 + Wendler 2.1988) / 6 = 1.8937.
    assert_eq!(e1rm::mean(w, 36).unwrap().number(), "189.37");
    for f in Formula::ALL {
        assert!(f.in_range(10));
        assert_eq!(f.out_of_range_note(10), None);
    }
}

#[test]
fn warning_above_ten_reps() {
    assert_eq!(e1rm::high_rep_warning(10), None);
    assert_eq!(e1rm::high_rep_warning(1), None);
    assert!(e1rm::high_rep_warning(11).is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn estimates_grow_with_reps(milli in 1i64..2_000_000, reps in 1u32..36) {
        let w = Weight::from_milli(milli, Unit::Kg);
        for f in Formula::ALL {
            let a = f.estimate(w, reps).unwrap();
            let b = f.estimate(w, reps + 1).unwrap();
            prop_assert!(a.milli() >= w.milli());
            prop_assert!(b.milli() >= a.milli(), "{} {reps}", f.name());
        }
    }
}
