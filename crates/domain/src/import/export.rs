//! Exporting the log as CSV, for spreadsheets and other apps.
//!
//! One row per set, RFC 4180 (comma-separated, CRLF line ends, fields with a
//! comma, quote or line break in double quotes, quotes doubled). Columns, in
//! order ([`HISTORY_COLUMNS`]):
//!
//! | column | content |
//! |---|---|
//! | `date` | session date, `YYYY-MM-DD` |
//! | `session` | session id |
//! | `program` | program id, or empty |
//! | `day` | program day or workout name |
//! | `exercise` | exercise name |
//! | `lift` | lift key (`squat`, `bench`, `deadlift`, `press`, or a slug) |
//! | `set` | set number within the exercise, from 1 |
//! | `kind` | `warmup`, `work`, `amrap`, `supplemental`, `accessory` or `hold` |
//! | `weight` | weight lifted, plain number (`142.5`) |
//! | `unit` | `kg` or `lb`, for `weight` and `target_weight` |
//! | `reps` | reps done (a `hold`'s seconds) |
//! | `target_weight` | planned weight, or empty |
//! | `target_reps` | planned reps, or empty |
//! | `rpe` | RPE, or empty |
//! | `done` | `yes` or `no` |
//! | `note` | set note |
//! | `session_notes` | the session's notes (repeated on each of its rows) |
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some a
//! tab or carriage return) as a formula: an exercise named
//! `=HYPERLINK(...)` from an imported file or a share link would become a
//! live link. Following the OWASP CSV-injection guidance, every such cell is
//! written with a leading `'`, which spreadsheets show as text
//! ([`neutralise`]). So that this is lossless, a cell that already starts
//! with `'` gets one more; importing this export again
//! (`ImportFormat::Liftsheet`) removes exactly one ([`restore`]).
//!
//! The complete, lossless backup is the JSON store (`store::encode`).

use super::csv::quote;
use std::borrow::Cow;

/// First characters that make a spreadsheet read a cell as a formula (OWASP
/// "CSV Injection": `=`, `+`, `-`, `@`, tab, carriage return).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` made safe to open in a spreadsheet: prefixed with `'` when it
/// starts like a formula, or with `'` itself (so [`restore`] is exact).
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if FORMULA_STARTS.contains(&c) || c == '\'' => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// The original text of a cell [`neutralise`] wrote.
pub fn restore(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}
use crate::log::{Session, SetKind};

/// The header row's columns.
pub const HISTORY_COLUMNS: [&str; 17] = [
    "date",
    "session",
    "program",
    "day",
    "exercise",
    "lift",
    "set",
    "kind",
    "weight",
    "unit",
    "reps",
    "target_weight",
    "target_reps",
    "rpe",
    "done",
    "note",
    "session_notes",
];

fn kind_name(kind: SetKind) -> &'static str {
    match kind {
        SetKind::Warmup => "warmup",
        SetKind::Work => "work",
        SetKind::Amrap => "amrap",
        SetKind::Supplemental => "supplemental",
        SetKind::Accessory => "accessory",
        SetKind::Hold => "hold",
    }
}

/// The log as CSV (columns in the module docs), sessions in the order given.
pub fn history_csv(sessions: &[Session]) -> String {
    let mut out = HISTORY_COLUMNS.join(",");
    out.push_str("\r\n");
    for s in sessions {
        for ex in &s.lifts {
            for (i, set) in ex.sets.iter().enumerate() {
                let unit = set.weight.unit();
                let row = [
                    s.date.to_string(),
                    s.id.to_string(),
                    s.program.clone().unwrap_or_default(),
                    s.day_label.clone(),
                    ex.name.clone(),
                    ex.lift.clone(),
                    (i + 1).to_string(),
                    kind_name(set.kind).to_string(),
                    set.weight.number(),
                    unit.symbol().to_string(),
                    set.reps.to_string(),
                    set.target_weight
                        .map(|w| w.to(unit).number())
                        .unwrap_or_default(),
                    set.target_reps.map(|r| r.to_string()).unwrap_or_default(),
                    set.rpe.map(|r| r.to_string()).unwrap_or_default(),
                    if set.done { "yes" } else { "no" }.to_string(),
                    set.note.clone(),
                    s.notes.clone(),
                ];
                let fields: Vec<_> = row
                    .iter()
                    .map(|f| quote(&neutralise(f)).into_owned())
                    .collect();
                out.push_str(&fields.join(","));
                out.push_str("\r\n");
            }
        }
    }
    out
}
