//! The lifter's gear per exercise: which bar it goes on, which dumbbells or
//! kettlebells exist, a machine's stack.
//!
//! An exercise's [`Implement`] (from the library or the lifter's own entry)
//! says what it is done with; [`Equipment`] says what the lifter has of it:
//! a trap bar of 25 kg, dumbbells 2.5–50 kg by 2.5 kg. The document keeps
//! only the exercises whose equipment the lifter changed
//! ([`EquipmentTable`]); every other exercise uses [`Equipment::default_for`]
//! its implement.
//!
//! A bar of any kind is loaded with the lifter's own collars and plates
//! (`Settings.bar`): [`Equipment::bar_setup`]. A set of fixed weights
//! rounds to one of its weights ([`WeightSet::nearest`]), a stack to its
//! step ([`Stack::nearest`]).

use crate::exercise::Implement;
use crate::plates::BarSetup;
use crate::program::LiftKey;
use crate::weight::{Unit, Weight, WeightError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Why a piece of equipment can't be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EquipmentError {
    /// A dumbbell rack or kettlebell set with nothing in it.
    EmptySet,
    /// A bar, dumbbell, kettlebell or stack step of zero or less.
    NotPositive(Weight),
    /// The same weight listed twice.
    Duplicate(Weight),
    /// A stack whose top plate is lighter than its step.
    TopBelowStep { step: Weight, top: Weight },
    /// A stack whose step and top are in different units.
    StackUnits,
}

impl fmt::Display for EquipmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EquipmentError::EmptySet => f.write_str("Add at least one weight."),
            EquipmentError::NotPositive(_) => f.write_str("Each weight must be above zero."),
            EquipmentError::Duplicate(w) => write!(f, "{w} is listed twice."),
            EquipmentError::TopBelowStep { step, top } => {
                write!(
                    f,
                    "The heaviest ({top}) can't be lighter than the step ({step})."
                )
            }
            EquipmentError::StackUnits => {
                f.write_str("Give the step and the heaviest in the same unit.")
            }
        }
    }
}

impl std::error::Error for EquipmentError {}

/// A bar other than the lifter's own, loaded with his collars and plates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BarKind {
    TrapBar,
    SafetySquatBar,
    /// The 15 kg (women's weightlifting) bar.
    FifteenKg,
    EzBar,
    /// Any other bar (a swiss bar, an axle, a cambered bar).
    Custom,
}

impl BarKind {
    /// Its name in a sentence: "trap bar", "15 kg bar", "bar".
    pub fn noun(self) -> &'static str {
        match self {
            BarKind::TrapBar => "trap bar",
            BarKind::SafetySquatBar => "safety squat bar",
            BarKind::FifteenKg => "15 kg bar",
            BarKind::EzBar => "EZ bar",
            BarKind::Custom => "bar",
        }
    }
}

/// Fixed weights that exist (the dumbbell pairs in a rack, the kettlebells
/// owned): at least one, all above zero, no two of one mass, lightest first.
/// Each keeps the unit it is labelled in: a lifter in lb may own a 24 kg
/// kettlebell. Built only by [`WeightSet::new`]; a stored set is checked the
/// same way when read.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<Weight>", into = "Vec<Weight>")]
pub struct WeightSet(Vec<Weight>);

impl WeightSet {
    /// Checks and sorts `weights` (in any order).
    pub fn new(mut weights: Vec<Weight>) -> Result<WeightSet, EquipmentError> {
        if weights.is_empty() {
            return Err(EquipmentError::EmptySet);
        }
        if let Some(w) = weights.iter().find(|w| !w.is_positive()) {
            return Err(EquipmentError::NotPositive(*w));
        }
        weights.sort_unstable_by_key(|&w| atoms(w));
        if let Some(pair) = weights.windows(2).find(|p| p[0].same_mass(p[1])) {
            return Err(EquipmentError::Duplicate(pair[0]));
        }
        Ok(WeightSet(weights))
    }

    /// `from` to `to` by `step`, all in `unit` (thousandths); for the defaults.
    fn range(from: i64, to: i64, step: usize, unit: Unit) -> WeightSet {
        WeightSet(
            (from..=to)
                .step_by(step)
                .map(|m| Weight::from_milli(m, unit))
                .collect(),
        )
    }

    fn of(milli: &[i64], unit: Unit) -> WeightSet {
        WeightSet(milli.iter().map(|&m| Weight::from_milli(m, unit)).collect())
    }

    /// The weights, lightest first.
    pub fn weights(&self) -> &[Weight] {
        &self.0
    }

    /// The unit most of its weights are labelled in: the one a field shows
    /// them in.
    pub fn unit(&self) -> Unit {
        let kg = self.0.iter().filter(|w| w.unit() == Unit::Kg).count();
        if 2 * kg >= self.0.len() {
            Unit::Kg
        } else {
            Unit::Lb
        }
    }

    /// How `target` sits with these weights: owned, or missing, with the
    /// nearest lighter and heavier ones owned.
    pub fn fit(&self, target: Weight) -> Fit {
        let goal = atoms(target);
        // Within half a pound is the same bell: kg bells are sold labelled
        // in whole pounds (24 kg is 52.9 lb, sold as "53 lb").
        if self
            .0
            .iter()
            .any(|&w| (atoms(w) - goal).abs() <= HALF_POUND)
        {
            return Fit::Owned;
        }
        Fit::Missing {
            lighter: self.0.iter().rev().find(|&&w| atoms(w) < goal).copied(),
            heavier: self.0.iter().find(|&&w| atoms(w) > goal).copied(),
        }
    }

    /// These weights and `weight`, as the lifter now owns them.
    pub fn with(&self, weight: Weight) -> Result<WeightSet, EquipmentError> {
        let mut weights = self.0.clone();
        weights.push(weight);
        WeightSet::new(weights)
    }

    /// The weight in the set closest to `target` (in either unit), in the
    /// set's own unit: the dumbbell to pick up.
    ///
    /// An exact tie goes to the lighter one: unlike a bar, a fixed weight
    /// can't be made up by a small plate, and the lighter of two equally
    /// close dumbbells keeps the written reps doable; the program's double
    /// progression moves up once they are done. Below the lightest it is
    /// the lightest, above the heaviest the heaviest.
    pub fn nearest(&self, target: Weight) -> Weight {
        let goal = atoms(target);
        let mut best = self.0[0];
        let mut best_gap = (atoms(best) - goal).abs();
        for &w in &self.0[1..] {
            let gap = (atoms(w) - goal).abs();
            // Lightest first, so `<` keeps the lighter on a tie.
            if gap < best_gap {
                best = w;
                best_gap = gap;
            }
        }
        best
    }
}

/// How a weight the lifter wrote sits with the equipment he owns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// He has it (for bars and bodyweight: plates and rounding decide).
    Owned,
    /// He has none of that weight: the nearest he has on either side (none
    /// below the lightest, none above the heaviest).
    Missing {
        lighter: Option<Weight>,
        heavier: Option<Weight>,
    },
}

/// Why a typed list of weights ("2.5, 5, 7.5") isn't a set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WeightListError {
    /// One item isn't a weight.
    Item { text: String, error: WeightError },
    /// The weights don't make a set.
    Set(EquipmentError),
}

impl fmt::Display for WeightListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WeightListError::Item { text, error } => write!(f, "\"{text}\": {error}"),
            WeightListError::Set(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for WeightListError {}

impl WeightSet {
    /// Reads weights typed in `unit`, separated by commas, semicolons or
    /// spaces ("2.5, 5, 7.5" or "8 12 16"). A weight may say its own unit
    /// ("16 kg, 24 kg" or "16kg 24kg", or "16, 24, 32 kg" for all of them):
    /// kettlebells are sold in kg wherever the lifter lives. A number takes
    /// the first unit written after it, or the last one written before it,
    /// else `unit`; a set may hold both ("10 lb, 16 kg"). A decimal comma
    /// can't be used here: "2,5" is two weights.
    pub fn parse(text: &str, unit: Unit) -> Result<WeightSet, WeightListError> {
        // (number, the unit written with it or after it)
        let mut items: Vec<(&str, Option<Unit>)> = Vec::new();
        for item in text
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .filter(|item| !item.is_empty())
        {
            let number = item.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &item[number.len()..];
            let said = match suffix {
                "" => None,
                symbol => {
                    Some(
                        Unit::from_written(symbol).ok_or_else(|| WeightListError::Item {
                            text: item.to_string(),
                            error: WeightError::NotANumber,
                        })?,
                    )
                }
            };
            if let Some(said) = said {
                // The unit applies to the numbers before it that have none.
                for earlier in items.iter_mut().rev() {
                    if earlier.1.is_some() {
                        break;
                    }
                    earlier.1 = Some(said);
                }
            }
            if !number.is_empty() {
                items.push((number, said));
            }
        }
        let last_said = items.iter().rev().find_map(|(_, u)| *u);
        let weights = items
            .into_iter()
            .map(|(number, said)| {
                Weight::parse(number, said.or(last_said).unwrap_or(unit)).map_err(|error| {
                    WeightListError::Item {
                        text: number.to_string(),
                        error,
                    }
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        WeightSet::new(weights).map_err(WeightListError::Set)
    }

    /// The weights as the lifter would type them: "2.5, 5, 7.5".
    pub fn text(&self) -> String {
        self.0
            .iter()
            .map(|w| w.number())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// [`WeightSet::text`] for a field in `unit`: the numbers alone when the
    /// whole set is in that unit, else each with its own ("16 kg, 53 lb"),
    /// which [`WeightSet::parse`] reads back as it was.
    pub fn text_in(&self, unit: Unit) -> String {
        if self.0.iter().all(|w| w.unit() == unit) {
            self.text()
        } else {
            self.0
                .iter()
                .map(|w| w.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

impl TryFrom<Vec<Weight>> for WeightSet {
    type Error = EquipmentError;
    fn try_from(weights: Vec<Weight>) -> Result<WeightSet, EquipmentError> {
        WeightSet::new(weights)
    }
}

impl From<WeightSet> for Vec<Weight> {
    fn from(set: WeightSet) -> Vec<Weight> {
        set.0
    }
}

/// A weight stack (a selectorised machine, a cable): `step`, `2 × step`, …
/// up to `top`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "StackParts", into = "StackParts")]
pub struct Stack {
    step: Weight,
    top: Weight,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
struct StackParts {
    step: Weight,
    top: Weight,
}

impl TryFrom<StackParts> for Stack {
    type Error = EquipmentError;
    fn try_from(p: StackParts) -> Result<Stack, EquipmentError> {
        Stack::new(p.step, p.top)
    }
}

impl From<Stack> for StackParts {
    fn from(s: Stack) -> StackParts {
        StackParts {
            step: s.step,
            top: s.top,
        }
    }
}

impl Stack {
    pub fn new(step: Weight, top: Weight) -> Result<Stack, EquipmentError> {
        for w in [step, top] {
            if !w.is_positive() {
                return Err(EquipmentError::NotPositive(w));
            }
        }
        if step.unit() != top.unit() {
            return Err(EquipmentError::StackUnits);
        }
        if top.milli() < step.milli() {
            return Err(EquipmentError::TopBelowStep { step, top });
        }
        Ok(Stack { step, top })
    }

    pub fn step(&self) -> Weight {
        self.step
    }

    pub fn top(&self) -> Weight {
        self.top
    }

    /// Whether `target` is a pin position (a whole number of steps up to the
    /// top); else the positions on either side of it.
    pub fn fit(&self, target: Weight) -> Fit {
        let (goal, step) = (atoms(target), atoms(self.step));
        let steps = i128::from(self.top.milli() / self.step.milli());
        let below = goal / step;
        let at = |n: i128| {
            (1..=steps.max(1)).contains(&n).then(|| {
                Weight::saturating_from_milli(n * i128::from(self.step.milli()), self.step.unit())
            })
        };
        if goal % step == 0 && at(below).is_some() {
            return Fit::Owned;
        }
        Fit::Missing {
            lighter: at(below.min(steps)),
            heavier: at(below + 1),
        }
    }

    /// The pin position closest to `target` (either unit), in the stack's
    /// unit; a tie goes to the lighter, as [`WeightSet::nearest`] says why.
    /// Never below one step nor above the highest whole step under `top`.
    pub fn nearest(&self, target: Weight) -> Weight {
        let step = i128::from(self.step.milli());
        let plates = i128::from(self.top.milli()) / step;
        let goal = atoms(target);
        let unit_atoms = atoms(self.step);
        // Whole steps below the target, then the closer of it and the next.
        let below = (goal / unit_atoms).clamp(1, plates);
        let above = (below + 1).min(plates);
        let pick = if (goal - above * unit_atoms).abs() < (goal - below * unit_atoms).abs() {
            above
        } else {
            below
        };
        Weight::saturating_from_milli(pick * step, self.step.unit())
    }
}

/// What one exercise is done with.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Equipment {
    /// The lifter's own bar, collars and plates (`Settings.bar`) as they are.
    Barbell,
    /// Another bar of its own weight, loaded with the lifter's collars and
    /// plates.
    Bar {
        kind: BarKind,
        bar: Weight,
    },
    /// The dumbbell pairs in the rack (each weight is one dumbbell).
    Dumbbells(WeightSet),
    Kettlebells(WeightSet),
    /// A machine's stack.
    Stack(Stack),
    /// The lifter's bodyweight; added weight is rounded like any other.
    Bodyweight,
}

impl Equipment {
    /// What an exercise done with `implement` uses until the lifter changes
    /// it, for a lifter who works in `unit`.
    ///
    /// - Trap bar 20 kg / 45 lb and EZ bar 10 kg / 20 lb: Liftosaur's
    ///   defaults; trap bars are not standardised (commonly 45–60 lb), so the
    ///   lifter should enter his (training-math.md §6.1, [S8][S73]).
    /// - Safety squat bar 30 kg / 65 lb, dumbbells 2.5–50 kg by 2.5 kg or
    ///   5–120 lb by 5 lb, kettlebells 4–48 kg (the common sizes) or
    ///   10–100 lb, a machine stack of 5 kg to 100 kg or 10 lb to 250 lb: no
    ///   reference gives these; they are common defaults the lifter edits.
    pub fn default_for(implement: Implement, unit: Unit) -> Equipment {
        let kg = unit == Unit::Kg;
        let pick = |kg_milli: i64, lb_milli: i64| {
            if kg {
                Weight::from_milli(kg_milli, Unit::Kg)
            } else {
                Weight::from_milli(lb_milli, Unit::Lb)
            }
        };
        match implement {
            Implement::Barbell => Equipment::Barbell,
            Implement::TrapBar => Equipment::Bar {
                kind: BarKind::TrapBar,
                bar: pick(20_000, 45_000),
            },
            Implement::SafetySquatBar => Equipment::Bar {
                kind: BarKind::SafetySquatBar,
                bar: pick(30_000, 65_000),
            },
            Implement::EzBar => Equipment::Bar {
                kind: BarKind::EzBar,
                bar: pick(10_000, 20_000),
            },
            Implement::Dumbbell => Equipment::Dumbbells(if kg {
                WeightSet::range(2_500, 50_000, 2_500, Unit::Kg)
            } else {
                WeightSet::range(5_000, 120_000, 5_000, Unit::Lb)
            }),
            Implement::Kettlebell => Equipment::Kettlebells(if kg {
                WeightSet::of(
                    &[
                        4_000, 6_000, 8_000, 10_000, 12_000, 14_000, 16_000, 20_000, 24_000,
                        28_000, 32_000, 36_000, 40_000, 44_000, 48_000,
                    ],
                    Unit::Kg,
                )
            } else {
                WeightSet::of(
                    &[
                        10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000, 45_000, 50_000,
                        60_000, 70_000, 80_000, 90_000, 100_000,
                    ],
                    Unit::Lb,
                )
            }),
            Implement::Machine => Equipment::Stack(Stack {
                step: pick(5_000, 10_000),
                top: pick(100_000, 250_000),
            }),
            Implement::Bodyweight => Equipment::Bodyweight,
        }
    }

    /// The 15 kg bar (IWF women's bar, training-math.md §6.1, [S68]).
    pub fn fifteen_kg_bar() -> Equipment {
        Equipment::Bar {
            kind: BarKind::FifteenKg,
            bar: Weight::from_milli(15_000, Unit::Kg),
        }
    }

    /// Checks what a lifter built: a bar must weigh more than zero (sets and
    /// stacks are checked when built).
    pub fn validate(&self) -> Result<(), EquipmentError> {
        match self {
            Equipment::Bar { bar, .. } if !bar.is_positive() => {
                Err(EquipmentError::NotPositive(*bar))
            }
            _ => Ok(()),
        }
    }

    /// Whether plates go on it (plates per side and warm-up ladders apply).
    pub fn is_bar(&self) -> bool {
        matches!(self, Equipment::Barbell | Equipment::Bar { .. })
    }

    /// The bar, collars and plates a bar of this kind is loaded with:
    /// `own` (the settings' setup) with this bar's weight. `None` for
    /// anything that takes no plates.
    pub fn bar_setup(&self, own: &BarSetup) -> Option<BarSetup> {
        match self {
            Equipment::Barbell => Some(own.clone()),
            Equipment::Bar { bar, .. } => Some(BarSetup {
                bar: *bar,
                ..own.clone()
            }),
            _ => None,
        }
    }

    /// The weight that exists closest to `target`, for a set, rack or
    /// stack; `None` where plates or a rounding step decide instead (bars,
    /// bodyweight).
    pub fn nearest(&self, target: Weight) -> Option<Weight> {
        match self {
            Equipment::Dumbbells(set) | Equipment::Kettlebells(set) => Some(set.nearest(target)),
            Equipment::Stack(stack) => Some(stack.nearest(target)),
            _ => None,
        }
    }

    /// How a weight the lifter wrote sits with what he owns: a set of fixed
    /// weights owns it or not; a stack owns its whole steps up to its top.
    /// A bar or bodyweight always "owns" it: plates and rounding decide.
    pub fn fit(&self, target: Weight) -> Fit {
        match self {
            Equipment::Dumbbells(set) | Equipment::Kettlebells(set) => set.fit(target),
            Equipment::Stack(stack) => stack.fit(target),
            _ => Fit::Owned,
        }
    }

    /// This equipment with `weight` owned too: a dumbbell or kettlebell
    /// added to the set. `None` for a stack, a bar or bodyweight.
    pub fn with(&self, weight: Weight) -> Option<Result<Equipment, EquipmentError>> {
        match self {
            Equipment::Dumbbells(set) => Some(set.with(weight).map(Equipment::Dumbbells)),
            Equipment::Kettlebells(set) => Some(set.with(weight).map(Equipment::Kettlebells)),
            _ => None,
        }
    }

    /// The bar as a label under its drawing: "Trap bar 25 kg", "15 kg bar";
    /// `None` for anything but another bar.
    pub fn bar_label(&self) -> Option<String> {
        match self {
            Equipment::Bar { kind, bar } => Some(match kind {
                BarKind::FifteenKg if bar.same_mass(Weight::from_milli(15_000, Unit::Kg)) => {
                    "15 kg bar".into()
                }
                BarKind::Custom => format!("Bar {bar}"),
                kind => {
                    let noun = kind.noun();
                    let mut chars = noun.chars();
                    let first = chars.next().map(|c| c.to_ascii_uppercase());
                    format!("{}{} {bar}", first.unwrap_or(' '), chars.as_str())
                }
            }),
            _ => None,
        }
    }

    /// What a planned exercise is done on, for a sentence: "on a 25 kg trap
    /// bar", "with dumbbells", "on a machine". `None` for the lifter's own
    /// barbell and for bodyweight (nothing to point out: the set says "BW").
    pub fn describe(&self) -> Option<String> {
        match self {
            Equipment::Barbell => None,
            Equipment::Bar { kind, bar } => Some(match kind {
                BarKind::FifteenKg if bar.same_mass(Weight::from_milli(15_000, Unit::Kg)) => {
                    "on a 15 kg bar".into()
                }
                kind => format!("on a {bar} {}", kind.noun()),
            }),
            Equipment::Dumbbells(_) => Some("with dumbbells from your rack".into()),
            Equipment::Kettlebells(_) => Some("with your kettlebells".into()),
            Equipment::Stack(s) => Some(format!("on a machine in {} steps", s.step)),
            Equipment::Bodyweight => None,
        }
    }
}

/// The lifter's equipment per exercise id: only those he changed. A reset
/// is kept as a [`Choice::Default`] so a merge with another tab's older copy
/// doesn't bring the old choice back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EquipmentTable(BTreeMap<LiftKey, Choice>);

/// One exercise's entry in the [`EquipmentTable`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// The lifter's own choice.
    Own(Equipment),
    /// Reset to the default for the exercise's implement.
    Default,
}

impl EquipmentTable {
    pub fn new() -> EquipmentTable {
        EquipmentTable::default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The lifter's choice for `exercise`, if he made one (and didn't reset it).
    pub fn get(&self, exercise: &LiftKey) -> Option<&Equipment> {
        match self.0.get(exercise) {
            Some(Choice::Own(e)) => Some(e),
            _ => None,
        }
    }

    /// Every exercise with a choice of its own, by id.
    pub fn chosen(&self) -> impl Iterator<Item = (&LiftKey, &Equipment)> {
        self.0.iter().filter_map(|(k, c)| match c {
            Choice::Own(e) => Some((k, e)),
            Choice::Default => None,
        })
    }

    pub(crate) fn set(&mut self, exercise: LiftKey, equipment: Equipment) {
        self.0.insert(exercise, Choice::Own(equipment));
    }

    pub(crate) fn reset(&mut self, exercise: LiftKey) {
        self.0.insert(exercise, Choice::Default);
    }

    /// `changer`'s entries that differ from `base`'s where this table still
    /// has `base`'s: what another copy changed since both agreed on `base`,
    /// and this one left alone.
    pub fn take_changes(&mut self, changer: &EquipmentTable, base: &EquipmentTable) {
        for (k, c) in &changer.0 {
            let was = base.0.get(k);
            if was != Some(c) && self.0.get(k) == was {
                self.0.insert(k.clone(), c.clone());
            }
        }
    }

    /// Both copies' entries: `primary`'s where both have one (the copy whose
    /// settings win a merge), the other's where only it has one.
    pub fn merge(primary: &EquipmentTable, other: &EquipmentTable) -> EquipmentTable {
        let mut merged = primary.clone();
        for (k, c) in &other.0 {
            merged.0.entry(k.clone()).or_insert_with(|| c.clone());
        }
        merged
    }

    /// What `exercise` is done with: the lifter's choice, else the default
    /// for `implement` (its library or own entry's) in `unit`; `None` when
    /// neither is known (a free-text exercise with no choice).
    pub fn for_exercise(
        &self,
        exercise: &LiftKey,
        implement: Option<Implement>,
        unit: Unit,
    ) -> Option<Equipment> {
        self.get(exercise)
            .cloned()
            .or_else(|| implement.map(|i| Equipment::default_for(i, unit)))
    }
}

/// Half a pound in [`atoms`].
const HALF_POUND: i128 = 500 * 45_359_237;

/// Atoms (10⁻¹¹ kg) in a thousandth of each unit: an exact common unit for
/// kg and lb (1 lb = 0.45359237 kg, [S77]), as the plate search uses.
fn atoms(w: Weight) -> i128 {
    let per_milli = match w.unit() {
        Unit::Kg => 100_000_000,
        Unit::Lb => 45_359_237,
    };
    i128::from(w.milli()) * per_milli
}
