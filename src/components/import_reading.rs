//! Reading a chosen export into its preview a slice at a time
//! (`import::Reading`), and sizing what it adds the same way: read in one go,
//! a 25 MB export held the page for over 3 s, and the file field said
//! nothing until it was done. Between slices the page draws how far it got.

use crate::slices::Pace;
use crate::state::SameDoc;
use liftsheet_domain::import::{ImportOptions, ImportPreview, Progress, Reading};
use liftsheet_domain::store::{room, StoredDocument};
use liftsheet_domain::Unit;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// A preview, and whether what it adds fits in storage; or why the file
/// can't be imported, in words.
pub type Read = Rc<Result<(ImportPreview, Result<(), room::TooBig>), String>>;

/// Where the reading of a chosen file is.
#[derive(Clone, PartialEq)]
pub enum ImportRead {
    /// No file.
    Nothing,
    /// Being read: how far, in words.
    Reading(String),
    Read(Read),
}

/// Rows of a first slice: a few ms on a slow phone; later slices are sized
/// by how long this took.
const FIRST_ROWS: usize = 500;
/// Sessions of a first slice when sizing them (about 20 sets each).
const FIRST_SESSIONS: usize = 25;

/// `text` (the chosen file) read for importing into `doc` with weights in
/// `unit` when the file doesn't say: read again when any of them changes,
/// the reading before left off. `fits` says whether a document of so many
/// characters fits in storage.
#[hook]
pub fn use_import_reading(
    text: Option<Rc<String>>,
    unit: Unit,
    doc: Rc<StoredDocument>,
    fits: fn(usize) -> Result<(), room::TooBig>,
) -> ImportRead {
    let state = use_state(|| ImportRead::Nothing);
    {
        let state = state.clone();
        use_effect_with((text, unit, SameDoc(doc)), move |(text, unit, doc)| {
            // Set when this reading is no longer wanted (another file, unit
            // or document; Cancel; the screen left).
            let stop = Rc::new(Cell::new(false));
            match text {
                None => state.set(ImportRead::Nothing),
                Some(text) => {
                    state.set(ImportRead::Reading("Reading…".into()));
                    let job = read(
                        text.clone(),
                        *unit,
                        doc.0.clone(),
                        fits,
                        state,
                        stop.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(job);
                }
            }
            move || stop.set(true)
        });
    }
    (*state).clone()
}

async fn read(
    text: Rc<String>,
    unit: Unit,
    doc: Rc<StoredDocument>,
    fits: fn(usize) -> Result<(), room::TooBig>,
    state: UseStateHandle<ImportRead>,
    stop: Rc<Cell<bool>>,
) {
    let options = ImportOptions::new(unit, crate::screens::log::today());
    let mut reading = Reading::new(&text, &doc.log, &options);
    let mut pace = Pace::new(FIRST_ROWS);
    let mut stage = std::mem::discriminant(&reading.progress());
    loop {
        let progress = reading.step(pace.work());
        if progress == Progress::Done {
            break;
        }
        // A stage's rows cost more or less than the last one's: learn anew.
        if std::mem::discriminant(&progress) != stage {
            stage = std::mem::discriminant(&progress);
            pace = Pace::new(FIRST_ROWS);
        }
        state.set(ImportRead::Reading(progress_words(progress)));
        pace.breathe().await;
        if stop.get() {
            return;
        }
    }
    let preview = match reading.finish() {
        Ok(preview) => preview,
        Err(e) => return state.set(ImportRead::Read(Rc::new(Err(e.to_string())))),
    };
    // What it adds to storage, a few sessions at a time: 20,000 sessions
    // are 11 MB of JSON.
    let mut needed = room::size(&doc);
    let mut pace = Pace::new(FIRST_SESSIONS);
    let mut sized = 0;
    let all = preview.sessions.len();
    while sized < all {
        let end = sized.saturating_add(pace.work()).min(all);
        needed += room::added(&preview.sessions[sized..end]);
        sized = end;
        state.set(ImportRead::Reading(format!(
            "Working out the space it needs… {}%",
            percent(sized, all)
        )));
        pace.breathe().await;
        if stop.get() {
            return;
        }
    }
    let fits = fits(needed);
    state.set(ImportRead::Read(Rc::new(Ok((preview, fits)))));
}

fn percent(done: usize, of: usize) -> usize {
    done.saturating_mul(100) / of.max(1)
}

/// "Reading… 120000 rows".
fn progress_words(progress: Progress) -> String {
    match progress {
        Progress::Splitting { rows } => format!("Reading… {rows} rows"),
        Progress::Reading { rows, of } => format!("Reading… row {rows} of {of}"),
        Progress::Comparing { sets, of } => {
            format!("Checking what your log has… {}%", percent(sets, of))
        }
        Progress::Done => "Read.".into(),
    }
}
