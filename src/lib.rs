//! Liftsheet's web front end: a Yew (CSR) app over the `liftsheet-domain` crate.
//!
//! State flows one way: [`state::AppState`] is a reducer at the top of [`app::App`],
//! shared by context; screens read it and send [`state::Action`]s back. Only
//! [`storage`] touches localStorage.

pub mod app;
pub mod components;
pub mod panic_screen;
pub mod pwa;
pub mod route;
pub mod screens;
pub mod state;
pub mod storage;

/// Mounts the app into `#app` (or `<body>` if the element is missing).
pub fn start() {
    panic_screen::install();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            root.set_class_name("app");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
