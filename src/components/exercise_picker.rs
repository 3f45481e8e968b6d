//! Choosing an exercise: a search over the library and the lifter's own
//! exercises, results as large buttons with a plain-words kind tag, and at
//! the end "Add “…” as your own exercise" with its kind.
//!
//! It emits the exercise picked; adding an own exercise goes through the
//! document's rule (`document::exercises`), with its refusal shown next to
//! the button.

use crate::components::select_field::SelectField;
use crate::state::{exercises, Action, AppContext};
use liftsheet_domain::exercise::search::{search, Rank};
use liftsheet_domain::exercise::{kind_tag, ExerciseRef, Implement, LoadKind};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Results shown at once; the rest wait for more typing.
const SHOWN: usize = 30;

/// The exercise the lifter picked (or just added as his own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picked {
    pub id: String,
    pub name: String,
    pub load: LoadKind,
    pub implement: Implement,
}

impl From<ExerciseRef<'_>> for Picked {
    fn from(e: ExerciseRef<'_>) -> Picked {
        Picked {
            id: e.id.to_string(),
            name: e.name.to_string(),
            load: e.load,
            implement: e.implement,
        }
    }
}

/// The kinds an own exercise can be, as the choice offers them.
const OWN_KINDS: &[(&str, &str, LoadKind, Implement)] = &[
    (
        "machine",
        "Machine or cable",
        LoadKind::Fixed,
        Implement::Machine,
    ),
    ("dumbbell", "Dumbbell", LoadKind::Fixed, Implement::Dumbbell),
    (
        "kettlebell",
        "Kettlebell",
        LoadKind::Fixed,
        Implement::Kettlebell,
    ),
    ("barbell", "Barbell", LoadKind::Barbell, Implement::Barbell),
    (
        "bodyweight",
        "Bodyweight + weight",
        LoadKind::BodyweightPlus,
        Implement::Bodyweight,
    ),
    (
        "timed",
        "Timed hold",
        LoadKind::Timed,
        Implement::Bodyweight,
    ),
];

#[derive(Properties, PartialEq)]
pub struct ExercisePickerProps {
    /// Prefix of the element ids (unique on the page).
    pub id: AttrValue,
    pub onpick: Callback<Picked>,
    /// Why the form can't go on without a pick, shown under the search.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[function_component]
pub fn ExercisePicker(props: &ExercisePickerProps) -> Html {
    // Without the app (a screen tested on its own) there are no own
    // exercises to search, and none can be added.
    let app = use_context::<AppContext>();
    let doc = app.as_ref().map(|a| a.doc.clone()).unwrap_or_default();
    let query = use_state(String::new);
    let kind = use_state(|| "machine");
    let own_error = use_state(|| None::<String>);
    let search_id = format!("{}-search", props.id);
    let list_id = format!("{}-results", props.id);
    let own = &doc.exercises;
    let hits = search(&query, own);
    let typed = query.trim().to_string();
    let exact = hits.first().is_some_and(|h| h.rank == Rank::Exact);

    let oninput = {
        let (query, own_error) = (query.clone(), own_error.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            own_error.set(None);
        })
    };
    let pick = |picked: Picked| {
        let (onpick, query) = (props.onpick.clone(), query.clone());
        Callback::from(move |_: MouseEvent| {
            onpick.emit(picked.clone());
            query.set(String::new());
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |v: String| {
            if let Some(k) = OWN_KINDS.iter().find(|k| k.0 == v) {
                kind.set(k.0);
            }
        })
    };
    let add_own = {
        let (app, query, kind, own_error, onpick) = (
            app.clone(),
            query.clone(),
            kind.clone(),
            own_error.clone(),
            props.onpick.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(app) = &app else { return };
            let Some(&(_, _, load, implement)) = OWN_KINDS.iter().find(|k| k.0 == *kind) else {
                return;
            };
            match exercises::check_name(&app.doc, &query) {
                Err(e) => own_error.set(Some(e.to_string())),
                Ok(name) => {
                    let id = exercises::new_id(&app.doc, &name);
                    app.dispatch(Action::Exercises(exercises::Change::AddOwn {
                        name: name.clone(),
                        load,
                        implement,
                    }));
                    onpick.emit(Picked {
                        id,
                        name,
                        load,
                        implement,
                    });
                    query.set(String::new());
                    own_error.set(None);
                }
            }
        })
    };
    let more = hits.len().saturating_sub(SHOWN);
    let error_id = format!("{}-error", props.id);
    let own_error_id = format!("{}-own-error", props.id);
    html! {
        <div class="exercise-picker">
            <div class="field">
                <label for={search_id.clone()}>{"Search exercises"}</label>
                <input id={search_id} type="search" autocomplete="off" enterkeyhint="search"
                    value={(*query).clone()} aria-controls={list_id.clone()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={props.error.is_some().then(|| error_id.clone())}
                    {oninput} />
                if let Some(error) = &props.error {
                    <p class="field-error" id={error_id}>{ error.clone() }</p>
                }
            </div>
            <ul class="picker-list" id={list_id} aria-label="Exercises found">
                { for hits.iter().take(SHOWN).map(|hit| {
                    let e = hit.exercise;
                    let tag = if e.own { format!("{}, yours", kind_tag(e.load, e.implement)) } else { kind_tag(e.load, e.implement).to_string() };
                    html! {
                        <li key={e.id.to_string()}>
                            <button type="button" onclick={pick(e.into())}
                                aria-label={format!("{}, {tag}", e.name)}>
                                <span>{ e.name.to_string() }</span>
                                <span class="muted small">{ tag }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if more > 0 {
                <p class="muted small">{ format!("{more} more: type more of the name.") }</p>
            } else if hits.is_empty() {
                <p class="muted small">{ format!("Nothing in the library matches “{typed}”.") }</p>
            }
            if app.is_some() && !typed.is_empty() && !exact {
                <div class="picker-own">
                    <SelectField id={format!("{}-own-kind", props.id)} label="Kind of exercise"
                        selected={*kind} onchange={on_kind}
                        options={OWN_KINDS.iter().map(|k| (AttrValue::from(k.0), AttrValue::from(k.1))).collect::<Vec<_>>()} />
                    <button type="button" onclick={add_own}
                        aria-describedby={own_error.is_some().then(|| own_error_id.clone())}>
                        { format!("Add “{typed}” as your own exercise") }
                    </button>
                    if let Some(error) = &*own_error {
                        <p class="field-error" id={own_error_id}>{ error.clone() }</p>
                    }
                </div>
            }
        </div>
    }
}
