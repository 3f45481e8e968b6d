//! Programs as data: weeks, days, lifts, sets, progression rules.
//!
//! (Being written; see ARCHITECTURE.md.)
