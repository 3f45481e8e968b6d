//! The log screen.

use yew::prelude::*;

#[function_component]
pub fn LogScreen() -> Html {
    html! { <section class="screen"><p>{"log"}</p></section> }
}
