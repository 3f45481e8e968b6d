//! Plate loading: golden cases from training-math.md §6, and properties
//! checked against brute force over small inventories.

use liftsheet_domain::plates::{
    self, Aim, BarSetup, Collars, LoadError, Loading, PlateColour, PlateSize, PlateStock,
    SetupError,
};
use liftsheet_domain::{Unit, Weight};
use proptest::prelude::*;

fn lb(v: f64) -> Weight {
    Weight::lb(v)
}
fn kg(v: f64) -> Weight {
    Weight::kg(v)
}

fn setup(bar: Weight, plates: &[(Weight, u32)]) -> BarSetup {
    BarSetup::custom(
        bar,
        Collars::None,
        plates.iter().map(|&(w, c)| PlateStock::new(w, c)).collect(),
    )
}

// ---- §6.5 golden cases: where greedy fails or is not plate-minimal ----

#[test]
fn non_canonical_lb_set_finds_35_plus_15() {
    // lb 45,35,25,15,10; 50 per side: greedy takes 45 and is stuck (§6.5, [S8]).
    let s = setup(
        lb(45.0),
        &[
            (lb(45.0), 20),
            (lb(35.0), 20),
            (lb(25.0), 20),
            (lb(15.0), 20),
            (lb(10.0), 20),
        ],
    );
    let l = plates::load(&s, lb(145.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![lb(35.0), lb(15.0)]);
    assert_eq!(l.total, lb(145.0));
    assert!(l.is_exact());
}

#[test]
fn limited_inventory_loads_15_plus_15() {
    // One pair of 25 kg and four 15 kg: 80 kg on a 20 kg bar is 15+15 a side (§6.5).
    let s = setup(kg(20.0), &[(kg(25.0), 2), (kg(15.0), 4)]);
    let l = plates::load(&s, kg(80.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![kg(15.0), kg(15.0)]);
    assert_eq!(l.total, kg(80.0));
}

#[test]
fn fewest_plates_35_plus_25_for_60_a_side() {
    // 60 lb a side: greedy 45+10+5, fewest plates 35+25 (§6.5).
    let l = plates::load(&BarSetup::lb_standard(), lb(165.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![lb(35.0), lb(25.0)]);
}

#[test]
fn equal_counts_prefer_heavier_plates() {
    // 30 per side from {20, 15, 10} x many: 20+10 and 15+15 both use two
    // plates; the heavier first plate wins.
    let s = setup(kg(20.0), &[(kg(20.0), 10), (kg(15.0), 10), (kg(10.0), 10)]);
    let l = plates::load(&s, kg(80.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![kg(20.0), kg(10.0)]);
}

#[test]
fn compact_run_length_matches_liftosaur_example() {
    // "45/45/25/3x10/5" (§6.5, [S8]): the only load of 150 a side here.
    let s = setup(
        lb(45.0),
        &[(lb(45.0), 4), (lb(25.0), 2), (lb(10.0), 6), (lb(5.0), 2)],
    );
    let l = plates::load(&s, lb(345.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.compact(), "45/45/25/3x10/5");
    let bar_only = plates::load(&s, lb(45.0), Aim::AtOrBelow).unwrap();
    assert_eq!(bar_only.compact(), "");
    let hand = Loading {
        per_side: vec![kg(20.0), kg(20.0), kg(20.0), kg(1.25), kg(1.25)],
        total: kg(0.0),
        target: kg(0.0),
    };
    assert_eq!(hand.compact(), "3x20/1.25/1.25");
}

#[test]
fn standard_presets() {
    let kg_set = BarSetup::kg_standard();
    assert_eq!(kg_set.empty(), kg(20.0));
    let l = plates::load(&kg_set, kg(142.5), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![kg(25.0), kg(25.0), kg(10.0), kg(1.25)]);
    assert_eq!(BarSetup::womens_kg().empty(), kg(15.0));
    let l = plates::load(&BarSetup::womens_kg(), kg(35.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![kg(10.0)]);
    // 0.25 kg change plates give 0.5 kg jumps.
    let l = plates::load(&kg_set, kg(100.5), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![kg(25.0), kg(15.0), kg(0.25)]);
    let l = plates::load(&BarSetup::lb_standard(), lb(225.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![lb(45.0), lb(45.0)]);
}

#[test]
fn competition_collars_count_in_the_total() {
    // Bar + collars = 25 kg ([S68][S71]).
    let s = BarSetup::kg_standard().with_collars(Collars::Competition);
    assert_eq!(s.empty(), kg(25.0));
    let l = plates::load(&s, kg(100.0), Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![kg(25.0), kg(10.0), kg(2.5)]);
    assert_eq!(l.total, kg(100.0));
    let custom = BarSetup::kg_standard().with_collars(Collars::Custom(kg(0.5)));
    assert_eq!(custom.empty(), kg(21.0));
}

#[test]
fn aims_pick_below_nearest_above() {
    // Only 2.5 kg steps (no change plates below 1.25).
    let s = setup(
        kg(20.0),
        &[
            (kg(20.0), 8),
            (kg(10.0), 4),
            (kg(5.0), 4),
            (kg(2.5), 4),
            (kg(1.25), 4),
        ],
    );
    let t = kg(101.0);
    assert_eq!(
        plates::load(&s, t, Aim::AtOrBelow).unwrap().total,
        kg(100.0)
    );
    assert_eq!(
        plates::load(&s, t, Aim::AtOrAbove).unwrap().total,
        kg(102.5)
    );
    assert_eq!(plates::load(&s, t, Aim::Nearest).unwrap().total, kg(100.0));
    assert_eq!(
        plates::load(&s, kg(102.0), Aim::Nearest).unwrap().total,
        kg(102.5)
    );
    // An exact tie goes to the heavier load, like Rounding::Nearest.
    assert_eq!(
        plates::load(&s, kg(101.25), Aim::Nearest).unwrap().total,
        kg(102.5)
    );
    let l = plates::load(&s, t, Aim::AtOrBelow).unwrap();
    assert_eq!(l.difference(), kg(-1.0));
}

#[test]
fn honest_errors() {
    let s = BarSetup::kg_standard();
    let e = plates::load(&s, kg(15.0), Aim::Nearest).unwrap_err();
    assert_eq!(e, LoadError::BelowEmptyBar { empty: kg(20.0) });
    assert_eq!(e.to_string(), "That's lighter than the empty bar (20 kg).");
    let e = plates::load(&s, kg(1000.0), Aim::AtOrAbove).unwrap_err();
    assert_eq!(
        e,
        LoadError::AboveCapacity {
            heaviest: kg(306.5)
        }
    );
    // Below and nearest stop at everything owned.
    assert_eq!(
        plates::load(&s, kg(1000.0), Aim::AtOrBelow).unwrap().total,
        kg(306.5)
    );
    assert_eq!(
        plates::load(&s, kg(1000.0), Aim::Nearest).unwrap().total,
        kg(306.5)
    );
    let bad = setup(kg(20.0), &[(kg(0.0), 2)]);
    assert_eq!(
        plates::load(&bad, kg(60.0), Aim::AtOrBelow),
        Err(LoadError::Setup(SetupError::PlateNotPositive))
    );
    let bad = setup(kg(-1.0), &[]);
    assert_eq!(
        plates::load(&bad, kg(60.0), Aim::AtOrBelow),
        Err(LoadError::Setup(SetupError::NegativeBar))
    );
    // An odd plate can't be used: one 20 kg plate loads nothing.
    let odd = setup(kg(20.0), &[(kg(20.0), 1)]);
    assert_eq!(
        plates::load(&odd, kg(60.0), Aim::AtOrBelow).unwrap().total,
        kg(20.0)
    );
}

#[test]
fn kg_plates_on_an_lb_bar_load_exactly() {
    // 45 lb bar + two 20 kg plates = 45 lb + 40 kg = 133.184… lb (1 lb = 0.45359237 kg).
    let s = setup(lb(45.0), &[(kg(20.0), 2), (kg(10.0), 2)]);
    let exact = lb(45.0).plus(kg(40.0));
    let l = plates::load(&s, exact, Aim::AtOrBelow).unwrap();
    assert_eq!(l.per_side, vec![kg(20.0)]);
    assert_eq!(l.total, exact);
    assert_eq!(l.compact(), "20kg");
    // A thousandth of a pound short is not enough for the 20s.
    let short = Weight::from_milli(exact.milli() - 1, Unit::Lb);
    assert_eq!(
        plates::load(&s, short, Aim::AtOrBelow).unwrap().per_side,
        vec![kg(10.0)]
    );
    // Mixed kg and lb plates on one bar.
    let mixed = setup(
        kg(20.0),
        &[(lb(45.0), 2), (kg(20.0), 2), (lb(2.5), 2), (kg(1.25), 2)],
    );
    // 90 lb = 40.8233133 kg, which a kg target rounds to 40.823: the exact
    // load is a fraction of a gram above it, so it is the nearest, not below.
    let target = kg(20.0).plus(lb(90.0)).plus(kg(2.5));
    let l = plates::load(&mixed, target, Aim::Nearest).unwrap();
    assert_eq!(l.per_side, vec![lb(45.0), kg(1.25)]);
    assert_eq!(l.total, target);
    let below = plates::load(&mixed, target, Aim::AtOrBelow).unwrap();
    // Below it: 45 lb + 2.5 lb (21.55 kg a side) beats 20 kg + 1.25 kg (21.25).
    assert_eq!(below.per_side, vec![lb(45.0), lb(2.5)]);
}

#[test]
fn colours_follow_iwf() {
    use PlateColour::*;
    let cases = [
        (kg(25.0), Red),
        (kg(20.0), Blue),
        (kg(15.0), Yellow),
        (kg(10.0), Green),
        (kg(5.0), White),
        (kg(2.5), Red),
        (kg(2.0), Blue),
        (kg(1.5), Yellow),
        (kg(1.0), Green),
        (kg(0.5), White),
        (kg(1.25), Chrome),
        (kg(0.25), Chrome),
        (lb(45.0), Blue),
        (lb(35.0), Yellow),
        (lb(25.0), Green),
        (lb(10.0), White),
        (lb(5.0), Chrome),
    ];
    for (w, c) in cases {
        assert_eq!(PlateColour::of(w), c, "{w}");
    }
    assert_eq!(PlateSize::of(kg(20.0)).diameter_mm, 450);
    assert_eq!(PlateSize::of(lb(45.0)).diameter_mm, 450);
    assert!(PlateSize::of(kg(25.0)).thickness_mm > PlateSize::of(kg(10.0)).thickness_mm);
    assert!(PlateSize::of(kg(2.5)).diameter_mm < 450);
    assert!(
        PlateSize::of(kg(0.5)).relative_diameter() < PlateSize::of(kg(5.0)).relative_diameter()
    );
}

#[test]
fn prepared_loader_agrees_on_every_standard_target() {
    for setup in [
        BarSetup::kg_standard(),
        BarSetup::lb_standard(),
        BarSetup::womens_kg(),
    ] {
        let loader = plates::PlateLoader::new(&setup).unwrap();
        let unit = setup.unit();
        for half in 0..=800 {
            let t = Weight::from_milli(half * 500, unit);
            for aim in [Aim::AtOrBelow, Aim::Nearest, Aim::AtOrAbove] {
                assert_eq!(
                    loader.load(t, aim),
                    plates::load(&setup, t, aim),
                    "{t} {aim:?}"
                );
            }
        }
    }
}

#[test]
fn setup_round_trips_through_json() {
    let s = BarSetup::lb_standard().with_collars(Collars::Competition);
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<BarSetup>(&json).unwrap(), s);
}

// ---- properties against brute force ----

/// Exact mass in 10⁻¹¹ kg (1 lb = 0.45359237 kg), computed independently here.
fn atoms(w: Weight) -> i128 {
    w.milli() as i128
        * match w.unit() {
            Unit::Kg => 100_000_000,
            Unit::Lb => 45_359_237,
        }
}

/// Every per-side choice: (counts per stock entry).
fn all_choices(stock: &[PlateStock]) -> Vec<Vec<u32>> {
    let mut out = vec![vec![]];
    for p in stock {
        let mut next = Vec::new();
        for c in &out {
            for k in 0..=p.count / 2 {
                let mut c = c.clone();
                c.push(k);
                next.push(c);
            }
        }
        out = next;
    }
    out
}

struct Brute {
    /// (per-side atoms, plates heaviest first)
    loads: Vec<(i128, Vec<Weight>)>,
}

impl Brute {
    fn new(stock: &[PlateStock]) -> Brute {
        // The same plate listed twice is one stock (counts add up).
        let mut merged: Vec<PlateStock> = Vec::new();
        for p in stock {
            match merged
                .iter_mut()
                .find(|m| atoms(m.weight) == atoms(p.weight))
            {
                Some(m) => m.count += p.count,
                None => merged.push(*p),
            }
        }
        let stock = &merged[..];
        let loads = all_choices(stock)
            .into_iter()
            .map(|c| {
                let mut plates: Vec<Weight> = Vec::new();
                for (p, &k) in stock.iter().zip(&c) {
                    plates.extend(std::iter::repeat_n(p.weight, k as usize));
                }
                plates.sort_by_key(|p| std::cmp::Reverse(atoms(*p)));
                (plates.iter().map(|p| atoms(*p)).sum(), plates)
            })
            .collect();
        Brute { loads }
    }

    /// The best load with exactly `side` atoms a side: fewest plates, then
    /// heavier plates first.
    fn best_at(&self, side: i128) -> Option<Vec<i128>> {
        self.loads
            .iter()
            .filter(|(s, _)| *s == side)
            .map(|(_, p)| p.iter().map(|w| atoms(*w)).collect::<Vec<_>>())
            .min_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))
    }
}

fn plate_mass() -> impl Strategy<Value = Weight> {
    prop_oneof![
        (1i64..=100).prop_map(|q| Weight::from_milli(q * 250, Unit::Kg)),
        (1i64..=40).prop_map(|q| Weight::from_milli(q * 1250, Unit::Lb)),
    ]
}

fn inventory(mixed: bool) -> impl Strategy<Value = (Weight, Vec<PlateStock>)> {
    let bar = prop_oneof![Just(kg(20.0)), Just(kg(15.0)), Just(lb(45.0))];
    let plates = prop::collection::vec(
        (plate_mass(), 0u32..=6).prop_map(|(w, c)| PlateStock::new(w, c)),
        1..=4,
    );
    (bar, plates).prop_map(move |(bar, mut plates)| {
        if !mixed {
            for p in &mut plates {
                p.weight = Weight::from_milli(p.weight.milli(), bar.unit());
            }
        }
        (bar, plates)
    })
}

fn aim() -> impl Strategy<Value = Aim> {
    prop_oneof![
        Just(Aim::AtOrBelow),
        Just(Aim::Nearest),
        Just(Aim::AtOrAbove)
    ]
}

fn check_against_brute(
    bar: Weight,
    stock: Vec<PlateStock>,
    extra_milli: i64,
    aim: Aim,
) -> Result<(), TestCaseError> {
    let s = BarSetup::custom(bar, Collars::None, stock.clone());
    let target = Weight::from_milli(bar.milli() + extra_milli, bar.unit());
    let brute = Brute::new(&stock);
    let bar_a = atoms(bar);
    let d = atoms(target) - bar_a; // 2 × per-side atoms wanted
    let totals: Vec<i128> = brute.loads.iter().map(|(s, _)| 2 * s).collect();
    let below = totals.iter().copied().filter(|&t| t <= d).max();
    let above = totals.iter().copied().filter(|&t| t >= d).min();
    let want = match aim {
        Aim::AtOrBelow => below,
        Aim::AtOrAbove => above,
        Aim::Nearest => match (below, above) {
            (Some(b), Some(a)) => Some(if a - d <= d - b { a } else { b }),
            (b, a) => b.or(a),
        },
    };
    match plates::load(&s, target, aim) {
        Err(LoadError::AboveCapacity { .. }) => {
            prop_assert_eq!(aim, Aim::AtOrAbove);
            prop_assert_eq!(want, None);
        }
        Err(e) => prop_assert!(false, "unexpected error {e:?}"),
        Ok(l) => {
            let got: Vec<i128> = l.per_side.iter().map(|p| atoms(*p)).collect();
            let side: i128 = got.iter().sum();
            prop_assert_eq!(Some(2 * side), want);
            // Fewest plates, then heaviest first — same as brute force.
            prop_assert_eq!(Some(got.clone()), brute.best_at(side));
            // Counts within inventory.
            for p in &stock {
                let used = l.per_side.iter().filter(|w| **w == p.weight).count() as u32;
                let owned: u32 = stock
                    .iter()
                    .filter(|q| q.weight == p.weight)
                    .map(|q| q.count)
                    .sum();
                prop_assert!(2 * used <= owned);
            }
            // Total = bar + both sides, in the target's unit.
            let total_atoms = bar_a + 2 * side;
            let mut sum = bar.to(target.unit());
            for p in &l.per_side {
                sum = sum.plus(p.times(2));
            }
            if stock.iter().all(|p| p.weight.unit() == bar.unit()) {
                prop_assert_eq!(l.total, sum);
            }
            let per_milli = atoms(Weight::from_milli(1, target.unit()));
            prop_assert!((atoms(l.total) - total_atoms).abs() * 2 <= per_milli);
            match aim {
                Aim::AtOrBelow => prop_assert!(total_atoms <= atoms(target)),
                Aim::AtOrAbove => prop_assert!(total_atoms >= atoms(target)),
                Aim::Nearest => {}
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn same_unit_matches_brute_force((bar, stock) in inventory(false), extra in 0i64..120_000, aim in aim()) {
        check_against_brute(bar, stock, extra, aim)?;
    }

    #[test]
    fn mixed_units_match_brute_force((bar, stock) in inventory(true), extra in 0i64..120_000, aim in aim()) {
        check_against_brute(bar, stock, extra, aim)?;
    }

    #[test]
    fn prepared_loader_matches_load((bar, stock) in inventory(true), extra in 0i64..120_000, aim in aim()) {
        let s = BarSetup::custom(bar, Collars::None, stock);
        let target = Weight::from_milli(bar.milli() + extra, bar.unit());
        let loader = plates::PlateLoader::new(&s).unwrap();
        prop_assert_eq!(loader.load(target, aim), plates::load(&s, target, aim));
    }

    #[test]
    fn exact_targets_are_found((bar, stock) in inventory(false), pick in prop::collection::vec(0u32..=3, 4)) {
        // Build a target from plates actually owned: the solver must hit it.
        let mut side = Weight::zero(bar.unit());
        for (p, &k) in stock.iter().zip(&pick) {
            side = side.plus(p.weight.times(i64::from(k.min(p.count / 2))));
        }
        let target = bar.plus(side.times(2));
        let s = BarSetup::custom(bar, Collars::None, stock);
        let l = plates::load(&s, target, Aim::AtOrBelow).unwrap();
        prop_assert_eq!(l.total, target);
    }
}
