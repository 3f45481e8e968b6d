//! The shown day's exercises, and adding a lift or an accessory to it.

use super::add_accessory::AddAccessory;
use super::add_exercise::AddExercise;
use super::exercise_card::{exercise_card, ExerciseCardProps};
use super::EditorPart;
use liftsheet_domain::program::edit::{DayAt, ExerciseAt};
use yew::prelude::*;

pub fn day_editor(part: &EditorPart) -> Html {
    let state = &part.state;
    let (Some(week), Some(day_id)) = (state.week_at(), state.day) else {
        return html! {};
    };
    let Some(day_index) = state.draft.day_ids(week).iter().position(|d| *d == day_id) else {
        return html! {};
    };
    let at = DayAt {
        week,
        day: day_index,
    };
    let day = &state.program().cycles[week.cycle].weeks[week.week].days[day_index];
    let ids = state.draft.exercise_ids(at);
    let count = ids.len();
    let cards = ids.into_iter().enumerate().map(|(i, id)| {
        html! {
            <key={id.0}>{ exercise_card(&ExerciseCardProps { id, at: ExerciseAt { day: at, exercise: i },
                first: i == 0, last: i + 1 == count, part: part.clone() }) }</>
        }
    });
    html! {
        <section class="edit-day-exercises" aria-labelledby="edit-day-title">
            <h3 id="edit-day-title">{ format!("{}: exercises", day.name) }</h3>
            if day.exercises.is_empty() {
                <p class="muted small">{"Nothing on this day yet. A day with nothing on it is skipped: remove it, or add an exercise."}</p>
            }
            { for cards }
            <AddExercise day={day_id} part={part.clone()} />
            <AddAccessory day={day_id} part={part.clone()} />
        </section>
    }
}
