//! Bar, collars and plate inventory; exact plate loading.
//!
//! [`load`] answers "which plates go on each side for this weight?" with an
//! exact search, not the greedy largest-plate-first rule: greedy misses loads
//! with non-canonical plate sets (lb 45/35/25/15/10, 50 per side: 35+15) and
//! with limited inventory (one pair of 25 kg and four 15 kg, 80 kg total:
//! 15+15 per side) — training-math.md §6.5, [S8][S70].
//!
//! All arithmetic is on integers. Masses in different units are compared in
//! an exact common unit (1 lb = 0.45359237 kg, [S77]), so kg plates on an lb
//! bar (or the reverse) load exactly.

mod colour;
mod path;
mod solver;
mod table;

pub use colour::{PlateColour, PlateSize};
pub use path::{parse_targets, path, PathError, PathSet, PlateChange, TargetsError};

use crate::weight::{Unit, Weight};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One kind of plate the lifter owns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlateStock {
    /// Mass of one plate, in its own unit (kg plates stay kg on an lb bar).
    pub weight: Weight,
    /// Plates owned in total, both sides together. A count `c` puts at most
    /// `c / 2` on each side (an odd plate out can't be used on a barbell).
    pub count: u32,
}

impl PlateStock {
    pub fn new(weight: Weight, count: u32) -> PlateStock {
        PlateStock { weight, count }
    }
}

/// Collars (clips) on each end of the bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Collars {
    /// Spring clips or none: counted as zero.
    #[default]
    None,
    /// Competition collars, 2.5 kg each (IWF/IPF: bar + collars = 25 kg,
    /// training-math.md §6.1, [S68][S71][S72]).
    Competition,
    /// Any other collar, mass of each one.
    Custom(Weight),
}

impl Collars {
    /// Mass of one collar.
    pub fn each(self, unit: Unit) -> Weight {
        match self {
            Collars::None => Weight::zero(unit),
            Collars::Competition => Weight::from_milli(2_500, Unit::Kg),
            Collars::Custom(w) => w,
        }
    }
}

/// A bar, its collars and the plates available to load it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarSetup {
    /// The empty bar.
    pub bar: Weight,
    /// Mass of each collar (two are used); zero means none.
    pub collar: Weight,
    /// The plates owned.
    pub plates: Vec<PlateStock>,
}

fn stock(unit: Unit, plates: &[(i64, u32)]) -> Vec<PlateStock> {
    plates
        .iter()
        .map(|&(milli, count)| PlateStock::new(Weight::from_milli(milli, unit), count))
        .collect()
}

/// A home-gym kg plate set: the competition sizes 25 … 1.25 kg plus 0.5 and
/// 0.25 kg change plates (training-math.md §6.2, [S68][S74]). Counts are
/// plates in total (both sides); they load a little over 300 kg.
fn kg_plates() -> Vec<PlateStock> {
    stock(
        Unit::Kg,
        &[
            (25_000, 4),
            (20_000, 4),
            (15_000, 2),
            (10_000, 4),
            (5_000, 4),
            (2_500, 4),
            (1_250, 4),
            (500, 2),
            (250, 2),
        ],
    )
}

impl BarSetup {
    /// 20 kg men's bar ([S68]), no collars, [`kg_plates`] inventory.
    pub fn kg_standard() -> BarSetup {
        BarSetup {
            bar: Weight::from_milli(20_000, Unit::Kg),
            collar: Weight::zero(Unit::Kg),
            plates: kg_plates(),
        }
    }

    /// 45 lb bar with the US plate set 45, 35, 25, 10, 5, 2.5 and 1.25 lb
    /// (training-math.md §6.1–6.2, [S70][S8]); counts load about 650 lb.
    pub fn lb_standard() -> BarSetup {
        BarSetup {
            bar: Weight::from_milli(45_000, Unit::Lb),
            collar: Weight::zero(Unit::Lb),
            plates: stock(
                Unit::Lb,
                &[
                    (45_000, 8),
                    (35_000, 2),
                    (25_000, 4),
                    (10_000, 4),
                    (5_000, 4),
                    (2_500, 4),
                    (1_250, 2),
                ],
            ),
        }
    }

    /// 15 kg women's weightlifting bar (IWF, [S68][S69]) with the kg plates.
    pub fn womens_kg() -> BarSetup {
        BarSetup {
            bar: Weight::from_milli(15_000, Unit::Kg),
            ..BarSetup::kg_standard()
        }
    }

    /// Any bar, collars and plates.
    pub fn custom(bar: Weight, collars: Collars, plates: Vec<PlateStock>) -> BarSetup {
        BarSetup {
            bar,
            collar: collars.each(bar.unit()),
            plates,
        }
    }

    /// The same setup with other collars.
    pub fn with_collars(mut self, collars: Collars) -> BarSetup {
        self.collar = collars.each(self.bar.unit());
        self
    }

    /// The unit of the bar, used for the setup's totals.
    pub fn unit(&self) -> Unit {
        self.bar.unit()
    }

    /// Bar plus both collars: the lightest thing this setup can lift.
    pub fn empty(&self) -> Weight {
        self.bar.plus(self.collar.times(2))
    }
}

/// Which loadable weight to pick when the target itself can't be loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Aim {
    /// The heaviest loadable weight at or below the target (Liftosaur's rule, [S8]).
    #[default]
    AtOrBelow,
    /// The closest loadable weight; an exact tie goes to the heavier one, as
    /// [`crate::Rounding::Nearest`] does.
    Nearest,
    /// The lightest loadable weight at or above the target.
    AtOrAbove,
}

/// Plates for one side of the bar and the total they make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loading {
    /// Plates on each side, heaviest (innermost) first, each in its own unit.
    pub per_side: Vec<Weight>,
    /// Bar + collars + both sides, in the target's unit.
    pub total: Weight,
    /// The weight asked for.
    pub target: Weight,
}

impl Loading {
    /// Loaded total minus target: negative when the load is lighter.
    pub fn difference(&self) -> Weight {
        self.total.minus(self.target)
    }

    /// Whether the load hits the target exactly.
    pub fn is_exact(&self) -> bool {
        self.difference().is_zero()
    }

    /// Plates on both sides together.
    pub fn plate_count(&self) -> usize {
        self.per_side.len() * 2
    }

    /// One side as short text, heaviest first: `45/45/25/3x10/5`
    /// (Liftosaur's display, training-math.md §6.5, [S8]).
    ///
    /// A run of three or more equal plates is written `NxW`; a pair is written
    /// out (`45/45`), since "2x45" reads like a total. Plates whose unit differs
    /// from the total's carry their unit (`45/20kg`). An empty bar is `""`.
    pub fn compact(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < self.per_side.len() {
            let plate = self.per_side[i];
            let run = self.per_side[i..]
                .iter()
                .take_while(|p| **p == plate)
                .count();
            let label = if plate.unit() == self.total.unit() {
                plate.number()
            } else {
                format!("{}{}", plate.number(), plate.unit())
            };
            if run >= 3 {
                parts.push(format!("{run}x{label}"));
            } else {
                parts.extend(std::iter::repeat_n(label, run));
            }
            i += run;
        }
        parts.join("/")
    }
}

/// Why a setup can't be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SetupError {
    NegativeBar,
    NegativeCollar,
    PlateNotPositive,
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SetupError::NegativeBar => "The bar can't weigh less than zero.",
            SetupError::NegativeCollar => "A collar can't weigh less than zero.",
            SetupError::PlateNotPositive => "Every plate must weigh more than zero.",
        })
    }
}

/// Why a weight can't be loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoadError {
    /// The target is lighter than the bar with its collars (and any plates
    /// already on it).
    BelowEmptyBar { empty: Weight },
    /// [`Aim::AtOrAbove`] past everything the plates can load.
    AboveCapacity { heaviest: Weight },
    /// The setup itself is impossible.
    Setup(SetupError),
    /// So many distinct plate sizes (e.g. mixed kg and lb sets of many
    /// sizes) that an exact search would be too slow.
    TooManyCombinations,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::BelowEmptyBar { empty } => {
                write!(f, "That's lighter than the empty bar ({empty}).")
            }
            LoadError::AboveCapacity { heaviest } => {
                write!(f, "Your plates load at most {heaviest}.")
            }
            LoadError::Setup(e) => e.fmt(f),
            LoadError::TooManyCombinations => {
                f.write_str("Too many plate sizes to search; remove a few.")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Loads `target` on `setup`: the exact best choice for `aim`.
///
/// Among loads with the chosen total it uses the fewest plates, then the
/// heaviest plates (35+25 rather than 45+10+5 for 60 lb a side, §6.5). Plate
/// counts are respected (`count / 2` per side at most).
pub fn load(setup: &BarSetup, target: Weight, aim: Aim) -> Result<Loading, LoadError> {
    solver::load_on(setup, &[], target, aim)
}

/// A setup prepared once for many loads of it (a program's table of
/// weights, a sweep of targets): the exact search runs once over everything
/// the inventory can load, then each [`PlateLoader::load`] is a lookup with
/// the same answers as [`load`].
pub struct PlateLoader {
    prepared: solver::Prepared,
    /// Table up to the whole inventory; `None` when that table would be too
    /// large (mixed-unit sets of many sizes), so each load searches alone.
    table: Option<(table::Table, i128)>,
}

impl PlateLoader {
    pub fn new(setup: &BarSetup) -> Result<PlateLoader, LoadError> {
        let prepared = solver::prepare(setup, &[])?;
        let cap = prepared.full_cap();
        let table = prepared.table(cap).ok().map(|t| (t, cap));
        Ok(PlateLoader { prepared, table })
    }

    /// Same result as [`load`] on the setup this was made from.
    pub fn load(&self, target: Weight, aim: Aim) -> Result<Loading, LoadError> {
        match &self.table {
            Some((table, cap)) => self.prepared.answer(table, *cap, target, aim),
            None => {
                let cap = self.prepared.cap_for(target, aim);
                let table = self.prepared.table(cap)?;
                self.prepared.answer(&table, cap, target, aim)
            }
        }
    }
}

/// Like [`load`], but `fixed` plates (per side, innermost first) are already
/// on the bar: only plates no heavier than the outermost fixed one are added
/// on top, from what is left of the inventory. Used for "only add plates"
/// warm-up ladders.
/// Sorts a short list (a rack's plate sizes, a dozen at most) by `key`,
/// whose values are distinct. An insertion sort: core's sort is about 2.4 KB
/// of wasm per element type, and the first-load app had one per list.
pub(crate) fn sort_short_by_key<T, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && key(&list[j - 1]) > key(&list[j]) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

pub(crate) fn load_on(
    setup: &BarSetup,
    fixed: &[Weight],
    target: Weight,
    aim: Aim,
) -> Result<Loading, LoadError> {
    solver::load_on(setup, fixed, target, aim)
}
