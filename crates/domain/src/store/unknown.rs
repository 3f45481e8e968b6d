//! Fields this build doesn't know, kept through a save.
//!
//! A newer build may add a field to the document, a program, its state, a
//! session, an exercise in it or a set without a new schema number (an
//! optional field an older build can do without). An older tab that reads
//! such a store must not drop the field when it saves: each of those levels
//! keeps what it didn't recognise in an [`Unknown`] (`#[serde(flatten)]`),
//! written back as it was read. Values the build knows replace nothing here:
//! a field it knows is never in the map.
//!
//! Merging two tabs' copies keeps the unknown fields of the copy that wins
//! the level (the copy whose training state wins the merge, the newer
//! revision of a session), and at the top level adds the other copy's
//! fields the winner lacks.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The fields of one object this build doesn't know, by name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Unknown(BTreeMap<String, Value>);

impl Unknown {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The field `name`, if it was kept.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// Adds `other`'s fields that this one lacks (this one wins on a name
    /// both have).
    pub fn fill_from(&mut self, other: &Unknown) {
        for (name, value) in &other.0 {
            self.0.entry(name.clone()).or_insert_with(|| value.clone());
        }
    }
}
