//! The root component: one app, one router. The shell (header, tab bar) and
//! the calculator are in the first part; the document's code
//! ([`crate::state::engine`]) and every other screen ([`crate::chunks`]) come
//! in chunks, fetched when first needed.
//!
//! Until the document's chunk is here, the calculator runs from what the
//! first part reads itself ([`storage::peek`]) and a max saved meanwhile goes
//! to the outbox ([`storage::outbox`]), durably and at once: writing the
//! document takes serde and the domain's rules, which are the chunk.

use crate::chunks::{self, NotLoaded, Piece};
use crate::components::bottom_nav::bottom_nav;
use crate::components::header::header;
use crate::components::lazy::{placeholder, Lazy};
use crate::route::{use_route, Route};
use crate::screens::calculator::{CalculatorContext, CalculatorScreen};
use crate::screens::not_found::{not_found_screen, NotFoundProps};
use crate::state::{engine, settings, Action, AppContext, AppState};
use crate::storage::outbox::{self, PostError};
use crate::storage::{self, MaxChange, Persistence};
use crate::storage_events::use_other_tab_writes;
use liftsheet_domain::store::StoredDocument;
use std::rc::Rc;
use yew::prelude::*;

/// How far the document's chunk has come.
#[derive(Clone, Copy, PartialEq)]
enum Opening {
    Waiting,
    Open,
    Failed,
}

#[function_component]
pub fn App() -> Html {
    let route = use_route();
    let state = use_reducer(|| AppState::new(StoredDocument::default(), Persistence::Saved));
    let opening = use_state(|| Opening::Waiting);
    let attempt = use_state(|| 0u32);
    // What the calculator shows before the document is open.
    let peek = use_state(storage::peek);
    // Why a max couldn't be posted to the outbox.
    let failure = use_state(|| None::<String>);
    // Whether `state` holds the open document, read when a change is made
    // (a render may be behind it).
    let is_open = use_mut_ref(|| false);

    // Fetch the document's chunk right after the first paint (and again on
    // "Try again"), open the document, then apply what the outbox held.
    {
        let dispatcher = state.dispatcher();
        let opening = opening.setter();
        let is_open = is_open.clone();
        use_effect_with(*attempt, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match chunks::document().await {
                    Ok((opened, taken)) => {
                        dispatcher.dispatch(Action::Opened(opened));
                        for action in taken {
                            dispatcher.dispatch(action);
                        }
                        *is_open.borrow_mut() = true;
                        opening.set(Opening::Open);
                    }
                    Err(NotLoaded) => opening.set(Opening::Failed),
                }
            });
        });
    }
    let open = *opening == Opening::Open;
    // Until the document is open (then its chunk takes other tabs' writes,
    // crate::components::document_effects), the calculator reads again.
    {
        let peek = peek.setter();
        let is_open = is_open.clone();
        use_other_tab_writes(Callback::from(move |_| {
            if !*is_open.borrow() {
                peek.set(storage::peek());
            }
        }));
    }

    let retry = {
        let attempt = attempt.clone();
        let opening = opening.setter();
        Callback::from(move |_: MouseEvent| {
            opening.set(Opening::Waiting);
            attempt.set(*attempt + 1);
        })
    };
    let not_open = |title: &str| match *opening {
        Opening::Failed => html! {
            <section class="screen">
                <div class="notice error" role="alert">
                    <p>{ format!("{title} couldn't load. Check your connection and try again; the calculator works as before.") }</p>
                    <button type="button" onclick={retry.clone()}>{"Try again"}</button>
                </div>
            </section>
        },
        _ => placeholder(),
    };

    let calculator = if open {
        Some(CalculatorContext {
            settings: Rc::new(state.doc.settings.clone()),
            maxes: Rc::new(state.doc.maxes.clone()),
            set_max: {
                let dispatcher = state.dispatcher();
                Callback::from(move |change| {
                    dispatcher.dispatch(Action::Settings(settings::Change::Max(change)))
                })
            },
            stored: state.persistence == Persistence::Saved,
        })
    } else {
        peek.as_ref().map(|view| CalculatorContext {
            settings: Rc::new(view.settings.clone()),
            maxes: Rc::new(view.maxes.clone()),
            // Read from storage (the document and the outbox) just now.
            stored: true,
            set_max: posting(
                state.dispatcher(),
                is_open.clone(),
                peek.setter(),
                failure.setter(),
            ),
        })
    };
    let screen = match &route {
        Route::Calculator => match &calculator {
            Some(context) => html! {
                <ContextProvider<CalculatorContext> context={context.clone()}>
                    <CalculatorScreen />
                </ContextProvider<CalculatorContext>>
            },
            // A store the first part can't plainly read: the document's
            // chunk reads it and says what is wrong.
            None => not_open(route.title()),
        },
        Route::NotFound(path) => not_found_screen(&NotFoundProps {
            path: path.clone().into(),
        }),
        // Every other screen is in a chunk of its own (crate::chunks) and
        // works on the open document.
        _ if open => html! { <Lazy piece={Piece::Screen(route.clone())} /> },
        _ => not_open(route.title()),
    };
    let engine = engine::get().filter(|_| open);
    let problem = failure.as_ref().map(|why| {
        html! { <div class="banner error" role="alert"><span>{ why.clone() }</span></div> }
    });
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            { header(route.title()) }
            <main class="content" id="main">
                { for engine.map(|engine| engine.banners()) }
                { for problem }
                { screen }
            </main>
            { for engine.map(|engine| engine.notices()) }
            { bottom_nav(&route) }
        </ContextProvider<AppContext>>
    }
}

/// The calculator's Save before the document is open: posts the change to
/// the outbox, or, if the chunk arrived meanwhile, dispatches it.
fn posting(
    dispatcher: UseReducerDispatcher<AppState>,
    is_open: Rc<std::cell::RefCell<bool>>,
    peek: UseStateSetter<Option<liftsheet_domain::store::CalculatorView>>,
    failure: UseStateSetter<Option<String>>,
) -> Callback<MaxChange> {
    Callback::from(move |change: MaxChange| {
        if *is_open.borrow() {
            dispatcher.dispatch(Action::Settings(settings::Change::Max(change)));
            return;
        }
        match outbox::post(&change) {
            Ok(()) => {
                failure.set(None);
                peek.set(storage::peek());
            }
            Err(error) => {
                let why = match error {
                    PostError::Refused => "This browser wouldn't store it (storage full or blocked)",
                    PostError::Unreadable => {
                        "A newer Liftsheet left changes here that this one can't read (they are kept)"
                    }
                    PostError::BadName => "Its lift name can't be stored",
                };
                failure.set(Some(format!(
                    "Not saved: {}. {why}; save it on the Program tab instead.",
                    crate::screens::calculator::change_words(&change),
                )));
            }
        }
    })
}
