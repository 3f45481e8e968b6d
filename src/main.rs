//! Binary entry point that Trunk builds: everything lives in the library so
//! components can be tested with wasm-bindgen-test.

fn main() {
    liftsheet::start();
}
