//! Searching exercises by name as the lifter types.
//!
//! Case- and accent-insensitive ("developpe" finds "Développé"), by word
//! prefix ("bl pu" finds "Block pull"), over the built-in library and the
//! lifter's own entries, ranked: the exact name, then names starting with
//! the text, then names whose words start with each typed word, then the
//! same over other names (aliases: "RDL" finds "Romanian deadlift"). Within
//! a rank the library's order holds (competition lifts first), own entries
//! after built-ins.
//!
//! It runs on every keystroke, so it allocates two small buffers per call
//! and nothing per entry; `benches/exercise_search.rs` measures the whole
//! library.

use super::{library, ExerciseRef, OwnExercise};

/// How well an exercise matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rank {
    /// The whole name, as typed.
    Exact,
    /// The name starts with what was typed.
    NamePrefix,
    /// Each typed word starts a word of the name.
    WordPrefix,
    /// One of its other names matched.
    Alias,
}

/// One search result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    pub exercise: ExerciseRef<'a>,
    pub rank: Rank,
}

/// Folds one character: lowercase, without its accent (Latin letters), or
/// `None` for what separates words.
fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            return true;
        }
        return false;
    }
    if !c.is_alphanumeric() {
        return false;
    }

    for lower in c.to_lowercase() {
        let plain = match lower {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ł' | 'ľ' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'ř' => "r",
            'ś' | 'š' | 'ş' => "s",
            'ť' | 'ţ' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(plain);
    }
    true
}

/// `text` folded for comparing into `out` (cleared first): lowercase, accents
/// removed, words separated by one space, no space at either end.
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    let mut gap = false;
    for c in text.chars() {
        // An apostrophe or a combining accent joins ("Farmer's" is one word).
        if matches!(c, '\'' | '\u{2019}' | '\u{300}'..='\u{36f}') {
            continue;
        }
        let before = out.len();
        if fold_char(c, out) {
            if gap && before > 0 {
                out.insert(before, ' ');
            }
            gap = false;
        } else {
            gap = true;
        }
    }
}

/// [`fold_into`] into a new string.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// How folded `name` matches folded `query`, if it does.
fn rank_of(name: &str, query: &str) -> Option<Rank> {
    if name == query {
        Some(Rank::Exact)
    } else if name.starts_with(query) {
        Some(Rank::NamePrefix)
    } else if query
        .split(' ')
        .all(|q| name.split(' ').any(|w| w.starts_with(q)))
    {
        Some(Rank::WordPrefix)
    } else {
        None
    }
}

/// Exercises matching `query`, best first: every exercise when it is empty.
pub fn search<'a>(query: &str, own: &'a [OwnExercise]) -> Vec<Hit<'a>> {
    let query = fold(query);
    let mut buf = String::with_capacity(64);
    let mut hits: Vec<Hit<'a>> = Vec::new();
    let mut consider = |exercise: ExerciseRef<'a>, aliases: &[&str]| {
        if query.is_empty() {
            hits.push(Hit {
                exercise,
                rank: Rank::WordPrefix,
            });
            return;
        }
        fold_into(exercise.name, &mut buf);
        let rank = rank_of(&buf, &query).or_else(|| {
            aliases.iter().find_map(|alias| {
                fold_into(alias, &mut buf);
                rank_of(&buf, &query).map(|_| Rank::Alias)
            })
        });
        if let Some(rank) = rank {
            hits.push(Hit { exercise, rank });
        }
    };
    for entry in library::ENTRIES {
        consider(entry.into(), entry.aliases);
    }
    for entry in own {
        consider(entry.into(), &[]);
    }
    // Stable: the library's order within a rank.
    crate::sort::sort_by_key(&mut hits, |h| h.rank);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("  Développé   COUCHÉ! "), "developpe couche");
        assert_eq!(fold("Farmer's walk"), "farmers walk");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Close-grip (bench)"), "close grip bench");
        assert_eq!(fold("e\u{301}tirement"), "etirement");
        assert_eq!(fold("()"), "");
    }
}
