//! Plans: a program's cycle with every set's concrete, loadable weight.
//!
//! [`generate`] only interprets a [`Program`]'s data; built-in programs have
//! no code paths of their own here.

use super::load::{Load, Reps};
use super::model::{LiftDef, LiftKey, MaxKind, Maxes, Program, Role, SetGroup, WarmupStyle};
use crate::equipment::{Equipment, Fit};
use crate::plates::{Aim, BarSetup, LoadError, Loading, PlateLoader};
use crate::rpe;
use crate::warmup::{self, LadderOptions, Scheme, WarmupError, WarmupStep};
use crate::weight::{Rounding, Step, Unit, Weight};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// How to turn a program into weights for one lifter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSettings {
    /// Every planned weight is in this unit.
    pub unit: Unit,
    /// Rounding step: the smallest jump the lifter's plates make (5 lb,
    /// 2.5 kg; §6.5 [S8][S17]).
    pub increment: Weight,
    pub rounding: Rounding,
    /// Each lift's current stage (0-based); a missing lift is in its first.
    #[serde(default)]
    pub stages: BTreeMap<LiftKey, u32>,
    /// Bar and plates, for plates per side and warm-ups.
    pub bar: BarSetup,
    /// What each lift is done with, where it isn't simply [`Self::bar`]:
    /// a lift on another bar (a trap bar) is loaded and warmed up on that
    /// bar with these plates and collars; a lift on dumbbells, kettlebells
    /// or a stack takes the weight in the set closest to its target. A lift
    /// missing here is planned as before: on [`Self::bar`] when the program
    /// says it is a barbell lift, at the rounding step otherwise.
    /// ([`crate::document::equipment::for_program`] fills it.)
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub equipment: BTreeMap<LiftKey, Equipment>,
    /// Plan the plates per side of every barbell set.
    pub plates: bool,
    /// Plan a warm-up ladder before the first set of each warmed-up lift.
    pub warmups: bool,
}

impl PlanSettings {
    /// [`Self::increment`] as a rounding [`Step`] in [`Self::unit`], or
    /// `None` when it is not above zero ([`generate`] refuses such settings
    /// with [`PlanError::IncrementNotPositive`]).
    pub fn step(&self) -> Option<Step> {
        Step::of(self.increment).map(|step| step.to(self.unit))
    }

    /// 2.5 kg or 5 lb steps rounded to nearest, the standard bar of the unit,
    /// no plates or warm-ups.
    pub fn new(unit: Unit) -> PlanSettings {
        let (increment, bar) = match unit {
            Unit::Kg => (Weight::kg(2.5), BarSetup::kg_standard()),
            Unit::Lb => (Weight::lb(5.0), BarSetup::lb_standard()),
        };
        PlanSettings {
            unit,
            increment,
            rounding: Rounding::Nearest,
            stages: BTreeMap::new(),
            bar,
            equipment: BTreeMap::new(),
            plates: false,
            warmups: false,
        }
    }

    /// [`PlanSettings::new`] with the rounding `program`'s source uses.
    pub fn for_program(program: &Program, unit: Unit) -> PlanSettings {
        PlanSettings {
            rounding: program.rounding.unwrap_or_default(),
            ..PlanSettings::new(unit)
        }
    }

    /// These settings with plates per side and warm-up ladders planned.
    pub fn with_plates_and_warmups(mut self) -> PlanSettings {
        self.plates = true;
        self.warmups = true;
        self
    }
}

/// One cycle of a program, ready to lift.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub program: String,
    /// 0-based cycle number.
    pub cycle: u32,
    pub cycle_name: String,
    pub unit: Unit,
    pub weeks: Vec<PlannedWeek>,
}

impl Plan {
    /// Every planned exercise, in order.
    pub fn exercises(&self) -> impl Iterator<Item = &PlannedExercise> {
        self.weeks
            .iter()
            .flat_map(|w| &w.days)
            .flat_map(|d| &d.exercises)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedWeek {
    pub name: String,
    pub days: Vec<PlannedDay>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedDay {
    pub name: String,
    pub exercises: Vec<PlannedExercise>,
}

/// One lift on one day, with its warm-up and sets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedExercise {
    pub lift: LiftKey,
    pub name: String,
    pub role: Role,
    /// Whether these sets decide progression (map them to
    /// [`crate::progression::SetResult::counts`]).
    pub counts: bool,
    /// The stage's name for staged lifts ("6×2+").
    pub stage: Option<String>,
    /// What it is done with, when [`PlanSettings::equipment`] says (a 25 kg
    /// trap bar, a dumbbell rack); `None`: the settings' bar or nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equipment: Option<Equipment>,
    /// Warm-up ladder (empty unless asked for, or when the work is the bar).
    pub warmup: Vec<WarmupStep>,
    /// One entry per set.
    pub sets: Vec<PlannedSet>,
}

/// One set with its concrete weight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedSet {
    pub reps: Reps,
    /// What the program asked for (85 % of TM).
    pub load: Load,
    /// Rounded to the lifter's step (at least the empty bar when plates are
    /// planned; the closest weight that exists, in that set's own unit, on
    /// dumbbells, kettlebells or a stack); the added weight for [`Load::BodyweightPlus`]; `None` for
    /// bodyweight work, and for RPE sets without a 1RM to suggest from.
    pub weight: Option<Weight>,
    /// Plates per side, when asked for on a barbell lift. Its total equals
    /// `weight` when the plates make it exactly; otherwise it is the closest
    /// load within one step (see [`Loading::is_exact`]), or `None` when the
    /// plates can't come that close.
    pub loading: Option<Loading>,
    pub optional: bool,
    pub note: Option<String>,
    /// The weight the program writes, when the lifter owns none of it: the
    /// set is planned at the nearest he has (`weight`), and the screens say
    /// so rather than change his number silently.
    pub unowned: Option<Weight>,
}

/// Why a plan can't be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The program has no weeks to plan.
    NoCycles,
    /// An exercise names a lift the program doesn't define.
    UnknownLift { lift: LiftKey },
    /// A lift needs a max the lifter hasn't entered.
    MissingMax { lift: LiftKey, name: String },
    /// A max of zero or less.
    MaxNotPositive { lift: LiftKey, name: String },
    /// A % of 1RM set on a lift that keeps only a working weight.
    NeedsOneRepMax { lift: LiftKey, name: String },
    /// A rounding step of zero or less.
    IncrementNotPositive,
    /// The bar and plates can't be used.
    Bar(LoadError),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::NoCycles => f.write_str("This program has no weeks yet."),
            PlanError::UnknownLift { lift } => {
                write!(f, "The program uses a lift it doesn't define ({lift}).")
            }
            PlanError::MissingMax { name, .. } => write!(f, "Enter a max for {name}."),
            PlanError::MaxNotPositive { name, .. } => {
                write!(f, "The max for {name} must be above zero.")
            }
            PlanError::NeedsOneRepMax { name, .. } => {
                write!(
                    f,
                    "{name} needs a 1RM or training max for its % of 1RM sets."
                )
            }
            PlanError::IncrementNotPositive => f.write_str("The rounding step must be above zero."),
            PlanError::Bar(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for PlanError {}

/// Plans cycle `cycle` (0-based) of `program` for a lifter with `maxes`.
///
/// Weights are the lifter's current maxes' percentages: progressions move
/// the maxes (see [`crate::progression::propose`]) and the next plan follows,
/// so a linear progression's plan shows the next session's weight.
pub fn generate(
    program: &Program,
    maxes: &Maxes,
    settings: &PlanSettings,
    cycle: u32,
) -> Result<Plan, PlanError> {
    let template = program.cycle(cycle).ok_or(PlanError::NoCycles)?;
    let step = settings.step().ok_or(PlanError::IncrementNotPositive)?;
    let loader = if settings.plates {
        Some(PlateLoader::new(&settings.bar).map_err(PlanError::Bar)?)
    } else {
        None
    };
    // One setup and loader per lift on a bar other than the settings' own.
    let mut bars = BTreeMap::new();
    for (key, equipment) in &settings.equipment {
        if let (Equipment::Bar { .. }, Some(setup)) =
            (equipment, equipment.bar_setup(&settings.bar))
        {
            let loader = if settings.plates {
                Some(PlateLoader::new(&setup).map_err(PlanError::Bar)?)
            } else {
                None
            };
            bars.insert(key.clone(), (setup, loader));
        }
    }
    let planner = Planner {
        program,
        maxes,
        settings,
        step,
        loader,
        bars,
    };
    let mut weeks = Vec::with_capacity(template.weeks.len());
    for week in &template.weeks {
        let mut days = Vec::with_capacity(week.days.len());
        for day in &week.days {
            let exercises = day
                .exercises
                .iter()
                .map(|e| planner.exercise(e))
                .collect::<Result<Vec<_>, _>>()?;
            days.push(PlannedDay {
                name: day.name.clone(),
                exercises,
            });
        }
        weeks.push(PlannedWeek {
            name: week.name.clone(),
            days,
        });
    }
    Ok(Plan {
        program: program.id.clone(),
        cycle,
        cycle_name: template.name.clone(),
        unit: settings.unit,
        weeks,
    })
}

/// A plan of the lifts whose max is known, and the names of those still
/// waiting for one ([`generate_known`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownPlan {
    pub plan: Plan,
    /// The lifts left out for want of a max ("Squat"), in the program's
    /// order of lifts.
    pub missing: Vec<String>,
}

/// [`generate`] for the lifts whose max is known: a stock 5/3/1 with only a
/// deadlift max plans the deadlift, and names squat, bench and press as
/// waiting for theirs. An exercise that takes its weight from a missing max
/// is left out of its day; every other error is the plan's own.
pub fn generate_known(
    program: &Program,
    maxes: &Maxes,
    settings: &PlanSettings,
    cycle: u32,
) -> Result<KnownPlan, PlanError> {
    let mut known = program.clone();
    let mut missing = Vec::new();
    // Each round leaves out one lift's exercises, so this ends.
    loop {
        match generate(&known, maxes, settings, cycle) {
            Ok(plan) => {
                // The program's order, as the maxes are asked for.
                let place = |name: &String| program.lifts.iter().position(|l| &l.name == name);
                crate::sort::sort_by_key(&mut missing, place);
                return Ok(KnownPlan { plan, missing });
            }
            Err(PlanError::MissingMax { lift, name }) => {
                let mut left_out = 0;
                for c in &mut known.cycles {
                    for week in &mut c.weeks {
                        for day in &mut week.days {
                            let had = day.exercises.len();
                            day.exercises.retain(|e| {
                                program.lift(&e.lift).map_or(&e.lift, |l| l.max_key()) != &lift
                            });
                            left_out += had - day.exercises.len();
                        }
                    }
                }
                if left_out == 0 {
                    return Err(PlanError::MissingMax { lift, name });
                }
                missing.push(name);
            }
            Err(e) => return Err(e),
        }
    }
}

struct Planner<'a> {
    program: &'a Program,
    maxes: &'a Maxes,
    settings: &'a PlanSettings,
    /// The settings' rounding step, checked by [`generate`].
    step: Step,
    loader: Option<PlateLoader>,
    /// Lifts on another bar: its setup and loader (when plates are planned).
    bars: BTreeMap<LiftKey, (BarSetup, Option<PlateLoader>)>,
}

/// How one lift's weights are made loadable.
enum Gear<'a> {
    /// Plates on this bar (the loader when plates are planned).
    Bar(&'a BarSetup, Option<&'a PlateLoader>),
    /// The closest weight of a set or stack.
    Fixed(&'a Equipment),
    /// The rounding step alone.
    Step,
}

impl Planner<'_> {
    /// What `lift` is loaded with: its equipment, else the settings' bar
    /// for a barbell lift.
    fn gear(&self, lift: &LiftDef) -> Gear<'_> {
        if let Some((setup, loader)) = self.bars.get(&lift.key) {
            return Gear::Bar(setup, loader.as_ref());
        }
        match self.settings.equipment.get(&lift.key) {
            Some(Equipment::Barbell) => Gear::Bar(&self.settings.bar, self.loader.as_ref()),
            Some(
                e @ (Equipment::Dumbbells(_) | Equipment::Kettlebells(_) | Equipment::Stack(_)),
            ) => Gear::Fixed(e),
            Some(_) => Gear::Step,
            None if lift.barbell => Gear::Bar(&self.settings.bar, self.loader.as_ref()),
            None => Gear::Step,
        }
    }

    fn exercise(&self, exercise: &super::model::Exercise) -> Result<PlannedExercise, PlanError> {
        let lift = self
            .program
            .lift(&exercise.lift)
            .ok_or_else(|| PlanError::UnknownLift {
                lift: exercise.lift.clone(),
            })?;
        let stage = self.settings.stages.get(&lift.key).copied().unwrap_or(0);
        let (groups, stage_name) = exercise.sets_for(stage);
        let mut sets = Vec::new();
        for group in groups {
            let (weight, loading) = self.weight(lift, group)?;
            let unowned = self.unowned(lift, group, weight)?;
            for _ in 0..group.count {
                sets.push(PlannedSet {
                    reps: group.reps,
                    load: group.load,
                    weight,
                    loading: loading.clone(),
                    optional: group.optional,
                    note: group.note.clone(),
                    unowned,
                });
            }
        }
        let warmup = match (sets.first().and_then(|s| s.weight), self.gear(lift)) {
            (Some(work), Gear::Bar(setup, loader)) if exercise.warmup && self.settings.warmups => {
                self.warmup(lift, work, setup, loader)?
            }
            _ => Vec::new(),
        };
        Ok(PlannedExercise {
            lift: lift.key.clone(),
            name: lift.name.clone(),
            role: exercise.role,
            counts: exercise.counts,
            stage: stage_name.map(str::to_string),
            equipment: self.settings.equipment.get(&lift.key).cloned(),
            warmup,
            sets,
        })
    }

    /// The lift's max (or the lift it takes percentages of) in the plan's unit, and its kind.
    fn max(&self, lift: &LiftDef) -> Result<(Weight, MaxKind), PlanError> {
        let key = lift.max_key();
        let owner = self.program.lift(key).unwrap_or(lift);
        let max = self.maxes.get(key).ok_or_else(|| PlanError::MissingMax {
            lift: key.clone(),
            name: owner.name.clone(),
        })?;
        if !max.is_positive() {
            return Err(PlanError::MaxNotPositive {
                lift: key.clone(),
                name: owner.name.clone(),
            });
        }
        Ok((max.to(self.settings.unit), owner.max))
    }

    /// The 1RM behind the lift's max, if it has one.
    fn one_rep_max(&self, lift: &LiftDef) -> Result<Option<Weight>, PlanError> {
        let (max, kind) = self.max(lift)?;
        Ok(match kind {
            MaxKind::OneRepMax => Some(max),
            MaxKind::TrainingMax => Some(self.program.training_max_percent.divide(max)),
            MaxKind::WorkWeight => None,
        })
    }

    /// The ideal weight of a set group, before rounding.
    fn ideal(&self, lift: &LiftDef, group: &SetGroup) -> Result<Option<Weight>, PlanError> {
        let unit = self.settings.unit;
        let base = match group.load {
            Load::Percent(p) => Some(p.of(self.max(lift)?.0)),
            Load::PercentOfOneRepMax(p) => match self.one_rep_max(lift)? {
                Some(orm) => Some(p.of(orm)),
                None => {
                    return Err(PlanError::NeedsOneRepMax {
                        lift: lift.key.clone(),
                        name: lift.name.clone(),
                    })
                }
            },
            Load::Rpe(target) => {
                let reps = group.reps.min().max(1);
                match (self.one_rep_max(lift)?, rpe::percent_tenths(reps, target)) {
                    (Some(orm), Ok(tenths)) => Some(Weight::saturating_from_milli(
                        super::load::div_round(i128::from(orm.milli()) * i128::from(tenths), 1000),
                        unit,
                    )),
                    _ => None,
                }
            }
            Load::Fixed(w) | Load::BodyweightPlus(w) => Some(self.written(lift, w)),
            Load::Bodyweight => None,
        };
        Ok(base.map(|w| match group.plus {
            Some(plus) => w.plus(plus.pick(unit)),
            None => w,
        }))
    }

    /// A weight written in the program, in the plan's unit. On a progressing
    /// fixed-load lift it is moved by how far the lift's working weight (the
    /// lifter's max under [`LiftDef::max_key`]) has come from its start
    /// ([`super::fixed_start`]): a single weight becomes the working weight,
    /// and a ramp of several keeps its steps. Without a working weight yet,
    /// the written weight stands.
    fn written(&self, lift: &LiftDef, w: Weight) -> Weight {
        let unit = self.settings.unit;
        if !super::follows_working_weight(self.program, lift) {
            return w.to(unit);
        }
        let current = self.maxes.get(lift.max_key()).filter(|m| m.is_positive());
        match (current, super::fixed_start(self.program, &lift.key)) {
            (Some(current), Some(start)) => w.to(unit).plus(current.minus(start)),
            _ => w.to(unit),
        }
    }

    /// A written weight ([`Load::Fixed`]) that the lift's dumbbells,
    /// kettlebells or stack don't have, when `planned` is the nearest they do.
    fn unowned(
        &self,
        lift: &LiftDef,
        group: &SetGroup,
        planned: Option<Weight>,
    ) -> Result<Option<Weight>, PlanError> {
        let (Load::Fixed(as_written), Gear::Fixed(equipment), Some(_)) =
            (group.load, self.gear(lift), planned)
        else {
            return Ok(None);
        };
        // Said in the unit it was written in: "24 kg", not "52.911 lb".
        Ok(self
            .ideal(lift, group)?
            .and_then(|w| match equipment.fit(w) {
                Fit::Owned => None,
                Fit::Missing { .. } => Some(w.to(as_written.unit())),
            }))
    }

    /// The rounded, loadable weight of a set group and its plates.
    fn weight(
        &self,
        lift: &LiftDef,
        group: &SetGroup,
    ) -> Result<(Option<Weight>, Option<Loading>), PlanError> {
        let Some(ideal) = self.ideal(lift, group)? else {
            return Ok((None, None));
        };
        let gear = self.gear(lift);
        if let Gear::Fixed(equipment) = gear {
            return Ok((equipment.nearest(ideal), None));
        }
        let mut rounded = ideal.round_to(self.step, self.settings.rounding);
        if !rounded.is_positive() {
            rounded = self.step.weight();
        }
        let loader = match gear {
            Gear::Bar(_, Some(loader)) => loader,
            _ => return Ok((Some(rounded), None)),
        };
        let aim = match self.settings.rounding {
            Rounding::Up => Aim::AtOrAbove,
            Rounding::Down => Aim::AtOrBelow,
            Rounding::Nearest => Aim::Nearest,
        };
        match loader.load(rounded, aim) {
            // The weight stays a multiple of the lifter's step; plates that
            // can't make it exactly show the closest load within one step
            // (`Loading::is_exact` tells the app), none further off.
            Ok(loading) if loading.difference().milli().abs() < self.step.weight().milli() => {
                Ok((Some(rounded), Some(loading)))
            }
            Ok(_) => Ok((Some(rounded), None)),
            Err(LoadError::BelowEmptyBar { empty }) => {
                let empty = empty.to(self.settings.unit);
                // The set becomes the empty bar: that is its target now.
                let loading = Loading {
                    per_side: Vec::new(),
                    total: empty,
                    target: empty,
                };
                Ok((Some(empty), Some(loading)))
            }
            // Past the plates owned: show the weight, without plates.
            Err(_) => Ok((Some(rounded), None)),
        }
    }

    fn warmup(
        &self,
        lift: &LiftDef,
        work: Weight,
        setup: &BarSetup,
        loader: Option<&PlateLoader>,
    ) -> Result<Vec<WarmupStep>, PlanError> {
        // A fixed-weight barbell lift keeps no max: it warms up like
        // Starting Strength (even jumps from the bar to the work weight).
        let max = if super::is_fixed_load(self.program, &lift.key) {
            None
        } else {
            Some(self.max(lift)?)
        };
        let scheme = match (self.program.warmup, max) {
            (WarmupStyle::FiveThreeOne, Some((tm, MaxKind::TrainingMax))) => {
                Scheme::FiveThreeOne { training_max: tm }
            }
            (WarmupStyle::StrongLifts, _) => Scheme::StrongLifts,
            _ => Scheme::StartingStrength,
        };
        let options = LadderOptions::default();
        let ladder = match loader {
            Some(loader) => warmup::ladder_with_loader(work, &scheme, setup, loader, &options),
            None => warmup::ladder(work, &scheme, setup, &options),
        };
        match ladder {
            Ok(steps) => Ok(steps),
            Err(WarmupError::WorkAtOrBelowBar { .. }) => Ok(Vec::new()),
            Err(WarmupError::Load(e)) => Err(PlanError::Bar(e)),
        }
    }
}
