//! An exercise's weekly volume (sets × reps × load) as bars, and its sets and
//! hard sets per week in a table. A bodyweight exercise's volume counts the
//! lifter's bodyweight; without one logged it is unknown, and the card says
//! how to count it rather than "0 kg".

use crate::components::time_chart::{ChartKind, TimeChart};
use crate::state::use_app;
use liftsheet_domain::records::chart::date_label;
use liftsheet_domain::records::library_bodyweight_plus;
use liftsheet_domain::records::progress::{Volume, WeekVolume};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VolumeCardProps {
    /// The exercise's key.
    pub lift: AttrValue,
    pub name: AttrValue,
    /// Its weekly volume (worked out ahead: history/view.rs).
    pub weeks: Rc<Vec<WeekVolume>>,
}

/// What to do about a volume that needs a bodyweight (the words).
const NEEDS_BODYWEIGHT: &str = "log your bodyweight to count these";

#[function_component]
pub fn VolumeCard(props: &VolumeCardProps) -> Html {
    let app = use_app();
    let unit = app.doc.settings.unit;
    let weeks = props.weeks.clone();
    // Drawn when the lifter opens it (a row a week: 520 for ten years).
    let table = use_callback(
        (weeks.clone(), props.name.clone(), unit),
        |(), (weeks, name, unit)| {
            html! {
                <table class="table">
                    <caption class="visually-hidden">{ format!("{name} volume and hard sets per week") }</caption>
                    <thead><tr>
                        <th scope="col">{"Week of"}</th>
                        <th scope="col" class="num">{ format!("Volume ({unit})") }</th>
                        <th scope="col" class="num">{"Sets"}</th>
                        <th scope="col" class="num">{"Hard sets"}</th>
                    </tr></thead>
                    <tbody>
                        { for weeks.iter().rev().map(|w| html! {
                            <tr>
                                <td>{ w.week.monday.to_string() }</td>
                                // A week of unknown volume: a dash, not 0.
                                <td class="num">{ w.volume.known().map_or_else(|| "–".to_string(), |v| v.number()) }</td>
                                <td class="num">{ w.sets }</td>
                                <td class="num">{ w.hard_sets }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        },
    );
    let Some(latest) = weeks.last() else {
        return html! {};
    };
    // Weeks of unknown volume have no bar (a zero bar would say "nothing").
    let points = Rc::new(
        weeks
            .iter()
            .filter_map(|w| Some((w.week.monday, w.volume.known()?)))
            .collect::<Vec<_>>(),
    );
    let id = format!("volume-{}", props.lift);
    let sets = match latest.sets {
        1 => "1 set".to_string(),
        n => format!("{n} sets"),
    };
    let volume = match latest.volume {
        Volume::Known(w) => format!("volume {w}"),
        Volume::NeedsBodyweight => format!("volume: {NEEDS_BODYWEIGHT}"),
    };
    let latest_text = format!(
        "Week of {}: {sets}, {} hard; {volume}.",
        date_label(latest.week.monday, 0),
        latest.hard_sets,
    );
    let how = if library_bodyweight_plus(&props.lift) {
        "Volume is sets × reps × weight of every set but warm-ups; the weight is your \
         bodyweight on the day plus what you add."
    } else {
        "Volume is sets × reps × weight of every set but warm-ups."
    };
    html! {
        <section class="volume" aria-labelledby={format!("{id}-heading")}>
            <h3 id={format!("{id}-heading")}>{"Weekly volume"}</h3>
            <p class="small">{ latest_text }</p>
            // With no week's volume known there is nothing to chart: the
            // line above says why.
            <TimeChart subject={format!("{} weekly volume", props.name)} {id} {points} {unit}
                kind={ChartKind::WeeklyBars} value_heading="Volume" empty="" table={Some(table)} />
            <p class="small muted">{ format!("{how} A hard set is one at RPE 7 or more, or with no RPE logged.") }</p>
        </section>
    }
}
