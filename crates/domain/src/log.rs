//! The training log: sessions and the sets done in them.
//!
//! (Being written; see ARCHITECTURE.md.)
