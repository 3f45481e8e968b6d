//! The first-load app: the calculator tab alone, so a phone on gym wifi gets a
//! working calculator from a small download (`scripts/report` measures it).
//!
//! It reads settings and maxes ([`storage::peek`]) and never writes the
//! document: a max saved here is posted to the outbox
//! ([`storage::outbox`]), durably and at once, and the full app moves it into
//! the document when it next runs. Leaving the calculator, or a store it can't
//! plainly read, hands over to the full app ([`crate::handoff`]), which the
//! service worker has usually cached by then.

use crate::components::bottom_nav::BottomNav;
use crate::components::header::header;
use crate::components::update_banner::update_banner;
use crate::handoff;
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
    let update_ready = use_state(|| false);
    let failure = use_state(|| None::<String>);

    {
        let update_ready = update_ready.setter();
        use_effect_with((), move |_| {
            crate::pwa::register(Callback::from(move |_| update_ready.set(true)))
        });
    }
    {
        let view = view.setter();
        use_other_tab_writes(Callback::from(move |_| view.set(storage::peek())));
    }

    let on_failed = {
        let failure = failure.setter();
        Callback::from(move |why: String| {
            failure.set(Some(format!(
                "Liftsheet couldn't load the rest of the app: it isn't stored on this phone \
                 yet and the network failed ({why}). The calculator works offline, and \
                 what you save here is kept."
            )))
        })
    };
    let hand_over = {
        let failure = failure.setter();
        Callback::from(move |_: ()| {
            failure.set(None);
            handoff::to_full_app(on_failed.clone());
        })
    };
    // Anything but the calculator, or a store only the full app may handle.
    let leaving = route != Route::Calculator || view.is_none();
    {
        let hand_over = hand_over.clone();
        let failure = failure.setter();
        use_effect_with(leaving, move |leaving| {
            if *leaving {
                hand_over.emit(());
            } else {
                // Back on the calculator: an old failure is moot.
                failure.set(None);
            }
        });
    }

    let update = update_ready.then(update_banner);
    let problem = failure.as_ref().map(|why| {
        let retry = {
            let hand_over = hand_over.clone();
            Callback::from(move |_| hand_over.emit(()))
        };
        html! {
            <div class="banner error" role="alert">
                <span>{ why.clone() }</span>
                if route != Route::Calculator {
                    <button type="button" onclick={retry}>{"Try again"}</button>
                    <a href={Route::Calculator.href()}>{"Back to the calculator"}</a>
                }
            </div>
        }
    });
    let screen = match &*view {
        Some(current) if route == Route::Calculator => {
            let context = CalculatorContext {
                settings: Rc::new(current.settings.clone()),
                maxes: Rc::new(current.maxes.clone()),
                // Read from storage (the document and the outbox) just now.
                stored: true,
                set_max: {
                    let view = view.setter();
                    let failure = failure.setter();
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
        _ if failure.is_some() => html! {},
        _ => html! { <p class="boot" role="status">{"Loading…"}</p> },
    };
    html! {
        <>
            { header(route.title()) }
            <main class="content" id="main">
                { for update }
                { for problem }
                { screen }
            </main>
            <BottomNav current={route} />
        </>
    }
}
