//! Other apps' exercise names, mapped to library ids.
//!
//! Strong and Hevy name an exercise and its equipment ("Deadlift (Barbell)",
//! "Bench Press (Dumbbell)", "Lat Pulldown (Cable)"), FitNotes puts the
//! equipment in front ("Flat Barbell Bench Press", "Barbell Squat") or leaves
//! it out ("Deadlift"), StrongLifts names the lift ("Squat", "Chin-ups").
//! [`library_entry`] takes the equipment words out of the name and of every
//! library name and alias, compares what is left, and keeps only entries done
//! with the equipment named (or, when none is named, entries whose own name
//! names none: "Deadlift" is the barbell deadlift, not the trap bar one).
//!
//! A name that matches nothing keeps a slug of itself as its id
//! ([`slug`]: the key earlier versions gave every name outside the big
//! four), and becomes the lifter's own entry when imported
//! (`document::exercises`), so a custom exercise never breaks an import
//! (import-formats.md: "custom exercise names breaking the import").
//!
//! An imported exercise's logged `name` stays what the file said ("Deadlift
//! (Barbell)"); only its id (`lift`) is the library's. The id is what
//! History, records and programs group by (the library's name is one
//! [`super::lookup`] away); the file's name is kept because it is what the
//! lifter typed or saw in the other app (an equipment word, a variation he
//! wrote), and nothing imported is rewritten. Tested in `tests/exercises_library.rs`.

use super::search::fold;
use super::{library, Entry, Implement};
use std::sync::OnceLock;

/// Equipment words, folded, longer phrases first.
const EQUIPMENT: &[(&str, Implement)] = &[
    ("safety squat bar", Implement::SafetySquatBar),
    ("safety bar", Implement::SafetySquatBar),
    ("ez curl bar", Implement::EzBar),
    ("trap bar", Implement::TrapBar),
    ("hex bar", Implement::TrapBar),
    ("ez bar", Implement::EzBar),
    ("ssb", Implement::SafetySquatBar),
    ("barbell", Implement::Barbell),
    ("dumbbells", Implement::Dumbbell),
    ("dumbbell", Implement::Dumbbell),
    ("db", Implement::Dumbbell),
    ("kettlebell", Implement::Kettlebell),
    ("kb", Implement::Kettlebell),
    ("cable", Implement::Machine),
    ("machine", Implement::Machine),
    ("bodyweight", Implement::Bodyweight),
    ("weighted", Implement::Bodyweight),
];

/// A folded name without its equipment words, and the equipment it named.
fn without_equipment(folded: &str) -> (String, Option<Implement>) {
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut named = None;
    let mut i = 0;
    'words: while i < words.len() {
        for (phrase, implement) in EQUIPMENT {
            let len = phrase.split(' ').count();
            if i + len <= words.len() && words[i..i + len].join(" ") == *phrase {
                named.get_or_insert(*implement);
                i += len;
                continue 'words;
            }
        }
        kept.push(words[i]);
        i += 1;
    }
    (kept.join(" "), named)
}

/// Every library name and alias, without equipment words.
struct Candidate {
    core: String,
    named: Option<Implement>,
    entry: &'static Entry,
}

fn candidates() -> &'static [Candidate] {
    static TABLE: OnceLock<Vec<Candidate>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Vec::new();
        for entry in library::ENTRIES {
            for name in std::iter::once(&entry.name).chain(entry.aliases) {
                let (core, named) = without_equipment(&fold(name));
                table.push(Candidate { core, named, entry });
            }
        }
        table
    })
}

fn matching(core: &str, named: Option<Implement>) -> Option<&'static Entry> {
    if core.is_empty() {
        return None;
    }
    candidates()
        .iter()
        .find(|c| {
            c.core == core
                && match named {
                    Some(implement) => c.entry.implement == implement,
                    None => c.named.is_none(),
                }
        })
        .map(|c| c.entry)
}

/// The library entry another app's exercise `name` means, if the library
/// has it.
pub fn library_entry(name: &str) -> Option<&'static Entry> {
    let (core, named) = without_equipment(&fold(name));
    matching(&core, named).or_else(|| {
        // A plural ("Chin-ups", "Dips").
        let single = core.strip_suffix('s')?;
        matching(single, named)
    })
}

/// The equipment `name` names ("Bench Press (Dumbbell)": a dumbbell), if any.
pub fn named_equipment(name: &str) -> Option<Implement> {
    without_equipment(&fold(name)).1
}

/// The id an exercise name is stored under when the library doesn't have
/// it: its lowercase words joined by `-` ("Lat Pulldown (Band)" ->
/// `lat-pulldown-band`), `exercise` when it has none.
pub fn slug(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "exercise".to_string()
    } else {
        words.join("-")
    }
}

/// The id for an exercise name: the library entry's, or a [`slug`].
pub fn lift_id(name: &str) -> String {
    library_entry(name).map_or_else(|| slug(name), |e| e.id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equipment_words_come_out() {
        assert_eq!(
            without_equipment("flat barbell bench press"),
            ("flat bench press".to_string(), Some(Implement::Barbell))
        );
        assert_eq!(
            without_equipment("deadlift trap bar"),
            ("deadlift".to_string(), Some(Implement::TrapBar))
        );
        assert_eq!(without_equipment("plank"), ("plank".to_string(), None));
    }

    #[test]
    fn slugs_keep_what_earlier_versions_gave() {
        assert_eq!(slug("Lat Pulldown (Band)"), "lat-pulldown-band");
        assert_eq!(slug("Développé couché"), "développé-couché");
        assert_eq!(slug("  ()  "), "exercise");
    }
}
