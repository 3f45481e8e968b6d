//! The first-load app: the calculator tab alone, so a phone on gym wifi gets a
//! working calculator from a small download (`scripts/report` measures it).
//!
//! It reads settings and maxes ([`storage::peek`]) and never writes the
//! document. Leaving the calculator, saving or removing a max, or a store it
//! can't plainly read hands over to the full app ([`crate::handoff`]), which
//! the service worker has usually cached by then. Maxes to save wait in this
//! app until the full app has them: a failed handover withdraws them and says
//! they are not saved, and "Try again" hands them over again.

use crate::components::bottom_nav::BottomNav;
use crate::components::header::header;
use crate::components::update_banner::update_banner;
use crate::handoff;
use crate::route::{use_route, Route};
use crate::screens::calculator::saved_max_words;
use crate::screens::calculator::{CalculatorContext, CalculatorScreen, BIG_LIFTS};
use crate::storage::{self, MaxChange};
use crate::storage_events::use_other_tab_saves;
use std::rc::Rc;
use yew::prelude::*;

/// "squat training max 140 kg, bench press 1RM removed".
fn changes_words(changes: &[MaxChange]) -> String {
    changes
        .iter()
        .map(|change| {
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
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[function_component]
pub fn CalculatorApp() -> Html {
    let view = use_state(storage::peek);
    let route = use_route();
    let update_ready = use_state(|| false);
    let failure = use_state(|| None::<String>);
    // Maxes to save, in order, until the full app has them (also any a reload
    // interrupted on their way).
    let pending = use_mut_ref(storage::waiting_handoff);
    let redraw = use_force_update();

    {
        let update_ready = update_ready.setter();
        use_effect_with((), move |_| {
            crate::pwa::register(Callback::from(move |_| update_ready.set(true)))
        });
    }
    {
        let view = view.setter();
        use_other_tab_saves(Callback::from(move |_| view.set(storage::peek())));
    }

    let on_failed = {
        let failure = failure.setter();
        let pending = pending.clone();
        Callback::from(move |why: String| {
            storage::clear_handoff();
            let waiting = pending.borrow();
            let unsaved = if waiting.is_empty() {
                String::new()
            } else {
                format!(" Not saved yet: {}.", changes_words(&waiting))
            };
            failure.set(Some(format!(
                "Liftsheet couldn't load the rest of the app: it isn't stored on this phone \
                 yet and the network failed ({why}).{unsaved} The calculator works offline."
            )))
        })
    };
    // Hands `pending` to the full app and starts it.
    let hand_over = {
        let pending = pending.clone();
        let failure = failure.setter();
        let on_failed = on_failed.clone();
        let redraw = redraw.clone();
        Callback::from(move |_: ()| {
            let waiting = pending.borrow().clone();
            if waiting.is_empty() || storage::put_handoff(&waiting) {
                failure.set(None);
                handoff::to_full_app(on_failed.clone());
            } else {
                // Session storage refused them (blocked or full, or a name it
                // can't carry): drop them, say so, and keep the calculator.
                pending.borrow_mut().clear();
                redraw.force_update();
                failure.set(Some(format!(
                    "Not saved: {}. This browser wouldn't pass it on to the rest of the \
                     app; save it on the Program tab instead.",
                    changes_words(&waiting)
                )));
            }
        })
    };
    // Anything but the calculator, a store only the full app may handle, or
    // maxes waiting to be saved.
    let leaving = route != Route::Calculator || view.is_none() || !pending.borrow().is_empty();
    {
        let hand_over = hand_over.clone();
        let failure = failure.setter();
        use_effect_with(leaving, move |leaving| {
            if *leaving {
                hand_over.emit(());
            } else {
                // Back on the calculator with nothing waiting: an old
                // failure is moot.
                failure.set(None);
            }
        });
    }

    let update = update_ready.then(update_banner);
    let saving = (!pending.borrow().is_empty() && failure.is_none()).then(|| {
        html! {
            <div class="banner" role="status">
                <span>{ format!("Saving {}…", changes_words(&pending.borrow())) }</span>
            </div>
        }
    });
    let problem = failure.as_ref().map(|why| {
        let retry = {
            let hand_over = hand_over.clone();
            Callback::from(move |_| hand_over.emit(()))
        };
        html! {
            <div class="banner error" role="alert">
                <span>{ why.clone() }</span>
                <button type="button" onclick={retry}>{"Try again"}</button>
                if route != Route::Calculator {
                    <a href={Route::Calculator.href()}>{"Back to the calculator"}</a>
                }
            </div>
        }
    });
    let screen = match &*view {
        Some(view) if route == Route::Calculator => {
            let context = CalculatorContext {
                settings: Rc::new(view.settings.clone()),
                maxes: Rc::new(view.maxes.clone()),
                // Read from storage just now.
                stored: true,
                set_max: {
                    let pending = pending.clone();
                    Callback::from(move |change| {
                        // The full app saves it as it starts: this app never
                        // writes the document. Every save rewrites the whole
                        // list, so a second one during the swap isn't lost.
                        pending.borrow_mut().push(change);
                        redraw.force_update();
                        hand_over.emit(());
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
                { for saving }
                { for problem }
                { screen }
            </main>
            <BottomNav current={route} />
        </>
    }
}
