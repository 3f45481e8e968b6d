//! The plan screen.

use yew::prelude::*;

#[function_component]
pub fn PlanScreen() -> Html {
    html! { <section class="screen"><p>{"plan"}</p></section> }
}
