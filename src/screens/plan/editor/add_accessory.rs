//! Adding an accessory to the shown day: an exercise picked from the library
//! or the lifter's own (which sets how it is loaded and whether it is held
//! for time), how it is loaded (a fixed weight, bodyweight, bodyweight plus
//! added weight), sets, and reps, a rep range or a timed hold. It asks for
//! no max.

use super::state::{EditorAction, FieldKey};
use super::{part_message, EditorPart};
use crate::components::exercise_picker::{ExercisePicker, Picked};
use crate::components::field::Field;
use crate::components::select_field::SelectField;
use crate::state::{Action, AppContext};
use liftsheet_domain::document::equipment::{self, Change};
use liftsheet_domain::equipment::{Equipment, Fit};
use liftsheet_domain::exercise::{kind_tag, LoadKind};
use liftsheet_domain::program::edit::{
    self, sets::check_reps, Accessory, AccessoryLoad, EditError, EditOp, NodeId,
};
use liftsheet_domain::program::{LiftKey, Reps};
use liftsheet_domain::{Unit, Weight};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddAccessoryProps {
    pub day: NodeId,
    pub part: EditorPart,
}

/// What the form holds, as typed.
#[derive(Clone, PartialEq)]
struct Form {
    name: String,
    /// The picked exercise's id: whose equipment the weight is checked with.
    exercise: Option<LiftKey>,
    load: &'static str,
    weight: String,
    /// The unit the weight is in: the program's, unless he picks the other
    /// (a 24 kg kettlebell in an lb gym) or writes it after the number.
    unit: Option<Unit>,
    sets: String,
    reps_kind: &'static str,
    reps: String,
    top: String,
    /// The picked exercise's kind in words ("barbell", "timed hold").
    tag: &'static str,
}

impl Form {
    fn new() -> Form {
        Form {
            name: String::new(),
            exercise: None,
            load: "fixed",
            weight: String::new(),
            unit: None,
            sets: "3".into(),
            reps_kind: "exact",
            reps: "10".into(),
            top: "12".into(),
            tag: "",
        }
    }

    fn load(&self, unit: Unit) -> Result<AccessoryLoad, EditError> {
        let weight = || -> Result<Weight, EditError> {
            let w = Weight::parse(&self.weight, self.unit.unwrap_or(unit))?;
            if w.is_positive() {
                Ok(w)
            } else {
                Err(EditError::WeightNotPositive)
            }
        };
        Ok(match self.load {
            "bodyweight" => AccessoryLoad::Bodyweight,
            "bodyweight_plus" => AccessoryLoad::BodyweightPlus(weight()?),
            _ => AccessoryLoad::Fixed(weight()?),
        })
    }

    /// The form after picking `picked`: its name, and the load and reps its
    /// kind takes (a timed hold is held at bodyweight; a barbell or a fixed
    /// implement at a written weight).
    fn picked(&self, picked: &Picked) -> Form {
        let mut next = self.clone();
        next.name.clone_from(&picked.name);
        next.exercise = Some(LiftKey::new(picked.id.clone()));
        next.load = match picked.load {
            LoadKind::Timed => "bodyweight",
            LoadKind::BodyweightPlus => "bodyweight_plus",
            LoadKind::Barbell | LoadKind::Fixed => "fixed",
        };
        if picked.load == LoadKind::Timed {
            if next.reps_kind != "hold" {
                next.reps = "30".into();
            }
            next.reps_kind = "hold";
        } else if next.reps_kind == "hold" {
            next.reps_kind = "exact";
            next.reps = "10".into();
        }
        // Another kind of load: the last accessory's weight means nothing
        // here (275 lb of block pulls is not a chin-up's added weight).
        if next.load != self.load {
            next.weight.clear();
        }
        next.tag = kind_tag(picked.load, picked.implement);
        next
    }

    fn reps(&self) -> Result<Reps, EditError> {
        let reps = match self.reps_kind {
            "range" => {
                let min = edit::parse_whole(&self.reps, "Fewest reps", 1, 100)?;
                let max = edit::parse_whole(&self.top, "Most reps", 1, 100)?;
                Reps::range(min, max)?
            }
            "hold" => Reps::Hold {
                seconds: edit::parse_whole(&self.reps, "Seconds", 1, 600)?,
            },
            _ => Reps::Exact(edit::parse_whole(&self.reps, "Reps", 1, 100)?),
        };
        check_reps(reps)
    }
}

/// Says that the lifter owns no `typed` of `owned`, and names the nearest he
/// has: "53 lb: your kettlebells are 50 and 60 lb".
fn not_owned(
    owned: &Equipment,
    typed: Weight,
    lighter: Option<Weight>,
    heavier: Option<Weight>,
) -> String {
    let (noun, one) = match owned {
        Equipment::Dumbbells(_) => ("dumbbells", "dumbbell"),
        Equipment::Kettlebells(_) => ("kettlebells", "kettlebell"),
        _ => ("machine's pins", "pin"),
    };
    let nearest = match (lighter, heavier) {
        (Some(l), Some(h)) if l.unit() == h.unit() => {
            format!("your {noun} are {} and {h}", l.number())
        }
        (Some(l), Some(h)) => format!("your {noun} are {l} and {h}"),
        (Some(l), None) => format!("your heaviest {one} is {l}"),
        (None, Some(h)) => format!("your lightest {one} is {h}"),
        (None, None) => format!("you have no {noun}"),
    };
    format!("{typed}: {nearest}.")
}

#[function_component]
pub fn AddAccessory(props: &AddAccessoryProps) -> Html {
    // The document's equipment, when the editor runs in the app (its
    // component tests mount it alone).
    let app = use_context::<AppContext>();
    let form = use_state(Form::new);
    // Messages per field, shown after "Add accessory" is pressed.
    let errors = use_state(|| None::<[Option<String>; 4]>);
    let unit = props.part.state.draft.unit();
    let id = |f: &str| format!("edit-{}-acc-{f}", props.day);
    let set = |f: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
        })
    };
    let pick = |f: fn(&mut Form, &'static str), choices: &'static [&'static str]| {
        let form = form.clone();
        Callback::from(move |v: String| {
            if let Some(c) = choices.iter().find(|c| **c == v) {
                let mut next = (*form).clone();
                f(&mut next, c);
                form.set(next);
            }
        })
    };
    let on_pick = {
        let form = form.clone();
        Callback::from(move |picked: Picked| form.set(form.picked(&picked)))
    };
    let add = {
        let (form, errors, dispatch, day) = (
            form.clone(),
            errors.clone(),
            props.part.dispatch.clone(),
            props.day,
        );
        Callback::from(move |_| {
            let name = edit::check_name(&form.name).map_err(EditError::from);
            let load = form.load(unit);
            let sets = edit::parse_whole(&form.sets, "Sets", 1, 100);
            let reps = form.reps();
            match (name, load, sets, reps) {
                (Ok(()), Ok(load), Ok(sets), Ok(reps)) => {
                    errors.set(None);
                    dispatch.emit(EditorAction::Op(
                        EditOp::AddAccessory {
                            day,
                            accessory: Accessory {
                                name: form.name.trim().to_string(),
                                load,
                                sets,
                                reps,
                            },
                        },
                        FieldKey::NewAccessory(day),
                    ));
                    form.set(Form {
                        name: String::new(),
                        ..(*form).clone()
                    });
                }
                (name, load, sets, reps) => errors.set(Some([
                    name.err().map(|e| {
                        if form.name.trim().is_empty() {
                            "Pick an exercise, or add your own.".to_string()
                        } else {
                            e.to_string()
                        }
                    }),
                    load.err().map(|e| e.to_string()),
                    sets.err().map(|e| e.to_string()),
                    reps.err().map(|e| e.to_string()),
                ])),
            }
        })
    };
    let error = |i: usize| {
        errors
            .as_ref()
            .and_then(|e| e[i].clone())
            .map(AttrValue::from)
    };
    let f = &*form;
    let needs_weight = f.load != "bodyweight";
    let weight_unit = f.unit.unwrap_or(unit);
    // A fixed weight he doesn't own is said next to the field, never
    // silently planned at the nearest, and can be added in one tap.
    let owned = app
        .as_ref()
        .zip(f.exercise.as_ref())
        .and_then(|(app, id)| equipment::for_exercise(&app.doc, id));
    let missing = match (&owned, Weight::parse(&f.weight, weight_unit)) {
        (Some(owned), Ok(typed)) if f.load == "fixed" && typed.is_positive() => {
            match owned.fit(typed) {
                Fit::Missing { lighter, heavier } => {
                    Some((typed, not_owned(owned, typed, lighter, heavier)))
                }
                Fit::Owned => None,
            }
        }
        _ => None,
    };
    let add_owned = missing.as_ref().and_then(|(typed, _)| {
        let (app, id) = (app.clone()?, f.exercise.clone()?);
        let more = owned.as_ref()?.with(*typed)?.ok()?;
        let noun = if matches!(more, Equipment::Dumbbells(_)) {
            "dumbbells"
        } else {
            "kettlebells"
        };
        let label = format!("Add {typed} to your {noun}");
        let onclick = Callback::from(move |_| {
            app.dispatch(Action::Equipment(Change::Set {
                exercise: id.clone(),
                equipment: more.clone(),
            }))
        });
        Some(html! { <button type="button" class="button" {onclick}>{ label }</button> })
    });
    let (reps_label, top) = match f.reps_kind {
        "range" => ("Fewest reps", true),
        "hold" => ("Seconds", false),
        _ => ("Reps", false),
    };
    html! {
        <fieldset class="edit-add-accessory">
            <legend>{"Add an accessory"}</legend>
            <p class="muted small">{"At a fixed weight, bodyweight, or as a timed hold: it needs no max."}</p>
            <ExercisePicker id={id("pick")} onpick={on_pick} error={error(0)} />
            <p aria-live="polite">
                if f.name.is_empty() {
                    {"No exercise picked yet."}
                } else {
                    {"Picked: "}<strong>{ f.name.clone() }</strong>
                    <span class="muted small">{ format!(" ({})", f.tag) }</span>
                }
            </p>
            <SelectField id={id("load")} label="Loaded with" selected={f.load}
                    onchange={pick(|f, v| f.load = v, &["fixed", "bodyweight", "bodyweight_plus"])}
                    options={vec![
                        ("fixed".into(), "Fixed weight".into()),
                        ("bodyweight".into(), "Bodyweight".into()),
                        ("bodyweight_plus".into(), "Bodyweight + weight".into()),
                    ]} />
            if needs_weight {
                <div class="weight-with-unit">
                    <Field id={id("weight")} label={if f.load == "fixed" { "Weight" } else { "Added weight" }}
                        unit={AttrValue::from(weight_unit.symbol())} value={f.weight.clone()}
                        oninput={set(|f, v| f.weight = v)} error={error(1)}
                        warning={missing.map(|(_, words)| AttrValue::from(words))} />
                    <SelectField id={id("unit")} label="In" selected={weight_unit.symbol()}
                        onchange={{
                            let form = form.clone();
                            Callback::from(move |v: String| {
                                let mut next = (*form).clone();
                                next.unit = Unit::from_symbol(&v);
                                form.set(next);
                            })
                        }}
                        options={vec![
                            (unit.symbol().into(), unit.symbol().into()),
                            (unit.other().symbol().into(), unit.other().symbol().into()),
                        ]} />
                </div>
            }
            { add_owned.unwrap_or_default() }
            <div class="field-row">
                <Field id={id("sets")} label="Sets" inputmode="numeric" value={f.sets.clone()}
                    oninput={set(|f, v| f.sets = v)} error={error(2)} />
                <SelectField id={id("reps-kind")} label="Reps or hold" selected={f.reps_kind}
                    onchange={pick(|f, v| f.reps_kind = v, &["exact", "range", "hold"])}
                    options={vec![
                        ("exact".into(), "Reps".into()),
                        ("range".into(), "Rep range".into()),
                        ("hold".into(), "Timed hold".into()),
                    ]} />
                <Field id={id("reps")} label={reps_label} inputmode="numeric" value={f.reps.clone()}
                    oninput={set(|f, v| f.reps = v)} error={if top { None } else { error(3) }} />
                if top {
                    <Field id={id("top")} label="Most reps" inputmode="numeric" value={f.top.clone()}
                        oninput={set(|f, v| f.top = v)} error={error(3)} />
                }
            </div>
            <button type="button" onclick={add}>{"Add accessory"}</button>
            { part_message(&props.part, &FieldKey::NewAccessory(props.day)) }
        </fieldset>
    }
}
