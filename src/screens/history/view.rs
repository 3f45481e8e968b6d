//! What History derives from the document (`records::derived`: records, PR
//! flags by set, hold records, the exercises by recency and the sessions
//! newest first), kept for the document it was made from and shared by
//! every part of the screen. With a 10-year log (40,000 sets) making it was
//! most of what opening History cost, so it is made ahead, a slice at a time
//! while the page is idle ([`prepare`]: at start and after each change), and
//! kept through changes that leave the log, the bodyweight log and the unit
//! as they were (a set ticked on the Log, a setting).

use crate::slices::Pace;
use liftsheet_domain::log::Session;
use liftsheet_domain::records::derived::{Derived, Deriving};
use liftsheet_domain::records::holds::HoldRecords;
use liftsheet_domain::records::pr::Lookup;
use liftsheet_domain::records::progress::{weekly, WeekVolume};
use liftsheet_domain::records::{Loads, Records};
use liftsheet_domain::store::StoredDocument;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct HistoryView {
    pub doc: Rc<StoredDocument>,
    pub records: Rc<Records>,
    /// The PR flags of `records`, found by set.
    pub prs: Rc<Lookup>,
    pub holds: Rc<Vec<HoldRecords>>,
    /// The log's exercises (key, name), most recent first.
    pub exercises: Rc<Vec<(String, String)>>,
    /// `doc.log`'s positions, newest first (date, then id, both descending).
    newest: Rc<Vec<usize>>,
    /// Weekly volume by exercise, each worked out when first asked for.
    weeks: Rc<RefCell<Vec<Weekly>>>,
}

/// An exercise's key and its weekly volume.
type Weekly = (String, Rc<Vec<WeekVolume>>);

thread_local! {
    // The view holds its document (an `Rc`: no copy), so no other document
    // can be at the same address while it is kept.
    static LAST: RefCell<Option<Rc<HistoryView>>> = const { RefCell::new(None) };
}

/// Sets of a first slice of [`prepare`]: a few ms on a slow phone.
const FIRST_SETS: usize = 500;

impl HistoryView {
    fn new(doc: Rc<StoredDocument>, derived: Derived) -> HistoryView {
        HistoryView {
            doc,
            records: Rc::new(derived.records),
            prs: Rc::new(derived.prs),
            holds: Rc::new(derived.holds),
            exercises: Rc::new(derived.exercises),
            newest: Rc::new(derived.newest),
            weeks: Rc::default(),
        }
    }

    /// The view of `doc`: the one made before if it was made from `doc` or
    /// from one with the same log, bodyweight and unit; else made now (and
    /// kept for next time).
    pub fn of(doc: &Rc<StoredDocument>) -> Rc<HistoryView> {
        if let Some(view) = kept(doc) {
            return view;
        }
        let derived = Derived::of(&doc.log, &doc.bodyweight, doc.settings.unit);
        keep(HistoryView::new(doc.clone(), derived))
    }

    /// `lift`'s weekly volume.
    pub fn weekly(&self, lift: &str) -> Rc<Vec<WeekVolume>> {
        if let Some((_, weeks)) = self.weeks.borrow().iter().find(|(l, _)| l == lift) {
            return weeks.clone();
        }
        let doc = &self.doc;
        let loads = Loads::library(&doc.bodyweight);
        let weeks = Rc::new(weekly(&doc.log, lift, doc.settings.unit, loads));
        self.weeks
            .borrow_mut()
            .push((lift.to_string(), weeks.clone()));
        weeks
    }

    /// How many sessions the log has.
    pub fn len(&self) -> usize {
        self.newest.len()
    }

    /// The sessions from the `start`th newest, at most `count`.
    pub fn newest(&self, start: usize, count: usize) -> impl Iterator<Item = &Session> {
        self.newest
            .iter()
            .skip(start)
            .take(count)
            .map(|&i| &self.doc.log[i])
    }
}

/// Makes the view of `doc` a slice at a time, after the page has drawn what
/// changed, unless it is kept already; gives up when `stop` is set (another
/// change came). If History opens before it is done, [`HistoryView::of`]
/// makes it at once instead.
pub async fn prepare(doc: Rc<StoredDocument>, stop: Rc<Cell<bool>>) {
    crate::slices::breathe().await;
    if stop.get() || kept(&doc).is_some() {
        return;
    }
    let mut deriving = Deriving::new(&doc.log, &doc.bodyweight, doc.settings.unit);
    let mut pace = Pace::new(FIRST_SETS);
    while !deriving.step(pace.work()) {
        pace.breathe().await;
        if stop.get() {
            return;
        }
    }
    // History may have opened meanwhile and made it.
    let view = match kept(&doc) {
        Some(view) => view,
        None => keep(HistoryView::new(doc.clone(), deriving.finish())),
    };
    // And the weekly volume of the exercise History shows first.
    crate::slices::breathe().await;
    if let Some((lift, _)) = view.exercises.first().filter(|_| !stop.get()) {
        view.weekly(lift);
    }
}

/// The kept view, if it shows `doc`: as it is when made from `doc`, or
/// with `doc` in it when made from a document with the same log, bodyweight
/// and unit (comparing them is a small part of making it again).
fn kept(doc: &Rc<StoredDocument>) -> Option<Rc<HistoryView>> {
    LAST.with(|last| {
        let view = last.borrow().clone()?;
        if Rc::ptr_eq(&view.doc, doc) {
            return Some(view);
        }
        let (was, now) = (&view.doc, doc);
        let same = was.settings.unit == now.settings.unit
            && was.bodyweight == now.bodyweight
            && was.log == now.log;
        if !same {
            // Let the old view (and its document) go before a new one is made.
            last.borrow_mut().take();
            return None;
        }
        let view = Rc::new(HistoryView {
            doc: doc.clone(),
            records: view.records.clone(),
            prs: view.prs.clone(),
            holds: view.holds.clone(),
            exercises: view.exercises.clone(),
            newest: view.newest.clone(),
            weeks: view.weeks.clone(),
        });
        *last.borrow_mut() = Some(view.clone());
        Some(view)
    })
}

fn keep(view: HistoryView) -> Rc<HistoryView> {
    let view = Rc::new(view);
    LAST.with(|last| *last.borrow_mut() = Some(view.clone()));
    view
}
