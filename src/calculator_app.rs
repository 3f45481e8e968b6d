//! The first-load app: the calculator tab alone, so a phone on gym wifi gets a
//! working calculator from a small download (`scripts/report` measures it).
//!
//! It reads settings and maxes ([`storage::peek`]) and never writes the
//! document: a max saved here is posted to the outbox
//! ([`storage::outbox`]), durably and at once, and the full app moves it into
//! the document when it next runs. Leaving the calculator, or a store it can't
//! plainly read, hands over to the full app ([`crate::door`]), which the
//! service worker has usually cached by then.

use crate::components::bottom_nav::bottom_nav;
use crate::components::header::header;
use crate::door::use_door;
use crate::route::{use_route, Route};
use crate::screens::calculator::saved_max_words;
use crate::screens::calculator::{CalculatorContext, CalculatorScreen, BIG_LIFTS};
use crate::storage::outbox::{self, PostError};
use crate::storage::{self, MaxChange};
use crate::storage_events::use_other_tab_writes;
use std::rc::Rc;
use yew::prelude::*;

/// "squat training max 140 kg", "bench press 1RM removed".
fn change_words(change: &MaxChange) -> String {
    let lift = change.lift().as_str();
    let name = BIG_LIFTS
        .iter()
        .find(|(key, _)| *key == lift)
        .map_or_else(|| lift.to_string(), |(_, name)| name.to_ascii_lowercase());
    let kind = saved_max_words(change.kind());
    match change.weight() {
        Some(max) => format!("{name} {kind} {max}"),
        None => format!("{name} {kind} removed"),
    }
}

#[function_component]
pub fn CalculatorApp() -> Html {
    let view = use_state(storage::peek);
    let route = use_route();
    {
        let view = view.setter();
        use_other_tab_writes(Callback::from(move |_| view.set(storage::peek())));
    }
    // Anything but the calculator, or a store only the full app may handle.
    let door = use_door(
        route != Route::Calculator || view.is_none(),
        "The calculator works offline, and what you save here is kept.",
    );
    let screen = match &*view {
        Some(current) if route == Route::Calculator => {
            let context = CalculatorContext {
                settings: Rc::new(current.settings.clone()),
                maxes: Rc::new(current.maxes.clone()),
                // Read from storage (the document and the outbox) just now.
                stored: true,
                set_max: {
                    let view = view.setter();
                    let failure = door.set_failure.clone();
                    Callback::from(move |change: MaxChange| match outbox::post(&change) {
                        // Stored: shown as saved from the store itself.
                        Ok(()) => {
                            failure.set(None);
                            view.set(storage::peek());
                        }
                        Err(error) => {
                            let why = match error {
                                PostError::Refused => "This browser wouldn't store it (storage full or blocked)",
                                PostError::Unreadable => "A newer Liftsheet left changes here that this one can't read (they are kept)",
                                PostError::BadName => "Its lift name can't be stored",
                            };
                            failure.set(Some(format!(
                                "Not saved: {}. {why}; save it on the Program tab instead.",
                                change_words(&change),
                            )));
                        }
                    })
                },
            };
            html! {
                <ContextProvider<CalculatorContext> {context}>
                    <CalculatorScreen />
                </ContextProvider<CalculatorContext>>
            }
        }
        _ if door.failure.is_some() => html! {},
        _ => html! { <p class="boot" role="status">{"Loading…"}</p> },
    };
    html! {
        <>
            { header(route.title()) }
            <main class="content" id="main">
                { door.banners(&route, &Route::Calculator, "Back to the calculator") }
                { screen }
            </main>
            { bottom_nav(&route) }
        </>
    }
}
