//! "Equipment per exercise": pick an exercise (the running program's lifts,
//! then what was logged, then the library), see what it is done with, and
//! change it in [`EquipmentForm`]. Below it, the lifter's own exercises,
//! each deletable while nothing refers to it ([`own_exercises`]).

use super::equipment_form::{words, EquipmentForm};
use crate::components::select_field::SelectField;
use crate::state::{equipment, exercises, use_app, Action, AppContext};
use liftsheet_domain::program::LiftKey;
use yew::prelude::*;

#[function_component]
pub fn EquipmentCard() -> Html {
    let app = use_app();
    let doc = &app.doc;
    let exercises = equipment::exercises(doc);
    let picked = use_state(|| exercises.first().map(|(k, _)| k.clone()));
    let key = (*picked)
        .clone()
        .filter(|k| exercises.iter().any(|(e, _)| e == k))
        .or_else(|| exercises.first().map(|(k, _)| k.clone()));
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |v: String| picked.set(Some(LiftKey::new(v))))
    };
    let form = key.as_ref().and_then(|key| {
        let name = exercises
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, n)| n.clone())?;
        let chosen = doc.equipment.get(key).is_some();
        let current = equipment::for_exercise(doc, key)
            .unwrap_or(liftsheet_domain::equipment::Equipment::Barbell);
        let now = words(&current, doc.settings.bar.bar);
        let status = if chosen {
            format!("{name}: {now}.")
        } else {
            format!("{name}: {now} (the default).")
        };
        let form_key = format!("{key}-{}", app.revision);
        Some(html! {
            <>
                <p class="small" aria-live="polite">{ status }</p>
                // Keyed by exercise and change: after a save or a reset the fields
                // start over from what is stored.
                <EquipmentForm key={form_key} exercise={key.clone()}
                    name={AttrValue::from(name)} {current} {chosen} />
            </>
        })
    });
    html! {
        <>
        <div class="card">
            <h2>{"Equipment per exercise"}</h2>
            <p class="muted small">{"A trap bar, a safety squat bar or your dumbbells: plates, warm-ups and planned weights follow what you set here."}</p>
            <SelectField id="equipment-exercise" label="Exercise"
                selected={AttrValue::from(key.as_ref().map(|k| k.as_str().to_string()).unwrap_or_default())}
                onchange={on_pick}
                options={exercises.iter().map(|(k, n)| (AttrValue::from(k.as_str().to_string()), AttrValue::from(n.clone()))).collect::<Vec<_>>()} />
            { form.unwrap_or_default() }
        </div>
        { own_exercises(&app) }
        </>
    }
}

/// "Your exercises": the ones the lifter added (or an import brought),
/// each with "Delete" while nothing refers to it, else why it stays
/// (`exercises::check_delete`). A deletion is marked in the document, so a
/// backup from another device doesn't bring it back. A plain function, not
/// a component of its own (each component type costs its own lifecycle code).
fn own_exercises(app: &AppContext) -> Html {
    let doc = &app.doc;
    if doc.exercises.is_empty() {
        return html! {};
    }
    let rows = doc.exercises.iter().map(|e| {
        let key = LiftKey::new(e.id.clone());
        let action = match exercises::check_delete(doc, &key) {
            Ok(()) => {
                let app = app.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    app.dispatch(Action::Exercises(exercises::Change::DeleteOwn(key.clone())))
                });
                html! {
                    <button type="button" class="button danger" {onclick}
                        aria-label={format!("Delete {}", e.name)}>{"Delete"}</button>
                }
            }
            Err(why) => html! { <span class="muted small">{ why.to_string() }</span> },
        };
        html! {
            <li>
                <span>{ &e.name }{" "}<span class="muted small">{ e.load.words() }</span></span>
                { action }
            </li>
        }
    });
    html! {
        <section class="card" aria-labelledby="own-exercises-title">
            <h2 id="own-exercises-title">{"Your exercises"}</h2>
            <p class="muted small">{"Exercises you added yourself. One you delete stays deleted on your other devices when you merge their backups."}</p>
            <ul class="own-exercises">{ for rows }</ul>
        </section>
    }
}
