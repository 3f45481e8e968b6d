//! The Program tab: pick a program (running, built-in or the lifter's own),
//! enter its maxes, see every week and day of a cycle with weights, plates and
//! warm-ups, start it, copy and edit it, print it. One file per section.

mod cycle;
pub mod editor;
mod maxes;
mod picker;
pub mod set_row;

use crate::components::share_panel::SharePanel;
use crate::state::program::{maxes_of, Change};
use crate::state::{use_app, Action};
use cycle::CycleView;
use editor::ProgramEditor;
use liftsheet_domain::program::builtin::{build, catalog, BuiltinOptions};
use liftsheet_domain::program::Maxes;
use liftsheet_domain::program::{active, edit, PlanSettings, Program};
use liftsheet_domain::progression::ProgressState;
use maxes::{MaxInput, MaxesCard};
use picker::ProgramPicker;
use yew::prelude::*;

/// Which program the tab shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    /// The one being run.
    Active,
    Builtin(String),
    Custom(String),
}

/// How many cycles the selector offers past the current one.
const CYCLES_AHEAD: u32 = 2;

#[function_component]
pub fn PlanScreen() -> Html {
    let app = use_app();
    let doc = app.doc.clone();
    let choice = use_state(|| match &doc.program {
        Some(_) => Choice::Active,
        None => Choice::Builtin(catalog()[0].id.to_string()),
    });
    let options = use_state(BuiltinOptions::default);
    let warmups = use_state(|| true);
    let chosen_cycle = use_state(|| None::<u32>);
    let editing = use_state(|| None::<Program>);
    let confirming = use_state(|| false);
    let sharing = use_state(|| false);
    let unit = doc.settings.unit;

    // The program shown, its progress and its current cycle.
    let shown: Option<(Program, ProgressState, u32)> = match &*choice {
        Choice::Active => doc
            .program
            .as_ref()
            .map(|a| (a.program.clone(), a.progress.clone(), a.cycle)),
        Choice::Builtin(id) => {
            build(id, &options).map(|p| (p, ProgressState::from_maxes(&maxes_of(&doc)), 0))
        }
        Choice::Custom(id) => doc
            .custom_programs
            .iter()
            .find(|p| &p.id == id)
            .map(|p| (p.clone(), ProgressState::from_maxes(&maxes_of(&doc)), 0)),
    };

    let on_choice = {
        let (choice, chosen_cycle, confirming, editing) = (
            choice.clone(),
            chosen_cycle.clone(),
            confirming.clone(),
            editing.clone(),
        );
        Callback::from(move |c: Choice| {
            choice.set(c);
            chosen_cycle.set(None);
            confirming.set(false);
            editing.set(None);
        })
    };
    let on_options = {
        let options = options.clone();
        Callback::from(move |o: BuiltinOptions| options.set(o))
    };
    let picker = html! {
        <ProgramPicker choice={(*choice).clone()} active={doc.program.as_ref().map(|a| a.program.name.clone())}
            custom={doc.custom_programs.clone()} options={(*options).clone()} {on_choice} {on_options} />
    };

    let Some((program, progress, current)) = shown else {
        return html! {
            <section class="screen plan">
                <section class="card">{ picker }<p class="notice warn">{"That program is no longer here. Pick another."}</p></section>
            </section>
        };
    };

    if let Some(draft) = &*editing {
        let on_save = {
            let (app, editing, choice) = (app.clone(), editing.clone(), choice.clone());
            Callback::from(move |p: Program| {
                let id = p.id.clone();
                app.dispatch(Action::Program(Change::SaveCustom(p)));
                editing.set(None);
                choice.set(Choice::Custom(id));
            })
        };
        let on_cancel = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(None))
        };
        let step = edit::smallest_step(&doc.settings.bar, unit);
        return html! {
            <section class="screen plan">
                <ProgramEditor program={draft.clone()} {unit} {step} {on_save} {on_cancel} />
            </section>
        };
    }

    // Plan settings: the lifter's unit and bar, the program's rounding.
    let base = PlanSettings {
        bar: doc.settings.bar.clone(),
        ..PlanSettings::for_program(&program, unit)
    }
    .with_plates_and_warmups();
    let cycle = chosen_cycle.unwrap_or(current).max(current);
    let projected = active::project(&program, &progress, current, cycle - current, &base);
    let plan = projected.as_ref().map_err(Clone::clone).and_then(|state| {
        let settings = PlanSettings {
            stages: state.stages(),
            ..base.clone()
        };
        liftsheet_domain::program::generate(&program, &state.maxes(), &settings, cycle)
    });

    // Maxes the program needs.
    let inputs: Vec<MaxInput> = active::required_lifts(&program)
        .into_iter()
        .map(|l| MaxInput {
            key: l.key.clone(),
            name: l.name.clone(),
            kind: l.max,
            current: progress.get(&l.key).map(|s| s.max),
        })
        .collect();

    // Header: what it is, where it's from, what to do with it.
    let is_active = *choice == Choice::Active;
    let has_progress = doc
        .program
        .as_ref()
        .is_some_and(|a| a.cycle > 0 || a.next != Default::default());
    let start = {
        let (app, program, choice, confirming) = (
            app.clone(),
            program.clone(),
            choice.clone(),
            confirming.clone(),
        );
        let needs_confirm = has_progress;
        Callback::from(move |_| {
            if needs_confirm && !*confirming {
                confirming.set(true);
                return;
            }
            app.dispatch(Action::Program(Change::Start(program.clone())));
            confirming.set(false);
            choice.set(Choice::Active);
        })
    };
    let keep = {
        let c = confirming.clone();
        Callback::from(move |_| c.set(false))
    };
    let copy = {
        let (editing, program, custom) = (
            editing.clone(),
            program.clone(),
            doc.custom_programs.clone(),
        );
        Callback::from(move |_| editing.set(Some(edit::copy_of(&program, &custom))))
    };
    let edit_own = {
        let (editing, program) = (editing.clone(), program.clone());
        Callback::from(move |_| editing.set(Some(program.clone())))
    };
    let delete = {
        let (app, id, choice) = (app.clone(), program.id.clone(), choice.clone());
        Callback::from(move |_| {
            app.dispatch(Action::Program(Change::DeleteCustom(id.clone())));
            choice.set(Choice::Builtin(catalog()[0].id.to_string()));
        })
    };
    let stop = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Program(Change::Stop)))
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    // Proposed next maxes from the last session wait for the lifter's say.
    let proposals_waiting = doc
        .pending
        .as_ref()
        .filter(|p| {
            is_active
                && doc
                    .program
                    .as_ref()
                    .is_some_and(|a| a.program.id == p.program)
        })
        .filter(|p| !p.proposals.is_empty())
        .map(|p| format!("{} proposed max changes are waiting.", p.proposals.len()));
    let status = doc.program.as_ref().filter(|_| is_active).map(|a| {
        let next = a
            .next_day(&base)
            .map(|n| n.label)
            .unwrap_or_else(|_| "enter the maxes below".into());
        format!("Running: cycle {}, next session {next}.", a.cycle + 1)
    });
    let running_name = doc
        .program
        .as_ref()
        .map(|a| a.program.name.clone())
        .unwrap_or_default();

    let cycle_chips = (current..current + CYCLES_AHEAD + 1).map(|n| {
        let onclick = { let c = chosen_cycle.clone(); Callback::from(move |_| c.set(Some(n))) };
        html! { <button type="button" class="chip" aria-pressed={(n == cycle).to_string()} {onclick}>{ format!("Cycle {}", n + 1) }</button> }
    });
    let projection_note = match &projected {
        Ok(state) if cycle > current => {
            let lifts: Vec<String> = inputs
                .iter()
                .filter_map(|l| {
                    state
                        .get(&l.key)
                        .map(|s| format!("{} {}", l.name, s.max.to(unit)))
                })
                .collect();
            html! { <p class="muted small">{ format!("If every rep is made until then: {}.", lifts.join(", ")) }</p> }
        }
        _ => html! {},
    };
    // What a share link may carry: the maxes of this program's own lifts.
    let share_maxes = Maxes(
        progress
            .maxes()
            .0
            .into_iter()
            .filter(|(key, _)| program.lifts.iter().any(|l| l.max_key() == key))
            .collect(),
    );
    let toggle_share = {
        let sharing = sharing.clone();
        Callback::from(move |_| sharing.set(!*sharing))
    };
    let toggle_warmups = {
        let w = warmups.clone();
        Callback::from(move |_| w.set(!*w))
    };

    html! {
        <section class="screen plan">
            <section class="card plan-head">
                { picker }
                <h2 class="print-title">{ program.name.clone() }</h2>
                <p>{ program.summary.clone() }</p>
                <p class="muted small">{ format!("Source: {}", program.source) }</p>
                if let Some(status) = status { <p class="notice ok">{ status }</p> }
                if let Some(waiting) = proposals_waiting {
                    <p class="notice warn no-print" role="status">
                        { waiting }{" "}<a href={crate::route::Route::Log.href()}>{"Review them on the Log tab"}</a>
                    </p>
                }
                if *confirming {
                    <div class="notice warn" role="alert">
                        <p>{ format!("Replace {running_name}? Its progress (cycle, position, maxes) will be lost.") }</p>
                        <div class="actions">
                            <button type="button" class="primary" onclick={start.clone()}>{"Replace it"}</button>
                            <button type="button" onclick={keep}>{"Keep the current one"}</button>
                        </div>
                    </div>
                }
                <div class="actions no-print">
                    if !is_active { <button type="button" class="primary" onclick={start}>{"Start this program"}</button> }
                    <button type="button" onclick={copy}>{"Copy and edit"}</button>
                    if matches!(*choice, Choice::Custom(_)) {
                        <button type="button" onclick={edit_own}>{"Edit"}</button>
                        <button type="button" class="danger" onclick={delete}>{"Delete"}</button>
                    }
                    if is_active { <button type="button" class="danger" onclick={stop}>{"Stop program"}</button> }
                    <button type="button" onclick={print}>{"Print"}</button>
                    <button type="button" aria-expanded={sharing.to_string()} onclick={toggle_share}>{"Share"}</button>
                </div>
            </section>
            if *sharing {
                <div class="no-print"><SharePanel program={program.clone()} maxes={share_maxes} /></div>
            }
            <MaxesCard lifts={inputs.clone()} {unit} />
            <section class="card plan-controls no-print">
                <div class="subnav" role="group" aria-label="Cycle">{ for cycle_chips }</div>
                { projection_note }
                <label class="check"><input type="checkbox" checked={*warmups} onchange={toggle_warmups} />{"Show warm-ups"}</label>
            </section>
            { match plan {
                Ok(plan) => html! {
                    <>
                        <h2 class="print-only">{ format!("{}: cycle {}", program.name, cycle + 1) }</h2>
                        <CycleView {plan} warmups={*warmups} />
                    </>
                },
                Err(e) => html! { <p class="notice error" role="alert">{ e.to_string() }</p> },
            } }
        </section>
    }
}
