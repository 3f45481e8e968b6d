//! "A new version is ready": shown by both apps when the service worker has
//! installed a new build while this page runs the old one. A plain view
//! function, not a component: it has no state, and each component costs the
//! first-load app about 1.6 KB of Yew glue.

use yew::prelude::*;

pub fn update_banner() -> Html {
    let reload = Callback::from(|_| crate::pwa::activate_update());
    html! {
        <div class="banner" role="status">
            <span>{"A new version of Liftsheet is ready."}</span>
            <button class="primary" onclick={reload}>{"Reload"}</button>
        </div>
    }
}
