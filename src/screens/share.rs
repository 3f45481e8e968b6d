//! The share screen.

use yew::prelude::*;

#[function_component]
pub fn ShareScreen() -> Html {
    html! { <section class="screen"><p>{"share"}</p></section> }
}
