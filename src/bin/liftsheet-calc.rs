//! The first-load bundle Trunk builds next to the full app: only the calculator
//! ([`liftsheet::calculator_app`]). The page's boot script starts it for
//! `#/calc` links (and an empty fragment), and calls [`unmount`] before it
//! starts the full app in its place ([`liftsheet::handoff`]).

use wasm_bindgen::prelude::*;

fn main() {
    liftsheet::start_door::<liftsheet::calculator_app::CalculatorApp>();
}

/// Destroys this app ([`liftsheet::unmount_door`]).
#[wasm_bindgen]
pub fn unmount() {
    liftsheet::unmount_door();
}
