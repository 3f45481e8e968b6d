//! One planned set as a table row: what the program asks, the weight and reps
//! ("240 lb × 5+"), and the plates per side.

use liftsheet_domain::program::plan::PlannedSet;
use liftsheet_domain::program::Load;
use liftsheet_domain::Weight;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlannedSetRowProps {
    /// 1-based set number within the exercise.
    pub number: usize,
    pub set: PlannedSet,
}

/// What the program asked for: "85%", "RPE 8", "fixed", "bodyweight", "BW+".
pub fn load_text(load: &Load) -> String {
    match load {
        Load::Percent(p) => p.to_string(),
        Load::PercentOfOneRepMax(p) => format!("{p} 1RM"),
        Load::Rpe(r) => format!("RPE {r}"),
        Load::Fixed(_) => "fixed".into(),
        Load::Bodyweight => "bodyweight".into(),
        Load::BodyweightPlus(_) => "BW+".into(),
    }
}

/// Plates per side, compactly: "45 25 5 lb", or "empty bar".
pub fn plates_text(per_side: &[Weight]) -> String {
    match per_side.last() {
        None => "empty bar".into(),
        Some(last) => {
            let numbers: Vec<String> = per_side.iter().map(|p| p.number()).collect();
            format!("{} {}", numbers.join(" "), last.unit())
        }
    }
}

/// The row as a component, for tests that mount it alone; the app calls
/// [`planned_set_row`] (size: no lifecycle code of its own).
#[function_component]
pub fn PlannedSetRow(props: &PlannedSetRowProps) -> Html {
    planned_set_row(props.number, &props.set)
}

pub fn planned_set_row(number: usize, set: &PlannedSet) -> Html {
    let reps = set.reps.to_string();
    let what = match (set.weight, set.load, set.reps.is_hold()) {
        (Some(w), Load::BodyweightPlus(_), _) => format!("BW + {w} × {reps}"),
        (Some(w), _, _) => format!("{w} × {reps}"),
        (None, _, true) => reps,
        (None, _, false) => format!("{reps} reps"),
    };
    let plates = match &set.loading {
        Some(loading) => plates_text(&loading.per_side),
        None => String::new(),
    };
    let mut class = classes!("planned-set");
    if set.reps.is_amrap() {
        class.push("amrap");
    }
    if set.optional {
        class.push("optional");
    }
    html! {
        <tr {class}>
            <td class="num muted">{ number }</td>
            <td class="num">{ load_text(&set.load) }</td>
            <td class="plan-what">
                <strong>{ what }</strong>
                if set.optional { <span class="muted small">{" optional"}</span> }
                if let Some(note) = &set.note { <span class="muted small">{ format!(" {note}") }</span> }
                if let Some(w) = set.unowned {
                    <span class="field-warn small unowned">{ format!(" {w} written, which you don't have") }</span>
                }
            </td>
            <td class="plates-text">{ plates }</td>
        </tr>
    }
}
