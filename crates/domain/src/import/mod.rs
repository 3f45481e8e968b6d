//! Importing history from other apps' CSV exports; exporting ours.
//!
//! (Being written; see ARCHITECTURE.md.)
