//! One set in the session being logged, one row: a check-off box, the
//! actual weight, reps (AMRAP reps highlighted) and RPE, and under them in
//! small print the target, the plates and the last time's numbers. The note,
//! remove and the plates in full sit behind "More".

use crate::components::hold_timer::HoldTimer;
use crate::components::set_field::{set_field, SetFieldProps};
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, SetId, SetKind, MAX_REPS};
use liftsheet_domain::program::Reps;
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::Weight;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A set's plates: per side, in short ("3x45/10"), in full ("Per side:
/// 3x45/10/5 (= 345 lb)"), and what changes from the set before ("+5 a
/// side"; none for the first).
#[derive(Clone, PartialEq)]
pub struct SetPlates {
    pub short: AttrValue,
    pub full: AttrValue,
    pub change: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct SetRowProps {
    pub set: LoggedSet,
    /// "Squat set 2", "Squat warm-up 1": names the controls.
    pub name: AttrValue,
    /// Shown in the check box until the set is done: "1", or "W1" for a
    /// warm-up.
    pub short: AttrValue,
    /// The set's plates, when the bar loads it.
    #[prop_or_default]
    pub plates: Option<SetPlates>,
    /// The same set last time, as logged ("255 lb × 5").
    #[prop_or_default]
    pub last: Option<AttrValue>,
    /// The next set to do in the session: it stands out.
    #[prop_or_default]
    pub next: bool,
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
    // What was planned, short: "5 reps", "5+ reps", "8-12 reps", "30 s";
    // with its weight when the lifter changed it ("planned 265 lb × 5").
    let target = match (set.target_weight, set.target()) {
        (Some(w), Some(r)) if !w.same_mass(set.weight) => Some(format!("planned {w} × {r}")),
        (Some(_), Some(r)) if set.kind.is_hold() => Some(r.to_string()),
        (Some(_), Some(Reps::Exact(1))) => Some("1 rep".to_string()),
        (Some(_), Some(r)) => Some(format!("{r} reps")),
        _ => None,
    };
    // The kind, where it changes how the set is done.
    let kind =
        matches!(set.kind, SetKind::Amrap | SetKind::Supplemental).then(|| kind_label(set.kind));
    let reps_label = match (amrap, set.target_reps) {
        (true, Some(min)) => format!("Reps (AMRAP, {min}+)"),
        (true, None) => "Reps (AMRAP)".to_string(),
        _ if set.kind.is_hold() => "Seconds".to_string(),
        _ => "Reps".to_string(),
    };
    let more = use_state(|| false);
    let toggle_more = {
        let more = more.clone();
        Callback::from(move |_| more.set(!*more))
    };
    let row_class = classes!(
        "set-row",
        set.done.then_some("done"),
        (set.kind == SetKind::Warmup).then_some("warmup"),
        amrap.then_some("amrap"),
        props.next.then_some("next"),
    );
    // The next set is brought into view when it isn't (after a tick, or
    // back to a session half done): the lifter never hunts for it under the
    // tab bar.
    let row = use_node_ref();
    {
        let row = row.clone();
        use_effect_with(props.next, move |&next| {
            if next {
                bring_into_view(&row);
            }
        });
    }
    let error_id = AttrValue::from(format!("{base}-error"));
    let more_id = format!("{base}-more");
    // The small print under the fields, in parts: the kind where it matters,
    // the target, the plates and what they add, last time, the note.
    let mut parts: Vec<Html> = Vec::new();
    parts.extend(kind.map(|k| html! { <span>{ k }</span> }));
    parts.extend(target.map(|t| html! { <span>{ t }</span> }));
    if let Some(p) = &props.plates {
        parts.push(html! {
            <span>
                <span class="plates-short">{ p.short.clone() }</span>
                if let Some(c) = &p.change { <span aria-hidden="true">{" · "}</span><span class="plate-change">{ c.clone() }</span> }
            </span>
        });
    }
    parts.extend(
        props
            .last
            .as_ref()
            .map(|l| html! { <span class="last-time">{ format!("last {l}") }</span> }),
    );
    if !set.note.is_empty() {
        parts.push(html! { <span class="set-note">{ set.note.clone() }</span> });
    }
    html! {
        <li ref={row} class={row_class} aria-current={props.next.then_some("step")}>
            <div class="set-line">
                <label class="set-check">
                    <input type="checkbox" checked={set.done} onchange={on_check} />
                    <span class="visually-hidden">{ format!("{} done", props.name) }</span>
                    <span class="set-tick" aria-hidden="true">
                        { if set.done { "✓".into() } else { props.short.clone() } }
                    </span>
                </label>
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
                <button type="button" class="set-more-toggle" onclick={toggle_more}
                    aria-expanded={if *more { "true" } else { "false" }} aria-controls={more_id.clone()}
                    aria-label={format!("More for {}", props.name)}>
                    <span aria-hidden="true">{ if set.note.is_empty() { "⋯" } else { "✎" } }</span>
                </button>
            </div>
            <p class="set-sub small muted">
                { for parts.into_iter().enumerate().map(|(n, part)| html! {
                    <>
                        if n > 0 { <span aria-hidden="true">{" · "}</span> }
                        { part }
                    </>
                }) }
            </p>
            if set.kind.is_hold() && !set.done && hold_secs > 0 {
                <HoldTimer target_secs={hold_secs} name={props.name.clone()} on_held={on_held} />
            }
            <p class="field-error" id={error_id} aria-live="polite">
                { weight_error.or(reps_error).or(rpe_error).unwrap_or_default() }
            </p>
            if *more {
                <div class="set-more" id={more_id}>
                    if let Some(p) = &props.plates {
                        <p class="plates-text small">{ p.full.clone() }</p>
                        if let Some(c) = &p.change {
                            <p class="small muted">{ format!("From the set before: {c}") }</p>
                        }
                    }
                    if let Some(l) = &props.last {
                        <p class="small muted">{ format!("Last time: {l}") }</p>
                    }
                    { set_field(SetFieldProps {
                        inputmode: "text".into(),
                        class: classes!("set-note-field"),
                        ..SetFieldProps::new(format!("{base}-n"), props.name.clone(),
                            "Note".into(), (*note_text).clone(), on_note)
                    }) }
                    <button class="button danger" onclick={on_remove}>
                        { format!("Remove {}", props.name) }
                    </button>
                </div>
            }
        </li>
    }
}

/// Scrolls `row` to the middle of the screen, smoothly, unless it is
/// already clear of the header above and of the tab bar and rest timer
/// fixed below (about 60 and 160 px at the phone sizes the styles set).
fn bring_into_view(row: &NodeRef) {
    let (Some(el), Some(window)) = (row.cast::<web_sys::Element>(), web_sys::window()) else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect = el.get_bounding_client_rect();
    if rect.top() < 60.0 || rect.bottom() > height - 160.0 {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        el.scroll_into_view_with_scroll_into_view_options(&options);
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
