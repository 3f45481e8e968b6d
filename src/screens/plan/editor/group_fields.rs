//! One set group's fields: how many sets, the reps (exact, a range that
//! stays a range, AMRAP, or a timed hold), and the load.

use super::state::{EditorAction, FieldKey};
use super::{bound_field, part_message, EditorPart};
use crate::components::select_field::SelectField;
use liftsheet_domain::program::edit::{self, Draft, EditError, EditOp, NodeId};
use liftsheet_domain::program::{Load, Percent, Reps, SetGroup, SetScheme};
use liftsheet_domain::{Unit, Weight};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GroupFieldsProps {
    pub id: NodeId,
    /// "Deadlift sets 1".
    pub legend: String,
    pub part: EditorPart,
}

/// The group with `id` as the draft has it now.
fn group_of(draft: &Draft, id: NodeId) -> Option<&SetGroup> {
    let path = draft.path(id)?;
    let &[c, w, d, e, s, g] = path.as_slice() else {
        return None;
    };
    let exercise = draft
        .program()
        .cycles
        .get(c)?
        .weeks
        .get(w)?
        .days
        .get(d)?
        .exercises
        .get(e)?;
    match &exercise.sets {
        SetScheme::Fixed(groups) => groups.get(g),
        SetScheme::Staged(stages) => stages.get(s)?.sets.get(g),
    }
}

fn reps_kind(reps: Reps) -> &'static str {
    match reps {
        Reps::Exact(_) => "exact",
        Reps::Range(_) => "range",
        Reps::Amrap { .. } => "amrap",
        Reps::Hold { .. } => "hold",
    }
}

/// The reps a group gets when the lifter picks another kind.
fn reps_as(kind: &str, now: Reps) -> Option<Reps> {
    let n = if now.is_hold() { 5 } else { now.min().max(1) };
    Some(match kind {
        "exact" => Reps::Exact(n),
        "range" => Reps::range(n, now.top().max(n + 2)).ok()?,
        "amrap" => Reps::Amrap { min: n },
        "hold" => Reps::Hold { seconds: 30 },
        _ => return None,
    })
}

fn load_kind(load: Load) -> &'static str {
    match load {
        Load::Percent(_) => "percent",
        Load::PercentOfOneRepMax(_) => "percent_1rm",
        Load::Rpe(_) => "rpe",
        Load::Fixed(_) => "fixed",
        Load::Bodyweight => "bodyweight",
        Load::BodyweightPlus(_) => "bodyweight_plus",
    }
}

/// The load a group gets when the lifter picks another kind: its percentage
/// or weight carried over where there is one.
fn load_as(kind: &str, now: Load, unit: Unit) -> Option<Load> {
    let percent = match now {
        Load::Percent(p) | Load::PercentOfOneRepMax(p) => p,
        _ => Percent::whole(75),
    };
    let weight = now.written_weight().unwrap_or(match unit {
        Unit::Kg => Weight::kg(20.0),
        Unit::Lb => Weight::lb(45.0),
    });
    Some(match kind {
        "percent" => Load::Percent(percent),
        "percent_1rm" => Load::PercentOfOneRepMax(percent),
        "fixed" => Load::Fixed(weight),
        "bodyweight" => Load::Bodyweight,
        "bodyweight_plus" => Load::BodyweightPlus(weight),
        _ => return None,
    })
}

fn parse_weight(text: &str, unit: Unit) -> Result<Weight, EditError> {
    let w = Weight::parse(text, unit)?;
    if w.is_positive() {
        Ok(w)
    } else {
        Err(EditError::WeightNotPositive)
    }
}

pub fn group_fields(props: &GroupFieldsProps) -> Html {
    let part = &props.part;
    let id = props.id;
    let unit = part.state.draft.unit();
    let Some(group) = group_of(&part.state.draft, id) else {
        return html! {};
    };
    let field_id = |f: &str| format!("edit-{id}-{f}");
    let count = bound_field(
        part,
        FieldKey::Count(id),
        field_id("count"),
        "Sets".into(),
        group.count.to_string(),
        "numeric",
        None,
        Rc::new(move |t, _| Ok(EditOp::SetCount(id, edit::parse_whole(t, "Sets", 1, 100)?))),
    );
    let on_reps_kind = {
        let (dispatch, now) = (part.dispatch.clone(), group.reps);
        Callback::from(move |v: String| {
            if let Some(reps) = reps_as(&v, now) {
                dispatch.emit(EditorAction::Op(
                    EditOp::SetReps(id, reps),
                    FieldKey::Reps(id),
                ));
            }
        })
    };
    let reps_field =
        |label: &str, value: u32, top: bool, parse: fn(u32, Reps) -> Result<Reps, EditError>| {
            let (lo, hi) = match group.reps {
                Reps::Hold { .. } => (1, 600),
                Reps::Amrap { .. } => (0, 100),
                _ => (1, 100),
            };
            let what: &'static str = if top {
                "Most reps"
            } else if group.reps.is_hold() {
                "Seconds"
            } else {
                "Reps"
            };
            bound_field(
                part,
                if top {
                    FieldKey::RepsTop(id)
                } else {
                    FieldKey::Reps(id)
                },
                field_id(if top { "top" } else { "reps" }),
                label.into(),
                value.to_string(),
                "numeric",
                None,
                Rc::new(move |t, draft| {
                    let n = edit::parse_whole(t, what, lo, hi)?;
                    let now = group_of(draft, id).ok_or(EditError::Gone)?.reps;
                    Ok(EditOp::SetReps(id, parse(n, now)?))
                }),
            )
        };
    let reps = match group.reps {
        Reps::Exact(n) => reps_field("Reps", n, false, |n, _| Ok(Reps::Exact(n))),
        Reps::Amrap { min } => reps_field("At least (reps)", min, false, |n, _| {
            Ok(Reps::Amrap { min: n })
        }),
        Reps::Hold { seconds } => reps_field("Seconds", seconds, false, |n, _| {
            Ok(Reps::Hold { seconds: n })
        }),
        Reps::Range(r) => html! {
            <>
                { reps_field("Fewest reps", r.min(), false, |n, now| Ok(Reps::range(n, now.top())?)) }
                { reps_field("Most reps", r.max(), true, |n, now| Ok(Reps::range(now.min(), n)?)) }
            </>
        },
    };
    let on_load_kind = {
        let (dispatch, now) = (part.dispatch.clone(), group.load);
        Callback::from(move |v: String| {
            if let Some(load) = load_as(&v, now, unit) {
                dispatch.emit(EditorAction::Op(
                    EditOp::SetLoad(id, load),
                    FieldKey::Load(id),
                ));
            }
        })
    };
    let mut load_options: Vec<(AttrValue, AttrValue)> = vec![
        ("percent".into(), "% of max".into()),
        ("fixed".into(), "Fixed weight".into()),
        ("bodyweight".into(), "Bodyweight".into()),
        ("bodyweight_plus".into(), "Bodyweight + weight".into()),
    ];
    match group.load {
        Load::PercentOfOneRepMax(_) => {
            load_options.insert(1, ("percent_1rm".into(), "% of 1RM".into()))
        }
        Load::Rpe(_) => load_options.insert(1, ("rpe".into(), "RPE".into())),
        _ => {}
    }
    let load_value = match group.load {
        Load::Percent(p) | Load::PercentOfOneRepMax(p) => {
            let one_rm = matches!(group.load, Load::PercentOfOneRepMax(_));
            bound_field(
                part,
                FieldKey::Load(id),
                field_id("load"),
                "Percent".into(),
                p.number_text(),
                "decimal",
                None,
                Rc::new(move |t, _| {
                    let p = Percent::parse(t).map_err(|_| EditError::Percentage)?;
                    Ok(EditOp::SetLoad(
                        id,
                        if one_rm {
                            Load::PercentOfOneRepMax(p)
                        } else {
                            Load::Percent(p)
                        },
                    ))
                }),
            )
        }
        Load::Fixed(w) | Load::BodyweightPlus(w) => {
            let plus = matches!(group.load, Load::BodyweightPlus(_));
            bound_field(
                part,
                FieldKey::Load(id),
                field_id("load"),
                if plus { "Added weight" } else { "Weight" }.into(),
                w.to(unit).number(),
                "decimal",
                Some(unit.symbol()),
                Rc::new(move |t, _| {
                    let w = parse_weight(t, unit)?;
                    Ok(EditOp::SetLoad(
                        id,
                        if plus {
                            Load::BodyweightPlus(w)
                        } else {
                            Load::Fixed(w)
                        },
                    ))
                }),
            )
        }
        Load::Rpe(r) => {
            html! { <p class="muted small">{ format!("RPE {r}: the weight is picked on the day.") }</p> }
        }
        Load::Bodyweight => html! {},
    };
    let remove = {
        let dispatch = part.dispatch.clone();
        Callback::from(move |_| {
            dispatch.emit(EditorAction::Op(
                EditOp::RemoveGroup(id),
                FieldKey::Part(id),
            ))
        })
    };
    html! {
        <fieldset class="edit-group">
            <legend>{ props.legend.clone() }</legend>
            <div class="field-row">
                { count }
                <SelectField id={field_id("reps-kind")} label="Reps or hold" selected={reps_kind(group.reps)}
                    onchange={on_reps_kind}
                    options={vec![
                        ("exact".into(), "Reps".into()),
                        ("range".into(), "Rep range".into()),
                        ("amrap".into(), "As many as possible".into()),
                        ("hold".into(), "Timed hold".into()),
                    ]} />
                { reps }
            </div>
            <div class="field-row">
                <SelectField id={field_id("load-kind")} label="Loaded with" selected={load_kind(group.load)}
                    onchange={on_load_kind} options={load_options} />
                { load_value }
            </div>
            { part_message(part, &FieldKey::Part(id)) }
            <div class="actions">
                <button type="button" class="danger" aria-label={format!("Remove {}", props.legend)} onclick={remove}>{"Remove"}</button>
            </div>
        </fieldset>
    }
}
