//! Warm-up ladders up to a work weight.
//!
//! (Being written; see ARCHITECTURE.md.)
