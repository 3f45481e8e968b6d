//! Listening to an event on `window` for as long as a component is mounted.
//! One place for the add/remove pair, so nothing from an unmounted component
//! stays subscribed.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on` with each `name` event on `window` while the caller is
/// mounted. The first render's callback is the one kept: pass one that only
/// sets state (a state handle's setter outlives the render that made it).
#[hook]
pub fn use_window_event(name: &'static str, on: Callback<web_sys::Event>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |e| on.emit(e));
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ =
                    w.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            }
            drop(listener);
        }
    });
}
