//! One module per screen of the app.

pub mod calculator;
pub mod history;
pub mod log;
pub mod not_found;
pub mod plan;
pub mod plate_path;
pub mod settings;
pub mod share;
