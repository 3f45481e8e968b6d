//! Your data, on the Settings screen: export a full JSON backup or the history
//! as CSV, restore a backup (merge, or replace after a second confirmation),
//! and import Strong, Hevy, FitNotes or StrongLifts CSV exports (or our own
//! history CSV) after a preview.
//!
//! Nothing is written until the lifter confirms what the preview shows; a file
//! that can't be used says why and changes nothing. Below it, deleting all of
//! the lifter's data ([`super::delete_data`]).

use crate::components::delete_data::{delete_data, DeleteStep};
use crate::components::download::{download_backup, download_text};
use crate::components::import_reading::{use_import_reading, ImportRead};
use crate::components::select_field::SelectField;
use crate::state::{session::Change, use_app, Action, SaveState};
use crate::storage;
use liftsheet_domain::import::export;
use liftsheet_domain::store::{self, room, MergeCounts, StoredDocument};
use liftsheet_domain::Unit;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Reads the file chosen in a file input as text, then clears the input so
/// choosing the same file again works.
fn read_chosen(e: Event, done: Callback<Result<String, String>>) {
    let input: HtmlInputElement = e.target_unchecked_into();
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    wasm_bindgen_futures::spawn_local(async move {
        let result = crate::slices::file_text(&file)
            .await
            .ok_or_else(|| "That file could not be read as text.".to_string());
        done.emit(result);
    });
}

fn plural(n: usize, one: &str) -> String {
    let many = if one.ends_with('x') || one.ends_with('s') {
        format!("{one}es")
    } else {
        format!("{one}s")
    };
    format!("{n} {}", if n == 1 { one } else { &many })
}

/// What "Merge into my data" would do, in counts, in one sentence:
/// "Merging adds 12 sessions and 1 program; removes 2 sessions deleted on
/// the other device."
fn merge_summary(c: &MergeCounts) -> String {
    if c.is_nothing() {
        return "Merging changes nothing: everything in it is already here.".into();
    }
    let mut out = String::from("Merging");
    // Each list's first item after its verb, the rest after commas.
    let mut list = |verb: &str, items: &[(usize, &str)]| {
        let mut lead = verb;
        for &(n, what) in items.iter().filter(|(n, _)| *n > 0) {
            out.push_str(lead);
            out.push_str(&plural(n, what));
            lead = ", ";
        }
        lead != verb
    };
    let added = list(
        " adds ",
        &[
            (c.sessions_added, "session"),
            (c.sets_added, "set"),
            (c.programs_added, "program"),
            (c.exercises_added, "exercise"),
            (c.bodyweight_added, "bodyweight reading"),
        ],
    );
    let removes = if added { "; removes " } else { " removes " };
    let removed = list(
        removes,
        &[
            (c.sessions_removed, "session"),
            (c.programs_removed, "program"),
            (c.exercises_removed, "exercise"),
            (c.bodyweight_removed, "bodyweight reading"),
        ],
    );
    if removed {
        out.push_str(" deleted on the other device");
    }
    let takes = match (c.settings_taken, c.training_taken) {
        (true, true) => "its settings, maxes and running program replace yours",
        (true, false) => "its settings replace yours",
        (false, true) => "its maxes and running program replace yours",
        (false, false) => "",
    };
    if !takes.is_empty() {
        out.push_str(if added || removed {
            "; "
        } else {
            " adds nothing new; "
        });
        out.push_str(takes);
    }
    out.push('.');
    out
}

/// Whether a document of `needed` characters fits in what storage has for it
/// (`Ok` when storage can't say: then nothing can be saved anyway, and the
/// status banner says so).
fn fits(needed: usize) -> Result<(), room::TooBig> {
    storage::room().map_or(Ok(()), |room| room::check(needed, room))
}

/// Millions of characters as "7.9" (stored text is mostly one byte a
/// character, so about as many MB). No float formatting: it is big wasm.
fn megabytes(chars: usize) -> String {
    format!("{}.{}", chars / 1_000_000, chars / 100_000 % 10)
}

/// Why an import or a restore is refused up front, and what to do.
fn too_big_words(what: &str, too_big: room::TooBig, instead: &str) -> String {
    format!(
        "{what} needs about {} MB of storage; this browser has room for about {} MB of Liftsheet's \
         data, and some must stay free for the sessions to come. Nothing was changed. {instead}",
        megabytes(too_big.needed),
        megabytes(too_big.room),
    )
}

/// A backup's text read: the document, what merging it into `doc` changes,
/// and the size that merge would leave stored; or why it can't be used.
/// Each step in a task of its own: with ten years on both sides, together
/// they held the page for up to 265 ms.
async fn read_backup(
    text: Result<String, String>,
    doc: &StoredDocument,
) -> Result<(StoredDocument, MergeCounts, usize), String> {
    let backup = store::decode(&text?)
        .map_err(|e| format!("This backup can't be used, nothing was changed. {e}"))?;
    crate::slices::breathe().await;
    let counts = store::merge_counts(doc, &backup);
    crate::slices::breathe().await;
    let merged = room::size(&store::merge(doc, &backup));
    Ok((backup, counts, merged))
}

fn today_stamp() -> String {
    crate::screens::log::today().to_string()
}

#[function_component]
pub fn DataSection() -> Html {
    let app = use_app();
    let read_only = app.read_only();
    // The backup read, and what merging it would do to the document as it was then.
    // The backup read, what merging it changes, and the size merging it
    // would leave stored: worked out once, when the file is read.
    let backup = use_state(|| None::<Result<(StoredDocument, MergeCounts, usize), String>>);
    let confirm_replace = use_state(|| false);
    // The chosen export's text; `csv_opening` while the browser reads the file.
    let csv_text = use_state(|| None::<Rc<String>>);
    let csv_opening = use_state(|| false);
    let csv_unit = use_state(|| app.doc.settings.unit);
    let done_message = use_state(|| None::<String>);
    let delete_step = use_state(|| DeleteStep::Idle);

    let export_json = {
        let app = app.clone();
        Callback::from(move |_| {
            // Read-only: the stored text as it is (the memory has none of it).
            // Otherwise the document in memory, which has every change even
            // when storage refused the last ones.
            match storage::raw().filter(|_| app.read_only()) {
                Some(text) => download_text(
                    &format!("liftsheet-backup-{}.json", today_stamp()),
                    "application/json",
                    &text,
                ),
                None => download_backup(&app.doc),
            }
        })
    };
    let export_csv = {
        let app = app.clone();
        Callback::from(move |_| {
            let text = export::history_csv(&app.doc.log);
            download_text(
                &format!("liftsheet-history-{}.csv", today_stamp()),
                "text/csv",
                &text,
            );
        })
    };

    let on_backup_file = {
        let backup = backup.clone();
        let app = app.clone();
        let confirm_replace = confirm_replace.clone();
        let done_message = done_message.clone();
        Callback::from(move |e: Event| {
            let backup = backup.clone();
            let app = app.clone();
            confirm_replace.set(false);
            done_message.set(None);
            read_chosen(
                e,
                Callback::from(move |text: Result<String, String>| {
                    let (backup, app) = (backup.clone(), app.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        backup.set(Some(read_backup(text, &app.doc).await));
                    });
                }),
            );
        })
    };
    let restore = |replace: bool| {
        let app = app.clone();
        let backup = backup.clone();
        let confirm_replace = confirm_replace.clone();
        let done_message = done_message.clone();
        Callback::from(move |_| {
            let Some(Ok((doc, _, _))) = (*backup).clone() else {
                return;
            };
            if replace && !*confirm_replace {
                confirm_replace.set(true);
                return;
            }
            let n = doc.log.len();
            app.dispatch(Action::Session(Change::Backup {
                backup: Box::new(doc),
                replace,
            }));
            done_message.set(Some(if replace {
                format!(
                    "Your data was replaced by the backup ({}).",
                    plural(n, "session")
                )
            } else {
                format!("The backup was merged in ({} in it).", plural(n, "session"))
            }));
            backup.set(None);
            confirm_replace.set(false);
        })
    };
    let cancel_backup = {
        let backup = backup.clone();
        let confirm_replace = confirm_replace.clone();
        Callback::from(move |_| {
            backup.set(None);
            confirm_replace.set(false);
        })
    };

    let on_csv_file = {
        let csv_text = csv_text.clone();
        let csv_opening = csv_opening.clone();
        let done_message = done_message.clone();
        Callback::from(move |e: Event| {
            let csv_text = csv_text.clone();
            let csv_opening = csv_opening.clone();
            done_message.set(None);
            csv_text.set(None);
            csv_opening.set(true);
            read_chosen(
                e,
                Callback::from(move |text: Result<String, String>| {
                    csv_opening.set(false);
                    csv_text.set(Some(Rc::new(text.unwrap_or_default())));
                }),
            );
        })
    };
    // Read a slice at a time, once per file, unit and document, with
    // whether the result fits in storage (import_reading.rs).
    let csv_read = use_import_reading((*csv_text).clone(), *csv_unit, app.doc.clone(), fits);
    let csv_preview = match &csv_read {
        ImportRead::Read(read) => Some(read.clone()),
        ImportRead::Nothing | ImportRead::Reading(_) => None,
    };
    let csv_fits = csv_preview
        .as_deref()
        .and_then(|r| r.as_ref().ok())
        .map_or(Ok(()), |(_, fits)| *fits);
    let on_unit = {
        let csv_unit = csv_unit.clone();
        Callback::from(move |v: String| csv_unit.set(if v == "lb" { Unit::Lb } else { Unit::Kg }))
    };
    let do_import = {
        let app = app.clone();
        let csv_text = csv_text.clone();
        let done_message = done_message.clone();
        let preview = csv_preview.clone().filter(|_| csv_fits.is_ok());
        Callback::from(move |_| {
            if let Some(Ok((p, _))) = preview.as_deref() {
                let n = p.sessions.len();
                let sets = p.set_count();
                app.dispatch(Action::Session(Change::Import(p.clone())));
                done_message.set(Some(format!(
                    "Imported {} ({}) from {}.",
                    plural(n, "session"),
                    plural(sets, "set"),
                    p.format.name()
                )));
                csv_text.set(None);
            }
        })
    };
    let cancel_csv = {
        let csv_text = csv_text.clone();
        Callback::from(move |_| csv_text.set(None))
    };

    let backup_view = match &*backup {
        None => html! {},
        Some(Err(e)) => html! { <p class="notice error" role="alert">{ e.clone() }</p> },
        Some(Ok((doc, counts, merged))) => {
            let sets: usize = doc.log.iter().map(|s| s.set_count()).sum();
            let here = app.doc.log.len();
            // What each way would leave stored, checked before either is offered.
            let merge_fits = fits(*merged);
            let replace_fits = fits(room::size(doc));
            html! {
                <div class="import-preview" role="region" aria-label="Backup preview">
                    <p>{ format!("This backup has {}, {} and {}{}.",
                        plural(doc.log.len(), "session"), plural(sets, "set"), plural(doc.maxes.len(), "max"),
                        if doc.in_progress.is_some() { ", and a session in progress" } else { "" }) }</p>
                    <p class="muted small">{ format!("You have {} here now.", plural(here, "session")) }</p>
                    <p>{ merge_summary(counts) }</p>
                    if *confirm_replace {
                        <p class="notice warn" role="alert">{ format!(
                            "Replace deletes your current data ({}) and keeps only the backup. Tap \"Yes, replace\" to go ahead.",
                            plural(here, "session")) }</p>
                    }
                    if let Err(too_big) = replace_fits {
                        <p class="notice error" role="alert">{ too_big_words("This backup", too_big,
                            "Restore it on a browser with more room, or import its history CSV a few years at a time.") }</p>
                    } else if let Err(too_big) = merge_fits {
                        <p class="notice error" role="alert">{ too_big_words("Merging this backup into your data", too_big,
                            "Replace your data with it instead, if it has everything you keep.") }</p>
                    }
                    <div class="actions">
                        <button class="button primary" onclick={restore(false)} disabled={read_only || merge_fits.is_err()}>{"Merge into my data"}</button>
                        <button class="button danger" onclick={restore(true)} disabled={read_only || replace_fits.is_err()}>
                            { if *confirm_replace { "Yes, replace my data" } else { "Replace my data" } }
                        </button>
                        <button class="button" onclick={cancel_backup}>{"Cancel"}</button>
                    </div>
                </div>
            }
        }
    };

    // How far the reading is (it takes seconds for years of sets); it can be
    // stopped once the browser has handed over the file's text.
    let reading = match &csv_read {
        _ if *csv_opening => Some(("Opening the file…".to_string(), false)),
        ImportRead::Reading(words) => Some((words.clone(), true)),
        ImportRead::Nothing | ImportRead::Read(_) => None,
    };
    let csv_view = match csv_preview.as_deref() {
        None => match reading {
            Some((words, stoppable)) => html! {
                <div class="import-progress">
                    <p role="status">{ words }</p>
                    if stoppable {
                        <button class="button" onclick={cancel_csv}>{"Cancel"}</button>
                    }
                </div>
            },
            None => html! {},
        },
        Some(Err(e)) => {
            html! { <p class="notice error" role="alert">{ format!("Nothing was imported. {e}") }</p> }
        }
        Some(Ok((p, _))) => html! {
            <div class="import-preview" role="region" aria-label="Import preview">
                <p>{ format!("{} export: {} to add ({}).", p.format.name(), plural(p.sessions.len(), "new session"), plural(p.set_count(), "set")) }</p>
                if p.skipped_duplicates > 0 {
                    <p class="muted">{ format!("{} already in your log will be skipped.", plural(p.skipped_duplicates, "set")) }</p>
                }
                // Not faults of the file: what isn't a set of weight and
                // reps, one line per kind ("2 cardio rows skipped (…)").
                { for p.skipped.iter().map(|s| html! { <p class="muted">{ format!("{s}.") }</p> }) }
                if let Some(unit) = p.assumed_unit {
                    <p class="notice warn">{ format!("The file doesn't say its unit: weights are read as {unit}. Change it below if that's wrong.") }</p>
                    <SelectField id="import-unit" label="Weights in this file are in"
                        options={vec![("kg".into(), "kg".into()), ("lb".into(), "lb".into())]}
                        selected={AttrValue::from(unit.symbol())} onchange={on_unit} />
                }
                if !p.bad_rows.is_empty() {
                    <div class="notice warn" role="alert">
                        <p>{ format!("{} can't be imported and will be left out:", plural(p.bad_rows.len(), "row")) }</p>
                        <ul class="bad-rows">
                            { for p.bad_rows.iter().take(50).map(|b| html! { <li>{ b.to_string() }</li> }) }
                        </ul>
                        if p.bad_rows.len() > 50 { <p>{ format!("…and {} more.", p.bad_rows.len() - 50) }</p> }
                    </div>
                }
                if let Err(too_big) = csv_fits {
                    <p class="notice error" role="alert">{ too_big_words("This import", too_big,
                        "Import fewer years: split the file by date and import the most recent part.") }</p>
                }
                <div class="actions">
                    if p.sessions.is_empty() {
                        <p class="notice ok">{"Everything in this file is already in your log: nothing to add."}</p>
                    } else if csv_fits.is_ok() {
                        <button class="button primary" onclick={do_import} disabled={read_only}>
                            { format!("Import {}", plural(p.sessions.len(), "session")) }
                        </button>
                    }
                    <button class="button" onclick={cancel_csv}>{"Cancel"}</button>
                </div>
            </div>
        },
    };

    let delete_card = delete_data(&delete_step, app.doc.log.len(), export_json.clone());
    html! {
        <>
        <section class="card data-section" aria-labelledby="data-title">
            <h2 id="data-title">{"Your data"}</h2>
            <p class="muted small">{ format!("{} in your log, stored on this device only. Export a backup now and then.",
                plural(app.doc.log.len(), "session")) }</p>
            if read_only {
                <p class="notice warn">{"Importing is off while the stored data can't be read: export it first (banner above)."}</p>
            }
            if let Some(m) = &*done_message {
                // Success is claimed only once storage took the change.
                { match app.save_state() {
                    SaveState::Saved => html! { <p class="notice ok" role="status">{ m.clone() }</p> },
                    SaveState::Pending => html! { <p class="notice" role="status">{"Saving…"}</p> },
                    SaveState::NotSaved { reason } => html! {
                        <div class="notice error" role="alert">
                            <p>{ format!("Not saved: {reason}") }</p>
                            <p>{"What you just added is only in this tab until it can be saved. Export a backup to keep it; once storage takes it again, your next change (or Try again) saves it."}</p>
                            <div class="actions">
                                <button class="button primary" onclick={export_json.clone()}>{"Export backup (JSON)"}</button>
                                <button class="button" onclick={{ let app = app.clone(); Callback::from(move |_| app.dispatch(Action::RetrySave)) }}>{"Try again"}</button>
                            </div>
                        </div>
                    },
                } }
            }
            <div class="actions">
                <button class="button" onclick={export_json}>{"Export backup (JSON)"}</button>
                <button class="button" onclick={export_csv}>{"Export history (CSV)"}</button>
            </div>
            <div class="field file-field">
                <label for="backup-file">{"Restore a backup (JSON)"}</label>
                <input id="backup-file" type="file" accept=".json,application/json" onchange={on_backup_file} />
            </div>
            { backup_view }
            <div class="field file-field">
                <label for="csv-file">{"Import from Strong, Hevy, FitNotes or StrongLifts (CSV)"}</label>
                <input id="csv-file" type="file" accept=".csv,text/csv" onchange={on_csv_file} />
            </div>
            { csv_view }
        </section>
        { delete_card }
        </>
    }
}
