//! Settings and maxes: unit, bar, collars, plates, and the lifter's maxes per lift.

use liftsheet_domain::plates::BarSetup;
use liftsheet_domain::store::StoredDocument;
use liftsheet_domain::{Unit, Weight};

/// A change to settings or maxes.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Show and enter weights in this unit.
    Unit(Unit),
    /// Replace the bar, collars and plate inventory.
    Bar(BarSetup),
    /// Set (Some) or clear (None) the max of a lift.
    Max { lift: String, max: Option<Weight> },
}

/// Applies `change`; refuses what would make the data inconsistent.
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), String> {
    match change {
        Change::Unit(unit) => doc.settings.unit = unit,
        Change::Bar(bar) => doc.settings.bar = bar,
        Change::Max { lift, max } => {
            let lift = lift.trim().to_string();
            if lift.is_empty() {
                return Err("A max needs a lift name.".into());
            }
            match max {
                Some(max) if !max.is_positive() => {
                    return Err("A max must be above zero.".into());
                }
                Some(max) => {
                    doc.maxes.insert(lift, max);
                }
                None => {
                    doc.maxes.remove(&lift);
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_and_clears_a_max() {
        let mut doc = StoredDocument::default();
        apply(
            &mut doc,
            Change::Max {
                lift: "squat".into(),
                max: Some(Weight::kg(140.0)),
            },
        )
        .unwrap();
        assert_eq!(doc.maxes.get("squat"), Some(&Weight::kg(140.0)));
        apply(
            &mut doc,
            Change::Max {
                lift: "squat".into(),
                max: None,
            },
        )
        .unwrap();
        assert!(doc.maxes.is_empty());
    }

    #[test]
    fn refuses_a_zero_max_and_a_nameless_lift() {
        let mut doc = StoredDocument::default();
        let zero = Change::Max {
            lift: "bench".into(),
            max: Some(Weight::kg(0.0)),
        };
        assert!(apply(&mut doc, zero).is_err());
        let nameless = Change::Max {
            lift: "  ".into(),
            max: Some(Weight::kg(60.0)),
        };
        assert!(apply(&mut doc, nameless).is_err());
        assert!(doc.maxes.is_empty());
    }
}
