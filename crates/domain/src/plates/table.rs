//! The per-side sum table behind the plate search: for every reachable
//! per-side sum, the fewest plates, ties broken by more of the heavier size.
//!
//! * dense (the usual case, one unit of plates): a table over every per-side
//!   sum up to the needed cap, one pass per plate size with a sliding-window
//!   minimum, so each plate size costs O(cells) whatever its count;
//! * sparse (mixed kg and lb plates, where the gcd is tiny): a sorted list of
//!   the sums actually reachable.
//!
//! Sizes are added lightest first, so the heaviest size decides ties last
//! and therefore first in the comparison: among loads with equal plate
//! counts that is exactly "heavier plates first" (sequences compared
//! heaviest first).

use super::LoadError;
use crate::weight::Weight;
use std::collections::VecDeque;

/// Largest dense table (cells per plate size) before switching to sparse.
const DENSE_CELLS: usize = 1 << 18;
/// Largest number of reachable sums the sparse search keeps.
const SPARSE_STATES: usize = 1 << 20;

/// One plate size available to add: mass in gcd units, at most `per_side`.
pub(super) struct Size {
    pub(super) plate: Weight,
    pub(super) units: i128,
    pub(super) per_side: u32,
}

/// Best way to reach each per-side sum, per plate size (lightest first).
pub(super) enum Table {
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
    pub(super) fn build(sizes: &[Size], cap: i128) -> Result<Table, LoadError> {
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
            let k_max = (size.per_side as usize).min((cells - 1) / w);
            let mut picked = vec![0u32; cells];
            if k_max == (cells - 1) / w {
                // The count never binds below the cap: plain unbounded
                // recurrence, taking the plate on ties (more of this size).
                for s in 0..cells {
                    next[s] = best[s];
                    picked[s] = 0;
                    if s >= w && next[s - w] != UNREACHABLE && next[s - w] < best[s] {
                        next[s] = next[s - w] + 1;
                        picked[s] = picked[s - w] + 1;
                    }
                }
                std::mem::swap(&mut best, &mut next);
                choice.push(picked);
                continue;
            }
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
            let per_side = i128::from(size.per_side).min(cap / size.units) as u32;
            let work = current.len() * (per_side as usize + 1);
            if work > 4 * SPARSE_STATES {
                return Err(LoadError::TooManyCombinations);
            }
            let mut level: Vec<(i128, u32, u32)> = Vec::with_capacity(work);
            for &(sum, plates) in &current {
                for k in 0..=per_side {
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
    pub(super) fn at_or_below(&self, x: i128) -> Option<i128> {
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
    pub(super) fn at_or_above(&self, x: i128, cap: i128) -> Option<i128> {
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
    pub(super) fn counts(&self, sizes: &[Size], mut s: i128) -> Vec<u32> {
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
                plate: Weight::saturating_from_milli(u, crate::Unit::Kg),
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
}
