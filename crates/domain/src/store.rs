//! The persisted document: schema version and migrations.
//!
//! (Being written; see ARCHITECTURE.md.)
