//! Liftsheet's web front end: a Yew (CSR) app over the `liftsheet-domain` crate.
//!
//! Three apps share these modules. The full app ([`app::App`], binary
//! `liftsheet`) has every screen: state flows one way, [`state::AppState`] is a
//! reducer at the top shared by context, screens send [`state::Action`]s back.
//! The first-load app ([`calculator_app::CalculatorApp`], binary
//! `liftsheet-calc`) is the calculator alone, small enough to load fast, and
//! hands over to the full app ([`handoff`]). The share door
//! ([`share_app::ShareApp`], binary `liftsheet-share`) is the same for a
//! share link. Only [`storage`] touches localStorage.

pub mod app;
pub mod calculator_app;
pub mod clock;
pub mod components;
pub mod door;
pub mod handoff;
pub mod panic_screen;
pub mod pwa;
pub mod route;
pub mod screens;
pub mod share_app;
pub mod slices;
pub mod state;
pub mod storage;
pub mod storage_events;
pub mod window_events;

/// Mounts component `C` into a fresh `#app` (or `<body>` if there is no
/// `#app`), replacing the "Loading" placeholder, with the crash screen
/// installed. Fresh, because Yew leaves its event listeners on the element it
/// rendered into: after the first-load app is unmounted they would keep
/// firing into it.
pub fn mount<C>() -> yew::AppHandle<C>
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    panic_screen::install();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let fresh = document.create_element("div").expect("a div");
    fresh.set_id("app");
    fresh.set_class_name("app");
    match document.get_element_by_id("app") {
        Some(old) if old.replace_with_with_node_1(&fresh).is_ok() => {
            yew::Renderer::<C>::with_root(fresh).render()
        }
        _ => yew::Renderer::<C>::new().render(),
    }
}

thread_local! {
    /// Destroys the small app this page runs (a door: the calculator or the
    /// share door), once.
    static DOOR: std::cell::RefCell<Option<Box<dyn FnOnce()>>> =
        const { std::cell::RefCell::new(None) };
}

/// Starts a small app (a door binary's `main`), keeping what
/// [`unmount_door`] needs to destroy it.
pub fn start_door<C>()
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    let app = mount::<C>();
    DOOR.with(|slot| *slot.borrow_mut() = Some(Box::new(move || app.destroy())));
}

/// Destroys the door [`start_door`] started (its components, effects and
/// their listeners), before the boot script starts the full app in a fresh
/// `#app` ([`mount`]). The door binaries export it as `unmount`.
pub fn unmount_door() {
    if let Some(destroy) = DOOR.with(|slot| slot.borrow_mut().take()) {
        destroy();
    }
}

/// Starts the full app.
pub fn start() {
    mount::<app::App>();
}
