//! The history screen.

use yew::prelude::*;

#[function_component]
pub fn HistoryScreen() -> Html {
    html! { <section class="screen"><p>{"history"}</p></section> }
}
