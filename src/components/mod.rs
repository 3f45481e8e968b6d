//! Small reusable pieces of UI, one per file.

pub mod bar_diagram;
pub mod bottom_nav;
pub mod download;
pub mod field;
pub mod header;
pub mod plate_list;
pub mod select_field;
pub mod status_banner;
