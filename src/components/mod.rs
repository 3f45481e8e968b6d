//! Small reusable pieces of UI, one per file.

pub mod backup_offer;
pub mod backup_settings;
pub mod bar_diagram;
pub mod bottom_nav;
pub mod data_section;
pub mod delete_data;
pub mod download;
pub mod e1rm_chart;
pub mod editable;
pub mod exercise_picker;
pub mod field;
pub mod header;
pub mod hold_timer;
pub mod import_reading;
pub mod lifted_on;
pub mod plate_list;
pub mod proposals_card;
pub mod rest_timer;
pub mod select_field;
pub mod set_field;
pub mod share_panel;
pub mod status_banner;
pub mod ticker;
pub mod time_chart;
pub mod undo_notice;
pub mod update_banner;
