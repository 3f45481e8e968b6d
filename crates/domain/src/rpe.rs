//! RPE / RIR to percent of 1RM (RTS chart).
//!
//! (Being written; see ARCHITECTURE.md.)
