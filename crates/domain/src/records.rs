//! Personal records and e1RM history per lift.
//!
//! (Being written; see ARCHITECTURE.md.)
