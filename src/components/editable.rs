//! The one switch for read-only mode: controls that change the stored
//! document sit inside an [`Editable`], which disables them all while the
//! store can't be written (damaged, or from a newer version), with the reason
//! next to them. A disabled `<fieldset>` disables every input, select and
//! button inside it; links (navigation) and the export in the status banner
//! stay usable.

use crate::state::use_app;
use crate::storage::Persistence;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditableProps {
    #[prop_or_default]
    pub children: Html,
    /// Show the reason here (one place per screen says it).
    #[prop_or(true)]
    pub reason: bool,
}

#[function_component]
pub fn Editable(props: &EditableProps) -> Html {
    let app = use_app();
    let reason = match &app.persistence {
        Persistence::ReadOnly { reason } => Some(reason.clone()),
        _ => None,
    };
    html! {
        <fieldset class="editable" disabled={reason.is_some()}>
            if let Some(reason) = reason.filter(|_| props.reason) {
                <p class="notice warn read-only-reason" role="note">
                    { format!("Changes are off, nothing here can be saved: {reason}") }
                </p>
            }
            { props.children.clone() }
        </fieldset>
    }
}
