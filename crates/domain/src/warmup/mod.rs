//! Warm-up ladders up to a work weight.
//!
//! A ladder is a list of lighter sets, each actually loadable with the
//! lifter's bar and plates ([`crate::plates::load`]), strictly increasing and
//! strictly below the work weight. Schemes from training-math.md §5 and §2.4.
//!
//! Warm-ups use easy-to-load weights: each wanted weight is first rounded to
//! a warm-up increment above the empty bar ("prefer easy-to-load weights (95
//! not 90 lb), no fractional plates in warm-ups", Testify SS coaches, §5
//! [S64]; "round to 5/10 lb", [S67]), then loaded. Liftosaur's presets
//! ([`Scheme::Liftosaur`]) keep Liftosaur's own rule instead: no increment,
//! each warm-up the heaviest loadable weight at or below its target (§5 [S8]).

mod stacked;

use crate::plates::{self, Aim, BarSetup, LoadError, Loading, PlateLoader};
use crate::weight::{Rounding, Step, Unit, Weight};
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
    /// early ([S42][S64]). The FAQ's two published ladders fix the jumps as
    /// fractions of the gap between bar and work weight: 275 lb is 45×5×2,
    /// 135×5, 185×3, 235×2 (90, 140 and 190 of a 230 lb gap: 40, 60, 83 %);
    /// 95 lb is 45×5×2, 60×5, 75×3, 85×2 (15, 30 and 40 of a 50 lb gap: 30,
    /// 60, 80 %). Between those gaps the first and last fractions go linearly
    /// from the small ladder's to the big one's (this crate's reading; a
    /// bigger gap has a bigger first jump). The warm-up increment is 10 lb /
    /// 5 kg, or half of it when it is not under a fifth of the gap, so a
    /// 15 lb jump isn't rounded to 20 ([`Scheme::warmup_step`]).
    StartingStrength,
    /// StrongLifts 5×5's own warm-up (§5 [S47][S65]): the empty bar 2 × 5,
    /// then jumps of 20 kg / 45 lb while below the work weight, reps falling
    /// with the weight (5 below 50 % of the work weight, 3 below 75 %, 2
    /// below 85 %, then 1); with three or more loaded jumps, a last single at
    /// the work weight less half a jump. So 100 kg is 20×5, 20×5, 40×5, 60×3,
    /// 80×2, 90×1 ([S47]) and 135 lb is 45×5×2, 90×3 ([S65]).
    StrongLifts,
    /// Liftosaur's default warm-up for one family of exercises, as Liftosaur
    /// itself loads it (§5, `src/models/exercise.ts` `warmupValues`,
    /// `warmup()` [S8]): 30 %, 50 % and 80 % of the work weight × 5, each
    /// only if the work weight is above its threshold
    /// ([`LiftosaurFamily::thresholds`]). Each warm-up is the heaviest
    /// loadable weight at or below its target (Liftosaur's plate solver,
    /// §6.5 [S8]), whatever [`LadderOptions::aim`] says, and there is no
    /// warm-up increment (a zero [`Scheme::warmup_step`]). So a 100 lb squat
    /// is 50×5, 80×5.
    Liftosaur(LiftosaurFamily),
    /// Percentages of the work weight with thresholds (Liftosaur's shape,
    /// §5 [S8]), rounded and loaded like the other schemes: to the warm-up
    /// increment, as [`LadderOptions::aim`] says. For Liftosaur's own
    /// ladders use [`Scheme::Liftosaur`].
    Percentages(Vec<PercentStep>),
    /// Fixed weights and reps, one set each.
    Custom(Vec<(Weight, u32)>),
}

/// Liftosaur's warm-up families: each exercise has a `defaultWarmup` of 10,
/// 45 or 95 choosing one of three threshold sets (§5, `src/models/exercise.ts`
/// `warmupValues`, `defaultWarmup` [S8]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LiftosaurFamily {
    /// `defaultWarmup: 45`: squat, bench press, overhead press (and most
    /// barbell lifts). Thresholds 120/90/45 lb, 60/45/20 kg.
    SquatBenchPress,
    /// `defaultWarmup: 95`: deadlift, bent-over row. Thresholds 150/125/95
    /// lb, 70/60/40 kg.
    DeadliftRow,
    /// `defaultWarmup: 10`: light and dumbbell work. Thresholds 60/30/10 lb,
    /// 30/15/5 kg.
    Light,
}

impl LiftosaurFamily {
    /// The warm-up percentages, in order (§5 [S8]).
    pub const PERCENTS: [u32; 3] = [30, 50, 80];

    /// The work weight each of the 30/50/80 % sets needs to be above (not
    /// at) to be done, in `unit`: Liftosaur's published lb and kg values
    /// (not converted from each other, §5 `warmupValues` [S8]).
    pub fn thresholds(self, unit: Unit) -> [Weight; 3] {
        let whole: [i64; 3] = match (self, unit) {
            (LiftosaurFamily::SquatBenchPress, Unit::Lb) => [120, 90, 45],
            (LiftosaurFamily::SquatBenchPress, Unit::Kg) => [60, 45, 20],
            (LiftosaurFamily::DeadliftRow, Unit::Lb) => [150, 125, 95],
            (LiftosaurFamily::DeadliftRow, Unit::Kg) => [70, 60, 40],
            (LiftosaurFamily::Light, Unit::Lb) => [60, 30, 10],
            (LiftosaurFamily::Light, Unit::Kg) => [30, 15, 5],
        };
        whole.map(|w| Weight::from_milli(w * 1000, unit))
    }

    /// The family's sets as percentage steps (5 reps each, §5 [S8]), e.g. to
    /// start a [`Scheme::Percentages`] from.
    pub fn steps(self, unit: Unit) -> Vec<PercentStep> {
        Self::PERCENTS
            .into_iter()
            .zip(self.thresholds(unit))
            .map(|(percent, min)| PercentStep {
                percent,
                reps: 5,
                min_work: Some(min),
            })
            .collect()
    }
}

impl Scheme {
    /// Liftosaur's barbell default for squat, bench and press (family 45,
    /// §5 [S8]); see [`Scheme::Liftosaur`].
    pub fn liftosaur_barbell() -> Scheme {
        Scheme::Liftosaur(LiftosaurFamily::SquatBenchPress)
    }

    /// Liftosaur's default for deadlift and row (family 95, §5 [S8]); see
    /// [`Scheme::Liftosaur`].
    pub fn liftosaur_pull() -> Scheme {
        Scheme::Liftosaur(LiftosaurFamily::DeadliftRow)
    }

    /// How this scheme's warm-ups are loaded when `asked` is
    /// [`LadderOptions::aim`]: Liftosaur's always at or below the target (its
    /// plate solver never rounds up, §6.5 [S8]); the others as asked.
    pub fn aim(&self, asked: Aim) -> Aim {
        match self {
            Scheme::Liftosaur(_) => Aim::AtOrBelow,
            _ => asked,
        }
    }

    /// The increment this scheme's warm-ups round to when
    /// [`LadderOptions::step`] is `None`, as a total above the empty bar.
    ///
    /// * Starting Strength and percentages: 5 kg / 10 lb, i.e. 2.5 kg / 5 lb a
    ///   side, so no fractional plates ([S64]; [S67] rounds to 5/10 lb).
    ///   (Starting Strength halves it for a small gap, see its docs.)
    /// * StrongLifts: 2.5 kg / 5 lb, its own session increment ([S45]).
    /// * 5/3/1: the lifter's normal increment, 2.5 kg / 5 lb, as calculators
    ///   round its sets (§2.3, [S17][S19]).
    /// * Custom: zero (no rounding): the lifter typed those weights.
    /// * Liftosaur: zero (no rounding): Liftosaur loads each warm-up's own
    ///   percentage with its plate solver, no increment in between (§5
    ///   `warmup()` [S8]).
    pub fn warmup_step(&self, unit: Unit) -> Weight {
        let (kg, lb) = match self {
            Scheme::StartingStrength | Scheme::Percentages(_) => (5_000, 10_000),
            Scheme::FiveThreeOne { .. } | Scheme::StrongLifts => (2_500, 5_000),
            Scheme::Custom(_) | Scheme::Liftosaur(_) => (0, 0),
        };
        match unit {
            Unit::Kg => Weight::from_milli(kg, unit),
            Unit::Lb => Weight::from_milli(lb, unit),
        }
    }
}

/// Knobs for building a ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LadderOptions {
    /// Each step only adds plates on top of the previous step's (no
    /// stripping between sets): its per-side plates extend the previous ones.
    pub only_add_plates: bool,
    /// How a step's ideal weight becomes a loadable one (a scheme may fix
    /// it: [`Scheme::aim`]).
    pub aim: Aim,
    /// Warm-up increment: each step is rounded (as `aim` says) to the empty
    /// bar plus a multiple of this before loading. `None` is the scheme's
    /// own ([`Scheme::warmup_step`]); a zero step means any loadable weight.
    ///
    /// When the increment would merge steps (a light work weight), half the
    /// increment is tried, then no rounding: the first that keeps as many
    /// steps as unrounded loading is used.
    #[serde(default)]
    pub step: Option<Weight>,
}

impl Default for LadderOptions {
    fn default() -> Self {
        LadderOptions {
            only_add_plates: false,
            aim: Aim::Nearest,
            step: None,
        }
    }
}

/// A ladder with the work set's loading it leads up to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ladder {
    pub steps: Vec<WarmupStep>,
    /// The work set's plates. With [`LadderOptions::only_add_plates`] every
    /// step's per-side plates are a prefix of these, so the lifter only adds
    /// plates up to the work set too; its total is always what
    /// [`plates::load`] gives for the work weight ([`Aim::AtOrBelow`]).
    pub work: Loading,
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
    ladder_with_work(work, scheme, setup, options).map(|l| l.steps)
}

/// Like [`ladder`], also giving the work set's plates (with
/// [`LadderOptions::only_add_plates`] they extend the last step's).
pub fn ladder_with_work(
    work: Weight,
    scheme: &Scheme,
    setup: &BarSetup,
    options: &LadderOptions,
) -> Result<Ladder, WarmupError> {
    ladder_inner(work, scheme, setup, None, options)
}

/// [`ladder`] for many work weights on one setup: `loader` (built once from
/// `setup`) answers every load, so a year of plans doesn't rebuild the plate
/// search for each warm-up step. Same result as [`ladder`].
pub fn ladder_with_loader(
    work: Weight,
    scheme: &Scheme,
    setup: &BarSetup,
    loader: &PlateLoader,
    options: &LadderOptions,
) -> Result<Vec<WarmupStep>, WarmupError> {
    ladder_inner(work, scheme, setup, Some(loader), options).map(|l| l.steps)
}

fn ladder_inner(
    work: Weight,
    scheme: &Scheme,
    setup: &BarSetup,
    loader: Option<&PlateLoader>,
    options: &LadderOptions,
) -> Result<Ladder, WarmupError> {
    let unit = work.unit();
    let empty = setup.empty().to(unit);
    if work.cmp_mass(empty) != Ordering::Greater {
        return Err(WarmupError::WorkAtOrBelowBar { empty });
    }
    let options = &LadderOptions {
        aim: scheme.aim(options.aim),
        ..*options
    };
    let ideal = wants(work, empty, scheme);
    let step = match options.step {
        Some(step) => step.to(unit),
        None => {
            let step = scheme.warmup_step(unit);
            let gap = work.minus(empty);
            // Starting Strength: an increment not under a fifth of the gap
            // would bend the FAQ's jumps (95 lb: 60 would become 65).
            if *scheme == Scheme::StartingStrength && step.milli() * 5 >= gap.milli() {
                Weight::from_milli(step.milli() / 2, unit)
            } else {
                step
            }
        }
    };
    // Rounded to a thousandth: as wanted (a typed step of zero means this).
    let unrounded = build(work, &ideal, Step::thousandth(unit), setup, loader, options)?;
    // The increment, then half of it, as long as no step is lost to it.
    let halves = [step.milli(), step.milli() / 2];
    for s in halves
        .into_iter()
        .filter_map(|s| Step::of(Weight::from_milli(s, unit)))
    {
        let l = build(work, &ideal, s, setup, loader, options)?;
        if l.steps.len() >= unrounded.steps.len() {
            return Ok(l);
        }
    }
    Ok(unrounded)
}

/// One ladder with the wanted weights rounded to `step` above the bar.
fn build(
    work: Weight,
    ideal: &[Want],
    step: Step,
    setup: &BarSetup,
    loader: Option<&PlateLoader>,
    options: &LadderOptions,
) -> Result<Ladder, WarmupError> {
    let load = |target: Weight, aim: Aim| match loader {
        Some(loader) => loader.load(target, aim),
        None => plates::load(setup, target, aim),
    };
    let empty = setup.empty().to(work.unit());
    let rounding = match options.aim {
        Aim::AtOrBelow => Rounding::Down,
        Aim::Nearest => Rounding::Nearest,
        Aim::AtOrAbove => Rounding::Up,
    };
    let wants: Vec<Want> = ideal
        .iter()
        .map(|w| Want {
            weight: at_least_empty(w.weight, setup)
                .to(work.unit())
                .minus(empty)
                .round_to(step, rounding)
                .plus(empty),
            ..*w
        })
        .collect();
    if options.only_add_plates {
        // One warm-up increment per plate a side on the work set ([S64]).
        let plate_cost = Scheme::StartingStrength.warmup_step(work.unit());
        stacked::ladder(work, &wants, setup, options.aim, plate_cost)
    } else {
        Ok(Ladder {
            steps: independent(work, &wants, &load, options.aim)?,
            work: load(work, Aim::AtOrBelow)?,
        })
    }
}

/// The ideal (unloaded) steps of a scheme.
fn wants(work: Weight, empty: Weight, scheme: &Scheme) -> Vec<Want> {
    let unit = work.unit();
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
            // Where the gap sits between the FAQ's 95 lb (50 lb gap) and
            // 275 lb (230 lb gap) ladders, in thousandths: 0 to 1000.
            let gap_lb = gap.to(Unit::Lb).milli();
            let t = (gap_lb - 50_000).clamp(0, 180_000) * 1000 / 180_000;
            let first = 300 + 100 * t / 1000;
            let last = 800 + 30 * t / 1000;
            let permille =
                |base: Weight, p: i64| Weight::from_milli(div_round(base.milli() * p, 1000), unit);
            let mut v = vec![Want {
                weight: empty,
                reps: 5,
                sets: 2,
            }];
            v.extend(
                [(first, 5), (600, 3), (last, 2)]
                    .into_iter()
                    .map(|(p, reps)| Want {
                        weight: empty.plus(permille(gap, p)),
                        reps,
                        sets: 1,
                    }),
            );
            v
        }
        Scheme::StrongLifts => {
            let jump = match unit {
                Unit::Kg => Weight::from_milli(20_000, unit),
                Unit::Lb => Weight::from_milli(45_000, unit),
            };
            let reps_at = |w: Weight| {
                let permille = div_round(w.milli() * 1000, work.milli().max(1));
                match permille {
                    p if p < 500 => 5,
                    p if p < 750 => 3,
                    p if p < 850 => 2,
                    _ => 1,
                }
            };
            let mut v = vec![Want {
                weight: empty,
                reps: 5,
                sets: 2,
            }];
            let mut next = empty.plus(jump);
            while next.cmp_mass(work) == Ordering::Less {
                v.push(Want {
                    weight: next,
                    reps: reps_at(next),
                    sets: 1,
                });
                next = next.plus(jump);
            }
            if v.len() > 3 {
                let single = work.minus(Weight::from_milli(jump.milli() / 2, unit));
                v.push(Want {
                    weight: single,
                    reps: 1,
                    sets: 1,
                });
            }
            v
        }
        Scheme::Percentages(steps) => percent_wants(work, steps),
        // Thresholds in the work weight's unit, as Liftosaur picks them by
        // the lifter's unit ([S8]).
        Scheme::Liftosaur(family) => percent_wants(work, &family.steps(unit)),
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

/// Percentage steps of `work`, each kept only if `work` is above (not at)
/// its threshold ("only if work weight > threshold", §5 [S8]).
fn percent_wants(work: Weight, steps: &[PercentStep]) -> Vec<Want> {
    steps
        .iter()
        .filter(|s| {
            s.min_work
                .is_none_or(|m| work.cmp_mass(m) == Ordering::Greater)
        })
        .map(|s| Want {
            weight: Weight::from_milli(
                div_round(work.milli() * i64::from(s.percent), 100),
                work.unit(),
            ),
            reps: s.reps,
            sets: 1,
        })
        .collect()
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
    load: &dyn Fn(Weight, Aim) -> Result<Loading, LoadError>,
    aim: Aim,
) -> Result<Vec<WarmupStep>, WarmupError> {
    let mut steps: Vec<WarmupStep> = Vec::new();
    for want in wants {
        let loading = match load(want.weight, aim) {
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
