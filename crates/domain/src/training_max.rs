//! Training maxes from a tested 1RM or a rep set.
//!
//! (Being written; see ARCHITECTURE.md.)
