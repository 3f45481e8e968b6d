//! Progression rules applied to results: proposed next maxes.
//!
//! (Being written; see ARCHITECTURE.md.)
