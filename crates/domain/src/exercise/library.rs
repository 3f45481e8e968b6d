//! The built-in exercise library, as data.

use super::{Entry, Implement, LoadKind};

const fn barbell(id: &'static str, name: &'static str) -> Entry {
    Entry {
        id,
        name,
        load: LoadKind::Barbell,
        implement: Implement::Barbell,
    }
}

/// Every built-in entry. The first four are the lifts the built-in programs
/// use; their ids predate the library and stay as they are.
pub const ENTRIES: &[Entry] = &[
    barbell("squat", "Squat"),
    barbell("bench", "Bench press"),
    barbell("deadlift", "Deadlift"),
    barbell("press", "Overhead press"),
    // Bodyweight plus added weight (belt or vest): the progress slice needs
    // it to test the real lookup; the library's own list supersedes this.
    Entry {
        id: "chin-up",
        name: "Chin-up",
        load: LoadKind::BodyweightPlus,
        implement: Implement::Bodyweight,
    },
    barbell("block-pull", "Block pull"),
];

/// The built-in entry with this id.
pub fn find(id: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|entry| entry.id == id)
}
