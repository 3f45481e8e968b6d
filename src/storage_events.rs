//! Other tabs' saves, as the `storage` event reports them.

use crate::storage;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on_saved` with the document text whenever another tab of this app
/// saves (the browser fires `storage` only in the other tabs).
#[hook]
pub fn use_other_tab_saves(on_saved: Callback<String>) {
    use_effect_with((), move |_| {
        let listener =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
                if event.key().as_deref() == Some(storage::KEY) {
                    if let Some(text) = event.new_value() {
                        on_saved.emit(text);
                    }
                }
            });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ =
                w.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ = w.remove_event_listener_with_callback(
                    "storage",
                    listener.as_ref().unchecked_ref(),
                );
            }
            drop(listener);
        }
    });
}
