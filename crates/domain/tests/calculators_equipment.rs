//! Equipment per exercise: defaults per implement and unit, checked sets and
//! stacks, rounding to what exists (property tests), the stored form.

use liftsheet_domain::equipment::{
    BarKind, Equipment, EquipmentError, Fit, Stack, WeightListError, WeightSet,
};
use liftsheet_domain::exercise::Implement;
use liftsheet_domain::plates::{self, Aim, BarSetup};
use liftsheet_domain::weight::WeightError;
use liftsheet_domain::{Unit, Weight};
use proptest::prelude::*;

fn kg(v: f64) -> Weight {
    Weight::kg(v)
}
fn lb(v: f64) -> Weight {
    Weight::lb(v)
}

fn rack_kg() -> WeightSet {
    match Equipment::default_for(Implement::Dumbbell, Unit::Kg) {
        Equipment::Dumbbells(set) => set,
        other => panic!("dumbbells expected, got {other:?}"),
    }
}

#[test]
fn defaults_follow_the_implement_and_the_unit() {
    assert_eq!(
        Equipment::default_for(Implement::Barbell, Unit::Kg),
        Equipment::Barbell
    );
    // Liftosaur's trap bar and EZ bar ([S8]).
    assert_eq!(
        Equipment::default_for(Implement::TrapBar, Unit::Kg),
        Equipment::Bar {
            kind: BarKind::TrapBar,
            bar: kg(20.0)
        }
    );
    assert_eq!(
        Equipment::default_for(Implement::TrapBar, Unit::Lb),
        Equipment::Bar {
            kind: BarKind::TrapBar,
            bar: lb(45.0)
        }
    );
    assert_eq!(
        Equipment::default_for(Implement::EzBar, Unit::Lb),
        Equipment::Bar {
            kind: BarKind::EzBar,
            bar: lb(20.0)
        }
    );
    assert_eq!(
        Equipment::default_for(Implement::EzBar, Unit::Kg),
        Equipment::Bar {
            kind: BarKind::EzBar,
            bar: kg(10.0)
        }
    );
    assert!(matches!(
        Equipment::default_for(Implement::SafetySquatBar, Unit::Lb),
        Equipment::Bar { kind: BarKind::SafetySquatBar, bar } if bar.unit() == Unit::Lb
    ));
    // The rack: 2.5-50 kg by 2.5 kg, 5-120 lb by 5 lb.
    let rack = rack_kg();
    assert_eq!(rack.weights().len(), 20);
    assert_eq!(rack.weights()[0], kg(2.5));
    assert_eq!(*rack.weights().last().unwrap(), kg(50.0));
    match Equipment::default_for(Implement::Dumbbell, Unit::Lb) {
        Equipment::Dumbbells(set) => {
            assert_eq!(set.weights().len(), 24);
            assert_eq!(set.unit(), Unit::Lb);
        }
        other => panic!("{other:?}"),
    }
    match Equipment::default_for(Implement::Kettlebell, Unit::Kg) {
        Equipment::Kettlebells(set) => {
            assert_eq!(set.weights()[0], kg(4.0));
            assert_eq!(*set.weights().last().unwrap(), kg(48.0));
            assert!(set.weights().contains(&kg(16.0)) && set.weights().contains(&kg(24.0)));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        Equipment::default_for(Implement::Machine, Unit::Kg),
        Equipment::Stack(_)
    ));
    assert_eq!(
        Equipment::default_for(Implement::Bodyweight, Unit::Lb),
        Equipment::Bodyweight
    );
    // Every default is valid.
    for implement in [
        Implement::Barbell,
        Implement::TrapBar,
        Implement::SafetySquatBar,
        Implement::EzBar,
        Implement::Dumbbell,
        Implement::Kettlebell,
        Implement::Machine,
        Implement::Bodyweight,
    ] {
        for unit in [Unit::Kg, Unit::Lb] {
            let e = Equipment::default_for(implement, unit);
            assert_eq!(e.validate(), Ok(()));
            let text = serde_json::to_string(&e).unwrap();
            assert_eq!(serde_json::from_str::<Equipment>(&text).unwrap(), e);
        }
    }
}

#[test]
fn a_set_is_checked_when_built_and_when_read() {
    assert_eq!(WeightSet::new(vec![]), Err(EquipmentError::EmptySet));
    assert_eq!(
        WeightSet::new(vec![kg(10.0), kg(0.0)]),
        Err(EquipmentError::NotPositive(kg(0.0)))
    );
    assert_eq!(
        WeightSet::new(vec![kg(-2.0)]),
        Err(EquipmentError::NotPositive(kg(-2.0)))
    );
    // A 24 kg kettlebell among lb ones is owned as labelled, sorted by mass;
    // the same mass twice (in two units) is one weight listed twice.
    let mixed = WeightSet::new(vec![lb(60.0), kg(24.0), lb(50.0)]).unwrap();
    assert_eq!(mixed.weights(), [lb(50.0), kg(24.0), lb(60.0)]);
    assert_eq!(mixed.unit(), Unit::Lb);
    assert!(matches!(
        WeightSet::new(vec![kg(20.0), lb(44.092_452)]),
        Err(EquipmentError::Duplicate(_))
    ));
    assert_eq!(
        WeightSet::new(vec![kg(10.0), kg(12.5), kg(10.0)]),
        Err(EquipmentError::Duplicate(kg(10.0)))
    );
    // Any order in, lightest first out.
    let set = WeightSet::new(vec![kg(16.0), kg(8.0), kg(12.0)]).unwrap();
    assert_eq!(set.weights(), &[kg(8.0), kg(12.0), kg(16.0)]);
    // Stored text that breaks the rules is refused, not half read.
    let twice = r#"{"dumbbells":[{"milli":5000,"unit":"kg"},{"milli":11023,"unit":"lb"}]}"#;
    assert!(serde_json::from_str::<Equipment>(twice).is_err());
    let mixed = r#"{"dumbbells":[{"milli":5000,"unit":"kg"},{"milli":5000,"unit":"lb"}]}"#;
    assert!(serde_json::from_str::<Equipment>(mixed).is_ok());
    assert!(serde_json::from_str::<Equipment>(r#"{"kettlebells":[]}"#).is_err());
    let bad_stack =
        r#"{"stack":{"step":{"milli":5000,"unit":"kg"},"top":{"milli":1000,"unit":"kg"}}}"#;
    assert!(serde_json::from_str::<Equipment>(bad_stack).is_err());
    // A bar must weigh something.
    let no_bar = Equipment::Bar {
        kind: BarKind::Custom,
        bar: kg(0.0),
    };
    assert_eq!(no_bar.validate(), Err(EquipmentError::NotPositive(kg(0.0))));
}

#[test]
fn a_stack_is_checked() {
    assert_eq!(
        Stack::new(kg(0.0), kg(100.0)),
        Err(EquipmentError::NotPositive(kg(0.0)))
    );
    assert_eq!(
        Stack::new(kg(5.0), lb(200.0)),
        Err(EquipmentError::StackUnits)
    );
    assert_eq!(
        Stack::new(kg(10.0), kg(5.0)),
        Err(EquipmentError::TopBelowStep {
            step: kg(10.0),
            top: kg(5.0)
        })
    );
}

#[test]
fn dumbbells_round_to_the_rack() {
    let rack = rack_kg();
    assert_eq!(rack.nearest(kg(23.0)), kg(22.5));
    assert_eq!(rack.nearest(kg(24.0)), kg(25.0));
    // A tie goes to the lighter dumbbell.
    assert_eq!(rack.nearest(kg(23.75)), kg(22.5));
    // Past either end: the end.
    assert_eq!(rack.nearest(kg(0.5)), kg(2.5));
    assert_eq!(rack.nearest(kg(80.0)), kg(50.0));
    // An lb target on a kg rack: 50 lb is 22.68 kg.
    assert_eq!(rack.nearest(lb(50.0)), kg(22.5));
    // A home set with gaps.
    let home = WeightSet::new(vec![kg(8.0), kg(16.0), kg(24.0)]).unwrap();
    assert_eq!(home.nearest(kg(13.0)), kg(16.0));
    assert_eq!(home.nearest(kg(12.0)), kg(8.0));
}

#[test]
fn a_stack_rounds_to_its_step() {
    let stack = Stack::new(lb(10.0), lb(200.0)).unwrap();
    assert_eq!(stack.nearest(lb(84.0)), lb(80.0));
    assert_eq!(stack.nearest(lb(86.0)), lb(90.0));
    assert_eq!(stack.nearest(lb(85.0)), lb(80.0));
    assert_eq!(stack.nearest(lb(3.0)), lb(10.0));
    assert_eq!(stack.nearest(lb(900.0)), lb(200.0));
    // A top that isn't a whole number of steps: the highest whole step.
    let odd = Stack::new(kg(5.0), kg(72.0)).unwrap();
    assert_eq!(odd.nearest(kg(80.0)), kg(70.0));
    assert_eq!(odd.nearest(lb(100.0)), kg(45.0));
}

#[test]
fn a_bar_of_its_own_takes_the_lifters_plates_and_collars() {
    let own = BarSetup::kg_standard().with_collars(plates::Collars::Competition);
    let trap = Equipment::Bar {
        kind: BarKind::TrapBar,
        bar: kg(25.0),
    };
    let setup = trap.bar_setup(&own).unwrap();
    assert_eq!(setup.bar, kg(25.0));
    assert_eq!(setup.collar, own.collar);
    assert_eq!(setup.plates, own.plates);
    assert_eq!(Equipment::Barbell.bar_setup(&own), Some(own.clone()));
    assert_eq!(Equipment::Bodyweight.bar_setup(&own), None);
    assert_eq!(Equipment::Dumbbells(rack_kg()).bar_setup(&own), None);
    // 100 kg on it: 25 bar + 2 × 2.5 collars, 35 a side.
    let loading = plates::load(&setup, kg(100.0), Aim::AtOrBelow).unwrap();
    assert!(loading.is_exact());
    let side: i64 = loading.per_side.iter().map(|p| p.milli()).sum();
    assert_eq!(side, 35_000);
    assert_eq!(trap.describe().as_deref(), Some("on a 25 kg trap bar"));
    assert_eq!(
        Equipment::fifteen_kg_bar().describe().as_deref(),
        Some("on a 15 kg bar")
    );
    assert_eq!(Equipment::Barbell.describe(), None);
    assert_eq!(trap.bar_label().as_deref(), Some("Trap bar 25 kg"));
    assert_eq!(
        Equipment::fifteen_kg_bar().bar_label().as_deref(),
        Some("15 kg bar")
    );
    assert_eq!(Equipment::Barbell.bar_label(), None);
}

fn any_weight() -> impl Strategy<Value = Weight> {
    (any::<i64>(), any::<bool>())
        .prop_map(|(m, k)| Weight::from_milli(m, if k { Unit::Kg } else { Unit::Lb }))
}

fn any_set() -> impl Strategy<Value = WeightSet> {
    (
        prop::collection::btree_set(1i64..200_000, 1..30),
        any::<bool>(),
    )
        .prop_map(|(ms, k)| {
            let unit = if k { Unit::Kg } else { Unit::Lb };
            WeightSet::new(
                ms.into_iter()
                    .map(|m| Weight::from_milli(m, unit))
                    .collect(),
            )
            .unwrap()
        })
}

/// Distance between two weights in grams-ish exact units (either unit).
fn gap(a: Weight, b: Weight) -> i128 {
    let atoms = |w: Weight| {
        i128::from(w.milli())
            * match w.unit() {
                Unit::Kg => 100_000_000,
                Unit::Lb => 45_359_237,
            }
    };
    (atoms(a) - atoms(b)).abs()
}

proptest! {
    #[test]
    /// The target's unit is drawn apart from the set's, so kg targets on lb
    /// sets (and the reverse) are compared by exact mass.
    fn nearest_is_always_in_the_set_and_no_other_is_closer(set in any_set(), target in any_weight()) {
        let pick = set.nearest(target);
        prop_assert!(set.weights().contains(&pick));
        for &w in set.weights() {
            let (d_pick, d_w) = (gap(pick, target), gap(w, target));
            prop_assert!(d_pick <= d_w);
            // Ties go to the lighter.
            if d_pick == d_w {
                prop_assert!(pick.milli() <= w.milli());
            }
        }
    }

    #[test]
    fn a_stack_never_panics_and_stays_on_its_steps(step in 1i64..50_000, n in 1i64..100, extra in 0i64..50_000, kg_unit in any::<bool>(), target in any_weight()) {
        let unit = if kg_unit { Unit::Kg } else { Unit::Lb };
        let stack = Stack::new(Weight::from_milli(step, unit), Weight::from_milli(step * n + extra % step, unit)).unwrap();
        let pick = stack.nearest(target);
        prop_assert_eq!(pick.unit(), unit);
        prop_assert_eq!(pick.milli() % step, 0);
        prop_assert!(pick.milli() >= step && pick.milli() <= stack.top().milli());
    }
}

#[test]
fn a_typed_rack_is_read_or_explained() {
    use liftsheet_domain::equipment::WeightListError;
    let set = WeightSet::parse("12.5, 10 ;15  17.5", Unit::Kg).unwrap();
    assert_eq!(set.weights(), &[kg(10.0), kg(12.5), kg(15.0), kg(17.5)]);
    assert_eq!(set.text(), "10, 12.5, 15, 17.5");
    assert_eq!(WeightSet::parse(&set.text(), Unit::Kg).unwrap(), set);
    assert!(matches!(
        WeightSet::parse("10, heavy", Unit::Kg),
        Err(WeightListError::Item { text, .. }) if text == "heavy"
    ));
    assert_eq!(
        WeightSet::parse(" , ", Unit::Lb),
        Err(WeightListError::Set(EquipmentError::EmptySet))
    );
    assert_eq!(
        WeightSet::parse("10, 10", Unit::Lb)
            .unwrap_err()
            .to_string(),
        "10 lb is listed twice."
    );
}

#[test]
fn a_set_may_say_its_own_unit_and_reads_back_as_typed() {
    // Kettlebells are sold in kg: typed so in an app set to lb.
    let kg = |v: &[f64]| WeightSet::new(v.iter().map(|&w| Weight::kg(w)).collect()).unwrap();
    for typed in [
        "16 kg, 24 kg, 32 kg",
        "16kg 24kg 32kg",
        "16, 24, 32 kg",
        "16 KG; 24; 32",
    ] {
        assert_eq!(
            WeightSet::parse(typed, Unit::Lb).unwrap(),
            kg(&[16.0, 24.0, 32.0]),
            "{typed}"
        );
    }
    let bells = kg(&[16.0, 24.0, 32.0]);
    assert_eq!(bells.text_in(Unit::Lb), "16 kg, 24 kg, 32 kg");
    assert_eq!(bells.text_in(Unit::Kg), "16, 24, 32");
    assert_eq!(
        WeightSet::parse(&bells.text_in(Unit::Lb), Unit::Lb).unwrap(),
        bells
    );
    // Numbers without a unit are the field's.
    assert_eq!(
        WeightSet::parse("35, 50", Unit::Lb).unwrap(),
        WeightSet::new(vec![Weight::lb(35.0), Weight::lb(50.0)]).unwrap()
    );
    // Two units in one set are each kept; a unit this app doesn't know is
    // refused.
    assert_eq!(
        WeightSet::parse("10 lb, 16 kg, 53 LBS", Unit::Kg)
            .unwrap()
            .weights(),
        [Weight::lb(10.0), Weight::kg(16.0), Weight::lb(53.0)]
    );
    assert!(matches!(
        WeightSet::parse("16 stone", Unit::Kg),
        Err(WeightListError::Item { .. })
    ));
    assert!(matches!(
        WeightSet::parse("kg", Unit::Kg),
        Err(WeightListError::Set(_))
    ));
}

#[test]
fn a_weight_says_whether_the_lifter_owns_it_and_what_is_nearest() {
    let bells = match Equipment::default_for(Implement::Kettlebell, Unit::Lb) {
        Equipment::Kettlebells(set) => set,
        other => panic!("{other:?}"),
    };
    let missing = |lighter, heavier| Fit::Missing { lighter, heavier };
    // 53 lb isn't in the default lb set (… 45, 50, 60 …): never silently 50.
    assert_eq!(bells.fit(lb(53.0)), missing(Some(lb(50.0)), Some(lb(60.0))));
    assert_eq!(bells.fit(lb(50.0)), Fit::Owned);
    // By mass, in either unit: 24 kg is 52.9 lb.
    assert_eq!(bells.fit(kg(24.0)), missing(Some(lb(50.0)), Some(lb(60.0))));
    assert_eq!(bells.fit(lb(5.0)), missing(None, Some(lb(10.0))));
    assert_eq!(bells.fit(lb(120.0)), missing(Some(lb(100.0)), None));
    // Added in one tap, it is owned; and so is a 24 kg bell written in kg
    // (52.9 lb: kg bells are sold labelled in whole pounds), but not 52 lb.
    let more = bells.with(lb(53.0)).unwrap();
    assert_eq!(more.fit(lb(53.0)), Fit::Owned);
    assert_eq!(more.fit(kg(24.0)), Fit::Owned);
    assert_eq!(more.fit(lb(52.0)), missing(Some(lb(50.0)), Some(lb(53.0))));
    assert_eq!(more.nearest(lb(53.0)), lb(53.0));
    assert_eq!(
        bells.with(lb(50.0)),
        Err(EquipmentError::Duplicate(lb(50.0)))
    );
    let kettlebells = Equipment::Kettlebells(bells);
    assert!(
        matches!(kettlebells.with(kg(24.0)), Some(Ok(Equipment::Kettlebells(s))) if s.fit(kg(24.0)) == Fit::Owned)
    );
    // A stack of 10 lb steps to 250: 55 sits between two pins.
    let stack = Equipment::default_for(Implement::Machine, Unit::Lb);
    assert_eq!(stack.fit(lb(55.0)), missing(Some(lb(50.0)), Some(lb(60.0))));
    assert_eq!(stack.fit(lb(60.0)), Fit::Owned);
    assert_eq!(stack.fit(lb(300.0)), missing(Some(lb(250.0)), None));
    assert_eq!(stack.fit(lb(5.0)), missing(None, Some(lb(10.0))));
    assert!(stack.with(lb(55.0)).is_none());
    // Plates and rounding decide for a bar.
    assert_eq!(Equipment::Barbell.fit(lb(136.0)), Fit::Owned);
}

#[test]
fn a_typed_weight_may_name_its_unit() {
    assert_eq!(Weight::parse("24 kg", Unit::Lb), Ok(kg(24.0)));
    assert_eq!(Weight::parse("53lbs", Unit::Kg), Ok(lb(53.0)));
    assert_eq!(Weight::parse(" 142,5 KG ", Unit::Lb), Ok(kg(142.5)));
    assert_eq!(Weight::parse("100", Unit::Lb), Ok(lb(100.0)));
    assert_eq!(Weight::parse("kg", Unit::Lb), Err(WeightError::Empty));
    assert_eq!(
        Weight::parse("24 stone", Unit::Lb),
        Err(WeightError::NotANumber)
    );
    assert_eq!(Weight::parse("-5 kg", Unit::Lb), Err(WeightError::Negative));
}
