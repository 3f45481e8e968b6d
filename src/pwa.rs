//! The service worker (scripts/sw.template.js): registered in release builds
//! only (never on the `trunk serve` dev server, whose files change under it),
//! and a way to switch to a new version when one is waiting.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};
use yew::Callback;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// What [`register`] subscribed, so that its teardown can take it all back.
    static LISTENERS: RefCell<Listeners> = RefCell::new(Listeners::default());
}

/// The handlers set on the registration and on installing workers, and
/// whether the app that asked for them still runs.
#[derive(Default)]
struct Listeners {
    active: bool,
    on_found: Option<Closure<dyn Fn()>>,
    on_state: Vec<(ServiceWorker, Closure<dyn Fn()>)>,
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on insecure origins and old browsers: then there is no offline mode.
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    has.then(|| navigator.service_worker())
}

/// Registers `sw.js`; calls `on_update` when a new version is installed and
/// waiting while this page runs the old one. The returned teardown (an
/// effect's destructor) removes every handler it set: the first-load app is
/// unmounted when the full app takes over, and nothing of it may stay
/// subscribed.
pub fn register(on_update: Callback<()>) -> impl FnOnce() {
    LISTENERS.with(|l| l.borrow_mut().active = true);
    if let (false, Some(container)) = (cfg!(debug_assertions), container()) {
        wasm_bindgen_futures::spawn_local(watch(container, on_update));
    }
    unsubscribe
}

async fn watch(container: web_sys::ServiceWorkerContainer, on_update: Callback<()>) {
    let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else {
        return;
    };
    // Some embedders (and test harnesses that block workers) resolve with nothing.
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    // Torn down while the registration was on its way: subscribe nothing.
    if !LISTENERS.with(|l| l.borrow().active) {
        return;
    }
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
        LISTENERS.with(|l| l.borrow_mut().on_state.push((worker, on_state)));
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    LISTENERS.with(|l| l.borrow_mut().on_found = Some(on_found));
    REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
}

/// Removes the handlers [`register`] set and lets their closures go.
fn unsubscribe() {
    let listeners = LISTENERS.with(|l| std::mem::take(&mut *l.borrow_mut()));
    if let Some(registration) = REGISTRATION.with(|r| r.borrow_mut().take()) {
        if listeners.on_found.is_some() {
            registration.set_onupdatefound(None);
        }
    }
    for (worker, _) in &listeners.on_state {
        worker.set_onstatechange(None);
    }
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
