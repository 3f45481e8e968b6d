//! Other tabs' writes, as the `storage` event reports them: a saved document,
//! or a max posted to the outbox by a calculator in another tab.

use crate::storage::{self, outbox};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What another tab of this app wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum OtherTabWrite {
    /// It saved the document: its text.
    Document(String),
    /// It posted to (or settled) the outbox.
    Outbox,
}

/// Calls `on_write` whenever another tab of this app saves the document or
/// writes the outbox (the browser fires `storage` only in the other tabs).
/// The listener goes when the component does.
#[hook]
pub fn use_other_tab_writes(on_write: Callback<OtherTabWrite>) {
    crate::window_events::use_window_event(
        "storage",
        Callback::from(move |event: web_sys::Event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            match event.key().as_deref() {
                Some(storage::KEY) => {
                    if let Some(text) = event.new_value() {
                        on_write.emit(OtherTabWrite::Document(text));
                    }
                }
                Some(outbox::KEY) => on_write.emit(OtherTabWrite::Outbox),
                _ => {}
            }
        }),
    );
}
