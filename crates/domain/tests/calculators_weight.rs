//! `Weight` arithmetic saturates at ±`Weight::LIMIT_MILLI`: extreme inputs
//! (any `i64` of thousandths, any float, any factor) never wrap or panic.

use liftsheet_domain::program::Percent;
use liftsheet_domain::{Rounding, Step, Unit, Weight};
use proptest::prelude::*;

const LIMIT: i64 = Weight::LIMIT_MILLI;

fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![Just(Unit::Kg), Just(Unit::Lb)]
}

fn weight() -> impl Strategy<Value = Weight> {
    (
        prop_oneof![
            Just(i64::MIN),
            Just(i64::MAX),
            Just(0i64),
            Just(LIMIT),
            Just(-LIMIT),
            any::<i64>(),
            -2_000_000i64..2_000_000
        ],
        unit(),
    )
        .prop_map(|(m, u)| Weight::from_milli(m, u))
}

fn bounded(w: Weight) -> bool {
    (-LIMIT..=LIMIT).contains(&w.milli())
}

fn rounding() -> impl Strategy<Value = Rounding> {
    prop_oneof![
        Just(Rounding::Nearest),
        Just(Rounding::Up),
        Just(Rounding::Down)
    ]
}

proptest! {
    #[test]
    fn sums_and_products_saturate(a in weight(), b in weight(), n in any::<i64>()) {
        prop_assert!(bounded(a.plus(b)));
        prop_assert!(bounded(a.minus(b)));
        prop_assert!(bounded(a.times(n)));
        prop_assert!(bounded(a.to(Unit::Kg)));
        prop_assert!(bounded(a.to(Unit::Lb)));
        // Saturation keeps the sign: a huge sum of positives is not negative.
        if a.is_positive() && b.to(a.unit()).is_positive() {
            prop_assert!(a.plus(b).is_positive());
        }
    }

    #[test]
    fn floats_and_factors_saturate(v in any::<f64>(), f in any::<f64>(), u in unit()) {
        let w = Weight::new(v, u);
        prop_assert!(bounded(w));
        prop_assert!(bounded(w.scale(f)));
        prop_assert!(bounded(w.percent(f)));
    }

    #[test]
    fn percentages_saturate(a in weight(), hundredths in 0u32..=100_000) {
        let p = Percent::from_hundredths(hundredths);
        prop_assert!(bounded(p.of(a)));
        prop_assert!(bounded(p.divide(a)));
    }

    #[test]
    fn rounding_saturates(a in weight(), step in weight(), r in rounding()) {
        match Step::of(step) {
            Some(step) => {
                prop_assert!(step.weight().is_positive());
                prop_assert!(bounded(a.round_to(step, r)));
                prop_assert!(bounded(a.round_to(step.to(a.unit().other()), r)));
            }
            None => prop_assert!(!step.is_positive()),
        }
    }

    #[test]
    fn real_weights_are_exact(m in -2_000_000i64..2_000_000, n in -100i64..100) {
        // Far below the bound nothing is clamped.
        let w = Weight::from_milli(m, Unit::Kg);
        prop_assert_eq!(w.plus(w).milli(), 2 * m);
        prop_assert_eq!(w.times(n).milli(), m * n);
    }
}

#[test]
fn the_bound_is_where_results_stop() {
    let max = Weight::from_milli(i64::MAX, Unit::Kg);
    assert_eq!(max.plus(max).milli(), LIMIT);
    assert_eq!(max.to(Unit::Lb).milli(), LIMIT);
    assert_eq!(max.times(-1).milli(), -LIMIT);
    assert_eq!(Weight::kg(f64::MAX).milli(), LIMIT);
    assert_eq!(Weight::kg(f64::MIN).milli(), -LIMIT);
    assert_eq!(
        Weight::from_milli(i64::MIN, Unit::Lb).minus(max).milli(),
        -LIMIT
    );
}

#[test]
fn mass_equality_is_not_field_equality() {
    // `==`: same number in the same unit. `same_mass`: same mass.
    let kg = Weight::kg(100.0);
    let lb = kg.to(Unit::Lb);
    assert_ne!(kg, lb);
    assert!(kg.same_mass(lb));
    assert!(lb.same_mass(kg));
    assert!(!kg.same_mass(Weight::lb(220.0)));
    assert_eq!(kg, Weight::kg(100.0));
    // Symmetric, and a weight has the same mass as its conversion.
    let lb = Weight::lb(300.0);
    assert!(lb.same_mass(lb.to(Unit::Kg)));
    assert!(lb.to(Unit::Kg).same_mass(lb));
}

proptest! {
    #[test]
    fn a_conversion_is_the_same_mass(m in -2_000_000i64..2_000_000, u in unit()) {
        let w = Weight::from_milli(m, u);
        let other = w.to(u.other());
        prop_assert!(w.same_mass(other));
        prop_assert!(other.same_mass(w));
        prop_assert!(w.same_mass(w));
    }
}

#[test]
fn a_step_is_above_zero() {
    assert_eq!(Step::of(Weight::zero(Unit::Kg)), None);
    assert_eq!(Step::of(Weight::lb(-5.0)), None);
    let tiny = Step::of(Weight::from_milli(1, Unit::Lb)).unwrap();
    // 0.001 lb is 0.000454 kg: converted, a step stays one thousandth.
    assert_eq!(tiny.to(Unit::Kg).weight(), Weight::from_milli(1, Unit::Kg));
    let w = Weight::kg(101.3);
    assert_eq!(w.round_to(Step::thousandth(Unit::Kg), Rounding::Up), w);
}
