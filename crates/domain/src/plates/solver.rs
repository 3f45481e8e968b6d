//! The exact plate search behind [`super::load`].
//!
//! Every mass becomes an integer in an exact common unit ("atoms" of 10⁻¹¹ kg:
//! 1 g-thousandth of kg = 10⁸ atoms, a thousandth of a pound = 45 359 237
//! atoms, [S77]), then is divided by the gcd of the plate masses. A per-side
//! load is then a bounded knapsack over small integers:
//!
//! * dense (the usual case, one unit of plates): a table over every per-side
//!   sum up to the needed cap, one pass per plate size with a sliding-window
//!   minimum, so each plate size costs O(cells) whatever its count;
//! * sparse (mixed kg and lb plates, where the gcd is tiny): a sorted list of
//!   the sums actually reachable.
//!
//! Both keep, for every reachable sum, the fewest plates, ties broken by more
//! of the heavier size. Sizes are added lightest first, so the heaviest size
//! decides ties first: among loads with equal plate counts that is exactly
//! "heavier plates first" (the sequences compared heaviest first).

use super::{Aim, BarSetup, LoadError, Loading, SetupError};
use crate::weight::{Unit, Weight};
use std::collections::VecDeque;

/// Atoms (10⁻¹¹ kg) in a thousandth of each unit.
fn atoms_per_milli(unit: Unit) -> i128 {
    match unit {
        Unit::Kg => 100_000_000,
        Unit::Lb => 45_359_237,
    }
}

fn atoms(w: Weight) -> i128 {
    w.milli() as i128 * atoms_per_milli(w.unit())
}

/// Atoms to the nearest thousandth of `unit` (halves away from zero).
fn from_atoms(a: i128, unit: Unit) -> Weight {
    let d = atoms_per_milli(unit);
    let q = if a >= 0 {
        (a + d / 2) / d
    } else {
        (a - d / 2) / d
    };
    Weight::from_milli(q as i64, unit)
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

/// Largest dense table (cells per plate size) before switching to sparse.
const DENSE_CELLS: usize = 1 << 18;
/// Largest number of reachable sums the sparse search keeps.
const SPARSE_STATES: usize = 1 << 20;

/// One plate size available to add: mass in gcd units, at most `per_side`.
struct Size {
    plate: Weight,
    units: i128,
    per_side: u32,
}

pub(super) fn load_on(
    setup: &BarSetup,
    fixed: &[Weight],
    target: Weight,
    aim: Aim,
) -> Result<Loading, LoadError> {
    if setup.bar.milli() < 0 {
        return Err(LoadError::Setup(SetupError::NegativeBar));
    }
    if setup.collar.milli() < 0 {
        return Err(LoadError::Setup(SetupError::NegativeCollar));
    }
    if setup.plates.iter().any(|p| p.weight.milli() <= 0) {
        return Err(LoadError::Setup(SetupError::PlateNotPositive));
    }

    // Inventory merged by exact mass, minus what `fixed` already uses.
    let mut merged: Vec<(i128, Weight, u64)> = Vec::new();
    for p in &setup.plates {
        let a = atoms(p.weight);
        match merged.iter_mut().find(|m| m.0 == a) {
            Some(m) => m.2 += u64::from(p.count),
            None => merged.push((a, p.weight, u64::from(p.count))),
        }
    }
    let mut outer_limit = i128::MAX;
    for &f in fixed {
        let a = atoms(f);
        outer_limit = outer_limit.min(a);
        if let Some(m) = merged.iter_mut().find(|m| m.0 == a) {
            m.2 = m.2.saturating_sub(2);
        }
    }
    merged.retain(|m| m.0 <= outer_limit && m.2 >= 2);
    merged.sort_by_key(|m| m.0);

    let base = atoms(setup.bar)
        + 2 * atoms(setup.collar)
        + 2 * fixed.iter().map(|&f| atoms(f)).sum::<i128>();
    let unit = target.unit();
    let d = atoms(target) - base;
    if d < 0 {
        return Err(LoadError::BelowEmptyBar {
            empty: from_atoms(base, unit),
        });
    }

    let g = merged.iter().fold(0, |acc, m| gcd(acc, m.0)).max(1);
    // Per-side sums are multiples of g; total = base + 2·g·s.
    let lo = d / (2 * g); // largest s with 2gs <= d
    let hi = lo + i128::from(2 * g * lo != d); // smallest s with 2gs >= d
    let capacity: i128 = merged
        .iter()
        .map(|m| (m.0 / g) * i128::from((m.2 / 2).min(u64::from(u32::MAX)) as u32))
        .sum();
    let heaviest = merged.iter().map(|m| m.0 / g).max().unwrap_or(0);
    let cap = match aim {
        Aim::AtOrBelow => lo.min(capacity),
        // The lightest reachable sum at or above `hi` is below `hi + heaviest`
        // (drop plates from a full bar while it stays >= hi).
        Aim::Nearest | Aim::AtOrAbove => (hi + heaviest).min(capacity),
    };
    if aim == Aim::AtOrAbove && capacity < hi {
        return Err(LoadError::AboveCapacity {
            heaviest: from_atoms(base + 2 * g * capacity, unit),
        });
    }

    let sizes: Vec<Size> = merged
        .iter()
        .map(|m| {
            let units = m.0 / g;
            let per_side = (m.2 / 2).min((cap / units).max(0) as u64) as u32;
            Size {
                plate: m.1,
                units,
                per_side,
            }
        })
        .collect();

    let table = Table::build(&sizes, cap)?;
    let below = table.at_or_below(lo.min(cap));
    let above = if hi <= cap {
        table.at_or_above(hi, cap)
    } else {
        None
    };
    let chosen = match aim {
        Aim::AtOrBelow => below,
        Aim::AtOrAbove => above,
        Aim::Nearest => match (below, above) {
            (Some(b), Some(a)) => {
                if 2 * g * a - d <= d - 2 * g * b {
                    Some(a)
                } else {
                    Some(b)
                }
            }
            (b, a) => b.or(a),
        },
    };
    // s = 0 (no plates) is always reachable, so `below` is never None.
    let s = chosen.ok_or(LoadError::AboveCapacity {
        heaviest: from_atoms(base + 2 * g * capacity, unit),
    })?;

    let counts = table.counts(&sizes, s);
    let mut per_side: Vec<Weight> = fixed.to_vec();
    for (size, &k) in sizes.iter().zip(&counts).rev() {
        per_side.extend(std::iter::repeat_n(size.plate, k as usize));
    }
    Ok(Loading {
        per_side,
        total: from_atoms(base + 2 * g * s, unit),
        target,
    })
}

/// Best way to reach each per-side sum, per plate size (lightest first).
enum Table {
    Dense {
        /// choice[i][s]: plates of size i used for sum s with sizes 0..=i.
        choice: Vec<Vec<u32>>,
        /// Fewest plates for each sum with all sizes, `UNREACHABLE` if none.
        best: Vec<u32>,
    },
    Sparse {
        /// levels[i]: (sum, plates, plates of size i) sorted by sum.
        levels: Vec<Vec<(i128, u32, u32)>>,
        /// Reachable sums with all sizes, sorted.
        sums: Vec<i128>,
    },
}

const UNREACHABLE: u32 = u32::MAX;

impl Table {
    fn build(sizes: &[Size], cap: i128) -> Result<Table, LoadError> {
        if cap < 0 {
            return Ok(Table::Sparse {
                levels: Vec::new(),
                sums: Vec::new(),
            });
        }
        if cap < DENSE_CELLS as i128 {
            Ok(Table::dense(sizes, cap as usize + 1))
        } else {
            Table::sparse(sizes, cap)
        }
    }

    fn dense(sizes: &[Size], cells: usize) -> Table {
        let mut best = vec![UNREACHABLE; cells];
        best[0] = 0;
        let mut next = vec![UNREACHABLE; cells];
        let mut choice = Vec::with_capacity(sizes.len());
        let mut window: VecDeque<(usize, i64)> = VecDeque::new();
        const NONE: i64 = i64::MAX;
        for size in sizes {
            let w = size.units as usize;
            let k_max = size.per_side as usize;
            let mut picked = vec![0u32; cells];
            // Sums in one residue class mod w: best[r + j·w] over j.
            // new[j] = min over i in [j-k, j] of (old[i] - i) + j; equal keys keep
            // the older i, i.e. more plates of this (heavier) size.
            for r in 0..w.min(cells) {
                window.clear();
                let mut j = 0usize;
                let mut s = r;
                while s < cells {
                    let key = if best[s] == UNREACHABLE {
                        NONE
                    } else {
                        best[s] as i64 - j as i64
                    };
                    while window.back().is_some_and(|&(_, k)| k > key) {
                        window.pop_back();
                    }
                    window.push_back((j, key));
                    while window.front().is_some_and(|&(i, _)| i + k_max < j) {
                        window.pop_front();
                    }
                    let (i, k) = window[0];
                    if k == NONE {
                        next[s] = UNREACHABLE;
                    } else {
                        next[s] = (k + j as i64) as u32;
                        picked[s] = (j - i) as u32;
                    }
                    j += 1;
                    s += w;
                }
            }
            std::mem::swap(&mut best, &mut next);
            choice.push(picked);
        }
        Table::Dense { choice, best }
    }

    fn sparse(sizes: &[Size], cap: i128) -> Result<Table, LoadError> {
        let mut current: Vec<(i128, u32)> = vec![(0, 0)];
        let mut levels = Vec::with_capacity(sizes.len());
        for size in sizes {
            let work = current.len() * (size.per_side as usize + 1);
            if work > 4 * SPARSE_STATES {
                return Err(LoadError::TooManyCombinations);
            }
            let mut level: Vec<(i128, u32, u32)> = Vec::with_capacity(work);
            for &(sum, plates) in &current {
                for k in 0..=size.per_side {
                    let s = sum + i128::from(k) * size.units;
                    if s > cap {
                        break;
                    }
                    level.push((s, plates + k, k));
                }
            }
            // Per sum: fewest plates, then most of this size.
            level.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)));
            level.dedup_by_key(|e| e.0);
            if level.len() > SPARSE_STATES {
                return Err(LoadError::TooManyCombinations);
            }
            current = level.iter().map(|e| (e.0, e.1)).collect();
            levels.push(level);
        }
        Ok(Table::Sparse {
            levels,
            sums: current.into_iter().map(|e| e.0).collect(),
        })
    }

    /// Largest reachable sum <= x.
    fn at_or_below(&self, x: i128) -> Option<i128> {
        if x < 0 {
            return None;
        }
        match self {
            Table::Dense { best, .. } => {
                let top = (x as usize).min(best.len() - 1);
                (0..=top)
                    .rev()
                    .find(|&s| best[s] != UNREACHABLE)
                    .map(|s| s as i128)
            }
            Table::Sparse { sums, .. } => {
                let i = sums.partition_point(|&s| s <= x);
                i.checked_sub(1).map(|i| sums[i])
            }
        }
    }

    /// Smallest reachable sum in [x, cap].
    fn at_or_above(&self, x: i128, cap: i128) -> Option<i128> {
        match self {
            Table::Dense { best, .. } => {
                let from = x.max(0) as usize;
                let to = (cap as usize).min(best.len() - 1);
                (from..=to)
                    .find(|&s| best[s] != UNREACHABLE)
                    .map(|s| s as i128)
            }
            Table::Sparse { sums, .. } => {
                let i = sums.partition_point(|&s| s < x);
                sums.get(i).copied().filter(|&s| s <= cap)
            }
        }
    }

    /// Plates of each size (lightest first) in the best load for sum `s`.
    fn counts(&self, sizes: &[Size], mut s: i128) -> Vec<u32> {
        let mut counts = vec![0; sizes.len()];
        for i in (0..sizes.len()).rev() {
            let k = match self {
                Table::Dense { choice, .. } => choice[i][s as usize],
                Table::Sparse { levels, .. } => {
                    let level = &levels[i];
                    let at = level.partition_point(|e| e.0 < s);
                    level[at].2
                }
            };
            counts[i] = k;
            s -= i128::from(k) * sizes[i].units;
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(units: &[(i128, u32)]) -> Vec<Size> {
        units
            .iter()
            .map(|&(u, k)| Size {
                plate: Weight::from_milli(u as i64, Unit::Kg),
                units: u,
                per_side: k,
            })
            .collect()
    }

    /// The dense and sparse tables agree on every sum and every choice.
    #[test]
    fn dense_and_sparse_agree() {
        let cases: &[&[(i128, u32)]] = &[
            &[(1, 2), (2, 1), (5, 3), (10, 2)],
            &[(3, 4), (7, 2), (10, 1), (14, 5)],
            &[(2, 3), (4, 3), (6, 3)],
            &[(1, 0), (9, 9)],
        ];
        for units in cases {
            let sizes = sizes(units);
            let cap = sizes
                .iter()
                .map(|s| s.units * i128::from(s.per_side))
                .sum::<i128>();
            let dense = Table::dense(&sizes, cap as usize + 1);
            let sparse = Table::sparse(&sizes, cap).unwrap();
            for s in 0..=cap {
                let d = dense.at_or_below(s);
                assert_eq!(d, sparse.at_or_below(s), "{units:?} at {s}");
                assert_eq!(dense.at_or_above(s, cap), sparse.at_or_above(s, cap));
                if d == Some(s) {
                    assert_eq!(dense.counts(&sizes, s), sparse.counts(&sizes, s));
                }
            }
        }
    }

    #[test]
    fn atoms_are_exact_for_both_units() {
        // 100 000 lb = 45 359.237 kg exactly ([S77]).
        let lb = Weight::from_milli(100_000_000, Unit::Lb);
        let kg = Weight::from_milli(45_359_237, Unit::Kg);
        assert_eq!(atoms(lb), atoms(kg));
        assert_eq!(
            from_atoms(atoms(Weight::lb(45.0)), Unit::Kg),
            Weight::lb(45.0).to(Unit::Kg)
        );
    }
}
