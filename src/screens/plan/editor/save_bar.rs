//! Save and cancel, with why the program can't be saved yet.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveBarProps {
    pub problem: Option<String>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

pub fn save_bar(props: &SaveBarProps) -> Html {
    let save = {
        let cb = props.on_save.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <>
            if let Some(problem) = &props.problem {
                <p class="notice error" role="alert">{ problem.clone() }</p>
            }
            <div class="actions">
                <button type="button" class="primary" disabled={props.problem.is_some()} onclick={save}>{"Save program"}</button>
                <button type="button" onclick={cancel}>{"Cancel"}</button>
            </div>
        </>
    }
}
