//! Editing the lifter's copy of a program: its name, lifts and accessories,
//! weeks and days, each day's exercises, set groups and stages. Saved as a
//! custom program.
//!
//! One component per file; [`state::EditorState`] is the only state, in a
//! `use_reducer` here, changed only through [`state::EditorAction`]s that
//! run `program::edit` functions. Components get the state and a dispatch
//! callback from above and send actions up.

mod add_accessory;
mod add_exercise;
mod day_editor;
mod exercise_card;
mod group_fields;
mod increment_field;
mod lift_list;
mod lift_row;
mod name_field;
mod save_bar;
mod stage_card;
pub mod state;
mod week_day_nav;

use crate::components::field::Field;
use day_editor::day_editor;
use lift_list::LiftList;
use liftsheet_domain::program::edit::Draft;
use liftsheet_domain::program::Program;
use liftsheet_domain::{Step, Unit};
use name_field::program_name_field;
use save_bar::{save_bar, SaveBarProps};
use state::{EditorAction, EditorState, FieldKey, Parse};
use std::rc::Rc;
use week_day_nav::week_day_nav;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub program: Program,
    pub unit: Unit,
    /// The lifter's smallest plate pair (`edit::smallest_step`): an increase
    /// typed in the other unit rounds to it.
    pub step: Step,
    pub on_save: Callback<Program>,
    pub on_cancel: Callback<()>,
    /// The editor's heading: a copy, or the running program itself.
    #[prop_or(AttrValue::Static("Edit your copy"))]
    pub title: AttrValue,
}

/// What every part of the editor gets from above: the state to show and
/// where to send changes.
#[derive(Properties, PartialEq, Clone)]
pub struct EditorPart {
    pub state: Rc<EditorState>,
    pub dispatch: Callback<EditorAction>,
}

/// A text field bound to the draft: what is typed goes through `parse` into
/// an edit; text that doesn't parse stays shown with its message.
#[allow(clippy::too_many_arguments)]
pub(crate) fn bound_field(
    part: &EditorPart,
    key: FieldKey,
    id: String,
    label: String,
    value: String,
    inputmode: &'static str,
    unit: Option<&'static str>,
    parse: Parse,
) -> Html {
    let text = part.state.text(&key, || value);
    let error = part.state.error(&key);
    let oninput = {
        let dispatch = part.dispatch.clone();
        Callback::from(move |text: String| {
            dispatch.emit(EditorAction::Text {
                key: key.clone(),
                text,
                parse: parse.clone(),
            })
        })
    };
    html! {
        <Field id={id} label={label} value={text} {oninput} inputmode={inputmode}
            unit={unit.map(AttrValue::from)} {error} />
    }
}

/// A message under a part's buttons, if its last edit was refused.
pub(crate) fn part_message(part: &EditorPart, key: &FieldKey) -> Html {
    match part.state.error(key) {
        Some(error) => html! { <p class="field-error" role="alert">{ error }</p> },
        None => html! {},
    }
}

#[function_component]
pub fn ProgramEditor(props: &EditorProps) -> Html {
    let state = {
        let (program, unit, step) = (props.program.clone(), props.unit, props.step);
        use_reducer(move || EditorState::new(Draft::new(program, unit, step)))
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: EditorAction| state.dispatch(action))
    };
    let part = EditorPart {
        state: Rc::new((*state).clone()),
        dispatch,
    };
    let on_save = {
        let (cb, state) = (props.on_save.clone(), state.clone());
        Callback::from(move |()| cb.emit(state.program().clone()))
    };
    html! {
        <section class="card plan-editor no-print" aria-labelledby="plan-editor-title" data-transient="true">
            <h2 id="plan-editor-title">{ props.title.clone() }</h2>
            { program_name_field(&part) }
            <LiftList ..part.clone() />
            { week_day_nav(&part) }
            { day_editor(&part) }
            { save_bar(&SaveBarProps { problem: part.state.save_problem(), on_save, on_cancel: props.on_cancel.clone() }) }
        </section>
    }
}
