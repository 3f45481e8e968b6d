//! The app's one state: the stored document plus how persistence is going.
//!
//! Screens dispatch [`Action`]s; [`AppState::reduce`] is the only place state
//! changes. It only routes: every rule of the document is a plain function
//! of the domain's [`liftsheet_domain::document`] (one module per area, each
//! with a `Change` enum, an `apply` function and a typed error), so this
//! reducer reads no storage and decides nothing itself.

pub use liftsheet_domain::document::{program, session, settings};

use crate::storage::Persistence;
use liftsheet_domain::store::StoredDocument;
use std::rc::Rc;
use yew::prelude::*;

/// Everything the UI renders from.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The lifter's data.
    pub doc: Rc<StoredDocument>,
    /// Bumped on every change of `doc`; the save effect keys on it.
    pub revision: u64,
    /// Whether saving works, and why not.
    pub persistence: Persistence,
    /// A new version of the app is installed and waiting for a reload.
    pub update_ready: bool,
    /// The last change a reducer refused, shown to the lifter.
    pub problem: Option<String>,
}

impl AppState {
    /// The state at start-up, from what storage read.
    pub fn new(doc: StoredDocument, persistence: Persistence) -> AppState {
        AppState {
            doc: Rc::new(doc),
            revision: 0,
            persistence,
            update_ready: false,
            problem: None,
        }
    }

    /// True while nothing may be written (the stored data could not be read).
    pub fn read_only(&self) -> bool {
        matches!(self.persistence, Persistence::ReadOnly { .. })
    }

    fn with_doc(&self, doc: StoredDocument) -> AppState {
        AppState {
            doc: Rc::new(doc),
            revision: self.revision + 1,
            problem: None,
            ..self.clone()
        }
    }
}

/// Every change a screen can ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Settings and maxes.
    Settings(settings::Change),
    /// The active program and the lifter's own programs.
    Program(program::Change),
    /// The session in progress, the log, imports and backups.
    Session(session::Change),
    /// Another tab saved this text (a `storage` event): merge it in.
    ExternalText(String),
    /// Our save merged in another tab's data: show the merged document.
    Merged(Rc<StoredDocument>),
    /// The save effect reports how writing went.
    Saved(Persistence),
    /// The service worker has a new version waiting.
    UpdateReady,
    /// The lifter dismissed the last problem message.
    DismissProblem,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let edit = |apply: &dyn Fn(&mut StoredDocument) -> Result<(), String>| {
            let mut doc = (*self.doc).clone();
            match apply(&mut doc) {
                Ok(()) if doc == *self.doc => self.clone(),
                Ok(()) => Rc::new(self.with_doc(doc)),
                Err(problem) => Rc::new(AppState {
                    problem: Some(problem),
                    ..(*self).clone()
                }),
            }
        };
        match action {
            Action::Settings(change) => {
                edit(&|doc| settings::apply(doc, change.clone()).map_err(|e| e.to_string()))
            }
            Action::Program(change) => {
                edit(&|doc| program::apply(doc, change.clone()).map_err(|e| e.to_string()))
            }
            Action::Session(change) => {
                edit(&|doc| session::apply(doc, change.clone()).map_err(|e| e.to_string()))
            }
            Action::ExternalText(text) => match crate::storage::external(&text, &self.doc) {
                // Not a local edit: the revision stays, so it isn't written back.
                Ok(doc) => Rc::new(AppState {
                    doc: Rc::new(doc),
                    ..(*self).clone()
                }),
                Err(error) => Rc::new(AppState {
                    persistence: Persistence::ReadOnly {
                        reason: error.to_string(),
                    },
                    ..(*self).clone()
                }),
            },
            Action::Merged(doc) => Rc::new(AppState {
                doc,
                ..(*self).clone()
            }),
            Action::Saved(persistence) => {
                if persistence == self.persistence {
                    self
                } else {
                    Rc::new(AppState {
                        persistence,
                        ..(*self).clone()
                    })
                }
            }
            Action::UpdateReady => Rc::new(AppState {
                update_ready: true,
                ..(*self).clone()
            }),
            Action::DismissProblem => Rc::new(AppState {
                problem: None,
                ..(*self).clone()
            }),
        }
    }
}

/// The handle screens get from context: read `.doc`, call `.dispatch(Action)`.
pub type AppContext = UseReducerHandle<AppState>;

/// The app context; every screen is under the provider in [`crate::app::App`].
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("screens render inside App's ContextProvider")
}
