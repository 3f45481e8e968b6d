//! "Only add plates" ladders: every warm-up is a prefix of the work set's
//! plates.
//!
//! A lifter who never strips plates between sets loads the work set's plates
//! one after another, heaviest first, and does a warm-up set at some of the
//! in-between totals. So this search lists every way the inventory makes the
//! work set's per-side load exactly, and for each one matches the wanted
//! steps to its prefixes in order (a longest-common-subsequence style
//! dynamic programme). The best ladder keeps the most steps, then has the
//! smallest cost: distance from the wanted weights plus one warm-up
//! increment (5 kg / 10 lb, [S64]) for every plate per side of the work set,
//! so "25/15/10/10" beats a seven-plate stack that hits every weight.

use super::{Ladder, Want, WarmupStep};
use crate::plates::{self, Aim, BarSetup, Loading};
use crate::weight::{Unit, Weight};
use std::cmp::Ordering;

/// Exact masses as integers: 10⁻¹¹ kg "atoms" (1 lb = 0.45359237 kg, [S77]),
/// as the plate solver counts them, so totals round the same way.
fn atoms(w: Weight) -> i128 {
    let per_milli: i128 = match w.unit() {
        Unit::Kg => 100_000_000,
        Unit::Lb => 45_359_237,
    };
    i128::from(w.milli()) * per_milli
}

/// Atoms to the nearest thousandth of `unit` (halves away from zero, as the
/// solver rounds).
fn from_atoms(a: i128, unit: Unit) -> Weight {
    let d = atoms(Weight::from_milli(1, unit));
    let q = if a >= 0 {
        (a + d / 2) / d
    } else {
        (a - d / 2) / d
    };
    Weight::from_milli(i64::try_from(q).unwrap_or(i64::MAX), unit)
}

/// Search nodes visited at most while listing work loadings; ordinary plate
/// sets need a few thousand. Past this the best found so far is used.
const NODE_LIMIT: usize = 200_000;

/// Distinct plate sizes (heaviest first) with how many fit on one side.
fn sizes(setup: &BarSetup) -> Vec<(i128, Weight, u32)> {
    let mut merged: Vec<(i128, Weight, u32)> = Vec::new();
    for p in &setup.plates {
        let a = atoms(p.weight);
        match merged.iter_mut().find(|m| m.0 == a) {
            Some(m) => m.2 += p.count,
            None => merged.push((a, p.weight, p.count)),
        }
    }
    merged.retain(|m| m.0 > 0 && m.2 >= 2);
    for m in &mut merged {
        m.2 /= 2;
    }
    // Keys are distinct (merged above), and there are a dozen at most.
    plates::sort_short_by_key(&mut merged, |m| std::cmp::Reverse(m.0));
    merged
}

/// Every per-side plate list (heaviest first) summing to exactly `target`
/// atoms, handed to `visit` as it is found.
struct Combos<'a, F: FnMut(&[Weight])> {
    sizes: &'a [(i128, Weight, u32)],
    /// What sizes `i..` can hold at most, per side.
    room: Vec<i128>,
    nodes: usize,
    visit: F,
}

impl<F: FnMut(&[Weight])> Combos<'_, F> {
    fn walk(&mut self, i: usize, left: i128, list: &mut Vec<Weight>) {
        self.nodes += 1;
        if left == 0 {
            (self.visit)(list);
            return;
        }
        if i == self.sizes.len() || left > self.room[i] || self.nodes > NODE_LIMIT {
            return;
        }
        let (a, plate, count) = self.sizes[i];
        let most = (left / a).min(i128::from(count));
        // More of the heavy plate first: those lists are found first and win
        // ties.
        for k in (0..=most).rev() {
            let before = list.len();
            list.extend(std::iter::repeat_n(plate, k as usize));
            self.walk(i + 1, left - k * a, list);
            list.truncate(before);
        }
    }
}

/// A ladder's score: (steps kept, cost in thousandths); higher kept, then
/// lower cost, is better.
type Score = (usize, i64);

fn better(a: Score, b: Score) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

/// Whether a prefix total may stand for a wanted weight under `aim`.
fn allowed(total: Weight, target: Weight, aim: Aim) -> bool {
    match aim {
        Aim::Nearest => true,
        Aim::AtOrBelow => total.cmp_mass(target) != Ordering::Greater,
        Aim::AtOrAbove => total.cmp_mass(target) != Ordering::Less,
    }
}

/// Best in-order matching of `wants` to prefix `totals`: which prefix each
/// kept want gets, and the score.
fn matching(wants: &[Want], totals: &[Weight], aim: Aim) -> (Score, Vec<(usize, usize)>) {
    let (n, m) = (wants.len(), totals.len());
    // best[i][k]: using wants[..i] and prefixes[..k].
    let mut best = vec![vec![(0usize, 0i64); m + 1]; n + 1];
    for i in 1..=n {
        for k in 1..=m {
            let mut b = best[i - 1][k];
            if better(best[i][k - 1], b) {
                b = best[i][k - 1];
            }
            let (want, total) = (wants[i - 1].weight, totals[k - 1]);
            if allowed(total, want, aim) {
                let (kept, cost) = best[i - 1][k - 1];
                let take = (kept + 1, cost + total.minus(want).milli().abs());
                if better(take, b) {
                    b = take;
                }
            }
            best[i][k] = b;
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut k) = (n, m);
    while i > 0 && k > 0 {
        if best[i][k] == best[i - 1][k] {
            i -= 1;
        } else if best[i][k] == best[i][k - 1] {
            k -= 1;
        } else {
            pairs.push((i - 1, k - 1));
            i -= 1;
            k -= 1;
        }
    }
    pairs.reverse();
    (best[n][m], pairs)
}

/// The best work loading so far: its score, per-side plates, (want,
/// prefix) pairs and prefix totals.
struct Best {
    score: Score,
    list: Vec<Weight>,
    pairs: Vec<(usize, usize)>,
    totals: Vec<Weight>,
}

/// The "only add plates" ladder for `work` (see the module doc).
///
/// `wants` are already at least the empty bar and on the warm-up grid;
/// `plate_cost` is what one plate per side on the work set costs.
pub(super) fn ladder(
    work: Weight,
    wants: &[Want],
    setup: &BarSetup,
    aim: Aim,
    plate_cost: Weight,
) -> Result<Ladder, super::WarmupError> {
    let unit = work.unit();
    let alone = plates::load(setup, work, Aim::AtOrBelow)?;
    let wants: Vec<Want> = wants
        .iter()
        .copied()
        .filter(|w| w.weight.cmp_mass(work) == Ordering::Less)
        .collect();
    let base = atoms(setup.bar) + 2 * atoms(setup.collar);
    let per_side: i128 = alone.per_side.iter().map(|p| atoms(*p)).sum();
    let sizes = sizes(setup);
    let mut room = vec![0i128; sizes.len() + 1];
    for i in (0..sizes.len()).rev() {
        room[i] = room[i + 1] + sizes[i].0 * i128::from(sizes[i].2);
    }
    let plate_cost = plate_cost.to(unit).milli().max(0);

    let mut best: Option<Best> = None;
    let mut combos = Combos {
        sizes: &sizes,
        room,
        nodes: 0,
        visit: |list: &[Weight]| {
            // Totals of the prefixes shorter than the whole list.
            let mut totals = Vec::with_capacity(list.len());
            let mut sum = base;
            for p in list {
                totals.push(from_atoms(sum, unit));
                sum += 2 * atoms(*p);
            }
            let ((kept, dist), pairs) = matching(&wants, &totals, aim);
            let score = (kept, dist + plate_cost * list.len() as i64);
            if best.as_ref().is_none_or(|b| better(score, b.score)) {
                best = Some(Best {
                    score,
                    list: list.to_vec(),
                    pairs,
                    totals,
                });
            }
        },
    };
    combos.walk(0, per_side, &mut Vec::new());

    let Some(Best {
        list,
        pairs,
        totals,
        ..
    }) = best
    else {
        // The standalone loading is always one of the lists, so this is only
        // reached if the node limit stopped the search before it.
        return Ok(Ladder {
            steps: Vec::new(),
            work: alone,
        });
    };
    // The solver itself makes each loading (the fixed prefix plus nothing),
    // so totals are exactly what `plates::load` reports.
    let mut steps = Vec::with_capacity(pairs.len());
    for (i, k) in pairs {
        let loading = plates::load_on(setup, &list[..k], totals[k], Aim::AtOrBelow)?;
        steps.push(WarmupStep {
            weight: loading.total,
            reps: wants[i].reps,
            sets: wants[i].sets,
            loading: Loading {
                target: wants[i].weight,
                ..loading
            },
        });
    }
    let work_loading = plates::load_on(setup, &list, alone.total, Aim::AtOrBelow)?;
    Ok(Ladder {
        steps,
        work: Loading {
            target: work,
            ..work_loading
        },
    })
}
