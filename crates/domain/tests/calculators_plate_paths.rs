//! Plate paths (sets that build on the last): the examples, and
//! properties against `plates::load` and against brute force over small
//! inventories.

use liftsheet_domain::plates::{
    self, Aim, BarSetup, Collars, LoadError, PathError, PathSet, PlateChange, PlateStock,
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

/// A 45 lb bar with 45/35/25/10/5/2.5 lb plates, as a commercial gym has them.
fn lb_gym() -> BarSetup {
    setup(
        lb(45.0),
        &[
            (lb(45.0), 8),
            (lb(35.0), 2),
            (lb(25.0), 4),
            (lb(10.0), 4),
            (lb(5.0), 4),
            (lb(2.5), 4),
        ],
    )
}

fn path(s: &BarSetup, targets: &[Weight]) -> Vec<PathSet> {
    plates::path(s, targets, Aim::AtOrBelow).unwrap()
}

fn sides(p: &[PathSet]) -> Vec<String> {
    p.iter().map(|s| s.loading.compact()).collect()
}

fn words(p: &[PathSet]) -> Vec<String> {
    p.iter()
        .map(|s| s.change.words(s.loading.total.unit()))
        .collect()
}

fn moves(p: &[PathSet]) -> usize {
    p.iter().map(|s| s.change.moves()).sum()
}

/// Moves when each set is loaded alone with `plates::load`.
fn moves_alone(s: &BarSetup, targets: &[Weight], aim: Aim) -> usize {
    let mut before = Vec::new();
    let mut total = 0;
    for &t in targets {
        let l = plates::load(s, t, aim).unwrap();
        total += PlateChange::between(&before, &l.per_side).moves();
        before = l.per_side;
    }
    total
}

// ---- the examples ----

#[test]
fn from_335_to_345_adds_a_five() {
    let s = lb_gym();
    // Alone, 345 is the fewest plates: 45/45/35/25 (the complaint).
    assert_eq!(
        plates::load(&s, lb(345.0), Aim::AtOrBelow)
            .unwrap()
            .compact(),
        "45/45/35/25"
    );
    let p = path(&s, &[lb(335.0), lb(345.0)]);
    assert_eq!(sides(&p), ["3x45/10", "3x45/10/5"]);
    assert_eq!(words(&p), ["+3x45, +10 a side", "+5 a side"]);
    assert_eq!(p[1].change.on, vec![lb(5.0)]);
    assert!(p[1].change.off.is_empty());
    assert!(p.iter().all(|s| s.loading.is_exact()));
    assert_eq!(moves(&p), 5);
    assert_eq!(moves_alone(&s, &[lb(335.0), lb(345.0)], Aim::AtOrBelow), 8);
}

#[test]
fn warm_up_ladder_in_pounds() {
    let s = lb_gym();
    let targets = [135.0, 185.0, 225.0, 275.0, 315.0].map(lb);
    let p = path(&s, &targets);
    assert_eq!(sides(&p), ["45", "45/25", "45/45", "45/45/25", "3x45"]);
    assert_eq!(
        words(&p),
        [
            "+45 a side",
            "+25 a side",
            "\u{2212}25, +45 a side",
            "+25 a side",
            "\u{2212}25, +45 a side"
        ]
    );
    assert_eq!(moves(&p), 7);
    for (set, t) in p.iter().zip(targets) {
        assert_eq!(set.loading.total, t);
        assert_eq!(set.loading.target, t);
    }
}

#[test]
fn work_sets_at_one_weight_keep_the_plates_then_back_off() {
    let s = lb_gym();
    let targets = [225.0, 275.0, 275.0, 275.0, 245.0].map(lb);
    let p = path(&s, &targets);
    assert_eq!(words(&p)[2], "same plates");
    assert_eq!(words(&p)[3], "same plates");
    // 275 is 45/45/25; 245 keeps 45/45 and swaps the 25 for a 10.
    assert_eq!(sides(&p)[4], "45/45/10");
    assert_eq!(words(&p)[4], "\u{2212}25, +10 a side");
}

#[test]
fn kg_small_jumps_add_change_plates() {
    let s = BarSetup::kg_standard();
    let p = path(&s, &[kg(100.0), kg(102.5), kg(105.0)]);
    // Alone, 105 is 25/15/2.5; on the path the second 1.25 goes on.
    assert_eq!(sides(&p), ["25/15", "25/15/1.25", "25/15/1.25/1.25"]);
    assert_eq!(words(&p)[1..], ["+1.25 a side", "+1.25 a side"]);
    assert_eq!(moves(&p), 4);
    assert_eq!(
        moves_alone(&s, &[kg(100.0), kg(102.5), kg(105.0)], Aim::AtOrBelow),
        5
    );
}

#[test]
fn kg_warm_ups_with_competition_collars() {
    // Bar + collars = 25 kg ([S68][S71]); 60, 100, 140, 180 kg.
    let s = BarSetup::kg_standard().with_collars(Collars::Competition);
    let targets = [60.0, 100.0, 140.0, 180.0].map(kg);
    let p = path(&s, &targets);
    for (set, t) in p.iter().zip(targets) {
        assert_eq!(set.loading.total, t);
    }
    assert!(moves(&p) <= moves_alone(&s, &targets, Aim::AtOrBelow));
    assert_eq!(sides(&p)[0], "15/2.5");
}

#[test]
fn a_set_that_cant_be_exact_keeps_the_single_load_total() {
    // Only 5 lb steps: 137.5 can't be made; it gets what `load` gives (135).
    let s = setup(lb(45.0), &[(lb(45.0), 4), (lb(5.0), 4)]);
    let p = path(&s, &[lb(135.0), lb(137.5), lb(145.0)]);
    assert!(!p[1].loading.is_exact());
    assert_eq!(p[1].loading.total, lb(135.0));
    assert_eq!(p[1].loading.target, lb(137.5));
    assert_eq!(words(&p), ["+45 a side", "same plates", "+5 a side"]);
}

#[test]
fn plates_in_another_unit_carry_it() {
    let s = setup(lb(45.0), &[(lb(45.0), 2), (kg(10.0), 2)]);
    // 20 kg is 44.0925 lb, so the nearest thousandth of a pound is a little
    // under the plates: aim for the nearest load.
    let t = lb(45.0).plus(lb(90.0)).plus(kg(20.0));
    let p = plates::path(&s, &[lb(135.0), t], Aim::Nearest).unwrap();
    assert_eq!(p[1].loading.total, t);
    assert_eq!(words(&p)[1], "+10 kg a side");
}

#[test]
fn change_words() {
    let c = PlateChange::between(&[lb(45.0), lb(25.0)], &[lb(45.0), lb(10.0), lb(5.0)]);
    assert_eq!(c.off, vec![lb(25.0)]);
    assert_eq!(c.on, vec![lb(10.0), lb(5.0)]);
    assert_eq!(c.moves(), 3);
    assert_eq!(c.words(Unit::Lb), "\u{2212}25, +10, +5 a side");
    // Outer plates come off outermost first.
    let c = PlateChange::between(
        &[kg(20.0), kg(10.0), kg(5.0), kg(5.0), kg(5.0)],
        &[kg(20.0)],
    );
    assert_eq!(c.words(Unit::Kg), "\u{2212}3x5, \u{2212}10 a side");
    assert_eq!(PlateChange::default().words(Unit::Kg), "same plates");
}

#[test]
fn errors_name_the_set() {
    let s = BarSetup::kg_standard();
    let e = plates::path(&s, &[kg(60.0), kg(15.0)], Aim::AtOrBelow).unwrap_err();
    assert_eq!(
        e,
        PathError {
            set: 1,
            error: LoadError::BelowEmptyBar { empty: kg(20.0) }
        }
    );
    assert_eq!(
        e.to_string(),
        "Set 2: That's lighter than the empty bar (20 kg)."
    );
    assert_eq!(plates::path(&s, &[], Aim::AtOrBelow), Ok(Vec::new()));
}

#[test]
fn empty_inventory_is_the_bar() {
    let s = setup(kg(20.0), &[]);
    let p = path(&s, &[kg(20.0), kg(40.0)]);
    assert_eq!(words(&p), ["same plates", "same plates"]);
    assert_eq!(p[1].loading.total, kg(20.0));
}

// ---- properties ----

/// Exact mass in 10⁻¹¹ kg (1 lb = 0.45359237 kg), computed independently here.
fn atoms(w: Weight) -> i128 {
    w.milli() as i128
        * match w.unit() {
            Unit::Kg => 100_000_000,
            Unit::Lb => 45_359_237,
        }
}

fn plate_mass() -> impl Strategy<Value = Weight> {
    prop_oneof![
        (1i64..=100).prop_map(|q| Weight::from_milli(q * 250, Unit::Kg)),
        (1i64..=40).prop_map(|q| Weight::from_milli(q * 1250, Unit::Lb)),
    ]
}

fn inventory() -> impl Strategy<Value = (Weight, Vec<PlateStock>)> {
    any_inventory(false)
}

/// Plates in the bar's unit, or (`mixed`) kg and lb plates on one bar.
fn any_inventory(mixed: bool) -> impl Strategy<Value = (Weight, Vec<PlateStock>)> {
    let bar = prop_oneof![Just(kg(20.0)), Just(kg(15.0)), Just(lb(45.0))];
    let plates = prop::collection::vec(
        (plate_mass(), 0u32..=8).prop_map(|(w, c)| PlateStock::new(w, c)),
        1..=5,
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

/// Targets on the bar's unit, from the empty bar up, in 0.25 steps.
fn targets(bar: Weight, extras: &[i64]) -> Vec<Weight> {
    extras
        .iter()
        .map(|&q| Weight::from_milli(bar.milli() + q * 250, bar.unit()))
        .collect()
}

/// Every per-side stack (heaviest first) the inventory allows.
fn all_stacks(stock: &[PlateStock]) -> Vec<Vec<Weight>> {
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
    merged.sort_by_key(|p| std::cmp::Reverse(atoms(p.weight)));
    let mut out: Vec<Vec<Weight>> = vec![vec![]];
    for p in &merged {
        let mut next = Vec::new();
        for s in &out {
            for k in 0..=p.count / 2 {
                let mut s = s.clone();
                s.extend(std::iter::repeat_n(p.weight, k as usize));
                next.push(s);
            }
        }
        out = next;
    }
    out
}

fn check_path(
    bar: Weight,
    stock: &[PlateStock],
    targets: &[Weight],
    aim: Aim,
) -> Result<Vec<PathSet>, TestCaseError> {
    let s = BarSetup::custom(bar, Collars::None, stock.to_vec());
    // A set `load` can't load (past the plates, aiming above) fails the path.
    let first_error = targets.iter().enumerate().find_map(|(set, &t)| {
        plates::load(&s, t, aim)
            .err()
            .map(|error| PathError { set, error })
    });
    if let Some(e) = first_error {
        prop_assert_eq!(plates::path(&s, targets, aim), Err(e));
        return Ok(Vec::new());
    }
    let p = plates::path(&s, targets, aim).unwrap();
    prop_assert_eq!(p.len(), targets.len());
    let mut before: Vec<Weight> = Vec::new();
    for (set, &t) in p.iter().zip(targets) {
        let alone = plates::load(&s, t, aim).unwrap();
        // Exact whenever an exact load exists; else the single-load total.
        prop_assert_eq!(set.loading.is_exact(), alone.is_exact());
        prop_assert_eq!(set.loading.total, alone.total);
        prop_assert_eq!(set.loading.target, t);
        // The plates make the total: bar + both sides (exact mass, to the
        // nearest thousandth of the total's unit).
        let side: i128 = set.loading.per_side.iter().map(|p| atoms(*p)).sum();
        let per_milli = atoms(Weight::from_milli(1, t.unit()));
        prop_assert!((atoms(set.loading.total) - atoms(bar) - 2 * side).abs() * 2 <= per_milli);
        // Heaviest innermost.
        prop_assert!(set
            .loading
            .per_side
            .windows(2)
            .all(|w| atoms(w[0]) >= atoms(w[1])));
        // Within the inventory.
        for q in stock {
            let used = set
                .loading
                .per_side
                .iter()
                .filter(|w| **w == q.weight)
                .count() as u32;
            let owned: u32 = stock
                .iter()
                .filter(|o| o.weight == q.weight)
                .map(|o| o.count)
                .sum();
            prop_assert!(2 * used <= owned);
        }
        // The change is what a lifter does: strip to the common part, add.
        prop_assert_eq!(
            &set.change,
            &PlateChange::between(&before, &set.loading.per_side)
        );
        let kept = before.len() - set.change.off.len();
        prop_assert_eq!(&before[..kept], &set.loading.per_side[..kept]);
        prop_assert_eq!(&set.loading.per_side[kept..], &set.change.on[..]);
        before = set.loading.per_side.clone();
    }
    // Never more moves than loading each set alone.
    prop_assert!(moves(&p) <= moves_alone(&s, targets, aim));
    Ok(p)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn paths_are_exact_within_inventory_and_never_worse_than_alone(
        (bar, stock) in inventory(),
        extras in prop::collection::vec(0i64..=400, 1..=10),
        aim in aim(),
    ) {
        let targets = targets(bar, &extras);
        check_path(bar, &stock, &targets, aim)?;
    }

    #[test]
    fn mixed_unit_paths_hold_too(
        (bar, stock) in any_inventory(true),
        extras in prop::collection::vec(0i64..=400, 1..=6),
        aim in aim(),
    ) {
        let targets = targets(bar, &extras);
        check_path(bar, &stock, &targets, aim)?;
    }

    #[test]
    fn targets_built_from_owned_plates_are_exact(
        (bar, stock) in inventory(),
        picks in prop::collection::vec(prop::collection::vec(0u32..=4, 5), 1..=8),
    ) {
        // Each target is made from plates actually owned: every set is exact.
        let targets: Vec<Weight> = picks
            .iter()
            .map(|pick| {
                let mut side = Weight::zero(bar.unit());
                for (p, &k) in stock.iter().zip(pick) {
                    side = side.plus(p.weight.times(i64::from(k.min(p.count / 2))));
                }
                bar.plus(side.times(2))
            })
            .collect();
        let p = check_path(bar, &stock, &targets, Aim::AtOrBelow)?;
        prop_assert!(p.iter().all(|s| s.loading.is_exact()));
    }

    #[test]
    fn few_stacks_give_the_fewest_moves(
        (bar, stock) in inventory(),
        extras in prop::collection::vec(0i64..=200, 1..=4),
    ) {
        // With at most 32 stacks making each weight, every one is a
        // candidate: the path is the true optimum, found here by brute force.
        let targets = targets(bar, &extras);
        let s = BarSetup::custom(bar, Collars::None, stock.clone());
        let stacks = all_stacks(&stock);
        let mut options: Vec<Vec<&Vec<Weight>>> = Vec::new();
        for &t in &targets {
            let alone = plates::load(&s, t, Aim::AtOrBelow).unwrap();
            let side: i128 = alone.per_side.iter().map(|p| atoms(*p)).sum();
            let same: Vec<&Vec<Weight>> = stacks
                .iter()
                .filter(|st| st.iter().map(|p| atoms(*p)).sum::<i128>() == side)
                .collect();
            prop_assume!(same.len() <= 32);
            options.push(same);
        }
        // Brute force, set by set over every stack (few sets, few stacks).
        let mut best: Vec<(usize, &Vec<Weight>)> = options[0]
            .iter()
            .map(|st| (st.len(), *st))
            .collect();
        for opts in &options[1..] {
            best = opts
                .iter()
                .map(|st| {
                    let cost = best
                        .iter()
                        .map(|(c, b)| c + PlateChange::between(b, st).moves())
                        .min()
                        .unwrap();
                    (cost, *st)
                })
                .collect();
        }
        let optimum = best.iter().map(|b| b.0).min().unwrap();
        let p = check_path(bar, &stock, &targets, Aim::AtOrBelow)?;
        prop_assert_eq!(moves(&p), optimum);
    }
}

#[test]
fn a_typed_list_of_set_weights_is_read_in_order() {
    use liftsheet_domain::plates::{parse_targets, TargetsError};
    use liftsheet_domain::weight::WeightError;
    let lb = Weight::lb;
    assert_eq!(
        parse_targets("135, 225 225;315", Unit::Lb),
        Ok(vec![lb(135.0), lb(225.0), lb(225.0), lb(315.0)])
    );
    // A unit after a number, with or without a space, is that number's.
    assert_eq!(
        parse_targets("60 kg, 100kg, 135", Unit::Lb),
        Ok(vec![Weight::kg(60.0), Weight::kg(100.0), lb(135.0)])
    );
    assert_eq!(parse_targets(" , ", Unit::Lb), Err(TargetsError::Empty));
    assert_eq!(
        parse_targets("135, heavy", Unit::Lb),
        Err(TargetsError::Item {
            text: "heavy".into(),
            error: WeightError::NotANumber
        })
    );
    let many = vec!["45"; 31].join(", ");
    assert_eq!(parse_targets(&many, Unit::Lb), Err(TargetsError::TooMany));
}
