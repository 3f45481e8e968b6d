//! Settings and maxes: unit, bar, collars, plates, rounding, training-max
//! percent, and the lifter's training max and 1RM per lift.

use crate::maxes::{MaxChange, MaxError};
use crate::plates::{BarSetup, PlateStock};
use crate::store::{standard_rounding, StoredDocument};
use crate::training_max::{RoundingRule, TmPercent};
use crate::{Unit, Weight};
use std::fmt;

/// Why a settings change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    NegativeBar,
    NegativeCollar,
    NoSuchPlate(Weight),
    PlateNotPositive,
    PlateListed(Weight),
    RoundingNotPositive,
    Max(MaxError),
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::NegativeBar => f.write_str("The bar can't weigh less than zero."),
            SettingsError::NegativeCollar => f.write_str("A collar can't weigh less than zero."),
            SettingsError::NoSuchPlate(w) => write!(f, "There are no {w} plates to change."),
            SettingsError::PlateNotPositive => f.write_str("A plate must weigh more than zero."),
            SettingsError::PlateListed(w) => write!(f, "{w} plates are already in the list."),
            SettingsError::RoundingNotPositive => {
                f.write_str("The rounding step must be above zero.")
            }
            SettingsError::Max(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SettingsError {}

/// A change to settings or maxes.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Show and enter weights in this unit. A setup or rounding that is still
    /// the other unit's standard one follows along (kg set <-> lb set).
    Unit(Unit),
    /// Replace the bar, collars and plate inventory.
    Bar(BarSetup),
    /// The empty bar's weight.
    BarWeight(Weight),
    /// Each collar's weight (zero: none).
    Collar(Weight),
    /// How many plates of this size are owned (both sides together).
    PlateCount { weight: Weight, count: u32 },
    /// A new plate size.
    AddPlate { weight: Weight, count: u32 },
    /// Forget a plate size.
    RemovePlate(Weight),
    /// Replace the plates with the standard kg or lb set.
    PlatePreset(Unit),
    /// What training maxes and percentages round to.
    Rounding(RoundingRule),
    /// Training max as a percent of the 1RM.
    TmPercent(TmPercent),
    /// Set or clear a lift's training max or 1RM.
    Max(MaxChange),
}

fn standard_setup(unit: Unit) -> BarSetup {
    match unit {
        Unit::Kg => BarSetup::kg_standard(),
        Unit::Lb => BarSetup::lb_standard(),
    }
}

fn standard_plates(unit: Unit) -> Vec<PlateStock> {
    standard_setup(unit).plates
}

/// Applies `change`; refuses what would make the data inconsistent. A max
/// counts as a training change for merges, the rest as a settings change
/// ([`crate::store::Revisions`]).
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), SettingsError> {
    let max = matches!(change, Change::Max(_));
    apply_inner(doc, change)?;
    if max {
        doc.revisions.training_changed();
    } else {
        doc.revisions.settings_changed();
    }
    Ok(())
}

fn apply_inner(doc: &mut StoredDocument, change: Change) -> Result<(), SettingsError> {
    let settings = &mut doc.settings;
    match change {
        Change::Unit(unit) => {
            let old = settings.unit;
            if old != unit {
                if settings.bar == standard_setup(old) {
                    settings.bar = standard_setup(unit);
                }
                if settings.rounding == standard_rounding(old) {
                    settings.rounding = standard_rounding(unit);
                }
            }
            settings.unit = unit;
        }
        Change::Bar(bar) => settings.bar = bar,
        Change::BarWeight(bar) => {
            if bar.milli() < 0 {
                return Err(SettingsError::NegativeBar);
            }
            settings.bar.bar = bar;
        }
        Change::Collar(collar) => {
            if collar.milli() < 0 {
                return Err(SettingsError::NegativeCollar);
            }
            settings.bar.collar = collar;
        }
        Change::PlateCount { weight, count } => {
            match settings
                .bar
                .plates
                .iter_mut()
                .find(|p| p.weight.same_mass(weight))
            {
                Some(stock) => stock.count = count,
                None => return Err(SettingsError::NoSuchPlate(weight)),
            }
        }
        Change::AddPlate { weight, count } => {
            if !weight.is_positive() {
                return Err(SettingsError::PlateNotPositive);
            }
            if settings
                .bar
                .plates
                .iter()
                .any(|p| p.weight.same_mass(weight))
            {
                return Err(SettingsError::PlateListed(weight));
            }
            settings.bar.plates.push(PlateStock::new(weight, count));
            // Heaviest first, as the list is shown.
            crate::sort::sort_by(&mut settings.bar.plates, |a, b| b.weight.cmp_mass(a.weight));
        }
        Change::RemovePlate(weight) => settings.bar.plates.retain(|p| !p.weight.same_mass(weight)),
        Change::PlatePreset(unit) => settings.bar.plates = standard_plates(unit),
        Change::Rounding(increment) => {
            if !increment.step.is_positive() {
                return Err(SettingsError::RoundingNotPositive);
            }
            settings.rounding = increment;
        }
        Change::TmPercent(percent) => settings.tm_percent = percent,
        Change::Max(change) => doc.maxes.apply(change).map_err(SettingsError::Max)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_and_clears_a_max() {
        use crate::program::LiftKey;
        let mut doc = StoredDocument::default();
        let squat = LiftKey::new("squat");
        apply(
            &mut doc,
            Change::Max(MaxChange::TrainingMax {
                lift: squat.clone(),
                max: Some(Weight::kg(140.0)),
            }),
        )
        .unwrap();
        assert_eq!(doc.maxes.training_max(&squat), Some(Weight::kg(140.0)));
        apply(
            &mut doc,
            Change::Max(MaxChange::TrainingMax {
                lift: squat,
                max: None,
            }),
        )
        .unwrap();
        assert!(doc.maxes.is_empty());
        let zero = Change::Max(MaxChange::TrainingMax {
            lift: LiftKey::new("bench"),
            max: Some(Weight::kg(0.0)),
        });
        assert_eq!(
            apply(&mut doc, zero),
            Err(SettingsError::Max(MaxError::NotPositive))
        );
        assert!(doc.maxes.is_empty());
    }

    #[test]
    fn unit_switch_carries_the_standard_setup_along() {
        let mut doc = StoredDocument::default();
        apply(&mut doc, Change::Unit(Unit::Lb)).unwrap();
        assert_eq!(doc.settings.bar, BarSetup::lb_standard());
        assert_eq!(doc.settings.rounding, standard_rounding(Unit::Lb));
        // A changed setup stays as the lifter made it.
        apply(&mut doc, Change::BarWeight(Weight::lb(35.0))).unwrap();
        apply(&mut doc, Change::Unit(Unit::Kg)).unwrap();
        assert_eq!(doc.settings.bar.bar, Weight::lb(35.0));
        assert_eq!(doc.settings.rounding, standard_rounding(Unit::Kg));
    }

    #[test]
    fn edits_the_plate_inventory() {
        let mut doc = StoredDocument::default();
        apply(
            &mut doc,
            Change::PlateCount {
                weight: Weight::kg(25.0),
                count: 6,
            },
        )
        .unwrap();
        assert_eq!(
            doc.settings.bar.plates[0],
            PlateStock::new(Weight::kg(25.0), 6)
        );
        apply(
            &mut doc,
            Change::AddPlate {
                weight: Weight::kg(2.0),
                count: 2,
            },
        )
        .unwrap();
        let sizes: Vec<Weight> = doc.settings.bar.plates.iter().map(|p| p.weight).collect();
        let two = sizes.iter().position(|w| *w == Weight::kg(2.0)).unwrap();
        assert_eq!(sizes[two - 1], Weight::kg(2.5));
        assert_eq!(sizes[two + 1], Weight::kg(1.25));
        let again = Change::AddPlate {
            weight: Weight::kg(2.0),
            count: 2,
        };
        assert!(apply(&mut doc, again).is_err());
        apply(&mut doc, Change::RemovePlate(Weight::kg(2.0))).unwrap();
        assert!(!doc
            .settings
            .bar
            .plates
            .iter()
            .any(|p| p.weight == Weight::kg(2.0)));
        // A plate named in the other unit is the same plate by mass.
        let twenty = Weight::kg(20.0).to(Unit::Lb);
        assert!(apply(
            &mut doc,
            Change::AddPlate {
                weight: twenty,
                count: 2
            }
        )
        .is_err());
        apply(
            &mut doc,
            Change::PlateCount {
                weight: twenty,
                count: 4,
            },
        )
        .unwrap();
        apply(&mut doc, Change::RemovePlate(twenty)).unwrap();
        assert!(!doc
            .settings
            .bar
            .plates
            .iter()
            .any(|p| p.weight.same_mass(twenty)));
        apply(&mut doc, Change::PlatePreset(Unit::Lb)).unwrap();
        assert_eq!(doc.settings.bar.plates, BarSetup::lb_standard().plates);
        assert_eq!(doc.settings.bar.bar, Weight::kg(20.0));
    }

    #[test]
    fn refuses_bad_bars_collars_plates_and_steps() {
        let mut doc = StoredDocument::default();
        let before = doc.clone();
        assert!(apply(&mut doc, Change::BarWeight(Weight::kg(-1.0))).is_err());
        assert!(apply(&mut doc, Change::Collar(Weight::kg(-1.0))).is_err());
        let zero_plate = Change::AddPlate {
            weight: Weight::kg(0.0),
            count: 2,
        };
        assert!(apply(&mut doc, zero_plate).is_err());
        let zero_step = Change::Rounding(RoundingRule {
            step: Weight::kg(0.0),
            rounding: crate::Rounding::Up,
        });
        assert!(apply(&mut doc, zero_step).is_err());
        assert_eq!(doc, before);
        apply(&mut doc, Change::TmPercent(TmPercent::EIGHTY_FIVE)).unwrap();
        assert_eq!(doc.settings.tm_percent.get(), 85);
    }

    #[test]
    fn rounding_and_tm_percent_are_stored_and_default_when_missing() {
        use crate::store::{decode, encode};
        let mut doc = StoredDocument::default();
        let plain = encode(&doc);
        assert!(!plain.contains("tm_percent"), "defaults are not written");
        apply(&mut doc, Change::TmPercent(TmPercent::EIGHTY_FIVE)).unwrap();
        let step = RoundingRule {
            step: Weight::kg(5.0),
            rounding: crate::Rounding::Up,
        };
        apply(&mut doc, Change::Rounding(step)).unwrap();
        let back = decode(&encode(&doc)).unwrap();
        assert_eq!(back.settings, doc.settings);
        // A document saved before these settings existed still reads.
        let old = decode(&plain).unwrap();
        assert_eq!(old.settings.tm_percent.get(), 90);
        assert_eq!(old.settings.rounding, standard_rounding(Unit::Kg));
    }
}
