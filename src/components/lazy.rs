//! A screen (or calculator section) whose code is in a chunk of its own
//! ([`crate::chunks`]): while the chunk is on its way, a quiet placeholder;
//! if it can't be fetched, a message with "Try again" in its place, and the
//! rest of the app keeps working.

use crate::chunks::{self, NotLoaded, Piece};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LazyProps {
    /// What to show, once [`chunks::load`] has it.
    pub piece: Piece,
}

#[function_component]
pub fn Lazy(props: &LazyProps) -> Html {
    // What came back, and for which piece: a result for the piece before is
    // never shown for this one.
    let loaded = use_state(|| None::<(Piece, Result<Html, NotLoaded>)>);
    let attempt = use_state(|| 0u32);
    {
        let loaded = loaded.clone();
        use_effect_with((props.piece.clone(), *attempt), move |(piece, _)| {
            let piece = piece.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(result) = chunks::load(piece.clone()).await {
                    loaded.set(Some((piece, result)));
                }
            });
        });
    }
    let title = props.piece.title();
    match &*loaded {
        Some((piece, Ok(screen))) if *piece == props.piece => screen.clone(),
        Some((piece, Err(NotLoaded))) if *piece == props.piece => {
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
