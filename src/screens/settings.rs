//! The settings screen.

use yew::prelude::*;

#[function_component]
pub fn SettingsScreen() -> Html {
    html! { <section class="screen"><p>{"settings"}</p></section> }
}
