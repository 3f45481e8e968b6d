//! Liftsheet's web front end: a Yew (CSR) app over the `liftsheet-domain` crate.
//!
//! One app ([`app::App`]), built as one binary split into parts: the shell
//! and the calculator load first; the document's code and every other screen
//! come in chunks ([`chunks`]). State flows one way: [`state::AppState`] is a
//! reducer at the top shared by context, screens send [`state::Action`]s back.
//! Only [`storage`] touches localStorage.

pub mod app;
pub mod chunks;
pub mod clock;
pub mod components;
pub mod panic_screen;
pub mod pwa;
pub mod route;
pub mod screens;
pub mod slices;
pub mod state;
pub mod storage;
pub mod storage_events;
pub mod window_events;

/// Starts the app in a fresh `#app` in place of the page's "Loading"
/// placeholder, with the crash screen installed.
pub fn start() {
    panic_screen::install();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let fresh = document.create_element("div").expect("a div");
    fresh.set_id("app");
    fresh.set_class_name("app");
    match document.get_element_by_id("app") {
        Some(old) if old.replace_with_with_node_1(&fresh).is_ok() => {
            yew::Renderer::<app::App>::with_root(fresh).render();
        }
        _ => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
