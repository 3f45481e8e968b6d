//! One exercise on the shown day: moving and removing it, its set groups
//! (a fixed scheme) or its stages (a staged one), and adding either.

use super::group_fields::{group_fields, GroupFieldsProps};
use super::stage_card::{stage_card, StageCardProps};
use super::state::{EditorAction, FieldKey};
use super::{part_message, EditorPart};
use liftsheet_domain::program::edit::{Direction, EditOp, ExerciseAt, NodeId, StageAt};
use liftsheet_domain::program::{Role, SetScheme};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExerciseCardProps {
    pub id: NodeId,
    pub at: ExerciseAt,
    pub first: bool,
    pub last: bool,
    pub part: EditorPart,
}

pub fn exercise_card(props: &ExerciseCardProps) -> Html {
    let (part, id, at) = (&props.part, props.id, props.at);
    let program = part.state.program();
    let Some(exercise) = program
        .cycles
        .get(at.day.week.cycle)
        .and_then(|c| c.weeks.get(at.day.week.week))
        .and_then(|w| w.days.get(at.day.day))
        .and_then(|d| d.exercises.get(at.exercise))
    else {
        return html! {};
    };
    // Several weeks: removing asks "this week or every week".
    let several_weeks = program
        .cycles
        .get(at.day.week.cycle)
        .is_some_and(|c| c.weeks.len() > 1);
    let name = program
        .lift(&exercise.lift)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| exercise.lift.to_string());
    let role = match exercise.role {
        Role::Main => "Main work",
        Role::Supplemental => "Supplemental",
        Role::Accessory => "Accessory",
    };
    let op = |op: EditOp| {
        let dispatch = part.dispatch.clone();
        Callback::from(move |_| dispatch.emit(EditorAction::Op(op.clone(), FieldKey::Part(id))))
    };
    let stage_ids = part.state.draft.stage_ids(at);
    let body = match &exercise.sets {
        SetScheme::Fixed(_) => {
            let stage = StageAt {
                exercise: at,
                stage: 0,
            };
            let groups = part.state.draft.group_ids(stage);
            let add_group = stage_ids
                .first()
                .map(|s| op(EditOp::AddGroup { stage: *s }))
                .unwrap_or_default();
            html! {
                <>
                    { for groups.iter().enumerate().map(|(i, g)| html! {
                        <key={g.0}>{ group_fields(&GroupFieldsProps { id: *g, legend: format!("{name} sets {}", i + 1), part: part.clone() }) }</>
                    }) }
                    <div class="actions">
                        <button type="button" onclick={add_group}>{ format!("Add sets to {name}") }</button>
                        <button type="button" onclick={op(EditOp::AddStage { exercise: id, name: "Stage 2".into() })}>
                            { format!("Split {name} into stages") }
                        </button>
                    </div>
                </>
            }
        }
        SetScheme::Staged(stages) => {
            let next = format!("Stage {}", stages.len() + 1);
            html! {
                <>
                    <p class="muted small">{"The lift moves to its next stage when it fails, as its progression says."}</p>
                    { for stages.iter().zip(&stage_ids).enumerate().map(|(i, (stage, sid))| html! {
                        <key={sid.0}>{ stage_card(&StageCardProps { id: *sid, at: StageAt { exercise: at, stage: i },
                            name: stage.name.clone(), lift_name: name.clone(), part: part.clone() }) }</>
                    }) }
                    <button type="button" onclick={op(EditOp::AddStage { exercise: id, name: next })}>
                        { format!("Add a stage to {name}") }
                    </button>
                </>
            }
        }
    };
    let title_id = format!("edit-{id}-title");
    html! {
        <article class="edit-exercise" aria-labelledby={title_id.clone()}>
            <h4 id={title_id}>{ name.clone() }<span class="muted small">{ format!(" · {role}") }</span></h4>
            { body }
            <div class="actions">
                <button type="button" disabled={props.first} aria-label={format!("Move {name} up")} onclick={op(EditOp::MoveExercise(id, Direction::Up))}>{"Up"}</button>
                <button type="button" disabled={props.last} aria-label={format!("Move {name} down")} onclick={op(EditOp::MoveExercise(id, Direction::Down))}>{"Down"}</button>
                if several_weeks {
                    <button type="button" class="danger" aria-label={format!("Remove {name} from this day, this week")} onclick={op(EditOp::RemoveExercise(id))}>{"Remove (this week)"}</button>
                    <button type="button" class="danger" aria-label={format!("Remove {name} from this day, every week")} onclick={op(EditOp::RemoveExerciseEveryWeek(id))}>{"Remove (every week)"}</button>
                } else {
                    <button type="button" class="danger" aria-label={format!("Remove {name} from this day")} onclick={op(EditOp::RemoveExercise(id))}>{"Remove"}</button>
                }
            </div>
            { part_message(part, &FieldKey::Part(id)) }
        </article>
    }
}
