//! Editing the lifter's copy of a program: name, lifts (add, rename, remove,
//! increase per success), and each day's exercises and sets (count, reps,
//! AMRAP, percentage or fixed weight). Saved as a custom program.

use crate::components::field::Field;
use crate::components::select_field::SelectField;
use liftsheet_domain::program::edit;
use liftsheet_domain::program::{Load, Percent, Program, Reps, SetGroup, SetScheme};
use liftsheet_domain::{Unit, Weight};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub program: Program,
    pub unit: Unit,
    pub on_save: Callback<Program>,
    pub on_cancel: Callback<()>,
}

/// Parses a field's text into the draft, or says what is wrong with it.
type Parse = Rc<dyn Fn(&str, &mut Program) -> Result<(), String>>;

/// Which set group of which exercise of the day being edited.
#[derive(Clone, Copy, PartialEq)]
struct At {
    cycle: usize,
    week: usize,
    day: usize,
    exercise: usize,
    group: usize,
}

fn groups_mut(p: &mut Program, at: At) -> Option<&mut Vec<SetGroup>> {
    let e = p
        .cycles
        .get_mut(at.cycle)?
        .weeks
        .get_mut(at.week)?
        .days
        .get_mut(at.day)?
        .exercises
        .get_mut(at.exercise)?;
    match &mut e.sets {
        SetScheme::Fixed(groups) => Some(groups),
        SetScheme::Staged(_) => None,
    }
}

fn parse_count(t: &str, what: &str) -> Result<u32, String> {
    match t.trim().parse::<u32>() {
        Ok(n) if (1..=100).contains(&n) => Ok(n),
        _ => Err(format!("{what}: a whole number from 1 to 100.")),
    }
}

fn parse_load(t: &str, old: Load, unit: Unit) -> Result<Load, String> {
    match old {
        Load::Percent(_) | Load::PercentOfOneRepMax(_) => {
            let v: f64 = t
                .trim()
                .parse()
                .map_err(|_| "Enter a percentage.".to_string())?;
            let p = Percent::new(v).map_err(|e| e.to_string())?;
            if p.hundredths() == 0 || p > Percent::whole(200) {
                return Err("Use 1 to 200 %.".into());
            }
            Ok(match old {
                Load::PercentOfOneRepMax(_) => Load::PercentOfOneRepMax(p),
                _ => Load::Percent(p),
            })
        }
        Load::Fixed(_) => match Weight::parse(t, unit) {
            Ok(w) if w.is_positive() => Ok(Load::Fixed(w)),
            Ok(_) => Err("A weight above zero.".into()),
            Err(e) => Err(e.to_string()),
        },
        other => Ok(other),
    }
}

fn load_value(load: Load, unit: Unit) -> String {
    match load {
        Load::Percent(p) | Load::PercentOfOneRepMax(p) => p.value().to_string(),
        Load::Fixed(w) => w.to(unit).number(),
        Load::Rpe(r) => r.to_string(),
        Load::Bodyweight => String::new(),
    }
}

#[function_component]
pub fn ProgramEditor(props: &EditorProps) -> Html {
    let draft = use_state(|| props.program.clone());
    // Field id -> text that doesn't parse (the draft keeps the last good value).
    let bad = use_state(BTreeMap::<String, String>::new);
    let name_text = use_state(|| props.program.name.clone());
    let new_lift = use_state(String::new);
    let new_lift_error = use_state(|| None::<String>);
    let (cycle, week, day) = (
        use_state(|| 0usize),
        use_state(|| 0usize),
        use_state(|| 0usize),
    );
    let add_lift_choice = use_state(String::new);
    let unit = props.unit;

    let update = {
        let draft = draft.clone();
        Rc::new(move |f: &dyn Fn(&mut Program)| {
            let mut next = (*draft).clone();
            f(&mut next);
            draft.set(next);
        })
    };
    // A numeric field bound to the draft: good text updates it, bad text stays shown with its error.
    let numeric = |id: String,
                   label: String,
                   shown: String,
                   unit_label: Option<&'static str>,
                   parse: Parse| {
        let text = bad.get(&id).cloned().unwrap_or(shown);
        let error = bad.get(&id).and_then(|t| {
            let mut scratch = (*draft).clone();
            parse(t, &mut scratch).err()
        });
        let oninput = {
            let (bad, draft, id) = (bad.clone(), draft.clone(), id.clone());
            Callback::from(move |t: String| {
                let mut next = (*draft).clone();
                let mut b = (*bad).clone();
                match parse(&t, &mut next) {
                    Ok(()) => {
                        b.remove(&id);
                        draft.set(next);
                    }
                    Err(_) => {
                        b.insert(id.clone(), t);
                    }
                }
                bad.set(b);
            })
        };
        html! { <Field id={id} label={label} value={text} {oninput} unit={unit_label} error={error.map(AttrValue::from)} /> }
    };

    let p = &*draft;
    let name_error = edit::check_name(&name_text).err();
    let on_name = {
        let (name_text, update) = (name_text.clone(), update.clone());
        Callback::from(move |t: String| {
            if edit::check_name(&t).is_ok() {
                let name = t.trim().to_string();
                update(&|p| p.name = name.clone());
            }
            name_text.set(t);
        })
    };

    // Lifts.
    let lifts = p.lifts.iter().map(|lift| {
        let key = lift.key.clone();
        let rename = {
            let key = key.clone();
            numeric(format!("edit-lift-{key}"), "Lift name".into(), lift.name.clone(), None,
                Rc::new(move |t, p| edit::rename_lift(p, &key, t)))
        };
        let increment = edit::increment(p, &key, unit).map(|inc| {
            let key = key.clone();
            numeric(format!("edit-inc-{key}"), format!("{}: add per success", lift.name), inc.number(), Some(unit.symbol()),
                Rc::new(move |t, p| {
                    let w = Weight::parse(t, unit).map_err(|e| e.to_string())?;
                    edit::set_increment(p, &key, w)
                }))
        });
        let remove = {
            let (update, key) = (update.clone(), key.clone());
            Callback::from(move |_| update(&|p| edit::remove_lift(p, &key)))
        };
        html! {
            <li class="edit-lift">
                { rename }
                { increment.unwrap_or_default() }
                <button type="button" class="danger" onclick={remove}>{ format!("Remove {}", lift.name) }</button>
            </li>
        }
    });
    let on_new_lift = {
        let s = new_lift.clone();
        Callback::from(move |t: String| s.set(t))
    };
    let add_lift = {
        let (new_lift, err, draft) = (new_lift.clone(), new_lift_error.clone(), draft.clone());
        Callback::from(move |_| {
            let mut next = (*draft).clone();
            match edit::add_lift(&mut next, &new_lift) {
                Ok(_) => {
                    draft.set(next);
                    new_lift.set(String::new());
                    err.set(None);
                }
                Err(e) => err.set(Some(e)),
            }
        })
    };

    // The day being edited.
    let c = (*cycle).min(p.cycles.len().saturating_sub(1));
    let weeks = p.cycles.get(c).map(|c| c.weeks.as_slice()).unwrap_or(&[]);
    let w = (*week).min(weeks.len().saturating_sub(1));
    let days = weeks.get(w).map(|w| w.days.as_slice()).unwrap_or(&[]);
    let d = (*day).min(days.len().saturating_sub(1));
    let pick =
        |s: UseStateHandle<usize>| Callback::from(move |v: String| s.set(v.parse().unwrap_or(0)));
    let index_options = |names: Vec<String>| -> Vec<(AttrValue, AttrValue)> {
        names
            .into_iter()
            .enumerate()
            .map(|(i, n)| (i.to_string().into(), n.into()))
            .collect()
    };
    let exercises = days
        .get(d)
        .map(|day| day.exercises.as_slice())
        .unwrap_or(&[]);
    let exercise_cards = exercises.iter().enumerate().map(|(ei, e)| {
        let lift_name = p.lift(&e.lift).map(|l| l.name.clone()).unwrap_or_else(|| e.lift.to_string());
        let remove_exercise = {
            let update = update.clone();
            Callback::from(move |_| update(&|p| {
                if let Some(day) = p.cycles.get_mut(c).and_then(|c| c.weeks.get_mut(w)).and_then(|w| w.days.get_mut(d)) {
                    if ei < day.exercises.len() { day.exercises.remove(ei); }
                }
            }))
        };
        let body = match &e.sets {
            SetScheme::Staged(stages) => html! { <p class="muted small">{ format!("{} stages; edit them in a share link's JSON.", stages.len()) }</p> },
            SetScheme::Fixed(groups) => {
                let rows = groups.iter().enumerate().map(|(gi, g)| {
                    let at = At { cycle: c, week: w, day: d, exercise: ei, group: gi };
                    let prefix = format!("edit-{c}-{w}-{d}-{ei}-{gi}");
                    let count = numeric(format!("{prefix}-count"), "Sets".into(), g.count.to_string(), None,
                        Rc::new(move |t, p| { let n = parse_count(t, "Sets")?; if let Some(g) = groups_mut(p, at).and_then(|v| v.get_mut(gi)) { g.count = n; } Ok(()) }));
                    let reps = numeric(format!("{prefix}-reps"), "Reps".into(), g.reps.min().to_string(), None,
                        Rc::new(move |t, p| { let n = parse_count(t, "Reps")?; if let Some(g) = groups_mut(p, at).and_then(|v| v.get_mut(gi)) {
                            g.reps = if g.reps.is_amrap() { Reps::Amrap { min: n } } else { Reps::Exact(n) }; } Ok(()) }));
                    let amrap = {
                        let update = update.clone();
                        Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                            update(&|p| if let Some(g) = groups_mut(p, at).and_then(|v| v.get_mut(gi)) {
                                let n = g.reps.min();
                                g.reps = if on { Reps::Amrap { min: n } } else { Reps::Exact(n) };
                            })
                        })
                    };
                    let kind = match g.load { Load::Percent(_) | Load::PercentOfOneRepMax(_) => "percent", Load::Fixed(_) => "fixed", Load::Bodyweight => "bodyweight", Load::Rpe(_) => "rpe" };
                    let on_kind = {
                        let update = update.clone();
                        Callback::from(move |v: String| update(&|p| if let Some(g) = groups_mut(p, at).and_then(|v| v.get_mut(gi)) {
                            g.load = match v.as_str() {
                                "fixed" => Load::Fixed(Weight::new(if unit == Unit::Kg { 20.0 } else { 45.0 }, unit)),
                                "bodyweight" => Load::Bodyweight,
                                _ => Load::Percent(Percent::whole(75)),
                            };
                        }))
                    };
                    let value = match g.load {
                        Load::Percent(_) | Load::PercentOfOneRepMax(_) | Load::Fixed(_) => {
                            let (label, u) = if matches!(g.load, Load::Fixed(_)) { ("Weight", Some(unit.symbol())) } else { ("Percent", None) };
                            let old = g.load;
                            numeric(format!("{prefix}-load"), label.into(), load_value(g.load, unit), u,
                                Rc::new(move |t, p| { let l = parse_load(t, old, unit)?; if let Some(g) = groups_mut(p, at).and_then(|v| v.get_mut(gi)) { g.load = l; } Ok(()) }))
                        }
                        _ => html! {},
                    };
                    let remove = {
                        let update = update.clone();
                        Callback::from(move |_| update(&|p| if let Some(v) = groups_mut(p, at) { if gi < v.len() { v.remove(gi); } }))
                    };
                    html! {
                        <fieldset class="edit-group">
                            <legend>{ format!("{lift_name} sets {}", gi + 1) }</legend>
                            <div class="field-row">
                                { count }{ reps }
                                <SelectField id={format!("{prefix}-kind")} label="Load" selected={kind}
                                    options={vec![("percent".into(), "% of max".into()), ("fixed".into(), "Fixed weight".into()), ("bodyweight".into(), "Bodyweight".into())]}
                                    onchange={on_kind} />
                                { value }
                            </div>
                            <div class="actions">
                                <label class="check"><input type="checkbox" checked={g.reps.is_amrap()} onchange={amrap} />{"AMRAP (last set +)"}</label>
                                <button type="button" class="danger" onclick={remove}>{"Remove these sets"}</button>
                            </div>
                        </fieldset>
                    }
                });
                let add_group = {
                    let update = update.clone();
                    let at = At { cycle: c, week: w, day: d, exercise: ei, group: 0 };
                    Callback::from(move |_| update(&|p| if let Some(v) = groups_mut(p, at) {
                        v.push(SetGroup::percent(1, Reps::Exact(5), Percent::whole(75)));
                    }))
                };
                html! { <>
                    { for rows }
                    <button type="button" onclick={add_group}>{ format!("Add sets to {lift_name}") }</button>
                </> }
            }
        };
        html! {
            <div class="edit-exercise">
                <h4>{ lift_name.clone() }</h4>
                { body }
                <button type="button" class="danger" onclick={remove_exercise}>{ format!("Remove {lift_name} from this day") }</button>
            </div>
        }
    });
    let lift_options: Vec<(AttrValue, AttrValue)> = p
        .lifts
        .iter()
        .map(|l| (l.key.to_string().into(), l.name.clone().into()))
        .collect();
    let chosen_lift = if p.lifts.iter().any(|l| l.key.as_str() == *add_lift_choice) {
        (*add_lift_choice).clone()
    } else {
        p.lifts
            .first()
            .map(|l| l.key.to_string())
            .unwrap_or_default()
    };
    let add_exercise = {
        let (update, key) = (update.clone(), chosen_lift.clone());
        Callback::from(move |_| {
            let key = liftsheet_domain::program::LiftKey::new(key.as_str());
            update(&|p| {
                if let Some(day) = p
                    .cycles
                    .get_mut(c)
                    .and_then(|c| c.weeks.get_mut(w))
                    .and_then(|w| w.days.get_mut(d))
                {
                    day.exercises.push(edit::new_exercise(&key));
                }
            })
        })
    };

    let blocked = name_error.is_some() || !bad.is_empty();
    let save = {
        let (cb, draft) = (props.on_save.clone(), draft.clone());
        Callback::from(move |_| cb.emit((*draft).clone()))
    };
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="card plan-editor no-print" aria-labelledby="plan-editor-title">
            <h2 id="plan-editor-title">{"Edit your copy"}</h2>
            <Field id="edit-name" label="Program name" inputmode="text" value={(*name_text).clone()} oninput={on_name}
                error={name_error.map(AttrValue::from)} />
            <h3>{"Lifts"}</h3>
            <ul class="edit-lifts">{ for lifts }</ul>
            <div class="field-row">
                <Field id="edit-new-lift" label="New lift" inputmode="text" value={(*new_lift).clone()} oninput={on_new_lift}
                    error={(*new_lift_error).clone().map(AttrValue::from)} />
            </div>
            <button type="button" onclick={add_lift}>{"Add lift"}</button>
            <h3>{"Days"}</h3>
            <div class="field-row">
                if p.cycles.len() > 1 {
                    <SelectField id="edit-cycle" label="Cycle" selected={c.to_string()} onchange={pick(cycle.clone())}
                        options={index_options(p.cycles.iter().map(|c| c.name.clone()).collect())} />
                }
                <SelectField id="edit-week" label="Week" selected={w.to_string()} onchange={pick(week.clone())}
                    options={index_options(weeks.iter().map(|w| w.name.clone()).collect())} />
                <SelectField id="edit-day" label="Day" selected={d.to_string()} onchange={pick(day.clone())}
                    options={index_options(days.iter().map(|d| d.name.clone()).collect())} />
            </div>
            { for exercise_cards }
            if !p.lifts.is_empty() && !days.is_empty() {
                <div class="field-row">
                    <SelectField id="edit-add-exercise" label="Lift to add to this day" selected={chosen_lift.clone()}
                        options={lift_options} onchange={{ let s = add_lift_choice.clone(); Callback::from(move |v: String| s.set(v)) }} />
                </div>
                <button type="button" onclick={add_exercise}>{"Add exercise"}</button>
            }
            if blocked { <p class="notice error" role="alert">{"Fix the fields marked above to save."}</p> }
            <div class="actions">
                <button type="button" class="primary" disabled={blocked} onclick={save}>{"Save program"}</button>
                <button type="button" onclick={cancel}>{"Cancel"}</button>
            </div>
        </section>
    }
}
