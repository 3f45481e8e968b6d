//! Editing a program as the lifter's own copy: pure functions over a
//! [`Program`], each leaving it consistent (no exercise names a lift that's
//! gone, no week without a day) or returning an [`EditError`] that says why
//! not.
//!
//! - [`lifts`]: add, rename and remove lifts; accessories at a fixed weight,
//!   bodyweight, bodyweight plus added weight, or timed holds; their
//!   progression; the increase per success in either unit.
//! - [`layout`]: weeks and days: add, remove, move, rename, days per week.
//! - [`sets`]: exercises on a day, their set groups, and staged schemes.
//! - [`draft`]: the editor's working copy, which gives every week, day,
//!   exercise, stage and set group a stable id so the editor's field errors
//!   survive reordering.
//!
//! Functions address parts of the program by index ([`DayAt`], [`GroupAt`],
//! ...); [`draft::Draft`] turns ids into these.

pub mod draft;
mod error;
pub mod layout;
pub mod lifts;
pub mod sets;

pub use draft::{Draft, EditOp, NodeId};
pub use error::{EditError, NameError};
pub use lifts::{
    add_accessory, add_lift, convert_increment, increment, remove_lift, rename_lift,
    set_double_progression, set_increment, smallest_step, Accessory, AccessoryLoad,
};
pub use sets::new_exercise;

use super::model::Program;

/// Longest name a lifter may give (the share-link limit,
/// [`crate::share::validate::MAX_NAME_CHARS`]).
pub const MAX_NAME_CHARS: usize = crate::share::validate::MAX_NAME_CHARS;

/// Which way a week, day, exercise or stage moves in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Towards the start of the list.
    Up,
    /// Towards the end.
    Down,
}

/// A week: `cycles[cycle].weeks[week]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeekAt {
    pub cycle: usize,
    pub week: usize,
}

/// A day: `cycles[cycle].weeks[week].days[day]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayAt {
    pub week: WeekAt,
    pub day: usize,
}

/// An exercise on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExerciseAt {
    pub day: DayAt,
    pub exercise: usize,
}

/// A stage of an exercise; a fixed scheme's sets are its only stage, 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StageAt {
    pub exercise: ExerciseAt,
    pub stage: usize,
}

/// One set group of a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GroupAt {
    pub stage: StageAt,
    pub group: usize,
}

/// Lowercase ASCII letters and digits joined by single dashes ("Pause Squat" → "pause-squat").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// `base`, or `base-2`, `base-3`... whichever `taken` doesn't hold.
pub(crate) fn unique(base: &str, taken: &dyn Fn(&str) -> bool) -> String {
    let base = if base.is_empty() { "custom" } else { base };
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some suffix is free")
}

/// The most days with exercises in any week of the program's first cycle:
/// how many days a week it is lifted.
pub fn days_a_week(program: &Program) -> usize {
    program
        .cycles
        .first()
        .map(|c| {
            c.weeks
                .iter()
                .map(|w| w.days.iter().filter(|d| !d.exercises.is_empty()).count())
                .max()
                .unwrap_or(0)
        })
        .unwrap_or(0)
}

/// `summary` with its count of days ("Four days a week", "three days a
/// week", "Four days:") saying `days`, so a 5/3/1 trimmed to one day says
/// "One day a week". A summary without such a count is kept as it is.
pub fn summary_with_days(summary: &str, days: usize) -> String {
    const NUMBERS: [&str; 8] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven",
    ];
    let Some(word) = NUMBERS.get(days) else {
        return summary.to_string();
    };
    // ASCII lowering keeps byte offsets ("×" and "–" stay as they are).
    let lower = summary.to_ascii_lowercase();
    let found = NUMBERS[1..].iter().find_map(|n| {
        let at = lower.find(&format!("{n} day"))?;
        // A whole word: at the start or after a space.
        (at == 0 || lower[..at].ends_with(' ')).then_some((at, n.len()))
    });
    let Some((at, len)) = found else {
        return summary.to_string();
    };
    let mut number = word.to_string();
    if summary[at..].starts_with(|c: char| c.is_ascii_uppercase()) {
        number[..1].make_ascii_uppercase();
    }
    // "days" to "day" for one, "day" to "days" for more.
    let after = &summary[at + len..];
    let after = match (days == 1, after.strip_prefix(" days")) {
        (true, Some(tail)) => format!(" day{tail}"),
        (false, None) => match after.strip_prefix(" day") {
            Some(tail) => format!(" days{tail}"),
            None => after.to_string(),
        },
        _ => after.to_string(),
    };
    format!("{}{number}{after}", &summary[..at])
}

/// A copy of `program` for the lifter to edit: named "My <name>", with an id
/// (`custom-...`) that `taken` doesn't refuse
/// ([`crate::document::program::copy_for`]: none of the lifter's programs,
/// present or deleted, has it), and a source that says
/// what it is a copy of (in plain words: no source tags).
pub fn copy_of(program: &Program, taken: &dyn Fn(&str) -> bool) -> Program {
    let name = format!("My {}", program.name);
    let base = format!("custom-{}", slug(&program.name));
    let id = unique(&base, taken);
    Program {
        id,
        name,
        source: format!("Copy of {}", program.name),
        ..program.clone()
    }
}

/// `text` without source tags (a reference file's name such as
/// "notes.md", "§4", "[S18]"), which belong in doc comments, never in what a
/// lifter reads: for programs stored or shared before sources were plain
/// words. Brackets left empty go too.
pub fn plain_source(text: &str) -> String {
    // Any word naming a Markdown file ("(sheet.md", "sheet.md:"), its
    // brackets and punctuation kept for the clean-up below.
    let mut out = text
        .split(' ')
        .map(|word| {
            let name = word.trim_matches(|c: char| "()[],;:".contains(c));
            if name.ends_with(".md") {
                word.replacen(name, "", 1)
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    // `[S18]`, `[S18][S54]`
    while let Some(start) = out.find("[S") {
        match out[start..].find(']') {
            Some(len) => out.replace_range(start..start + len + 1, ""),
            None => break,
        }
    }
    // `§4`, `§2.6`
    while let Some(start) = out.find('§') {
        let end = out[start + '§'.len_utf8()..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .map_or(out.len(), |n| start + '§'.len_utf8() + n);
        out.replace_range(start..end, "");
    }
    let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let out = squeeze(&out)
        .replace("( ", "(")
        .replace(" )", ")")
        .replace("()", "");
    let out = squeeze(&out).replace(" ,", ",").replace(" .", ".");
    squeeze(&out)
        .trim_matches(|c: char| c == ':' || c == ';' || c == ',' || c.is_whitespace())
        .to_string()
}

/// Checks a name the lifter typed: not blank, at most [`MAX_NAME_CHARS`]
/// characters, no control characters.
pub fn check_name(name: &str) -> Result<(), NameError> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        Err(NameError::Blank)
    } else if trimmed.chars().count() > MAX_NAME_CHARS {
        Err(NameError::TooLong)
    } else if trimmed.chars().any(char::is_control) {
        Err(NameError::ControlCharacter)
    } else {
        Ok(())
    }
}

/// Renames the program.
pub fn rename_program(program: &mut Program, name: &str) -> Result<(), EditError> {
    check_name(name)?;
    program.name = name.trim().to_string();
    Ok(())
}

/// Moves `list[i]` one place in `direction`.
pub(crate) fn shift<T>(list: &mut [T], i: usize, direction: Direction) -> Result<usize, EditError> {
    if i >= list.len() {
        return Err(EditError::Gone);
    }
    let j = match direction {
        Direction::Up if i > 0 => i - 1,
        Direction::Down if i + 1 < list.len() => i + 1,
        _ => return Err(EditError::CantMove),
    };
    list.swap(i, j);
    Ok(j)
}

/// Parses a whole number the lifter typed, from `min` to `max`.
pub fn parse_whole(text: &str, what: &'static str, min: u32, max: u32) -> Result<u32, EditError> {
    match text.trim().parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(EditError::WholeNumber { what, min, max }),
    }
}

/// Program sources as older builds stored them, tags and all, with what
/// [`plain_source`] makes of each (`tests/fixtures/tagged-sources.txt`).
#[cfg(test)]
pub(crate) fn tagged_sources() -> Vec<(&'static str, &'static str)> {
    include_str!("../../../tests/fixtures/tagged-sources.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::builtin::{self, BuiltinOptions};

    fn bbb() -> Program {
        builtin::build("531-bbb", &BuiltinOptions::default()).unwrap()
    }

    #[test]
    fn slugs_and_unique_copy_ids() {
        assert_eq!(slug("  Pause Squat (T2) "), "pause-squat-t2");
        let first = copy_of(&bbb(), &|_| false);
        assert_eq!(first.id, "custom-5-3-1-boring-but-big");
        assert_eq!(first.name, "My 5/3/1 Boring But Big");
        assert_eq!(first.source, "Copy of 5/3/1 Boring But Big");
        let second = copy_of(&bbb(), &|id| id == first.id);
        assert_eq!(second.id, "custom-5-3-1-boring-but-big-2");
        assert_eq!(second.cycles, bbb().cycles);
    }

    #[test]
    fn source_tags_are_taken_out_of_what_a_lifter_reads() {
        let cases = tagged_sources();
        assert!(cases.len() >= 4);
        for (tagged, plain) in cases {
            assert_eq!(plain_source(tagged), plain, "{tagged:?}");
        }
    }

    #[test]
    fn names_are_checked() {
        assert_eq!(check_name("  "), Err(NameError::Blank));
        assert_eq!(check_name(&"x".repeat(81)), Err(NameError::TooLong));
        assert_eq!(check_name("a\tb"), Err(NameError::ControlCharacter));
        assert_eq!(check_name(" Deadlift block "), Ok(()));
        let mut p = bbb();
        rename_program(&mut p, " Deadlift block ").unwrap();
        assert_eq!(p.name, "Deadlift block");
        assert_eq!(
            rename_program(&mut p, ""),
            Err(EditError::Name(NameError::Blank))
        );
        assert_eq!(p.name, "Deadlift block");
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole(" 5 ", "Sets", 1, 100), Ok(5));
        assert!(parse_whole("0", "Sets", 1, 100).is_err());
        assert!(parse_whole("2.5", "Sets", 1, 100).is_err());
        assert!(parse_whole("", "Sets", 1, 100).is_err());
    }
}
