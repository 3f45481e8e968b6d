//! What History derives from the document, once per document: records, PR
//! flags by set, hold records, the exercises by recency and the sessions
//! newest first. With a 10-year log (40,000 sets) this is most of what opening
//! History costs, so it is kept for the document it was made from and shared
//! by every part of the screen and by the next visit to it, until the
//! document changes.

use liftsheet_domain::log::{oldest_first, Session};
use liftsheet_domain::records::holds::{hold_records, HoldRecords};
use liftsheet_domain::records::pr::Lookup;
use liftsheet_domain::records::progress::exercises_by_recency;
use liftsheet_domain::records::{Loads, Records};
use liftsheet_domain::store::StoredDocument;
use std::cell::RefCell;
use std::rc::Rc;

pub struct HistoryView {
    pub doc: Rc<StoredDocument>,
    pub records: Rc<Records>,
    /// The PR flags of `records`, found by set.
    pub prs: Lookup,
    pub holds: Rc<Vec<HoldRecords>>,
    /// The log's exercises (key, name), most recent first.
    pub exercises: Rc<Vec<(String, String)>>,
    /// `doc.log`'s positions, newest first (date, then id, both descending).
    newest: Vec<usize>,
}

impl HistoryView {
    fn new(doc: Rc<StoredDocument>) -> HistoryView {
        let records =
            Records::compute_with(&doc.log, doc.settings.unit, Loads::library(&doc.bodyweight));
        let mut newest: Vec<usize> = (0..doc.log.len()).collect();
        liftsheet_domain::sort::sort_by(&mut newest, |&a, &b| {
            oldest_first(&doc.log[b], &doc.log[a])
        });
        HistoryView {
            prs: Lookup::new(&records.prs),
            records: Rc::new(records),
            holds: Rc::new(hold_records(&doc.log, doc.settings.unit)),
            exercises: Rc::new(exercises_by_recency(&doc.log)),
            newest,
            doc,
        }
    }

    /// The view of `doc`: the one made before if `doc` is the same document
    /// (the same allocation), else a new one, kept for next time.
    pub fn of(doc: &Rc<StoredDocument>) -> Rc<HistoryView> {
        thread_local! {
            // The view holds its document (an `Rc`: no copy), so no other
            // document can be at the same address while it is kept.
            static LAST: RefCell<Option<Rc<HistoryView>>> = const { RefCell::new(None) };
        }
        LAST.with(|last| {
            if let Some(view) = last.borrow().as_ref().filter(|v| Rc::ptr_eq(&v.doc, doc)) {
                return view.clone();
            }
            // Let the old view (and its document) go before making the new one.
            last.borrow_mut().take();
            let view = Rc::new(HistoryView::new(doc.clone()));
            *last.borrow_mut() = Some(view.clone());
            view
        })
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
