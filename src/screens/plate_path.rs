//! "Plates for a session": the weights of one exercise's sets in order (a
//! warm-up ladder, work sets, back-offs) to the plates on each side of the
//! lifter's bar, each set built on the last (the fewest plates moved,
//! `plates::path`), with what changes between them. Opened from the
//! calculator's Plates card; part of the full app, not the first load.

use crate::components::bar_diagram::{bar_diagram, DiagramSize};
use crate::components::field::Field;
use crate::components::plate_list::per_side_text;
use crate::screens::calculator::plates::setup_words;
use crate::state::use_app;
use liftsheet_domain::plates::{self, Aim};
use yew::prelude::*;

#[function_component]
pub fn PlatePathScreen() -> Html {
    let app = use_app();
    let settings = &app.doc.settings;
    let (unit, setup) = (settings.unit, &settings.bar);
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |v: String| text.set(v))
    };
    let typed = (!text.trim().is_empty()).then(|| plates::parse_targets(&text, unit));
    let error = match &typed {
        Some(Err(e)) => Some(AttrValue::from(e.to_string())),
        _ => None,
    };
    let result = match typed {
        Some(Ok(targets)) => match plates::path(setup, &targets, Aim::AtOrBelow) {
            Ok(path) => html! {
                <ol class="plate-path" aria-label="Plates, set by set">
                    { for path.iter().zip(&targets).enumerate().map(|(i, (set, target))| {
                        let loaded = per_side_text(&set.loading);
                        html! {
                            <li>
                                <p class="plate-path-head">
                                    <strong>{ target.to_string() }</strong>
                                    if i > 0 { <span class="plate-change">{ set.change.words(set.loading.total.unit()) }</span> }
                                </p>
                                <p class="plates-text small">{ loaded }</p>
                                { bar_diagram(&set.loading.per_side, setup.collar, DiagramSize::Small) }
                            </li>
                        }
                    }) }
                </ol>
            },
            Err(e) => html! { <p class="notice error" role="status">{ e.to_string() }</p> },
        },
        _ => html! {
            <p class="muted">{"Type the weights of one exercise's sets in order: each set's plates build on the last, with the fewest plates moved."}</p>
        },
    };
    html! {
        <section class="screen">
            <div class="card">
                <h2>{"Plates for a list of sets"}</h2>
                <Field id="path-weights" label="Weights, in order" unit={unit.symbol()} inputmode="text"
                    value={(*text).clone()} {oninput} error={error}
                    hint={AttrValue::from("Like 135, 185, 225, 275, 315. Repeat a weight for each set at it.")} />
                <p class="muted small">
                    { setup_words(setup) }{" · "}<a href="#/settings">{"Change bar and plates"}</a>
                </p>
                { result }
            </div>
        </section>
    }
}
