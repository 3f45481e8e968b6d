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
//! stack's parent is the stack one plate shorter) and moves are distances in
//! it, so the best path, one stack per set, is a shortest path through
//! candidate stacks, solved set by set (a dynamic programme, exact over the
//! candidates; each set's step is two passes over the tree of the stacks
//! involved). Ties go to fewer plates on the bar over the whole path, then
//! to the single-set answer. Candidates for a set:
//!
//! * what `load` gives alone, always kept, so a path never moves more plates
//!   than loading each set alone;
//! * up to [`ENUMERATED`] stacks with the fewest plates: every stack when a
//!   weight has no more, so with such weights the path is the true optimum;
//! * every inner part of those, of the previous set's candidates and of the
//!   next set's listed stacks, topped up with the fewest plates: how a lifter
//!   builds on a set. (In a best path, replacing a set's plates outside what
//!   it shares with a neighbour by the fewest that make its weight never adds
//!   a move.)
//!
//! At most [`KEPT`] candidates of a set, the cheapest so far, go on to the
//! next, so a set's work is bounded: the tree has at most (`KEPT` + 2 ×
//! (`ENUMERATED` + 1)) × plates-per-side nodes, each topped up once at most.
//! Past [`ENUMERATED`] stacks a weight the search is a heuristic; against
//! brute force over random inventories with more (about 2,000 paths of 3 to
//! 8 sets), a few in a thousand moved one or two plates more than the best.
//! A fewest-plates table over every per-side sum up to the heaviest set is
//! built once per path; when it would be too large ([`TABLE_CELLS`]: kg and
//! lb plates mixed on one bar) each set is loaded alone.

use super::solver;
use super::{Aim, BarSetup, LoadError, Loading, PlateLoader};
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
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    // Each set alone, as `load` loads it: one table for all of them.
    let loader = PlateLoader::new(setup).map_err(|error| PathError { set: 0, error })?;
    let alone = targets
        .iter()
        .enumerate()
        .map(|(set, &t)| {
            loader
                .load(t, aim)
                .map_err(|error| PathError { set, error })
        })
        .collect::<Result<Vec<Loading>, PathError>>()?;
    let stacks = Stacks::new(&loader.prepared, &alone).map(Stacks::best_path);
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

/// Why a typed list of set weights isn't a path to plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetsError {
    /// Nothing typed.
    Empty,
    /// One item isn't a weight.
    Item {
        text: String,
        error: crate::weight::WeightError,
    },
    /// More sets than one exercise's session holds.
    TooMany,
}

impl fmt::Display for TargetsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TargetsError::Empty => f.write_str("Enter the weights in order, like 135, 185, 225."),
            TargetsError::Item { text, error } => write!(f, "\"{text}\": {error}"),
            TargetsError::TooMany => write!(f, "At most {MAX_TARGETS} sets."),
        }
    }
}

impl std::error::Error for TargetsError {}

/// The most sets [`parse_targets`] takes: more than any exercise's session.
pub const MAX_TARGETS: usize = 30;

/// Reads the weights of one exercise's sets in order, as a lifter types
/// them for [`path`]: separated by commas, semicolons or spaces, each in
/// `unit` unless it names its own ("135, 185, 225" or "60 kg, 100 kg").
/// Weights may repeat (three work sets at 225).
pub fn parse_targets(text: &str, unit: Unit) -> Result<Vec<Weight>, TargetsError> {
    let mut items: Vec<String> = Vec::new();
    for word in text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        // "60 kg" typed with a space: the unit belongs to the number before.
        match items.last_mut() {
            Some(last)
                if Unit::from_written(word).is_some()
                    && last.ends_with(|c: char| c.is_ascii_digit()) =>
            {
                last.push_str(word)
            }
            _ => items.push(word.to_string()),
        }
    }
    if items.is_empty() {
        return Err(TargetsError::Empty);
    }
    if items.len() > MAX_TARGETS {
        return Err(TargetsError::TooMany);
    }
    items
        .into_iter()
        .map(|text| Weight::parse(&text, unit).map_err(|error| TargetsError::Item { text, error }))
        .collect()
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

/// A path's cost so far: moves, then plates on the bar, then candidate
/// ranks, summed along it and compared in that order: one integer,
/// `moves·MOVE + plates·PLATE + ranks` (21 bits for plates and for ranks,
/// ranks capped at 255 a set: thousands of sets before a field overflows).
type Cost = i64;
const MOVE: Cost = 1 << 42;
const PLATE: Cost = 1 << 21;

/// Further than any path.
const FAR: Cost = i64::MAX / 4;

/// A candidate stack for one set and the cheapest path to it.
struct Candidate {
    counts: Counts,
    cost: Cost,
    /// Index of the stack before it in the previous set's list.
    from: usize,
}

/// An inner part of some source stack (see [`Stacks::step`]).
struct Node {
    parent: usize,
    /// Plates in this part.
    depth: i64,
    /// Size of its outermost plate.
    size: u32,
    /// First child and next sibling (0: none; the root is no one's child).
    child: usize,
    sibling: usize,
    /// Its top-up, an index into the set's candidates (`None`: none).
    top: Option<usize>,
    /// The cheapest path ending on a previous set's stack equal to this part.
    here: (Cost, usize),
}

impl Stacks {
    /// `None` when the table would be too large (see [`TABLE_CELLS`]).
    fn new(prepared: &solver::Prepared, alone: &[Loading]) -> Option<Stacks> {
        let sizes: Vec<_> = prepared.sizes.iter().rev().collect();
        let mut sums = Vec::with_capacity(alone.len());
        let mut counts = Vec::with_capacity(alone.len());
        for loading in alone {
            let mut c = vec![0u32; sizes.len()];
            let mut sum: i128 = 0;
            // The solver lists each size's own plate.
            for &p in &loading.per_side {
                let h = sizes.iter().position(|s| s.plate == p)?;
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
            low[h] = fewest_with(&low[h + 1], units[h], avail[h]);
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
        let first = self.avail[from] - prefix[from];
        // Most parts can't be topped up: say so before copying them.
        let most = (first as usize).min(r / self.units[from]);
        let below = &self.low[from + 1];
        if (0..=most).all(|k| below[r - k * self.units[from]] == NONE) {
            return None;
        }
        let mut counts = prefix.to_vec();
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

    /// One set of the dynamic programme: its candidates for per-side sum
    /// `s`, each with the cheapest path from one of `before` (the previous
    /// set's, sorted cheapest first).
    ///
    /// Candidates are the inner parts of the sources (`before` and `more`),
    /// each topped up with the fewest plates. The parts are the nodes of a
    /// tree (a part's parent is it less its outermost plate; parents come
    /// first in the list). A part inside its parent's top-up tops up the
    /// same way (the same fewest-plates choice, one plate already on), and a
    /// part whose parent can't be topped up can't be either, so neither is
    /// computed again and every candidate comes out once.
    ///
    /// Moves between stacks are distances in this tree, so the cheapest path
    /// to every node is two passes over it (up, then down), and a
    /// candidate's is the best over the parts it shares: the nodes from the
    /// root to the deepest one inside it.
    fn step(
        &self,
        s: usize,
        alone: &[u32],
        before: &[Candidate],
        more: &[&Counts],
    ) -> Vec<Candidate> {
        let mut out: Vec<Counts> = Vec::new();
        let top_up = |part: &[u32], out: &mut Vec<Counts>| {
            self.complete(part, s).map(|c| {
                out.push(c);
                out.len() - 1
            })
        };
        let mut cur = vec![0u32; self.units.len()];
        let mut nodes = Vec::with_capacity(64 * self.units.len());
        nodes.push(Node {
            parent: 0,
            depth: 0,
            size: 0,
            child: 0,
            sibling: 0,
            top: top_up(&cur, &mut out),
            here: (FAR, 0),
        });
        let sources = before
            .iter()
            .enumerate()
            .map(|(j, c)| (&c.counts, Some(j)))
            .chain(more.iter().map(|&c| (c, None)));
        for (counts, source) in sources {
            // Down the tree one plate at a time, adding the parts not in it.
            cur.fill(0);
            let mut at = 0;
            for (h, &k) in counts.iter().enumerate() {
                let size = h as u32;
                for _ in 0..k {
                    cur[h] += 1;
                    let mut next = nodes[at].child;
                    while next != 0 && nodes[next].size != size {
                        next = nodes[next].sibling;
                    }
                    if next == 0 {
                        let top = match nodes[at].top {
                            None => None,
                            Some(t) if is_inside(&cur, &out[t]) => Some(t),
                            Some(_) => top_up(&cur, &mut out),
                        };
                        next = nodes.len();
                        nodes.push(Node {
                            parent: at,
                            depth: nodes[at].depth + 1,
                            size,
                            child: 0,
                            sibling: nodes[at].child,
                            top,
                            here: (FAR, 0),
                        });
                        nodes[at].child = next;
                    }
                    at = next;
                }
            }
            if let Some(j) = source {
                if before[j].cost < nodes[at].here.0 {
                    nodes[at].here = (before[j].cost, j);
                }
            }
        }

        // Cheapest path to each node: children come after their parent.
        let mut best: Vec<(Cost, usize)> = nodes.iter().map(|n| n.here).collect();
        for x in (1..nodes.len()).rev() {
            let up = best[x].0 + MOVE;
            if up < best[nodes[x].parent].0 {
                best[nodes[x].parent] = (up, best[x].1);
            }
        }
        for x in 1..nodes.len() {
            let down = best[nodes[x].parent].0 + MOVE;
            if down < best[x].0 {
                best[x] = (down, best[nodes[x].parent].1);
            }
        }
        // Over each node and the parts inside it: cost there less the plates
        // of the part (they stay on); then over the nodes inside a candidate.
        let mut shared_best: Vec<(Cost, usize)> = Vec::with_capacity(nodes.len());
        for (x, n) in nodes.iter().enumerate() {
            let (c, from) = best[x];
            let mine = (c - n.depth * MOVE, from);
            // The root (node 0) has no parent yet in the list.
            shared_best.push(match shared_best.get(n.parent).copied() {
                Some(p) if p.0 <= mine.0 => p,
                _ => mine,
            });
        }
        let mut reach: Vec<(Cost, usize)> = vec![(FAR, 0); out.len()];
        for (x, n) in nodes.iter().enumerate() {
            if let Some(t) = n.top {
                if shared_best[x].0 < reach[t].0 {
                    reach[t] = shared_best[x];
                }
            }
        }

        let mut cands: Vec<Candidate> = out
            .into_iter()
            .zip(reach)
            .enumerate()
            .map(|(v, (counts, (c, from)))| {
                let plates = Cost::from(counts.iter().sum::<u32>());
                let rank = if counts == alone {
                    0
                } else {
                    v.min(254) as Cost + 1
                };
                Candidate {
                    cost: c + plates * (MOVE + PLATE) + rank,
                    counts,
                    from,
                }
            })
            .collect();
        crate::sort::sort_by(&mut cands, |a, b| a.cost.cmp(&b.cost));
        // The set loaded alone always stays: it keeps the path no worse than
        // loading every set alone.
        if let Some(at) = cands.iter().position(|c| c.counts == alone) {
            if at >= KEPT {
                cands.swap(KEPT - 1, at);
            }
        }
        cands.truncate(KEPT);
        cands
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
        // The first set is loaded from the empty bar.
        let empty = vec![Candidate {
            counts: vec![0; self.units.len()],
            cost: 0,
            from: 0,
        }];
        let mut kept: Vec<Vec<Candidate>> = Vec::with_capacity(n);
        for i in 0..n {
            let more: Vec<&Counts> = base[i]
                .iter()
                .chain(base.get(i + 1).into_iter().flatten())
                .collect();
            let before = kept.last().unwrap_or(&empty);
            let cands = self.step(self.sums[i], &self.alone[i], before, &more);
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

/// Fewest plates for each sum with up to `count` plates of `units` more
/// than `below` allows: `min over k <= count of below[s - k·units] + k`,
/// a sliding-window minimum along each residue class of `units` (as
/// `table.rs` does), so a size costs one pass whatever its count.
fn fewest_with(below: &[u32], units: usize, count: u32) -> Vec<u32> {
    let mut row = vec![NONE; below.len()];
    // (j, below[r + j·units] - j) with keys increasing from the front.
    let mut window: std::collections::VecDeque<(usize, i64)> = Default::default();
    for r in 0..units.min(below.len()) {
        window.clear();
        for (j, s) in (r..below.len()).step_by(units).enumerate() {
            if below[s] != NONE {
                let key = i64::from(below[s]) - j as i64;
                while window.back().is_some_and(|&(_, k)| k >= key) {
                    window.pop_back();
                }
                window.push_back((j, key));
            }
            while window
                .front()
                .is_some_and(|&(i, _)| i + (count as usize) < j)
            {
                window.pop_front();
            }
            if let Some(&(_, key)) = window.front() {
                row[s] = (key + j as i64) as u32;
            }
        }
    }
    row
}

/// Whether stack `part` is an inner part of stack `of` (both as counts).
fn is_inside(part: &[u32], of: &[u32]) -> bool {
    match part.iter().zip(of).position(|(a, b)| a != b) {
        None => true,
        Some(h) => part[h] < of[h] && part[h + 1..].iter().all(|&k| k == 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sliding window gives the plain minimum over every count.
    #[test]
    fn fewest_with_matches_the_plain_minimum() {
        let below: Vec<u32> = vec![0, NONE, 1, 3, NONE, 2, 1, NONE, NONE, 4, 2, 2, NONE, 5];
        for units in 1..=5 {
            for count in 0..=4u32 {
                let plain: Vec<u32> = (0..below.len())
                    .map(|s| {
                        (0..=(count as usize).min(s / units))
                            .filter(|&k| below[s - k * units] != NONE)
                            .map(|k| below[s - k * units] + k as u32)
                            .min()
                            .unwrap_or(NONE)
                    })
                    .collect();
                assert_eq!(fewest_with(&below, units, count), plain, "{units} {count}");
            }
        }
    }
}
