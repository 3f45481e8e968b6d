//! The move from a small app (the calculator, [`crate::calculator_app`]; the
//! share door, [`crate::share_app`]) to the full app ([`crate::app`]) on the
//! same page.
//!
//! The page's boot script (written by `scripts/postbuild.mjs`) defines
//! `liftsheetBoot.full()`: it fetches and compiles the full app (from the
//! service worker's cache once installed), then calls the small app's
//! `unmount` export and starts the full app in its place. What the lifter
//! typed survives in drafts (`storage::draft`); a saved max or an adopted
//! program is already in the outbox ([`crate::storage::outbox`]), which the full app drains at start.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use yew::Callback;

#[wasm_bindgen]
extern "C" {
    /// Resolves once the full app runs; rejects if it could not be fetched.
    #[wasm_bindgen(catch, js_namespace = liftsheetBoot, js_name = full)]
    fn boot_full() -> Result<js_sys::Promise, JsValue>;
}

thread_local! {
    static REQUESTED: Cell<bool> = const { Cell::new(false) };
}

fn message_of(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "the page's boot script is missing".into())
}

/// Asks the boot script to replace this app with the full one. Once: later
/// calls do nothing while it loads. `on_failed` hears why it could not be
/// loaded (offline before the service worker cached it, say); a later call
/// tries again.
pub fn to_full_app(on_failed: Callback<String>) {
    if REQUESTED.with(|r| r.replace(true)) {
        return;
    }
    let failed = move |error: JsValue| {
        REQUESTED.with(|r| r.set(false));
        on_failed.emit(message_of(&error));
    };
    match boot_full() {
        Ok(promise) => wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = wasm_bindgen_futures::JsFuture::from(promise).await {
                failed(error);
            }
        }),
        Err(error) => failed(error),
    }
}
