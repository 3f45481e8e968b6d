//! One stage of a staged exercise ("5s", "6×2+"): its name, its place in the
//! order a lift steps through, and its set groups.

use super::group_fields::{group_fields, GroupFieldsProps};
use super::state::{EditorAction, FieldKey};
use super::{bound_field, part_message, EditorPart};
use liftsheet_domain::program::edit::{self, Direction, EditOp, NodeId, StageAt};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StageCardProps {
    pub id: NodeId,
    pub at: StageAt,
    pub name: String,
    pub lift_name: String,
    pub part: EditorPart,
}

pub fn stage_card(props: &StageCardProps) -> Html {
    let (part, id) = (&props.part, props.id);
    let op = |op: EditOp| {
        let dispatch = part.dispatch.clone();
        Callback::from(move |_| dispatch.emit(EditorAction::Op(op.clone(), FieldKey::Part(id))))
    };
    let name = bound_field(
        part,
        FieldKey::StageName(id),
        format!("edit-{id}-stage-name"),
        "Stage name".into(),
        props.name.clone(),
        "text",
        None,
        Rc::new(move |t, _| {
            edit::check_name(t)?;
            Ok(EditOp::RenameStage(id, t.to_string()))
        }),
    );
    let groups = part.state.draft.group_ids(props.at);
    let add_group = op(EditOp::AddGroup { stage: id });
    html! {
        <fieldset class="edit-stage">
            <legend>{ format!("{}, stage {}: {}", props.lift_name, props.at.stage + 1, props.name) }</legend>
            { name }
            { for groups.iter().enumerate().map(|(i, g)| html! {
                <key={g.0}>{ group_fields(&GroupFieldsProps { id: *g, legend: format!("{} sets {}", props.name, i + 1), part: part.clone() }) }</>
            }) }
            <div class="actions">
                <button type="button" onclick={add_group}>{ format!("Add sets to {}", props.name) }</button>
                <button type="button" aria-label={format!("Move {} earlier", props.name)} onclick={op(EditOp::MoveStage(id, Direction::Up))}>{"Earlier"}</button>
                <button type="button" aria-label={format!("Move {} later", props.name)} onclick={op(EditOp::MoveStage(id, Direction::Down))}>{"Later"}</button>
                <button type="button" class="danger" aria-label={format!("Remove stage {}", props.name)} onclick={op(EditOp::RemoveStage(id))}>{"Remove"}</button>
            </div>
            { part_message(part, &FieldKey::Part(id)) }
        </fieldset>
    }
}
