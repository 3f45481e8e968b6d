//! One set in the session being logged: a big check-off box, the actual
//! weight and reps (AMRAP reps highlighted), RPE, a note, and remove.

use crate::components::hold_timer::HoldTimer;
use crate::components::set_field::{set_field, SetFieldProps};
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, SetId, SetKind, MAX_REPS};
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::Weight;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetRowProps {
    pub set: LoggedSet,
    /// "Squat set 2", "Squat warm-up 1": names the controls.
    pub name: AttrValue,
    /// Plates per side for the target weight, when known.
    #[prop_or_default]
    pub plates: Option<AttrValue>,
    /// What changes on the bar from the set before ("+5 a side").
    #[prop_or_default]
    pub plate_change: Option<AttrValue>,
    /// The set was just checked off (starts the rest timer).
    pub on_checked: Callback<SetKind>,
    /// Remove it (the screen offers undo).
    pub on_remove: Callback<SetId>,
}

pub fn kind_label(kind: SetKind) -> &'static str {
    match kind {
        SetKind::Warmup => "Warm-up",
        SetKind::Work => "Work",
        SetKind::Amrap => "AMRAP",
        SetKind::Supplemental => "Supplemental",
        SetKind::Accessory => "Accessory",
        SetKind::Hold => "Hold",
    }
}

/// Names each set of an exercise as the lifter counts them ("Squat warm-up 1",
/// "Squat set 1", "Squat set 2"): warm-ups and the rest are numbered apart.
pub fn set_names(exercise: &LoggedExercise) -> Vec<String> {
    let (mut warmups, mut works) = (0, 0);
    exercise
        .sets
        .iter()
        .map(|set| {
            if set.kind == SetKind::Warmup {
                warmups += 1;
                format!("{} warm-up {warmups}", exercise.name)
            } else {
                works += 1;
                format!("{} set {works}", exercise.name)
            }
        })
        .collect()
}

/// Reads typed reps: a whole number up to [`MAX_REPS`], or a message.
pub fn parse_reps(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if n <= MAX_REPS => Ok(n),
        Ok(_) => Err(format!("At most {MAX_REPS} reps.")),
        Err(_) if text.trim().is_empty() => Err("Enter the reps.".into()),
        Err(_) => Err("Reps are a whole number.".into()),
    }
}

/// Text state that follows the stored value unless the lifter is mid-edit.
#[hook]
fn use_synced(stored: String, same: impl Fn(&str) -> bool + 'static) -> UseStateHandle<String> {
    let text = use_state(|| stored.clone());
    {
        let text = text.clone();
        use_effect_with(stored, move |stored| {
            if !same(&text) {
                text.set(stored.clone());
            }
        });
    }
    text
}

#[function_component]
pub fn SetRow(props: &SetRowProps) -> Html {
    let app = use_app();
    let set = &props.set;
    let id = set.id;
    let unit = set.weight.unit();
    let base = format!("set-{}", id.0);

    let stored_weight = set.weight;
    let weight_text = use_synced(set.weight.number(), move |t| {
        Weight::parse(t, unit).ok() == Some(stored_weight)
    });
    let stored_reps = set.reps;
    let reps_text = use_synced(set.reps.to_string(), move |t| {
        parse_reps(t).ok() == Some(stored_reps)
    });
    let stored_rpe = set.rpe;
    let rpe_text = use_synced(
        set.rpe.map(|r| r.to_string()).unwrap_or_default(),
        move |t| {
            if t.trim().is_empty() {
                stored_rpe.is_none()
            } else {
                Rpe::parse(t).ok() == stored_rpe
            }
        },
    );
    let note_text = use_synced(set.note.clone(), {
        let note = set.note.clone();
        move |t| t == note
    });

    let weight_error = Weight::parse(&weight_text, unit)
        .err()
        .map(|e| e.to_string());
    let reps_error = parse_reps(&reps_text).err();
    let rpe_error = (!rpe_text.trim().is_empty())
        .then(|| Rpe::parse(&rpe_text).err().map(|e| e.to_string()))
        .flatten();

    let send_actual = {
        let app = app.clone();
        move |w: &str, r: &str| {
            if let (Ok(weight), Ok(reps)) = (Weight::parse(w, unit), parse_reps(r)) {
                if !weight.same_mass(stored_weight) || reps != stored_reps {
                    app.dispatch(Action::Session(Change::Actual {
                        set: id,
                        weight,
                        reps,
                    }));
                }
            }
        }
    };
    let on_weight = {
        let weight_text = weight_text.clone();
        let reps_text = reps_text.clone();
        let send = send_actual.clone();
        Callback::from(move |v: String| {
            send(&v, &reps_text);
            weight_text.set(v);
        })
    };
    let on_reps = {
        let weight_text = weight_text.clone();
        let reps_text = reps_text.clone();
        let send = send_actual;
        Callback::from(move |v: String| {
            send(&weight_text, &v);
            reps_text.set(v);
        })
    };
    let on_rpe = {
        let app = app.clone();
        let rpe_text = rpe_text.clone();
        Callback::from(move |v: String| {
            let parsed = if v.trim().is_empty() {
                Some(None)
            } else {
                Rpe::parse(&v).ok().map(Some)
            };
            if let Some(rpe) = parsed {
                if rpe != stored_rpe {
                    app.dispatch(Action::Session(Change::Rpe { set: id, rpe }));
                }
            }
            rpe_text.set(v);
        })
    };
    let on_note = {
        let app = app.clone();
        let note_text = note_text.clone();
        Callback::from(move |v: String| {
            app.dispatch(Action::Session(Change::Note {
                set: id,
                note: v.clone(),
            }));
            note_text.set(v);
        })
    };
    let on_check = {
        let app = app.clone();
        let on_checked = props.on_checked.clone();
        let kind = set.kind;
        Callback::from(move |e: Event| {
            let done = e.target_unchecked_into::<HtmlInputElement>().checked();
            app.dispatch(Action::Session(Change::Check { set: id, done }));
            if done {
                on_checked.emit(kind);
            }
        })
    };
    let on_remove = {
        let cb = props.on_remove.clone();
        Callback::from(move |_| cb.emit(id))
    };

    // A hold not yet done counts down its planned (or typed) seconds, then
    // logs what was held and checks the set off like a tap on its box.
    let hold_secs = parse_reps(&reps_text).ok().or(set.target_reps).unwrap_or(0);
    let on_held = {
        let app = app.clone();
        let on_checked = props.on_checked.clone();
        let reps_text = reps_text.clone();
        let kind = set.kind;
        Callback::from(move |secs: u32| {
            app.dispatch(Action::Session(Change::Actual {
                set: id,
                weight: stored_weight,
                reps: secs,
            }));
            app.dispatch(Action::Session(Change::Check {
                set: id,
                done: true,
            }));
            reps_text.set(secs.to_string());
            on_checked.emit(kind);
        })
    };
    let amrap = set.kind == SetKind::Amrap;
    // "100 kg × 5", "× 5+", "× 8-12", "30 s": the whole target, as planned.
    let target = match (set.target_weight, set.target()) {
        (Some(w), Some(r)) if set.kind.is_hold() && w.is_zero() => Some(r.to_string()),
        (Some(w), Some(r)) => Some(format!("{w} × {r}")),
        _ => None,
    };
    let reps_label = match (amrap, set.target_reps) {
        (true, Some(min)) => format!("Reps (AMRAP, {min}+)"),
        (true, None) => "Reps (AMRAP)".to_string(),
        _ if set.kind.is_hold() => "Seconds".to_string(),
        _ => "Reps".to_string(),
    };
    let row_class = classes!(
        "set-row",
        set.done.then_some("done"),
        (set.kind == SetKind::Warmup).then_some("warmup"),
        amrap.then_some("amrap"),
    );
    let error_id = AttrValue::from(format!("{base}-error"));
    html! {
        <li class={row_class}>
            <div class="set-head">
                <label class="set-check">
                    <input type="checkbox" checked={set.done} onchange={on_check} />
                    <span class="visually-hidden">{ format!("{} done", props.name) }</span>
                    <span class="set-tick" aria-hidden="true">{"✓"}</span>
                </label>
                <div class="set-what">
                    <span class="set-name">{ props.name.clone() }</span>
                    <span class="muted small">
                        { kind_label(set.kind) }
                        if let Some(t) = &target { { " · " }{ t.clone() } }
                    </span>
                    if let Some(p) = &props.plates {
                        <span class="plates-text small">{ p.clone() }</span>
                    }
                    if let Some(c) = &props.plate_change {
                        <span class="plate-change small muted">{ c.clone() }</span>
                    }
                </div>
            </div>
            <div class="set-inputs">
                { set_field(SetFieldProps {
                    invalid: weight_error.is_some(),
                    described_by: Some(error_id.clone().into()),
                    ..SetFieldProps::new(format!("{base}-w"), props.name.clone(),
                        format!("Weight ({unit})").into(), (*weight_text).clone(), on_weight)
                }) }
                { set_field(SetFieldProps {
                    inputmode: "numeric".into(),
                    invalid: reps_error.is_some(),
                    described_by: Some(error_id.clone().into()),
                    class: classes!(amrap.then_some("amrap-reps")),
                    ..SetFieldProps::new(format!("{base}-r"), props.name.clone(),
                        reps_label.into(), (*reps_text).clone(), on_reps)
                }) }
                { set_field(SetFieldProps {
                    placeholder: Some("–".into()),
                    described_by: Some(error_id.clone().into()),
                    ..SetFieldProps::new(format!("{base}-e"), props.name.clone(),
                        "RPE".into(), (*rpe_text).clone(), on_rpe)
                }) }
            </div>
            if set.kind.is_hold() && !set.done && hold_secs > 0 {
                <HoldTimer target_secs={hold_secs} name={props.name.clone()} on_held={on_held} />
            }
            <p class="field-error" id={error_id} aria-live="polite">
                { weight_error.or(reps_error).or(rpe_error).unwrap_or_default() }
            </p>
            <details class="set-more">
                <summary>{ if set.note.is_empty() { "Note / remove".to_string() } else { format!("Note: {}", set.note) } }</summary>
                { set_field(SetFieldProps {
                    inputmode: "text".into(),
                    ..SetFieldProps::new(format!("{base}-n"), props.name.clone(),
                        "Note".into(), (*note_text).clone(), on_note)
                }) }
                <button class="button danger" onclick={on_remove}>
                    { format!("Remove {}", props.name) }
                </button>
            </details>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warmups_and_work_sets_are_numbered_apart() {
        let mut ex = LoggedExercise::new("squat", "Squat");
        let w = Weight::kg(100.0);
        for kind in [
            SetKind::Warmup,
            SetKind::Warmup,
            SetKind::Work,
            SetKind::Amrap,
        ] {
            ex.sets.push(LoggedSet::done(kind, w, 5));
        }
        assert_eq!(
            set_names(&ex),
            [
                "Squat warm-up 1",
                "Squat warm-up 2",
                "Squat set 1",
                "Squat set 2"
            ]
        );
    }
}
