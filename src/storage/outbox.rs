//! The outbox: what the calculator saved before the document was open, kept
//! in localStorage until the document has it.
//!
//! The app's first part can't write the document: that takes serde and the
//! domain's rules, which are the document's chunk (most of the app, and too
//! big for the first load). A training max or 1RM saved on the calculator
//! before that chunk is here is [`post`]ed instead, at once and durably:
//! closing the tab, going offline or failing to fetch the chunk loses
//! nothing, and the app says "Saved" only once the write succeeded.
//! [`pending`] lays the outbox over the document, so the calculator shows
//! what it saved. Older builds' small apps also posted shared programs.
//!
//! The document [`take`]s what it hasn't yet when it opens and on every `storage`
//! event for [`KEY`], applies each change like a change of its own (the
//! changes are idempotent: a max is an absolute value, an adopted program
//! keeps the id its link gives; applying one twice is applying it once),
//! and after its next successful save [`settle`]s: removes what it took,
//! keeping anything posted meanwhile. An outbox it can't read (a newer
//! build's) is left as it is.
//!
//! The text, one documented format: a first line [`HEADER`] with the format
//! version, then one change a line, either a max: `kind` SP (`milli` SP
//! `unit` [SP `source` SP `date`] | `-`) TAB `lift`, where `kind` is `tm` or
//! `1rm` (`tm 142500 kg\tsquat`, `1rm 335000 lb tested 2026-12-02\tdeadlift`);
//! or, from version 2, a shared program: `program` TAB the share link's
//! payload (`program\t1eNq…`). A version 1 outbox (maxes only) is read too.

use super::local_storage;
use liftsheet_domain::date::Date;
use liftsheet_domain::maxes::{MaxChange, MaxSource, OneRepMax};
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::{Unit, Weight};
use std::cell::RefCell;

/// The localStorage key of the outbox.
pub const KEY: &str = "liftsheet.outbox";

/// The first line: the format and its version.
pub const HEADER: &str = "liftsheet-outbox 2";

/// The first line of version 1 (maxes only), still read.
const HEADER_V1: &str = "liftsheet-outbox 1";

/// One change waiting in the outbox.
#[derive(Clone, Debug, PartialEq)]
pub enum Posted {
    /// A training max or 1RM saved on the calculator.
    Max(MaxChange),
    /// A shared program adopted from a link: the link's payload.
    Program(String),
}

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
    /// The lift's name (or a link) can't be written: a tab or line break
    /// in it.
    BadName,
}

/// Adds a max saved on the calculator to the outbox. `Ok` once it is stored.
pub fn post(change: &MaxChange) -> Result<(), PostError> {
    post_line(&Posted::Max(change.clone()))
}

/// Adds the program of a share link (its payload) to the outbox, to adopt.
/// `Ok` once it is stored.
pub fn post_program(payload: &str) -> Result<(), PostError> {
    post_line(&Posted::Program(payload.to_string()))
}

fn post_line(change: &Posted) -> Result<(), PostError> {
    let storage = local_storage().map_err(|_| PostError::Refused)?;
    let mut text = match storage.get_item(KEY) {
        Ok(None) => format!("{HEADER}\n"),
        // A version 1 outbox grows into version 2 (it reads the same).
        Ok(Some(text)) if parse(&text).is_some() => match text.strip_prefix(HEADER_V1) {
            Some(rest) => format!("{HEADER}{rest}"),
            None => text,
        },
        Ok(Some(_)) => return Err(PostError::Unreadable),
        Err(_) => return Err(PostError::Refused),
    };
    text.push_str(&line(change).ok_or(PostError::BadName)?);
    super::set_making_room(&storage, KEY, &text).map_err(|_| PostError::Refused)
}

/// Every max change waiting in the outbox, in order (none if it can't be
/// read): what the calculator lays over the document's maxes.
pub fn pending() -> Vec<MaxChange> {
    stored()
        .and_then(|t| parse(&t))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|posted| match posted {
            Posted::Max(change) => Some(change),
            Posted::Program(_) => None,
        })
        .collect()
}

/// The changes posted since this tab last took (all of them, the first time
/// or after another tab settled), to apply to the document.
pub fn take() -> Vec<Posted> {
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
    // Not ours to touch: gone, or a newer build's.
    let Some(now) = storage
        .get_item(KEY)
        .ok()
        .flatten()
        .filter(|t| parse(t).is_some())
    else {
        return;
    };
    // Posting to a version 1 outbox rewrote its first line: compare past it.
    fn past_header(text: &str) -> &str {
        text.split_once('\n').map_or("", |(_, rest)| rest)
    }
    let _ = match past_header(&now).strip_prefix(past_header(&taken)) {
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

/// One change as a line, or `None` if its lift name or link can't be
/// written.
fn line(posted: &Posted) -> Option<String> {
    let change = match posted {
        Posted::Max(change) => change,
        Posted::Program(payload) if payload.contains(['\t', '\n', '\r']) => return None,
        Posted::Program(payload) => return Some(format!("program\t{payload}\n")),
    };
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
fn parse(text: &str) -> Option<Vec<Posted>> {
    let mut lines = text.lines();
    let version = match lines.next()? {
        HEADER => 2,
        HEADER_V1 => 1,
        _ => return None,
    };
    lines
        .map(|line| match line.split_once('\t') {
            Some(("program", payload)) if version >= 2 && !payload.is_empty() => {
                Some(Posted::Program(payload.to_string()))
            }
            _ => parse_max(line).map(Posted::Max),
        })
        .collect()
}

fn parse_max(line: &str) -> Option<MaxChange> {
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
        let mut changes: Vec<Posted> = changes.into_iter().map(Posted::Max).collect();
        changes.push(Posted::Program("1eNqrVkrOz8nPz1WyUlAqzy_KSVGqBQA".into()));
        let mut text = format!("{HEADER}\n");
        for change in &changes {
            text.push_str(&line(change).unwrap());
        }
        assert!(text.ends_with("\nprogram\t1eNqrVkrOz8nPz1WyUlAqzy_KSVGqBQA\n"));
        assert_eq!(parse(&text), Some(changes));
        // Version 1, maxes only, is still read.
        assert_eq!(
            parse("liftsheet-outbox 1\n1rm 335000 lb tested 2026-12-02\tdeadlift\n"),
            Some(vec![Posted::Max(MaxChange::OneRepMax {
                lift: LiftKey::new("deadlift"),
                max: Some(OneRepMax {
                    weight: Weight::lb(335.0),
                    date: Date::from_ymd(2026, 12, 2).ok(),
                    source: MaxSource::Tested,
                }),
            })])
        );
    }

    #[test]
    fn anything_but_this_format_is_not_read() {
        assert_eq!(parse(&format!("{HEADER}\n")), Some(vec![]));
        assert_eq!(line(&Posted::Max(tm("a\tb", None))), None);
        assert_eq!(line(&Posted::Max(tm("a\nb", None))), None);
        assert_eq!(line(&Posted::Program("a\nb".into())), None);
        for text in [
            "",
            "tm 100 kg\tsquat\n",
            "liftsheet-outbox 3\ntm 100 kg\tsquat\n",
            // A program line is version 2's.
            "liftsheet-outbox 1\nprogram\t1eNq\n",
            "liftsheet-outbox 2\nprogram\t\n",
            "liftsheet-outbox 1\ntm 100 stone\tsquat\n",
            "liftsheet-outbox 1\nsquat\n",
            "liftsheet-outbox 1\n1rm 100 kg guessed -\tsquat\n",
            "liftsheet-outbox 1\ntm 100 kg extra\tsquat\n",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }
}
