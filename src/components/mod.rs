//! Small reusable pieces of UI, one per file.

pub mod bottom_nav;
pub mod header;
