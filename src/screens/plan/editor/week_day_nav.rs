//! Which week and day are shown, and the weeks and days themselves: add,
//! remove, move earlier or later, rename, and how many days each week has.

use super::state::{EditorAction, FieldKey};
use super::{bound_field, part_message, EditorPart};
use crate::components::select_field::SelectField;
use liftsheet_domain::program::edit::{self, Direction, EditOp, NodeId};
use std::rc::Rc;
use yew::prelude::*;

/// A select over parts by id: (id, name) pairs.
fn options(items: Vec<(NodeId, String)>) -> Vec<(AttrValue, AttrValue)> {
    items
        .into_iter()
        .map(|(id, name)| (id.0.to_string().into(), name.into()))
        .collect()
}

fn pick(dispatch: &Callback<EditorAction>, make: fn(NodeId) -> EditorAction) -> Callback<String> {
    let dispatch = dispatch.clone();
    Callback::from(move |v: String| {
        if let Ok(n) = v.parse::<u32>() {
            dispatch.emit(make(NodeId(n)));
        }
    })
}

/// A button showing `shown`, named `label` for assistive tech (the name
/// contains what is shown).
fn op_button(
    part: &EditorPart,
    label: &str,
    shown: &'static str,
    class: &'static str,
    op: EditOp,
    at: NodeId,
) -> Html {
    let onclick = {
        let dispatch = part.dispatch.clone();
        Callback::from(move |_| dispatch.emit(EditorAction::Op(op.clone(), FieldKey::Part(at))))
    };
    html! { <button type="button" {class} aria-label={label.to_string()} {onclick}>{ shown }</button> }
}

pub fn week_day_nav(part: &EditorPart) -> Html {
    let state = &part.state;
    let program = state.program();
    let draft = &state.draft;
    let cycle = state.cycle;
    let Some(week_at) = state.week_at() else {
        return html! {};
    };
    let (Some(week_id), Some(day_id)) = (state.week, state.day) else {
        return html! {};
    };
    let weeks = &program.cycles[cycle].weeks;
    let week = &weeks[week_at.week];
    let week_ids = draft.week_ids(cycle);
    let day_ids = draft.day_ids(week_at);
    let day_index = day_ids.iter().position(|d| *d == day_id).unwrap_or(0);
    let day = &week.days[day_index.min(week.days.len() - 1)];

    let cycle_select = (program.cycles.len() > 1).then(|| {
        let onchange = {
            let dispatch = part.dispatch.clone();
            Callback::from(move |v: String| {
                if let Ok(c) = v.parse::<usize>() {
                    dispatch.emit(EditorAction::ShowCycle(c));
                }
            })
        };
        let opts = program
            .cycles
            .iter()
            .enumerate()
            .map(|(i, c)| (i.to_string().into(), c.name.clone().into()))
            .collect::<Vec<(AttrValue, AttrValue)>>();
        html! { <SelectField id="edit-cycle" label="Cycle" selected={cycle.to_string()} {onchange} options={opts} /> }
    });
    let week_opts = options(
        week_ids
            .iter()
            .zip(weeks)
            .map(|(id, w)| (*id, w.name.clone()))
            .collect(),
    );
    let day_opts = options(
        day_ids
            .iter()
            .zip(&week.days)
            .map(|(id, d)| (*id, d.name.clone()))
            .collect(),
    );
    let week_name = bound_field(
        part,
        FieldKey::WeekName(week_id),
        format!("edit-{week_id}-name"),
        "Week name".into(),
        week.name.clone(),
        "text",
        None,
        Rc::new(move |text, _| {
            edit::check_name(text)?;
            Ok(EditOp::RenameWeek(week_id, text.to_string()))
        }),
    );
    let day_name = bound_field(
        part,
        FieldKey::DayName(day_id),
        format!("edit-{day_id}-name"),
        "Day name".into(),
        day.name.clone(),
        "text",
        None,
        Rc::new(move |text, _| {
            edit::check_name(text)?;
            Ok(EditOp::RenameDay(day_id, text.to_string()))
        }),
    );
    let days_per_week = bound_field(
        part,
        FieldKey::DaysPerWeek,
        "edit-days-per-week".into(),
        "Days a week".into(),
        week.days.len().to_string(),
        "numeric",
        None,
        Rc::new(move |text, _| {
            let days = edit::parse_whole(text, "Days a week", 1, 14)?;
            Ok(EditOp::SetDaysPerWeek { cycle, days })
        }),
    );
    html! {
        <section class="edit-layout" aria-labelledby="edit-layout-title">
            <h3 id="edit-layout-title">{"Weeks and days"}</h3>
            <div class="field-row">
                { cycle_select.unwrap_or_default() }
                <SelectField id="edit-week" label="Week" selected={week_id.0.to_string()}
                    onchange={pick(&part.dispatch, EditorAction::ShowWeek)} options={week_opts} />
                { days_per_week }
            </div>
            <fieldset class="edit-week">
                <legend>{ format!("Week: {}", week.name) }</legend>
                { week_name }
                <div class="actions">
                    { op_button(part, "Add week", "Add week", "", EditOp::AddWeek { cycle }, week_id) }
                    { op_button(part, "Move week earlier", "Earlier", "", EditOp::MoveWeek(week_id, Direction::Up), week_id) }
                    { op_button(part, "Move week later", "Later", "", EditOp::MoveWeek(week_id, Direction::Down), week_id) }
                    { op_button(part, "Remove this week", "Remove", "danger", EditOp::RemoveWeek(week_id), week_id) }
                </div>
                { part_message(part, &FieldKey::Part(week_id)) }
            </fieldset>
            <div class="field-row">
                <SelectField id="edit-day" label="Day" selected={day_id.0.to_string()}
                    onchange={pick(&part.dispatch, EditorAction::ShowDay)} options={day_opts} />
            </div>
            <fieldset class="edit-day">
                <legend>{ format!("Day: {}", day.name) }</legend>
                { day_name }
                <div class="actions">
                    { op_button(part, "Add day", "Add day", "", EditOp::AddDay { week: week_id }, day_id) }
                    { op_button(part, "Move day earlier", "Earlier", "", EditOp::MoveDay(day_id, Direction::Up), day_id) }
                    { op_button(part, "Move day later", "Later", "", EditOp::MoveDay(day_id, Direction::Down), day_id) }
                    // Several weeks: this week's day, or the day in every week.
                    if weeks.len() > 1 {
                        { op_button(part, "Remove this day from this week", "Remove (this week)", "danger", EditOp::RemoveDay(day_id), day_id) }
                        { op_button(part, "Remove this day from every week", "Remove (every week)", "danger", EditOp::RemoveDayEveryWeek(day_id), day_id) }
                    } else {
                        { op_button(part, "Remove this day", "Remove", "danger", EditOp::RemoveDay(day_id), day_id) }
                    }
                </div>
                { part_message(part, &FieldKey::Part(day_id)) }
            </fieldset>
        </section>
    }
}
