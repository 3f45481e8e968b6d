//! The outbox: maxes the first-load app saved, kept in localStorage until the
//! full app has them in the document.
//!
//! The first-load app never writes the document (it has no JSON code and must
//! not overwrite a store it can't read). A training max or 1RM saved there is
//! [`post`]ed here instead, at once and durably: closing the tab, going
//! offline or failing to fetch the full app loses nothing, and the calculator
//! says "Saved" only once the write succeeded. [`pending`] lays the outbox
//! over the document, so the calculator shows what it saved.
//!
//! The full app [`take`]s what it hasn't yet at start and on every `storage`
//! event for [`KEY`], applies each change like a change of its own (the
//! changes are absolute values: applying one twice is applying it once), and
//! after its next successful save [`settle`]s: removes what it took, keeping
//! anything posted meanwhile. An outbox it can't read (a newer build's) is
//! left as it is.
//!
//! The text, one documented format: a first line [`HEADER`] with the format
//! version, then one change a line, `kind` SP (`milli` SP `unit` [SP
//! `source` SP `date`] | `-`) TAB `lift`, where `kind` is `tm` or `1rm`
//! (`tm 142500 kg\tsquat`, `1rm 335000 lb tested 2026-12-02\tdeadlift`).

use super::local_storage;
use liftsheet_domain::date::Date;
use liftsheet_domain::maxes::{MaxChange, MaxSource, OneRepMax};
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::{Unit, Weight};
use std::cell::RefCell;

/// The localStorage key of the outbox.
pub const KEY: &str = "liftsheet.outbox";

/// The first line: the format and its version.
pub const HEADER: &str = "liftsheet-outbox 1";

thread_local! {
    /// The outbox text this tab took and has not yet settled.
    static TAKEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Why a max could not be posted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostError {
    /// localStorage is blocked or full.
    Refused,
    /// The outbox holds what this build can't read (a newer build's): it is
    /// kept, so nothing is added to it.
    Unreadable,
    /// The lift's name can't be written (a tab or line break in it).
    BadName,
}

/// Adds `change` to the outbox. `Ok` once it is stored.
pub fn post(change: &MaxChange) -> Result<(), PostError> {
    let storage = local_storage().map_err(|_| PostError::Refused)?;
    let mut text = match storage.get_item(KEY) {
        Ok(None) => format!("{HEADER}\n"),
        Ok(Some(text)) if parse(&text).is_some() => text,
        Ok(Some(_)) => return Err(PostError::Unreadable),
        Err(_) => return Err(PostError::Refused),
    };
    text.push_str(&line(change).ok_or(PostError::BadName)?);
    storage.set_item(KEY, &text).map_err(|_| PostError::Refused)
}

/// Every change waiting in the outbox, in order (none if it can't be read).
pub fn pending() -> Vec<MaxChange> {
    stored().and_then(|t| parse(&t)).unwrap_or_default()
}

/// The changes posted since this tab last took (all of them, the first time
/// or after another tab settled), to apply to the document.
pub fn take() -> Vec<MaxChange> {
    let Some(text) = stored() else {
        return Vec::new();
    };
    let Some(all) = parse(&text) else {
        return Vec::new();
    };
    let seen = TAKEN.with(|t| t.borrow().clone());
    let new = match seen.as_deref().and_then(|seen| text.strip_prefix(seen)) {
        Some(rest) => parse(&format!("{HEADER}\n{rest}")).unwrap_or_default(),
        None => all,
    };
    TAKEN.with(|t| *t.borrow_mut() = Some(text));
    new
}

/// After the document with what was taken is saved: removes it from the
/// outbox, keeping whatever was posted after it.
pub fn settle() {
    let Some(taken) = TAKEN.with(|t| t.borrow_mut().take()) else {
        return;
    };
    let Ok(storage) = local_storage() else {
        return;
    };
    let Some(now) = storage.get_item(KEY).ok().flatten() else {
        return;
    };
    let _ = match now.strip_prefix(taken.as_str()) {
        Some("") => storage.remove_item(KEY),
        Some(rest) => storage.set_item(KEY, &format!("{HEADER}\n{rest}")),
        // Another tab settled it first and more was posted since: that is
        // still to take, so leave it.
        None => Ok(()),
    };
}

fn stored() -> Option<String> {
    local_storage().ok()?.get_item(KEY).ok().flatten()
}

/// One change as a line, or `None` if its lift name can't be written.
fn line(change: &MaxChange) -> Option<String> {
    let lift = change.lift().as_str();
    if lift.contains(['\t', '\n', '\r']) {
        return None;
    }
    let what = match change {
        MaxChange::TrainingMax { max: Some(w), .. } => format!("tm {} {}", w.milli(), w.unit()),
        MaxChange::TrainingMax { max: None, .. } => "tm -".to_string(),
        MaxChange::OneRepMax { max: Some(m), .. } => {
            let source = match m.source {
                MaxSource::Tested => "tested",
                MaxSource::Estimated => "estimated",
            };
            let date = m.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
            format!(
                "1rm {} {} {source} {date}",
                m.weight.milli(),
                m.weight.unit()
            )
        }
        MaxChange::OneRepMax { max: None, .. } => "1rm -".to_string(),
    };
    Some(format!("{what}\t{lift}\n"))
}

/// The changes of an outbox text, or `None` if it isn't this format.
fn parse(text: &str) -> Option<Vec<MaxChange>> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    lines.map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<MaxChange> {
    let (what, lift) = line.split_once('\t')?;
    let lift = LiftKey::new(lift);
    let mut words = what.split(' ');
    let kind = words.next()?;
    let first = words.next()?;
    let weight = if first == "-" {
        None
    } else {
        let unit = Unit::from_symbol(words.next()?)?;
        Some(Weight::from_milli(first.parse().ok()?, unit))
    };
    let change = match kind {
        "tm" => MaxChange::TrainingMax { lift, max: weight },
        "1rm" => {
            let max = match weight {
                None => None,
                Some(weight) => {
                    let source = match words.next()? {
                        "tested" => MaxSource::Tested,
                        "estimated" => MaxSource::Estimated,
                        _ => return None,
                    };
                    let date = match words.next()? {
                        "-" => None,
                        d => Some(Date::parse(d).ok()?),
                    };
                    Some(OneRepMax {
                        weight,
                        date,
                        source,
                    })
                }
            };
            MaxChange::OneRepMax { lift, max }
        }
        _ => return None,
    };
    words.next().is_none().then_some(change)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tm(lift: &str, w: Option<Weight>) -> MaxChange {
        MaxChange::TrainingMax {
            lift: LiftKey::new(lift),
            max: w,
        }
    }

    #[test]
    fn changes_round_trip_through_the_outbox_text() {
        let changes = vec![
            tm("squat", Some(Weight::kg(142.5))),
            tm("zercher squat", Some(Weight::lb(315.0))),
            tm("bench", None),
            MaxChange::OneRepMax {
                lift: LiftKey::new("deadlift"),
                max: Some(OneRepMax {
                    weight: Weight::lb(335.0),
                    date: Date::from_ymd(2026, 12, 2).ok(),
                    source: MaxSource::Tested,
                }),
            },
            MaxChange::OneRepMax {
                lift: LiftKey::new("press"),
                max: Some(OneRepMax {
                    weight: Weight::kg(61.5),
                    date: None,
                    source: MaxSource::Estimated,
                }),
            },
            MaxChange::OneRepMax {
                lift: LiftKey::new("press"),
                max: None,
            },
        ];
        let mut text = format!("{HEADER}\n");
        for change in &changes {
            text.push_str(&line(change).unwrap());
        }
        assert_eq!(parse(&text), Some(changes));
        assert_eq!(
            parse("liftsheet-outbox 1\n1rm 335000 lb tested 2026-12-02\tdeadlift\n"),
            Some(vec![MaxChange::OneRepMax {
                lift: LiftKey::new("deadlift"),
                max: Some(OneRepMax {
                    weight: Weight::lb(335.0),
                    date: Date::from_ymd(2026, 12, 2).ok(),
                    source: MaxSource::Tested,
                }),
            }])
        );
    }

    #[test]
    fn anything_but_this_format_is_not_read() {
        assert_eq!(parse(&format!("{HEADER}\n")), Some(vec![]));
        assert_eq!(line(&tm("a\tb", None)), None);
        assert_eq!(line(&tm("a\nb", None)), None);
        for text in [
            "",
            "tm 100 kg\tsquat\n",
            "liftsheet-outbox 2\ntm 100 kg\tsquat\n",
            "liftsheet-outbox 1\ntm 100 stone\tsquat\n",
            "liftsheet-outbox 1\nsquat\n",
            "liftsheet-outbox 1\n1rm 100 kg guessed -\tsquat\n",
            "liftsheet-outbox 1\ntm 100 kg extra\tsquat\n",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }
}
