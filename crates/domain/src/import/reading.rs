//! An import read a slice at a time: a 25 MB export takes seconds to read,
//! and a page that reads it in one go can't draw or answer a tap until it is
//! done. [`Reading::step`] does at most about so many rows' (or sets') work
//! and says how far it got; the caller draws, lets the page breathe, and
//! steps again. [`preview`](super::preview) is the same reading in one step,
//! so a file gives the same preview (or the same refusal) however it is
//! sliced.

use super::csv::{self, CsvError, Record};
use super::rows::{self, Header, Reader};
use super::{count_skipped, BadRow, ImportError, ImportOptions, ImportPreview, SkippedKind};
use crate::date::Date;
use crate::log::Session;
use crate::weight::Unit;
use std::collections::{BTreeSet, HashSet};

/// The longest first line (header) read: far past any app's.
const HEADER_MAX: usize = 64 * 1024;

/// How far a [`Reading`] has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Splitting the text into rows: how many so far (the total is known
    /// only at the end).
    Splitting { rows: usize },
    /// Reading rows into sets: how many, of how many.
    Reading { rows: usize, of: usize },
    /// Looking for sets the log already has: how many sets, of how many
    /// (the log's and the file's).
    Comparing { sets: usize, of: usize },
    /// The preview (or why there is none) is ready: [`Reading::finish`].
    Done,
}

/// An import being read. [`Reading::new`], then [`Reading::step`] until it
/// says [`Progress::Done`], then [`Reading::finish`] (which also reads
/// whatever is left, at once).
pub struct Reading<'a> {
    existing: &'a [Session],
    options: ImportOptions,
    stage: Stage<'a>,
}

enum Stage<'a> {
    Splitting {
        records: csv::Records<'a>,
        out: Vec<Result<Record, CsvError>>,
    },
    Reading {
        reader: Reader,
        records: std::iter::Skip<std::vec::IntoIter<Result<Record, CsvError>>>,
        rows: usize,
        of: usize,
        sessions: rows::Sessions,
        bad_rows: Vec<BadRow>,
        /// Rows (or sets) not imported, by kind in [`SkippedKind::ALL`] order.
        skipped: [usize; SkippedKind::ALL.len()],
    },
    /// Learning the log's sets, then taking the file's sessions without them.
    Comparing {
        found: Found,
        duplicates: Duplicates,
        /// The next of the log's sessions to learn, then of the file's.
        next: usize,
        sessions: std::vec::IntoIter<Session>,
        sets: usize,
        of: usize,
    },
    Done(Result<ImportPreview, ImportError>),
}

/// What the rows said, besides their sessions.
struct Found {
    format: super::ImportFormat,
    bad_rows: Vec<BadRow>,
    skipped: Vec<super::Skipped>,
    assumed_unit: Option<Unit>,
}

impl<'a> Reading<'a> {
    /// A reading of `text` against `existing` (the current log).
    pub fn new(text: &'a str, existing: &'a [Session], options: &ImportOptions) -> Reading<'a> {
        let stage = match too_plain(text) {
            Some(e) => Stage::Done(Err(e)),
            None => Stage::Splitting {
                records: csv::Records::new(text, csv::sniff_delimiter(text)),
                out: Vec::new(),
            },
        };
        Reading {
            existing,
            options: *options,
            stage,
        }
    }

    /// How far it has got.
    pub fn progress(&self) -> Progress {
        match &self.stage {
            Stage::Splitting { out, .. } => Progress::Splitting { rows: out.len() },
            Stage::Reading { rows, of, .. } => Progress::Reading {
                rows: *rows,
                of: *of,
            },
            Stage::Comparing { sets, of, .. } => Progress::Comparing {
                sets: *sets,
                of: *of,
            },
            Stage::Done(_) => Progress::Done,
        }
    }

    /// Reads on for about `work` rows (or sets; at least one), stopping
    /// early where a stage ends (a stage's rows cost more or less than the
    /// last one's), and says how far it got.
    pub fn step(&mut self, work: usize) -> Progress {
        let stage = std::mem::discriminant(&self.progress());
        let mut left = work.max(1);
        while left > 0
            && !matches!(self.stage, Stage::Done(_))
            && std::mem::discriminant(&self.progress()) == stage
        {
            left -= self.advance(left).min(left);
        }
        self.progress()
    }

    /// The preview, or why the file can't be imported; reads whatever is
    /// left first.
    pub fn finish(mut self) -> Result<ImportPreview, ImportError> {
        loop {
            if let Stage::Done(result) = self.stage {
                return result;
            }
            self.advance(usize::MAX);
        }
    }

    /// Up to `work` units of the current stage, moving to the next when it
    /// ends; how many units it did (at least one, so a step always moves on).
    fn advance(&mut self, work: usize) -> usize {
        let stage = std::mem::replace(&mut self.stage, Stage::Done(Err(ImportError::Empty)));
        let (stage, done) = match stage {
            Stage::Splitting {
                mut records,
                mut out,
            } => {
                let before = out.len();
                out.extend(records.by_ref().take(work));
                let done = out.len() - before;
                if done == work {
                    (Stage::Splitting { records, out }, done)
                } else {
                    (self.start_reading(out), done.max(1))
                }
            }
            Stage::Reading {
                reader,
                mut records,
                mut rows,
                of,
                mut sessions,
                mut bad_rows,
                mut skipped,
            } => {
                let today = self.options.today;
                let mut done = 0;
                for record in records.by_ref().take(work) {
                    done += 1;
                    read_row(
                        &reader,
                        record,
                        today,
                        &mut sessions,
                        &mut bad_rows,
                        &mut skipped,
                    );
                }
                rows += done;
                if done == work {
                    let stage = Stage::Reading {
                        reader,
                        records,
                        rows,
                        of,
                        sessions,
                        bad_rows,
                        skipped,
                    };
                    (stage, done)
                } else {
                    let found = Found {
                        format: reader.format(),
                        bad_rows,
                        skipped: count_skipped(&skipped),
                        assumed_unit: reader.assumed_unit(),
                    };
                    (self.start_comparing(found, sessions), done.max(1))
                }
            }
            Stage::Comparing {
                found,
                mut duplicates,
                mut next,
                mut sessions,
                mut sets,
                of,
            } => {
                let mut done = 0;
                // The log's sessions first, then the file's, whole sessions
                // until `work` sets.
                while done < work {
                    if let Some(known) = self.existing.get(next) {
                        duplicates.learn(known);
                        next += 1;
                        done += known.set_count().max(1);
                    } else if let Some(session) = sessions.next() {
                        done += session.set_count().max(1);
                        duplicates.take(session);
                    } else {
                        let preview = ImportPreview {
                            format: found.format,
                            skipped_duplicates: duplicates.skipped,
                            sessions: duplicates.out,
                            bad_rows: found.bad_rows,
                            skipped: found.skipped,
                            assumed_unit: found.assumed_unit,
                        };
                        return self.finished(Ok(preview), done.max(1));
                    }
                }
                sets += done;
                let stage = Stage::Comparing {
                    found,
                    duplicates,
                    next,
                    sessions,
                    sets,
                    of,
                };
                (stage, done)
            }
            Stage::Done(result) => (Stage::Done(result), 1),
        };
        self.stage = stage;
        done
    }

    fn finished(&mut self, result: Result<ImportPreview, ImportError>, done: usize) -> usize {
        self.stage = Stage::Done(result);
        done
    }

    /// The header says which app's export it is; the reader for it.
    fn start_reading(&self, records: Vec<Result<Record, CsvError>>) -> Stage<'a> {
        let header = match records.first() {
            Some(Ok(r)) => Header::new(&r.fields),
            Some(Err(_)) => return Stage::Done(Err(ImportError::UnknownFormat)),
            None => return Stage::Done(Err(ImportError::Empty)),
        };
        match Reader::for_file(&header, &records[1..], &self.options) {
            Err(e) => Stage::Done(Err(e)),
            Ok(reader) => Stage::Reading {
                sessions: rows::Sessions::new(reader.format()),
                reader,
                of: records.len() - 1,
                rows: 0,
                records: records.into_iter().skip(1),
                bad_rows: Vec::new(),
                skipped: [0; SkippedKind::ALL.len()],
            },
        }
    }

    /// With the rows read: the file's sessions, to compare with the log's;
    /// or why there are none.
    fn start_comparing(&self, found: Found, sessions: rows::Sessions) -> Stage<'a> {
        if sessions.is_empty() {
            return Stage::Done(Err(
                if found.bad_rows.is_empty() && !found.skipped.is_empty() {
                    ImportError::NoSets {
                        skipped: found.skipped,
                    }
                } else {
                    ImportError::NoValidRows {
                        bad_rows: found.bad_rows,
                    }
                },
            ));
        }
        let sessions = sessions.finish();
        let count = |log: &[Session]| log.iter().map(|s| s.set_count().max(1)).sum::<usize>();
        Stage::Comparing {
            of: count(self.existing) + count(&sessions),
            sets: 0,
            next: 0,
            duplicates: Duplicates::default(),
            sessions: sessions.into_iter(),
            found,
        }
    }
}

/// Why `text` is no export before it is read: empty, or a first line far
/// longer than any app's header.
fn too_plain(text: &str) -> Option<ImportError> {
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Some(ImportError::Empty);
    }
    // Every app's header is a few hundred characters: a file whose first
    // line runs on past this is no export, and reading all of it (a 30 MB
    // line) held the page for over a second before saying so.
    let ends = text
        .bytes()
        .take(HEADER_MAX)
        .any(|b| b == b'\n' || b == b'\r');
    (!ends && text.len() > HEADER_MAX).then_some(ImportError::UnknownFormat)
}

/// One row: its sets into `sessions`, or why not into `bad_rows`, or what it
/// is into `skipped`.
fn read_row(
    reader: &Reader,
    record: Result<Record, CsvError>,
    today: Date,
    sessions: &mut rows::Sessions,
    bad_rows: &mut Vec<BadRow>,
    skipped: &mut [usize; SkippedKind::ALL.len()],
) {
    let r = match record {
        Err(e) => {
            return bad_rows.push(BadRow {
                row: e.row,
                reason: e.reason.to_string(),
            })
        }
        Ok(r) => r,
    };
    let found = match reader.read(&r) {
        Ok(found) => found,
        Err(reason) => return bad_rows.push(BadRow { row: r.row, reason }),
    };
    // A row is imported whole or not at all (a StrongLifts row holds all of
    // an exercise's sets).
    if let Err(reason) = found
        .sets
        .iter()
        .try_for_each(|set| rows::check(set, today))
    {
        return bad_rows.push(BadRow { row: r.row, reason });
    }
    for set in found.sets {
        sessions.add(set);
    }
    for kind in found.skipped {
        if let Some(i) = SkippedKind::ALL.iter().position(|&k| k == kind) {
            skipped[i] += 1;
        }
    }
}

/// Identity of a set for spotting duplicates: date, lift, its index among that
/// lift's sets in the session, weight and reps.
type SetKey = (Date, String, usize, i64, Unit, u32);

fn set_keys(session: &Session) -> Vec<SetKey> {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut keys = Vec::new();
    for ex in &session.lifts {
        for set in &ex.sets {
            let index = match seen.iter_mut().find(|(l, _)| *l == ex.lift) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((&ex.lift, 0));
                    0
                }
            };
            keys.push((
                session.date,
                ex.lift.clone(),
                index,
                set.weight.milli(),
                set.weight.unit(),
                set.reps,
            ));
        }
    }
    keys
}

/// The file's sessions without the sets the log already has.
#[derive(Default)]
struct Duplicates {
    /// The log's sets.
    known: HashSet<SetKey>,
    /// The ids taken, the log's and the file's.
    ids: BTreeSet<String>,
    /// Sets left out as the log's.
    skipped: usize,
    out: Vec<Session>,
}

impl Duplicates {
    /// One of the log's sessions.
    fn learn(&mut self, session: &Session) {
        self.known.extend(set_keys(session));
        self.ids.insert(session.id.0.clone());
    }

    /// One of the file's sessions, without the sets the log has; none if
    /// it has them all.
    fn take(&mut self, mut session: Session) {
        let mut keys = set_keys(&session).into_iter();
        for ex in &mut session.lifts {
            ex.sets.retain(|_| {
                let keep = keys.next().is_none_or(|k| !self.known.contains(&k));
                self.skipped += usize::from(!keep);
                keep
            });
        }
        session.lifts.retain(|e| !e.sets.is_empty());
        if session.lifts.is_empty() {
            return;
        }
        // A workout partly imported before keeps a distinct id for its new sets.
        let base = session.id.0.clone();
        let mut n = 1;
        while self.ids.contains(&session.id.0) {
            n += 1;
            session.id.0 = format!("{base}-{n}");
        }
        self.ids.insert(session.id.0.clone());
        self.out.push(session);
    }
}
