//! The root component: state at the top, persistence effects, and the shell
//! around the current screen.

use crate::components::bottom_nav::BottomNav;
use crate::components::header::Header;
use crate::components::status_banner::StatusBanner;
use crate::route::{use_route, Route};
use crate::screens::{
    calculator::CalculatorScreen, history::HistoryScreen, log::LogScreen,
    not_found::NotFoundScreen, plan::PlanScreen, settings::SettingsScreen, share::ShareScreen,
};
use crate::state::{Action, AppContext, AppState};
use crate::storage;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let (doc, persistence) = storage::load();
        AppState::new(doc, persistence)
    });
    let route = use_route();

    // Once: ask for durable storage, listen to other tabs, register the worker.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            storage::request_persistence();
            let dispatcher = state.dispatcher();
            let on_update = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |_| dispatcher.dispatch(Action::UpdateReady))
            };
            crate::pwa::register(on_update);
            let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(
                move |event: web_sys::StorageEvent| {
                    if event.key().as_deref() == Some(storage::KEY) {
                        if let Some(text) = event.new_value() {
                            dispatcher.dispatch(Action::ExternalText(text));
                        }
                    }
                },
            );
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }

    // After every local change: save (merging with other tabs' writes).
    {
        let dispatcher = state.dispatcher();
        let doc = state.doc.clone();
        let read_only = state.read_only();
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 && !read_only {
                let saved = storage::save(&doc);
                if let Some(merged) = saved.merged {
                    dispatcher.dispatch(Action::Merged(Rc::new(merged)));
                }
                dispatcher.dispatch(Action::Saved(saved.persistence));
            }
        });
    }

    let (title, screen) = match &route {
        Route::Calculator => ("Calculate", html! { <CalculatorScreen /> }),
        Route::Plan => ("Program", html! { <PlanScreen /> }),
        Route::Log => ("Log", html! { <LogScreen /> }),
        Route::History => ("History", html! { <HistoryScreen /> }),
        Route::Settings => ("Settings", html! { <SettingsScreen /> }),
        Route::Share(payload) => (
            "Shared program",
            html! { <ShareScreen payload={payload.clone()} /> },
        ),
        Route::NotFound(path) => (
            "Not found",
            html! { <NotFoundScreen path={path.clone()} /> },
        ),
    };
    html! {
        <ContextProvider<AppContext> context={state}>
            <Header title={title} />
            <main class="content" id="main">
                <StatusBanner />
                { screen }
            </main>
            <BottomNav current={route} />
        </ContextProvider<AppContext>>
    }
}
