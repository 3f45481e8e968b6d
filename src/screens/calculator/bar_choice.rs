//! "Bar": which bar the calculator's plates and warm-ups load, his barbell
//! or the bar of an exercise he set one for in Settings (a trap bar for
//! deadlifts). Only shown once he has set one; read from the open document
//! (these sections are in chunks that come after it).

use super::{setter, use_draft};
use crate::components::select_field::SelectField;
use crate::state::{equipment, use_app};
use liftsheet_domain::plates::BarSetup;
use yew::prelude::*;

/// What [`use_bar_choice`] gives a section.
pub struct BarChoice {
    /// The bar, plates and collars to load.
    pub setup: BarSetup,
    /// The select, or nothing when there is no other bar to pick.
    pub field: Html,
}

/// The bar picked under `id` (kept as this tab's draft), else `own`.
#[hook]
pub fn use_bar_choice(id: &'static str, own: &BarSetup) -> BarChoice {
    let app = use_app();
    let picked = use_draft(format!("calc.{id}"), String::new());
    let bars = equipment::own_bars(&app.doc);
    let setup = bars
        .iter()
        .find(|b| b.exercise.as_str() == picked.as_str())
        .map_or_else(|| own.clone(), |b| b.setup.clone());
    if bars.is_empty() {
        return BarChoice {
            setup,
            field: Html::default(),
        };
    }
    let mut options = vec![(
        AttrValue::from(""),
        AttrValue::from(format!("Your barbell ({})", own.bar)),
    )];
    options.extend(bars.iter().map(|b| {
        (
            AttrValue::from(b.exercise.as_str().to_string()),
            AttrValue::from(format!("{}: {}", b.name, b.bar)),
        )
    }));
    BarChoice {
        setup,
        field: html! {
            <SelectField id={id} label="Bar" selected={(*picked).clone()}
                onchange={setter(&picked)} {options} />
        },
    }
}
