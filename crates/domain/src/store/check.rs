//! What [`super::decode`] checks after parsing: every stored max, weight and
//! rep count is inside the limits module's range for stored values
//! ([`crate::limits::stored_max`], [`stored_weight`], [`stored_reps`]).
//!
//! A value outside it (a −100 kg training max, a 5000 kg set) was not
//! written by this app: the store is damaged, and is reported like any other
//! unreadable store (kept as it is, read-only, offered for export) rather
//! than shown.

use crate::date::Date;
use crate::limits::{stored_max, stored_reps, stored_weight, LimitError};
use crate::log::{Session, SessionId};
use crate::program::LiftKey;
use crate::store::StoredDocument;
use std::fmt;

/// Which stored value is out of range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredValue {
    TrainingMax(LiftKey),
    OneRepMax(LiftKey),
    /// A logged set's weight or its target weight.
    SetWeight {
        session: SessionId,
        date: Date,
        exercise: String,
    },
    /// A logged set's reps or its target reps.
    SetReps {
        session: SessionId,
        date: Date,
        exercise: String,
    },
    /// The bodyweight reading of a date.
    Bodyweight(Date),
}

/// A stored value outside its limit, and which limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutOfRange {
    pub value: StoredValue,
    pub error: LimitError,
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.value {
            StoredValue::TrainingMax(lift) => write!(f, "the {lift} training max: ")?,
            StoredValue::OneRepMax(lift) => write!(f, "the {lift} 1RM: ")?,
            StoredValue::SetWeight { date, exercise, .. } => {
                write!(f, "a {exercise} set on {date}: ")?
            }
            StoredValue::SetReps { date, exercise, .. } => {
                write!(f, "a {exercise} set on {date}: ")?
            }
            StoredValue::Bodyweight(date) => write!(f, "the bodyweight of {date}: ")?,
        }
        self.error.fmt(f)
    }
}

/// The first stored value outside its range, if any.
pub fn check(doc: &StoredDocument) -> Result<(), OutOfRange> {
    for (lift, maxes) in doc.maxes.iter() {
        if let Some(tm) = maxes.training_max {
            stored_max(tm).map_err(|error| OutOfRange {
                value: StoredValue::TrainingMax(lift.clone()),
                error,
            })?;
        }
        if let Some(one) = maxes.one_rep_max {
            stored_max(one.weight).map_err(|error| OutOfRange {
                value: StoredValue::OneRepMax(lift.clone()),
                error,
            })?;
        }
    }
    for session in doc.log.iter().chain(&doc.in_progress) {
        check_session(session)?;
    }
    for entry in &doc.bodyweight {
        stored_max(entry.weight).map_err(|error| OutOfRange {
            value: StoredValue::Bodyweight(entry.date),
            error,
        })?;
    }
    Ok(())
}

fn check_session(session: &Session) -> Result<(), OutOfRange> {
    for exercise in &session.lifts {
        let at = |weight: bool, error| OutOfRange {
            value: if weight {
                StoredValue::SetWeight {
                    session: session.id.clone(),
                    date: session.date,
                    exercise: exercise.name.clone(),
                }
            } else {
                StoredValue::SetReps {
                    session: session.id.clone(),
                    date: session.date,
                    exercise: exercise.name.clone(),
                }
            },
            error,
        };
        for set in &exercise.sets {
            for w in std::iter::once(set.weight).chain(set.target_weight) {
                stored_weight(w).map_err(|e| at(true, e))?;
            }
            for r in [Some(set.reps), set.target_reps, set.target_top]
                .into_iter()
                .flatten()
            {
                stored_reps(r).map_err(|e| at(false, e))?;
            }
        }
    }
    Ok(())
}
