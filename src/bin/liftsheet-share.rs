//! The share door Trunk builds next to the full app: only the shared-program
//! screen ([`liftsheet::share_app`]). The page's boot script starts it for
//! `#/share/` links, and calls [`unmount`] before it starts the full app in
//! its place ([`liftsheet::handoff`]).

use liftsheet::share_app::ShareApp;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<ShareApp>>> = const { RefCell::new(None) };
}

fn main() {
    let app = liftsheet::mount::<ShareApp>();
    APP.with(|slot| *slot.borrow_mut() = Some(app));
}

/// Destroys this app (its components, effects and their listeners); the full
/// app then mounts into a fresh `#app` ([`liftsheet::mount`]).
#[wasm_bindgen]
pub fn unmount() {
    if let Some(app) = APP.with(|slot| slot.borrow_mut().take()) {
        app.destroy();
    }
}
