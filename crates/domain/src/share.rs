//! Share codec: a program (and maxes) as a short URL fragment.
//!
//! (Being written; see ARCHITECTURE.md.)
