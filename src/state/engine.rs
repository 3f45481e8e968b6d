//! The document's code, reached through one trait object so that it can live
//! in a chunk of its own ([`crate::chunks::document`]).
//!
//! The first part of the app holds the reducer's state ([`super::AppState`])
//! but not the code that changes, saves or describes it: serde, the domain's
//! document rules and storage's writes are most of the app. Until the chunk
//! arrives and installs [`Document`], [`super::AppState`]'s reducer leaves the
//! state as it is, and the shell and calculator run from what the first part
//! reads itself ([`crate::storage::peek`]).

use super::{Action, AppState};
use crate::components::document_effects::DocumentEffects;
use crate::storage::{self, Persistence};
use std::cell::Cell;
use std::rc::Rc;
use yew::Html;

/// What only the document's chunk can do.
pub trait Engine {
    /// [`AppState::apply`]: every change to the state.
    fn reduce(&self, state: Rc<AppState>, action: Action) -> Rc<AppState>;
    /// What heads every screen once the document is open: the status
    /// banner, and the effects that save the document and take other tabs'
    /// writes ([`DocumentEffects`]).
    fn banners(&self) -> Html;
    /// What is fixed above the tab bar: the undo notice.
    fn notices(&self) -> Html;
}

thread_local! {
    static INSTALLED: Cell<Option<&'static dyn Engine>> = const { Cell::new(None) };
}

/// Called once the document's chunk is here.
pub fn install(engine: &'static dyn Engine) {
    // Opaque: seeing that only one engine is ever stored, LLVM would fold
    // the slot into a flag and a constant, and the constant names the
    // document's code from the first part, which would then hold it all.
    let engine = std::hint::black_box(engine);
    INSTALLED.with(|slot| slot.set(Some(engine)));
}

/// The installed engine, if the document's chunk is here. Built without the
/// `split` feature (component tests) the document is always here.
pub fn get() -> Option<&'static dyn Engine> {
    #[cfg(not(feature = "split"))]
    return Some(INSTALLED.with(Cell::get).unwrap_or(&Document));
    #[cfg(feature = "split")]
    INSTALLED.with(Cell::get)
}

/// The engine of the whole app: the document's code.
pub struct Document;

impl Engine for Document {
    fn reduce(&self, state: Rc<AppState>, action: Action) -> Rc<AppState> {
        state.apply(action)
    }

    fn banners(&self) -> Html {
        yew::html! {
            <>
                <DocumentEffects />
                <crate::components::status_banner::StatusBanner />
            </>
        }
    }

    fn notices(&self) -> Html {
        yew::html! { <crate::components::undo_notice::UndoNotice /> }
    }
}

/// The document as storage holds it, opened: the state to start from and the
/// changes the outbox held (a max saved on the calculator, a program adopted
/// from a link) to apply to it, which the save that follows settles.
pub fn open_document() -> (Rc<AppState>, Vec<Action>) {
    let (doc, persistence) = storage::load();
    let state = Rc::new(AppState::new(doc, persistence));
    // A read-only store can't take them: they stay for a later start.
    if state.read_only() {
        return (state, Vec::new());
    }
    let taken: Vec<Action> = storage::outbox::take()
        .into_iter()
        .map(Action::from)
        .collect();
    // Already in the document (another tab saved them first): nothing to
    // save, so settle now rather than leave them to be applied again over a
    // later change.
    let mut after = Rc::new(AppState::new((*state.doc).clone(), Persistence::Saved));
    for action in &taken {
        after = after.apply(action.clone());
    }
    if after.doc == state.doc {
        storage::outbox::settle();
    }
    (state, taken)
}
