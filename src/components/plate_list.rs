//! The plates on one side as a list a lifter reads while loading: one row per
//! plate size, heaviest first ("20 kg × 2").

use liftsheet_domain::plates::Loading;
use liftsheet_domain::Weight;
use yew::prelude::*;

/// One set's plates in a line: "Per side: 3x45/10", "Empty bar", or with
/// the total when the plates can't make the weight exactly ("Per side: 45
/// (= 135 lb)"). The Log's sets and the plates for a list of sets.
pub fn per_side_text(loading: &Loading) -> String {
    let side = loading.compact();
    if side.is_empty() {
        "Empty bar".into()
    } else if loading.is_exact() {
        format!("Per side: {side}")
    } else {
        format!("Per side: {side} (= {})", loading.total)
    }
}

/// The list for `plates`, one side's plates, innermost (heaviest) first.
///
/// A plain function, not a component: it has no state, and each component
/// type costs the first load its own copy of Yew's lifecycle code.
pub fn plate_list(plates: &[Weight]) -> Html {
    if plates.is_empty() {
        return html! { <p class="muted">{"No plates: just the bar."}</p> };
    }
    // Runs of equal plates, in loading order.
    let mut rows: Vec<(Weight, usize)> = Vec::new();
    for plate in plates {
        match rows.last_mut() {
            Some((w, n)) if w == plate => *n += 1,
            _ => rows.push((*plate, 1)),
        }
    }
    html! {
        <ul class="plate-list" aria-label="Plates on each side">
            { for rows.iter().map(|(weight, n)| html! {
                <li>
                    <span class="plate-chip">{ weight.to_string() }</span>
                    <span class="num">{ format!("× {n}") }</span>
                </li>
            }) }
        </ul>
    }
}
