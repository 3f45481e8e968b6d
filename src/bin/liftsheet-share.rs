//! The share door Trunk builds next to the full app: only the shared-program
//! screen ([`liftsheet::share_app`]). The page's boot script starts it for
//! `#/share/` links, and calls [`unmount`] before it starts the full app in
//! its place ([`liftsheet::handoff`]).

use wasm_bindgen::prelude::*;

fn main() {
    liftsheet::start_door::<liftsheet::share_app::ShareApp>();
}

/// Destroys this app ([`liftsheet::unmount_door`]).
#[wasm_bindgen]
pub fn unmount() {
    liftsheet::unmount_door();
}
