//! The calculator screen.

use yew::prelude::*;

#[function_component]
pub fn CalculatorScreen() -> Html {
    html! { <section class="screen"><p>{"calculator"}</p></section> }
}
