//! The shared-program screen: preview a program from a link, adopt it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareScreenProps {
    /// The encoded payload from `#/share/<payload>`.
    pub payload: AttrValue,
}

#[function_component]
pub fn ShareScreen(_props: &ShareScreenProps) -> Html {
    html! { <section class="screen"><p>{"share"}</p></section> }
}
