//! "A new version is ready": shown by both apps when the service worker has
//! installed a new build while this page runs the old one.

use yew::prelude::*;

#[function_component]
pub fn UpdateBanner() -> Html {
    let reload = Callback::from(|_| crate::pwa::activate_update());
    html! {
        <div class="banner" role="status">
            <span>{"A new version of Liftsheet is ready."}</span>
            <button class="primary" onclick={reload}>{"Reload"}</button>
        </div>
    }
}
