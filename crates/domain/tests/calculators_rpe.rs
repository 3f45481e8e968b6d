//! RPE chart (training-math.md §1.2): every cell, parsing, e1RM.

use liftsheet_domain::rpe::{self, Rpe, RpeError};
use liftsheet_domain::Weight;
use proptest::prelude::*;

/// The §1.2 table in tenths of a percent, rows RPE 10 down to 6, reps 1–12
/// (RPE 6 × 12 = 57.3 is the documented extrapolation).
const TABLE: [(u8, [u16; 12]); 9] = [
    (
        20,
        [1000, 955, 922, 892, 863, 837, 811, 786, 762, 739, 707, 680],
    ),
    (
        19,
        [978, 939, 907, 878, 850, 824, 799, 774, 751, 723, 694, 667],
    ),
    (
        18,
        [955, 922, 892, 863, 837, 811, 786, 762, 739, 707, 680, 653],
    ),
    (
        17,
        [939, 907, 878, 850, 824, 799, 774, 751, 723, 694, 667, 640],
    ),
    (
        16,
        [922, 892, 863, 837, 811, 786, 762, 739, 707, 680, 653, 626],
    ),
    (
        15,
        [907, 878, 850, 824, 799, 774, 751, 723, 694, 667, 640, 613],
    ),
    (
        14,
        [892, 863, 837, 811, 786, 762, 739, 707, 680, 653, 626, 599],
    ),
    (
        13,
        [878, 850, 824, 799, 774, 751, 723, 694, 667, 640, 613, 586],
    ),
    (
        12,
        [863, 837, 811, 786, 762, 739, 707, 680, 653, 626, 599, 573],
    ),
];

#[test]
fn every_cell_of_the_chart() {
    for (halves, row) in TABLE {
        let rpe = Rpe::from_half_steps(halves).unwrap();
        for (i, &want) in row.iter().enumerate() {
            let reps = i as u32 + 1;
            assert_eq!(
                rpe::percent_tenths(reps, rpe),
                Ok(want),
                "RPE {rpe} × {reps}"
            );
            let f = rpe::percent_of_1rm(reps, rpe).unwrap();
            assert!(f > 0.0 && f <= 1.0);
            assert_eq!((f * 1000.0).round() as u16, want);
        }
    }
}

#[test]
fn off_chart_is_an_error() {
    let ten = Rpe::TEN;
    assert_eq!(rpe::percent_tenths(0, ten), Err(RpeError::RepsOffChart));
    assert_eq!(rpe::percent_tenths(13, ten), Err(RpeError::RepsOffChart));
    let five = Rpe::parse("5.5").unwrap();
    assert_eq!(rpe::percent_tenths(3, five), Err(RpeError::RpeOffChart));
    assert_eq!(
        RpeError::RepsOffChart.to_string(),
        "The RPE chart covers 1 to 12 reps."
    );
}

#[test]
fn parsing_rpe_and_rir() {
    assert_eq!(Rpe::parse("8.5").unwrap().half_steps(), 17);
    assert_eq!(Rpe::parse(" 8,5 ").unwrap().half_steps(), 17);
    assert_eq!(Rpe::parse("@9").unwrap().half_steps(), 18);
    assert_eq!(Rpe::parse("10").unwrap(), Rpe::TEN);
    assert_eq!(Rpe::parse(""), Err(RpeError::Empty));
    assert_eq!(Rpe::parse("abc"), Err(RpeError::NotANumber));
    assert_eq!(Rpe::parse("NaN"), Err(RpeError::NotANumber));
    assert_eq!(Rpe::parse("8.3"), Err(RpeError::NotHalfStep));
    assert_eq!(Rpe::parse("11"), Err(RpeError::OutOfRange));
    assert_eq!(Rpe::parse("0"), Err(RpeError::OutOfRange));
    assert_eq!(Rpe::parse("-2"), Err(RpeError::OutOfRange));
    assert_eq!(Rpe::parse("8.5").unwrap().to_string(), "8.5");
    assert_eq!(Rpe::parse("7").unwrap().to_string(), "7");
    // RPE = 10 − RIR.
    assert_eq!(Rpe::parse_rir("2").unwrap(), Rpe::parse("8").unwrap());
    assert_eq!(Rpe::parse_rir("1,5").unwrap(), Rpe::parse("8.5").unwrap());
    assert_eq!(Rpe::parse_rir("0").unwrap(), Rpe::TEN);
    assert_eq!(Rpe::parse_rir("4.5"), Err(RpeError::RirOutOfRange));
    assert_eq!(Rpe::parse_rir("-1"), Err(RpeError::RirOutOfRange));
    assert_eq!(
        Rpe::from_rir_half_steps(3).unwrap().rir_half_steps(),
        Some(3)
    );
    assert_eq!(Rpe::from_half_steps(21), Err(RpeError::OutOfRange));
    // Serde keeps half steps and validates them.
    assert_eq!(
        serde_json::to_string(&Rpe::parse("8.5").unwrap()).unwrap(),
        "17"
    );
    assert!(serde_json::from_str::<Rpe>("25").is_err());
}

#[test]
fn e1rm_from_the_chart() {
    // 100 kg × 5 @ 8 = 81.1 %: 100 / 0.811 = 123.3046 kg.
    let e = rpe::e1rm(Weight::kg(100.0), 5, Rpe::parse("8").unwrap()).unwrap();
    assert_eq!(e, Weight::kg(123.305));
    // A single at 10 is the max itself.
    assert_eq!(
        rpe::e1rm(Weight::lb(405.0), 1, Rpe::TEN),
        Ok(Weight::lb(405.0))
    );
    // RPE 9 × 3 = RPE 10 × 4 (the diagonal rule).
    let nine = Rpe::parse("9").unwrap();
    assert_eq!(
        rpe::e1rm(Weight::kg(150.0), 3, nine),
        rpe::e1rm(Weight::kg(150.0), 4, Rpe::TEN)
    );
    assert_eq!(rpe::e1rm(Weight::kg(0.0), 3, nine), Err(RpeError::NoWeight));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn chart_is_monotone(reps in 1u32..12, halves in 12u8..20) {
        let rpe = Rpe::from_half_steps(halves).unwrap();
        let harder = Rpe::from_half_steps(halves + 1).unwrap();
        let p = rpe::percent_tenths(reps, rpe).unwrap();
        prop_assert!(rpe::percent_tenths(reps + 1, rpe).unwrap() < p);
        prop_assert!(rpe::percent_tenths(reps, harder).unwrap() > p);
    }

    #[test]
    fn e1rm_is_at_least_the_weight(milli in 1i64..2_000_000, reps in 1u32..=12, halves in 12u8..=20) {
        let w = Weight::from_milli(milli, liftsheet_domain::Unit::Lb);
        let e = rpe::e1rm(w, reps, Rpe::from_half_steps(halves).unwrap()).unwrap();
        prop_assert!(e.milli() >= w.milli());
        prop_assert_eq!(e.unit(), w.unit());
    }
}
