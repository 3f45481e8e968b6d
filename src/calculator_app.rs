//! The first-load app: the calculator tab alone, so a phone on gym wifi gets a
//! working calculator from a small download (`scripts/report` measures it).
//!
//! It reads settings and maxes ([`storage::peek`]) and never writes the
//! document. Leaving the calculator, saving or removing a max, or a store it
//! can't plainly read hands over to the full app ([`crate::handoff`]), which
//! the service worker has usually cached by then.

use crate::components::bottom_nav::BottomNav;
use crate::components::header::Header;
use crate::components::update_banner::UpdateBanner;
use crate::handoff;
use crate::route::{use_route, Route};
use crate::screens::calculator::{CalculatorContext, CalculatorScreen};
use crate::storage;
use crate::storage_events::use_other_tab_saves;
use std::rc::Rc;
use yew::prelude::*;

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
        use_other_tab_saves(Callback::from(move |_| view.set(storage::peek())));
    }

    let on_failed = {
        let failure = failure.setter();
        Callback::from(move |why: String| {
            failure.set(Some(format!(
                "Liftsheet couldn't load the rest of the app: it isn't stored on this phone \
                 yet and the network failed ({why}). The calculator works offline."
            )))
        })
    };
    // Anything but the calculator, or a store only the full app may handle.
    let leaving = route != Route::Calculator || view.is_none();
    {
        let on_failed = on_failed.clone();
        let failure = failure.setter();
        use_effect_with(leaving, move |leaving| {
            if *leaving {
                handoff::to_full_app(on_failed);
            } else {
                failure.set(None);
            }
        });
    }

    let update = update_ready.then(|| html! { <UpdateBanner /> });
    let problem = failure.as_ref().map(|why| {
        let retry = {
            let on_failed = on_failed.clone();
            let failure = failure.setter();
            Callback::from(move |_| {
                failure.set(None);
                handoff::to_full_app(on_failed.clone());
            })
        };
        html! {
            <div class="banner error" role="alert">
                <span>{ why.clone() }</span>
                <button type="button" onclick={retry}>{"Try again"}</button>
                if leaving {
                    <a href={Route::Calculator.href()}>{"Back to the calculator"}</a>
                }
            </div>
        }
    });
    let screen = match (&*view, leaving) {
        (Some(view), false) => {
            let context = CalculatorContext {
                settings: Rc::new(view.settings.clone()),
                maxes: Rc::new(view.maxes.clone()),
                set_max: {
                    let failure = failure.setter();
                    Callback::from(move |change| {
                        // The full app saves it as it starts: this app never
                        // writes the document.
                        if storage::put_handoff(&change) {
                            handoff::to_full_app(on_failed.clone());
                        } else {
                            failure.set(Some(
                                "This max was not saved: the browser refused to pass it on \
                                 (session storage is blocked)."
                                    .into(),
                            ));
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
            <Header title={route.title()} />
            <main class="content" id="main">
                { for update }
                { for problem }
                { screen }
            </main>
            <BottomNav current={route} />
        </>
    }
}
