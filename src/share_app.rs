//! The share door: the small app a share link (`#/share/<payload>`) opens
//! first, so a training partner on a phone sees the program about as fast as
//! the calculator loads (`scripts/report` measures both), instead of after
//! the whole full app.
//!
//! It shows the link with the full app's own [`ShareView`] and never reads
//! or writes the document: "Use this program" posts the link to the outbox
//! ([`storage::outbox`]), at once and durably, and the full app adopts it
//! when it next runs (the id comes from the link, so adopting twice keeps
//! one copy). Any other screen hands over to the full app ([`crate::door`]).

use crate::components::bottom_nav::bottom_nav;
use crate::components::header::header;
use crate::door::use_door;
use crate::route::{use_route, Route};
use crate::screens::share::ShareView;
use crate::storage::outbox::{self, PostError};
use yew::prelude::*;

#[function_component]
pub fn ShareApp() -> Html {
    let route = use_route();
    let door = use_door(
        !matches!(route, Route::Share(_)),
        "The shared program stays open, and what you saved here is kept.",
    );
    let adopt = Callback::from(|payload: AttrValue| {
        outbox::post_program(&payload).map_err(|error| {
            let why = match error {
                PostError::Refused => "this browser wouldn't store it (storage full or blocked)",
                PostError::Unreadable => {
                    "a newer Liftsheet left changes on this phone that this one can't read (they are kept)"
                }
                PostError::BadName => "the link can't be stored",
            };
            format!("Not added: {why}. Reload the link and try again.")
        })
    });
    let screen = match &route {
        Route::Share(payload) => html! {
            <ShareView payload={AttrValue::from(payload.clone())} {adopt} />
        },
        _ if door.failure.is_some() => html! {},
        _ => html! { <p class="boot" role="status">{"Loading…"}</p> },
    };
    // Where "Back" goes after a failed hand-over: the link this page opened.
    let home = use_state(|| route.clone());
    html! {
        <>
            { header(route.title()) }
            <main class="content" id="main">
                { door.banners(&route, &home, "Back to the shared program") }
                { screen }
            </main>
            { bottom_nav(&route) }
        </>
    }
}
