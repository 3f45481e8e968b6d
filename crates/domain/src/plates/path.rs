//! Plate paths: the plates for each set of one exercise in a session, each
//! set built on the one before.
//!
//! [`super::load`] answers one set at a time: after 335 lb (45/45/45/10 a
//! side) it loads 345 lb as 45/45/35/25, the fewest plates, where a lifter
//! just adds a 5. [`path`] takes the sets in order and, among the loads that
//! make each set's weight, picks those with the fewest plates moved over the
//! whole session.
//!
//! **Weights.** Each set's total is the one [`super::load`] gives for it with
//! the same [`Aim`]: exact whenever an exact load exists (§6.5), otherwise
//! the same loadable weight `load` picks ([`Loading::is_exact`] says which).
//! Only which plates make that total may differ.
//!
//! **Moves.** The plates on a sleeve are a stack, heaviest innermost (as
//! [`Loading::per_side`] lists them, and as lifters load: small plates go
//! outside). To change a plate a lifter first strips every plate outside it,
//! so going from one set to the next keeps the longest common inner part of
//! the two stacks, takes the rest of the old stack off (outermost first) and
//! puts the rest of the new one on (innermost first). Moves are plates taken
//! off plus plates put on, counted on one side (the other mirrors it). The
//! first set is loaded from the empty bar; stripping after the last set is
//! not counted.
//!
//! **Search.** Stacks under this distance are the nodes of a tree (each
//! stack's parent is the stack one plate shorter), and the best path picks
//! one stack per set: a shortest path through candidate stacks, solved set
//! by set (a dynamic programme, exact over the candidates). Ties go to fewer
//! plates on the bar over the whole path, then to the single-set answer.
//! Candidates for a set: what `load` gives alone (so a path never moves more
//! plates than loading each set alone); up to [`ENUMERATED`] stacks with the
//! fewest plates (every stack, when there are no more than that, so the path
//! is then the true optimum); and every inner part of a candidate of the set
//! before, or of the set after, topped up with the fewest plates. That last
//! kind is how a lifter builds on a set, and is enough in this sense: in a
//! best path, replacing a set's outer plates beyond what it shares with a
//! neighbour by the fewest plates that make its weight never adds a move. At
//! most [`KEPT`] candidates of a set, the cheapest so far, go on to the
//! next, so the work per set is bounded whatever the inventory.

use super::solver;
use super::{load, Aim, BarSetup, LoadError, Loading};
use crate::weight::{Unit, Weight};
use std::fmt;

/// Stacks with the fewest plates listed for each set (all of them when a
/// weight has no more).
const ENUMERATED: usize = 32;
/// Candidates of one set carried to the next.
const KEPT: usize = 48;
/// Largest fewest-plates table (plate sizes × per-side sums) a path builds;
/// past it (kg and lb plates mixed on one bar, where the common unit is
/// tiny) each set is loaded alone.
const TABLE_CELLS: usize = 1 << 20;

/// What changes on each side of the bar from one set to the next.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PlateChange {
    /// Plates taken off, in the order they come off (outermost first).
    pub off: Vec<Weight>,
    /// Plates put on, in the order they go on (innermost first).
    pub on: Vec<Weight>,
}

impl PlateChange {
    /// The change from one stack to another (each listed innermost first, as
    /// [`Loading::per_side`]): keep the common inner part, strip the rest of
    /// `before`, put on the rest of `after` (see the module doc).
    pub fn between(before: &[Weight], after: &[Weight]) -> PlateChange {
        let common = before.iter().zip(after).take_while(|(a, b)| a == b).count();
        PlateChange {
            off: before[common..].iter().rev().copied().collect(),
            on: after[common..].to_vec(),
        }
    }

    /// Plates moved on one side: taken off plus put on.
    pub fn moves(&self) -> usize {
        self.off.len() + self.on.len()
    }

    /// Nothing to change.
    pub fn is_empty(&self) -> bool {
        self.off.is_empty() && self.on.is_empty()
    }

    /// The change as short text, plates in the order they move:
    /// "+5 a side", "−25, +10 a side", "same plates".
    ///
    /// Plates in `unit` (the total's) are bare numbers like
    /// [`Loading::compact`]'s; others carry their unit ("+20 kg a side"). A
    /// run of three or more equal plates is written `+3x45`, as `compact`
    /// does. Removals use the minus sign "−" (U+2212).
    pub fn words(&self, unit: Unit) -> String {
        if self.is_empty() {
            return "same plates".into();
        }
        let mut parts = Vec::new();
        push_runs(&mut parts, '\u{2212}', &self.off, unit);
        push_runs(&mut parts, '+', &self.on, unit);
        format!("{} a side", parts.join(", "))
    }
}

fn push_runs(parts: &mut Vec<String>, sign: char, plates: &[Weight], unit: Unit) {
    let mut i = 0;
    while i < plates.len() {
        let plate = plates[i];
        let run = plates[i..].iter().take_while(|p| **p == plate).count();
        let label = if plate.unit() == unit {
            plate.number()
        } else {
            plate.to_string()
        };
        if run >= 3 {
            parts.push(format!("{sign}{run}x{label}"));
        } else {
            parts.extend(std::iter::repeat_n(format!("{sign}{label}"), run));
        }
        i += run;
    }
}

/// One set of a path: its plates and what changes from the set before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathSet {
    pub loading: Loading,
    /// From the set before; for the first set, from the empty bar.
    pub change: PlateChange,
}

/// A set of a path that can't be loaded at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathError {
    /// Which set, counting from 0.
    pub set: usize,
    pub error: LoadError,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Set {}: {}", self.set + 1, self.error)
    }
}

impl std::error::Error for PathError {}

/// Plates for `targets` in order (the sets of one exercise: warm-ups, work
/// sets, back-off sets), each set's total as [`super::load`] gives it with
/// `aim`, and the plates chosen so the fewest move over the whole path (see
/// the module doc). Fails on the first set `load` can't load.
pub fn path(setup: &BarSetup, targets: &[Weight], aim: Aim) -> Result<Vec<PathSet>, PathError> {
    let alone = targets
        .iter()
        .enumerate()
        .map(|(set, &t)| load(setup, t, aim).map_err(|error| PathError { set, error }))
        .collect::<Result<Vec<Loading>, PathError>>()?;
    let stacks = Stacks::new(setup, &alone).map(|s| s.best_path());
    let mut before: &[Weight] = &[];
    let mut sets = Vec::with_capacity(alone.len());
    for (i, loading) in alone.into_iter().enumerate() {
        let loading = match &stacks {
            Some(s) => Loading {
                per_side: s.plates(&s.chosen[i]),
                ..loading
            },
            None => loading,
        };
        sets.push(PathSet {
            change: PlateChange::between(before, &loading.per_side),
            loading,
        });
        before = &sets[i].loading.per_side;
    }
    Ok(sets)
}

/// Fewest plates per side, or none.
const NONE: u32 = u32::MAX;

/// A stack as plates of each size, heaviest size first: that order is the
/// stack itself, innermost first.
type Counts = Vec<u32>;

/// The inventory as integers and the per-side sums each set must make.
struct Stacks {
    /// Plate sizes, heaviest first.
    plates: Vec<Weight>,
    /// Each size in the gcd unit of all sizes.
    units: Vec<usize>,
    /// Plates of each size that fit on one side.
    avail: Vec<u32>,
    /// `low[h][s]`: fewest plates making per-side sum `s` from sizes `h..`
    /// (`NONE` if they can't); `low[len]` is the empty inventory.
    low: Vec<Vec<u32>>,
    /// Each set's per-side sum, and its stack alone (what `load` gave).
    sums: Vec<usize>,
    alone: Vec<Counts>,
    /// The path found (by [`Stacks::best_path`]).
    chosen: Vec<Counts>,
}

/// A candidate stack for one set and the cheapest way to it so far:
/// (moves, plates on the bar, candidate ranks) summed along the path.
struct Candidate {
    counts: Counts,
    plates: u32,
    cost: (u32, u32, u32),
    /// Index of the candidate before it in the previous set's list.
    from: usize,
    rank: u32,
}

impl Stacks {
    /// `None` when the table would be too large (see [`TABLE_CELLS`]).
    fn new(setup: &BarSetup, alone: &[Loading]) -> Option<Stacks> {
        let prepared = solver::prepare(setup, &[]).ok()?;
        let sizes: Vec<_> = prepared.sizes.iter().rev().collect();
        let atoms: Vec<i128> = sizes.iter().map(|s| solver::atoms(s.plate)).collect();
        let mut sums = Vec::with_capacity(alone.len());
        let mut counts = Vec::with_capacity(alone.len());
        for loading in alone {
            let mut c = vec![0u32; sizes.len()];
            let mut sum: i128 = 0;
            for &p in &loading.per_side {
                let a = solver::atoms(p);
                let h = atoms.iter().position(|&x| x == a)?;
                c[h] += 1;
                sum += sizes[h].units;
            }
            sums.push(usize::try_from(sum).ok()?);
            counts.push(c);
        }
        let cells = sums.iter().max().map_or(1, |&m| m + 1);
        if cells.saturating_mul(sizes.len() + 1) > TABLE_CELLS {
            return None;
        }
        // A size heavier than every sum never fits; keep it out of usize range
        // trouble by clamping (it is still never chosen).
        let units: Vec<usize> = sizes
            .iter()
            .map(|s| usize::try_from(s.units).unwrap_or(usize::MAX).min(cells))
            .collect();
        let avail: Vec<u32> = sizes.iter().map(|s| s.per_side).collect();
        let mut low = vec![Vec::new(); sizes.len() + 1];
        let mut last = vec![NONE; cells];
        last[0] = 0;
        low[sizes.len()] = last;
        for h in (0..sizes.len()).rev() {
            let below = &low[h + 1];
            let row: Vec<u32> = (0..cells)
                .map(|s| {
                    let most = (avail[h] as usize).min(s / units[h]);
                    (0..=most)
                        .filter(|&k| below[s - k * units[h]] != NONE)
                        .map(|k| below[s - k * units[h]] + k as u32)
                        .min()
                        .unwrap_or(NONE)
                })
                .collect();
            low[h] = row;
        }
        Some(Stacks {
            plates: sizes.iter().map(|s| s.plate).collect(),
            units,
            avail,
            low,
            sums,
            alone: counts,
            chosen: Vec::new(),
        })
    }

    fn plates(&self, counts: &[u32]) -> Vec<Weight> {
        let mut out = Vec::new();
        for (&plate, &k) in self.plates.iter().zip(counts) {
            out.extend(std::iter::repeat_n(plate, k as usize));
        }
        out
    }

    /// Adds to `counts` the fewest plates making `r` more, from sizes
    /// `from..` with only `first` left of size `from` (ties: more of the
    /// heavier size, as [`super::load`] breaks them). False if none do.
    fn fill(&self, counts: &mut [u32], from: usize, first: u32, mut r: usize) -> bool {
        for h in from..self.units.len() {
            let avail = if h == from { first } else { self.avail[h] };
            let most = (avail as usize).min(r / self.units[h]);
            let below = &self.low[h + 1];
            let mut best: Option<(u32, usize)> = None;
            for k in (0..=most).rev() {
                let rest = below[r - k * self.units[h]];
                if rest != NONE && best.is_none_or(|(b, _)| rest + (k as u32) < b) {
                    best = Some((rest + k as u32, k));
                }
            }
            let Some((_, k)) = best else { return false };
            counts[h] += k as u32;
            r -= k * self.units[h];
        }
        r == 0
    }

    /// `prefix` (an inner part of some stack) topped up to sum `s` with the
    /// fewest plates no heavier than its outermost one.
    fn complete(&self, prefix: &[u32], s: usize) -> Option<Counts> {
        let have: usize = prefix
            .iter()
            .zip(&self.units)
            .map(|(&k, &u)| k as usize * u)
            .sum();
        let r = s.checked_sub(have)?;
        if self.units.is_empty() {
            return (r == 0).then(Vec::new);
        }
        let from = prefix.iter().rposition(|&k| k > 0).unwrap_or(0);
        let mut counts = prefix.to_vec();
        let first = self.avail[from] - prefix[from];
        self.fill(&mut counts, from, first, r).then_some(counts)
    }

    /// Stacks making per-side sum `s` exactly: all of them if there are at
    /// most [`ENUMERATED`], else that many with the fewest plates.
    fn enumerate(&self, s: usize, out: &mut Vec<Counts>) {
        let mut found = Vec::new();
        let mut cur = vec![0; self.units.len()];
        self.walk(0, s, 0, (u32::MAX, false), &mut cur, &mut found);
        if found.len() > ENUMERATED {
            found.clear();
            let most: u32 = self.avail.iter().sum();
            let mut lim = self.low[0][s];
            while found.len() < ENUMERATED && lim <= most {
                self.walk(0, s, 0, (lim, true), &mut cur, &mut found);
                lim += 1;
            }
        }
        out.extend(found);
    }

    /// Depth-first over sizes `h..` making `r`, `used` plates so far, at
    /// most `lim.0` in all (exactly, if `lim.1`); every branch taken can be
    /// completed (the `low` table says so), so the work follows the output.
    fn walk(
        &self,
        h: usize,
        r: usize,
        used: u32,
        lim: (u32, bool),
        cur: &mut Counts,
        out: &mut Vec<Counts>,
    ) {
        if out.len() > ENUMERATED || (lim.1 && out.len() == ENUMERATED) {
            return;
        }
        if h == self.units.len() {
            if r == 0 && (!lim.1 || used == lim.0) {
                out.push(cur.clone());
            }
            return;
        }
        let most = (self.avail[h] as usize).min(r / self.units[h]);
        for k in (0..=most).rev() {
            let rest = r - k * self.units[h];
            let need = self.low[h + 1][rest];
            if need == NONE || used.saturating_add(k as u32).saturating_add(need) > lim.0 {
                continue;
            }
            cur[h] = k as u32;
            self.walk(h + 1, rest, used + k as u32, lim, cur, out);
        }
        cur[h] = 0;
    }

    /// Moves from stack `a` to stack `b` (plates `pa`, `pb`): both minus
    /// twice their common inner part.
    fn moves(a: &[u32], pa: u32, b: &[u32], pb: u32) -> u32 {
        let mut common = 0;
        for (&x, &y) in a.iter().zip(b) {
            common += x.min(y);
            if x != y {
                break;
            }
        }
        pa + pb - 2 * common
    }

    /// Every inner part of each stack in `stacks`, each once.
    fn prefixes<'a>(&self, stacks: impl Iterator<Item = &'a Counts>) -> Vec<Counts> {
        let mut out: Vec<Counts> = Vec::new();
        for c in stacks {
            let mut cur = vec![0; c.len()];
            out.push(cur.clone());
            for (h, &k) in c.iter().enumerate() {
                for _ in 0..k {
                    cur[h] += 1;
                    out.push(cur.clone());
                }
            }
        }
        crate::sort::sort_by(&mut out, |a, b| a.cmp(b));
        out.dedup();
        out
    }

    /// Finds the path (see the module doc) and keeps it in `chosen`.
    fn best_path(mut self) -> Stacks {
        let n = self.sums.len();
        let base: Vec<Vec<Counts>> = (0..n)
            .map(|i| {
                let mut list = vec![self.alone[i].clone()];
                self.enumerate(self.sums[i], &mut list);
                list
            })
            .collect();
        let mut kept: Vec<Vec<Candidate>> = Vec::with_capacity(n);
        for i in 0..n {
            let mut list: Vec<(Counts, u32)> = Vec::new();
            let mut push = |c: Counts| {
                let rank = list.len() as u32;
                list.push((c, rank));
            };
            for c in &base[i] {
                push(c.clone());
            }
            let mut tops = Vec::new();
            if let Some(before) = kept.last() {
                tops.extend(self.prefixes(before.iter().map(|c| &c.counts)));
            }
            if let Some(after) = base.get(i + 1) {
                tops.extend(self.prefixes(after.iter()));
            }
            for p in &tops {
                if let Some(c) = self.complete(p, self.sums[i]) {
                    push(c);
                }
            }
            // One of each stack, keeping its lowest rank (the sort is stable).
            crate::sort::sort_by(&mut list, |a, b| a.0.cmp(&b.0));
            list.dedup_by(|a, b| a.0 == b.0);

            let mut cands: Vec<Candidate> = list
                .into_iter()
                .map(|(counts, rank)| {
                    let plates: u32 = counts.iter().sum();
                    let (cost, from) = match kept.last() {
                        None => ((plates, plates, rank), 0),
                        Some(before) => before
                            .iter()
                            .enumerate()
                            .map(|(j, p)| {
                                let m = Stacks::moves(&p.counts, p.plates, &counts, plates);
                                ((p.cost.0 + m, p.cost.1 + plates, p.cost.2 + rank), j)
                            })
                            .min()
                            .unwrap_or(((plates, plates, rank), 0)),
                    };
                    Candidate {
                        counts,
                        plates,
                        cost,
                        from,
                        rank,
                    }
                })
                .collect();
            crate::sort::sort_by(&mut cands, |a, b| a.cost.cmp(&b.cost));
            // The set loaded alone always stays: it keeps the path no worse
            // than loading every set alone.
            if let Some(at) = cands.iter().position(|c| c.rank == 0) {
                if at >= KEPT {
                    cands.swap(KEPT - 1, at);
                }
            }
            cands.truncate(KEPT);
            kept.push(cands);
        }
        let mut chosen = vec![Vec::new(); n];
        let mut at = 0; // each list is sorted, cheapest first
        for i in (0..n).rev() {
            let c = &kept[i][at];
            chosen[i] = c.counts.clone();
            at = c.from;
        }
        self.chosen = chosen;
        self
    }
}
