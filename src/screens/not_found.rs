//! Shown for a fragment that names no screen.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    pub path: AttrValue,
}

pub fn not_found_screen(props: &NotFoundProps) -> Html {
    html! {
        <section class="screen">
            <h2>{"No such page"}</h2>
            <p>{ format!("Liftsheet has no page called “{}”.", props.path) }</p>
            <a class="button primary" href={Route::Calculator.href()}>{"Go to the calculator"}</a>
        </section>
    }
}
