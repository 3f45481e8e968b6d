//! Searching the exercise library in Chromium, as the picker does on every
//! keystroke: every prefix of a few names, over the built-in library and
//! twenty own entries, timed with `performance.now()` (this is the
//! unoptimised test build; the release app is faster).

#![cfg(target_arch = "wasm32")]

mod support;
use support::*;

use liftsheet_domain::exercise::search::search;
use liftsheet_domain::exercise::{library, Implement, LoadKind, OwnExercise};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn measures_searching_the_whole_library_per_keystroke() {
    let own: Vec<OwnExercise> = (0..20)
        .map(|i| OwnExercise {
            id: format!("own-{i}"),
            name: format!("Développé variation {i}"),
            load: LoadKind::Fixed,
            implement: Implement::Machine,
        })
        .collect();
    let typed = [
        "block pull",
        "romanian",
        "dévelop",
        "kettlebell swing",
        "zzqx",
    ];
    let queries: Vec<&str> = typed
        .iter()
        .flat_map(|t| t.char_indices().map(move |(i, c)| &t[..i + c.len_utf8()]))
        .collect();
    // What is found is what the picker shows.
    assert_eq!(search("block", &own)[0].exercise.id, "block-pull");
    assert_eq!(search("", &own).len(), library::ENTRIES.len() + own.len());
    let rounds = 20;
    let start = performance_now();
    let mut found = 0;
    for _ in 0..rounds {
        for q in &queries {
            found += search(q, &own).len();
        }
    }
    let per_query = (performance_now() - start) / (rounds * queries.len()) as f64;
    web_sys::console::log_1(
        &format!(
            "exercise search in Chromium: {per_query:.4} ms a query ({} entries, {} queries, {found} hits)",
            library::ENTRIES.len() + own.len(),
            queries.len() * rounds,
        )
        .into(),
    );
    // A measurement, printed, never asserted: timings flake on a shared
    // machine. The picker's budget is a small part of a 16 ms frame.
    assert!(found > 0);
}
