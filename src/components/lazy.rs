//! A screen whose code is in a chunk of its own ([`crate::chunks`]): while the
//! chunk is on its way, the screen's title (the header has it too) and a
//! quiet placeholder; if it can't be fetched, a message with "Try again" in
//! place of the screen, and the rest of the app keeps working.

use crate::chunks::{self, NotLoaded};
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LazyProps {
    /// The screen to show (one that [`chunks::screen`] loads).
    pub route: Route,
}

#[function_component]
pub fn Lazy(props: &LazyProps) -> Html {
    // What came back, and for which route: a result for the route before is
    // never shown for this one.
    let loaded = use_state(|| None::<(Route, Result<Html, NotLoaded>)>);
    let attempt = use_state(|| 0u32);
    {
        let loaded = loaded.clone();
        use_effect_with((props.route.clone(), *attempt), move |(route, _)| {
            let route = route.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(result) = chunks::screen(route.clone()).await {
                    loaded.set(Some((route, result)));
                }
            });
        });
    }
    let title = props.route.title();
    match &*loaded {
        Some((route, Ok(screen))) if *route == props.route => screen.clone(),
        Some((route, Err(NotLoaded))) if *route == props.route => {
            let retry = {
                let loaded = loaded.clone();
                let attempt = attempt.clone();
                Callback::from(move |_| {
                    loaded.set(None);
                    attempt.set(*attempt + 1);
                })
            };
            html! {
                <section class="screen">
                    <div class="notice error" role="alert">
                        <p>{ format!("{title} couldn't load. Check your connection and try again; the rest of Liftsheet works as before.") }</p>
                        <button type="button" onclick={retry}>{"Try again"}</button>
                    </div>
                </section>
            }
        }
        _ => placeholder(),
    }
}

/// A screen on its way. No label of its own: the header names the screen,
/// and a label would stand in for the screen's own fields meanwhile.
pub fn placeholder() -> Html {
    html! {
        <section class="screen" aria-busy="true">
            <p class="boot">{"Loading…"}</p>
        </section>
    }
}
