//! Bar, collars and plate inventory; exact plate loading.
//!
//! (Being written; see ARCHITECTURE.md.)
