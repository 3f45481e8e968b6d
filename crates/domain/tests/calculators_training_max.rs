//! Training max (training-math.md §2.1).

use liftsheet_domain::e1rm::Formula;
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::training_max::{
    RepBasis, RoundingRule, TmPercent, TrainingMax, TrainingMaxError,
};
use liftsheet_domain::{Rounding, Weight};

fn kg(v: f64) -> Weight {
    Weight::kg(v)
}
fn lb(v: f64) -> Weight {
    Weight::lb(v)
}
fn step(w: Weight, rounding: Rounding) -> RoundingRule {
    RoundingRule { step: w, rounding }
}

#[test]
fn ninety_percent_of_a_tested_max() {
    let tm = TrainingMax::from_one_rep_max(
        lb(315.0),
        TmPercent::default(),
        step(lb(5.0), Rounding::Nearest),
    );
    // 315 × 0.9 = 283.5 → 285 to the nearest 5 lb.
    assert_eq!(tm.unwrap().weight(), lb(285.0));
    let down =
        TrainingMax::from_one_rep_max(lb(315.0), TmPercent::NINETY, step(lb(5.0), Rounding::Down));
    assert_eq!(down.unwrap().weight(), lb(280.0));
    // 85 % of 140 kg = 119 → 120 (nearest 2.5), 117.5 (down).
    let p85 = TmPercent::EIGHTY_FIVE;
    assert_eq!(
        TrainingMax::from_one_rep_max(kg(140.0), p85, step(kg(2.5), Rounding::Nearest))
            .unwrap()
            .weight(),
        kg(120.0)
    );
    assert_eq!(
        TrainingMax::from_one_rep_max(kg(140.0), p85, step(kg(2.5), Rounding::Down))
            .unwrap()
            .weight(),
        kg(117.5)
    );
    // A zero step leaves the exact percentage.
    assert_eq!(
        TrainingMax::from_one_rep_max(kg(141.0), p85, step(kg(0.0), Rounding::Up))
            .unwrap()
            .weight(),
        kg(119.85)
    );
}

#[test]
fn wendler_formula_from_a_rep_set() {
    // TM = 0.9 × (w·r·0.0333 + w) ([S11]): 100 kg × 5 → 0.9 × 116.65 = 104.985.
    let exact = TrainingMax::from_rep_set(
        kg(100.0),
        5,
        RepBasis::Formula(Formula::Wendler),
        TmPercent::NINETY,
        step(kg(0.0), Rounding::Nearest),
    );
    assert_eq!(exact.unwrap().weight(), kg(104.985));
    let loadable = TrainingMax::from_rep_set(
        kg(100.0),
        5,
        RepBasis::Formula(Formula::Wendler),
        TmPercent::NINETY,
        step(kg(2.5), Rounding::Nearest),
    );
    assert_eq!(loadable.unwrap().weight(), kg(105.0));
}

#[test]
fn from_an_rpe_set() {
    // 100 kg × 5 @ 8 → e1RM 123.305 (81.1 %), × 0.9 = 110.97 → 110 (nearest 2.5).
    let tm = TrainingMax::from_rep_set(
        kg(100.0),
        5,
        RepBasis::Rpe(Rpe::parse("8").unwrap()),
        TmPercent::NINETY,
        step(kg(2.5), Rounding::Nearest),
    );
    assert_eq!(tm.unwrap().weight(), kg(110.0));
}

#[test]
fn errors() {
    assert_eq!(TmPercent::new(49), Err(TrainingMaxError::PercentOutOfRange));
    assert_eq!(
        TmPercent::new(101),
        Err(TrainingMaxError::PercentOutOfRange)
    );
    assert_eq!(TmPercent::new(85).unwrap().get(), 85);
    assert_eq!(TrainingMax::new(kg(0.0)), Err(TrainingMaxError::NoWeight));
    let e = TrainingMax::from_rep_set(
        kg(100.0),
        40,
        RepBasis::Formula(Formula::Brzycki),
        TmPercent::NINETY,
        step(kg(2.5), Rounding::Nearest),
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "Brzycki only works up to 36 reps.");
    let e = TrainingMax::from_rep_set(
        kg(100.0),
        15,
        RepBasis::Rpe(Rpe::TEN),
        TmPercent::NINETY,
        step(kg(2.5), Rounding::Nearest),
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "The RPE chart covers 1 to 12 reps.");
}

#[test]
fn serde_is_transparent_and_validated() {
    let tm = TrainingMax::new(kg(100.0)).unwrap();
    assert_eq!(
        serde_json::to_value(tm).unwrap(),
        serde_json::to_value(kg(100.0)).unwrap()
    );
    assert_eq!(
        serde_json::to_string(&TmPercent::EIGHTY_FIVE).unwrap(),
        "85"
    );
    assert!(serde_json::from_str::<TmPercent>("120").is_err());
    assert_eq!(
        serde_json::from_str::<TmPercent>("90").unwrap(),
        TmPercent::NINETY
    );
}
