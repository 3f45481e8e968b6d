//! The app's one state: the stored document plus how persistence is going.
//! Screens dispatch [`Action`]s; [`AppState::reduce`] is the only place it changes.

use std::rc::Rc;
use yew::prelude::*;

/// Everything the UI renders from.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {}

/// Every change a screen can ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {}
    }
}

/// The handle screens get from context.
pub type AppContext = UseReducerHandle<AppState>;
