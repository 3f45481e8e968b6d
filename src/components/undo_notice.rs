//! The one undo offer: after a change that lost or moved data, a notice
//! fixed above the tab bar (never scrolled away with the set it was about)
//! says what happened and offers "Undo" until the next change.

use crate::state::{undo::Undone, use_app, Action};
use yew::prelude::*;

/// What happened, in the lifter's words.
fn said(what: Undone) -> &'static str {
    match what {
        Undone::SetRemoved => "Set removed.",
        Undone::SessionDiscarded => "Session discarded.",
        Undone::SessionDeleted => "Session deleted.",
        Undone::ProposalsApplied => "Changes applied.",
        Undone::ProposalsDismissed => "Proposed changes dismissed.",
        Undone::ProgramStopped => "Program stopped.",
        Undone::ProgramReplaced => "Program replaced.",
        Undone::ProgramEdited => "Program changed.",
        Undone::ProgramDeleted => "Program deleted.",
        Undone::Imported => "Sessions imported.",
        Undone::Restored => "Backup restored.",
    }
}

#[function_component]
pub fn UndoNotice() -> Html {
    let app = use_app();
    let Some(undo) = app.undo.as_ref() else {
        return html! {};
    };
    let on_undo = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Undo))
    };
    let on_close = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::DismissUndo))
    };
    html! {
        <div class="undo-notice no-print" role="status">
            <span>{ said(undo.what) }</span>
            <button type="button" class="button" onclick={on_undo}>{"Undo"}</button>
            <button type="button" class="icon-button" aria-label="Dismiss" onclick={on_close}>{"×"}</button>
        </div>
    }
}
