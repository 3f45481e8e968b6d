//! The service worker (scripts/sw.template.js): registered in release builds
//! only (never on the `trunk serve` dev server, whose files change under it),
//! and a way to switch to a new version when one is waiting.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};
use yew::Callback;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on insecure origins and old browsers: then there is no offline mode.
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    has.then(|| navigator.service_worker())
}

/// Registers `sw.js`; calls `on_update` when a new version is installed and
/// waiting while this page runs the old one.
pub fn register(on_update: Callback<()>) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else {
            return;
        };
        // Some embedders (and test harnesses that block workers) resolve with nothing.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let controlled = container.controller().is_some();
        if registration.waiting().is_some() && controlled {
            on_update.emit(());
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let on_update = on_update.clone();
            let observed = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                let controlled = container_has_controller();
                if observed.state() == ServiceWorkerState::Installed && controlled {
                    on_update.emit(());
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

fn container_has_controller() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Tells the waiting worker to take over, then reloads into the new version.
pub fn activate_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    let (Some(waiting), Some(container)) = (waiting, container()) else {
        reload();
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
    let _ = waiting.post_message(&message);
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
