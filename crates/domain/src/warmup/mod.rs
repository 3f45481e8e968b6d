//! Warm-up ladders up to a work weight.
//!
//! A ladder is a list of lighter sets, each actually loadable with the
//! lifter's bar and plates ([`crate::plates::load`]), strictly increasing and
//! strictly below the work weight. Schemes from training-math.md §5 and §2.4.

use crate::plates::{self, Aim, BarSetup, LoadError, Loading};
use crate::weight::{Unit, Weight};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// One warm-up percentage (Liftosaur style, §5 [S8]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PercentStep {
    /// Percent of the work weight (whole percent, e.g. 50).
    pub percent: u32,
    pub reps: u32,
    /// Include this step only if the work weight is above this.
    pub min_work: Option<Weight>,
}

/// How to build the ladder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scheme {
    /// 40 % × 5, 50 % × 5, 60 % × 3 of the training max (§2.4, [S20]).
    FiveThreeOne { training_max: Weight },
    /// Empty bar 2 × 5, then three jumps with reps 5, 3, 2 (§5, [S42]).
    ///
    /// "Four relatively even jumps" from the bar to the work weight, bigger
    /// early ([S42][S64]): this crate puts the loaded warm-ups at 40 %, 60 %
    /// and 80 % of the gap between bar and work weight, which reproduces the
    /// FAQ's examples (275 lb → 135, 185, 235; 95 lb → 60, 75, 85) within
    /// 5 lb (one pair of 2.5 lb plates).
    StartingStrength,
    /// Percentages of the work weight with thresholds (Liftosaur, §5 [S8]).
    Percentages(Vec<PercentStep>),
    /// Fixed weights and reps, one set each.
    Custom(Vec<(Weight, u32)>),
}

impl Scheme {
    /// Liftosaur's barbell default (family 45): 30/50/80 % × 5, included only
    /// above 120/90/45 lb or 60/45/20 kg of work weight (§5, [S8]).
    pub fn liftosaur_barbell(unit: Unit) -> Scheme {
        let thresholds: [i64; 3] = match unit {
            Unit::Lb => [120, 90, 45],
            Unit::Kg => [60, 45, 20],
        };
        Scheme::Percentages(
            [30, 50, 80]
                .into_iter()
                .zip(thresholds)
                .map(|(percent, min)| PercentStep {
                    percent,
                    reps: 5,
                    min_work: Some(Weight::from_milli(min * 1000, unit)),
                })
                .collect(),
        )
    }
}

/// Knobs for building a ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LadderOptions {
    /// Each step only adds plates on top of the previous step's (no
    /// stripping between sets): its per-side plates extend the previous ones.
    pub only_add_plates: bool,
    /// How a step's ideal weight becomes a loadable one.
    pub aim: Aim,
}

impl Default for LadderOptions {
    fn default() -> Self {
        LadderOptions {
            only_add_plates: false,
            aim: Aim::Nearest,
        }
    }
}

/// One warm-up set (or several sets at one weight).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WarmupStep {
    /// The loadable weight (equals `loading.total`).
    pub weight: Weight,
    pub reps: u32,
    pub sets: u32,
    pub loading: Loading,
}

/// Why no ladder could be built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WarmupError {
    /// The work weight is the empty bar or lighter: nothing to warm up to.
    WorkAtOrBelowBar { empty: Weight },
    /// The setup itself can't load anything.
    Load(LoadError),
}

impl fmt::Display for WarmupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarmupError::WorkAtOrBelowBar { empty } => {
                write!(f, "The work weight must be above the empty bar ({empty}).")
            }
            WarmupError::Load(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for WarmupError {}

impl From<LoadError> for WarmupError {
    fn from(e: LoadError) -> Self {
        WarmupError::Load(e)
    }
}

/// A wanted step before loading: ideal weight, reps, sets.
#[derive(Clone, Copy, Debug)]
struct Want {
    weight: Weight,
    reps: u32,
    sets: u32,
}

/// Builds the warm-up ladder for `work` on `setup`.
pub fn ladder(
    work: Weight,
    scheme: &Scheme,
    setup: &BarSetup,
    options: &LadderOptions,
) -> Result<Vec<WarmupStep>, WarmupError> {
    let empty = setup.empty().to(work.unit());
    if work.cmp_mass(empty) != Ordering::Greater {
        return Err(WarmupError::WorkAtOrBelowBar { empty });
    }
    let wants = wants(work, empty, scheme);
    let steps = if options.only_add_plates {
        stacked(work, &wants, setup, options.aim)?
    } else {
        independent(work, &wants, setup, options.aim)?
    };
    Ok(steps)
}

/// The ideal (unloaded) steps of a scheme.
fn wants(work: Weight, empty: Weight, scheme: &Scheme) -> Vec<Want> {
    let pct =
        |base: Weight, p: i64| Weight::from_milli(div_round(base.milli() * p, 100), base.unit());
    match scheme {
        Scheme::FiveThreeOne { training_max } => [(40, 5), (50, 5), (60, 3)]
            .into_iter()
            .map(|(p, reps)| Want {
                weight: pct(*training_max, p),
                reps,
                sets: 1,
            })
            .collect(),
        Scheme::StartingStrength => {
            let gap = work.minus(empty);
            let mut v = vec![Want {
                weight: empty,
                reps: 5,
                sets: 2,
            }];
            v.extend(
                [(40, 5), (60, 3), (80, 2)]
                    .into_iter()
                    .map(|(p, reps)| Want {
                        weight: empty.plus(pct(gap, p)),
                        reps,
                        sets: 1,
                    }),
            );
            v
        }
        Scheme::Percentages(steps) => steps
            .iter()
            .filter(|s| {
                s.min_work
                    .is_none_or(|m| work.cmp_mass(m) == Ordering::Greater)
            })
            .map(|s| Want {
                weight: pct(work, i64::from(s.percent)),
                reps: s.reps,
                sets: 1,
            })
            .collect(),
        Scheme::Custom(steps) => steps
            .iter()
            .map(|&(weight, reps)| Want {
                weight,
                reps,
                sets: 1,
            })
            .collect(),
    }
}

fn div_round(n: i64, d: i64) -> i64 {
    if n >= 0 {
        (n + d / 2) / d
    } else {
        (n - d / 2) / d
    }
}

/// A step whose ideal weight is below the empty bar warms up with the bar.
fn at_least_empty(want: Weight, setup: &BarSetup) -> Weight {
    want.max_mass(setup.empty())
}

/// Each step loaded on its own; collapsed or too-heavy steps dropped.
fn independent(
    work: Weight,
    wants: &[Want],
    setup: &BarSetup,
    aim: Aim,
) -> Result<Vec<WarmupStep>, WarmupError> {
    let mut steps: Vec<WarmupStep> = Vec::new();
    for want in wants {
        let target = at_least_empty(want.weight, setup).to(work.unit());
        let loading = match plates::load(setup, target, aim) {
            Ok(l) => l,
            // Past what the plates hold: later steps are heavier still.
            Err(LoadError::AboveCapacity { .. }) => break,
            Err(e) => return Err(e.into()),
        };
        push_if_increasing(&mut steps, work, want, loading);
    }
    Ok(steps)
}

/// Appends a step if it is heavier than the last one and below `work`.
fn push_if_increasing(steps: &mut Vec<WarmupStep>, work: Weight, want: &Want, loading: Loading) {
    let weight = loading.total;
    let above_last = steps
        .last()
        .is_none_or(|last| weight.cmp_mass(last.weight) == Ordering::Greater);
    if above_last && weight.cmp_mass(work) == Ordering::Less {
        steps.push(WarmupStep {
            weight,
            reps: want.reps,
            sets: want.sets,
            loading,
        });
    }
}

/// Steps that only add plates: an exhaustive search over the choices.
///
/// Every step may be loaded just below or just above its ideal weight (as
/// `aim` allows) on top of the previous step's plates, or be dropped; the
/// work set itself must also go on top of the last step at the same total
/// it would have on its own. Among valid ladders the search keeps the most
/// steps, then the smallest total distance from the ideal weights. Ladders
/// have at most a handful of steps, so the 3ⁿ tree is small.
fn stacked(
    work: Weight,
    wants: &[Want],
    setup: &BarSetup,
    aim: Aim,
) -> Result<Vec<WarmupStep>, WarmupError> {
    let work_total = plates::load(setup, work, Aim::AtOrBelow)?.total;
    let mut search = Stacked {
        work,
        work_total,
        wants,
        setup,
        aim,
        best: None,
    };
    let mut steps = Vec::new();
    search.visit(0, &mut steps, 0)?;
    Ok(search.best.map(|b| b.2).unwrap_or_default())
}

struct Stacked<'a> {
    work: Weight,
    work_total: Weight,
    wants: &'a [Want],
    setup: &'a BarSetup,
    aim: Aim,
    /// (steps kept, total distance from ideal in thousandths, the steps)
    best: Option<(usize, i64, Vec<WarmupStep>)>,
}

impl Stacked<'_> {
    fn fixed(steps: &[WarmupStep]) -> &[Weight] {
        steps.last().map_or(&[], |s| s.loading.per_side.as_slice())
    }

    /// Whether a ladder with `kept` steps (at best) and distance `dev` could
    /// still beat the best found.
    fn can_beat(&self, kept: usize, dev: i64) -> bool {
        match &self.best {
            None => true,
            Some((k, d, _)) => kept > *k || (kept == *k && dev < *d),
        }
    }

    fn visit(
        &mut self,
        i: usize,
        steps: &mut Vec<WarmupStep>,
        dev: i64,
    ) -> Result<(), WarmupError> {
        if !self.can_beat(steps.len() + (self.wants.len() - i), dev) {
            return Ok(());
        }
        if i == self.wants.len() {
            let work_fits =
                match plates::load_on(self.setup, Self::fixed(steps), self.work, Aim::AtOrBelow) {
                    Ok(l) => l.total.cmp_mass(self.work_total) == Ordering::Equal,
                    Err(_) => false,
                };
            if work_fits {
                self.best = Some((steps.len(), dev, steps.clone()));
            }
            return Ok(());
        }
        let want = self.wants[i];
        let target = at_least_empty(want.weight, self.setup).to(self.work.unit());
        let aims: &[Aim] = match self.aim {
            Aim::AtOrBelow => &[Aim::AtOrBelow],
            Aim::AtOrAbove => &[Aim::AtOrAbove],
            Aim::Nearest => &[Aim::AtOrBelow, Aim::AtOrAbove],
        };
        let mut tried: Vec<Weight> = Vec::new();
        for &aim in aims {
            let loading = match plates::load_on(self.setup, Self::fixed(steps), target, aim) {
                Ok(l) => l,
                Err(LoadError::AboveCapacity { .. } | LoadError::BelowEmptyBar { .. }) => continue,
                Err(e) => return Err(e.into()),
            };
            if tried
                .iter()
                .any(|t| t.cmp_mass(loading.total) == Ordering::Equal)
            {
                continue;
            }
            tried.push(loading.total);
            let increasing = steps
                .last()
                .is_none_or(|last| loading.total.cmp_mass(last.weight) == Ordering::Greater);
            if !increasing || loading.total.cmp_mass(self.work) != Ordering::Less {
                continue;
            }
            let distance = loading.total.minus(target).milli().abs();
            steps.push(WarmupStep {
                weight: loading.total,
                reps: want.reps,
                sets: want.sets,
                loading,
            });
            self.visit(i + 1, steps, dev + distance)?;
            steps.pop();
        }
        // Or leave this step out.
        self.visit(i + 1, steps, dev)
    }
}
