//! The root component: state at the top, persistence effects, and the shell
//! around the current screen.

use crate::components::bottom_nav::bottom_nav;
use crate::components::header::header;
use crate::components::status_banner::StatusBanner;
use crate::route::{use_route, Route};
use crate::screens::{
    calculator::{CalculatorContext, CalculatorScreen},
    history::HistoryScreen,
    log::LogScreen,
    not_found::{not_found_screen, NotFoundProps},
    plan::PlanScreen,
    settings::settings_screen,
    share::ShareScreen,
};
use crate::state::{settings, Action, AppContext, AppState, SameDoc};
use crate::storage::{self, Persistence};
use crate::storage_events::{use_other_tab_writes, OtherTabWrite};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let (doc, persistence) = storage::load();
        AppState::new(doc, persistence)
    });
    let route = use_route();

    // Once: ask for durable storage, register the worker, and apply the maxes
    // and programs the small apps saved to the outbox (they never write the
    // document themselves); the save that follows settles them.
    {
        let dispatcher = state.dispatcher();
        // A read-only store can't take them: they stay for a later start.
        let read_only = state.read_only();
        let doc = state.doc.clone();
        use_effect_with((), move |_| {
            storage::request_persistence();
            let on_update = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |_| dispatcher.dispatch(Action::UpdateReady))
            };
            let unsubscribe = crate::pwa::register(on_update);
            if !read_only {
                let taken: Vec<Action> = storage::outbox::take()
                    .into_iter()
                    .map(Action::from)
                    .collect();
                // Already in the document (another tab saved them first):
                // nothing to save, so settle now rather than leave them to be
                // applied again over a later change.
                let mut state = Rc::new(AppState::new((*doc).clone(), Persistence::Saved));
                for action in &taken {
                    state = state.reduce(action.clone());
                }
                if state.doc == doc {
                    storage::outbox::settle();
                }
                for action in taken {
                    dispatcher.dispatch(action);
                }
            }
            unsubscribe
        });
    }
    {
        let dispatcher = state.dispatcher();
        let read_only = state.read_only();
        use_other_tab_writes(Callback::from(move |write| match write {
            OtherTabWrite::Document(text) => dispatcher.dispatch(Action::ExternalText(text)),
            // A small app in another tab saved a max or adopted a program: take it
            // like our own.
            OtherTabWrite::Outbox if !read_only => {
                for posted in storage::outbox::take() {
                    dispatcher.dispatch(Action::from(posted));
                }
            }
            OtherTabWrite::Outbox => {}
        }));
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
                dispatcher.dispatch(Action::Saved {
                    revision: *revision,
                    persistence: saved.persistence,
                });
            }
        });
    }

    // What History shows is worked out while the page is idle, at start and
    // after each change, so opening History only draws (history/view.rs).
    use_effect_with(SameDoc(state.doc.clone()), |SameDoc(doc)| {
        let stop = Rc::new(Cell::new(false));
        wasm_bindgen_futures::spawn_local(crate::screens::history::prepare(
            doc.clone(),
            stop.clone(),
        ));
        move || stop.set(true)
    });

    let screen = match &route {
        Route::Calculator => html! { <CalculatorScreen /> },
        Route::Plan => html! { <PlanScreen /> },
        Route::Log => html! { <LogScreen /> },
        Route::History => html! { <HistoryScreen /> },
        Route::Settings => settings_screen(),
        Route::PlatePath => html! { <crate::screens::plate_path::PlatePathScreen /> },
        Route::Share(payload) => html! { <ShareScreen payload={payload.clone()} /> },
        Route::NotFound(path) => not_found_screen(&NotFoundProps {
            path: path.clone().into(),
        }),
    };
    // The calculator screens read their own small context (they also run in
    // the first-load app, which has no AppState).
    let calculator = CalculatorContext {
        settings: Rc::new(state.doc.settings.clone()),
        maxes: Rc::new(state.doc.maxes.clone()),
        set_max: {
            let dispatcher = state.dispatcher();
            Callback::from(move |change| {
                dispatcher.dispatch(Action::Settings(settings::Change::Max(change)))
            })
        },
        stored: state.persistence == Persistence::Saved,
    };
    html! {
        <ContextProvider<AppContext> context={state}>
        <ContextProvider<CalculatorContext> context={calculator}>
            { header(route.title()) }
            <main class="content" id="main">
                <StatusBanner />
                { screen }
            </main>
            <crate::components::undo_notice::UndoNotice />
            { bottom_nav(&route) }
        </ContextProvider<CalculatorContext>>
        </ContextProvider<AppContext>>
    }
}
