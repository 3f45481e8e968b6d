//! What keeps the open document in step with the world, from the document's
//! chunk ([`crate::state::engine::Engine::chrome`]): a save after every
//! change (merging other tabs' writes), other tabs' writes taken in, durable
//! storage asked for, the service worker registered, with a banner when a new
//! version waits, and what History shows worked out while the page is idle.

use crate::state::{use_app, Action, SameDoc};
use crate::storage;
use crate::storage_events::{use_other_tab_writes, OtherTabWrite};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn DocumentEffects() -> Html {
    let state = use_app();
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            storage::request_persistence();
            crate::pwa::register(Callback::from(move |_| {
                dispatcher.dispatch(Action::UpdateReady)
            }))
        });
    }
    {
        let dispatcher = state.dispatcher();
        let read_only = state.read_only();
        use_other_tab_writes(Callback::from(move |write| match write {
            OtherTabWrite::Document(text) => dispatcher.dispatch(Action::ExternalText(text)),
            // The calculator or a share preview in another tab posted a
            // change: take it like our own.
            OtherTabWrite::Outbox if !read_only => {
                for posted in storage::outbox::take() {
                    dispatcher.dispatch(Action::from(posted));
                }
            }
            OtherTabWrite::Outbox => {}
        }));
    }
    // After every local change: save (merging with other tabs' writes).
    {
        let dispatcher = state.dispatcher();
        let doc = state.doc.clone();
        let read_only = state.read_only();
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 && !read_only {
                let saved = storage::save(&doc);
                if let Some(merged) = saved.merged {
                    dispatcher.dispatch(Action::Merged(Rc::new(merged)));
                }
                dispatcher.dispatch(Action::Saved {
                    revision: *revision,
                    persistence: saved.persistence,
                });
            }
        });
    }
    // What History shows is worked out while the page is idle, at start and
    // after each change, so opening History only draws (history/view.rs).
    use_effect_with(SameDoc(state.doc.clone()), |SameDoc(doc)| {
        let stop = Rc::new(Cell::new(false));
        wasm_bindgen_futures::spawn_local(crate::screens::history::prepare(
            doc.clone(),
            stop.clone(),
        ));
        move || stop.set(true)
    });
    html! {}
}
