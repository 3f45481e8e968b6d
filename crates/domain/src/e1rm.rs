//! Estimated one-rep max from a set of reps.
//!
//! (Being written; see ARCHITECTURE.md.)
