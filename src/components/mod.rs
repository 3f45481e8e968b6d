//! Small reusable pieces of UI, one per file.

pub mod bottom_nav;
pub mod download;
pub mod field;
pub mod header;
pub mod select_field;
pub mod status_banner;
