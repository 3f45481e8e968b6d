//! What History derives from a log: its records and PR flags (found by
//! set), the longest holds, the exercises by recency and the sessions newest
//! first. Ten years (40,000 sets) take tens of ms to go through on a phone,
//! so [`Deriving`] goes through them a slice at a time, to the same result
//! as [`Derived::of`] in one go: an app can make it while the page is idle,
//! before History is opened.

use super::holds::{hold_records, HoldRecords};
use super::pr::Lookup;
use super::progress::exercises_by_recency;
use super::{Builder, Loads, Records};
use crate::bodyweight::BodyweightEntry;
use crate::log::{oldest_first, Session};
use crate::weight::Unit;

/// Everything History shows that is worked out over the whole log.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub records: Records,
    /// The PR flags of `records`, found by set.
    pub prs: Lookup,
    pub holds: Vec<HoldRecords>,
    /// The log's exercises (key, name), most recent first.
    pub exercises: Vec<(String, String)>,
    /// The log's positions, newest first (date, then id, both descending).
    pub newest: Vec<usize>,
}

impl Derived {
    /// What History shows of `log`, in `unit`, bodyweight-plus exercises
    /// loaded from `bodyweight`: all at once.
    pub fn of(log: &[Session], bodyweight: &[BodyweightEntry], unit: Unit) -> Derived {
        Deriving::new(log, bodyweight, unit).finish()
    }
}

/// A [`Derived`] being made: [`Deriving::step`] until it says it is done,
/// then [`Deriving::finish`].
pub struct Deriving<'a> {
    log: &'a [Session],
    bodyweight: &'a [BodyweightEntry],
    unit: Unit,
    /// The log's positions in the order it happened.
    order: Vec<usize>,
    /// How many of `order` the records have.
    next: usize,
    records: Builder,
}

impl<'a> Deriving<'a> {
    pub fn new(log: &'a [Session], bodyweight: &'a [BodyweightEntry], unit: Unit) -> Deriving<'a> {
        let mut order: Vec<usize> = (0..log.len()).collect();
        crate::sort::sort_by(&mut order, |&a, &b| oldest_first(&log[a], &log[b]));
        Deriving {
            log,
            bodyweight,
            unit,
            order,
            next: 0,
            records: Builder::new(unit),
        }
    }

    /// Goes through whole sessions until about `work` sets (at least one
    /// session); whether every session has been.
    pub fn step(&mut self, work: usize) -> bool {
        let loads = Loads::library(self.bodyweight);
        let mut done = 0;
        while done < work.max(1) {
            let Some(&i) = self.order.get(self.next) else {
                break;
            };
            let session = &self.log[i];
            self.records.add(session, loads);
            self.next += 1;
            done += session.set_count().max(1);
        }
        self.next == self.order.len()
    }

    /// The sessions gone through so far, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.order.len())
    }

    /// The whole [`Derived`]: goes through the sessions left first.
    pub fn finish(mut self) -> Derived {
        self.step(usize::MAX);
        let records = self.records.finish();
        let mut newest = self.order;
        newest.reverse();
        Derived {
            prs: Lookup::new(&records.prs),
            records,
            holds: hold_records(self.log, self.unit),
            exercises: exercises_by_recency(self.log),
            newest,
        }
    }
}
