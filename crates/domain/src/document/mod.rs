//! The rules of the stored document: every change the app makes to a
//! [`StoredDocument`](crate::store::StoredDocument), as plain functions with
//! typed errors, one module per area. The app's state only routes actions
//! here, so each rule is tested natively.
//!
//! - [`settings`]: unit, bar, plates, rounding, TM percent, and the lifter's
//!   training max and 1RM per lift ([`crate::maxes`]);
//! - [`equipment`]: what each exercise is done with ([`crate::equipment`]);
//! - [`program`]: starting, stopping and editing programs, working weights;
//! - [`session`]: the session in progress, finishing it, the proposals it
//!   makes and their fate, the log, imports and backups;
//! - [`backup`]: when the last backup was made, and when one is due;
//! - [`bodyweight`]: the lifter's dated bodyweight readings;
//! - [`exercises`]: the lifter's own exercises (added by name, or kept from
//!   an import).

pub mod backup;
pub mod bodyweight;
pub mod equipment;
pub mod exercises;
pub mod program;
pub mod session;
pub mod settings;
pub mod undo;

pub use bodyweight::BodyweightError;
pub use equipment::EquipmentChangeError;
pub use exercises::ExerciseError;
pub use program::ProgramError;
pub use session::SessionError;
pub use settings::SettingsError;
