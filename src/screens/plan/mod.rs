//! The Program tab: pick a program (running, built-in or the lifter's own),
//! enter its maxes, see every week and day of a cycle with weights, plates and
//! warm-ups, start it, copy and edit it, print it. One file per section.

pub mod cycle;
pub mod editor;
mod maxes;
mod picker;
pub mod set_row;

use crate::components::proposals_card::WaitingProposals;
use crate::components::share_panel::SharePanel;
use crate::state::program::{self, Change};
use crate::state::{use_app, Action};
use cycle::CycleView;
use editor::ProgramEditor;
use liftsheet_domain::maxes::{suggested_start, START_PERCENT};
use liftsheet_domain::program::builtin::{build, catalog, BuiltinOptions};
use liftsheet_domain::program::{active, edit, PlanSettings, Program};
use liftsheet_domain::program::{ActiveProgram, LiftKey, MaxKind, Maxes, Place};
use liftsheet_domain::progression::ProgressState;
use liftsheet_domain::store::StoredDocument;
use liftsheet_domain::{Step, Weight};
use maxes::{MaxInput, MaxesCard};
use picker::{program_picker, PickerProps};
use std::collections::BTreeMap;
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
        None => resting_choice(&doc, None),
    });
    // Until the lifter picks, the tab follows the document: a program added
    // just before it opened (a share link's, applied from the outbox after
    // the first draw) is the one shown.
    let picked = use_state(|| false);
    {
        let (choice, picked) = (choice.clone(), picked.clone());
        let count = doc.custom_programs.len();
        let seen = use_mut_ref(|| count);
        let running = doc.program.is_some();
        let doc = doc.clone();
        use_effect_with(count, move |&count| {
            let added = count > *seen.borrow();
            *seen.borrow_mut() = count;
            if added && !*picked && !running {
                choice.set(resting_choice(&doc, None));
            }
        });
    }
    let options = use_state(BuiltinOptions::default);
    let warmups = use_state(|| true);
    let chosen_cycle = use_state(|| None::<u32>);
    let editing = use_state(|| None::<Program>);
    // The editor is open on the running program: saving edits it in place.
    let editing_running = use_state(|| false);
    // An in-place edit that moves the running program's place, held until
    // the lifter confirms it: the program and what happens to the place.
    let moving = use_state(|| None::<(Program, String)>);
    let confirming = use_state(|| false);
    let sharing = use_state(|| false);
    // Printing draws every week; the Print button asks first, then prints
    // once that is drawn (an effect), and the browser's own print does the
    // same through `beforeprint`.
    let printing = use_state(|| false);
    let print_asked = use_state(|| false);
    {
        let on = printing.clone();
        crate::window_events::use_window_event(
            "beforeprint",
            Callback::from(move |_| on.set(true)),
        );
        let off = printing.clone();
        crate::window_events::use_window_event(
            "afterprint",
            Callback::from(move |_| off.set(false)),
        );
        let asked = print_asked.clone();
        use_effect_with(*print_asked, move |&now| {
            if now {
                asked.set(false);
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        });
    }
    // First top sets typed for a working-weight program not yet started.
    let typed_starts = use_state(BTreeMap::<LiftKey, Weight>::new);
    let unit = doc.settings.unit;

    // The program shown, its progress and its current cycle.
    let not_running = |p: Program| {
        let starts = start_weights(&doc, &p, &typed_starts);
        let state = ActiveProgram::start(p.clone(), &starts.weights).state(&doc.maxes);
        (p, state, 0)
    };
    let shown: Option<(Program, ProgressState, u32)> = match &*choice {
        // Stopped meanwhile (here or in another tab): show what it was.
        Choice::Active if doc.program.is_none() => match resting_choice(&doc, None) {
            Choice::Custom(id) => doc
                .custom_programs
                .iter()
                .find(|p| p.id == id)
                .cloned()
                .map(not_running),
            other => {
                let id = match other {
                    Choice::Builtin(id) => id,
                    _ => catalog()[0].id.to_string(),
                };
                build(&id, &options).map(not_running)
            }
        },
        Choice::Active => doc
            .program
            .as_ref()
            .map(|a| (a.program.clone(), a.state(&doc.maxes), a.cycle)),
        Choice::Builtin(id) => build(id, &options).map(not_running),
        Choice::Custom(id) => doc
            .custom_programs
            .iter()
            .find(|p| &p.id == id)
            .cloned()
            .map(not_running),
    };

    let on_choice = {
        let (choice, chosen_cycle, confirming, editing, typed_starts, picked) = (
            choice.clone(),
            chosen_cycle.clone(),
            confirming.clone(),
            editing.clone(),
            typed_starts.clone(),
            picked.clone(),
        );
        Callback::from(move |c: Choice| {
            picked.set(true);
            choice.set(c);
            chosen_cycle.set(None);
            confirming.set(false);
            editing.set(None);
            typed_starts.set(BTreeMap::new());
        })
    };
    let on_options = {
        let options = options.clone();
        Callback::from(move |o: BuiltinOptions| options.set(o))
    };
    let picker = html! {
        { program_picker(&PickerProps {
            choice: (*choice).clone(),
            active: doc.program.as_ref().map(|a| a.program.name.clone()),
            // The running program is listed once, as running.
            custom: doc
                .custom_programs
                .iter()
                .filter(|p| doc.program.as_ref().is_none_or(|a| a.program.id != p.id))
                .cloned()
                .collect(),
            options: (*options).clone(),
            on_choice,
            on_options,
        }) }
    };

    let Some((program, progress, current)) = shown else {
        return html! {
            <section class="screen plan">
                <section class="card">{ picker }<p class="notice warn">{"That program is no longer here. Pick another."}</p></section>
            </section>
        };
    };

    if let Some(draft) = &*editing {
        let close = {
            let (editing, editing_running, moving) =
                (editing.clone(), editing_running.clone(), moving.clone());
            move || {
                editing.set(None);
                editing_running.set(false);
                moving.set(None);
            }
        };
        let on_save = {
            let (app, choice, moving, close) =
                (app.clone(), choice.clone(), moving.clone(), close.clone());
            let running = doc.program.clone().filter(|_| *editing_running);
            Callback::from(move |p: Program| {
                let Some(active) = &running else {
                    let id = p.id.clone();
                    app.dispatch(Action::Program(Change::SaveCustom(p)));
                    close();
                    choice.set(Choice::Custom(id));
                    return;
                };
                // The place moves only if the day it points at is gone: say
                // so before anything is saved.
                match active.edited(p.clone()) {
                    (edited, Place::Moved { from, to }) if moving.is_none() => moving.set(Some((
                        p,
                        format!(
                            "{} is no longer in the program: your next session will be {}.",
                            active.day_label(from),
                            edited.day_label(to)
                        ),
                    ))),
                    _ => {
                        app.dispatch(Action::Program(Change::EditRunning(p)));
                        close();
                        choice.set(Choice::Active);
                    }
                }
            })
        };
        let on_cancel = Callback::from(move |_| close());
        let confirm = (*moving).clone().map(|(p, what)| {
            let save = {
                let on_save = on_save.clone();
                Callback::from(move |_| on_save.emit(p.clone()))
            };
            let back = {
                let moving = moving.clone();
                Callback::from(move |_| moving.set(None))
            };
            html! {
                <div class="notice warn" role="alert">
                    <p>{ what }</p>
                    <div class="actions">
                        <button type="button" class="primary" onclick={save}>{"Save anyway"}</button>
                        <button type="button" onclick={back}>{"Keep editing"}</button>
                    </div>
                </div>
            }
        });
        let step = edit::smallest_step(&doc.settings.bar, unit);
        return html! {
            <section class="screen plan">
                if *editing_running {
                    <p class="notice ok">{"Editing the running program: changes apply from your next session, and its place, stages and weights stay."}</p>
                }
                { for confirm }
                <ProgramEditor program={draft.clone()} {unit} {step} {on_save} {on_cancel}
                    title={if *editing_running { "Edit the running program" } else { "Edit your copy" }} />
            </section>
        };
    }

    // Plan settings: the lifter's unit and bar, each lift's equipment, the
    // program's rounding.
    let base = liftsheet_domain::document::session::plan_base(&doc, &program);
    let cycle = chosen_cycle.unwrap_or(current).max(current);
    let projected = active::project(&program, &progress, current, cycle - current, &base);
    let plan = projected.as_ref().map_err(Clone::clone).and_then(|state| {
        let settings = PlanSettings {
            stages: state.stages(),
            ..base.clone()
        };
        // The lifts with maxes are planned; the rest wait for theirs.
        liftsheet_domain::program::generate_known(&program, &state.maxes(), &settings, cycle)
    });

    // Header: what it is, where it's from, what to do with it.
    let is_active = *choice == Choice::Active && doc.program.is_some();
    let starts = start_weights(&doc, &program, &typed_starts);

    // The numbers the program needs.
    let inputs: Vec<MaxInput> = active::required_lifts(&program)
        .into_iter()
        .map(|l| MaxInput {
            key: l.key.clone(),
            name: l.name.clone(),
            kind: l.max,
            current: progress.get(&l.key).map(|s| s.max),
            note: (!is_active)
                .then(|| starts.notes.get(&l.key).cloned())
                .flatten(),
        })
        // Accessories on double progression ask for no max, but their
        // working weight is the program's to correct here too.
        .chain(
            program
                .lifts
                .iter()
                .filter(|l| liftsheet_domain::program::follows_working_weight(&program, l))
                .map(|l| MaxInput {
                    key: l.key.clone(),
                    name: l.name.clone(),
                    kind: l.max,
                    current: progress.get(&l.key).map(|s| s.max),
                    note: Some(
                        "Optional: it starts at the weight the program gives it, then climbs by double progression."
                            .into(),
                    ),
                }),
        )
        .collect();
    let on_work_weight = {
        let (app, typed_starts) = (app.clone(), typed_starts.clone());
        Callback::from(move |(lift, weight): (LiftKey, Option<Weight>)| {
            if is_active {
                app.dispatch(Action::Program(Change::WorkWeight { lift, weight }));
            } else {
                let mut next = (*typed_starts).clone();
                match weight {
                    Some(w) => next.insert(lift, w),
                    None => next.remove(&lift),
                };
                typed_starts.set(next);
            }
        })
    };
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
        let work_weights = starts.weights.clone();
        Callback::from(move |_| {
            if needs_confirm && !*confirming {
                confirming.set(true);
                return;
            }
            app.dispatch(Action::Program(Change::Start {
                program: program.clone(),
                work_weights: work_weights.clone(),
            }));
            confirming.set(false);
            choice.set(Choice::Active);
        })
    };
    let keep = {
        let c = confirming.clone();
        Callback::from(move |_| c.set(false))
    };
    let copy = {
        let (editing, running) = (editing.clone(), editing_running.clone());
        let draft = program::copy_for(&doc, &program);
        Callback::from(move |_| {
            running.set(false);
            editing.set(Some(draft.clone()));
        })
    };
    // The running program, edited in place: a built-in becomes the lifter's
    // own program once, under its own id.
    let edit_running = {
        let (editing, editing_running) = (editing.clone(), editing_running.clone());
        let draft = doc.program.as_ref().map(|a| {
            let id = program::own_id(&doc).unwrap_or_else(|| a.program.id.clone());
            if id == a.program.id {
                a.program.clone()
            } else {
                Program {
                    id,
                    ..program::copy_for(&doc, &a.program)
                }
            }
        });
        Callback::from(move |_| {
            editing.set(draft.clone());
            editing_running.set(true);
        })
    };
    let edit_own = {
        let (editing, running, program) =
            (editing.clone(), editing_running.clone(), program.clone());
        Callback::from(move |_| {
            running.set(false);
            editing.set(Some(program.clone()));
        })
    };
    let delete = {
        let (app, id, choice) = (app.clone(), program.id.clone(), choice.clone());
        Callback::from(move |_| {
            app.dispatch(Action::Program(Change::DeleteCustom(id.clone())));
            choice.set(Choice::Builtin(catalog()[0].id.to_string()));
        })
    };
    let stop = {
        let (app, choice) = (app.clone(), choice.clone());
        let after = resting_choice(&doc, Some(program.id.as_str()));
        Callback::from(move |_| {
            app.dispatch(Action::Program(Change::Stop));
            // The program just stopped stays on screen, ready to start again.
            choice.set(after.clone());
        })
    };
    let print = {
        let (printing, asked) = (printing.clone(), print_asked.clone());
        Callback::from(move |_| {
            printing.set(true);
            asked.set(true);
        })
    };
    let status = doc.program.as_ref().filter(|_| is_active).map(|a| {
        let next = a
            .next_day(&doc.maxes, &base)
            .map(|n| n.label)
            .unwrap_or_else(|_| "enter the numbers below".into());
        let weeks = a.program.cycle(a.cycle).map_or(1, |c| c.weeks.len());
        if weeks > 1 {
            format!("Running: cycle {}, next session {next}.", a.cycle + 1)
        } else {
            format!("Running: next session {next}.")
        }
    });
    let running_name = doc
        .program
        .as_ref()
        .map(|a| a.program.name.clone())
        .unwrap_or_default();

    // The week unfolded: the next session's in the cycle being run, else the
    // first. The key starts the folds afresh when that changes.
    let open_week = doc
        .program
        .as_ref()
        .filter(|a| is_active && cycle == a.cycle)
        .map_or(0, |a| a.next.week as usize);
    let fold_key = format!("{}/{cycle}/{open_week}", program.id);
    let one_week = program.cycle(current).is_some_and(|c| c.weeks.len() == 1);
    let cycle_chips = (current..current + CYCLES_AHEAD + 1).map(|n| {
        let onclick = { let c = chosen_cycle.clone(); Callback::from(move |_| c.set(Some(n))) };
        // A one-week cycle is a week to the lifter.
        let what = if one_week { "Week" } else { "Cycle" };
        html! { <button type="button" class="chip" aria-pressed={(n == cycle).to_string()} {onclick}>{ format!("{what} {}", n + 1) }</button> }
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
    let share_maxes = Maxes(liftsheet_domain::sort::map_from(
        progress
            .maxes()
            .0
            .into_iter()
            .filter(|(key, _)| program.lifts.iter().any(|l| l.max_key() == key)),
    ));
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

                if *confirming {
                    <div class="notice warn" role="alert">
                        <p>{ format!("Replace {running_name}? Its place in the program, stages and working weights will be lost. Your training maxes and 1RMs stay.") }</p>
                        <div class="actions">
                            <button type="button" class="primary" onclick={start.clone()}>{"Replace it"}</button>
                            <button type="button" onclick={keep}>{"Keep the current one"}</button>
                        </div>
                    </div>
                }
                <div class="actions no-print">
                    <crate::components::editable::Editable>
                    if !is_active { <button type="button" class="primary" onclick={start}>{"Start this program"}</button> }
                    if is_active { <button type="button" onclick={edit_running}>{"Edit"}</button> }
                    <button type="button" onclick={copy}>{"Copy and edit"}</button>
                    if matches!(*choice, Choice::Custom(_)) {
                        <button type="button" onclick={edit_own}>{"Edit"}</button>
                        <button type="button" class="danger" onclick={delete}>{"Delete"}</button>
                    }
                    if is_active { <button type="button" class="danger" onclick={stop}>{"Stop program"}</button> }
                    </crate::components::editable::Editable>
                    <button type="button" onclick={print}>{"Print"}</button>
                    <button type="button" aria-expanded={sharing.to_string()} onclick={toggle_share}>{"Share"}</button>
                </div>
            </section>
            if *sharing {
                <div class="no-print"><SharePanel program={program.clone()} maxes={share_maxes} /></div>
            }
            if is_active { <div class="no-print"><WaitingProposals /></div> }
            <crate::components::editable::Editable reason={false}>
                <MaxesCard lifts={inputs.clone()} {unit} {on_work_weight} />
            </crate::components::editable::Editable>
            <section class="card plan-controls no-print">
                <div class="subnav" role="group" aria-label={if one_week { "Week" } else { "Cycle" }}>{ for cycle_chips }</div>
                { projection_note }
                <label class="check"><input type="checkbox" checked={*warmups} onchange={toggle_warmups} />{"Show warm-ups"}</label>
            </section>
            { match plan {
                Ok(known) => {
                    let any = known.plan.weeks.iter().flat_map(|w| &w.days).any(|d| !d.exercises.is_empty());
                    let plan = known.plan;
                    html! {
                        <>
                            if !known.missing.is_empty() {
                                <p class="notice warn" role="status">{ format!("Enter a max above for {} to plan {}.", and_list(&known.missing), if known.missing.len() == 1 { "it" } else { "them" }) }</p>
                            }
                            if any {
                                <h2 class="print-only">{ format!("{}: cycle {}", program.name, cycle + 1) }</h2>
                                <CycleView key={fold_key} {plan} warmups={*warmups} open={open_week} printing={*printing} waiting={!known.missing.is_empty()} />
                            }
                        </>
                    }
                }
                Err(e) => html! { <p class="notice error" role="alert">{ e.to_string() }</p> },
            } }
        </section>
    }
}

/// The first working weights of a program not yet running: what the lifter
/// typed, else a suggestion from the lift's saved 1RM
/// ([`suggested_start`]), with a note saying so.
struct StartWeights {
    weights: Maxes,
    notes: BTreeMap<LiftKey, String>,
}

fn start_weights(
    doc: &StoredDocument,
    program: &Program,
    typed: &BTreeMap<LiftKey, Weight>,
) -> StartWeights {
    // Accessories start at their written weight unless the lifter typed one.
    let mut weights = liftsheet_domain::program::starting_weights(program);
    for (lift, w) in typed {
        weights.set(lift.clone(), *w);
    }
    let mut notes = BTreeMap::new();
    for lift in active::required_lifts(program) {
        if lift.max != MaxKind::WorkWeight {
            continue;
        }
        if let Some(w) = typed.get(&lift.key) {
            weights.set(lift.key.clone(), *w);
        } else if let Some(one) = doc.maxes.one_rep_max(&lift.max_key().clone()) {
            let rule = doc.settings.rounding;
            let step = rule
                .rounding_step()
                .unwrap_or(Step::thousandth(rule.step.unit()));
            let start = suggested_start(one.weight, step).to(doc.settings.unit);
            weights.set(lift.key.clone(), start);
            notes.insert(
                lift.key.clone(),
                format!(
                    "Suggested: {START_PERCENT} of your {} 1RM, rounded down, to start fairly easy. Change it if you like.",
                    one.weight.to(doc.settings.unit)
                ),
            );
        }
    }
    StartWeights { weights, notes }
}

/// What the tab shows when no program runs: the program with id `id` if it
/// is one of the lifter's or built in, else the lifter's newest own program,
/// else the first built-in.
fn resting_choice(doc: &StoredDocument, id: Option<&str>) -> Choice {
    if let Some(id) = id {
        if doc.custom_programs.iter().any(|p| p.id == id) {
            return Choice::Custom(id.to_string());
        }
        if catalog().iter().any(|b| b.id == id) {
            return Choice::Builtin(id.to_string());
        }
    }
    match doc.custom_programs.last() {
        Some(p) => Choice::Custom(p.id.clone()),
        None => Choice::Builtin(catalog()[0].id.to_string()),
    }
}

/// "Squat, Bench press and Press".
fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
