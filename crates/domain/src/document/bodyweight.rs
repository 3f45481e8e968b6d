//! Bodyweight readings: logging one (a second reading of a date replaces the
//! first, see [`crate::bodyweight`]) and removing one.

use crate::bodyweight::{self, BodyweightEntry};
use crate::date::Date;
use crate::limits::{self, LimitError};
use crate::store::StoredDocument;
use crate::weight::Weight;
use std::fmt;

/// Why a bodyweight change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyweightError {
    /// Zero, negative, below one plate step or over the weight limit.
    Weight(LimitError),
    /// Before the earliest date the log accepts, or after tomorrow.
    Date(LimitError),
    /// Nothing is logged on that date.
    NotLogged(Date),
}

impl fmt::Display for BodyweightError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyweightError::Weight(LimitError::WeightNegative) => {
                f.write_str("A bodyweight can't be negative.")
            }
            BodyweightError::Weight(LimitError::WeightTooSmall(_)) => {
                f.write_str("Enter your bodyweight (more than zero).")
            }
            BodyweightError::Weight(e) | BodyweightError::Date(e) => {
                let text = e.to_string();
                let mut chars = text.chars();
                match chars.next() {
                    Some(c) => write!(f, "{}{}.", c.to_uppercase(), chars.as_str()),
                    None => Ok(()),
                }
            }
            BodyweightError::NotLogged(d) => write!(f, "No bodyweight is logged on {d}."),
        }
    }
}

impl std::error::Error for BodyweightError {}

/// A change to the bodyweight log.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Log `weight` on `date` (replacing that date's reading). `today` is the
    /// lifter's local date, for the date bound (the domain has no clock).
    Log {
        date: Date,
        weight: Weight,
        today: Date,
    },
    /// Remove the reading of `date`.
    Remove { date: Date },
}

/// Checks a reading the way [`apply`] does, for a form to explain a bad
/// value next to its field before dispatching.
pub fn check(date: Date, weight: Weight, today: Date) -> Result<(), BodyweightError> {
    if weight.milli() == 0 {
        return Err(BodyweightError::Weight(LimitError::WeightTooSmall(weight)));
    }
    limits::loaded_weight(weight).map_err(BodyweightError::Weight)?;
    limits::date(date, today).map_err(BodyweightError::Date)?;
    Ok(())
}

/// Applies `change` to the document's bodyweight log.
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), BodyweightError> {
    match change {
        Change::Log {
            date,
            weight,
            today,
        } => {
            check(date, weight, today)?;
            let entry = BodyweightEntry { date, weight };
            bodyweight::record(&mut doc.bodyweight, entry);
            doc.bodyweight_removed.retain(|e| *e != entry);
        }
        Change::Remove { date } => {
            let i = doc
                .bodyweight
                .binary_search_by_key(&date, |e| e.date)
                .map_err(|_| BodyweightError::NotLogged(date))?;
            let removed = doc.bodyweight.remove(i);
            if !doc.bodyweight_removed.contains(&removed) {
                doc.bodyweight_removed.push(removed);
                crate::sort::sort_by_key(&mut doc.bodyweight_removed, |e| e.date);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Date {
        Date::from_ymd(2024, 3, d).unwrap()
    }

    #[test]
    fn log_replace_and_remove() {
        let mut doc = StoredDocument::default();
        let log = |doc: &mut StoredDocument, d, w| {
            apply(
                doc,
                Change::Log {
                    date: day(d),
                    weight: w,
                    today: day(20),
                },
            )
        };
        log(&mut doc, 5, Weight::kg(80.0)).unwrap();
        log(&mut doc, 3, Weight::lb(180.0)).unwrap();
        log(&mut doc, 5, Weight::kg(79.5)).unwrap();
        assert_eq!(doc.bodyweight.len(), 2);
        assert_eq!(doc.bodyweight[0].weight, Weight::lb(180.0));
        assert_eq!(doc.bodyweight[1].weight, Weight::kg(79.5));
        assert!(matches!(
            log(&mut doc, 6, Weight::kg(0.0)),
            Err(BodyweightError::Weight(_))
        ));
        assert!(matches!(
            log(&mut doc, 6, Weight::kg(-70.0)),
            Err(BodyweightError::Weight(LimitError::WeightNegative))
        ));
        assert!(matches!(
            log(&mut doc, 6, Weight::kg(5000.0)),
            Err(BodyweightError::Weight(LimitError::WeightTooLarge(_)))
        ));
        let future = apply(
            &mut doc,
            Change::Log {
                date: day(25),
                weight: Weight::kg(80.0),
                today: day(20),
            },
        );
        assert!(matches!(future, Err(BodyweightError::Date(_))));
        assert_eq!(
            future.unwrap_err().to_string(),
            "The date 2024-03-25 is in the future."
        );
        apply(&mut doc, Change::Remove { date: day(5) }).unwrap();
        assert_eq!(doc.bodyweight.len(), 1);
        assert_eq!(doc.bodyweight_removed.len(), 1);
        assert_eq!(
            apply(&mut doc, Change::Remove { date: day(5) }),
            Err(BodyweightError::NotLogged(day(5)))
        );
        // Logged again: no longer removed.
        log(&mut doc, 5, Weight::kg(79.5)).unwrap();
        assert!(doc.bodyweight_removed.is_empty());
    }
}
