//! The app's one state: the stored document plus how persistence is going.
//!
//! Screens dispatch [`Action`]s; [`AppState::reduce`] is the only place state
//! changes. It only routes: every rule of the document is a plain function
//! of the domain's [`liftsheet_domain::document`] (one module per area, each
//! with a `Change` enum, an `apply` function and a typed error), so this
//! reducer reads no storage and decides nothing itself.

pub use liftsheet_domain::document::{
    backup, bodyweight, equipment, exercises, program, session, settings, undo,
};

use crate::storage::Persistence;
use liftsheet_domain::store::StoredDocument;
use std::rc::Rc;
use yew::prelude::*;

/// Everything the UI renders from.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The lifter's data.
    pub doc: Rc<StoredDocument>,
    /// Bumped on every change of `doc`; the save effect keys on it.
    pub revision: u64,
    /// The last `revision` written to storage (0: as loaded). Behind
    /// `revision` while a save is pending or after one failed: then the
    /// newer changes live only in this tab's memory.
    pub saved_revision: u64,
    /// Whether saving works, and why not.
    pub persistence: Persistence,
    /// A new version of the app is installed and waiting for a reload.
    pub update_ready: bool,
    /// The last change a reducer refused, shown to the lifter.
    pub problem: Option<String>,
    /// The last change, if it lost or moved data: until the next change
    /// (here or from another tab) or a reload, it can be undone.
    pub undo: Option<Rc<undo::Undo>>,
}

/// The same state. Yew compares the state on every render of the app's
/// root (a route change, a save): the documents are the same allocation far
/// more often than not, and comparing ten years of sets took from 4 to
/// 40 ms of each, so that is tried first.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        fn same<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
            Rc::ptr_eq(a, b) || a == b
        }
        // Every field named, so a new one can't be left out.
        let AppState {
            doc,
            revision,
            saved_revision,
            persistence,
            update_ready,
            problem,
            undo,
        } = self;
        same(doc, &other.doc)
            && *revision == other.revision
            && *saved_revision == other.saved_revision
            && *persistence == other.persistence
            && *update_ready == other.update_ready
            && *problem == other.problem
            && match (undo, &other.undo) {
                (Some(a), Some(b)) => same(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

impl AppState {
    /// The state at start-up, from what storage read.
    pub fn new(doc: StoredDocument, persistence: Persistence) -> AppState {
        AppState {
            doc: Rc::new(doc),
            revision: 0,
            saved_revision: 0,
            persistence,
            update_ready: false,
            problem: None,
            undo: None,
        }
    }

    /// True while nothing may be written (the stored data could not be read).
    pub fn read_only(&self) -> bool {
        matches!(self.persistence, Persistence::ReadOnly { .. })
    }

    /// Whether the latest change is written, about to be, or not kept. A
    /// screen says "saved" only on [`SaveState::Saved`].
    pub fn save_state(&self) -> SaveState {
        match &self.persistence {
            Persistence::Saved if self.saved_revision >= self.revision => SaveState::Saved,
            Persistence::Saved => SaveState::Pending,
            Persistence::ReadOnly { reason }
            | Persistence::Unavailable { reason }
            | Persistence::SaveFailed { reason } => {
                if self.saved_revision >= self.revision {
                    // Nothing new to lose.
                    SaveState::Saved
                } else {
                    SaveState::NotSaved {
                        reason: reason.clone(),
                    }
                }
            }
        }
    }

    fn with_doc(&self, doc: StoredDocument) -> AppState {
        AppState {
            doc: Rc::new(doc),
            revision: self.revision + 1,
            problem: None,
            undo: None,
            ..self.clone()
        }
    }

    /// Another tab's data arrived: shown, not written back, and the undo of
    /// our last change can't reach across it.
    fn with_external(&self, doc: Rc<StoredDocument>) -> AppState {
        AppState {
            problem: replaced_notice(&self.doc, &doc).or_else(|| self.problem.clone()),
            undo: if doc == self.doc {
                self.undo.clone()
            } else {
                None
            },
            doc,
            ..self.clone()
        }
    }
}

/// How the latest change stands with storage ([`AppState::save_state`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Written (or nothing changed since loading).
    Saved,
    /// The save effect hasn't run yet.
    Pending,
    /// Not written: the change is only in memory, for the reason given.
    NotSaved { reason: String },
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
    /// The lifter's bodyweight readings.
    Bodyweight(bodyweight::Change),
    /// A backup made, or how often one is due.
    Backup(backup::Change),
    /// What an exercise is done with (a trap bar, a dumbbell rack).
    Equipment(equipment::Change),
    /// The lifter's own exercises.
    Exercises(exercises::Change),
    /// Another tab saved this text (a `storage` event): merge it in.
    ExternalText(String),
    /// Our save merged in another tab's data: show the merged document.
    Merged(Rc<StoredDocument>),
    /// The save effect reports how writing `revision` went.
    Saved {
        revision: u64,
        persistence: Persistence,
    },
    /// Write the document again now (after freeing space), without a change.
    RetrySave,
    /// The service worker has a new version waiting.
    UpdateReady,
    /// The lifter dismissed the last problem message.
    DismissProblem,
    /// Undo the last change ([`AppState::undo`]): the document as it was.
    Undo,
    /// The lifter closed the undo notice: the change stands.
    DismissUndo,
}

impl From<crate::storage::outbox::Posted> for Action {
    /// What the first-load apps posted to the outbox, as the change it is.
    fn from(posted: crate::storage::outbox::Posted) -> Self {
        use crate::storage::outbox::Posted;
        match posted {
            Posted::Max(change) => Action::Settings(settings::Change::Max(change)),
            Posted::Program(payload) => Action::Program(program::Change::AdoptShared { payload }),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // `what`: the undo a change offers when it loses or moves data.
        let this = self.clone();
        let edit =
            move |what: Option<undo::Undone>,
                  apply: &dyn Fn(&mut StoredDocument) -> Result<(), String>| {
                let mut doc = (*this.doc).clone();
                match apply(&mut doc) {
                    Ok(()) if doc == *this.doc => this.clone(),
                    Ok(()) => Rc::new(AppState {
                        undo: what.map(|what| Rc::new(undo::Undo::new(what, this.doc.clone()))),
                        ..this.with_doc(doc)
                    }),
                    Err(problem) => Rc::new(AppState {
                        problem: Some(problem),
                        ..(*this).clone()
                    }),
                }
            };
        match action {
            Action::Settings(change) => edit(None, &|doc| {
                settings::apply(doc, change.clone()).map_err(|e| e.to_string())
            }),
            Action::Program(change) => edit(undo::of_program(&change, &self.doc), &|doc| {
                program::apply(doc, change.clone()).map_err(|e| e.to_string())
            }),
            Action::Session(change) => edit(undo::of_session(&change, &self.doc), &|doc| {
                session::apply(doc, change.clone()).map_err(|e| e.to_string())
            }),
            Action::Backup(change) => edit(None, &|doc| {
                backup::apply(doc, change.clone()).map_err(|e| e.to_string())
            }),
            Action::Bodyweight(change) => edit(None, &|doc| {
                bodyweight::apply(doc, change.clone()).map_err(|e| e.to_string())
            }),
            Action::Equipment(change) => edit(None, &|doc| {
                equipment::apply(doc, change.clone()).map_err(|e| e.to_string())
            }),
            Action::Exercises(change) => edit(None, &|doc| {
                exercises::apply(doc, change.clone()).map_err(|e| e.to_string())
            }),
            Action::ExternalText(text) => match crate::storage::external(&text, &self.doc) {
                // Not a local edit: the revision stays, so it isn't written back.
                Ok(doc) => Rc::new(self.with_external(Rc::new(doc))),
                Err(error) => Rc::new(AppState {
                    persistence: Persistence::ReadOnly {
                        reason: error.to_string(),
                    },
                    ..(*self).clone()
                }),
            },
            Action::Merged(doc) => Rc::new(self.with_external(doc)),
            Action::Saved {
                revision,
                persistence,
            } => {
                let saved_revision = if persistence == Persistence::Saved {
                    self.saved_revision.max(revision)
                } else {
                    self.saved_revision
                };
                if persistence == self.persistence && saved_revision == self.saved_revision {
                    self
                } else {
                    Rc::new(AppState {
                        persistence,
                        saved_revision,
                        ..(*self).clone()
                    })
                }
            }
            // A new revision of the same document: the save effect writes it.
            Action::RetrySave if self.save_state() != SaveState::Saved && !self.read_only() => {
                Rc::new(AppState {
                    revision: self.revision + 1,
                    ..(*self).clone()
                })
            }
            Action::RetrySave => self,
            Action::UpdateReady => Rc::new(AppState {
                update_ready: true,
                ..(*self).clone()
            }),
            Action::DismissProblem => Rc::new(AppState {
                problem: None,
                ..(*self).clone()
            }),
            Action::Undo => match &self.undo {
                Some(undo) => Rc::new(self.with_doc(undo.revert(&self.doc))),
                None => self,
            },
            Action::DismissUndo => Rc::new(AppState {
                undo: None,
                ..(*self).clone()
            }),
        }
    }
}

/// What the lifter is told when another tab replaced the data (a newer
/// generation arrived): this tab now shows it, and nothing it held from
/// before was merged back in.
fn replaced_notice(ours: &StoredDocument, theirs: &StoredDocument) -> Option<String> {
    (theirs.generation > ours.generation).then(|| {
        "Your data was replaced in another tab (a backup was restored there). \
         This tab now shows that data; nothing from before was brought back."
            .to_string()
    })
}

/// The handle screens get from context: read `.doc`, call `.dispatch(Action)`.
pub type AppContext = UseReducerHandle<AppState>;

/// The document as a hook's dependency, compared by identity: `Rc`'s own
/// `==` compares every session of the log. Held by the hook, so no other
/// document can take its address meanwhile.
#[derive(Clone)]
pub struct SameDoc(pub Rc<StoredDocument>);

impl PartialEq for SameDoc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The app context; every screen is under the provider in [`crate::app::App`].
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("screens render inside App's ContextProvider")
}

#[cfg(test)]
mod tests {
    use super::*;
    use liftsheet_domain::Unit;

    fn changed(state: Rc<AppState>) -> Rc<AppState> {
        let unit = if state.doc.settings.unit == Unit::Kg {
            Unit::Lb
        } else {
            Unit::Kg
        };
        state.reduce(Action::Settings(settings::Change::Unit(unit)))
    }

    fn saved(state: Rc<AppState>, persistence: Persistence) -> Rc<AppState> {
        let revision = state.revision;
        state.reduce(Action::Saved {
            revision,
            persistence,
        })
    }

    fn full() -> Persistence {
        Persistence::SaveFailed {
            reason: "storage is full".into(),
        }
    }

    #[test]
    fn success_only_after_the_write_succeeded() {
        let state = Rc::new(AppState::new(StoredDocument::default(), Persistence::Saved));
        assert_eq!(state.save_state(), SaveState::Saved, "as loaded");
        let state = changed(state);
        assert_eq!(state.save_state(), SaveState::Pending);
        let state = saved(state, Persistence::Saved);
        assert_eq!(state.save_state(), SaveState::Saved);

        // At quota: the change is kept in memory and reported as not saved.
        let state = changed(state);
        let unit = state.doc.settings.unit;
        let state = saved(state, full());
        assert_eq!(
            state.save_state(),
            SaveState::NotSaved {
                reason: "storage is full".into()
            }
        );
        assert_eq!(state.doc.settings.unit, unit, "the work stays in memory");
        // Still full: another change is still not saved.
        let state = saved(changed(state), full());
        assert!(matches!(state.save_state(), SaveState::NotSaved { .. }));
        // Space freed: the next write (a change, or Try again) saves it all.
        let before = state.revision;
        let state = state.reduce(Action::RetrySave);
        assert_eq!(state.revision, before + 1, "the save effect runs again");
        let state = saved(state, Persistence::Saved);
        assert_eq!(state.save_state(), SaveState::Saved);
        // Nothing to retry when everything is saved.
        let revision = state.revision;
        assert_eq!(state.reduce(Action::RetrySave).revision, revision);
    }

    #[test]
    fn a_late_report_of_an_older_save_does_not_claim_the_newer_change() {
        let state = changed(Rc::new(AppState::new(
            StoredDocument::default(),
            Persistence::Saved,
        )));
        let first = state.revision;
        let state = changed(state);
        let state = state.reduce(Action::Saved {
            revision: first,
            persistence: Persistence::Saved,
        });
        assert_eq!(state.save_state(), SaveState::Pending);
    }

    #[test]
    fn read_only_changes_are_not_saved() {
        let state = Rc::new(AppState::new(
            StoredDocument::default(),
            Persistence::ReadOnly {
                reason: "newer version".into(),
            },
        ));
        assert_eq!(state.save_state(), SaveState::Saved, "nothing new yet");
        let state = changed(state);
        assert!(matches!(state.save_state(), SaveState::NotSaved { .. }));
    }
}
