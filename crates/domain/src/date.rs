//! Calendar dates without a time zone.
//!
//! (Being written; see ARCHITECTURE.md.)
